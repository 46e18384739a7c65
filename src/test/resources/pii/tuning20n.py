# -*- coding: utf-8 -*-
"""Tuning set 20n: PERSON and PASSPORT_OR_ID focus (plus STREET_ADDRESS and DATE_OF_BIRTH),
many languages and scripts, about a third hard negatives. Check digits are computed below."""
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

# ---------------------------------------------------------------- check-digit helpers


def _d(s):
    return [int(c) for c in s if c.isdigit()]


def luhn_digit(base):
    total = 0
    for i, x in enumerate(reversed(_d(base))):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return str((10 - total % 10) % 10)


def luhn_full(base):
    return base + luhn_digit(base)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(base):
    c = 0
    for i, x in enumerate(reversed(_d(base))):
        c = _VD[c][_VP[(i + 1) % 8][x]]
    return str(_VINV[c])


def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed(_d(s))):
        c = _VD[c][_VP[i % 8][x]]
    return c == 0


def _alnum(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch.upper()) - 55


def icao(s):
    """ICAO 9303 check digit (weights 7, 3, 1)."""
    w = [7, 3, 1]
    return str(sum(_alnum(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def iso7064_11_10(base):
    p = 10
    for x in _d(base):
        s = (x + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def _wsum(s, w):
    return sum(int(c) * w[i] for i, c in enumerate(s))


def isbn13(base12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(_d(base12)))
    return str((10 - s % 10) % 10)


def isbn13_fmt(a, b, c, d):
    return "%s-%s-%s-%s-%s" % (a, b, c, d, isbn13(a + b + c + d))


def ean13(base12):
    return base12 + isbn13(base12)


# Poland
def pesel(y, mo, d, ser4):
    mm = mo + (20 if y >= 2000 else 0)
    b = "%02d%02d%02d%s" % (y % 100, mm, d, ser4)
    return b + str((10 - _wsum(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10)


def pl_dowod(letters, digits5):
    vals = [_alnum(c) for c in letters] + _d(digits5)
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return letters + str(sum(v * w[i] for i, v in enumerate(vals)) % 10) + digits5


# Czech / Slovak birth number
def cz_rc(y, mo, d, ser3, female=False):
    b = "%02d%02d%02d%s" % (y % 100, mo + (50 if female else 0), d, ser3)
    c = int(b) % 11
    assert c != 10, b
    return b[:6] + "/" + b[6:] + str(c)


# Spain
def es_dni(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def es_nie(prefix, num7):
    return prefix + num7 + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(prefix).__str__() + num7) % 23]


# Portugal
def pt_nif(base8):
    c = 11 - _wsum(base8, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return base8 + str(0 if c >= 10 else c)


def pt_cc(num8, ver="ZZ"):
    c = 11 - _wsum(num8, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    first = num8 + str(0 if c >= 10 else c)
    body = first + ver
    for k in range(10):
        s = body + str(k)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = _alnum(ch)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return "%s %s %s%d" % (num8, first[-1], ver, k)
    raise ValueError(num8)


# Italy
_CF_ODD = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11,
                                 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}


def it_cf(base15):
    t = 0
    for i, ch in enumerate(base15):
        if i % 2 == 0:
            t += _CF_ODD[ch]
        else:
            t += int(ch) if ch.isdigit() else ord(ch) - 65
    return base15 + chr(65 + t % 26)


# France
def fr_nir(base13):
    key = 97 - int(base13) % 97
    b = base13
    return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], key)


# Germany
def de_steuerid(base10):
    return base10 + iso7064_11_10(base10)


def de_ausweis(base9):
    return base9 + icao(base9)


# Netherlands
def nl_bsn(base8):
    s = _wsum(base8, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    assert s != 10, base8
    return base8 + str(s)


# Belgium
def be_nn(y, mo, d, ser3):
    b = "%02d%02d%02d%s" % (y % 100, mo, d, ser3)
    n = int(("2" if y >= 2000 else "") + b)
    cc = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (b[0:2], b[2:4], b[4:6], b[6:9], cc)


# Switzerland / Austria
def ch_ahv(base12):
    s = ean13(base12)
    return "%s.%s.%s.%s" % (s[0:3], s[3:7], s[7:11], s[11:13])


def at_svnr(ser3, d, mo, y):
    dd = "%02d%02d%02d" % (d, mo, y % 100)
    c = _wsum(ser3 + dd, [3, 7, 9, 5, 8, 4, 2, 1, 6]) % 11
    assert c != 10, ser3
    return "%s%d %s" % (ser3, c, dd)


# Nordics and Baltics
def se_pnr(y, mo, d, ser3, sep="-"):
    b = "%02d%02d%02d%s" % (y % 100, mo, d, ser3)
    return b[:6] + sep + b[6:] + luhn_digit(b)


def no_fnr(d, mo, y, ind3):
    b = "%02d%02d%02d%s" % (d, mo, y % 100, ind3)
    k1 = 11 - _wsum(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10, b
    b += str(k1)
    k2 = 11 - _wsum(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10, b
    return b + str(k2)


def dk_cpr(d, mo, y, start):
    for s in range(start, start + 40):
        b = "%02d%02d%02d%04d" % (d, mo, y % 100, s)
        if _wsum(b, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0:
            return b[:6] + "-" + b[6:]
    raise ValueError


def fi_hetu(d, mo, y, ind3):
    b = "%02d%02d%02d%s" % (d, mo, y % 100, ind3)
    sign = "A" if y >= 2000 else "-"
    return b[:6] + sign + ind3 + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(b) % 31]


def is_kt(d, mo, y, rr):
    b = "%02d%02d%02d%s" % (d, mo, y % 100, rr)
    c = 11 - _wsum(b, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if c == 11 else c
    assert c != 10, b
    return b[:6] + "-" + b[6:] + str(c) + ("0" if y >= 2000 else "9")


def _ee_check(b):
    c = _wsum(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if c == 10:
        c = _wsum(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        if c == 10:
            c = 0
    return str(c)


def ee_ik(female, y, mo, d, ser3):
    first = (3 if y < 2000 else 5) + (1 if female else 0)
    b = "%d%02d%02d%02d%s" % (first, y % 100, mo, d, ser3)
    return b + _ee_check(b)


lt_ak = ee_ik


def lv_pk(d, mo, y, ser3):
    b = "%02d%02d%02d%d%s" % (d, mo, y % 100, 1 if y < 2000 else 2, ser3)
    c = (1101 - _wsum(b, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11
    assert c != 10, b
    return b[:6] + "-" + b[6:] + str(c)


# South-east Europe, Turkey
def ro_cnp(male, y, mo, d, county, ser3):
    s = (1 if male else 2) if y < 2000 else (5 if male else 6)
    b = "%d%02d%02d%02d%s%s" % (s, y % 100, mo, d, county, ser3)
    c = _wsum(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return b + str(1 if c == 10 else c)


def bg_egn(y, mo, d, ser3):
    b = "%02d%02d%02d%s" % (y % 100, mo + (40 if y >= 2000 else 0), d, ser3)
    c = _wsum(b, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
    return b + str(0 if c == 10 else c)


def hr_oib(base10):
    return base10 + iso7064_11_10(base10)


def jmbg(d, mo, y, region, ser3):
    b = "%02d%02d%03d%s%s" % (d, mo, y % 1000, region, ser3)
    k = 11 - _wsum(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return b + str(0 if k > 9 else k)


def tr_tc(base9):
    x = _d(base9)
    assert x[0] != 0
    d10 = ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10
    d11 = (sum(x) + d10) % 10
    return base9 + str(d10) + str(d11)


def gr_afm(base8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(base8))
    return base8 + str(s % 11 % 10)


def gr_amka(d, mo, y, ser4):
    return luhn_full("%02d%02d%02d%s" % (d, mo, y % 100, ser4))


def hu_taj(base8):
    return base8 + str(_wsum(base8, [3, 7, 3, 7, 3, 7, 3, 7]) % 10)


def hu_adoaz(base9):
    c = _wsum(base9, [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11
    assert c != 10, base9
    return base9 + str(c)


# Eastern Europe, Central Asia
def ru_snils(base9):
    s = _wsum(base9, [9, 8, 7, 6, 5, 4, 3, 2, 1])
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (base9[0:3], base9[3:6], base9[6:9], c)


def ru_inn12(base10):
    c1 = _wsum(base10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    b = base10 + str(c1)
    c2 = _wsum(b, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    return b + str(c2)


def ua_rnokpp(base9):
    return base9 + str(_wsum(base9, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10)


def kz_iin(base11):
    c = _wsum(base11, list(range(1, 12))) % 11
    if c == 10:
        c = _wsum(base11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11
    assert c != 10, base11
    return base11 + str(c)


# East Asia
def cn_id(region, y, mo, d, ser3):
    b = "%s%04d%02d%02d%s" % (region, y, mo, d, ser3)
    s = _wsum(b, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    return b + "10X98765432"[s % 11]


def kr_rrn(y, mo, d, sexd, rest5):
    b = "%02d%02d%02d%d%s" % (y % 100, mo, d, sexd, rest5)
    c = (11 - _wsum(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def jp_mynumber(base11):
    s = 0
    for n, ch in enumerate(reversed(base11), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += int(ch) * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    b = base11 + str(c)
    return "%s %s %s" % (b[0:4], b[4:8], b[8:12])


def hk_hkid(letter, digits6):
    s = 36 * 9 + (ord(letter) - 55) * 8 + _wsum(digits6, [7, 6, 5, 4, 3, 2])
    r = 11 - s % 11
    c = "0" if r == 11 else ("A" if r == 10 else str(r))
    return "%s%s(%s)" % (letter, digits6, c)


def sg_nric(prefix, digits7):
    s = _wsum(digits7, [2, 7, 6, 5, 4, 3, 2]) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + digits7 + table[s % 11]


_TW = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24,
           R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id(letter, digits8):
    v = _TW[letter]
    s = v // 10 + (v % 10) * 9 + _wsum(digits8, [8, 7, 6, 5, 4, 3, 2, 1])
    return letter + digits8 + str((10 - s % 10) % 10)


# South and west Asia
def in_aadhaar(base11):
    s = base11 + verhoeff_digit(base11)
    assert verhoeff_ok(s)
    return "%s %s %s" % (s[0:4], s[4:8], s[8:12])


def il_tz(base8):
    for k in range(10):
        s = base8 + str(k)
        tot = 0
        for i, ch in enumerate(s):
            v = int(ch) * (1 if i % 2 == 0 else 2)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


def ir_melli(base9):
    r = sum(int(c) * (10 - i) for i, c in enumerate(base9)) % 11
    c = r if r < 2 else 11 - r
    b = base9 + str(c)
    return "%s-%s-%s" % (b[0:3], b[3:9], b[9])


def th_id(base12):
    c = (11 - _wsum(base12, list(range(13, 1, -1))) % 11) % 10
    b = base12 + str(c)
    return "%s %s %s %s %s" % (b[0], b[1:5], b[5:10], b[10:12], b[12])


def sa_id(base9):
    return luhn_full(base9)


def ae_eid(y, rand7):
    b = "784%04d%s" % (y, rand7)
    c = luhn_digit(b)
    return "784-%04d-%s-%s" % (y, rand7, c)


# Africa, Americas, Oceania
def za_id(y, mo, d, ser4, cit="0"):
    return luhn_full("%02d%02d%02d%s%s8" % (y % 100, mo, d, ser4, cit))


def br_cpf(base9):
    x = _d(base9)
    d1 = sum(v * (10 - i) for i, v in enumerate(x)) % 11
    d1 = 0 if d1 < 2 else 11 - d1
    x.append(d1)
    d2 = sum(v * (11 - i) for i, v in enumerate(x)) % 11
    d2 = 0 if d2 < 2 else 11 - d2
    return "%s.%s.%s-%d%d" % (base9[0:3], base9[3:6], base9[6:9], d1, d2)


def cl_rut(num):
    s, w = 0, 2
    for ch in reversed(str(num)):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    r = 11 - s % 11
    c = "0" if r == 11 else ("K" if r == 10 else str(r))
    return "{:,}".format(num).replace(",", ".") + "-" + c


def mx_curp(base17):
    al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(al.index(ch) * (18 - i) for i, ch in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)


def ar_cuil(pref, dni8):
    b = pref + dni8
    c = 11 - _wsum(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if c == 11 else c
    assert c != 10, b
    return "%s-%s-%d" % (pref, dni8, c)


def ca_sin(base8):
    s = luhn_full(base8)
    return "%s %s %s" % (s[0:3], s[3:6], s[6:9])


def ie_ppsn(base7, suffix=""):
    s = _wsum(base7, [8, 7, 6, 5, 4, 3, 2])
    if suffix:
        s += 9 * ("WABCDEFGHI".index(suffix) if suffix != "W" else 0)
    return base7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + suffix


def au_tfn(base8):
    s = _wsum(base8, [1, 4, 3, 7, 5, 8, 6, 9]) % 11
    assert s != 10, base8
    b = base8 + str(s)
    return "%s %s %s" % (b[0:3], b[3:6], b[6:9])


def imei(base14):
    return luhn_full(base14)


# ---------------------------------------------------------------- native digits

def fa_digits(s):
    return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def ar_digits(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def bn_digits(s):
    return s.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))


def km_digits(s):
    return s.translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))


def th_digits(s):
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))

# ---------------------------------------------------------------- cases
CASES = []

# ---------- English
CASES += [
    ("doc", "en", False,
     "PERSONNEL FILE - CONFIDENTIAL" + NL + "Surname: " + m(N, "O'Rourke-Hale") + NL + "Forenames: " + m(N, "Siobhan Mary") + NL +
     "Date of birth: " + m(D, "14/02/1991") + NL + "National Insurance no.: " + m(ID, "JT 48 27 91 B") + NL +
     "Home address: " + m(A, "27 Canal Street, Flat 3") + ", Manchester M1 3HE" + NL +
     "Line manager: " + m(N, "D. Okafor") + NL + "Probation review: 30/06/2024 (passed)"),
    ("doc", "en", False,
     "Statement of witness, ref. MPS/24/118803. I, " + m(N, "Callum James Whitcombe") + ", born " + m(D, "21 July 1978") +
     ", holder of driving licence " + m(ID, "WHITC707218CJ9HX") + ", state that at about 23:10 I saw a man I now know to be " +
     m(N, "Darren Pike") + " leave the Red Lion on Church Lane. He was with a woman he called " + m(N, "Shaz") + "."),
    ("chat", "en", False,
     "[09:02] " + m(N, "Priya Raman") + ": morning all" + NL + "[09:03] " + m(N, "Tom Fairbairn") + ": hi priya, did " + m(N, "ellie") +
     " send the onboarding pack?" + NL + "[09:05] " + m(N, "Priya Raman") + ": yes, and @" + m(N, "Ellie Marsh") +
     " also wants the new starter's passport number for the visa letter" + NL + "[09:06] " + m(N, "Tom Fairbairn") + ": it's " +
     m(ID, "127408853") + ", don't paste it in #general again pls"),
    ("person", "en", False,
     "Thanks again for covering my shift on Saturday. Let " + m(N, "Kwame") + " know the keys are with " + "Mrs " + m(N, "Abernethy") +
     " at reception." + NL + NL + "Cheers," + NL + m(N, "Bex")),
    ("id", "en", False,
     "Applicant: " + m(N, "Jean-Luc Tremblay") + " | SIN " + m(ID, ca_sin("27348196")) + " | DOB " + m(D, "1986-11-03") +
     " | Prior address: " + m(A, "4410 rue Saint-Denis, app. 2") + ", Montréal QC"),
    ("id", "en", False,
     "Please quote your Tax File Number (" + m(ID, au_tfn("87654321")) + ") on the form, " + "Ms " + m(N, "Harrington") +
     ", not your Medicare card."),
    ("data", "en", False,
     "id,first_name,last_name,dob,ppsn" + NL + "1041," + m(N, "Aoife") + "," + m(N, "Ní Bhriain") + "," + m(D, "1994-08-19") + "," +
     m(ID, ie_ppsn("6481023")) + NL + "1042," + m(N, "Declan") + "," + m(N, "MacNamara") + "," + m(D, "1988-01-30") + "," +
     m(ID, ie_ppsn("3319807")) + NL),
    ("neg", "en", True,
     "Storm Ciarán pushed the Queen Mary 2 back into Southampton, while Virgin Atlantic cancelled its Heathrow departures "
     "and Network Rail closed the line between Exeter St Davids and Penzance until Monday."),
    ("neg", "en", True,
     "Order #A-2024-118803 shipped via UPS (tracking 1Z 999 AA1 01 2345 6784). Invoice INV-0048213, part no. 7731-B, "
     "model WX-4410, serial SN 00921-4471-88. Returns accepted until 31 March."),
    ("neg", "en", True,
     "Florence Nightingale trained nurses at St Thomas' Hospital, and Isambard Kingdom Brunel designed the Great Western "
     "Railway; both appear in the Year 8 History unit alongside Queen Victoria and Charles Darwin."),
    ("neg", "en", True,
     "Reading list: 'Wolf Hall' by Hilary Mantel (ISBN " + isbn13_fmt("978", "0", "00", "723020") + "), 'Middlemarch' and "
     "'The Remains of the Day'. Book club meets every second Thursday at the Carnegie Library on Victoria Road."),
    ("neg", "en", True,
     "Job title: Senior Account Manager, Northern Region. Reports to: Head of Sales. Location: Rose Hill Business Park. "
     "Start date: Monday 2 September."),
    ("neg", "en", True,
     "Jordan Brand, Nike and Lincoln Electric sponsor the Summer Cup; Grace Church and the Marshall Islands Trust provide the venues."),
]

# ---------- Irish
CASES += [
    ("doc", "ga", False,
     "Foirm chláraithe – Scoil Náisiúnta Naomh Bríd" + NL + "Ainm an dalta: " + m(N, "Saoirse Ní Mhurchú") + NL +
     "Dáta breithe: " + m(D, "03/05/2016") + NL + "UPSP: " + m(ID, ie_ppsn("7724150")) + NL + "Seoladh: " +
     m(A, "12 Bóthar na Trá") + ", Gaillimh" + NL + "Tuismitheoir: " + m(N, "Pádraig Ó Murchú")),
    ("person", "ga", False,
     "A " + m(N, "Sheáin") + ", a chara, bhí an cruinniú inné go maith. Labhair " + m(N, "Máire Nic Giolla Phádraig") +
     " faoin mbuiséad agus d'aontaigh " + m(N, "Colm Mac Aodha") + " leis an bplean." + NL + "Le meas," + NL + m(N, "Gráinne")),
    ("id", "ga", False,
     "Uimhir phearsanta seirbhíse poiblí " + m(N, "Dhónaill Uí Bhriain") + ": " + m(ID, ie_ppsn("5082671")) + ". Uimhir phas: " +
     m(ID, "PX4418273") + "."),
    ("neg", "ga", True,
     "Rinne Conradh na Gaeilge agus TG4 ceiliúradh ar Sheachtain na Gaeilge i mBaile Átha Cliath; labhair Uachtarán na hÉireann "
     "faoi Dhubhghlas de hÍde agus faoi Pheig Sayers."),
    ("neg", "ga", True,
     "Tá an traein ó Chorcaigh go Trá Lí ag imeacht ón ardán 4 gach Aoine. Uimhir an ticéid: IR-558102-C, uimhir an charráiste 17."),
]

# ---------- Welsh
CASES += [
    ("doc", "cy", False,
     "Cofnod claf – Ysbyty Gwynedd" + NL + "Enw: " + m(N, "Rhian Wyn ap Dafydd") + NL + "Dyddiad geni: " + m(D, "09/11/1957") +
     NL + "Rhif Yswiriant Gwladol: " + m(ID, "NH 63 14 08 C") + NL + "Cyfeiriad: " + m(A, "Tŷ Gwyn, 5 Stryd y Bont") +
     ", Caernarfon" + NL + "Perthynas agosaf: " + m(N, "Iolo Jenkins") + " (mab)"),
    ("person", "cy", False,
     "Diolch yn fawr i " + m(N, "Siân Llewelyn") + " am drefnu'r noson, ac i " + m(N, "Gethin") + " am y lluniau. Bydd " +
     "Mrs " + m(N, "Prydderch") + " yn casglu'r arian erbyn dydd Gwener."),
    ("neg", "cy", True,
     "Mae Eisteddfod Genedlaethol Cymru eleni ym Mhontypridd; bydd Côr Meibion Treorci, Urdd Gobaith Cymru a Theatr Genedlaethol "
     "yn perfformio ar Lwyfan y Pafiliwn ddydd Sadwrn."),
    ("neg", "cy", True,
     "Ysgrifennodd Dafydd ap Gwilym gerddi am natur yn y bedwaredd ganrif ar ddeg, a chyfieithodd William Morgan y Beibl i'r Gymraeg yn 1588."),
]

# ---------- Dutch
CASES += [
    ("doc", "nl", False,
     "Inschrijfformulier huurwoning" + NL + "Naam: " + m(N, "Willemijn van der Berg-de Jong") + NL + "Geboortedatum: " +
     m(D, "17-04-1989") + NL + "BSN: " + m(ID, nl_bsn("23847102")) + NL + "Paspoortnummer: " + m(ID, "NXC4K71R2") + NL +
     "Huidig adres: " + m(A, "Lange Nieuwstraat 114 bis") + ", 3512 PN Utrecht" + NL + "Medehuurder: " + m(N, "Joost Bakker")),
    ("person", "nl", False,
     "Notulen teamoverleg 12 maart. Aanwezig: " + m(N, "Femke de Vries") + ", " + m(N, "Sander van 't Hek") + ", " +
     m(N, "Mohamed el Amrani") + ", " + m(N, "Ineke Verhoeven") + ". Afwezig met bericht: " + m(N, "Bram") + ". " +
     m(N, "Femke") + " zit voor; actiepunt voor " + m(N, "Sander") + ": offerte van Heijmans navragen."),
    ("chat", "nl", False,
     "hoi " + m(N, "lotte") + ", kun je het burgerservicenummer van mijn moeder in het formulier zetten? het is " +
     m(ID, nl_bsn("17403951")) + ". ze heet " + m(N, "Gerda Huisman-Kok") + ", geboren op " + m(D, "2 januari 1949") + "."),
    ("address", "nl", False,
     "Het pakket moet naar " + "dhr. " + m(N, "R. van Dam") + ", " + m(A, "Oudegracht 231-C") + ", 3511 NK Utrecht, niet naar zijn werk."),
    ("neg", "nl", True,
     "Rijkswaterstaat sluit de Van Brienenoordbrug in het weekend; de NS en Arriva zetten extra treinen in tussen Rotterdam "
     "Centraal en Dordrecht. Storm Ciarán zorgde eerder al voor vertraging bij Schiphol."),
    ("neg", "nl", True,
     "Factuurnummer 2024-00817, klantnummer KL-558271, ordernummer 44810277. Artikel: Gazelle Orange C7, framenummer GZ2291045."),
    ("neg", "nl", True,
     "In het Rijksmuseum hangt De Nachtwacht van Rembrandt van Rijn; Johannes Vermeer en Frans Hals zijn in de eregalerij te zien."),
    ("neg", "nl", True,
     "Vacature: Teamleider Klantenservice (32-36 uur). Werkplek: Stationsplein Zwolle. Gesprekken op dinsdag 14 en woensdag 15 mei."),
]

# ---------- German
CASES += [
    ("doc", "de", False,
     "Meldeschein – Hotel Zum Goldenen Hirsch, Bamberg" + NL + "Familienname: " + m(N, "von Hohenfels") + NL + "Vorname: " +
     m(N, "Konstantin") + NL + "Geburtsdatum: " + m(D, "08.09.1972") + NL + "Personalausweis-Nr.: " + m(ID, de_ausweis("L01X4RT7C")) +
     NL + "Anschrift: " + m(A, "Kaiserstraße 41, 3. OG links") + ", 60329 Frankfurt am Main" + NL + "Mitreisende: " +
     m(N, "Dorothea von Hohenfels") + ", " + m(N, "Ludwig")),
    ("id", "de", False,
     "Sehr geehrte Frau " + m(N, "Yılmaz") + ", bitte tragen Sie Ihre Steuer-Identifikationsnummer " + m(ID, de_steuerid("4718293051")) +
     " auf Seite 1 ein. Mit freundlichen Grüßen" + NL + m(N, "Jürgen Weißmüller") + NL + "Sachbearbeitung Lohnsteuer"),
    ("person", "de", False,
     "Protokoll der Eigentümerversammlung: Herr " + m(N, "Schäfer") + " übergab das Wort an Frau " + "Dr. " + m(N, "Annegret Lüdtke-Bauer") +
     ". Auf Antrag von " + m(N, "Horst Kuhn") + " wurde beschlossen, den Hausmeister " + m(N, "Miro") + " weiter zu beschäftigen."),
    ("address", "de", False,
     "Lieferadresse: " + m(N, "Ayşe Demir") + ", " + m(A, "Bergmannstraße 102, Hinterhaus, 2. Stock") + ", 10961 Berlin"),
    ("data", "de", False,
     "INSERT INTO kunden (vorname, nachname, geburtsdatum, ausweis) VALUES ('" + m(N, "Heinz-Dieter") + "', '" + m(N, "Müller-Lüdenscheidt") +
     "', '" + m(D, "1956-12-24") + "', '" + m(ID, de_ausweis("CF7KMJ1LN")) + "');"),
    ("neg", "de", True,
     "Die Deutsche Bahn meldet wegen Orkan Sabine Ausfälle zwischen Hamburg-Altona und Westerland; die Lufthansa streicht Flüge "
     "nach München. Das Kanzleramt und die Bundeswehr stehen in Bereitschaft."),
    ("neg", "de", True,
     "Bestellnummer 302-8841977-2210455, Rechnungsnummer RE-2024-55812, Sendungsnummer 00340434161094026671, Artikelnummer "
     "BOSCH GSR 18V-55, Seriennummer 611230-7741."),
    ("neg", "de", True,
     "Im Goethe-Haus in Weimar erzählt die Ausstellung, wie Johann Wolfgang von Goethe und Friedrich Schiller ihre Balladen schrieben; "
     "Goethe wurde 1749 in Frankfurt geboren."),
    ("neg", "de", True,
     "Stellenausschreibung: Leiterin/Leiter Personalabteilung, Stadtwerke München, Einsatzort Emmy-Noether-Straße, Bewerbungsschluss Freitag, 31. Mai."),
]

# ---------- Swedish
CASES += [
    ("doc", "sv", False,
     "Inskrivning – Akutmottagningen, Sahlgrenska" + NL + "Patient: " + m(N, "Karl-Johan Lindqvist") + NL + "Personnummer: " +
     m(ID, se_pnr(1964, 3, 28, "471")) + NL + "Adress: " + m(A, "Vasagatan 17 lgh 1102") + ", 411 24 Göteborg" + NL +
     "Anhörig: " + m(N, "Birgitta Lindqvist") + " (maka)" + NL + "Ansvarig läkare: " + m(N, "Elin Åkesson")),
    ("person", "sv", False,
     "Hej " + m(N, "Maja") + "! Jag pratade med " + m(N, "Östens") + " syster igår, hon tycker att " + m(N, "Linnéa af Klercker") +
     " borde leda projektet. Hälsningar, " + m(N, "Oskar")),
    ("id", "sv", False,
     "Kunden " + m(N, "Fatima Hassan") + " (" + m(ID, se_pnr(1999, 10, 5, "284")) + ") har bytt pass; nytt passnummer " +
     m(ID, "AA7391254") + "."),
    ("neg", "sv", True,
     "SJ, Volvo Cars och IKEA sponsrar Vasaloppet; Kungliga Operan och Nordiska museet håller stängt under Valborg. "
     "Stormen Gudrun nämns fortfarande i Skogsstyrelsens rapporter."),
    ("neg", "sv", True,
     "Ordernummer 7741-22831, fakturanummer 2024/0551, artikelnummer 103.847.22 (BILLY bokhylla), referens OCR 4410028831775."),
]

# ---------- Norwegian
CASES += [
    ("doc", "no", False,
     "Leiekontrakt" + NL + "Utleier: " + m(N, "Sigrid Haugland") + NL + "Leietaker: " + m(N, "Ole-Petter Bjørnstad") + ", f. " +
     m(D, "11.06.1993") + ", fødselsnummer " + m(ID, no_fnr(11, 6, 1993, "487")) + NL + "Leieobjekt: " +
     m(A, "Thorvald Meyers gate 58, leilighet H0304") + ", 0552 Oslo"),
    ("person", "no", False,
     "Referat fra foreldremøtet: " + m(N, "Ingrid Sæther") + " ønsket velkommen. " + m(N, "Håkon") + " og " + m(N, "Marit Øyen") +
     " melder seg til dugnaden. Neste møte hos " + "familien " + m(N, "Løvås") + "."),
    ("neg", "no", True,
     "Hurtigruten, Equinor og Norsk Tipping sponser Holmenkollen skifestival; Nationaltheatret viser Et dukkehjem av Henrik Ibsen "
     "hver fredag i mars."),
    ("neg", "no", True,
     "Saksnummer 24/01877, arkivkode 233, sendingsnummer 70731240001847201, varenummer 558-2210."),
]

# ---------- Danish
CASES += [
    ("doc", "da", False,
     "Indskrivning – Aarhus Universitetshospital" + NL + "Navn: " + m(N, "Mette Kjærgaard Østergaard") + NL + "CPR-nr.: " +
     m(ID, dk_cpr(27, 1, 1982, 1040)) + NL + "Adresse: " + m(A, "Nørrebrogade 44, 3. th.") + ", 8000 Aarhus C" + NL +
     "Pårørende: " + m(N, "Rasmus Østergaard")),
    ("chat", "da", False,
     m(N, "Jens") + ": har du fået sygesikringsbeviset fra " + m(N, "Grethe") + "?" + NL +
     m(N, "Signe") + ": ja, hendes cpr er " + m(ID, dk_cpr(3, 8, 1941, 2210)) + ", jeg sender det til " + "Dr. " + m(N, "Holm") + " i morgen"),
    ("neg", "da", True,
     "Mærsk, Carlsberg og Danske Bank støtter Roskilde Festival; Det Kongelige Teater spiller Den Lille Havfrue efter H.C. Andersen."),
    ("neg", "da", True,
     "Ordrenr. 100288431, fakturanr. 55-2024-0913, stregkode 5701234567899, model LEGO 42115, batch 22B417."),
]

# ---------- Finnish
CASES += [
    ("doc", "fi", False,
     "Henkilötiedot / Työsopimus" + NL + "Nimi: " + m(N, "Aino-Kaisa Heikkinen") + NL + "Henkilötunnus: " +
     m(ID, fi_hetu(4, 12, 1995, "342")) + NL + "Osoite: " + m(A, "Hämeenkatu 23 B 14") + ", 33200 Tampere" + NL +
     "Esihenkilö: " + m(N, "Jukka Mäkelä")),
    ("person", "fi", False,
     "Kävin eilen " + m(N, "Mikko Virtasen") + " luona, ja hän lähetti terveisiä " + m(N, "Liisalle") + ". Kokouksessa " +
     m(N, "Tuomas Nieminen") + " ehdotti, että " + m(N, "Sannan") + " raportti käsitellään vasta " + m(N, "Pekalta") + " saadun palautteen jälkeen."),
    ("id", "fi", False,
     "Potilaan " + m(N, "Eino Laaksonen") + " henkilötunnus on " + m(ID, fi_hetu(30, 5, 1938, "113")) + " ja passin numero " +
     m(ID, "FP4471823") + "."),
    ("neg", "fi", True,
     "Nokia, Finnair ja Kesko tukevat Suomen Kansallisteatterin Seitsemän veljestä -esitystä; Aleksis Kivi kirjoitti romaanin 1870."),
    ("neg", "fi", True,
     "Tilausnumero 55018-223, laskun viite 1100 2284 7712, seurantakoodi JJFI6541810000083614, tuotenumero 6438313562048."),
]

# ---------- Icelandic
CASES += [
    ("doc", "is", False,
     "Umsókn um leiguhúsnæði" + NL + "Nafn: " + m(N, "Guðrún Sigurðardóttir") + NL + "Kennitala: " +
     m(ID, is_kt(12, 7, 1986, "31")) + NL + "Heimilisfang: " + m(A, "Laugavegur 54, íbúð 301") + ", 101 Reykjavík" + NL +
     "Maki: " + m(N, "Einar Þór Jónsson")),
    ("person", "is", False,
     "Fundargerð: " + m(N, "Þórdís Kolbrún") + " setti fundinn. " + m(N, "Bjarki Hrafnsson") +
     " lagði fram tillögu sem " + m(N, "Sólveig Ásgeirsdóttir") + " studdi. Fundarritari: " + m(N, "Ragnar Ö. Karlsson") + "."),
    ("neg", "is", True,
     "Icelandair, Landsvirkjun og Háskóli Íslands kynntu nýja rannsókn á Vatnajökli; Halldór Laxness hlaut Nóbelsverðlaunin 1955."),
]

# ---------- Estonian
CASES += [
    ("doc", "et", False,
     "Patsiendi andmed – Tartu Ülikooli Kliinikum" + NL + "Nimi: " + m(N, "Kadri Tamm") + NL + "Isikukood: " +
     m(ID, ee_ik(True, 1990, 2, 14, "276")) + NL + "Sünniaeg: " + m(D, "14.02.1990") + NL + "Aadress: " +
     m(A, "Rüütli 12-5") + ", 51007 Tartu"),
    ("person", "et", False,
     "Eile rääkisin " + m(N, "Jüri Saarega") + " ja ta lubas " + m(N, "Mariele") + " tööd anda. " + m(N, "Toomas Kask") + " on puhkusel."),
    ("neg", "et", True,
     "Tallinna Lennujaam, Eesti Energia ja Skype'i asutajad toetavad Laulupidu; Lydia Koidula luuletused on kooliprogrammis."),
]

# ---------- Latvian
CASES += [
    ("doc", "lv", False,
     "Viesnīcas reģistrācija" + NL + "Vārds, uzvārds: " + m(N, "Ilze Bērziņa") + NL + "Personas kods: " +
     m(ID, lv_pk(23, 9, 1979, "204")) + NL + "Adrese: " + m(A, "Brīvības iela 88 dz. 12") + ", Rīga, LV-1001"),
    ("person", "lv", False,
     "Sapulcē piedalījās " + m(N, "Jānis Ozoliņš") + ", " + m(N, "Līga Kalniņa") + " un " + m(N, "Artūrs") + ". Protokolu parakstīja " +
     m(N, "Dace Liepiņa") + "."),
    ("neg", "lv", True,
     "airBaltic, Latvijas Nacionālā opera un Rīgas Centrāltirgus piedalās Dziesmu svētkos; Krišjānis Barons apkopoja dainas."),
]

# ---------- Lithuanian
CASES += [
    ("doc", "lt", False,
     "Darbuotojo anketa" + NL + "Vardas, pavardė: " + m(N, "Rūta Kazlauskienė") + NL + "Asmens kodas: " +
     m(ID, lt_ak(True, 1984, 6, 9, "118")) + NL + "Gimimo data: " + m(D, "1984-06-09") + NL + "Adresas: " +
     m(A, "Gedimino pr. 27-14") + ", Vilnius"),
    ("person", "lt", False,
     "Vakar paskambinau " + m(N, "Jonui Kazlauskui") + " ir perdaviau linkėjimus nuo " + m(N, "Eglės") + ". Susitikime su " +
     m(N, "Tomu Petrausku") + " dalyvavo ir " + m(N, "Ona Vaitkienė") + "."),
    ("neg", "lt", True,
     "Vilniaus universitetas, Lietuvos geležinkeliai ir „Žalgiris“ dalyvauja Kaziuko mugėje; Jonas Basanavičius minimas Vasario 16-osios proga."),
]

# ---------- Polish
CASES += [
    ("doc", "pl", False,
     "KARTA PRZYJĘCIA PACJENTA" + NL + "Imię i nazwisko: " + m(N, "Agnieszka Wiśniewska-Kołodziej") + NL + "PESEL: " +
     m(ID, pesel(1987, 11, 23, "0482")) + NL + "Data urodzenia: " + m(D, "23.11.1987") + NL + "Adres: " +
     m(A, "ul. Marszałkowska 84/92 m. 117") + ", 00-514 Warszawa" + NL + "Osoba do kontaktu: " + m(N, "Tomasz Kołodziej")),
    ("person", "pl", False,
     "Wczoraj rozmawiałem z " + m(N, "Anną Kowalską") + " o projekcie. Przekazałem " + m(N, "Pawłowi Nowakowi") +
     " dokumenty, a od " + m(N, "Grzegorza Brzęczyszczykiewicza") + " dostałem podpisaną umowę. Pozdrawiam, " + m(N, "Kasia")),
    ("id", "pl", False,
     "Zgłaszam utratę dowodu osobistego serii i numeru " + m(ID, pl_dowod("AXB", "24719")) + ". Właściciel: " +
     m(N, "Zbigniew Wójcik") + ", PESEL " + m(ID, pesel(1958, 4, 2, "1175")) + "."),
    ("chat", "pl", False,
     m(N, "Magda") + ": cześć " + m(N, "kuba") + ", masz pesel " + m(N, "Oli") + "? potrzebuję do zapisów" + NL +
     m(N, "Kuba") + ": tak, " + m(ID, pesel(2012, 5, 17, "0342")) + NL + m(N, "Magda") + ": dzięki!"),
    ("neg", "pl", True,
     "PKP Intercity, Orlen i LOT dołączyli do sponsorów Festiwalu Chopinowskiego; Fryderyk Chopin urodził się w Żelazowej Woli, "
     "a Maria Skłodowska-Curie dwukrotnie zdobyła Nagrodę Nobla."),
    ("neg", "pl", True,
     "Numer zamówienia 2024/08/551287, faktura FV/0913/2024, numer przesyłki 00659007734000218831, model Samsung QE55Q80C."),
    ("neg", "pl", True,
     "Stanowisko: Kierownik Działu Kadr. Miejsce pracy: Aleje Jerozolimskie, Warszawa. Rozmowy kwalifikacyjne we wtorek i czwartek w lipcu."),
]

# ---------- Czech
CASES += [
    ("doc", "cs", False,
     "Policie ČR – úřední záznam" + NL + "Oznamovatel: " + m(N, "Petra Nováková") + ", r. č. " +
     m(ID, cz_rc(1976, 8, 12, "214", True)) + ", bytem " + m(A, "Vinohradská 1511/230") + ", Praha 10" + NL +
     "Podezřelý: " + m(N, "Jaroslav Dvořák") + ", nar. " + m(D, "5. 3. 1969") + ", číslo OP " + m(ID, "204718322")),
    ("person", "cs", False,
     "Včera jsem mluvil s paní " + m(N, "Novákovou") + " a s panem " + m(N, "Procházkou") + ". Pozdravujte prosím " +
     m(N, "Jiřího Svobodu") + " a poděkujte " + m(N, "Haně Černé") + " za pomoc."),
    ("neg", "cs", True,
     "Škoda Auto, České dráhy a Národní divadlo podpořily výstavu o Karlu IV. a Václavu Havlovi na Pražském hradě."),
    ("neg", "cs", True,
     "Číslo objednávky 2405-118733, variabilní symbol 2024001187, číslo zásilky DR0091234567Z, typ zařízení ŠKODA 15T."),
]

# ---------- Slovak
CASES += [
    ("doc", "sk", False,
     "Prihláška na ubytovanie" + NL + "Meno a priezvisko: " + m(N, "Zuzana Horváthová") + NL + "Rodné číslo: " +
     m(ID, cz_rc(1992, 1, 7, "483", True)) + NL + "Adresa: " + m(A, "Obchodná 12, byt 7") + ", 811 06 Bratislava"),
    ("person", "sk", False,
     "Stretli sme sa s " + m(N, "Martinom Kováčom") + " a jeho sestrou " + m(N, "Luciou") + ". Pozdravujem " + m(N, "Ľubomíra") + "."),
    ("neg", "sk", True,
     "Slovnaft, Tatra banka a Slovenské národné divadlo pozývajú na výstavu o Milanovi Rastislavovi Štefánikovi na Bradle."),
]

# ---------- French
CASES += [
    ("doc", "fr", False,
     "FICHE D'ADMISSION – CHU de Bordeaux" + NL + "Nom de naissance : " + m(N, "de La Tour d'Auvergne") + NL + "Prénoms : " +
     m(N, "Marie-Hélène") + NL + "Né(e) le : " + m(D, "02/06/1961") + NL + "N° de sécurité sociale : " +
     m(ID, fr_nir("2610633063218")) + NL + "Adresse : " + m(A, "12 bis rue de la Roquette, bât. B, 3e étage") + ", 75011 Paris" + NL +
     "Personne de confiance : " + m(N, "Jean-Baptiste N'Diaye")),
    ("person", "fr", False,
     "Compte rendu du conseil de classe. Présents : Mme " + m(N, "Lefèvre") + " (professeure principale), M. " + m(N, "Benali") +
     ", " + m(N, "Chloé Garnier") + " et " + m(N, "Théo") + " (délégués). Mme " + m(N, "Lefèvre") +
     " signale les progrès de " + m(N, "Inès Moreau-Lambert") + " en mathématiques."),
    ("id", "fr", False,
     "Objet : perte de passeport. Je soussigné " + m(N, "Yannick Le Goff") + ", titulaire du passeport n° " + m(ID, "19AV83412") +
     " et de la carte d'identité " + m(ID, "X4RTBPFW4") + ", déclare avoir perdu mon passeport le 14 août à la gare Montparnasse."),
    ("chat", "fr", False,
     m(N, "Camille") + " : coucou " + m(N, "léa") + ", t'as le numéro de sécu de mamie ?" + NL + m(N, "Léa") + " : " +
     m(ID, fr_nir("2440375056045")) + ", mais demande à " + "tonton " + m(N, "Marc") + " avant de l'envoyer"),
    ("neg", "fr", True,
     "La SNCF, Air France et Renault soutiennent le Festival d'Avignon ; la Comédie-Française joue Le Misanthrope de Molière "
     "tous les vendredis de juin, et le Musée d'Orsay consacre une salle à Claude Monet."),
    ("neg", "fr", True,
     "Commande n° FR-2024-0088172, facture F24-11573, suivi Colissimo 6A21954890217, référence produit DEC-4410-B, numéro de série 22X0917."),
    ("neg", "fr", True,
     "Poste : Responsable des Ressources Humaines, Direction Régionale Auvergne-Rhône-Alpes. Prise de poste le lundi 2 septembre, "
     "boulevard Victor-Hugo, Lyon."),
]

# ---------- Spanish
CASES += [
    ("doc", "es", False,
     "PARTE DE ENTRADA DE VIAJEROS" + NL + "Apellidos: " + m(N, "García-Herrera de la Fuente") + NL + "Nombre: " + m(N, "María José") +
     NL + "DNI: " + m(ID, es_dni("48291735")) + NL + "Fecha de nacimiento: " + m(D, "30/09/1984") + NL + "Domicilio: " +
     m(A, "Calle de Alcalá 147, 4.º izda.") + ", 28009 Madrid"),
    ("id", "es", False,
     "El solicitante, " + m(N, "Oumar Diallo Sow") + ", con NIE " + m(ID, es_nie("Y", "4718203")) + ", presenta pasaporte senegalés n.º " +
     m(ID, "A02847163") + " para la renovación de su tarjeta de residencia."),
    ("person", "es", False,
     "Acta de la reunión de vecinos: el presidente, don " + m(N, "José Luis Fernández Ruiz") + ", cedió la palabra a doña " +
     m(N, "Pilar") + ". Intervinieron también " + m(N, "Nacho") + " y la señora " + m(N, "Ortega") + "."),
    ("id", "es", False,
     "Datos del titular: " + m(N, "Ximena Guadalupe Hernández Olvera") + ", CURP " + m(ID, mx_curp("HEOX900412MDFRLM0")) +
     ", con domicilio en " + m(A, "Av. Insurgentes Sur 1602, Int. 304") + ", Col. Crédito Constructor, CDMX."),
    ("id", "es", False,
     "Certificado: don " + m(N, "Matías Ignacio Fuentealba Rojas") + ", RUT " + m(ID, cl_rut(16482377)) + ", nacido el " +
     m(D, "9 de agosto de 1987") + " en Temuco."),
    ("data", "es", False,
     '{"nombre": "' + m(N, "Lucía") + '", "apellidos": "' + m(N, "Benítez Ocampo") + '", "cuil": "' + m(ID, ar_cuil("27", "34019282")) +
     '", "nacimiento": "' + m(D, "1989-03-15") + '"}'),
    ("neg", "es", True,
     "Renfe, Iberia y el Banco Santander patrocinan la Semana Santa de Sevilla; el Museo del Prado dedica una sala a Goya y el "
     "Teatro Real estrena Carmen en octubre."),
    ("neg", "es", True,
     "Pedido n.º 405-7718239-0032, factura F-2024/00817, número de seguimiento ES0013780041923, modelo Seat León 1.5 TSI, bastidor "
     "VSSZZZKLZPR018223."),
    ("neg", "es", True,
     "Miguel de Cervantes publicó Don Quijote de la Mancha en 1605; Federico García Lorca y Frida Kahlo aparecen en el temario de "
     "Literatura del segundo trimestre."),
]

# ---------- Catalan
CASES += [
    ("doc", "ca", False,
     "Full d'inscripció – Casal d'Estiu" + NL + "Nom de l'infant: " + m(N, "Martí Puigdemunt i Soler") + NL + "Data de naixement: " +
     m(D, "11/07/2015") + NL + "Pare/mare/tutor: " + m(N, "Núria Soler Vilanova") + ", DNI " + m(ID, es_dni("39471826")) + NL +
     "Adreça: " + m(A, "carrer de Mallorca 401, 3r 2a") + ", 08013 Barcelona"),
    ("person", "ca", False,
     "Bon dia " + m(N, "Jordi") + ", et reenvio el correu de la " + m(N, "Montse Ferrer") + ". En " + m(N, "Pau") +
     " diu que l'" + m(N, "Arnau") + " no hi podrà anar." + NL + "Salut," + NL + m(N, "Roser")),
    ("neg", "ca", True,
     "El Barça, la Caixa i el Liceu participen en la Mercè; la Sagrada Família de Gaudí i el Palau de la Música Catalana obren "
     "portes el diumenge."),
]

# ---------- Basque
CASES += [
    ("doc", "eu", False,
     "Izen-ematea – Udal Euskaltegia" + NL + "Izen-abizenak: " + m(N, "Miren Etxeberria Goikoetxea") + NL + "NAN: " +
     m(ID, es_dni("72548193")) + NL + "Jaiotze-data: " + m(D, "1993/04/21") + NL + "Helbidea: " + m(A, "Kale Nagusia 14, 2. ezk.") +
     ", 20003 Donostia"),
    ("person", "eu", False,
     "Atzo " + m(N, "Iñaki Agirrerekin") + " egon nintzen, eta " + m(N, "Anek") + " agurrak bidali dizkizu. " +
     m(N, "Xabier Urkiza") + " bilerara etorriko da."),
    ("neg", "eu", True,
     "Euskaltzaindiak, Athletic Clubek eta Guggenheim museoak Bernardo Atxaga eta Gabriel Arestiri buruzko erakusketa antolatu dute Bilbon."),
]

# ---------- Portuguese
CASES += [
    ("doc", "pt", False,
     "FICHA DE CLIENTE" + NL + "Nome completo: " + m(N, "João Pedro dos Santos Silva") + NL + "NIF: " + m(ID, pt_nif("24718302")) +
     NL + "Cartão de Cidadão: " + m(ID, pt_cc("14729305", "ZX")) + NL + "Data de nascimento: " + m(D, "07-03-1990") + NL +
     "Morada: " + m(A, "Rua Augusta 215, 3.º Dto.") + ", 1100-053 Lisboa"),
    ("id", "pt", False,
     "Declaro que " + m(N, "Maria da Conceição Ferreira de Albuquerque") + ", portadora do CPF " + m(ID, br_cpf("418305927")) +
     " e do RG " + m(ID, "32.481.776-9") + ", residente na " + m(A, "Rua Harmonia 1180, apto 42") + ", Vila Madalena, São Paulo, "
     "nasceu em " + m(D, "18 de janeiro de 1976") + "."),
    ("person", "pt", False,
     "Oi " + m(N, "Rafa") + ", tudo bem? A " + m(N, "Tati") + " falou com o " + "seu " + m(N, "Zé") +
     " do condomínio e ele vai liberar a garagem. Abraço, " + m(N, "Ju")),
    ("data", "pt", False,
     "nome;cpf;nascimento" + NL + m(N, "Thiago Nogueira Bastos") + ";" + m(ID, br_cpf("073281459")) + ";" + m(D, "02/12/1998") + NL +
     m(N, "Ana Luíza Pires") + ";" + m(ID, br_cpf("551904236")) + ";" + m(D, "29/05/2001")),
    ("neg", "pt", True,
     "A TAP, a Petrobras e o Itaú patrocinam o Carnaval do Rio; o Museu Nacional lembra Dom Pedro II e a Fundação Calouste Gulbenkian "
     "exibe obras de Almada Negreiros."),
    ("neg", "pt", True,
     "Encomenda n.º PT-2024-771820, fatura FT 2024/5518, código de rastreio LX123456789PT, referência Multibanco 11854 772 001."),
    ("neg", "pt", True,
     "Luís de Camões escreveu Os Lusíadas; Machado de Assis e Clarice Lispector estão na lista de leitura do vestibular de agosto."),
]

# ---------- Italian
CASES += [
    ("doc", "it", False,
     "SCHEDA DI ALLOGGIO" + NL + "Cognome: " + m(N, "Lo Russo") + NL + "Nome: " + m(N, "Francesca") + NL + "Data di nascita: " +
     m(D, "22/04/1988") + NL + "Codice fiscale: " + m(ID, it_cf("LRSFNC88D62G273")) + NL + "Carta d'identità: " + m(ID, "CA48217JD") +
     NL + "Residenza: " + m(A, "Via Giuseppe Garibaldi 15, int. 4") + ", 90133 Palermo"),
    ("person", "it", False,
     "Verbale dell'assemblea: il presidente " + m(N, "Giuseppe Di Stefano") + " dà la parola alla dott.ssa " + m(N, "Anna Maria De Luca") +
     ". Interviene il sig. " + m(N, "D'Alessandro") + "; segretaria " + m(N, "Giulia") + "."),
    ("id", "it", False,
     "Il paziente " + m(N, "Marco Bianchi") + " (C.F. " + m(ID, it_cf("BNCMRC75R03F205")) + ") è stato dimesso; passaporto " +
     m(ID, "YA8812734") + " trattenuto in reception."),
    ("neg", "it", True,
     "Trenitalia, Ferrari e la Scala di Milano sostengono la Biennale di Venezia; la Galleria degli Uffizi espone Botticelli e "
     "il Teatro San Carlo mette in scena la Tosca di Puccini."),
    ("neg", "it", True,
     "Ordine n. 171-4408812, fattura 2024/FE/00917, codice spedizione BRT 058812340017, matricola caldaia VAI-4410."),
]

# ---------- Romanian
CASES += [
    ("doc", "ro", False,
     "FIȘĂ DE ÎNSCRIERE" + NL + "Nume și prenume: " + m(N, "Ioana-Maria Popescu") + NL + "CNP: " + m(ID, ro_cnp(False, 1994, 9, 12, "40", "218")) +
     NL + "Data nașterii: " + m(D, "12.09.1994") + NL + "Domiciliu: " + m(A, "Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, ap. 17") +
     ", București, Sector 2" + NL + "Seria și nr. CI: " + m(ID, "RX 482917")),
    ("person", "ro", False,
     "I-am trimis lui " + m(N, "Gheorghe Ionescu") + " actele, iar doamna " + m(N, "Stănescu") + " le-a semnat. Mulțumiri " +
     m(N, "Andreei") + " și lui " + m(N, "Vlad") + "!"),
    ("neg", "ro", True,
     "Dacia, CFR Călători și Ateneul Român organizează Festivalul George Enescu; pe Calea Victoriei se închide circulația duminică."),
    ("neg", "ro", True,
     "Comanda nr. 2024-558127, factura FCT-0917, AWB 4829103384, cod produs RO-4410-X, serie șasiu UU1DJF00467291102."),
]

# ---------- Hungarian
CASES += [
    ("doc", "hu", False,
     "Betegfelvételi lap" + NL + "Név: " + m(N, "Kovács-Tóth Zoltán") + NL + "Születési idő: " + m(D, "1971. 10. 04") + "." + NL +
     "TAJ-szám: " + m(ID, hu_taj("04728133")) + NL + "Adóazonosító jel: " + m(ID, hu_adoaz("842871044")) + NL + "Lakcím: " +
     m(A, "Andrássy út 52. 3. em. 12.") + ", 1062 Budapest"),
    ("person", "hu", False,
     "Tegnap beszéltem " + m(N, "Nagy Évával") + ", és átadtam " + m(N, "Szabó Péternek") + " a szerződést. " + m(N, "Kati") +
     " üdvözletét küldi " + m(N, "Horváth Lajosnak") + "."),
    ("id", "hu", False,
     "A személyi igazolvány száma " + m(ID, "482913AK") + ", tulajdonosa " + m(N, "Farkas Réka") + "."),
    ("neg", "hu", True,
     "A MÁV, a Richter Gedeon és az OTP Bank támogatja a Sziget Fesztivált; a Magyar Állami Operaház Erkel Ferenc Bánk bánját játssza."),
    ("neg", "hu", True,
     "Rendelésszám: HU-2024-0088127, számla sorszáma: 2024/00517, csomagkövetési szám: MP00112233445, cikkszám: 4410-77."),
]

# ---------- Turkish
CASES += [
    ("doc", "tr", False,
     "HASTA KAYIT FORMU" + NL + "Adı Soyadı: " + m(N, "Ayşe Gül Yıldırım") + NL + "T.C. Kimlik No: " + m(ID, tr_tc("384710295")) + NL +
     "Doğum Tarihi: " + m(D, "19.05.1983") + NL + "Adres: " + m(A, "Atatürk Cad. No: 45 D: 7") + ", Kadıköy/İstanbul" + NL +
     "Yakını: " + m(N, "Mehmet Öztürk")),
    ("person", "tr", False,
     "Dün " + m(N, "Ayşe") + "'ye uğradım, " + m(N, "Emre Çelik") + " de oradaydı. Selamını " + m(N, "Zeynep") +
     " Hanım'a ilettim."),
    ("chat", "tr", False,
     m(N, "Burak") + ": " + m(N, "elif") + " kimlik numaranı atar mısın, bilet alacağım" + NL + m(N, "Elif") + ": " +
     m(ID, tr_tc("152846037")) + " 👍"),
    ("neg", "tr", True,
     "Türk Hava Yolları, Arçelik ve Galatasaray, Mustafa Kemal Atatürk'ün doğum yıl dönümünde Anıtkabir'e çelenk bıraktı; "
     "İstiklal Caddesi'nde tören düzenlendi."),
    ("neg", "tr", True,
     "Sipariş no: TR-558120774, fatura no: GIB2024000001187, kargo takip no: 7318842091, ürün kodu: VESTEL 55U9500."),
]

# ---------- Croatian
CASES += [
    ("doc", "hr", False,
     "Prijava boravka" + NL + "Ime i prezime: " + m(N, "Ivana Horvat") + NL + "OIB: " + m(ID, hr_oib("4719203857")) + NL +
     "Datum rođenja: " + m(D, "03.03.1985") + "." + NL + "Adresa: " + m(A, "Ilica 45, 2. kat") + ", 10000 Zagreb"),
    ("person", "hr", False,
     "Sastanku su prisustvovali " + m(N, "Josip Kovačević") + ", " + m(N, "Marija Babić") + " i " + m(N, "Ante") + ". Zapisnik vodila " +
     m(N, "Iva Jurić") + "."),
    ("neg", "hr", True,
     "Croatia Airlines, Podravka i HNK Zagreb obilježavaju rođendan Nikole Tesle; Dubrovačke ljetne igre počinju u srpnju."),
]

# ---------- Slovenian
CASES += [
    ("doc", "sl", False,
     "Prijavni list" + NL + "Ime in priimek: " + m(N, "Nina Novak") + NL + "EMŠO: " + m(ID, jmbg(8, 11, 1990, "50", "512")) + NL +
     "Naslov: " + m(A, "Cankarjeva ulica 5, stanovanje 12") + ", 1000 Ljubljana"),
    ("neg", "sl", True,
     "Krka, Gorenje in Cankarjev dom praznujejo Prešernov dan; France Prešeren je napisal Zdravljico."),
]

# ---------- Russian
CASES += [
    ("doc", "ru", False,
     "АНКЕТА СОТРУДНИКА" + NL + "ФИО: " + m(N, "Иванов Сергей Петрович") + NL + "Дата рождения: " + m(D, "14.03.1979") + NL +
     "Паспорт: серия и номер " + m(ID, "4508 712394") + ", выдан ОУФМС России по г. Москве 22.04.2004" + NL + "СНИЛС: " +
     m(ID, ru_snils("128473920")) + NL + "ИНН: " + m(ID, ru_inn12("7710283746")) + NL + "Адрес регистрации: " +
     m(A, "ул. Профсоюзная, д. 43, корп. 2, кв. 118") + ", Москва"),
    ("person", "ru", False,
     "Вчера я позвонил " + m(N, "Ивану Петровичу Сидорову") + " и передал привет от " + m(N, "Анны Сергеевны") + ". На встрече с " +
     m(N, "Ольгой Кузнецовой") + " присутствовал также " + m(N, "Дима") + " из бухгалтерии."),
    ("doc", "ru", False,
     "ПРОТОКОЛ ОПРОСА" + NL + "Я, следователь " + m(N, "Морозова Е. В.") + ", опросила гражданина " + m(N, "Ахмедова Рустама Талгатовича") +
     ", " + m(D, "07.11.1990") + " г. р., проживающего по адресу: " + m(A, "ул. Гагарина, д. 5, кв. 31") + ", г. Казань. Паспорт " +
     m(ID, "9210 483715") + "."),
    ("chat", "ru", False,
     m(N, "Лена") + ": " + m(N, "саш") + ", скинь снилс " + m(N, "Зинаиды Павловны") + ", для поликлиники" + NL +
     m(N, "Саша") + ": " + m(ID, ru_snils("094715382")) + NL + m(N, "Лена") + ": спасибо!"),
    ("data", "ru", False,
     "<client><fio>" + m(N, "Ким Валентина Григорьевна") + "</fio><dob>" + m(D, "1962-08-30") + "</dob><inn>" +
     m(ID, ru_inn12("2724019385")) + "</inn></client>"),
    ("neg", "ru", True,
     "«Аэрофлот», РЖД и Сбербанк стали партнёрами фестиваля в Большом театре; в программе «Лебединое озеро» Чайковского и "
     "выставка о Юрии Гагарине на ВДНХ."),
    ("neg", "ru", True,
     "Номер заказа 48127735-0091, счёт № 2024/118, трек-номер RA644000281RU, артикул 7712-Б, серийный номер 0029AX8841."),
    ("neg", "ru", True,
     "Пушкин родился в 1799 году; Лев Толстой написал «Войну и мир». Экскурсия по Тверской улице и Невскому проспекту — в субботу."),
    ("neg", "ru", True,
     "Вакансия: Главный бухгалтер, Отдел кадров, ООО «Северсталь-Ресурс». Собеседования по средам в июле."),
]

# ---------- Ukrainian
CASES += [
    ("doc", "uk", False,
     "ЗАЯВА НА ОТРИМАННЯ ДОВІДКИ" + NL + "ПІБ: " + m(N, "Коваленко Олена Петрівна") + NL + "Дата народження: " + m(D, "25.12.1988") +
     NL + "РНОКПП: " + m(ID, ua_rnokpp("324810571")) + NL + "ID-картка № " + m(ID, "004718293") + NL + "Адреса: " +
     m(A, "вул. Хрещатик, 22, кв. 8") + ", м. Київ"),
    ("person", "uk", False,
     "Учора я зустрівся з " + m(N, "Тарасом Бондаренком") + ", і він передав вітання " + m(N, "Оксані") + ". " + m(N, "Микола Ткачук") +
     " прийде на збори разом із " + "паном " + m(N, "Левицьким") + "."),
    ("id", "uk", False,
     "Паспорт громадянина України для виїзду за кордон " + m(ID, "FE 471823") + " видано на ім'я " + m(N, "Бойко Андрій Васильович") + "."),
    ("neg", "uk", True,
     "Укрзалізниця, «Нова пошта» та Національна опера України провели концерт пам'яті Тараса Шевченка; Леся Українка народилася 1871 року."),
    ("neg", "uk", True,
     "Номер замовлення 20448172, ТТН 20450918827741, рахунок-фактура № 117/24, модель Bosch Serie 6, серійний номер WAU28T60BY."),
]

# ---------- Bulgarian
CASES += [
    ("doc", "bg", False,
     "ДЕКЛАРАЦИЯ" + NL + "Име, презиме, фамилия: " + m(N, "Георги Иванов Петров") + NL + "ЕГН: " + m(ID, bg_egn(1981, 6, 19, "473")) +
     NL + "Лична карта № " + m(ID, "647283915") + NL + "Адрес: " + m(A, "ул. „Витоша“ № 15, ет. 3, ап. 7") + ", София"),
    ("person", "bg", False,
     "Вчера говорих с " + m(N, "Мария Димитрова") + " и с " + m(N, "Стоян") + ". Поздрави на " + m(N, "Цветелина") + " от " +
     "баба " + m(N, "Пена") + "!"),
    ("neg", "bg", True,
     "„Български пощи“, БДЖ и Народният театър „Иван Вазов“ празнуват 24 май; Христо Ботев и Васил Левски са в учебната програма."),
    ("neg", "bg", True,
     "Поръчка № 77120-4418, фактура 0000018842, товарителница 1058822730, модел „Балкан“ 5000."),
]

# ---------- Serbian (Cyrillic)
CASES += [
    ("doc", "sr", False,
     "ПРИЈАВА ПРЕБИВАЛИШТА" + NL + "Име и презиме: " + m(N, "Милица Јовановић") + NL + "ЈМБГ: " + m(ID, jmbg(17, 4, 1991, "71", "538")) +
     NL + "Број пасоша: " + m(ID, "013748261") + NL + "Адреса: " + m(A, "Булевар краља Александра 73, стан 4") + ", Београд"),
    ("person", "sr", False,
     "Јуче сам разговарао са " + m(N, "Ненадом Петровићем") + ", а " + m(N, "Јелена") + " је послала поздраве " + m(N, "Драгани Илић") + "."),
    ("neg", "sr", True,
     "Народно позориште, „Ер Србија“ и Телеком Србија обележавају рођендан Николе Тесле; Иво Андрић је добио Нобелову награду 1961."),
    ("neg", "sr", True,
     "Број поруџбине 2024-77812, рачун бр. 118/24, број пошиљке RR123456789RS, шифра артикла 4410-Б."),
]

# ---------- Greek
CASES += [
    ("doc", "el", False,
     "ΔΕΛΤΙΟ ΕΙΣΑΓΩΓΗΣ ΑΣΘΕΝΟΥΣ" + NL + "Ονοματεπώνυμο: " + m(N, "Γεώργιος Παπαδόπουλος") + NL + "Ημ. γέννησης: " + m(D, "12/08/1966") +
     NL + "ΑΜΚΑ: " + m(ID, gr_amka(12, 8, 1966, "0147")) + NL + "ΑΦΜ: " + m(ID, gr_afm("04728193")) + NL + "Αρ. ταυτότητας: " +
     m(ID, "ΑΚ 482917") + NL + "Διεύθυνση: " + m(A, "Ερμού 25, 3ος όροφος") + ", 10563 Αθήνα"),
    ("person", "el", False,
     "Χθες μίλησα με τον " + m(N, "Νικόλαο Οικονόμου") + " και με την κυρία " + m(N, "Κατερίνα Αλεξίου") + ". Χαιρετίσματα από τη " +
     m(N, "Ελένη") + " και τον " + m(N, "Σπύρο") + "."),
    ("id", "el", False,
     "Το διαβατήριο του " + m(N, "Δημήτρη Καραγιάννη") + " έχει αριθμό " + m(ID, "AT4718293") + "."),
    ("neg", "el", True,
     "Η Aegean, ο ΟΣΕ και το Μέγαρο Μουσικής τιμούν τον Μίκη Θεοδωράκη· η Εθνική Λυρική Σκηνή ανεβάζει την Τόσκα τον Ιούνιο."),
    ("neg", "el", True,
     "Αριθμός παραγγελίας 2024-88172, τιμολόγιο Τ-0917, αριθμός αποστολής ACS 7728419310, κωδικός προϊόντος ΧΡ-4410."),
]

# ---------- Georgian
CASES += [
    ("doc", "ka", False,
     "სასტუმროს რეგისტრაცია" + NL + "სახელი, გვარი: " + m(N, "ნინო ბერიძე") + NL + "პირადი ნომერი: " + m(ID, "01024085732") + NL +
     "დაბადების თარიღი: " + m(D, "03.09.1992") + NL + "მისამართი: " + m(A, "ჭავჭავაძის გამზირი 37, ბინა 12") + ", თბილისი"),
    ("person", "ka", False,
     "გუშინ " + m(N, "გიორგი კაპანაძეს") + " შევხვდი, და " + m(N, "თამარმა") + " მოკითხვა გამოგიგზავნათ. " + m(N, "ლევან ჯაფარიძე") +
     " კრებაზე მოვა."),
    ("id", "ka", False,
     "პასპორტის ნომერი " + m(ID, "18AB47291") + " ეკუთვნის " + m(N, "ეკატერინე გელაშვილს") + "."),
    ("neg", "ka", True,
     "საქართველოს რკინიგზა, თიბისი ბანკი და რუსთაველის თეატრი შოთა რუსთაველის დღეს აღნიშნავენ; რუსთაველის გამზირზე კონცერტი იქნება."),
    ("neg", "ka", True,
     "შეკვეთის ნომერი 77120-4418, ინვოისი 2024/118, ამანათის კოდი GE00918827741, მოდელი 4410-X."),
]

# ---------- Armenian
CASES += [
    ("doc", "hy", False,
     "ՀԻՎԱՆԴԻ ԳՐԱՆՑՈՒՄ" + NL + "Անուն, ազգանուն: " + m(N, "Անի Հովհաննիսյան") + NL + "Ծննդյան ամսաթիվ: " + m(D, "21.06.1987") + NL +
     "Անձնագիր: " + m(ID, "AN0472819") + NL + "ՀԾՀ: " + m(ID, "4810873215") + NL + "Հասցե: " + m(A, "Մաշտոցի պողոտա 32, բն. 14") + ", Երևան"),
    ("person", "hy", False,
     "Երեկ խոսեցի " + m(N, "Արամ Պետրոսյանի") + " հետ, իսկ " + m(N, "Լուսինեն") + " բարևներ է ուղարկում " + m(N, "Գոռին") + "։"),
    ("neg", "hy", True,
     "Մատենադարանը, Հայաստանի ազգային պատկերասրահը և «Արարատ» կոնյակի գործարանը նշում են Կոմիտասի ծննդյան տարեդարձը։"),
    ("neg", "hy", True,
     "Պատվերի համար 2024-55812, հաշիվ-ապրանքագիր 0917, առաքման կոդ AM7741022831, մոդել 4410։"),
]

# ---------- Amharic
CASES += [
    ("doc", "am", False,
     "የሆቴል ምዝገባ ቅጽ" + NL + "ሙሉ ስም: " + m(N, "ሙሉጌታ ተስፋዬ በቀለ") + NL + "የትውልድ ቀን: " + m(D, "12/04/1985") + NL +
     "የፓስፖርት ቁጥር: " + m(ID, "EP4718293") + NL + "ፋይዳ ቁጥር: " + m(ID, "4718 2930 5561") + NL + "አድራሻ: " +
     m(A, "አፍሪካ ጎዳና፣ የቤት ቁጥር 214") + "፣ አዲስ አበባ"),
    ("person", "am", False,
     "ትናንት ከ" + m(N, "ሔለን ገብረመድኅን") + " ጋር ተገናኘሁ። " + m(N, "ዳዊት") + " ሰላምታ ልኳል። ስብሰባውን " + "ወ/ሮ " + m(N, "አበበች ታደሰ") +
     " መሩት።"),
    ("neg", "am", True,
     "የኢትዮጵያ አየር መንገድ፣ ኢትዮ ቴሌኮም እና ብሔራዊ ቴአትር የአፄ ምኒልክን ታሪክ የሚያሳይ ኤግዚቢሽን አዘጋጅተዋል።"),
    ("neg", "am", True,
     "የትዕዛዝ ቁጥር 2024-77812፣ ደረሰኝ ቁጥር 0917፣ የዕቃ ኮድ ET-4410።"),
]

# ---------- Chinese
CASES += [
    ("doc", "zh", False,
     "入院登记表" + NL + "姓名：" + m(N, "王晓明") + NL + "性别：男" + NL + "出生日期：" + m(D, "1986年7月12日") + NL + "身份证号：" +
     m(ID, cn_id("110105", 1986, 7, 12, "031")) + NL + "住址：北京市朝阳区" + m(A, "建国路88号院3号楼2单元502室") + NL + "联系人：" +
     m(N, "李秀英") + "（母亲）"),
    ("person", "zh", False,
     "昨天我和" + m(N, "欧阳思琪") + "一起去医院看望了" + m(N, "张伟") + "的父亲，" + m(N, "小刘") + "也来了。"),
    ("person", "zh", False,
     "会议纪要：出席人员有" + m(N, "陈静") + "、" + m(N, "司马文轩") + "、" + m(N, "赵一鸣") + "；记录人" + m(N, "黄丽") +
     "。会上" + m(N, "司马文轩") + "汇报了华为项目的进展。"),
    ("id", "zh", False,
     "申请人" + m(N, "周婷婷") + "，护照号码" + m(ID, "E71829304") + "，身份证号码" + m(ID, cn_id("310104", 1993, 2, 28, "264")) +
     "，现居上海市徐汇区" + m(A, "漕溪北路398号1802室") + "。"),
    ("chat", "zh", False,
     m(N, "阿杰") + "：@" + m(N, "林怡君") + " 你的身份证号发我一下，订高铁票用" + NL + m(N, "林怡君") + "：" + m(ID, tw_id("A", "22847103")) +
     "，是台湾的身分证，不知道能不能用" + NL + m(N, "阿杰") + "：我问问" + m(N, "老王")),
    ("id", "zh", False,
     "香港身份證號碼：" + m(ID, hk_hkid("K", "471829")) + "，持證人：" + m(N, "黃志明") + "，出生日期：" + m(D, "1979年11月3日") + "。"),
    ("neg", "zh", True,
     "华为、小米和中国国际航空公司赞助了今年的长江马拉松；台风“山竹”过后，故宫博物院和国家大剧院恢复开放。"),
    ("neg", "zh", True,
     "订单号：2024081577120391，发票号码：04418827，快递单号：SF1402887719264，型号：iPhone 15 Pro，序列号：F2LXK8Q1N7。"),
    ("neg", "zh", True,
     "孙中山于1866年出生于广东香山；鲁迅的《狂人日记》和老舍的《茶馆》是本学期语文课的重点篇目。"),
    ("neg", "zh", True,
     "招聘岗位：人力资源部经理，工作地点：深圳市南山区科技园，面试时间：每周三下午，截止日期：六月三十日。"),
]

# ---------- Japanese
CASES += [
    ("doc", "ja", False,
     "宿泊者名簿" + NL + "氏名：" + m(N, "佐々木美咲") + NL + "生年月日：" + m(D, "1990年4月15日") + NL + "旅券番号：" + m(ID, "TK4718293") +
     NL + "住所：東京都新宿区" + m(A, "西新宿2丁目8番1号 パークタワー1205号室") + NL + "同行者：" + m(N, "佐々木健")),
    ("person", "ja", False,
     "昨日、" + m(N, "山本健太") + "さんと" + m(N, "中村") + "部長が打ち合わせをしました。" + m(N, "美穂") + "ちゃんにもよろしくお伝えください。"),
    ("id", "ja", False,
     "マイナンバー：" + m(ID, jp_mynumber("47182930556")) + "（" + m(N, "高橋直子") + "様分）を源泉徴収票に記載してください。"),
    ("doc", "ja", False,
     "在留カード番号：" + m(ID, "AB47182930CD") + NL + "氏名：" + m(N, "NGUYEN VAN AN") + NL + "生年月日：" + m(D, "1997年9月2日") + NL +
     "住居地：大阪府大阪市北区" + m(A, "梅田3丁目4-5 メゾン梅田302") + NL + "担当：" + m(N, "鈴木") + "（人事部）"),
    ("chat", "ja", False,
     m(N, "ゆうき") + "：" + m(N, "さくら") + "、明日の会議って" + m(N, "渡辺") + "さんも来る？" + NL + m(N, "さくら") +
     "：来るよ。" + m(N, "小林") + "課長も。"),
    ("neg", "ja", True,
     "トヨタ自動車と日本航空が協賛する東京マラソンは、台風19号の影響で延期されました。新幹線のぞみも一部運休です。"),
    ("neg", "ja", True,
     "注文番号：249-8817720-4410、請求書番号：INV-0917、追跡番号：4410-2883-1775、型番：KJ-55X85L、製造番号：7718023。"),
    ("neg", "ja", True,
     "夏目漱石の『こころ』と織田信長の時代について、国語と日本史の授業で学びます。徳川家康は1543年に生まれました。"),
    ("neg", "ja", True,
     "求人：営業部長（大阪本社）、勤務地：御堂筋線本町駅徒歩3分、面接日：毎週水曜日、応募締切：七月末日。"),
]

# ---------- Korean
CASES += [
    ("doc", "ko", False,
     "입원 신청서" + NL + "성명: " + m(N, "김민준") + NL + "주민등록번호: " + m(ID, kr_rrn(1988, 5, 14, 1, "04718")) + NL +
     "생년월일: " + m(D, "1988년 5월 14일") + NL + "주소: 서울특별시 강남구 " + m(A, "테헤란로 152, 101동 1203호") + NL +
     "보호자: " + m(N, "이서연") + " (배우자)"),
    ("person", "ko", False,
     "어제 " + m(N, "박지은") + " 씨와 " + m(N, "남궁민수") + " 팀장님을 만났어요. " + m(N, "지훈") + "이도 같이 왔고요."),
    ("id", "ko", False,
     "여권번호 " + m(ID, "M47182930") + " (" + m(N, "최유나") + ")의 비자 신청이 접수되었습니다. 외국인등록번호 " +
     m(ID, kr_rrn(1995, 11, 30, 6, "12847")) + "는 별도 제출 바랍니다."),
    ("chat", "ko", False,
     m(N, "수빈") + ": @" + m(N, "정하늘") + " 주민번호 뒷자리 필요해 ㅠ" + NL + m(N, "정하늘") + ": 전체로 보낼게 " +
     m(ID, kr_rrn(2001, 3, 9, 4, "27583")) + NL + m(N, "수빈") + ": 고마워!"),
    ("neg", "ko", True,
     "삼성전자와 대한항공, 현대자동차가 후원하는 부산국제영화제는 태풍 힌남노 때문에 하루 연기되었습니다."),
    ("neg", "ko", True,
     "주문번호 20240815-7712039, 송장번호 6892-1044-7781, 모델명 SM-S928N, 제조번호 R3CX20ABCDE."),
    ("neg", "ko", True,
     "세종대왕은 한글을 창제했고, 이순신 장군은 한산도 대첩에서 승리했습니다. 광화문 광장에서 관련 전시가 열립니다."),
]


# ---------- Arabic
CASES += [
    ("doc", "ar", False,
     "نموذج تسجيل نزيل" + NL + "الاسم الكامل: " + m(N, "محمد بن عبدالله الشهري") + NL + "رقم الهوية الوطنية: " + m(ID, sa_id("104718293")) +
     NL + "تاريخ الميلاد: " + m(D, "1985/03/22") + NL + "العنوان: " + m(A, "شارع الملك فهد، مبنى 12، شقة 4") + "، الرياض" + NL +
     "المرافقون: " + m(N, "نورة الشهري")),
    ("person", "ar", False,
     "التقيت أمس مع " + m(N, "فاطمة الزهراء بنت أحمد") + " ومع الأستاذ " + m(N, "عبد الرحمن العلي") + "، وأرسل " + m(N, "خالد") +
     " تحياته إلى " + m(N, "أم يوسف") + "."),
    ("id", "ar", False,
     "رقم الإقامة " + m(ID, sa_id("247182930")) + " باسم العامل " + m(N, "رحيم الدين شيخ") + "، ورقم جواز سفره " + m(ID, "BP4718293") + "."),
    ("doc", "ar", False,
     "بطاقة الهوية الإماراتية" + NL + "الاسم: " + m(N, "سلمى راشد الكتبي") + NL + "رقم الهوية: " + m(ID, ae_eid(1992, "4718293")) + NL +
     "تاريخ الميلاد: " + m(D, "14/09/1992") + NL + "الجنسية: الإمارات"),
    ("id", "ar", False,
     "محضر شرطة رقم ٤٤١٠ لسنة ٢٠٢٤: حضر المبلغ " + m(N, "أحمد مصطفى عبد الحميد") + "، الرقم القومي " + m(ID, ar_digits("28806142101875")) +
     "، المقيم في " + m(A, "١٥ شارع التحرير، الدور الثالث، شقة ٧") + "، الدقي، الجيزة."),
    ("chat", "ar", False,
     m(N, "ليلى") + ": يا " + m(N, "سامي") + " أرسل لي رقم جواز " + m(N, "ريم") + NL + m(N, "سامي") + ": " + m(ID, "N047182") + " 👍"),
    ("neg", "ar", True,
     "رعت أرامكو السعودية وطيران الإمارات وجامعة الملك سعود معرض الكتاب في الرياض، وتضمن المعرض جناحاً عن نجيب محفوظ وابن خلدون."),
    ("neg", "ar", True,
     "رقم الطلب 2024-771203، رقم الفاتورة INV-0917، رقم الشحنة 7718820193، رقم القطعة 4410-B، الرقم التسلسلي 88SA1203."),
    ("neg", "ar", True,
     "وُلد صلاح الدين الأيوبي في تكريت، وكتب المتنبي قصائده في حلب. يتناول درس التاريخ يوم الأحد إعصار شاهين وأثره على عُمان."),
    ("neg", "ar", True,
     "وظيفة شاغرة: مدير الموارد البشرية في بنك مصر، شارع قصر النيل، القاهرة. المقابلات كل يوم ثلاثاء خلال شهر رمضان."),
]

# ---------- Persian
CASES += [
    ("doc", "fa", False,
     "فرم پذیرش بیمار" + NL + "نام و نام خانوادگی: " + m(N, "سارا محمدی") + NL + "کد ملی: " + m(ID, fa_digits(ir_melli("004718293"))) + NL +
     "تاریخ تولد: " + m(D, "۱۳۶۸/۰۵/۲۱") + NL + "نشانی: تهران، " + m(A, "خیابان ولیعصر، کوچه نهم، پلاک ۱۲، واحد ۳") + NL +
     "همراه: " + m(N, "علی‌رضا حسینی")),
    ("person", "fa", False,
     "دیروز با " + m(N, "مریم رضایی") + " و آقای " + m(N, "کامرانی") + " صحبت کردم. " + m(N, "نیما") + " هم سلام رساند."),
    ("id", "fa", False,
     "شماره گذرنامه " + m(ID, "K47182930") + " متعلق به " + m(N, "حمیدرضا طاهری") + " است و کد ملی او " + m(ID, ir_melli("027145839")) + " است."),
    ("neg", "fa", True,
     "ایران‌خودرو، هواپیمایی ماهان و دانشگاه تهران در بزرگداشت فردوسی و حافظ شرکت کردند؛ شاهنامه در برج میلاد خوانده شد."),
    ("neg", "fa", True,
     "شماره سفارش ۷۷۱۲۰۳۹، شماره فاکتور ۰۹۱۷، کد رهگیری مرسوله ۲۲۸۳۱۷۷۵۴۱، مدل سامسونگ A54."),
]

# ---------- Urdu
CASES += [
    ("doc", "ur", False,
     "داخلہ فارم" + NL + "نام: " + m(N, "عائشہ صدیقی") + NL + "والد کا نام: " + m(N, "محمد بلال صدیقی") + NL + "شناختی کارڈ نمبر: " +
     m(ID, "35202-4718293-4") + NL + "تاریخ پیدائش: " + m(D, "02-08-1996") + NL + "پتہ: " + m(A, "مکان نمبر 14، گلی نمبر 7") +
     "، ماڈل ٹاؤن، لاہور"),
    ("person", "ur", False,
     "کل میں نے " + m(N, "حسن رضا") + " اور " + m(N, "ثنا") + " سے بات کی۔ " + m(N, "چوہدری نعمان") + " صاحب بھی موجود تھے۔"),
    ("neg", "ur", True,
     "پی آئی اے، حبیب بینک اور پنجاب یونیورسٹی نے یومِ اقبال منایا؛ قائداعظم محمد علی جناح کی تقاریر مال روڈ پر پڑھی گئیں۔"),
    ("neg", "ur", True,
     "آرڈر نمبر 7712039، انوائس نمبر 0917، ٹریکنگ نمبر LE447182930PK، ماڈل ہونڈا سٹی 2022۔"),
]

# ---------- Hebrew
CASES += [
    ("doc", "he", False,
     "טופס קבלה לבית חולים" + NL + "שם מלא: " + m(N, "מיכל לוי-אברהם") + NL + "מספר זהות: " + m(ID, il_tz("30471829")) + NL +
     "תאריך לידה: " + m(D, "17.01.1984") + NL + "כתובת: " + m(A, "רחוב הרצל 15, דירה 4") + ", חיפה" + NL + "איש קשר: " +
     m(N, "יוסי כהן")),
    ("person", "he", False,
     "אתמול נפגשתי עם " + m(N, "אבי בן-דוד") + " ועם " + m(N, "נועה") + ". " + m(N, "רונית שפירא") + " שלחה ד״ש."),
    ("id", "he", False,
     "מספר הדרכון של " + m(N, "איתי גולדברג") + " הוא " + m(ID, "34718293") + ", ותעודת הזהות " + m(ID, il_tz("20571934")) + "."),
    ("neg", "he", True,
     "אל על, בנק הפועלים ותיאטרון הבימה מציינים את יום הולדתו של דוד בן-גוריון; ש״י עגנון זכה בפרס נובל ב-1966."),
    ("neg", "he", True,
     "מספר הזמנה 2024-771203, חשבונית 0917, מספר משלוח RR447182930IL, דגם 4410-X."),
]


# ---------- Hindi
CASES += [
    ("doc", "hi", False,
     "रोगी पंजीकरण फ़ॉर्म" + NL + "नाम: " + m(N, "सुनीता यादव") + NL + "पति का नाम: " + m(N, "राजेश कुमार यादव") + NL + "जन्म तिथि: " +
     m(D, "15/08/1979") + NL + "आधार संख्या: " + m(ID, in_aadhaar("47182930556")) + NL + "पता: " + m(A, "मकान नं. 24, गली नं. 3") +
     ", लाजपत नगर, नई दिल्ली"),
    ("person", "hi", False,
     "कल मेरी मुलाक़ात " + m(N, "राहुल वर्मा") + " और " + m(N, "प्रिया") + " से हुई। डॉ. " + m(N, "अग्रवाल") + " ने कहा कि " +
     m(N, "पिंकी") + " की रिपोर्ट ठीक है।"),
    ("id", "hi", False,
     "आवेदक " + m(N, "अमित शर्मा") + " का पैन " + m(ID, "BQXPS4718K") + " और पासपोर्ट संख्या " + m(ID, "K4718293") + " है।"),
    ("chat", "hi", False,
     m(N, "नेहा") + ": " + m(N, "रवि") + " भैया, मम्मी का वोटर आईडी नंबर भेजो" + NL + m(N, "रवि") + ": " + m(ID, "DLX4718293") + NL +
     m(N, "नेहा") + ": थैंक यू"),
    ("neg", "hi", True,
     "टाटा मोटर्स, भारतीय रेल और एयर इंडिया ने गांधी जयंती पर स्वच्छता अभियान चलाया; राष्ट्रपति भवन में रवींद्रनाथ टैगोर पर प्रदर्शनी लगी।"),
    ("neg", "hi", True,
     "ऑर्डर नंबर OD4410277120391, बिल नंबर 0917, ट्रैकिंग नंबर EE447182930IN, मॉडल नंबर MX-4410, ISBN " + isbn13_fmt("978", "81", "267", "0775") + "।"),
    ("neg", "hi", True,
     "चक्रवात अम्फान के बाद कोलकाता हवाई अड्डा सोमवार से खुलेगा; मौसम विभाग ने मंगलवार और बुधवार को चेतावनी जारी की।"),
]

# ---------- Bengali
CASES += [
    ("doc", "bn", False,
     "ভর্তি ফরম" + NL + "নাম: " + m(N, "সুমাইয়া আক্তার") + NL + "পিতার নাম: " + m(N, "আব্দুল করিম") + NL + "জাতীয় পরিচয়পত্র নং: " +
     m(ID, bn_digits("4718293055")) + NL + "জন্ম তারিখ: " + m(D, bn_digits("১২-০৩-১৯৯৮")) + NL + "ঠিকানা: " +
     m(A, "বাড়ি নং ১২, রোড নং ৫") + ", ধানমন্ডি, ঢাকা"),
    ("person", "bn", False,
     "গতকাল " + m(N, "তানভীর হাসান") + " আর " + m(N, "মিতু") + "র সাথে দেখা হলো। " + m(N, "শফিকুল ইসলাম") + " সাহেব সভায় ছিলেন।"),
    ("id", "bn", False,
     "পাসপোর্ট নম্বর " + m(ID, "EB0471829") + ", ধারক " + m(N, "নুসরাত জাহান চৌধুরী") + "।"),
    ("neg", "bn", True,
     "গ্রামীণফোন, বিমান বাংলাদেশ এবং ঢাকা বিশ্ববিদ্যালয় রবীন্দ্রনাথ ঠাকুর ও কাজী নজরুল ইসলামের জন্মদিন উদযাপন করেছে।"),
    ("neg", "bn", True,
     "অর্ডার নম্বর ৭৭১২০৩৯, চালান নম্বর ০৯১৭, ট্র্যাকিং নম্বর ২২৮৩১৭৭৫৪১, মডেল ওয়ালটন প্রিমো এস৮।"),
]

# ---------- Tamil
CASES += [
    ("doc", "ta", False,
     "நோயாளர் பதிவு" + NL + "பெயர்: " + m(N, "கார்த்திக் சுப்பிரமணியன்") + NL + "பிறந்த தேதி: " + m(D, "04/11/1990") + NL +
     "ஆதார் எண்: " + m(ID, in_aadhaar("58203917461")) + NL + "முகவரி: " + m(A, "எண் 12, காந்தி தெரு") + ", மயிலாப்பூர், சென்னை"),
    ("person", "ta", False,
     "நேற்று " + m(N, "பிரியா ராஜேந்திரன்") + " மற்றும் " + m(N, "செல்வம்") + " என்னைச் சந்தித்தனர். " + m(N, "முருகன்") + " வாழ்த்துகள் சொன்னார்."),
    ("id", "ta", False,
     "ஓட்டுநர் உரிம எண் " + m(ID, "TN01 20190047182") + ", உரிமையாளர் " + m(N, "வெ. ராமசாமி") + "."),
    ("neg", "ta", True,
     "இஸ்ரோ, டிவிஎஸ் மோட்டார் மற்றும் சென்னை பல்கலைக்கழகம் திருவள்ளுவர் தினத்தைக் கொண்டாடின; மெரினா கடற்கரையில் விழா நடந்தது."),
    ("neg", "ta", True,
     "ஆர்டர் எண் 7712039, பில் எண் 0917, கண்காணிப்பு எண் 2283177541, மாடல் 4410-X."),
]

# ---------- Telugu
CASES += [
    ("doc", "te", False,
     "హోటల్ నమోదు పత్రం" + NL + "పేరు: " + m(N, "శ్రీనివాస్ రెడ్డి") + NL + "పుట్టిన తేదీ: " + m(D, "23-06-1983") + NL +
     "ఆధార్ సంఖ్య: " + m(ID, in_aadhaar("63018274915")) + NL + "చిరునామా: " + m(A, "ఇంటి నం. 8-2-293, రోడ్ నం. 12") + ", బంజారా హిల్స్, హైదరాబాద్"),
    ("person", "te", False,
     "నిన్న " + m(N, "లక్ష్మి ప్రసన్న") + " గారు మరియు " + m(N, "కిరణ్") + " నన్ను కలిశారు. " + m(N, "వెంకటేశ్వర్లు") + " గారు కూడా వచ్చారు."),
    ("neg", "te", True,
     "ఇన్ఫోసిస్, తెలంగాణ ఆర్టీసీ మరియు ఉస్మానియా విశ్వవిద్యాలయం ఎన్. టి. రామారావు జయంతిని చార్మినార్ వద్ద జరుపుకున్నాయి."),
    ("neg", "te", True,
     "ఆర్డర్ నంబర్ 7712039, ఇన్వాయిస్ 0917, ట్రాకింగ్ నంబర్ 2283177541, మోడల్ 4410-X."),
]

# ---------- Thai
CASES += [
    ("doc", "th", False,
     "แบบฟอร์มลงทะเบียนผู้ป่วย" + NL + "ชื่อ-นามสกุล: นางสาว" + m(N, "วิไลวรรณ ศรีสุข") + NL + "เลขประจำตัวประชาชน: " +
     m(ID, th_id("110370047182")) + NL + "วันเกิด: " + m(D, "5 มีนาคม 2535") + NL + "ที่อยู่: บ้านเลขที่ " +
     m(A, "99/12 ซอยสุขุมวิท 21 ถนนสุขุมวิท") + " แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ"),
    ("person", "th", False,
     "เมื่อวานฉันไปกินข้าวกับ" + m(N, "สมชาย ใจดี") + "และ" + m(N, "ต้น") + " ส่วนคุณ" + m(N, "มาลี") + "ฝากความคิดถึงมา"),
    ("id", "th", False,
     "หนังสือเดินทางเลขที่ " + m(ID, "AA4718293") + " ของนาย" + m(N, "ธนากร วงศ์สวัสดิ์") + " หมดอายุแล้ว"),
    ("neg", "th", True,
     "การบินไทย ปตท. และธนาคารกสิกรไทยร่วมสนับสนุนงานวันสุนทรภู่ที่หอศิลป์กรุงเทพฯ และพิพิธภัณฑ์สถานแห่งชาติ"),
    ("neg", "th", True,
     "หมายเลขคำสั่งซื้อ 2408157712039 ใบแจ้งหนี้ 0917 เลขพัสดุ TH447182930 รุ่น 4410-X"),
]

# ---------- Khmer
CASES += [
    ("doc", "km", False,
     "ទម្រង់ចុះឈ្មោះភ្ញៀវ" + NL + "ឈ្មោះ: " + m(N, "សុខ ចាន់ធី") + NL + "ថ្ងៃខែឆ្នាំកំណើត: " + m(D, km_digits("12/05/1991")) + NL +
     "លេខអត្តសញ្ញាណប័ណ្ណ: " + m(ID, km_digits("010472819")) + NL + "អាសយដ្ឋាន: " + m(A, "ផ្ទះលេខ ២៥ ផ្លូវ ៣០៨") + " ខណ្ឌចំការមន ភ្នំពេញ"),
    ("person", "km", False,
     "ម្សិលមិញ ខ្ញុំបានជួប" + m(N, "ចាន់ សុភា") + " និង" + m(N, "ដារ៉ា") + "។ លោក" + m(N, "ហេង វិចិត្រ") + "ផ្ញើការសួរសុខទុក្ខមក។"),
    ("neg", "km", True,
     "អង្គរវត្ត សារមន្ទីរជាតិ និងក្រុមហ៊ុនអាកាសចរណ៍ Cambodia Angkor Air បានរៀបចំពិព័រណ៍អំពីព្រះបាទជ័យវរ្ម័នទី៧។"),
    ("neg", "km", True,
     "លេខបញ្ជាទិញ ៧៧១២០៣៩ លេខវិក្កយបត្រ ០៩១៧ លេខតាមដានកញ្ចប់ ២២៨៣១៧៧៥៤១"),
]

# ---------- Vietnamese
CASES += [
    ("doc", "vi", False,
     "PHIẾU ĐĂNG KÝ LƯU TRÚ" + NL + "Họ và tên: " + m(N, "Trần Thị Thu Hà") + NL + "Ngày sinh: " + m(D, "12/03/1990") + NL +
     "Số CCCD: " + m(ID, "001190471829") + NL + "Địa chỉ thường trú: " + m(A, "45 Lý Thường Kiệt, phòng 302") + ", quận Hoàn Kiếm, Hà Nội"),
    ("person", "vi", False,
     "Hôm qua tôi gặp anh " + m(N, "Lê Văn Hùng") + " và chị " + m(N, "Phương") + " ở quán cà phê. " + m(N, "Bảo") + " nhờ tôi gửi lời hỏi thăm cô " +
     m(N, "Nguyễn Ngọc Lan") + "."),
    ("id", "vi", False,
     "Hộ chiếu số " + m(ID, "C4718293") + " cấp cho ông " + m(N, "Phạm Quốc Bảo") + ", số CMND cũ " + m(ID, "012847193") + "."),
    ("chat", "vi", False,
     m(N, "Minh") + ": " + m(N, "linh") + " ơi gửi mình số căn cước của mẹ " + m(N, "Hoa") + " nhé" + NL + m(N, "Linh") + ": " + m(ID, "001176028341") + NL +
     m(N, "Minh") + ": cảm ơn nha"),
    ("neg", "vi", True,
     "Vietnam Airlines, Vinamilk và Đại học Quốc gia Hà Nội tổ chức triển lãm về Hồ Chí Minh và Nguyễn Du; đường Nguyễn Thị Minh Khai "
     "cấm xe vào Chủ nhật."),
    ("neg", "vi", True,
     "Mã đơn hàng 2408157712039, số hóa đơn 0000917, mã vận đơn VN447182930, mẫu Honda Vision 2024, số khung RLHJF1234N0471829."),
]

# ---------- Indonesian
CASES += [
    ("doc", "id", False,
     "FORMULIR PENDAFTARAN PASIEN" + NL + "Nama: " + m(N, "Rina Wulandari") + NL + "NIK: " + m(ID, "3174055403890012") + NL +
     "Tanggal lahir: " + m(D, "14-03-1989") + NL + "Alamat: " + m(A, "Jl. Kebon Sirih No. 12 RT 03/RW 05") + ", Menteng, Jakarta Pusat" + NL +
     "Penanggung jawab: " + m(N, "Agus Setiawan")),
    ("person", "id", False,
     "Kemarin saya bertemu Pak " + m(N, "Sukarni") + " dan Bu " + m(N, "Yanti Purba") + " di kantor. " + m(N, "Dimas") +
     " titip salam untuk " + "Mbak " + m(N, "Ayu") + "."),
    ("id", "id", False,
     "Nomor paspor " + m(ID, "C4718293") + " atas nama " + m(N, "Hendra Gunawan Siregar") + ", NIK " + m(ID, "1271021208850003") + "."),
    ("neg", "id", True,
     "Garuda Indonesia, Pertamina dan Universitas Gadjah Mada merayakan Hari Kartini; Bandara Soekarno-Hatta memasang poster R.A. Kartini."),
    ("neg", "id", True,
     "Nomor pesanan INV/20240815/MPL/4410277120, resi JNE 0117442883177, kode produk SKU-4410-B, nomor rangka MH1JM8115NK471829."),
]

# ---------- Tagalog
CASES += [
    ("doc", "tl", False,
     "PATIENT INFORMATION SHEET / Impormasyon ng Pasyente" + NL + "Pangalan: " + m(N, "Maria Cristina dela Cruz") + NL +
     "Kapanganakan: " + m(D, "Hunyo 5, 1987") + NL + "PhilSys Number: " + m(ID, "4718-2930-5561-0284") + NL + "SSS No.: " +
     m(ID, "34-4718293-5") + NL + "Tirahan: " + m(A, "Blk 5 Lot 12, Mabini St.") + ", Brgy. San Isidro, Quezon City"),
    ("person", "tl", False,
     "Kahapon nakita ko si " + m(N, "Jun-jun") + " at si Aling " + m(N, "Nena") + " sa palengke. Kinumusta ka ni " + m(N, "Jose Ramon delos Santos") + "."),
    ("id", "tl", False,
     "Ang pasaporte ni " + m(N, "Rowena Macaraeg") + " ay " + m(ID, "P4718293A") + " at ang TIN niya ay " + m(ID, "471-829-305-000") + "."),
    ("neg", "tl", True,
     "Nag-sponsor ang Jollibee, PLDT at SM Megamall ng pagdiriwang ng Araw ni Rizal; sarado ang EDSA dahil sa Bagyong Yolanda noong Nobyembre."),
    ("neg", "tl", True,
     "Order no. 2408157712039, resibo 0917, tracking no. LBC-447182930, modelo Honda Click 125i."),
]

# ---------- Swahili
CASES += [
    ("doc", "sw", False,
     "FOMU YA USAJILI WA MGENI" + NL + "Jina kamili: " + m(N, "Wanjiru Kamau") + NL + "Nambari ya kitambulisho: " + m(ID, "28471093") + NL +
     "Tarehe ya kuzaliwa: " + m(D, "02/11/1991") + NL + "Anwani: " + m(A, "Mtaa wa Moi, Nyumba Na. 23") + ", Nairobi" + NL + "KRA PIN: " +
     m(ID, "A004718293Z")),
    ("person", "sw", False,
     "Jana nilikutana na " + m(N, "Baraka Otieno") + " na " + m(N, "Amina Hassan Mohamed") + ". Bi " + m(N, "Zawadi") +
     " anakusalimu sana."),
    ("id", "sw", False,
     "Namba ya NIDA ya " + m(N, "Juma Salim Mwinyi") + " ni " + m(ID, "19890312-14101-00001-25") + "."),
    ("neg", "sw", True,
     "Safaricom, Kenya Airways na Chuo Kikuu cha Dar es Salaam waliadhimisha siku ya Mwalimu Julius Nyerere; Jomo Kenyatta pia alikumbukwa."),
    ("neg", "sw", True,
     "Namba ya oda 7712039, ankara 0917, namba ya ufuatiliaji KE447182930, modeli Toyota Probox 2018."),
]

# ---------- Yoruba
CASES += [
    ("doc", "yo", False,
     "FỌỌMU ÌFORÚKỌSÍLẸ̀" + NL + "Orúkọ: " + m(N, "Adébáyọ̀ Ọlágúnjú") + NL + "Ọjọ́ ìbí: " + m(D, "14/07/1986") + NL + "NIN: " +
     m(ID, "47182930561") + NL + "Àdírẹ́sì: " + m(A, "Nọ́mbà 14, Òpópónà Adéọlá Odéku") + ", Victoria Island, Èkó"),
    ("person", "yo", False,
     "Mo rí " + m(N, "Fúnmiláyọ̀ Adéyẹmí") + " àti " + m(N, "Tèmítọ́pẹ́") + " lánàá. Ìyá " + m(N, "Kúnlé") + " kí yín."),
    ("neg", "yo", True,
     "MTN, Dangote àti Yunifásítì Ìbàdàn ṣe àjọyọ̀ fún Wọlé Ṣóyínká; àwòrán Ọbáfẹ́mi Awólọ́wọ̀ wà ní gbọ̀ngàn náà."),
    ("neg", "yo", True,
     "Nọ́mbà àṣẹ 7712039, ìwé owó 0917, nọ́mbà ìtọpinpin NG447182930."),
]

# ---------- Hausa
CASES += [
    ("doc", "ha", False,
     "FOM ƊIN RAJISTA" + NL + "Suna: " + m(N, "Hauwa'u Abdullahi") + NL + "Ranar haihuwa: " + m(D, "03/02/1993") + NL + "Lambar NIN: " +
     m(ID, "58203917462") + NL + "Adireshi: Gida mai lamba " + m(A, "15, Titin Ahmadu Bello") + ", Kaduna"),
    ("person", "ha", False,
     "Jiya na haɗu da " + m(N, "Musa Ibrahim Danjuma") + " da " + m(N, "Zainab Usman") + ". Malam " + m(N, "Sani") + " ya ce a gaishe ku."),
    ("neg", "ha", True,
     "Kamfanin Dangote, Jami'ar Ahmadu Bello da gidan rediyon Freedom sun karrama Sardauna na Sokoto a birnin Kaduna."),
]

# ---------- Igbo
CASES += [
    ("doc", "ig", False,
     "FỌM NDEBANYE AHA" + NL + "Aha: " + m(N, "Chukwuemeka Okonkwo") + NL + "Ụbọchị ọmụmụ: " + m(D, "21/09/1988") + NL + "NIN: " +
     m(ID, "63018274916") + NL + "Adreesị: " + m(A, "Nọmba 7, Okpara Avenue") + ", Enugu"),
    ("person", "ig", False,
     "Ụnyaahụ ahụrụ m " + m(N, "Ngozi Eze") + " na " + m(N, "Adaeze Nwosu") + ". " + m(N, "Obinna") + " kelere gị."),
    ("neg", "ig", True,
     "Innoson, Mahadum Naịjirịa Nsukka na ụlọ ọrụ MTN chetara Chinua Achebe na Nnamdi Azikiwe n'ememe ahụ."),
]

# ---------- Zulu
CASES += [
    ("doc", "zu", False,
     "IFOMU YOKUBHALISA" + NL + "Igama: " + m(N, "Nomvula Dlamini") + NL + "Inombolo kamazisi: " + m(ID, za_id(1990, 4, 17, "0471")) + NL +
     "Usuku lokuzalwa: " + m(D, "17/04/1990") + NL + "Ikheli: " + m(A, "23 Mgwaba Street") + ", Umlazi, eThekwini"),
    ("person", "zu", False,
     "Izolo ngihlangane no" + m(N, "Sipho Ndlovu") + " kanye no" + m(N, "Thandeka Mthembu") + ". U" + m(N, "Bongani") + " uthi sawubona."),
    ("neg", "zu", True,
     "I-Eskom, i-Transnet kanye neNyuvesi yaKwaZulu-Natal bakhumbule uNelson Mandela noShaka Zulu eSoweto."),
    ("neg", "zu", True,
     "Inombolo ye-oda 7712039, i-invoyisi 0917, inombolo yokulandelela ZA447182930."),
]

# ================================================================ round 2: documents and data dumps
CASES += [
    ("doc", "en", False,
     "From: " + m(N, "Fiona MacLeod") + NL + "To: HR Shared Services" + NL + "Subject: RE: visa sponsorship – new hire" + NL + NL +
     "Hi " + m(N, "Raj") + "," + NL + "Our new analyst is " + m(N, "Omar ibn Khalid al-Farsi") + ", DOB " + m(D, "03 Jan 1995") +
     ", Omani passport " + m(ID, "A7718203") + ". He'll be staying at " + m(A, "88 Queen Street, Apt 14B") + " until the lease on his "
     "own flat starts." + NL + NL + "> On Tue, " + m(N, "Rajesh Natarajan") + " wrote:" + NL + "> Can you send me his details before Friday?" +
     NL + NL + "Thanks," + NL + m(N, "Fi")),
    ("data", "en", False,
     "customers:" + NL + "  - name: " + m(N, "Niamh O'Sullivan") + NL + "    dob: " + m(D, "1990-06-21") + NL + "    passport: " +
     m(ID, "PA8827104") + NL + "  - name: " + m(N, "Tobias Ben-Ami") + NL + "    dob: " + m(D, "1983-02-11") + NL + "    passport: " +
     m(ID, "31948275") + NL),
    ("data", "en", False,
     "<table><tr><th>Student</th><th>Year</th><th>Guardian</th></tr><tr><td>" + m(N, "Amara Okonkwo-Reyes") + "</td><td>9</td><td>" +
     m(N, "Lydia Reyes") + "</td></tr><tr><td>" + m(N, "Finn MacAllister") + "</td><td>10</td><td>" + m(N, "Hamish MacAllister") +
     "</td></tr></table>"),
    ("doc", "en", False,
     "CASE NOTE – Adult Social Care" + NL + "Visited " + "Mr " + m(N, "Eustace Pennyworth") + " at home (" +
     m(A, "14 Larkspur Close") + ") with his daughter " + m(N, "Gwen") + ". He gave his date of birth as " + m(D, "4th May 1938") +
     ". NHS number confirmed on the system; GP is Dr " + m(N, "Adeyemi") + "."),
    ("person", "en", False,
     "Minutes, Parish Council, 9 April. Present: Cllr " + m(N, "J. R. Whitlock") + " (Chair), Cllr " + m(N, "Beatrix Hollingsworth") +
     ", " + m(N, "Tunde Bakare") + ", " + m(N, "Sally-Anne Price") + " (Clerk). Apologies: " + "Rev. " + m(N, "Colin Ashby") +
     ". Item 4: the bench in memory of " + m(N, "Doris Kettle") + " will be repaired."),
    ("id", "en", False,
     "Driver: " + m(N, "Kieran O'Donoghue") + ", licence no. " + m(ID, "ODONO801142K99RT") + ". Passenger: " + m(N, "Maeve Quinlan") +
     ", learner permit " + m(ID, "LP-0921847") + "."),
    ("chat", "en", False,
     "WhatsApp export" + NL + "12/03/24, 21:14 - " + "Aunty " + m(N, "Bisi") + ": pls who has " + m(N, "tayo") +
     "'s new number" + NL + "12/03/24, 21:16 - " + m(N, "Kemi Adewale") + ": ask " + m(N, "dami") + ", she was with him yesterday" + NL +
     "12/03/24, 21:20 - " + m(N, "Dami") + ": I'll send it to you privately aunty"),
    ("doc", "de", False,
     "Betreff: Neue Mitarbeiterin – Unterlagen" + NL + NL + "Hallo " + m(N, "Sabine") + "," + NL + "anbei die Daten von Frau " +
     m(N, "Leonie Schmidt-Rahimi") + " (geb. " + m(D, "19.03.1996") + "), Steuer-ID " + m(ID, de_steuerid("5928376150")) +
     ", Sozialversicherungsnummer folgt. Sie zieht in die " + m(A, "Schillerstraße 8a, Whg. 12") + ", 04109 Leipzig." + NL + NL +
     "Viele Grüße" + NL + m(N, "Moritz Albrecht")),
    ("doc", "de", False,
     "Versichertendaten (Österreich)" + NL + "Name: " + m(N, "Maximilian Hofer") + NL + "SV-Nummer: " + m(ID, at_svnr("123", 14, 7, 1982)) +
     NL + "Geburtsdatum: " + m(D, "14.07.1982") + NL + "Adresse: " + m(A, "Mariahilfer Straße 77/3/12") + ", 1060 Wien"),
    ("id", "de", False,
     "Die AHV-Nummer von " + m(N, "Regula Bachmann") + " lautet " + m(ID, ch_ahv("756921847301")) + "; Reisepass " + m(ID, "X4718293") + "."),
    ("doc", "fr", False,
     "Objet : Demande de visa – dossier n° 2024-77812" + NL + "Demandeur : " + m(N, "Aminata Traoré") + NL + "Date de naissance : " +
     m(D, "11 février 1993") + NL + "Passeport malien n° " + m(ID, "AA0471829") + NL + "Hébergée chez : " + "M. et Mme " + m(N, "Koné") +
     ", " + m(A, "27 avenue Jean-Jaurès, appartement 41") + ", 69007 Lyon"),
    ("doc", "fr", False,
     "Registre des présences – Conseil municipal" + NL + "- " + m(N, "Hervé Duchemin") + NL + "- " + m(N, "Fatoumata Diallo") + NL + "- " +
     m(N, "Gwenaëlle Le Bihan") + NL + "- " + m(N, "Pierre-Yves d'Argenson") + NL + "Procuration de " + m(N, "Solène Martin") + " à " +
     m(N, "Hervé Duchemin")),
    ("id", "fr", False,
     "Numéro national belge de " + m(N, "Wouter Claes") + " : " + m(ID, be_nn(1987, 4, 22, "137")) + ". Adresse : " +
     m(A, "Rue de la Loi 155, boîte 3") + ", 1040 Etterbeek."),
    ("doc", "es", False,
     "DENUNCIA – Comisaría de Policía Nacional, Valencia" + NL + "Denunciante: " + m(N, "Rocío Martínez de la Rosa") + ", DNI " +
     m(ID, es_dni("20481736")) + ", nacida el " + m(D, "3 de diciembre de 1982") + ", con domicilio en " + m(A, "Calle de Colón 22, 5.º B") +
     "." + NL + "Expone que el día 14, sobre las 19:30, un varón que se identificó como " + m(N, "Kike") + " le sustrajo el bolso."),
    ("data", "es", False,
     "INSERT INTO pacientes VALUES (4471, '" + m(N, "Juan Carlos") + "', '" + m(N, "Pérez de Guzmán") + "', '" + m(D, "1971-07-30") +
     "', '" + m(ID, es_dni("50183927")) + "');" + NL + "INSERT INTO pacientes VALUES (4472, '" + m(N, "Inmaculada") + "', '" +
     m(N, "Sánchez-Vicario Ruiz") + "', '" + m(D, "1965-01-09") + "', '" + m(ID, es_nie("X", "2847103")) + "');"),
    ("person", "es", False,
     "Querida " + m(N, "Maite") + ":" + NL + "Te escribo desde Oaxaca. Ayer cenamos con " + m(N, "Chuy") + " y con la familia de " +
     m(N, "Guadalupe Itzel Cruz Martínez") + ". Dales un abrazo a " + m(N, "Paco") + " y a tu abuela " + m(N, "Remedios") + "." + NL +
     "Te quiere," + NL + m(N, "Lola")),
    ("doc", "pt", False,
     "BOLETIM DE OCORRÊNCIA nº 4471/2024 – Delegacia de Polícia de Belo Horizonte" + NL + "Vítima: " + m(N, "Francisca das Chagas Moreira") +
     ", CPF " + m(ID, br_cpf("620418375")) + ", nascida em " + m(D, "21/04/1969") + ", residente à " + m(A, "Rua da Bahia 1148, apto 702") + "." +
     NL + "Autor: conhecido apenas como " + m(N, "Neguinho") + "."),
    ("doc", "pt", False,
     "Ficha de inscrição – Escola Básica de Matosinhos" + NL + "Aluno: " + m(N, "Tomás Rodrigues da Costa") + NL + "Data de nascimento: " +
     m(D, "09/09/2014") + NL + "NIF: " + m(ID, pt_nif("26471830")) + NL + "Encarregado de educação: " + m(N, "Helena dos Reis Costa")),
    ("doc", "it", False,
     "Da: " + m(N, "Chiara Ferrante") + NL + "A: ufficio personale" + NL + "Oggetto: assunzione" + NL + NL + "Buongiorno, vi inoltro i dati di " +
     m(N, "Salvatore Esposito") + ", nato il " + m(D, "02/10/1991") + ", codice fiscale " + m(ID, it_cf("SPSSVT91R02F839")) + ", residente in " +
     m(A, "Via dei Tribunali 181, scala B") + ", Napoli." + NL + "Saluti," + NL + m(N, "Chiara")),
    ("doc", "nl", False,
     "Proces-verbaal van aangifte" + NL + "Aangever: " + m(N, "Daan van den Broek") + ", geboren " + m(D, "12 augustus 1977") + " te Arnhem, BSN " +
     m(ID, nl_bsn("28174093")) + ", wonende " + m(A, "Jansbuitensingel 27-II") + ", Arnhem." + NL + "Verdachte: een man die zich " +
     m(N, "Rico") + " noemde."),
    ("data", "nl", False,
     "naam,geboortedatum,bsn" + NL + m(N, "Sophie de Wit") + "," + m(D, "1999-04-02") + "," + m(ID, nl_bsn("19283746")) + NL +
     m(N, "Youssef Bouzid") + "," + m(D, "2001-12-15") + "," + m(ID, nl_bsn("30418275"))),
    ("doc", "en", False,
     "HOTEL REGISTRATION CARD – The Balmoral, Edinburgh" + NL + "Guest: " + m(N, "Lachlan McTavish") + NL + "Nationality: Australian" + NL +
     "Passport: " + m(ID, "PA4718293") + NL + "Date of birth: " + m(D, "30/08/1975") + NL + "Home address: " + m(A, "17 Hargrave Street, Unit 4") +
     ", Paddington NSW 2021" + NL + "TFN (for payroll, staff only): n/a"),
    ("doc", "en", False,
     "ADMISSION SUMMARY" + NL + "Patient: " + "Mrs " + m(N, "Pauline Ng-Hartley") + ", 67F" + NL + "DOB: " + m(D, "12/01/1957") + NL +
     "SIN: " + m(ID, ca_sin("41827365")) + NL + "Address: " + m(A, "302-1120 Davie Street") + ", Vancouver BC" + NL + "NOK: " +
     m(N, "Derek Hartley") + " (husband)"),
    ("chat", "en", False,
     "Slack #front-desk" + NL + m(N, "Marco Bianchi") + ": who's on nights this week?" + NL + m(N, "Chidinma Obi") + ": me and " +
     "@" + m(N, "Lars Eriksen") + NL + m(N, "Marco Bianchi") + ": ok, tell " + m(N, "lars") + " the guest in 412 is " +
     "Ms " + m(N, "Okafor") + ", VIP"),
]

# ---------- round 2: inflected names, patronymics and more national IDs
CASES += [
    ("doc", "pl", False,
     "Wrocław, 14 marca 2024 r." + NL + "Notatka służbowa" + NL + "W dniu dzisiejszym przyjęłam zgłoszenie od " + m(N, "Bożeny Szczepańskiej") +
     " (PESEL " + m(ID, pesel(1961, 2, 8, "0724")) + ") dotyczące zaginięcia jej syna, " + m(N, "Łukasza Szczepańskiego") + ", ur. " +
     m(D, "30.06.2003") + ", zam. " + m(A, "ul. Piłsudskiego 17/4") + " we Wrocławiu." + NL + "Sporządziła: asp. " + m(N, "Marta Zielińska")),
    ("person", "pl", False,
     "Dziękujemy " + m(N, "Jadwidze Lewandowskiej") + " za pyszne ciasto, a " + "panu " + m(N, "Henrykowi") + " za naprawę ogrodzenia. " +
     "Spotkanie z " + m(N, "Wiesławem") + " przełożone na piątek."),
    ("data", "pl", False,
     '[{"imie": "' + m(N, "Małgorzata") + '", "nazwisko": "' + m(N, "Dąbrowska-Szulc") + '", "pesel": "' + m(ID, pesel(1979, 9, 1, "1428")) +
     '", "dowod": "' + m(ID, pl_dowod("CFK", "81204")) + '"}]'),
    ("person", "cs", False,
     "Zápis ze schůze SVJ: paní " + m(N, "Dvořáková") + " předala slovo panu " + m(N, "Vojtěchu Malému") + ". Poděkování patří " +
     m(N, "Kristýně Veselé") + " a " + m(N, "Ondřejovi") + ". Příští schůzi povede " + "Ing. " + m(N, "Radek Pokorný") + "."),
    ("doc", "cs", False,
     "Přihláška ke studiu" + NL + "Jméno: " + m(N, "Tereza") + NL + "Příjmení: " + m(N, "Holubová") + NL + "Rodné číslo: " +
     m(ID, cz_rc(2004, 10, 29, "387", True)) + NL + "Datum narození: " + m(D, "29. 10. 2004") + NL + "Trvalé bydliště: " +
     m(A, "Masarykova 412/17") + ", 602 00 Brno"),
    ("person", "fi", False,
     "Kiitos " + m(N, "Hanna Korhoselle") + " ja " + m(N, "Ville Lehtiselle") + " järjestelyistä. " + m(N, "Annikan") + " kanssa sovimme, että " +
     m(N, "Jari Salosta") + " ei tarvitse kutsua. Terveisin " + m(N, "Pirjo")),
    ("chat", "fi", False,
     m(N, "Olli") + ": moi " + m(N, "essi") + ", tarviin " + m(N, "Veikon") + " hetun päiväkodin lomakkeeseen" + NL + m(N, "Essi") + ": " +
     m(ID, fi_hetu(17, 8, 2019, "274")) + NL + m(N, "Olli") + ": kiitos!"),
    ("person", "hu", False,
     "Jegyzőkönyv: " + m(N, "Tóth Andrásné") + " megnyitotta az ülést. " + m(N, "Kiss Gábor") + " javaslatát " + m(N, "Molnár Zsuzsannával") +
     " együtt terjesztette elő. " + m(N, "Bence") + " jelezte, hogy " + m(N, "Varga Ilonától") + " még nem kapott választ."),
    ("doc", "hu", False,
     "Szállodai bejelentőlap" + NL + "Vezetéknév: " + m(N, "Balogh") + NL + "Utónév: " + m(N, "Krisztina") + NL + "Születési dátum: " +
     m(D, "1988.11.23") + "." + NL + "Személyi igazolvány: " + m(ID, "718293KE") + NL + "Lakcím: " + m(A, "Kossuth Lajos utca 12. 2/5") + ", 6720 Szeged"),
    ("person", "lt", False,
     "Dėkojame " + m(N, "Giedrei Jankauskienei") + " ir " + m(N, "Mantui Stankevičiui") + ". Su " + m(N, "Lina Petraitiene") + " susitiksime "
     "pirmadienį, o " + m(N, "Dariaus") + " prašymą perdavėme direktoriui."),
    ("doc", "lt", False,
     "Svečio registracijos kortelė" + NL + "Vardas ir pavardė: " + m(N, "Paulius Žukauskas") + NL + "Asmens kodas: " +
     m(ID, lt_ak(False, 1991, 12, 3, "044")) + NL + "Paso Nr.: " + m(ID, "24718293") + NL + "Adresas: " + m(A, "Laisvės al. 53-7") + ", Kaunas"),
    ("person", "ru", False,
     "Уважаемая " + m(N, "Тамара Николаевна") + "! Сообщаем, что ваше заявление рассмотрено. По вопросам обращайтесь к " +
     m(N, "Кирееву Алексею Владимировичу") + " или к его заместителю " + m(N, "Полине Игоревне Шевцовой") + "." + NL + "С уважением, " +
     m(N, "Н. А. Гришина")),
    ("doc", "ru", False,
     "РЕЗЮМЕ" + NL + "Фамилия, имя, отчество: " + m(N, "Хабибуллина Альфия Ринатовна") + NL + "Дата рождения: " + m(D, "2 сентября 1994") + " г." +
     NL + "Адрес: " + m(A, "пр-т Победы, д. 117, кв. 56") + ", Уфа" + NL + "Рекомендации: " + m(N, "Гайнуллин Р. Ф.") + ", руководитель отдела"),
    ("id", "ru", False,
     "ЖСН (Казахстан) клиента " + m(N, "Нурлан Сейткалиев") + ": " + m(ID, kz_iin("87051230172")) + "; удостоверение личности № " +
     m(ID, "047182930") + "."),
    ("person", "uk", False,
     "Шановна " + m(N, "Ганно Степанівно") + "! Дякуємо вам і " + m(N, "Віталію Мельнику") + " за допомогу. Передайте привіт " +
     m(N, "Соломії") + " та " + m(N, "Богданові Гнатюку") + "."),
    ("doc", "uk", False,
     "Протокол затримання" + NL + "Затриманий: " + m(N, "Кравчук Ігор Олегович") + ", " + m(D, "11.02.1987") + " р. н., РНОКПП " +
     m(ID, ua_rnokpp("318204756")) + ", зареєстрований за адресою: " + m(A, "вул. Городоцька, 174, кв. 33") + ", м. Львів."),
    ("person", "is", False,
     "Ég hitti " + m(N, "Sigríði Jónsdóttur") + " og " + m(N, "Kára Þorsteinsson") + " í gær. " +
     m(N, "Hildur Guðmundsdóttir") + " biður að heilsa " + m(N, "Nonna") + "."),
    ("data", "is", False,
     "nafn;kennitala;netfang" + NL + m(N, "Ólafur Ragnar Gíslason") + ";" + m(ID, is_kt(4, 2, 1978, "22")) + ";" + m(E, "olirag@simnet.is") + NL +
     m(N, "Ásdís Björnsdóttir") + ";" + m(ID, is_kt(19, 10, 2001, "40")) + ";" + m(E, "asdisb@hi.is")),
    ("person", "et", False,
     "Koosolekul osalesid " + m(N, "Mart Kuusk") + ", " + m(N, "Liis Rebane") + " ja " + m(N, "Andrus") + ". Protokollis " + m(N, "Kersti Mägi") +
     ". Tänu " + m(N, "Jaanile") + " saime ruumi tasuta."),
    ("doc", "lv", False,
     "Slimnīcas uzņemšanas lapa" + NL + "Pacients: " + m(N, "Kristaps Ozols") + NL + "Personas kods: " + m(ID, lv_pk(2, 3, 1966, "118")) + NL +
     "Dzimšanas datums: " + m(D, "02.03.1966") + NL + "Kontaktpersona: " + m(N, "Inese Ozola")),
    ("doc", "sk", False,
     "Zápisnica o podaní vysvetlenia" + NL + "Vypočutý: " + m(N, "Miroslav Baláž") + ", nar. " + m(D, "4. 5. 1980") + ", r. č. " +
     m(ID, cz_rc(1980, 5, 4, "128")) + ", bytom " + m(A, "Hlavná 34, byt 12") + ", Košice. Uviedol, že " + m(N, "Jožkovi") +
     " požičal auto."),
    ("doc", "hr", False,
     "Upisnica – Osnovna škola Split" + NL + "Učenik: " + m(N, "Luka Perić") + NL + "Datum rođenja: " + m(D, "15. 9. 2016") + "." + NL + "OIB: " +
     m(ID, hr_oib("8274019356")) + NL + "Roditelj: " + m(N, "Ana Perić Grgić")),
    ("doc", "sr", False,
     "ЗАПИСНИК О САСЛУШАЊУ" + NL + "Саслушан: " + m(N, "Душан Ђорђевић") + ", рођен " + m(D, "12. 8. 1975") + "." + ", ЈМБГ " +
     m(ID, jmbg(12, 8, 1975, "71", "219")) + ", са пребивалиштем у " + m(A, "улици Његошевој 44, стан 9") + ", Београд."),
    ("doc", "bg", False,
     "СПРАВКА ЗА ПРИЕМ НА РАБОТА" + NL + "Служител: " + m(N, "Десислава Николова Атанасова") + NL + "ЕГН: " + m(ID, bg_egn(2001, 1, 27, "248")) + NL +
     "Дата на раждане: " + m(D, "27.01.2001") + NL + "Пряк ръководител: " + m(N, "Пламен Костов")),
    ("doc", "el", False,
     "ΥΠΕΥΘΥΝΗ ΔΗΛΩΣΗ" + NL + "Ο/Η Όνομα: " + m(N, "Αικατερίνη") + " Επώνυμο: " + m(N, "Βασιλείου-Μαυρίδη") + NL + "Ημερομηνία γέννησης: " +
     m(D, "03/04/1972") + NL + "Α.Φ.Μ.: " + m(ID, gr_afm("12849307")) + NL + "Τόπος κατοικίας: Θεσσαλονίκη, Οδός " + m(A, "Τσιμισκή 48, 5ος όροφος")),
    ("doc", "ro", False,
     "PROCES-VERBAL DE CONSTATARE" + NL + "Subsemnatul agent " + m(N, "Cristian Dumitrescu") + " am constatat că numitul " + m(N, "Marian Stoica") +
     ", CNP " + m(ID, ro_cnp(True, 1977, 3, 30, "12", "457")) + ", domiciliat în " + m(A, "Bd. Unirii nr. 27, bl. 7B, ap. 44") +
     ", Cluj-Napoca, a parcat neregulamentar."),
    ("doc", "tr", False,
     "İŞE GİRİŞ BİLDİRGESİ" + NL + "Sigortalının Adı Soyadı: " + m(N, "Hatice Kübra Şahin") + NL + "T.C. Kimlik No: " + m(ID, tr_tc("472910385")) +
     NL + "Doğum Tarihi: " + m(D, "01/07/1999") + NL + "Adres: " + m(A, "Cumhuriyet Mah. Gazi Bulvarı No: 112 Daire: 9") + ", Konak/İzmir"),
    ("doc", "sv", False,
     "Från: " + m(N, "Anders Nyström") + NL + "Till: " + m(N, "Karin Ek") + NL + "Ämne: Hyresgäst lgh 1204" + NL + NL + "Hej " + m(N, "Karin") +
     "! Nya hyresgästen heter " + m(N, "Mohammed Al-Khatib") + ", pnr " + m(ID, se_pnr(1993, 4, 1, "339")) + ". Han flyttar in på " +
     m(A, "Drottninggatan 71 B, lgh 1204") + " den 1 juni." + NL + "/" + m(N, "Anders")),
    ("doc", "no", False,
     "Innkomstjournal – Haukeland universitetssjukehus" + NL + "Pasient: " + m(N, "Kristian Aas Tveit") + ", f. " + m(D, "22.02.1958") + NL +
     "Fødselsnummer: " + m(ID, no_fnr(22, 2, 1958, "215")) + NL + "Pårørende: " + m(N, "Solveig Tveit") + " (datter)"),
    ("doc", "da", False,
     "Elevkort – Frederiksberg Gymnasium" + NL + "Elev: " + m(N, "Emil Bøgh Nørgaard") + NL + "CPR: " + m(ID, dk_cpr(9, 5, 2007, 4150)) + NL +
     "Forælder: " + m(N, "Louise Bøgh") + NL + "Adresse: " + m(A, "Gammel Kongevej 120, 2. tv.") + ", 1850 Frederiksberg C"),
    ("person", "ga", False,
     "Bhí " + m(N, "Tomás Ó Súilleabháin") + " agus a bhean " + m(N, "Éabha Nic an tSaoi") + " i láthair. Ghabh " + m(N, "Fionnuala") +
     " buíochas le " + m(N, "Liam Mac Cárthaigh") + "."),
    ("person", "cy", False,
     "Annwyl " + m(N, "Elin") + "," + NL + "Roedd yn braf cwrdd â " + m(N, "Dafydd ab Iorwerth") + " a " + m(N, "Ceri Rhys") + " ddoe." + NL +
     "Cofion cynnes," + NL + m(N, "Owain")),
    ("doc", "ca", False,
     "Sol·licitud d'empadronament" + NL + "Nom i cognoms: " + m(N, "Pere Joan Vidal i Roca") + NL + "NIE del cònjuge: " + m(ID, es_nie("Z", "1048273")) +
     NL + "Cònjuge: " + m(N, "Ioana Vidal") + NL + "Domicili: " + m(A, "Passeig de Gràcia 92, principal 1a") + ", Barcelona"),
    ("doc", "eu", False,
     "Ikaslearen fitxa" + NL + "Izena: " + m(N, "Unai") + NL + "Abizenak: " + m(N, "Bengoetxea Arrieta") + NL + "Jaiotza-data: " + m(D, "2012/06/08") + NL +
     "Gurasoa: " + m(N, "Nerea Arrieta Zubiri") + ", NAN " + m(ID, es_dni("30671284"))),
]

# ---------- round 2: Asia
CASES += [
    ("doc", "zh", False,
     "员工档案" + NL + "姓名：" + m(N, "上官雨桐") + NL + "出生日期：" + m(D, "1995-10-08") + NL + "身份证号码：" +
     m(ID, cn_id("440305", 1995, 10, 8, "482")) + NL + "现住址：深圳市南山区" + m(A, "科苑南路2666号中国华润大厦B座1702") + NL +
     "紧急联系人：" + m(N, "上官建国") + "（父亲）"),
    ("doc", "zh", False,
     "报案笔录" + NL + "报案人" + m(N, "刘芳") + "称，昨晚她在" + m(A, "解放西路127号") + "附近被一名自称“" + m(N, "阿强") + "”的男子骗走手机。" +
     "报案人身份证号" + m(ID, cn_id("430102", 1989, 4, 17, "326")) + "，出生于" + m(D, "1989年4月17日") + "。"),
    ("person", "zh", False,
     "感谢" + m(N, "陈") + "老师和" + m(N, "吴佳琪") + "同学的帮助，" + m(N, "小胖") + "这次数学考了满分。"),
    ("data", "zh", False,
     "姓名,身份证号,出生日期" + NL + m(N, "郑浩然") + "," + m(ID, cn_id("330106", 2000, 1, 23, "517")) + "," + m(D, "2000-01-23") + NL +
     m(N, "诸葛晓蕾") + "," + m(ID, cn_id("510107", 1998, 12, 5, "208")) + "," + m(D, "1998-12-05")),
    ("chat", "zh", False,
     "【微信群：3号楼业主】" + NL + m(N, "张") + "阿姨：谁捡到一个钱包？里面有" + m(N, "何志强") + "的身份证" + NL +
     m(N, "Kevin 李") + "：我看到了，在物业那里" + NL + m(N, "何志强") + "：谢谢大家！"),
    ("doc", "ja", False,
     "診療申込書" + NL + "フリガナ：ワタナベ ユウイチロウ" + NL + "氏名：" + m(N, "渡辺雄一郎") + NL + "生年月日：" + m(D, "昭和58年2月14日") + NL +
     "住所：京都府京都市左京区" + m(A, "北白川東平井町12-3 コーポ白川201") + NL + "保険者番号：06130016"),
    ("person", "ja", False,
     "先日は" + m(N, "伊藤") + "先生と" + m(N, "松本由美") + "さんにお世話になりました。" + m(N, "翔太") + "くんにもよろしくお伝えください。" + NL + m(N, "木村あかり")),
    ("id", "ja", False,
     "運転免許証番号：" + m(ID, "304718293050") + "、氏名：" + m(N, "斎藤 大輔") + "、住所：名古屋市中区" + m(A, "栄3丁目15-33") + "。"),
    ("chat", "ja", False,
     "[LINE] 2024/05/12(日)" + NL + "21:03 " + m(N, "まゆ") + " " + m(N, "たっくん") + "、パスポート番号教えて！" + NL + "21:05 " + m(N, "たっくん") + " " +
     m(ID, "TR4719205") + NL + "21:05 " + m(N, "まゆ") + " ありがと〜"),
    ("doc", "ko", False,
     "재직증명서" + NL + "성명: " + m(N, "황보현우") + NL + "생년월일: " + m(D, "1992.07.21") + NL + "주소: 부산광역시 해운대구 " +
     m(A, "센텀중앙로 97, 에이동 2503호") + NL + "발급 담당자: " + m(N, "오세진") + " 과장"),
    ("person", "ko", False,
     "다음 주 회의에는 " + m(N, "윤서아") + " 대리, " + m(N, "강도윤") + " 차장, 그리고 인턴 " + m(N, "민지") + "가 참석합니다. " +
     m(N, "제갈성민") + " 님은 불참입니다."),
    ("data", "ko", False,
     '{"이름": "' + m(N, "송하은") + '", "주민번호": "' + m(ID, kr_rrn(1997, 2, 11, 2, "10482")) + '", "주소": "' + m(A, "세종대로 110, 3층") + '"}'),
    ("doc", "vi", False,
     "BIÊN BẢN LÀM VIỆC" + NL + "Hôm nay, tại trụ sở Công an phường Bến Nghé, chúng tôi gồm: Đại úy " + m(N, "Võ Minh Tâm") +
     ", làm việc với bà " + m(N, "Đặng Thị Hồng Nhung") + ", sinh ngày " + m(D, "08/08/1972") + ", CCCD số " + m(ID, "079172003814") +
     ", trú tại " + m(A, "112 Nguyễn Huệ, lầu 4") + ", Quận 1, TP. Hồ Chí Minh."),
    ("person", "vi", False,
     "Thân gửi " + m(N, "Tuấn") + "," + NL + "Tuần sau " + m(N, "Hoàng Anh") + " và " + m(N, "Ngô Thị Mai") +
     " sẽ lên Đà Lạt. Nhớ chào bác " + m(N, "Sáu") + " giùm mình." + NL + m(N, "Quyên")),
    ("doc", "th", False,
     "ใบลงทะเบียนผู้เข้าพัก โรงแรมริมน้ำ เชียงใหม่" + NL + "ชื่อ: " + m(N, "ณัฐวุฒิ แก้วมณี") + NL + "เลขบัตรประชาชน: " +
     m(ID, th_id("350010047182")) + NL + "วันเกิด: " + m(D, "14/02/2530") + NL + "ผู้ติดตาม: " + m(N, "พิมพ์ชนก แก้วมณี")),
    ("person", "th", False,
     "ขอบคุณพี่" + m(N, "หนึ่ง") + "และน้อง" + m(N, "ฝน") + "ที่ช่วยงาน คุณ" + m(N, "ประยุทธ์ศักดิ์ มั่นคง") + "ฝากบอกว่าพรุ่งนี้ประชุมเก้าโมง"),
    ("doc", "id", False,
     "SURAT KETERANGAN DOMISILI" + NL + "Yang bertanda tangan di bawah ini, Lurah Kebayoran Baru, menerangkan bahwa:" + NL + "Nama: " +
     m(N, "Muhammad Rizky Pratama") + NL + "NIK: " + m(ID, "3174091508960004") + NL + "Tempat/Tgl. Lahir: Bandung, " + m(D, "15 Agustus 1996") + NL +
     "Alamat: " + m(A, "Jl. Senopati Raya No. 45, RT 002/RW 003") + NL + "benar berdomisili di wilayah kami."),
    ("chat", "id", False,
     m(N, "Putri") + ": " + "bang " + m(N, "ucok") + " udah kirim KTP belum?" + NL + m(N, "Ucok Simanjuntak") + ": udah, NIK-nya " +
     m(ID, "1275011207880001") + NL + m(N, "Putri") + ": oke makasih bang"),
    ("doc", "tl", False,
     "BARANGAY CLEARANCE" + NL + "This is to certify that " + m(N, "Ma. Lourdes Bautista-Villanueva") + ", born on " + m(D, "April 2, 1984") +
     ", residing at " + m(A, "123 Rizal Avenue, Unit 4B") + ", Brgy. Poblacion, Makati City, is a bona fide resident. UMID CRN: " +
     m(ID, "0111-4718293-0") + "." + NL + "Punong Barangay: Hon. " + m(N, "Ernesto Dimaculangan")),
    ("person", "tl", False,
     "Salamat kay " + "Tita " + m(N, "Baby") + " at kay " + "Kuya " + m(N, "Boyet") + " sa tulong. Si " +
     m(N, "Analyn Pascual") + " na ang bahala sa handaan."),
    ("doc", "hi", False,
     "प्रथम सूचना रिपोर्ट (FIR)" + NL + "शिकायतकर्ता: " + m(N, "मोहम्मद आसिफ़ क़ुरैशी") + ", पुत्र " + m(N, "अब्दुल रशीद क़ुरैशी") + NL +
     "जन्म तिथि: " + m(D, "03-09-1988") + NL + "पता: " + m(A, "फ़्लैट नं. 302, ब्लॉक सी, शांति अपार्टमेंट") + ", गोमती नगर, लखनऊ" + NL +
     "आधार: " + m(ID, in_aadhaar("82031947562"))),
    ("person", "hi", False,
     "प्रिय " + m(N, "अंजलि") + "," + NL + "कल " + m(N, "विकास मल्होत्रा") + " जी और " + m(N, "गुड्डू") + " घर आए थे। " + m(N, "कमला देवी") +
     " ने तुम्हें याद किया।" + NL + "तुम्हारा," + NL + m(N, "संजय")),
    ("doc", "bn", False,
     "চাকরির আবেদনপত্র" + NL + "নাম: " + m(N, "মোহাম্মদ রাকিবুল ইসলাম") + NL + "জন্ম তারিখ: " + m(D, "০৫/০৬/১৯৯৫") + NL + "জাতীয় পরিচয়পত্র: " +
     m(ID, "১৯৯৫২৬৯৪৭১৮২৯৩০৫৫") + NL + "ঠিকানা: " + m(A, "বাসা ৪৫, সড়ক ১১, ব্লক সি") + ", বনানী, ঢাকা"),
    ("person", "bn", False,
     "প্রিয় " + m(N, "রুমানা") + ", আজ " + m(N, "অনিক চক্রবর্তী") + " আর " + m(N, "পলাশ") + " এসেছিল। " + m(N, "শর্মিষ্ঠা") +
     " তোমাকে শুভেচ্ছা জানিয়েছে।"),
    ("doc", "ta", False,
     "பள்ளி சேர்க்கை படிவம்" + NL + "மாணவர் பெயர்: " + m(N, "அருண் குமார்") + NL + "பிறந்த தேதி: " + m(D, "12-06-2013") + NL + "பெற்றோர்: " +
     m(N, "மீனாட்சி சுந்தரம்") + NL + "முகவரி: " + m(A, "கதவு எண் 7, பாரதியார் சாலை") + ", கோயம்புத்தூர்"),
    ("doc", "te", False,
     "ఉద్యోగి వివరాలు" + NL + "పేరు: " + m(N, "వెంకట సాయి కృష్ణ") + NL + "పాన్: " + m(ID, "AKZPK4718L") + NL + "పుట్టిన తేదీ: " + m(D, "09/01/1993") + NL +
     "మేనేజర్: " + m(N, "రమాదేవి చౌదరి")),
    ("doc", "km", False,
     "លិខិតឆ្លងដែន" + NL + "នាមត្រកូល និងនាមខ្លួន: " + m(N, "ហេង សុវណ្ណារី") + NL + "លេខលិខិតឆ្លងដែន: " + m(ID, "N04718293") + NL +
     "ថ្ងៃខែឆ្នាំកំណើត: " + m(D, "០៣/១១/១៩៨៩")),
    ("person", "km", False,
     "សូមអរគុណ" + "បង" + m(N, "ស្រីមុំ") + " និងលោក" + m(N, "ពេជ្រ រតនា") + " ដែលបានជួយ។"),
]

# ---------- round 2: Middle East, Caucasus, Africa
CASES += [
    ("doc", "ar", False,
     "طلب تأشيرة زيارة عائلية" + NL + "اسم مقدم الطلب: " + m(N, "يوسف بن سالم الحارثي") + NL + "رقم جواز السفر: " + m(ID, "P04718293") + NL +
     "تاريخ الميلاد: " + m(D, "٠٧/٠٣/١٩٨٠") + NL + "اسم المزور: " + m(N, "هند الحارثي") + " (أخت)" + NL + "عنوان الإقامة: " +
     m(A, "شارع الأمير سلطان، فيلا 18") + "، جدة"),
    ("person", "ar", False,
     "حضر الاجتماع كل من: " + "د. " + m(N, "ليلى عبد الكريم") + "، " + m(N, "عمر الفاروق السيد") + "، " + m(N, "أبو خليل") +
     "، و" + m(N, "منى") + ". وتولى " + m(N, "سامر بن حمد") + " كتابة المحضر."),
    ("data", "ar", False,
     "الاسم,رقم الهوية,تاريخ الميلاد" + NL + m(N, "عبدالعزيز القحطاني") + "," + m(ID, sa_id("110472918")) + "," + m(D, "1990-11-02") + NL +
     m(N, "ريم السبيعي") + "," + m(ID, sa_id("109283746")) + "," + m(D, "1994-04-19")),
    ("doc", "fa", False,
     "گزارش پلیس" + NL + "شاکی: " + m(N, "محمدرضا کریمی") + " فرزند " + m(N, "حسن") + NL + "کد ملی: " + m(ID, ir_melli("017284935")) + NL +
     "تاریخ تولد: " + m(D, "۱۳۶۲/۰۸/۱۴") + NL + "نشانی: اصفهان، " + m(A, "خیابان چهارباغ عباسی، پلاک ۴۵، طبقه دوم")),
    ("person", "fa", False,
     "سلام " + m(N, "شیرین") + " جان، دیروز " + m(N, "بابک") + " و خانم " + m(N, "نوری") + " را دیدم. " + m(N, "پرستو صادقی") + " هم سلام رساند."),
    ("doc", "ur", False,
     "ایف آئی آر نمبر 118/2024، تھانہ گلبرگ" + NL + "مدعی: " + m(N, "محمد آصف ملک") + " ولد " + m(N, "غلام رسول") + NL + "شناختی کارڈ: " +
     m(ID, "35201-7718203-9") + NL + "پتہ: " + m(A, "مکان نمبر 221، بلاک ڈی") + "، گلبرگ تھری، لاہور"),
    ("person", "ur", False,
     "پیاری " + m(N, "نادیہ") + "، کل " + m(N, "فرحان") + " بھائی اور " + "بیگم " + m(N, "شمیم اختر") + " آئے تھے۔"),
    ("doc", "he", False,
     "כרטיס אורח – מלון דן, תל אביב" + NL + "שם: " + m(N, "אלכסנדר (סשה) פרידמן") + NL + "מספר דרכון: " + m(ID, "27718203") + NL +
     "תאריך לידה: " + m(D, "04/06/1969") + NL + "כתובת: " + m(A, "שדרות רוטשילד 44, דירה 12") + ", תל אביב"),
    ("person", "he", False,
     "שלום " + m(N, "דנה") + ", אתמול " + m(N, "עמית בן חיים") + " ו" + m(N, "שירה") + " הגיעו לישיבה. " + "הרב " + m(N, "מנחם זילברמן") + " ביקש להעביר ד״ש."),
    ("doc", "ka", False,
     "სამსახურში მიღების ბრძანება" + NL + "თანამშრომელი: " + m(N, "დავით ხარაიშვილი") + NL + "პირადი ნომერი: " + m(ID, "35001047182") + NL +
     "დაბადების თარიღი: " + m(D, "21.02.1990") + NL + "მისამართი: " + m(A, "აღმაშენებლის გამზირი 120, ბინა 7") + ", თბილისი"),
    ("doc", "hy", False,
     "ԱՇԽԱՏԱՆՔԻ ԸՆԴՈՒՆՄԱՆ ՀԱՄԱՁԱՅՆԱԳԻՐ" + NL + "Աշխատող: " + m(N, "Նարեկ Գրիգորյան") + NL + "Անձնագիր: " + m(ID, "AR0918273") + NL +
     "Ծննդյան օր: " + m(D, "09.09.1993") + NL + "Հասցե: " + m(A, "Թումանյան փողոց 8, բն. 23") + ", Երևան"),
    ("doc", "am", False,
     "የፖሊስ ቃል መቀበያ" + NL + "አመልካች: " + m(N, "ብርሃኑ ወልደማርያም") + NL + "ዕድሜ፡ 41" + NL + "የትውልድ ቀን: " + m(D, "05/09/1983") + NL +
     "መታወቂያ ቁጥር: " + m(ID, "AA/01/4718293") + NL + "ተከሳሽ: " + m(N, "ሰለሞን ታምሩ")),
    ("person", "am", False,
     "ውድ " + m(N, "ትዕግስት") + "፣ ትናንት " + m(N, "ዮሐንስ አበራ") + " እና " + m(N, "መሰረት") + " መጥተው ነበር። ሰላምታ ከ" + m(N, "ሃና") + "።"),
    ("doc", "sw", False,
     "RIPOTI YA POLISI – Kituo cha Kati, Mombasa" + NL + "Mlalamikaji: " + m(N, "Fatuma Said Omar") + ", mwenye kitambulisho Na. " + m(ID, "31027465") +
     ", aliyezaliwa " + m(D, "12 Machi 1987") + ", anaishi " + m(A, "Barabara ya Nkrumah, Jengo Na. 14, Chumba 3") + "." + NL +
     "Mtuhumiwa: anajulikana kama " + "Kaka " + m(N, "Ben")),
    ("person", "sw", False,
     "Habari " + m(N, "Neema") + "! Mkutano wa jana ulihudhuriwa na " + "Mzee " + m(N, "Ramadhani Kombo") + ", " + m(N, "Grace Achieng") + " na " +
     m(N, "Kevo") + ". Salamu kutoka kwa " + "mama " + m(N, "Tumaini") + "."),
    ("doc", "yo", False,
     "ÌWÉ Ẹ̀RỌ ÀWỌN OṢIṢẸ́" + NL + "Orúkọ: " + m(N, "Olúwaṣeun Babátúndé") + NL + "Nọ́mbà ìwé ìrìnnà: " + m(ID, "A07182930") + NL + "BVN: " +
     m(ID, "22471829305") + NL + "Ọjọ́ ìbí: " + m(D, "1 Oṣù Kẹta 1991")),
    ("person", "yo", False,
     "Ẹ kú àárọ̀ " + "Bàbá " + m(N, "Àdìsá") + "! " + m(N, "Yétúndé") + " àti " + m(N, "Ọmọ́lará Ògúnlé") + " ti dé láti Ìbàdàn."),
    ("doc", "ha", False,
     "TAKARDAR SHAIDA" + NL + "Sunan mai shaida: " + m(N, "Abubakar Garba Yusuf") + NL + "Ranar haihuwa: " + m(D, "12/12/1984") + NL + "Lambar fasfo: " +
     m(ID, "A09182736") + NL + "Adireshi: Gida mai lamba " + m(A, "7, Titin Murtala Mohammed") + ", Kano"),
    ("doc", "ig", False,
     "AKWỤKỌ NDEBANYE NA ỤLỌ ỌGWỤ" + NL + "Aha onye ọrịa: " + m(N, "Chiamaka Nwachukwu") + NL + "Ụbọchị ọmụmụ: " + m(D, "03/03/1997") + NL +
     "NIN: " + m(ID, "71829305561") + NL + "Onye ikwu: " + m(N, "Ikenna Nwachukwu") + " (nwanne)"),
    ("doc", "zu", False,
     "UMBIKO WAMAPHOYISA – Isiteshi saseKwaMashu" + NL + "Ummangali: " + m(N, "Lindiwe Zungu") + ", inombolo kamazisi " +
     m(ID, za_id(1985, 9, 30, "0823")) + ", uhlala e-" + m(A, "112 Inanda Road") + "." + NL + "Umsolwa: owaziwa ngokuthi " + "Bhuti " + m(N, "Sbu")),
    ("person", "zu", False,
     "Sanibona " + m(N, "Zanele") + "! Umhlangano ubuhanjelwe ngu" + m(N, "Mandla Khumalo") + " no" + m(N, "Ayanda") + "."),
]

# ================================================================ round 2: hard negatives
CASES += [
    ("neg", "en", True,
     "Mercedes, Victoria and Florence are the three branch stations on the new line; Georgia Power and Jordan Valley Water share the "
     "depot near Lincoln Square."),
    ("neg", "en", True,
     "Tonight on Channel 4: 'Forrest Gump' (1994), followed by 'Annie Hall' and a documentary on the RMS Queen Elizabeth. Storm Babet "
     "warnings remain in place for Aberdeenshire."),
    ("neg", "en", True,
     "Chapter 7 – Margaret Thatcher and the Miners' Strike" + NL + "Chapter 8 – Tony Blair, New Labour and the Good Friday Agreement" + NL +
     "Chapter 9 – Brexit: From Cameron to Johnson"),
    ("neg", "en", True,
     "Booking ref: ZX7Q4P. Flight BA2490 departs Gatwick North at 07:40 on Friday 14 June. Seat 23C. Aircraft G-EUYB, Airbus A320."),
    ("neg", "en", True,
     "Spare parts: part no. C4718293 (hinge), model AB1234567 (compressor), IMEI " + imei("35209900176148") + " on the returned handset, "
     "batch L2024-0917."),
    ("neg", "en", True,
     "Attendees by department: Finance, Legal, Procurement, Customer Success, Facilities. Chair: Chief Operating Officer. "
     "Minutes taken by the Company Secretary."),
    ("neg", "en", True,
     "The Ada Lovelace Building, the Alan Turing Institute and the Rosalind Franklin Laboratory will host Open House London on "
     "Saturday and Sunday, 21–22 September."),
    ("neg", "en", True,
     "Certificate issued 2019-05-01, valid until 2029-04-30. Company registered on 12 March 1989 under number 02345678; VAT GB 123 4567 89."),
    ("neg", "de", True,
     "Termine: Montag, 3. Juni – Einweihung der Sophie-Scholl-Schule; Dienstag – Sitzung des Bauausschusses im Rathaus Schöneberg; "
     "Donnerstag – Tag der offenen Tür bei Siemens Healthineers."),
    ("neg", "de", True,
     "Die Bücher von Thomas Mann und Hermann Hesse stehen im Regal neben dem Duden; Ludwig van Beethoven wurde 1770 in Bonn getauft."),
    ("neg", "fr", True,
     "Le paquebot France, la tempête Alex et le TGV Lyria figurent dans l'exposition du Musée des Arts et Métiers, rue Réaumur, jusqu'en janvier."),
    ("neg", "fr", True,
     "Référence dossier : 24-AB-07718, numéro de contrat 0047182930, immatriculation GH-471-KZ, numéro de lot 2024/09/17."),
    ("neg", "es", True,
     "Los Reyes Magos llegan a la Plaza Mayor el 5 de enero; El Corte Inglés, Telefónica y Mercadona cierran el Día de Reyes."),
    ("neg", "es", True,
     "Expediente 2024/CT-118, referencia catastral 9872023VH5797S0001WX, número de póliza 77-4718293, vuelo IB3166 a Buenos Aires."),
    ("neg", "it", True,
     "La nave Amerigo Vespucci attracca a Genova; Leonardo da Vinci, Galileo Galilei e Dante Alighieri sono i temi della mostra a Palazzo Ducale."),
    ("neg", "pt", True,
     "Vagas: Gerente de Loja (Shopping Iguatemi), Analista de RH (Avenida Paulista) e Coordenadora Pedagógica (Colégio Santa Maria). "
     "Entrevistas às quartas-feiras de março."),
    ("neg", "nl", True,
     "De Johan Cruijff ArenA, het Anne Frank Huis en het Van Gogh Museum trekken de meeste bezoekers; Willem-Alexander opende de tentoonstelling."),
    ("neg", "pl", True,
     "Rozkład: pociąg IC 5320 „Kossak” odjeżdża z Krakowa Głównego o 7:15; EIP „Słowacki” kursuje w soboty i niedziele do Gdyni."),
    ("neg", "cs", True,
     "Lodě Vltava a Bohemia vyplouvají z náplavky u Palackého mostu; Bedřich Smetana a Antonín Dvořák jsou na programu Pražského jara."),
    ("neg", "fi", True,
     "Tapahtumat: maanantaina Sibelius-talossa konsertti, tiistaina Alvar Aallon näyttely, keskiviikkona Finlandia-palkinnon jako."),
    ("neg", "sv", True,
     "Astrid Lindgrens Värld, Nobelmuseet och Skansen har öppet hela juli; Alfred Nobel föddes 1833 i Stockholm."),
    ("neg", "no", True,
     "Stillingstittel: Avdelingsleder, Helse Bergen. Oppstart: mandag 5. august. Kontor i Christian Michelsens gate."),
    ("neg", "da", True,
     "Skibet Dannebrog, Tivoli og Ny Carlsberg Glyptotek deltager i Kulturnatten; Søren Kierkegaard-udstillingen åbner fredag."),
    ("neg", "hu", True,
     "A Petőfi Sándor utcai Széchenyi István Gimnázium és a Liszt Ferenc Zeneakadémia közös hangversenyt tart pénteken."),
    ("neg", "ro", True,
     "Festivalul Enescu, Teatrul Național Ion Luca Caragiale și Biblioteca Mihai Eminescu au program prelungit în noiembrie."),
    ("neg", "tr", True,
     "Pozisyon: İnsan Kaynakları Müdürü, Koç Holding, Nakkaştepe. Mülakatlar Salı ve Perşembe günleri, Ekim ayı boyunca."),
    ("neg", "el", True,
     "Το πλοίο Blue Star Delos αναχωρεί από τον Πειραιά την Παρασκευή· στο Μουσείο Ακρόπολης παρουσιάζεται έκθεση για τον Περικλή."),
    ("neg", "ru", True,
     "Теплоход «Михаил Шолохов» отправляется с Речного вокзала в пятницу; циклон «Хавьер» принёс ливни в Краснодар."),
    ("neg", "uk", True,
     "Потяг «Інтерсіті+» № 743 Київ — Харків відправляється о 6:55; у Національному музеї — виставка про Івана Франка."),
    ("neg", "bg", True,
     "Паспорт на изделието: модел ZX-4718, сериен номер BG2024-09-17, гаранционна карта № 0047182930."),
    ("neg", "sr", True,
     "Радно место: Шеф рачуноводства, ЈП „Србијагас“, Нови Сад. Разговори у понедељак и среду током јуна."),
    ("neg", "ka", True,
     "ფილმი „მიმინო“ და სპექტაკლი „ვეფხისტყაოსანი“ კვირას ჩვენდება მარჯანიშვილის თეატრში; ილია ჭავჭავაძის გამოფენა გრძელდება."),
    ("neg", "hy", True,
     "Թատրոնում կբեմադրվի «Անուշ» օպերան, իսկ Արամ Խաչատրյանի տուն-թանգարանում կբացվի ցուցահանդես։"),
    ("neg", "am", True,
     "የሥራ መደብ፡ የሰው ሀብት ሥራ አስኪያጅ፣ የኢትዮጵያ ንግድ ባንክ፣ ቦሌ ቅርንጫፍ። ቃለ መጠይቅ ሰኞ እና ረቡዕ።"),
    ("neg", "zh", True,
     "《红楼梦》《三国演义》和电影《霸王别姬》将在国家图书馆展出；“长江三号”货轮今晨驶离武汉港。"),
    ("neg", "zh", True,
     "产品型号：E71829304-B，批号：20240917，零件编号：C4718293，ISBN " + isbn13_fmt("978", "7", "02", "002430") + "。"),
    ("neg", "ja", True,
     "映画『千と千尋の神隠し』と小説『ノルウェイの森』が図書館の特集コーナーに並びます。坂本龍馬の展示は金曜日まで。"),
    ("neg", "ja", True,
     "予約番号：ZX7Q4P、便名：NH0203、座席：23C、部品番号：TK4718293-A。"),
    ("neg", "ko", True,
     "드라마 〈대장금〉과 영화 〈기생충〉이 부산 영화의전당에서 상영됩니다. 김구 선생 기념관은 월요일 휴관입니다."),
    ("neg", "ko", True,
     "채용 공고: 인사팀장 (LG에너지솔루션, 여의도 본사), 면접일 화요일·목요일, 마감 3월 31일."),
    ("neg", "ar", True,
     "رقم الرحلة SV1021، رقم الحجز QX7P4Z، رقم المقعد 23C، الطراز بوينغ 787، رقم القطعة P04718293-A."),
    ("neg", "ar", True,
     "تعرض دار الأوبرا فيلم «الرسالة» ومسرحية «مدرسة المشاغبين»، ويقام معرض عن أم كلثوم وطه حسين في قصر الثقافة."),
    ("neg", "fa", True,
     "فیلم «جدایی نادر از سیمین» و کتاب «بوف کور» صادق هدایت در نمایشگاه کتاب تهران معرفی می‌شوند."),
    ("neg", "he", True,
     "הספינה ״מאור״ יוצאת מנמל חיפה ביום שלישי; במוזיאון ישראל מוצגת תערוכה על גולדה מאיר ויצחק רבין."),
    ("neg", "ur", True,
     "اسامی: منیجر ہیومن ریسورس، اسٹیٹ بینک آف پاکستان، آئی آئی چندریگر روڈ، کراچی۔ انٹرویو پیر اور بدھ کو۔"),
    ("neg", "hi", True,
     "फ़िल्म 'शोले' और उपन्यास 'गोदान' पर आधारित प्रदर्शनी इंडिया गेट के पास लगेगी; प्रेमचंद का जन्म 1880 में हुआ था।"),
    ("neg", "bn", True,
     "পদের নাম: মানবসম্পদ ব্যবস্থাপক, ব্র্যাক ব্যাংক, গুলশান শাখা। সাক্ষাৎকার রবিবার ও মঙ্গলবার।"),
    ("neg", "ta", True,
     "திரைப்படம் 'பொன்னியின் செல்வன்' மற்றும் கல்கி அவர்களின் நாவல் பற்றிய கண்காட்சி சென்னை அருங்காட்சியகத்தில் நடைபெறும்."),
    ("neg", "te", True,
     "సినిమా 'బాహుబలి' ప్రదర్శన శుక్రవారం ప్రసాద్స్ ఐమ్యాక్స్‌లో; శ్రీకృష్ణదేవరాయల చరిత్రపై ఉపన్యాసం శనివారం."),
    ("neg", "th", True,
     "ตำแหน่ง: ผู้จัดการฝ่ายบุคคล บริษัท ปูนซิเมนต์ไทย จำกัด สำนักงานใหญ่บางซื่อ สัมภาษณ์ทุกวันอังคารและพฤหัสบดี"),
    ("neg", "km", True,
     "ខ្សែភាពយន្ត «ពស់កេងកង» និងសៀវភៅ «ទុំទាវ» នឹងត្រូវបង្ហាញនៅបណ្ណាល័យជាតិ ថ្ងៃសៅរ៍។"),
    ("neg", "vi", True,
     "Vị trí: Trưởng phòng Nhân sự, Tập đoàn Viettel, tòa nhà Lê Duẩn. Phỏng vấn thứ Ba và thứ Năm trong tháng Mười."),
    ("neg", "id", True,
     "Film 'Laskar Pelangi' dan novel 'Bumi Manusia' karya Pramoedya Ananta Toer dibahas di Perpustakaan Nasional hari Sabtu."),
    ("neg", "tl", True,
     "Pelikula: 'Heneral Luna' at 'Himala'; aklat: 'Noli Me Tangere'. Palabas sa Cultural Center of the Philippines tuwing Biyernes."),
    ("neg", "sw", True,
     "Nafasi: Meneja wa Rasilimali Watu, Benki ya CRDB, Makao Makuu, Barabara ya Ali Hassan Mwinyi. Usaili Jumanne na Alhamisi."),
    ("neg", "yo", True,
     "Fíìmù 'Àníkúlápó' àti ìwé 'Ògbójú Ọdẹ Nínú Igbó Irúnmọlẹ̀' ti D. O. Fágúnwà ni a ó jíròrò ní Ọjọ́ Àbámẹ́ta."),
    ("neg", "ha", True,
     "Fim ɗin 'Sangaya' da littafin 'Magana Jari Ce' za a nuna su a ɗakin karatu na Jami'ar Bayero ranar Asabar."),
    ("neg", "ig", True,
     "Ọrụ: Onye njikwa ndị ọrụ, First Bank, Okpara Avenue, Enugu. A ga-agba ajụjụ ọnụ na Mọnde na Wenezde."),
    ("neg", "zu", True,
     "Ifilimu 'Sarafina!' nencwadi ka-B. W. Vilakazi kuzoxoxwa ngakho eMnyuziyamu waseDurban ngoMgqibelo."),
    ("neg", "is", True,
     "Skipið Herjólfur siglir frá Landeyjahöfn á föstudag; Hallgrímskirkja og Harpa eru opnar á Menningarnótt."),
    ("neg", "et", True,
     "Tellimuse number 2024-77812, arve nr 0917, saadetise kood EE447182930, toote kood 4410-X."),
    ("neg", "lv", True,
     "Amats: Personāla daļas vadītājs, Latvijas Banka, K. Valdemāra iela. Intervijas otrdienās un ceturtdienās."),
    ("neg", "lt", True,
     "Užsakymo Nr. LT-2024-77812, sąskaita 0917, siuntos kodas LT447182930, prekės kodas 4410-X."),
    ("neg", "sk", True,
     "Objednávka č. 2024-77812, faktúra 0917, číslo zásielky SK447182930, typ vozidla Škoda Octavia."),
    ("neg", "hr", True,
     "Narudžba br. 2024-77812, račun 0917, broj pošiljke HR447182930, šifra proizvoda 4410-X."),
    ("neg", "sl", True,
     "Naročilo št. 2024-77812, račun 0917, številka pošiljke SI447182930, model Renault Clio."),
    ("neg", "ca", True,
     "Comanda núm. 2024-77812, factura 0917, número d'enviament ES447182930, model Seat Ibiza."),
    ("neg", "eu", True,
     "Eskaera zenbakia 2024-77812, faktura 0917, bidalketa kodea ES447182930."),
    ("neg", "ga", True,
     "Post: Bainisteoir Acmhainní Daonna, Údarás na Gaeltachta, Na Forbacha. Agallaimh ar an Máirt agus ar an Déardaoin."),
    ("neg", "cy", True,
     "Swydd: Rheolwr Adnoddau Dynol, Prifysgol Bangor. Cyfweliadau ddydd Mawrth a dydd Iau ym mis Hydref."),
]

# ================================================================ round 3: more positives
CASES += [
    ("id", "en", False,
     "Visitor log, Changi Business Park, Tower 2" + NL + "09:12  " + m(N, "Tan Wei Ling") + "  NRIC " + m(ID, sg_nric("S", "8471829")) + "  host: " +
     m(N, "Rajendran P.") + NL + "09:40  " + m(N, "Nur Aisyah binte Rahmat") + "  FIN " + m(ID, sg_nric("G", "4718293")) + "  host: " + "Mdm " + m(N, "Lim")),
    ("id", "en", False,
     "The claimant, " + m(N, "Thabo Mokoena") + " (ID " + m(ID, za_id(1979, 11, 2, "5471")) + "), lives at " + m(A, "9 Jan Smuts Avenue, Unit 12") +
     ", Rosebank, Johannesburg."),
    ("id", "en", False,
     "Kindly note that " + m(N, "Chinonso Eze") + "'s NIN is " + m(ID, "30718294055") + " and his international passport number is " +
     m(ID, "B50471829") + "."),
    ("id", "en", False,
     "Tenant: " + m(N, "Siti Hajar binti Abdullah") + ", MyKad " + m(ID, "900514-14-5582") + ", previously at " + m(A, "No. 12, Jalan SS2/24") +
     ", Petaling Jaya."),
    ("person", "en", False,
     "Best wishes to " + m(N, "Mary-Kate van Rensburg") + " and " + m(N, "Pieter-Jan de Villiers") + " on their wedding! Cake by " +
     "Auntie " + m(N, "Lorraine") + ", photos by " + m(N, "Kofi Asante-Mensah") + "."),
    ("person", "en", False,
     "cc: " + m(N, "A. Kowalczyk") + "; " + m(N, "H. Nakamura") + "; " + m(N, "B. dos Santos") + "; " + m(N, "M. von Stauffenberg-Lenz") + NL +
     "bcc: " + m(N, "Gráinne Ní Fhlatharta")),
    ("person", "en", False,
     "Regards," + NL + m(N, "Jo") + NL + NL + "Sent from my phone. Please reply to " + m(N, "Joanna Przybylski") + " in future, not to this address."),
    ("person", "en", False,
     "After the meeting, I walked back with " + m(N, "Hope") + " and " + m(N, "Sunny Adebayo") + " past the Hope Street Gallery; " + m(N, "Rose") +
     " stayed to clean up."),
    ("doc", "en", False,
     "SCHOOL INCIDENT REPORT – Westbrook Academy" + NL + "Pupil: " + m(N, "Ethan Kowalski-Brown") + " (Year 7)" + NL + "DOB: " + m(D, "11/11/2012") +
     NL + "Reported by: Ms " + m(N, "Adaeze Obi") + " (Form Tutor)" + NL + "Witnesses: " + m(N, "Layla Haddad") + ", " + m(N, "Oscar Lindgren") + NL +
     "Parents informed: " + m(N, "Karen Brown") + " by phone, 15:20"),
    ("doc", "en", False,
     "CRM export – Leads Q2" + NL + "Lead ID | Name | DOB | ID document" + NL + "L-44817 | " + m(N, "Haruto Sato") + " | " + m(D, "1991-05-02") +
     " | JP passport " + m(ID, "TZ1048273") + NL + "L-44818 | " + m(N, "Valentina Rossi-Ferri") + " | " + m(D, "1988-08-19") + " | CF " +
     m(ID, it_cf("RSSVNT88M59H501")) + NL + "L-44819 | " + m(N, "Ahmed El-Sayed") + " | " + m(D, "1979-12-31") + " | EG NID " + m(ID, "27912310104873")),
    ("data", "en", False,
     "<?xml version=\"1.0\"?>" + NL + "<applicant><givenName>" + m(N, "Oluwadamilola") + "</givenName><surname>" + m(N, "Adeyemi-Johnson") +
     "</surname><birthDate>" + m(D, "1996-03-14") + "</birthDate><passportNo>" + m(ID, "A10482736") + "</passportNo></applicant>"),
    ("data", "en", False,
     "SELECT * FROM staff WHERE surname = 'McGillicuddy';" + NL + "-- result" + NL + "42 | " + m(N, "Ruairí") + " | " + m(N, "McGillicuddy") + " | " +
     m(D, "1984-07-07") + " | " + m(ID, ie_ppsn("8820471")) + " | " + m(A, "5 Harbour View, Apt 2") + ", Cobh"),
    ("chat", "en", False,
     "[Teams] " + m(N, "Ingrid Solberg") + ": @" + m(N, "Deepak") + " can you check the visa for " + "Mr " + m(N, "Cheng") + "?" + NL +
     "[Teams] " + m(N, "Deepak Menon") + ": done – HK passport " + m(ID, "K07182934") + ", HKID " + m(ID, hk_hkid("Z", "718293")) + NL +
     "[Teams] " + m(N, "Ingrid Solberg") + ": thx"),
    ("id", "en", False,
     "Aadhaar " + m(ID, in_aadhaar("39827104658")) + " and PAN " + m(ID, "CVXPM2847Q") + " belong to " + m(N, "Meenakshi Menon") + ", not to her brother."),
    ("person", "en", False,
     "Notes from the call with " + m(N, "Li Na") + " (not the tennis player) and her husband " + m(N, "Zhou Jian") + ": they want the flat from September."),
    ("person", "en", False,
     "The lecture on Abraham Lincoln was given by " + "Dr " + m(N, "Harriet Lincoln-Moss") + ", who is no relation."),
    ("id", "en", False,
     "US passport " + m(ID, "584729103") + ", issued to " + m(N, "Tyler J. Brooks") + ", expires 2031; his wife " + m(N, "Kayla") + " holds " +
     m(ID, "A07718294") + "."),
    ("id", "en", False,
     "Send the form to " + m(N, "Ngaire Te Rangi") + " – her NZ passport is " + m(ID, "LM471829") + " and driver licence " + m(ID, "DK471829") + "."),
    ("doc", "de", False,
     "Aufnahmebogen – Universitätsklinikum Freiburg" + NL + "Patient: " + m(N, "Friedrich-Wilhelm zu Salm") + NL + "Geb.: " + m(D, "29.02.1944") + NL +
     "Krankenversichertennr.: " + m(ID, "T471829305") + NL + "Angehörige: " + m(N, "Gisela zu Salm") + " (Ehefrau)"),
    ("person", "de", False,
     "Liebe " + m(N, "Hanne") + ", liebe " + m(N, "Uschi") + "," + NL + "danke für die Blumen! " + "Opa " + m(N, "Kurt") + " lässt grüßen." + NL +
     "Eure " + m(N, "Resi")),
    ("doc", "fr", False,
     "Liste des participants – séminaire de Dakar" + NL + "1. " + m(N, "Mamadou Lamine Ndiaye") + " – passeport " + m(ID, "A02718293") + NL +
     "2. " + m(N, "Awa Fall") + " – CNI " + m(ID, "1 751 1985 04718") + NL + "3. " + m(N, "Ousmane Ba") + " – passeport " + m(ID, "A03918274")),
    ("person", "fr", False,
     "Bisous à " + "Mamie " + m(N, "Jeanne") + " et à " + m(N, "Loulou") + " ! On vous embrasse," + NL + m(N, "Margaux") + " & " + m(N, "Quentin")),
    ("doc", "es", False,
     "Ficha de ingreso – Hospital Universitario de Bogotá" + NL + "Paciente: " + m(N, "Luz Marina Restrepo Arango") + NL + "Cédula de ciudadanía: " +
     m(ID, "1.020.471.829") + NL + "Fecha de nacimiento: " + m(D, "24/10/1986") + NL + "Dirección: " + m(A, "Carrera 7 # 72-41, apto 502") +
     NL + "Acompañante: " + m(N, "Andrés Felipe Gómez")),
    ("id", "es", False,
     "El DNI argentino de " + m(N, "Santiago Nicolás Paz") + " es " + m(ID, "38.471.827") + "; el CUIL " + m(ID, ar_cuil("20", "38471827")) + "."),
    ("doc", "pt", False,
     "CONTRATO DE ARRENDAMENTO" + NL + "Senhorio: " + m(N, "António Manuel da Silva Pereira") + ", NIF " + m(ID, pt_nif("18472930")) + NL +
     "Arrendatária: " + m(N, "Beatriz Sofia dos Anjos") + ", CC " + m(ID, pt_cc("13829471", "ZY")) + NL + "Locado: " +
     m(A, "Rua de Santa Catarina 312, 2.º Esq.") + ", Porto"),
    ("doc", "it", False,
     "VERBALE DI PRONTO SOCCORSO – Ospedale Niguarda" + NL + "Paziente: " + m(N, "Gianluca De Santis") + ", nato il " + m(D, "17/03/1969") + NL +
     "Accompagnato da: " + m(N, "Rosaria") + " (moglie)" + NL + "Medico: dott. " + m(N, "Bertolucci")),
    ("doc", "nl", False,
     "Inschrijving kinderopvang 't Kabouterhuis" + NL + "Kind: " + m(N, "Noor el Idrissi") + NL + "Geboortedatum: " + m(D, "03-02-2022") + NL +
     "BSN kind: " + m(ID, nl_bsn("41829302")) + NL + "Ouder/verzorger: " + m(N, "Karim el Idrissi") + ", " + m(A, "Kanaalweg 12 A") + ", Delft"),
    ("doc", "pl", False,
     "Lista obecności – zebranie wspólnoty" + NL + "1. " + m(N, "Krystyna Pawlak") + " (lok. 4)" + NL + "2. " + m(N, "Jan Maria Rokita-Nowak") +
     " (lok. 7)" + NL + "3. " + m(N, "Oleksandr Kovalenko") + " (lok. 12)" + NL + "Pełnomocnictwo: " + m(N, "Zofia Kamińska") + " dla " +
     m(N, "Krystyny Pawlak")),
    ("doc", "cs", False,
     "Evidence ubytovaných – Penzion U Lípy" + NL + m(N, "Jan Novotný") + ", OP " + m(ID, "219471829") + NL + m(N, "Markéta Novotná") + ", pas " +
     m(ID, "45718293") + NL + m(N, "Sophie Müller") + ", Personalausweis " + m(ID, de_ausweis("LH4718TK3"))),
    ("doc", "tr", False,
     "KARAKOL TUTANAĞI" + NL + "Müşteki " + m(N, "Serkan Aydın") + " (T.C. " + m(ID, tr_tc("284719305")) + "), " + m(D, "12.12.1985") +
     " doğumlu, " + m(A, "Bağdat Cad. No: 210 D: 14") + " Maltepe/İstanbul adresinde ikamet eden şahıs, " + m(N, "Cemal") + " lakaplı şahsı şikâyet etmiştir."),
    ("doc", "ru", False,
     "Список гостей (группа «Весна-24»)" + NL + "1. " + m(N, "Смирнова Дарья Алексеевна") + ", загранпаспорт " + m(ID, "75 4718293") + NL +
     "2. " + m(N, "Абрамян Карен Ашотович") + ", загранпаспорт " + m(ID, "76 1829304") + NL + "3. " + m(N, "Ли Ен Хо") + ", загранпаспорт " +
     m(ID, "75 9283746")),
    ("doc", "ja", False,
     "社員名簿（抜粋）" + NL + "社員番号 | 氏名 | 生年月日" + NL + "E-0417 | " + m(N, "長谷川 美和") + " | " + m(D, "1985/06/30") + NL + "E-0418 | " +
     m(N, "Tran Thi Lan") + " | " + m(D, "1996/11/08") + NL + "E-0419 | " + m(N, "小野寺 慎之介") + " | " + m(D, "1979/02/03")),
    ("doc", "ko", False,
     "경찰 진술서" + NL + "진술인: " + m(N, "배서윤") + NL + "생년월일: " + m(D, "1999. 8. 24") + "." + NL + "주소: " +
     m(A, "을지로 281, 2동 704호") + NL + "내용: " + m(N, "김철수") + "라는 사람이 지갑을 가져갔습니다."),
    ("doc", "zh", False,
     "酒店入住登记（台北）" + NL + "姓名：" + m(N, "陳怡萱") + NL + "身分證字號：" + m(ID, tw_id("F", "22918374")) + NL + "出生日期：" +
     m(D, "民國81年5月9日") + NL + "同行者：" + m(N, "張家豪")),
    ("doc", "ar", False,
     "شهادة مدرسية" + NL + "تشهد مدرسة الأمل الثانوية بأن الطالبة " + m(N, "جنى محمود الخطيب") + "، المولودة بتاريخ " + m(D, "15 أيار 2008") +
     "، والرقم الوطني " + m(ID, "2008471829") + "، مسجلة لدينا في الصف العاشر." + NL + "المديرة: " + m(N, "سهى النابلسي")),
    ("doc", "he", False,
     "פרוטוקול ישיבת ועד בית" + NL + "נוכחים: " + m(N, "רותי אזולאי") + ", " + m(N, "משה בן שושן") + ", " + m(N, "גלעד") + NL +
     "הוחלט: " + m(N, "רותי") + " תפנה לחברת הניקיון."),
    ("doc", "hi", False,
     "होटल पंजीकरण" + NL + "अतिथि: " + m(N, "हरप्रीत सिंह ढिल्लों") + NL + "पासपोर्ट: " + m(ID, "Z4718293") + NL + "जन्म तिथि: " +
     m(D, "07/07/1977") + NL + "पता: " + m(A, "मकान नं. 1127, सेक्टर 21-बी") + ", चंडीगढ़"),
]

# ---------- round 3: smaller languages
CASES += [
    ("person", "sl", False,
     "Včeraj sem se pogovarjal z " + m(N, "Matejem Kranjcem") + " in " + m(N, "Špelo Zupančič") + ". " + m(N, "Tina") + " pošilja pozdrave " +
     m(N, "Urošu") + "."),
    ("doc", "sl", False,
     "Zapisnik o prometni nesreči" + NL + "Udeleženec: " + m(N, "Gregor Potočnik") + ", EMŠO " + m(ID, jmbg(3, 6, 1984, "50", "147")) + ", stanujoč " +
     m(A, "Slovenska cesta 21, stanovanje 8") + ", Ljubljana"),
    ("person", "et", False,
     "Tere " + m(N, "Mari") + "! Käisin eile " + m(N, "Priidu") + " juures, ka " + m(N, "Helle Tamm-Kivi") + " oli seal. Teatasin " +
     m(N, "Urmasele") + ", et koosolek jääb ära."),
    ("id", "et", False,
     "Lapse isikukood on " + m(ID, ee_ik(False, 2015, 9, 12, "087")) + ", ema " + m(N, "Triin Saar") + " isikukood " + m(ID, ee_ik(True, 1988, 1, 30, "213")) + "."),
    ("person", "lv", False,
     "Paldies " + m(N, "Andrim Bērziņam") + " un " + m(N, "Zanei Kļaviņai") + " par palīdzību. " + m(N, "Māra") + " sūta sveicienus " + m(N, "Edgaram") + "."),
    ("id", "lv", False,
     "Pases numurs " + m(ID, "LV4718293") + ", personas kods " + m(ID, lv_pk(14, 8, 1975, "306")) + ", īpašnieks " + m(N, "Raimonds Vītols") + "."),
    ("person", "sk", False,
     "Poďakovanie patrí " + m(N, "Jánovi Kováčikovi") + ", " + m(N, "Eve Hudecovej") + " a " + m(N, "Paľovi") + ". Schôdzu viedla " + "Mgr. " + m(N, "Silvia Ondrejková") + "."),
    ("person", "ca", False,
     "Moltes gràcies a la " + m(N, "Laia Puig") + " i a en " + m(N, "Marc Casals i Fontanet") + ". La " + m(N, "Txell") + " et saluda."),
    ("id", "ca", False,
     "El DNI de la " + m(N, "Mercè Bonet") + " és " + m(ID, es_dni("46718293")) + " i viu al " + m(A, "carrer Major 27, 1r") + " de Girona."),
    ("person", "eu", False,
     "Bileran " + m(N, "Jon Mikel Arregi") + ", " + m(N, "Itziar Larrañaga") + " eta " + m(N, "Koldo") + " egon ziren. Akta " + m(N, "Amaiak") + " idatzi zuen."),
    ("person", "hr", False,
     "Hvala " + m(N, "Marku Jurišiću") + " i " + m(N, "Ivani Matić") + " na pomoći. " + m(N, "Zoki") + " šalje pozdrave " + "baki " + m(N, "Mari") + "."),
    ("id", "hr", False,
     "Putovnica br. " + m(ID, "117182930") + ", OIB " + m(ID, hr_oib("6287104935")) + ", nositelj " + m(N, "Tomislav Knežević") + "."),
    ("person", "ha", False,
     "Sannu " + m(N, "Aisha") + "! Na gana da " + "Alhaji " + m(N, "Usman Bello") + " da " + m(N, "Binta") + " jiya. " + m(N, "Habu") + " ya aiko da gaisuwa."),
    ("id", "ha", False,
     "Lambar NIN ta " + m(N, "Maryam Sani Abubakar") + " ita ce " + m(ID, "40718293056") + ", lambar fasfo kuma " + m(ID, "A11829304") + "."),
    ("person", "ig", False,
     "Daalụ " + m(N, "Chidi") + "! Ezinne " + m(N, "Uchenna Okafor") + " na " + m(N, "Nneka") + " ga-abịa echi. " + m(N, "Ebuka") + " kelere gị."),
    ("id", "ig", False,
     "Nọmba paspọtụ " + m(N, "Obiageli Nnaji") + " bụ " + m(ID, "B02918374") + ", NIN ya bụ " + m(ID, "52918374061") + "."),
    ("doc", "cy", False,
     "Ffurflen gofrestru – Ysgol Gymraeg Aberystwyth" + NL + "Enw'r plentyn: " + m(N, "Nel Haf Morgan") + NL + "Dyddiad geni: " + m(D, "21/03/2017") +
     NL + "Rhiant: " + m(N, "Llinos Morgan") + NL + "Cyfeiriad: " + m(A, "14 Ffordd y Môr") + ", Aberystwyth"),
    ("person", "no", False,
     "Hei " + m(N, "Kari") + "! Jeg traff " + m(N, "Per Olav Nygård") + " og " + m(N, "Nora") + " på butikken. " + "Tante " + m(N, "Randi") +
     " spør om dere kommer til jul."),
    ("id", "no", False,
     "D-nummer for " + m(N, "Agnieszka Kowal") + ": " + m(ID, no_fnr(45, 3, 1990, "126")) + ". Passnummer: " + m(ID, "FB4718293") + "."),
    ("person", "da", False,
     "Tak til " + m(N, "Søren Kragh-Madsen") + ", " + m(N, "Pernille") + " og " + m(N, "Mads Ø. Lund") +
     " for hjælpen med flytningen."),
    ("person", "is", False,
     "Kæri " + m(N, "Jón") + ", við hittum " + m(N, "Önnu Kristínu Pétursdóttur") + " og " + m(N, "Gunnar Helgason") + " í afmæli " + m(N, "Siggu") + "."),
    ("id", "lt", False,
     "Vairuotojo pažymėjimo Nr. " + m(ID, "LT4718293") + " išduotas " + m(N, "Audriui Kavaliauskui") + ", asmens kodas " +
     m(ID, lt_ak(False, 1980, 7, 19, "215")) + "."),
    ("person", "ro", False,
     "Dragă " + m(N, "Ilinca") + ", ieri am fost la " + m(N, "Sorin Munteanu") + " acasă, cu " + m(N, "Didi") + " și cu " + "doamna " + m(N, "Vasilescu") +
     ". Te salută " + m(N, "Mihaela") + "."),
    ("person", "bg", False,
     "Скъпа " + m(N, "Мими") + ", вчера бяхме у " + m(N, "Красимир Тодоров") + " с " + m(N, "Ралица") + ". " + "Бай " + m(N, "Тошо") + " те поздравява."),
    ("person", "sr", False,
     "Драга " + m(N, "Снежана") + ", јуче смо били код " + m(N, "Милоша Стојановића") + " са " + m(N, "Бојаном") + ". Поздрав од " + "чика " + m(N, "Жике") + "."),
    ("person", "hy", False,
     "Սիրելի " + m(N, "Մարիամ") + ", երեկ " + m(N, "Տիգրան Ավետիսյանը") + " և " + m(N, "Լիլիթը") + " եկել էին մեզ մոտ։"),
    ("id", "hy", False,
     "Նույնականացման քարտ " + m(ID, "004718293") + ", տիրապետող՝ " + m(N, "Գայանե Մկրտչյան") + "։"),
    ("id", "te", False,
     "ఓటరు గుర్తింపు సంఖ్య " + m(ID, "APX4718293") + ", ఓటరు పేరు " + m(N, "నాగలక్ష్మి దేవి") + "."),
    ("person", "ga", False,
     "Bhí " + m(N, "Deirbhile") + " agus " + m(N, "Cathal Mac Suibhne") + " ag an gcóisir. Chuir " + m(N, "Nóra Uí Cheallaigh") + " fáilte romhainn."),
    ("person", "sv", False,
     "Tack till " + m(N, "Ebba Grön-Lindahl") + " och " + m(N, "Lasse") + " för hjälpen! " + "Farmor " + m(N, "Gunnel") + " hälsar."),
    ("id", "el", False,
     "Ο ΑΜΚΑ της " + m(N, "Σοφίας Ζαχαρίου") + " είναι " + m(ID, gr_amka(30, 9, 1991, "2847")) + " και το διαβατήριό της " + m(ID, "AN0918273") + "."),
    ("person", "ka", False,
     "ძვირფასო " + m(N, "ნათია") + ", გუშინ " + m(N, "ზურაბ მაისურაძე") + " და " + m(N, "სალომე") + " გვესტუმრნენ."),
    ("id", "am", False,
     "የ" + m(N, "ፀሐይ ወርቁ") + " የፓስፖርት ቁጥር " + m(ID, "EP0918273") + " ነው።"),
    ("id", "ur", False,
     "براہِ کرم " + m(N, "سعدیہ انور") + " کا پاسپورٹ نمبر " + m(ID, "AB4718293") + " اور شناختی کارڈ " + m(ID, "42101-9182736-2") + " فارم میں درج کریں۔"),
    ("person", "ta", False,
     "அன்புள்ள " + m(N, "கவிதா") + ", நேற்று " + m(N, "ராஜேஷ் கண்ணன்") + " மற்றும் " + m(N, "சுமதி") + " வீட்டுக்கு வந்தார்கள்."),
    ("id", "km", False,
     "លេខលិខិតឆ្លងដែនរបស់" + m(N, "សៅ ពិសិដ្ឋ") + " គឺ " + m(ID, "N01829374") + "។"),
    ("person", "yo", False,
     "Ẹ ṣé o " + m(N, "Bọ́lá") + "! Mo rí " + m(N, "Àyọ̀ká Fáṣọlá") + " àti " + m(N, "Ṣọlá") + " ní ṣọ́ọ̀ṣì."),
    ("id", "zu", False,
     "Inombolo kamazisi ka" + m(N, "Themba Nkosi") + " ithi " + m(ID, za_id(1972, 6, 16, "5104")) + "."),
    ("id", "sw", False,
     "Nambari ya pasipoti ya " + m(N, "Rehema Wanjala") + " ni " + m(ID, "AK0471829") + ", na kitambulisho chake ni " + m(ID, "30918274") + "."),
    ("person", "vi", False,
     "Cảm ơn " + m(N, "Đinh Thị Hương") + " và anh " + m(N, "Khoa") + " đã giúp đỡ. Bé " + m(N, "Bơ") + " gửi lời chào."),
    ("person", "tl", False,
     "Maraming salamat kina " + m(N, "Jennylyn Agustin") + " at " + m(N, "Ramil Bonifacio-Cruz") + ". Si " + m(N, "Totoy") + " na ang magdadala ng lechon."),
    ("person", "id", False,
     "Terima kasih kepada " + m(N, "I Gusti Ayu Made Sari") + " dan " + m(N, "Ni Luh Putu Ariani") + " atas bantuannya. " + m(N, "Komang") + " titip salam."),
    ("person", "th", False,
     "ขอบคุณคุณ" + m(N, "อรอุมา เพชรรัตน์") + "และน้อง" + m(N, "แบงค์") + "ที่มาช่วยงานบวช"),
    ("person", "bn", False,
     "ধন্যবাদ " + m(N, "ফারহানা ইয়াসমিন") + " ও " + m(N, "বাবু") + "কে। " + m(N, "জাহিদুল হক") + " সাহেব শুভেচ্ছা জানিয়েছেন।"),
    ("person", "fa", False,
     "با تشکر از " + m(N, "فاطمه زهرا موسوی") + " و " + m(N, "آرش") + " برای کمک‌هایشان. " + "عمو " + m(N, "جلال") + " هم سلام رساند."),
]


emit("tuning20n", CASES)
