# -*- coding: utf-8 -*-
"""blind13: hand-written labelled PII corpus, many languages and document shapes.

Every checksummed value (cards, IBANs, national ID numbers with check digits) is computed
by the helpers below, never typed in by hand.
"""
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m


def luhn(s):
    d = [int(ch) for ch in s if ch.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x = x * 2 - 9 if x > 4 else x * 2
        total += x
    return total % 10 == 0

# ---------------------------------------------------------------- check-digit helpers


def luhn_digit(body):
    for d in "0123456789":
        if luhn(body + d):
            return d
    raise ValueError(body)


def card(body):
    """body: all digits but the last; returns the full Luhn-valid number."""
    return body + luhn_digit(body)


def grp(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return " ".join(out)


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)


def iso7064_11_10(body):
    p = 10
    for ch in body:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def es_dni(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def es_nie(prefix, num7):
    return prefix + num7 + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(prefix).__str__() + num7) % 23]


def it_cf(first15):
    odd = {}
    ov = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    for i, ch in enumerate("0123456789"):
        odd[ch] = ov[i]
    for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        odd[ch] = ov[i]
    even = {}
    for i, ch in enumerate("0123456789"):
        even[ch] = i
    for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        even[ch] = i
    s = 0
    for i, ch in enumerate(first15):
        s += odd[ch] if i % 2 == 0 else even[ch]
    return first15 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[s % 26]


def fr_nir(body13):
    return body13, "%02d" % (97 - int(body13) % 97)


def nl_bsn(body8):
    s = sum(int(d) * w for d, w in zip(body8, range(9, 1, -1)))
    c = s % 11
    if c == 10:
        raise ValueError(body8)
    return body8 + str(c)


def be_nn(body9, y2000=False):
    n = int(("2" if y2000 else "") + body9)
    return body9 + "%02d" % (97 - n % 97)


def pesel(body10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(d) * x for d, x in zip(body10, w))
    return body10 + str((10 - s % 10) % 10)


def pl_nip(body9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(body9, w)) % 11
    if c == 10:
        raise ValueError(body9)
    return body9 + str(c)


def pl_idcard(letters3, digits5):
    vals = [ord(ch) - 55 for ch in letters3] + [int(d) for d in digits5]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return letters3 + str(sum(v * x for v, x in zip(vals, w)) % 10) + digits5


def se_pnr(body9):
    return body9 + luhn_digit(body9)


def no_fnr(body9):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(int(d) * x for d, x in zip(body9, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        raise ValueError(body9)
    b = body9 + str(k1)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(int(d) * x for d, x in zip(b, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        raise ValueError(body9)
    return b + str(k2)


def fi_hetu(ddmmyy, sign, nnn):
    return ddmmyy + sign + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def ee_ik(body10):
    d = [int(x) for x in body10]
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    r = sum(a * b for a, b in zip(d, w1)) % 11
    if r == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        r = sum(a * b for a, b in zip(d, w2)) % 11
        if r == 10:
            r = 0
    return body10 + str(r)


def cn_id(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(d) * x for d, x in zip(body17, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return body + str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def br_cpf(body9):
    d = [int(x) for x in body9]
    s = sum(a * b for a, b in zip(d, range(10, 1, -1)))
    d1 = 0 if s % 11 < 2 else 11 - s % 11
    d.append(d1)
    s = sum(a * b for a, b in zip(d, range(11, 1, -1)))
    d2 = 0 if s % 11 < 2 else 11 - s % 11
    x = body9 + str(d1) + str(d2)
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])


def cl_rut(body):
    s, w = 0, 2
    for ch in reversed(body):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    r = 11 - s % 11
    return body + "-" + ("0" if r == 11 else "K" if r == 10 else str(r))


def mx_curp(first17):
    al = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(al.index(ch) * (18 - i) for i, ch in enumerate(first17))
    return first17 + str((10 - s % 10) % 10)


def za_id(body12):
    return body12 + luhn_digit(body12)


def tr_tckn(body9):
    d = [int(x) for x in body9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return body9 + str(d10) + str(d11)


def kr_rrn(body12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(d) * x for d, x in zip(body12, w))
    x = body12 + str((11 - s % 11) % 10)
    return x[:6] + "-" + x[6:]


def jp_mynumber(body11):
    s = 0
    for n in range(1, 12):
        p = int(body11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return body11 + str(0 if r <= 1 else 11 - r)


def ro_cnp(body12):
    w = "279146358279"
    r = sum(int(d) * int(x) for d, x in zip(body12, w)) % 11
    return body12 + ("1" if r == 10 else str(r))


def bg_egn(body9):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = sum(int(d) * x for d, x in zip(body9, w)) % 11
    return body9 + ("0" if r == 10 else str(r))


def cz_rc(body9):
    n = int(body9)
    for c in range(10):
        if (n * 10 + c) % 11 == 0:
            return body9[:6] + "/" + body9[6:] + str(c)
    raise ValueError(body9)


def pt_nif(body8):
    s = sum(int(d) * w for d, w in zip(body8, range(9, 1, -1)))
    c = 11 - s % 11
    return body8 + ("0" if c >= 10 else str(c))


def hkid(letter, digits6):
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits6, range(7, 1, -1)))
    c = (11 - s % 11) % 11
    return "%s%s(%s)" % (letter, digits6, "A" if c == 10 else str(c))


def sg_nric(prefix, digits7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(digits7, w)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + digits7 + table[s % 11]


def th_id(body12):
    s = sum(int(d) * w for d, w in zip(body12, range(13, 1, -1)))
    x = body12 + str((11 - s % 11) % 10)
    return "%s-%s-%s-%s-%s" % (x[0], x[1:5], x[5:10], x[10:12], x[12])


def ir_code(body9):
    s = sum(int(d) * (10 - i) for i, d in enumerate(body9))
    r = s % 11
    return body9 + str(r if r < 2 else 11 - r)


def ru_inn12(body10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(d) * x for d, x in zip(body10, w1)) % 11 % 10
    b = body10 + str(n11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(d) * x for d, x in zip(b, w2)) % 11 % 10)


def ru_snils(body9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(body9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "%s-%s-%s %02d" % (body9[:3], body9[3:6], body9[6:], c)


def ua_rnokpp(body9):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body9 + str(sum(int(d) * x for d, x in zip(body9, w)) % 11 % 10)


def jmbg(body12):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(d) * x for d, x in zip(body12, w)) % 11
    if c == 10:
        raise ValueError(body12)
    return body12 + ("0" if c == 11 else str(c))


def hu_taj(body8):
    s = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body8))
    x = body8 + str(s % 10)
    return "%s %s %s" % (x[:3], x[3:6], x[6:])


def is_kt(body8, century="9"):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(d) * x for d, x in zip(body8, w)) % 11
    if c == 10:
        raise ValueError(body8)
    x = body8 + ("0" if c == 11 else str(c)) + century
    return x[:6] + "-" + x[6:]


def ch_ahv(body12):
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body12))
    x = body12 + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (x[:3], x[3:7], x[7:11], x[11:])


def at_svnr(nnn, ddmmyy):
    d = [int(x) for x in nnn + ddmmyy]
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    c = sum(a * b for a, b in zip(d, w)) % 11
    if c == 10:
        raise ValueError(nnn)
    return "%s%d %s" % (nnn, c, ddmmyy)


def lv_pk(body10):
    w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = (1101 - sum(int(d) * x for d, x in zip(body10, w))) % 11
    if c == 10:
        raise ValueError(body10)
    x = body10 + str(c)
    return x[:6] + "-" + x[6:]


def ie_pps(digits7):
    s = sum(int(d) * w for d, w in zip(digits7, range(8, 1, -1)))
    return digits7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def gr_afm(body8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body8))
    return body8 + str(s % 11 % 10)


def tw_id(letter, body8):
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    v = codes[letter]
    s = v // 10 + (v % 10) * 9 + sum(int(d) * w for d, w in zip(body8, range(8, 0, -1)))
    return letter + body8 + str((10 - s % 10) % 10)


def kz_iin(body11):
    d = [int(x) for x in body11]
    r = sum(a * b for a, b in zip(d, range(1, 12))) % 11
    if r == 10:
        r = sum(a * b for a, b in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if r == 10:
            raise ValueError(body11)
    return body11 + str(r)


def ar_cuil(prefix, dni8):
    b = prefix + dni8
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(d) * x for d, x in zip(b, w)) % 11
    if c == 10:
        raise ValueError(b)
    return "%s-%s-%s" % (prefix, dni8, "0" if c == 11 else str(c))


def uy_ci(body7):
    w = [2, 9, 8, 7, 6, 3, 4]
    c = (10 - sum(int(d) * x for d, x in zip(body7, w)) % 10) % 10
    return "%s.%s.%s-%d" % (body7[0], body7[1:4], body7[4:], c)


def ec_ced(body9):
    s = 0
    for i, ch in enumerate(body9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return body9 + str((10 - s % 10) % 10)


def mrz_digit(s):
    vals = {ch: i for i, ch in enumerate("0123456789")}
    vals.update({ch: i + 10 for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
    vals["<"] = 0
    w = [7, 3, 1]
    return str(sum(vals[ch] * w[i % 3] for i, ch in enumerate(s)) % 10)


def si_davcna(body7):
    s = sum(int(d) * w for d, w in zip(body7, range(8, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        raise ValueError(body7)
    return body7 + ("0" if c == 10 else str(c))


def lt_ak(body10):
    return ee_ik(body10)


def dk_cpr(ddmmyy, nnnn):
    return ddmmyy + "-" + nnnn


def es_ccc(bank4, branch4, acct10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        c = 11 - sum(int(d) * x for d, x in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(c, c)
    return "%s%s%d%d%s" % (bank4, branch4, dc("00" + bank4 + branch4), dc(acct10), acct10)


def be_bban(body10):
    r = int(body10) % 97
    return body10 + "%02d" % (97 if r == 0 else r)


def no_bban(body10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(d) * x for d, x in zip(body10, w)) % 11
    if c == 10:
        raise ValueError(body10)
    return body10 + ("0" if c == 11 else str(c))


def fr_rib(bank5, branch5, acct11):
    conv = {}
    for i, grpch in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in grpch:
            conv[ch] = str(i + 1)
    a = "".join(conv.get(ch, ch) for ch in acct11)
    key = 97 - (89 * int(bank5) + 15 * int(branch5) + 3 * int(a)) % 97
    return bank5 + branch5 + acct11 + "%02d" % key


# ---------------------------------------------------------------- cases

CASES = []


def add(kind, lang, hard, text):
    CASES.append((kind, lang, hard, text))



def de_svnr(area2, ddmmyy, letter, serial2):
    digits = area2 + ddmmyy + "%02d" % (ord(letter) - 64) + serial2
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(int(c) for c in str(int(d) * x)) for d, x in zip(digits, w))
    return "%s %s %s %s%d" % (area2, ddmmyy, letter, serial2, s % 10)


def de_kvnr(letter, digits8):
    digits = "%02d" % (ord(letter) - 64) + digits8
    s = sum(sum(int(c) for c in str(int(d) * (1 if i % 2 == 0 else 2))) for i, d in enumerate(digits))
    return letter + digits8 + str(s % 10)


def br_pis(body10):
    w = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(d) * x for d, x in zip(body10, w)) % 11
    c = 0 if c >= 10 else c
    x = body10 + str(c)
    return "%s.%s.%s-%s" % (x[:3], x[3:8], x[8:10], x[10])


def de_steuerid(body10):
    return body10 + iso7064_11_10(body10)


def hu_adoaz(d6_9):
    """d6_9: 9 digits starting with 8 (8 + days since 1867-01-01 (5) + 3 random)."""
    c = sum(int(d) * (i + 1) for i, d in enumerate(d6_9)) % 11
    if c == 10:
        raise ValueError(d6_9)
    return d6_9 + str(c)


def lu_matricule(body11):
    return body11 + luhn_digit(body11) + verhoeff(body11)[-1]


def ae_eid(body14):
    x = body14 + luhn_digit(body14)
    return "%s-%s-%s-%s" % (x[:3], x[3:7], x[7:14], x[14])


def nhs_no(body9):
    c = 11 - sum(int(d) * w for d, w in zip(body9, range(10, 1, -1))) % 11
    if c == 10:
        raise ValueError(body9)
    x = body9 + ("0" if c == 11 else str(c))
    return "%s %s %s" % (x[:3], x[3:6], x[6:])


def au_tfn(body8):
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    c = sum(int(d) * x for d, x in zip(body8, w)) % 11
    if c == 10:
        raise ValueError(body8)
    x = body8 + str(c)
    return "%s %s %s" % (x[:3], x[3:6], x[6:])


def br_cns(body14):
    c = (11 - sum(int(d) * (15 - i) for i, d in enumerate(body14)) % 11) % 11
    if c == 10:
        raise ValueError(body14)
    x = body14 + str(c)
    return "%s %s %s %s" % (x[:3], x[3:7], x[7:11], x[11:])


def ca_sin(body8):
    x = body8 + luhn_digit(body8)
    return "%s %s %s" % (x[:3], x[3:6], x[6:])


def au_medicare(body8, issue):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(d) * x for d, x in zip(body8, w)) % 10
    return "%s %s%d %s" % (body8[:4], body8[4:], c, issue)


def mrz_td3_line2(docno, nat, dob, sex, expiry, personal=""):
    docf = docno.ljust(9, "<")
    pers = personal.ljust(14, "<")
    parts = [docf + mrz_digit(docf), dob + mrz_digit(dob), expiry + mrz_digit(expiry),
             pers + (mrz_digit(pers) if personal else "<")]
    composite = parts[0] + parts[1] + parts[2] + parts[3]
    final = mrz_digit(composite)
    return parts[0], nat, parts[1], sex, parts[2], parts[3], final

# ================================================================ English
V1 = card("455673201148931")
add("ticket", "en", False, f"""Ticket #48213 | Priority: High | Channel: web form
From: {m(N, 'Denise Okafor')} <{m(E, 'denise.okafor@brightmail.co.uk')}>
Subject: Charged twice for annual plan

Hi there,
I was billed twice on the 3rd for the annual plan. The first charge went to my old Visa {m(C, grp(V1, [4, 4, 4, 4]))}, which I cancelled in January, so I have no idea how that even went through. Please refund one of them. Best number to reach me is {m(P, '+44 7700 900418')} after 5pm.

Thanks,
{m(N, 'Denise')}""")

add("json", "en", False, """{"ts": "1712054411.002300", "channel": "#payments-oncall", "user": {"id": "U04QX7L2M", "real_name": \"""" + m(N, "Priya Raghunathan") + """\", "tz": "Europe/London"}, "text": "@""" + m(N, "marcus") + """ the old stripe key is still in the cron job env, can you rotate it? `""" + m(K, "sk_live_51NqR8tGh7YkLmPz0aXcVbW2eDf4Gh6Jk8LmNo9Pq1Rs3Tu5Vw7XyZa") + """`", "reactions": [{"name": "eyes", "count": 2}]}""")

add("minutes", "en", False, f"""Riverside Allotment Society – Committee Meeting, 11 April
Present: {m(N, 'Tom Whitfield')} (chair), {m(N, 'Aisha Bello')}, {m(N, 'Rhiannon Price')}, {m(N, 'Dev Malhotra')}
Apologies: {m(N, "Graham O'Neill")}

1. Water trough on plot 14 still leaking – {m(N, 'Dev')} to call the plumber.
2. {m(N, 'Rhiannon')} reported that the new member on plot 22 ({m(N, 'Kasia Lewandowska')}) has not paid the £35 deposit.
3. AOB: {m(N, 'Aisha')} offered to host the seed swap at her house, {m(A, '27 Orchard Close')}, on the 18th.""")

add("hr", "en", False, f"""EMPLOYEE MASTER RECORD — CONFIDENTIAL
Name ............ {m(N, 'Jerome T. Castellanos')}
SSN ............. {m(S, '512-48-3390')}
Date of birth ... {m(D, '03/17/1986')}
Home address .... {m(A, '4127 Larkspur Lane, Apt 2B')}
                  Tucson, AZ 85719
Emergency contact {m(N, 'Marisol Castellanos')} (spouse) {m(P, '(520) 555-0187')}
Start date ...... 09/05/2017   Dept: Logistics""")

add("police", "en", False, f"""INCIDENT REPORT 24-031877
At approx. 22:40 on 14 March officers attended {m(A, '17 Wexford Road')} following a call from the occupant, Ms {m(N, 'Lorna McBride')} (DOB {m(D, '02/09/1979')}). Ms {m(N, 'McBride')} stated that her neighbour, a male she knows as "{m(N, 'Stevie')}", had been banging on the door. PC 4471 spoke with {m(N, 'Steven Doherty')}, 41, of {m(A, '19 Wexford Road')}, who denied the allegation.""")

add("log", "en", False, f"""2024-05-02T11:04:17.331Z INFO  auth.service  login ok user={m(E, 'kwame.asante@ghanapostmail.com')} ip={m(IP, '88.214.17.93')} ua="Mozilla/5.0"
2024-05-02T11:04:19.002Z WARN  auth.service  device not recognised mac={m(MAC, '3c:22:fb:7a:91:0e')} session=9f1c2e
2024-05-02T11:05:40.918Z INFO  billing.api  GET /v2/invoices/INV-2024-00481 200 14ms""")

add("transcript", "en", False, f"""[00:00:04] AGENT: Thanks for calling Northwind Energy, you're speaking with {m(N, 'Callum')}. Can I take your full name?
[00:00:09] CALLER: Yeah it's Byrne, B-Y-R-N-E, {m(N, 'Siobhan Byrne')}.
[00:00:15] AGENT: Thanks {m(N, 'Siobhan')}. And for security, your date of birth?
[00:00:18] CALLER: The {m(D, 'twelfth of June, eighty-eight')}.
[00:00:24] AGENT: Lovely. And the first line of the supply address?
[00:00:27] CALLER: {m(A, 'Flat 3, 44 Kingsland Terrace')}.""")

add("yaml", "en", False, f"""# billing-worker / values-prod.yaml
replicaCount: 3
env:
  LOG_LEVEL: info
  DATABASE_URL: {m(U, 'postgres://svc_billing:Tq7mZ2pW9xLr@10.40.2.15:5432/billing')}
  SENTRY_ENVIRONMENT: production
  GITHUB_TOKEN: {m(K, 'ghp_8fKq2LmZ0rTx7VbN4cYp1WdE6hJs3AuG9oQi')}""")

add("csv", "en", False, f"""member_id,full_name,email,phone,dob
10231,{m(N, 'Bethany Greaves')},{m(E, 'bgreaves81@outlook.com')},{m(P, '+1 604 555 0193')},{m(D, '1981-11-02')}
10232,{m(N, 'Olumide Adeyemi')},{m(E, 'olu.adeyemi@gmail.com')},{m(P, '+1 778 555 0144')},{m(D, '1993-04-27')}
10233,{m(N, 'Hoang Thi Lan')},{m(E, 'lan.hoang@shaw.ca')},,{m(D, '1975-08-30')}""")

add("bio", "en", False, f"""My grandmother, {m(N, 'Edith Marjorie Hollis')}, was born on {m(D, '4 August 1931')} in the back bedroom of a terraced house at {m(A, '9 Paradise Row')}, the youngest of seven. She left school at fourteen, married my grandfather {m(N, 'Albert')} at nineteen, and never once missed a Sunday at the chapel on the corner.""")

add("diary", "en", False, f"""tues. coffee w/ {m(N, 'jonah')} and {m(N, 'bex')} at the usual place. {m(N, 'bex')} finally quit the agency!! her new number is {m(P, '07911 123456')}, old one's dead. {m(N, 'jonah')} still being weird about {m(N, 'priya')}.""")

add("sql", "en", False, f"""INSERT INTO patients (mrn, first_name, last_name, dob, ssn, street) VALUES
  ('MRN-0048812', '{m(N, 'Gwendolyn')}', '{m(N, 'Ashby-Ortiz')}', '{m(D, '1962-07-14')}', '{m(S, '467-22-1904')}', '{m(A, '880 N Wabash Ave Unit 1704')}'),
  ('MRN-0048813', '{m(N, 'Raymond')}', '{m(N, 'Tsosie')}', '{m(D, '1990-01-05')}', '{m(S, '601-38-7725')}', '{m(A, '2215 Calle Cuarta')}');""")

add("email", "en", False, f"""Hi {m(N, 'Marguerite')},

Just confirming your appointment with Dr {m(N, 'Okonkwo')} on Thursday at 10:15. Please bring your insurance card and photo ID. If you need to reschedule, reply to this email or call the front desk.

Kind regards,
{m(N, 'Hannah Lindqvist-Reyes')}
Patient Coordinator | Harbourview Family Practice
{m(A, 'Suite 210, 1550 Harbour Street')}
T: {m(P, '+1 (902) 555-0162')}""")

add("prose", "en", False, f"""The winner of this year's village bake-off was {m(N, 'Ruth Penhaligon')}, 83, whose saffron buns beat nineteen other entries. Mrs {m(N, 'Penhaligon')}, who lives with her son {m(N, 'Kit')} above the old post office, said she'd been using her mother's recipe since 1958.""")

add("html", "en", False, f"""<div class="contact-card">
  <h3>{m(N, 'Leandro Matsumoto')}</h3>
  <p class="role">Freelance translator (PT/JA/EN)</p>
  <a href="mailto:{m(E, 'leandro@matsumoto-translations.net')}">{m(E, 'leandro@matsumoto-translations.net')}</a>
  <a href="tel:{m(P, '+16465550127')}">{m(P, '+1 646-555-0127')}</a>
</div>""")

add("chat", "en", False, f"""[WhatsApp] 14/02/24, 08:12 - {m(N, 'Mo Rahman')}: whats the wifi pw at the cabin again
14/02/24, 08:13 - {m(N, 'Jess')}: its on the fridge lol
14/02/24, 08:13 - {m(N, 'Jess')}: also can u send me ur passport number for the ferry booking
14/02/24, 08:20 - {m(N, 'Mo Rahman')}: {m(ID, '552198437')} exp 2031""")

# --- English hard negatives
add("legal", "en", True, """See Brown v. Board of Education, 347 U.S. 483 (1954); Miranda v. Arizona, 384 U.S. 436 (1966); 42 U.S.C. § 1983. The district court's order (Dkt. No. 114, filed 03/17/2022) is affirmed in part and reversed in part, and the case is remanded for proceedings consistent with Part III.B.""")

add("code", "en", True, """# .env.example — copy to .env and fill in your own values
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
ADMIN_PASSWORD=changeme
SLACK_BOT_TOKEN=<token>
SMTP_FROM=noreply@example.com""")

add("shipping", "en", True, """Your order #112-4478213-9923341 has shipped! Carrier: UPS, tracking 1Z 999 AA1 01 2345 6784. Estimated delivery: Tue, Jun 11. Items: Anker PowerCore 10000 (A1263) x1, Logitech MX Master 3S x1. Invoice INV-2024-004812 is attached. Questions? Visit the Help Centre and quote reference CS-55120.""")

add("release", "en", True, """Tested on Ubuntu 22.04.4 LTS (kernel 6.5.0-35-generic), Windows 10.0.19045.4291 and macOS 14.4.1. Requires Node 20.11.1 or newer. Build 2024.05.17-rc2, commit a3f9e21. Known issue: on hosts with more than 192.168 GB of RAM the allocator reports the wrong value.""")

add("news", "en", True, """Abraham Lincoln (1809–1865) remains the most written-about American president, and Lincoln Road in Miami Beach still bears his name. Historians at the Smithsonian estimate that more than 16,000 books have been published about him, a figure that reached 16,312 in 2023, according to the Library of Congress catalogue (call no. E457 .L74).""")

add("sport", "en", True, """FULL TIME: Arsenal 3–1 Newcastle (Saka 23', Ødegaard 51', Havertz 88'; Isak 67'). Attendance 60,214. Next fixture: Sat 20 Apr, 17:30 vs Aston Villa. Table: 1. Arsenal 71 pts, 2. Liverpool 71, 3. Man City 70.""")

add("catalogue", "en", True, """Penguin Classics edition, ISBN 978-0-14-143951-8, 480 pp. Also available: ISBN 978-0-19-953556-9 (Oxford World's Classics). Part no. for the replacement hinge: HNG-2207-44B; spare battery 3.7 V 2000 mAh, model LP-103450. Warehouse location 51.5074° N, 0.1278° W.""")

add("docs", "en", True, """To test the signup flow, use the sample account jane.doe@example.com with the phone number +1 555 0100 (reserved for fiction) and the card 4242 4242 4242 4242 — Stripe's test card, any future expiry and any CVC. Do not use real customer data in staging.""")

add("timetable", "en", True, """Platform 4 — 16:42 Leeds (calling at Wakefield Westgate 17:05, Doncaster 17:24), 17:12 York (delayed, exp. 17:31). Coach C is the quiet coach. Bus replacement 23:10–05:30 from stop K on Station Road.""")

# ================================================================ German (DE, AT, CH)
add("contract", "de", False, f"""WOHNRAUMMIETVERTRAG
zwischen
Herrn {m(N, 'Klaus-Dieter Brandhuber')}, geb. {m(D, '14.02.1961')},
{m(A, 'Schwanthalerstraße 112, 3. OG links')}
80339 München
– nachfolgend „Vermieter“ –
und
Frau {m(N, 'Yasemin Öztürk-Hahn')}
– nachfolgend „Mieterin“ –
§ 4 Die Kaution in Höhe von 2.340,00 € ist auf das Konto des Vermieters, IBAN {m(I, g4(iban('DE', '701500000033218807')))}, zu überweisen.""")

add("hr", "de", False, f"""Personalfragebogen – Eintritt 01.04.
Name, Vorname: {m(N, 'Lindemann, Jörg')}
Geburtsdatum: {m(D, '07.11.1979')}   Geburtsort: Cottbus
Steuer-ID: {m(ID, de_steuerid('6592817046'))}
Sozialversicherungsnummer: {m(ID, de_svnr('53', '071179', 'L', '03'))}
Anschrift: {m(A, 'Am Schlachtensee 8a')}, 14163 Berlin
Bankverbindung: {m(I, g4(iban('DE', '100100100613482907')))}""")

add("medical", "de", False, f"""Überweisung an: Fachärztin für Kardiologie
Patientin: {m(N, 'Ingrid Wolfsteiner')}, geb. {m(D, '23.09.1948')}
Versichertennummer: {m(ID, de_kvnr('W', '48230917'))}
Diagnose: V.a. Vorhofflimmern (I48.9 G)
Sehr geehrte Frau Kollegin, ich überweise Ihnen Frau {m(N, 'Wolfsteiner')} zur weiteren Abklärung. Die Tochter, Frau {m(N, 'Sabine Kretschmer')}, begleitet sie und ist unter {m(P, '0171 4482906')} erreichbar.
Mit freundlichen Grüßen
Dr. med. {m(N, 'Hartmut Pfeiffer')}""")

add("chat", "de", False, f"""[09:14] {m(N, 'Weber, Lukas')}: kannst du Frau {m(N, 'Ahmadi')} zurückrufen? sie hat zweimal angerufen wegen der Rechnung
[09:15] {m(N, 'Brückner, Anja')}: welche Nummer?
[09:15] {m(N, 'Weber, Lukas')}: {m(P, '+49 1512 3456789')}, sie heißt {m(N, 'Mahsa')} mit Vornamen
[09:16] {m(N, 'Brückner, Anja')}: ok mach ich nach dem Standup""")

add("letter", "de", False, f"""Sehr geehrte Frau {m(N, 'Schäfer')},
wir nehmen Bezug auf das Schreiben des Anwalts Ihres früheren Nachbarn, Herrn {m(N, 'Gottfried Beckers')}, vom 12. März. Die Einwände Herrn {m(N, 'Beckers')} gegen die Nebenkostenabrechnung halten wir für unbegründet. Eine Kopie geht an Ihre Schwester, Frau {m(N, 'Ulrike Schäfer-Nolte')}.""")

add("form", "de", False, f"""MELDEZETTEL (Hauptwohnsitz)
Familienname: {m(N, 'Pichler')}   Vorname: {m(N, 'Theresa Maria')}
Geburtsdatum: {m(D, '30.06.1995')}
Sozialversicherungsnr.: {m(ID, at_svnr('128', '300695'))}
Unterkunft: {m(A, 'Mariahilfer Straße 47/2/14')}, 1060 Wien
Reisepass Nr.: {m(ID, 'U4471920')}""")

add("email", "de", False, f"""Grüezi Herr {m(N, 'Zürcher')}
Besten Dank für die Unterlagen. Für die Anmeldung bei der Pensionskasse brauchen wir noch Ihre AHV-Nummer – ist das die {m(ID, ch_ahv('756930041187'))}? Die Lohnzahlung erfolgt wie besprochen auf {m(I, g4(iban('CH', '00700110004213877')))}.
Freundliche Grüsse
{m(N, 'Corinne Ammann')}
Personaladministration""")

add("prose", "de", False, f"""Unsere Nachbarin {m(N, 'Gerlinde Haas')} hat am Sonntag ihren neunzigsten Geburtstag gefeiert. Geboren am {m(D, '2. Mai 1934')} in Tilsit, kam sie 1946 mit ihrer Mutter nach Lübeck. Ihr Enkel {m(N, 'Jannik')} hat extra aus Leipzig eine Torte mitgebracht.""")

add("news", "de", True, """Die Goethestraße bleibt wegen Bauarbeiten bis zum 30. September zwischen Schillerplatz und Karl-Marx-Allee gesperrt. Die Umleitung führt über die Bismarckstraße. Laut Stadtverwaltung sind rund 14.500 Fahrzeuge täglich betroffen; die Buslinien 100 und 200 fahren ab Haltestelle Humboldtforum.""")

add("legal", "de", True, """Die Kündigung ist nach § 573 Abs. 2 Nr. 2 BGB wirksam (vgl. BGH, Urteil vom 15. März 2017 – VIII ZR 270/15, NJW 2017, 1474). Az. des Amtsgerichts: 412 C 3318/23. Die Kostenentscheidung folgt aus § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit aus §§ 708 Nr. 11, 711 ZPO.""")

add("invoice", "de", True, """Rechnung Nr. RE-2024-03318 vom 28.02.2024 · Kundennummer 400118 · Bestellnummer 4500227781
Müller Haustechnik GmbH · Amtsgericht Stuttgart HRB 773412 · USt-IdNr. DE 811 426 907
Pos. 1  Thermostatkopf Danfoss RA 2994, Art.-Nr. 013G2994  4 Stk.  à 24,90 €
Zahlbar bis 14.03.2024 ohne Abzug.""")

add("code", "de", True, """# docker-compose.yml (Beispiel – Passwörter vor dem Deployment ändern!)
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: changeme
  api:
    environment:
      JWT_SECRET: xxxxxxxxxxxxxxxx""")

add("timetable", "de", True, """ICE 1007 München Hbf ab 14:55 Gleis 18 – Nürnberg Hbf an 16:01 – Erfurt Hbf an 17:19 – Berlin Hbf an 19:02. Wagen 21–28 reservierungspflichtig. Heute ca. 15 Minuten später wegen Reparatur an der Strecke.""")

# ================================================================ French (FR, BE, CH)
NIR1 = fr_nir('2840575112047')
add("ticket", "fr", False, f"""Demande n° 2024-118734 – Remboursement de soins
Assurée : Mme {m(N, 'Clémence Aubry-Lefèvre')}
N° de sécurité sociale : {m(ID, grp(NIR1[0], [1, 2, 2, 2, 3, 3]) + ' ' + NIR1[1])}
Née le : {m(D, '19/05/1984')}
Message : Bonjour, je n'ai toujours pas reçu le remboursement de ma consultation du 2 avril chez le Dr {m(N, 'Benslimane')}. Merci de me rappeler au {m(P, '06 71 24 88 19')}.""")

add("letter", "fr", False, f"""{m(N, 'Gaëtan Roussel-Morin')}
{m(A, '12, rue des Lilas, bât. B, 3e étage')}
69007 Lyon

Objet : Résiliation du bail

Madame, Monsieur,
Par la présente, je vous informe de ma décision de quitter le logement situé à l'adresse ci-dessus au 30 juin prochain. Le dépôt de garantie pourra être restitué sur le compte {m(I, grp(iban('FR', fr_rib('30004', '00821', '00041872596')), [4, 4, 4, 4, 4, 4, 3]))}.""")

add("minutes", "fr", False, f"""Compte rendu – Conseil d'école du 14 mars
Présents : Mme {m(N, 'Hélène Dupuis')} (directrice), M. {m(N, "Jean-Baptiste N'Diaye")}, Mme {m(N, 'Sofia Carvalho')}, M. {m(N, 'Lê Văn Minh')} (représentant des parents)
Excusée : Mme {m(N, 'Aurore Delmas')}
Point 3 : M. {m(N, "N'Diaye")} signale que la sortie au musée est reportée. Mme {m(N, 'Carvalho')} se charge de prévenir les familles.""")

add("form", "fr", False, f"""FICHE D'INSCRIPTION – Stage de voile (Belgique)
Nom : {m(N, 'Vandenberghe')}   Prénom : {m(N, 'Elodie')}
Date de naissance : {m(D, '30/07/1985')}
N° de registre national : {m(ID, (lambda x: x[:2] + '.' + x[2:4] + '.' + x[4:6] + '-' + x[6:9] + '.' + x[9:])(be_nn('850730033')))}
Adresse : {m(A, 'Avenue Louise 231, bte 12')}, 1050 Ixelles
GSM : {m(P, '+32 478 12 34 56')}""")

add("prose", "fr", False, f"""Le petit {m(N, 'Théo Garnier')}, né le {m(D, '3 février 2016')}, a été retrouvé sain et sauf samedi soir dans un cabanon près de l'étang. Sa mère, {m(N, 'Sandrine')}, remercie les voisins et les gendarmes qui ont participé aux recherches.""")

add("chat", "fr", False, f"""Telegram – groupe « Coloc rue Nationale »
{m(N, 'Inès')} : qui a pris mes yaourts 😤
{m(N, 'Maxime B.')} : pas moi
{m(N, 'Inès')} : {m(N, 'max')} tu mens
{m(N, 'Yanis')} : au fait le proprio a changé de numéro : {m(P, '07 82 44 19 03')}""")


add("legal", "fr", True, """Cass. civ. 1re, 12 juillet 2012, n° 11-20.587, Bull. civ. I, n° 162 ; CE, 4e et 5e ch. réunies, 18 mai 2022, n° 452211. Vu l'article L. 1232-1 du Code du travail et l'article 700 du Code de procédure civile. SIRET de la société défenderesse : 552 100 554 00013, RCS Paris B 552 100 554.""")

add("timetable", "fr", True, """TGV INOUI 6611 — Paris Gare de Lyon 07:56 → Lyon Part-Dieu 09:52 → Marseille St-Charles 11:14. Voiture 14, places 63 et 64. Dossier de voyage : QXJ4RT. Prix total : 118,00 €. Train Corail Intercités 3651 supprimé ce jour.""")

# ================================================================ Spanish (ES and Latin America)
add("contract", "es", False, f"""CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En Madrid, a 1 de septiembre.
REUNIDOS
De una parte, D. {m(N, 'Francisco Javier Ruiz de la Fuente')}, mayor de edad, con DNI {m(ID, es_dni('50837261'))}, domiciliado en {m(A, 'calle de Alcalá 214, 5.º izq.')}, en calidad de ARRENDADOR.
De otra parte, Dña. {m(N, 'Oksana Hrytsenko')}, con NIE {m(ID, es_nie('Y', '4418203'))}, en calidad de ARRENDATARIA.
La renta se abonará en la cuenta {m(I, g4(iban('ES', es_ccc('2100', '3817', '0200418826'))))}.""")

CURP1 = mx_curp('HEOX150622MJCRRMA')
add("form", "es", False, f"""SOLICITUD DE INSCRIPCIÓN – CICLO ESCOLAR 2024-2025
Nombre del alumno: {m(N, 'Ximena Guadalupe Hernández Ortiz')}
CURP: {m(ID, CURP1)}
Fecha de nacimiento: {m(D, '22/06/2015')}
Domicilio: {m(A, 'Calle Pedro Moreno 1580, int. 4')}, Col. Americana, Guadalajara, Jal.
Madre/tutora: {m(N, 'Rosa María Ortiz Lozano')}  Tel.: {m(P, '33 1456 7823')}""")

add("payroll", "es", False, f"""RECIBO DE HABERES – Período: marzo
Empleado: {m(N, 'Gómez Iturralde, Martín Ezequiel')}
CUIL: {m(ID, ar_cuil('20', '31458226'))}
Domicilio: {m(A, 'Av. Corrientes 1847, piso 7, depto. C')}, CABA
Sueldo básico ............ $ 1.245.000,00
Aportes jubilatorios (11%) $   136.950,00""")

add("medical", "es", False, f"""INTERCONSULTA – Servicio de Traumatología
Paciente: {m(N, 'Valentina Soto Riquelme')}   RUT: {m(ID, (lambda r: r[:2] + '.' + r[2:5] + '.' + r[5:])(cl_rut('19445320')))}
Edad: 27 años (F. nac. {m(D, '08-11-1996')})
Motivo: esguince de tobillo grado II, dolor persistente tras 6 semanas.
Derivada por: Dr. {m(N, 'Ignacio Fuenzalida')}""")

add("police", "es", False, f"""INFORME POLICIAL N.º 0457-2024
Siendo las 23:15 horas, se presentó en la estación el ciudadano {m(N, 'Jhon Fredy Cárdenas Mosquera')}, identificado con C.C. {m(ID, '1.020.457.889')} de Bogotá, residente en la {m(A, 'Carrera 15 # 93-47, apto 502')}, quien manifestó que su motocicleta fue hurtada frente a la panadería. Como testigo figura la señora {m(N, 'Luz Marina Pérez')}, celular {m(P, '310 774 2158')}.""")

add("chat", "es", False, f"""[18/03/24 21:40] {m(N, 'caro')}: oye le pasas mi correo a {m(N, 'nacho')}? es {m(E, 'carolina.vidal.r@gmail.com')}
[18/03/24 21:41] {m(N, 'Pablo Ibarra')}: listo
[18/03/24 21:41] {m(N, 'Pablo Ibarra')}: y mañana pasa por casa de la abuela {m(N, 'Pilar')}, que dice que le arregles el router""")

add("prose", "es", False, f"""Mi abuelo, {m(N, 'Evaristo Quispe Mamani')}, nació el {m(D, '14 de agosto de 1939')} en una comunidad cerca de Puno. Con su DNI {m(ID, '01284473')} en el bolsillo y nada más, llegó a Lima en 1962 y abrió un taller de zapatería en el {m(A, 'jirón Huallaga 611')}.""")


add("sport", "es", True, """Resultado final: Real Madrid 2-1 Barcelona (Vinícius 18', Bellingham 90+1'; Lewandowski 73'). Asistencia: 78.412 espectadores. Próxima jornada: sábado 20:00 en el Metropolitano. Clasificación: 1.º Real Madrid 78 pts, 2.º Girona 71, 3.º Barcelona 70.""")

add("legal", "es", True, """Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común (BOE-A-2015-10565), art. 21.3; STS 1234/2019, de 15 de abril (ECLI:ES:TS:2019:1234); Real Decreto 1065/2007. Recurso n.º 402/2023, Sala Tercera, Sección 4.ª.""")

add("invoice", "es", True, """FACTURA N.º F-2024/00918 · Pedido 4500118832 · Albarán AL-33710
Ferretería Industrial del Norte, S.A. – CIF A-48265169 – Polígono Asua, nave 14
Ref. 77210-HX  Tornillo DIN 933 M8x40 zincado  caja 200 uds.  18,40 €
Vencimiento: 30 días f.f.""")

# ================================================================ Italian
CF1 = it_cf('BNCGLI72D45F205')
add("form", "it", False, f"""MODULO DI ADESIONE – Palestra Comunale
Cognome: {m(N, 'Bianchi')}   Nome: {m(N, 'Giulia')}
Nata a: Milano (MI) il {m(D, '05/04/1972')}
Codice fiscale: {m(ID, CF1)}
Residenza: {m(A, 'Via dei Mille 34, scala B, interno 9')}, 20129 Milano
Cellulare: {m(P, '+39 347 882 1045')}  E-mail: {m(E, 'giulia.bianchi72@libero.it')}""")

add("minutes", "it", False, f"""Verbale dell'assemblea condominiale del 9 maggio
Sono presenti i condomini: {m(N, 'Rosaria Esposito')} (int. 2), {m(N, 'Gianluca De Santis')} (int. 5), {m(N, 'Amedeo Lo Iacono')} (int. 7).
Il sig. {m(N, 'De Santis')} lamenta infiltrazioni dal lastrico solare. L'amministratore, rag. {m(N, 'Pierpaolo Vitale')}, si impegna a far eseguire un sopralluogo entro fine mese.""")

add("email", "it", False, f"""Ciao {m(N, 'Fede')},
ti giro i dati di mia cugina per la prenotazione: {m(N, 'Martina Russo')}, nata il {m(D, '17 ottobre 1998')}, carta d'identità n. {m(ID, 'CA73605RM')}. Abita ancora in {m(A, 'via Tiburtina 1020')}, ma le lettere mandale a me.
Un abbraccio,
{m(N, 'Chiara')}""")


add("invoice", "it", True, """Fattura n. 2024/0871 del 15/03/2024 – Ordine cliente 88-1173
Tipografia Moderna S.r.l. – P.IVA 01234560157 – REA MI-1598732
Art. 4410-BX  Carta patinata 150 g/m² A3  5 risme  € 62,50
Pagamento: bonifico a 60 gg d.f.""")

add("chat", "it", False, f"""{m(N, 'Sara')}: raga stasera pizza da {m(N, 'lorenzo')}?
{m(N, 'Matteo Gallo')}: io ci sono
{m(N, 'Sara')}: {m(N, 'lore')} mandami l'indirizzo preciso che non mi ricordo
{m(N, 'Lorenzo')}: {m(A, 'via Nizza 58, terzo piano')}, citofono {m(N, 'Ferrero')}""")

# ================================================================ Portuguese (BR, PT)
add("chat", "pt", False, f"""Atendimento Banco – chat
Cliente: oi, meu cartão foi bloqueado
Atendente ({m(N, 'Juliana')}): Olá! Para confirmar sua identidade, informe o CPF, por favor.
Cliente: {m(ID, br_cpf('529982247'))}
Atendente ({m(N, 'Juliana')}): Obrigada, Sr. {m(N, 'Anderson Luiz Nascimento')}. Confirma o endereço {m(A, 'Rua Augusta, 1520, apto 84')}?
Cliente: isso, Consolação, SP""")

add("invoice", "pt", False, f"""FATURA-RECIBO FR 2024/1187
Cliente: {m(N, 'Maria Inês Teixeira Barbosa')}
NIF: {m(ID, pt_nif('23865109'))}
Morada: {m(A, 'Rua do Almada, 221, 2.º Esq.')}, 4050-036 Porto
Descrição: Consulta de fisioterapia (3 sessões) ........ 105,00 €""")

add("prose", "pt", False, f"""Dona {m(N, 'Conceição')} faz cem anos amanhã. Nasceu em {m(D, '12 de junho de 1924')}, em Santarém, no Pará, e ainda hoje borda todas as tardes na varanda da casa do neto, {m(N, 'Raimundo Neto Cardoso')}.""")

add("hr", "pt", False, f"""Ficha de admissão
Nome completo: {m(N, 'Thiago Henrique Rocha Guimarães')}
Data de nascimento: {m(D, '02/12/1990')}
CPF: {m(ID, br_cpf('071394258').replace('.', '').replace('-', ''))}
PIS: {m(ID, br_pis('1205346177'))}
E-mail pessoal: {m(E, 'thiago.hrg@hotmail.com')}  Celular: {m(P, '(31) 99821-4470')}""")


add("invoice", "pt", True, """Pedido #BR-884213 confirmado! Nota fiscal eletrônica nº 000.118.442, série 1. Transportadora: Jadlog, código de rastreio 10082237451882. Loja: Casa & Cozinha Comércio Ltda., CNPJ 11.222.333/0001-81. Prazo de entrega: 5 a 8 dias úteis.""")

# ================================================================ Dutch (NL, BE)
add("letter", "nl", False, f"""Gemeente Utrecht – Afdeling Burgerzaken
Aan: de heer {m(N, 'R.J. van der Meulen')}
{m(A, 'Oudegracht 214-bis')}
3511 NX Utrecht
Betreft: aanvraag parkeervergunning
BSN: {m(ID, nl_bsn('17283940'))}
Geachte heer {m(N, 'Van der Meulen')},
Uw aanvraag van 4 maart is in behandeling genomen.""")

add("chat", "nl", False, f"""[Teams] {m(N, 'Sanne de Wit')} 10:02
heeft iemand het rekeningnummer van {m(N, 'Bram')}? hij moet zijn declaratie nog terugkrijgen
[Teams] {m(N, 'Youssef El Amrani')} 10:04
{m(I, g4(iban('NL', 'INGB0004518326')))} staat op zijn formulier
[Teams] {m(N, 'Sanne de Wit')} 10:04
top, dank je {m(N, 'Youssef')}""")

add("cv", "nl", False, f"""CURRICULUM VITAE
{m(N, 'Femke Hoogendijk')}
{m(A, 'Keizersgracht 88 hs')}, Amsterdam
{m(P, '06-41 72 90 33')} · {m(E, 'femke.hoogendijk@ziggo.nl')}
Geboren: {m(D, '21 januari 1992')}
Werkervaring: 2019–heden – Projectleider, Havenbedrijf Rotterdam""")


add("invoice", "nl", True, """Factuurnummer 2024-0419 · Klantnummer 70113 · Ordernummer PO-88214
Bakkerij Van Vliet B.V. · KvK 34128890 · btw NL812345678B01
2x Croissant roomboter (art. 10233) · 1x Volkorenbrood 800 g (art. 10012)
Totaal € 11,85 – betaald met pin.""")

# ================================================================ Catalan, Galician, Basque
add("email", "ca", False, f"""Bon dia {m(N, 'Montserrat')},
T'envio les dades del meu germà per a la matrícula del casal: {m(N, 'Arnau Puigdomènech i Vila')}, nascut el {m(D, '9 de març de 2013')}, domicili {m(A, 'carrer de Sant Pere Més Alt 37, 2n 1a')}. Per qualsevol cosa, truca'm al {m(P, '628 41 77 09')}.
Gràcies!
{m(N, 'Laia')}""")


add("form", "gl", False, f"""FOLLA DE INSCRICIÓN – Escola de música
Nome e apelidos: {m(N, 'Uxía Lamas Rodríguez')}
Data de nacemento: {m(D, '11/02/2010')}
Enderezo: {m(A, 'Rúa do Vilar 19, 1.º dereita')}, Santiago de Compostela
Pai/nai: {m(N, 'Xosé Manuel Lamas')}""")


add("letter", "eu", False, f"""Kaixo {m(N, 'Itziar')},
{m(N, 'Josu Agirrezabala')} naiz, zure lehengusua. Ama hil zenetik ez dugu elkar ikusi. Orain {m(A, 'Kale Nagusia 12, 3. eskuina')} helbidean bizi naiz, Tolosan. Deitu nahi baduzu: {m(P, '+34 688 20 41 57')}.
Besarkada bat""")


# ================================================================ Nordic
add("letter", "sv", False, f"""Försäkringskassan
Beslut om bostadsbidrag
Till: {m(N, 'Elin Sjöberg')}
Personnummer: {m(ID, (lambda x: x[:6] + '-' + x[6:])(se_pnr('850412337')))}
Adress: {m(A, 'Götgatan 48 lgh 1102')}, 118 26 Stockholm
Vi har beviljat dig bostadsbidrag med 1 850 kr per månad från och med 1 maj. Har du frågor kan du ringa handläggare {m(N, 'Anders Nyqvist')} på {m(P, '010-116 42 87')}.""")

add("prose", "sv", False, f"""Vår käre pappa och morfar {m(N, 'Bengt-Åke Lindholm')}, född {m(D, '3 mars 1941')}, har lämnat oss. Han sörjs närmast av {m(N, 'Karin')} och {m(N, 'Per')} med familjer. Minnesstunden hålls i församlingshemmet efter begravningen.""")


add("form", "no", False, f"""NAV – Søknad om dagpenger
Navn: {m(N, 'Ingrid Marie Haugen')}
Fødselsnummer (11 siffer): {m(ID, no_fnr('150789498'))}
Adresse: {m(A, 'Thorvald Meyers gate 22B, H0302')}
0555 Oslo
Kontonummer for utbetaling: {(lambda x: m(I, g4(iban('NO', x))))(no_bban('1503424119'))}""")

add("sport", "no", True, """Rosenborg–Molde 2–2 (1–0). Mål: Sæter 12, Nypan 77; Eikrem 58, Haugen 90+2. Tilskuere: 18 104 på Lerkendal. Neste kamp: søndag kl. 18.00 mot Bodø/Glimt. Tabell: 1. Bodø/Glimt 54 p, 2. Brann 51, 3. Molde 47.""")

add("email", "da", False, f"""Hej {m(N, 'Mette')},
Tak for snakken i går. Som lovet sender jeg oplysningerne til lejekontrakten:
Lejer: {m(N, 'Rasmus Kjærgaard Pedersen')}, CPR-nr. {m(ID, dk_cpr('120588', '1437'))}
Lejemål: {m(A, 'Nørrebrogade 34, 3. tv.')}, 2200 København N
Indflytning 1. august.
Venlig hilsen
{m(N, 'Søren Bach')}
Ejendomsadministrator · {m(P, '+45 31 72 09 44')}""")

add("recipe", "da", True, """Rugbrød (2 stk.): 1,2 kg rugkerner, 750 g rugmel, 25 g gær, 20 g salt, 1,5 l vand. Bages ved 180 °C i 1 t 45 min. Fra H.C. Andersens Odense, opskrift nr. 114 i »Frk. Jensens Kogebog« (ISBN 978-87-02-28790-3).""")

add("hr", "fi", False, f"""TYÖSOPIMUS – henkilötiedot
Työntekijä: {m(N, 'Aino Kristiina Lehtonen')}
Henkilötunnus: {m(ID, fi_hetu('240396', '-', '284'))}
Osoite: {m(A, 'Mannerheimintie 12 B 34')}, 00100 Helsinki
Puhelin: {m(P, '040 518 2273')}
Esimies: {m(N, 'Matti Virtanen')}""")

add("prose", "fi", False, f"""Eilen kävin {m(N, 'Matti Virtasen')} luona mökillä. {m(N, 'Virtasen')} vaimo {m(N, 'Leena')} oli leiponut korvapuusteja, ja heidän poikansa {m(N, 'Eetu')} näytti meille uutta venettään. {m(N, 'Matille')} pitää vielä palauttaa se porakone.""")


add("form", "is", False, f"""Umsókn um leikskólapláss
Barn: {m(N, 'Sóley Ragnarsdóttir')}, kennitala {m(ID, is_kt('110320' + '38', '0'))}
Foreldri: {m(N, 'Ragnar Þór Guðmundsson')}
Heimilisfang: {m(A, 'Laugavegur 41, 2. hæð')}, 101 Reykjavík
Sími: {m(P, '+354 862 4410')}""")


# ================================================================ Baltic
add("medical", "et", False, f"""SAATEKIRI
Patsient: {m(N, 'Kadri Tamm')}
Isikukood: {m(ID, ee_ik('4870913026'))}
Elukoht: {m(A, 'Tartu mnt 18-7')}, Tallinn
Suunav arst: dr {m(N, 'Jaan Kask')}
Diagnoos: J45.0 Valdavalt allergiline astma""")


add("contract", "lv", False, f"""ĪRES LĪGUMS Nr. 24/118
Izīrētājs: {m(N, 'Jānis Bērziņš')}, personas kods {m(ID, lv_pk('1204751021'))}
Īrnieks: {m(N, 'Līga Ozoliņa')}
Īres objekts: {m(A, 'Brīvības iela 85 - 12')}, Rīga
Īres maksa: 420 EUR mēnesī, pārskaitot uz kontu {m(I, g4(iban('LV', 'HABA0551023948871')))}.""")


add("letter", "lt", False, f"""Gerb. {m(N, 'Rasa Kazlauskienė')},
informuojame, kad Jūsų prašymas dėl socialinės pašalpos gautas. Prašymą pateikė Jūsų sūnus {m(N, 'Mantas Kazlauskas')} (a. k. {m(ID, lt_ak('3951108045'))}). Atsakymą išsiųsime adresu {m(A, 'Gedimino pr. 9-14')}, Vilnius.
Su pagarba,
{m(N, 'Dalia Petrauskaitė')}""")

add("legal", "lt", True, """Lietuvos Aukščiausiojo Teismo 2021 m. kovo 18 d. nutartis civilinėje byloje Nr. e3K-3-64-684/2021; CK 6.2 straipsnis. Bylos nagrinėjimas atidėtas iki 2024-06-12. UAB „Maxima LT“, įmonės kodas 123033512.""")

# ================================================================ Polish
add("form", "pl", False, f"""WNIOSEK O WYDANIE KARTY PARKINGOWEJ
Imię i nazwisko: {m(N, 'Katarzyna Wójcik-Zielińska')}
PESEL: {m(ID, pesel('8607231438'))}
Seria i numer dowodu osobistego: {m(ID, pl_idcard('ABS', '52317'))}
Adres zamieszkania: {m(A, 'ul. Marszałkowska 84/92 m. 115')}, 00-514 Warszawa
Telefon: {m(P, '+48 601 234 876')}""")

add("chat", "pl", False, f"""[12:01] {m(N, 'kuba')}: rozmawiałeś już z {m(N, 'Tomaszem Nowakiem')}?
[12:03] {m(N, 'Piotr Zając')}: tak, wczoraj. powiedział, że przelew od pani {m(N, 'Jadwigi')} przyszedł
[12:03] {m(N, 'kuba')}: a faktura na jego NIP {m(ID, pl_nip('527301841'))}?
[12:04] {m(N, 'Piotr Zając')}: wysłana do {m(N, 'Agnieszki')}""")

add("police", "pl", False, f"""NOTATKA URZĘDOWA
W dniu 14.03. o godz. 21:30 na ul. Długiej zatrzymano do kontroli pojazd marki Skoda, kierowany przez {m(N, 'Dariusza Kowalczyka')}, ur. {m(D, '04.11.1978')}, zam. {m(A, 'ul. Ogarna 27/3')}, Gdańsk. Kierujący okazał prawo jazdy nr {m(ID, '04218/12/2211')}. Pasażerem była {m(N, 'Monika Kowalczyk')}.""")


add("invoice", "pl", True, """Faktura VAT nr FV/2024/03/1187 z dnia 15.03.2024
Sprzedawca: Hurtownia Budowlana „Budmax” sp. z o.o., NIP 525-000-12-23, KRS 0000123456
Poz. 1  Cement portlandzki CEM II 25 kg, kod 590288012  40 szt.  23,99 zł
Numer zamówienia: ZAM-88213. Termin płatności: 14 dni.""")

# ================================================================ Czech, Slovak
add("letter", "cs", False, f"""Vážená paní {m(N, 'Nováková')},
oznamujeme Vám, že žádost o příspěvek na bydlení podaná Vaším manželem, panem {m(N, 'Jiřím Novákem')}, r. č. {m(ID, cz_rc('780412153'))}, byla schválena. Příspěvek bude zasílán na adresu {m(A, 'Vinohradská 1233/48')}, 120 00 Praha 2.
S pozdravem
Ing. {m(N, 'Petra Dvořáková')}""")

add("hr", "cs", False, f"""Osobní dotazník zaměstnance
Příjmení a jméno: {m(N, 'Horáková Lucie')}
Datum narození: {m(D, '15. 8. 1990')}
Rodné číslo: {m(ID, cz_rc('905815246'))}
Číslo OP: {m(ID, '209874316')}
Bydliště: {m(A, 'Masarykova 512/17')}, Brno""")

add("sport", "cs", True, """Sparta Praha – Slavia Praha 2:2 (1:1). Branky: Haraslín 23., Kuchta 71. – Chorý 40., Jurečka 88. Diváci: 18 944. Příští kolo: sobota 17:00, Plzeň – Sparta. Tabulka: 1. Sparta 68 b., 2. Slavia 67 b.""")

add("form", "sk", False, f"""Prihláška na letný tábor
Meno dieťaťa: {m(N, 'Šimon Kováč')}
Dátum narodenia: {m(D, '21.5.2014')}
Rodné číslo: {m(ID, cz_rc('140521312'))}
Adresa: {m(A, 'Obchodná 22')}, 811 06 Bratislava
Zákonný zástupca: {m(N, 'Zuzana Kováčová')}, tel. {m(P, '0905 412 377')}""")


# ================================================================ Hungarian, Romanian, Bulgarian
add("form", "hu", False, f"""BETEGFELVÉTELI LAP
Név: {m(N, 'Kovács Ádám')}
Születési idő: {m(D, '1983. szeptember 14')}.
TAJ-szám: {m(ID, hu_taj('04421873'))}
Adóazonosító jel: {m(ID, hu_adoaz('842624518'))}
Lakcím: {m(A, 'Váci út 37. 2. em. 5. ajtó')}, 1134 Budapest
Hozzátartozó: {m(N, 'Kovácsné Szabó Erika')}, {m(P, '+36 30 418 2290')}""")


add("contract", "ro", False, f"""CONTRACT DE ÎNCHIRIERE nr. 112/2024
Între {m(N, 'Ionescu Andrei-Mihai')}, CNP {m(ID, ro_cnp('186052240037'))}, domiciliat în {m(A, 'Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, ap. 27')}, Iași, în calitate de proprietar,
și {m(N, 'Elena Popa')}, CNP {m(ID, ro_cnp('295110312041'))}, în calitate de chiriaș.
Chiria lunară de 1.800 lei se plătește în contul {m(I, g4(iban('RO', 'BTRL0130120205184700')))}.""")


add("medical", "bg", False, f"""НАПРАВЛЕНИЕ ЗА КОНСУЛТАЦИЯ
Пациент: {m(N, 'Мария Стоянова Петрова')}
ЕГН: {m(ID, bg_egn('910612187'))}
Адрес: {m(A, 'ул. „Граф Игнатиев“ 15, ет. 3, ап. 7')}, София
Тел.: {m(P, '0888 412 509')}
Насочва: д-р {m(N, 'Николай Ангелов')}""")


# ================================================================ South Slavic, Albanian, Greek
add("form", "hr", False, f"""PRIJAVA PREBIVALIŠTA
Ime i prezime: {m(N, 'Ivana Marić Šimunović')}
OIB: {m(ID, '5839201746' + iso7064_11_10('5839201746'))}
Datum rođenja: {m(D, '02.10.1987')}.
Adresa: {m(A, 'Ilica 242, 4. kat, stan 11')}, 10000 Zagreb
Mobitel: {m(P, '091 552 3318')}""")

add("chat", "hr", False, f"""{m(N, 'Luka')}: jel netko vidio {m(N, 'Marka')} danas?
{m(N, 'Petra Kovačević')}: bio je kod {m(N, 'Ante')} ujutro
{m(N, 'Luka')}: reci mu nek me nazove na {m(P, '098 771 204')}, hitno je""")


add("police", "sr", False, f"""ЗАПИСНИК О САСЛУШАЊУ
Саслушан је {m(N, 'Милош Јовановић')}, ЈМБГ {m(ID, jmbg('150398771023'))}, са пребивалиштем у {m(A, 'Булевар краља Александра 73/II, стан 14')}, Београд. Именовани наводи да је дана 3. марта видео {m(N, 'Драгана Петровића')} испред продавнице.""")


add("hr", "sl", False, f"""Osebni podatki delavca
Priimek in ime: {m(N, 'Kranjc Maja')}
EMŠO: {m(ID, jmbg('220899950517'))}
Davčna številka: {m(ID, si_davcna('2845193'))}
Naslov: {m(A, 'Slovenska cesta 55')}, 1000 Ljubljana
Elektronska pošta: {m(E, 'maja.kranjc@siol.net')}""")


add("letter", "mk", False, f"""Почитувана госпоѓо {m(N, 'Стојановска')},
Ве известуваме дека барањето на вашиот сопруг {m(N, 'Александар Стојановски')}, ЕМБГ {m(ID, jmbg('071198545001'))}, е одобрено. Решението ќе биде доставено на адреса {m(A, 'ул. Македонија бр. 12, влез 2, стан 9')}, Скопје.""")


add("contract", "bs", False, f"""UGOVOR O ZAKUPU
Zakupodavac: {m(N, 'Emir Hadžić')}, JMBG {m(ID, jmbg('280497817001'))}
Zakupac: {m(N, 'Amra Delić')}
Predmet zakupa: stan u {m(A, 'Ferhadija 14, sprat 3')}, Sarajevo
Kirija: 650 KM mjesečno.""")

add("email", "sq", False, f"""Përshëndetje {m(N, 'Arben')},
Po të dërgoj të dhënat e motrës sime për rezervimin: {m(N, 'Elira Hoxha')}, e lindur më {m(D, '4 prill 1996')}, pasaportë nr. {m(ID, 'BA4712396')}. Adresa: {m(A, 'Rruga e Durrësit, Pallati 12, Shkalla 2, Ap. 8')}, Tiranë. Celulari: {m(P, '+355 69 214 7730')}.
Faleminderit,
{m(N, 'Besnik')}""")


AMKA1 = (lambda b: b + luhn_digit(b))('1506821457')
add("medical", "el", False, f"""ΠΑΡΑΠΕΜΠΤΙΚΟ
Ασθενής: {m(N, 'Παπαδοπούλου Αικατερίνη')}
ΑΜΚΑ: {m(ID, AMKA1)}
Ημ. γέννησης: {m(D, '15/06/1982')}
Διεύθυνση: {m(A, 'Ερμού 45, 3ος όροφος')}, 105 63 Αθήνα
Τηλ.: {m(P, '+30 694 412 8873')}
Παραπέμπων ιατρός: {m(N, 'Νικόλαος Κωνσταντίνου')}""")

add("invoice", "el", False, f"""ΑΠΟΔΕΙΞΗ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ
Πελάτης: {m(N, 'Γιώργος Αντωνίου')}
ΑΦΜ: {m(ID, gr_afm('13847920'))}
Αρ. ταυτότητας: {m(ID, 'ΑΚ 730614')}
Διεύθυνση: {m(A, 'Λεωφόρος Νίκης 22, διαμ. 5')}, Θεσσαλονίκη""")


add("legal", "el", True, """ΑΠ 1234/2019 (Α2 Πολιτικό Τμήμα)· άρθρα 914 και 932 ΑΚ· ΦΕΚ Α' 167/2023. Η συζήτηση αναβάλλεται για τις 12.06.2024. Αριθμός κατάθεσης 4418/2023.""")

# ================================================================ Maltese, Irish, Welsh, Luxembourgish
add("form", "mt", False, f"""Formola ta' Applikazzjoni – Skola Primarja
Isem it-tifel/tifla: {m(N, 'Luke Camilleri')}
Data tat-twelid: {m(D, '12/09/2017')}
Numru tal-Karta tal-Identità tal-ġenitur: {m(ID, '0412385M')}
Indirizz: {m(A, "Flat 3, 112, Triq il-Kbira")}, Ħal Qormi
Ġenitur: {m(N, 'Rita Camilleri')}, mowbajl {m(P, '+356 7942 1187')}""")


add("letter", "ga", False, f"""A {m(N, 'Sheáin')} a chara,
Tá áthas orm a rá gur glacadh le d'iarratas. Cuir d'uimhir PSP ({m(ID, ie_pps('6402718'))}) ar gach litir chugainn feasta. Seolfar an cárta chuig {m(A, '14 Bóthar na Trá')}, Gaillimh.
Is mise le meas,
{m(N, 'Máire Ní Bhriain')}""")


add("email", "cy", False, f"""Annwyl {m(N, 'Gwenllian')},
Diolch am dy neges. Dyma fanylion cyswllt fy nhad ar gyfer y cofrestru: {m(N, 'Dafydd ap Rhys')}, {m(A, '12 Stryd y Castell')}, Caernarfon. Ei rif ffôn yw {m(P, '01286 672 418')}. Cafodd ei eni ar {m(D, '8 Mawrth 1954')}.
Cofion,
{m(N, 'Elin')}""")


add("form", "lb", False, f"""Umeldung bei der Gemeng
Numm: {m(N, 'Schmit')}   Virnumm: {m(N, 'Jos')}
Gebuertsdatum: {m(D, '03.05.1976')}
Matrikel: {m(ID, lu_matricule('19760503127'))}
Adress: {m(A, '24, rue de la Gare')}, L-9122 Schieren
Telefon: {m(P, '+352 621 447 018')}""")

# ================================================================ Russian, Ukrainian, Belarusian
add("form", "ru", False, f"""АНКЕТА СОТРУДНИКА
ФИО: {m(N, 'Смирнова Анастасия Игоревна')}
Дата рождения: {m(D, '17.02.1991')}
Паспорт: серия и номер {m(ID, '45 12 345678')}, выдан ОВД «Тёплый Стан» г. Москвы
ИНН: {m(ID, ru_inn12('7728104417'))}
СНИЛС: {m(ID, ru_snils('147258363'))}
Адрес регистрации: {m(A, 'ул. Профсоюзная, д. 43, корп. 2, кв. 118')}, Москва""")

add("chat", "ru", False, f"""[Telegram] {m(N, 'Дима Кузнецов')}, 19:02
ребят, кто-нибудь знает номер {m(N, 'Сергея Павловича')}?
[Telegram] {m(N, 'Оля')}, 19:05
{m(P, '+7 916 482-17-03')}, только он после девяти не берёт
[Telegram] {m(N, 'Дима Кузнецов')}, 19:06
спасибо, {m(N, 'Оль')}! передам {m(N, 'Кате')}""")

add("police", "ru", False, f"""ПРОТОКОЛ ОПРОСА
Опрошен гр. {m(N, 'Ахмедов Руслан Тимурович')}, {m(D, '05.09.1984')} г.р., проживающий по адресу: {m(A, 'пр-т Ленина, д. 87, кв. 12')}, г. Екатеринбург. По существу пояснил, что 12 марта около 22:00 его сосед {m(N, 'Григорьев')} громко слушал музыку.""")


add("legal", "ru", True, """Постановление Пленума Верховного Суда РФ от 23.06.2015 № 25; ст. 15, 1064 ГК РФ; дело № А40-118734/2023. ООО «Ромашка», ИНН 7701234567, ОГРН 1027700132195. Заседание отложено на 12.06.2024 в 10:30, зал № 4.""")

add("hr", "uk", False, f"""ОСОБОВА КАРТКА ПРАЦІВНИКА
Прізвище, ім'я, по батькові: {m(N, 'Коваленко Оксана Василівна')}
Дата народження: {m(D, '29.07.1988')}
РНОКПП: {m(ID, ua_rnokpp('323520148'))}
Паспорт (ID-картка): {m(ID, '004512873')}
Адреса: {m(A, 'вул. Хрещатик, 15, кв. 42')}, Київ
Телефон: {m(P, '+380 67 412 5530')}""")

add("chat", "uk", False, f"""{m(N, 'Тарас')}: привіт, ти вже говорив з {m(N, 'Андрієм Мельником')}?
{m(N, 'Олена Бондар')}: так, він скинув реквізити: {m(I, g4(iban('UA', '3052990000026207314498821')))}
{m(N, 'Тарас')}: дякую! передай {m(N, 'Ірині')}, що я завтра заїду""")


add("letter", "be", False, f"""Паважаная спадарыня {m(N, 'Ганна Лукашэвіч')}!
Паведамляем, што ваша заява прынята. Вынік будзе дасланы на адрас {m(A, 'вул. Кірава, д. 14, кв. 6')}, Мінск. Нумар пашпарта, указаны ў заяве: {m(ID, 'MP3456721')}.
З павагай, {m(N, 'Сяргей Мароз')}""")


# ================================================================ Caucasus and Central Asia
add("email", "ka", False, f"""გამარჯობა {m(N, 'თამარ')},
სასტუმროს ჯავშნისთვის გიგზავნი ჩემი ქმრის მონაცემებს: {m(N, 'გიორგი კაპანაძე')}, პირადი ნომერი {m(ID, '01024056789')}, დაბადებული {m(D, '14.03.1993')}. ჩვენი მისამართია {m(A, 'ჭავჭავაძის გამზირი 37, ბინა 12')}, თბილისი. თუ რამე დაგჭირდება, დამირეკე: {m(P, '+995 599 41 22 87')}.
მადლობა,
{m(N, 'ნინო ბერიძე')}""")


add("letter", "hy", False, f"""Հարգելի {m(N, 'Արմեն Սարգսյան')},
Տեղեկացնում ենք, որ Ձեր դիմումը ընդունված է։ Խնդրում ենք ներկայանալ անձնագրով ({m(ID, 'AP0456712')})։ Պատասխանը կուղարկվի {m(A, 'Տիգրան Մեծի 48, բն. 21')} հասցեով, Երևան։ Հեռախոս՝ {m(P, '+374 91 427 318')}։""")


add("chat", "az", False, f"""[WhatsApp] {m(N, 'Günay')}: {m(N, 'Elvin')}, bileti almaq üçün FİN kodun lazımdır
[WhatsApp] {m(N, 'Elvin Məmmədov')}: {m(ID, '5ZK8R2T')}
[WhatsApp] {m(N, 'Günay')}: doğum tarixin {m(D, '21.04.1994')}, düzdür?
[WhatsApp] {m(N, 'Elvin Məmmədov')}: hə. bilet {m(A, 'Nizami küçəsi 67, mənzil 14')} ünvanına gəlsin, {m(N, 'Rauf')} əmi evdə olacaq""")


add("form", "kk", False, f"""ӨТІНІШ
Тегі, аты: {m(N, 'Сейітқали Айгүл')}
ЖСН: {m(ID, kz_iin('88031540125'))}
Туған күні: {m(D, '15.03.1988')}
Мекенжайы: {m(A, 'Абай даңғылы 52, 17-пәтер')}, Алматы
Телефон: {m(P, '+7 701 482 33 19')}""")


add("chat", "uz", False, f"""{m(N, 'Dilnoza')}: {m(N, 'Jasur')}, pasport raqamingni yubor, chipta olaman
{m(N, 'Jasur Karimov')}: {m(ID, 'AC7150386')}
{m(N, 'Dilnoza')}: tug'ilgan kuning {m(D, '12.08.1995')} edi-a?
{m(N, 'Jasur Karimov')}: ha, to'g'ri""")


add("letter", "mn", False, f"""Эрхэм {m(N, 'Батбаяр')} танаа,
Таны хүсэлтийг хүлээн авлаа. Хариуг {m(A, 'Сөүлийн гудамж 14, 3-р байр, 27 тоот')}, Улаанбаатар хаягаар илгээнэ. Асуух зүйл байвал {m(P, '+976 9911 4827')} дугаарт залгана уу.
Хүндэтгэсэн, {m(N, 'Д. Оюунчимэг')}""")


# ================================================================ Turkish
add("form", "tr", False, f"""ÖĞRENCİ KAYIT FORMU
Adı Soyadı: {m(N, 'Elif Şahin Yıldırım')}
T.C. Kimlik No: {m(ID, tr_tckn('384719362'))}
Doğum Tarihi: {m(D, '08.01.2012')}
Adres: {m(A, 'Bağdat Caddesi No: 214 Daire: 7')}, Kadıköy/İstanbul
Veli: {m(N, 'Mustafa Yıldırım')}  Cep: {m(P, '0532 418 77 20')}""")

add("email", "tr", False, f"""Merhaba {m(N, 'Gökhan')} Bey,
Ekte {m(N, 'Ayşe Güleryüz')} Hanım'ın özgeçmişini gönderiyorum. Kendisiyle {m(E, 'ayse.guleryuz@yandex.com.tr')} adresinden veya {m(P, '+90 541 302 66 19')} numarasından iletişime geçebilirsiniz.
Saygılarımla,
{m(N, 'Zeynep Aydoğdu')}""")


add("legal", "tr", True, """Yargıtay 9. Hukuk Dairesi, E. 2019/4412, K. 2020/1187, T. 12.03.2020; 4857 sayılı İş Kanunu m. 18. Davalı şirket: ABC Tekstil A.Ş., Mersis No 0012345678900015, Vergi No 1234567890.""")

# ================================================================ Arabic
SA1 = (lambda b: b + luhn_digit(b))('108472936')
add("form", "ar", False, f"""نموذج طلب بطاقة عضوية – النادي الرياضي
الاسم الكامل: {m(N, 'عبدالله بن فهد القحطاني')}
رقم الهوية الوطنية: {m(ID, SA1)}
تاريخ الميلاد: {m(D, '1990/03/14')}
العنوان: {m(A, 'شارع التخصصي، مبنى 4412، شقة 7')}، حي المعذر، الرياض
الجوال: {m(P, '+966 55 481 2273')}""")

add("chat", "ar", False, f"""[٩:١٢ م] {m(N, 'منى')}: يا {m(N, 'كريم')} ابعتلي رقم باسبورك عشان الحجز
[٩:١٥ م] {m(N, 'كريم عادل')}: {m(ID, 'A24871936')}
[٩:١٥ م] {m(N, 'منى')}: وتاريخ ميلادك؟
[٩:١٦ م] {m(N, 'كريم عادل')}: {m(D, '7 نوفمبر 1992')}
[٩:١٧ م] {m(N, 'منى')}: تمام، وهكلم {m(N, 'سارة')} على {m(P, '+20 100 736 2150')}""")

add("hr", "ar", False, f"""بيانات الموظف – إدارة الموارد البشرية
الاسم: {m(N, 'فاطمة الزهراء المنصوري')}
رقم الهوية الإماراتية: {m(ID, ae_eid('78419880412739'))}
البريد الإلكتروني: {m(E, 'f.almansouri@emirates-mail.ae')}
الحساب البنكي (IBAN): {m(I, g4(iban('AE', '0330000019104471826')))}""")

add("police", "ar", False, f"""محضر استماع
حضر السيد {m(N, 'يوسف بن علي العلوي')}، الحامل للبطاقة الوطنية رقم {m(ID, 'BK639027')}، الساكن بـ{m(A, 'زنقة ابن بطوطة، رقم 17، الطابق الثاني')}، الدار البيضاء، وصرح بأن جاره {m(N, 'حميد')} اعتدى عليه لفظيا.""")


add("legal", "ar", True, """استناداً إلى المادة 163 من القانون المدني المصري، وحكم محكمة النقض في الطعن رقم 1187 لسنة 84 قضائية بجلسة 12/03/2019. السجل التجاري للشركة المدعى عليها رقم 118734، رقم التسجيل الضريبي 100-234-567.""")

# ================================================================ Persian, Hebrew, Urdu
add("form", "fa", False, f"""فرم ثبت‌نام کلاس زبان
نام و نام خانوادگی: {m(N, 'زهرا احمدی‌نژاد')}
کد ملی: {m(ID, ir_code('007248193'))}
تاریخ تولد: {m(D, '۱۳۷۲/۰۵/۱۸')}
نشانی: {m(A, 'خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۴')}، تهران
تلفن همراه: {m(P, '0912 481 3370')}""")


add("chat", "fa", False, f"""{m(N, 'علی')}: سلام {m(N, 'مریم')} جان، ایمیل آقای {m(N, 'رضایی')} رو داری؟
{m(N, 'مریم کریمی')}: آره، {m(E, 'm.rezaei1359@gmail.com')}
{m(N, 'علی')}: مرسی""")

IL1 = (lambda b: b + luhn_digit(b))('30487219')
add("contract", "he", False, f"""הסכם שכירות
השוכר: {m(N, 'נועה בן-דוד')}, ת"ז {m(ID, IL1)}
המשכיר: {m(N, 'אבי לוי')}
כתובת הנכס: {m(A, 'רחוב הרצל 24, דירה 5')}, חיפה
דמי השכירות ישולמו לחשבון {m(I, g4(iban('IL', '0108000000099520417')))}.
טלפון השוכרת: {m(P, '054-728-1193')}""")


add("letter", "ur", False, f"""محترمہ {m(N, 'عائشہ بی بی')} صاحبہ،
آپ کی درخواست موصول ہو گئی ہے۔ براہ کرم اپنا شناختی کارڈ نمبر {m(ID, '35202-4817263-4')} ہر خط میں لکھیں۔ جواب {m(A, 'مکان نمبر 14، گلی نمبر 7')}، گلبرگ III، لاہور کے پتے پر بھیجا جائے گا۔
آپ کا مخلص،
{m(N, 'محمد عمران قریشی')}""")


# ================================================================ Indian languages
AAD1 = verhoeff('63950274188')
add("form", "hi", False, f"""आवेदन पत्र – गैस कनेक्शन
आवेदक का नाम: {m(N, 'सुनीता देवी शर्मा')}
पिता/पति का नाम: {m(N, 'राजेश कुमार शर्मा')}
आधार संख्या: {m(ID, AAD1[:4] + ' ' + AAD1[4:8] + ' ' + AAD1[8:])}
पैन: {m(ID, 'ABKPS4827L')}
पता: {m(A, 'मकान नं. 14, गली नं. 3')}, लाजपत नगर, नई दिल्ली – 110024
मोबाइल: {m(P, '+91 98110 48273')}""")

add("chat", "hi", False, f"""{m(N, 'रोहित')}: भाई {m(N, 'प्रिया')} का नंबर भेज दे
{m(N, 'अमन वर्मा')}: {m(P, '98765 41230')}
{m(N, 'रोहित')}: थैंक्स, और {m(N, 'वर्मा')} जी को बोल देना कि कल मीटिंग 11 बजे है""")


add("form", "bn", False, f"""ভর্তি ফরম
শিক্ষার্থীর নাম: {m(N, 'তাসনিম রহমান')}
জন্ম তারিখ: {m(D, '১২/০৩/২০১১')}
পিতার নাম: {m(N, 'মোঃ আব্দুর রহমান')}
পিতার জাতীয় পরিচয়পত্র নং: {m(ID, '4617382950')}
ঠিকানা: {m(A, 'বাড়ি ২৭, সড়ক ১২')}, ধানমন্ডি, ঢাকা
মোবাইল: {m(P, '+880 1712-603845')}""")


AAD2 = verhoeff('73819204665')
add("letter", "ta", False, f"""அன்புள்ள {m(N, 'செல்வி முருகன்')} அவர்களுக்கு,
உங்கள் விண்ணப்பம் பெறப்பட்டது. உங்கள் ஆதார் எண் {m(ID, AAD2[:4] + ' ' + AAD2[4:8] + ' ' + AAD2[8:])} சரிபார்க்கப்பட்டது. அட்டை {m(A, 'எண் 14, காந்தி தெரு')}, மயிலாப்பூர், சென்னை என்ற முகவரிக்கு அனுப்பப்படும்.
இப்படிக்கு,
{m(N, 'ரா. கார்த்திகேயன்')}""")


add("email", "te", False, f"""నమస్తే {m(N, 'లక్ష్మి')} గారు,
మా అమ్మాయి {m(N, 'శ్రావ్య రెడ్డి')} పుట్టిన తేదీ {m(D, '05-09-2015')}. మా చిరునామా: {m(A, 'ఇంటి నం. 8-2-293, రోడ్ నం. 12')}, బంజారా హిల్స్, హైదరాబాద్. ఫోన్: {m(P, '+91 98480 22338')}.
ధన్యవాదాలు,
{m(N, 'వెంకట్ రెడ్డి')}""")


add("prose", "mr", False, f"""आमच्या आजी {m(N, 'सुमन गोविंद कुलकर्णी')} यांचा जन्म {m(D, '२ ऑक्टोबर १९३८')} रोजी सातारा येथे झाला. आज त्या {m(A, 'फ्लॅट क्र. ७, साई कृपा सोसायटी, कर्वे रोड')}, पुणे येथे माझ्या काकांसोबत, {m(N, 'अविनाश')} यांच्यासोबत राहतात.""")


add("letter", "ne", False, f"""सिफारिस पत्र
प्रमाणित गरिन्छ कि {m(N, 'सीता थापा मगर')} (नागरिकता प्र.प. नं. {m(ID, '27-01-74-05812')}) को जन्म मिति {m(D, '२०४८/०४/१५')} हो र उहाँ हाल {m(A, 'घर नं. ४५, बालुवाटार मार्ग')}, काठमाडौंमा बस्नुहुन्छ। थप जानकारीका लागि उहाँका बुबा {m(N, 'हरि बहादुर थापा')} लाई {m(P, '+977 984-1274830')} मा सम्पर्क गर्न सकिन्छ।
वडा अध्यक्ष""")


add("letter", "si", False, f"""ගරු {m(N, 'නිමල් පෙරේරා')} මහතා වෙත,
ඔබගේ ඉල්ලීම ලැබී ඇත. ඔබගේ විදේශ ගමන් බලපත්‍ර අංකය {m(ID, 'N6093715')} ලෙස සටහන් කර ඇත. පිළිතුර {m(A, 'අංක 27, ගාලු පාර')}, කොළඹ 03 යන ලිපිනයට එවනු ලැබේ.
දුරකථන: {m(P, '+94 77 315 6042')}""")


add("chat", "pa", False, f"""{m(N, 'ਹਰਪ੍ਰੀਤ')}: ਵੀਰੇ {m(N, 'ਗੁਰਜੀਤ')} ਦਾ ਨੰਬਰ ਭੇਜੀਂ
{m(N, 'ਮਨਦੀਪ ਸਿੰਘ ਗਿੱਲ')}: {m(P, '+91 98140 27365')}
{m(N, 'ਹਰਪ੍ਰੀਤ')}: ਧੰਨਵਾਦ""")


# ================================================================ Chinese (mainland, Taiwan, Hong Kong)
add("shipping", "zh", False, f"""【顺丰速运】电子面单
运单号：SF1408827361542
寄件人：{m(N, '周晓峰')}  {m(P, '139 1622 4083')}
收件人：{m(N, '李婉清')}
联系电话：{m(P, '138 1047 2286')}
收件地址：北京市朝阳区{m(A, '建国路88号3号楼1502室')}
物品：文件  重量：0.5kg  付款方式：寄付月结""")

CN1 = cn_id('11010519870314043')
add("hr", "zh", False, f"""员工入职登记表
姓名：{m(N, '欧阳思远')}    性别：男
身份证号码：{m(ID, CN1)}
出生日期：{m(D, '1987年3月14日')}
现住址：上海市徐汇区{m(A, '漕溪北路595号2号楼1104室')}
紧急联系人：{m(N, '欧阳静')}（姐姐） {m(P, '+86 186 2193 0475')}""")

CARD_UP = card('622848001274563')
add("chat", "zh", False, f"""微信群「羽毛球周六局」
{m(N, '小雨')}：@{m(N, '陈浩然')} 场地费你先垫一下，我回头转你
{m(N, '陈浩然')}：好的，你直接打我卡上吧 {m(C, grp(CARD_UP, [4, 4, 4, 4]))} 农行
{m(N, '小雨')}：收到👌 对了{m(N, '老周')}这周来不来？
{m(N, '周晓峰')}：来，我带{m(N, '婷婷')}一起""")

add("medical", "zh", False, f"""臺北市立聯合醫院 轉診單
病患姓名：{m(N, '林怡君')}
身分證字號：{m(ID, tw_id('F', '22481739'))}
出生日期：民國{m(D, '78年4月9日')}
住址：臺北市大安區{m(A, '忠孝東路四段216巷27弄5號3樓')}
轉診醫師：{m(N, '黃建誠')}醫師""")

add("contract", "zh", False, f"""住宅租約（香港）
業主：{m(N, '梁志偉')}（香港身份證號碼 {m(ID, hkid('K', '615027'))}）
租客：{m(N, '何嘉欣')}
物業地址：九龍旺角{m(A, '彌敦道580號5樓B室')}
月租港幣一萬五千八百元正，租客須於每月一日前存入業主戶口。""")

add("news", "zh", True, """中山路步行街改造工程预计十月完工，届时鲁迅纪念馆将恢复开放。高铁G1234次列车07:15由北京南站开出，13:02到达上海虹桥。今日沪指收报3088.64点，贵州茅台（600519）收盘价1688.00元，成交额52.3亿元。""")

add("shipping", "zh", True, """您的订单 202405171832645 已发货，承运商：中通快递，运单号 73518842906624。商品：小米 Redmi Note 13 Pro（型号 23117RA68G）×1，颜色：午夜黑。如有疑问请联系在线客服，工单号 CS20240517-00831。""")

# ================================================================ Japanese
add("form", "ja", False, f"""給与所得者の扶養控除等（異動）申告書
氏名（フリガナ）：{m(N, 'タカハシ リョウ')}
氏名：{m(N, '高橋 遼')}
個人番号：{m(ID, (lambda x: x[:4] + ' ' + x[4:8] + ' ' + x[8:])(jp_mynumber('48273916052')))}
生年月日：平成{m(D, '3年5月20日')}
住所：東京都世田谷区{m(A, '北沢2丁目14番7号 メゾン北沢302')}""")

add("chat", "ja", False, f"""LINE トーク履歴
2024/03/02(土)
21:04 {m(N, 'ゆうき')} 明日のバーベキュー、{m(N, 'さとし')}くん来れるって！
21:05 {m(N, '美咲')} やった〜 じゃあ{m(N, 'はるか')}にも言っとく
21:07 {m(N, 'ゆうき')} 幹事の{m(N, '中村')}さんの番号これね {m(P, '090-3561-7742')}""")

add("medical", "ja", False, f"""診療情報提供書
紹介先：市立病院 循環器内科 御侍史
患者氏名：{m(N, '渡辺 千代子')} 様（女）
生年月日：昭和{m(D, '23年11月2日')}
住所：{m(A, '本町3-12-5 コーポ本町201')}
傷病名：高血圧症、心房細動の疑い
紹介元医師：{m(N, '松本 健一')}""")

add("log", "ja", False, f"""[2024-04-18 09:12:44] ERROR 決済API タイムアウト user_id=88213 email={m(E, 'k.yamada.0312@docomo.ne.jp')} remote_addr={m(IP, '126.47.201.18')}
[2024-04-18 09:12:45] INFO  リトライ 1/3 request_id=7f3a9c2e
[2024-04-18 09:12:47] INFO  決済完了 order=JP-2024-118734 amount=¥12,800""")


add("product", "ja", True, """製品仕様：型番 KJ-55X85L、画面サイズ 55V型、消費電力 198W、ファームウェア Ver.6.7.2（2024年3月配信）。シリアル番号は本体背面のラベルをご確認ください（例：1234567）。JANコード 4548736138461。""")

# ================================================================ Korean
add("contract", "ko", False, f"""주택 임대차 계약서
임대인: {m(N, '박정훈')}  주민등록번호: {m(ID, kr_rrn('680315152603'))}
임차인: {m(N, '이서연')}  연락처: {m(P, '010-2975-6613')}
소재지: 서울특별시 마포구 {m(A, '월드컵북로 396, 101동 1203호')}
보증금 금 일억오천만원정, 월세 없음.""")

add("chat", "ko", False, f"""[카카오톡] 2024년 5월 3일
[{m(N, '지현')}] [오후 7:12] {m(N, '민수')}야 내일 몇 시에 와?
[{m(N, '김민수')}] [오후 7:15] 3시쯤? {m(N, '수아')}도 같이 감
[{m(N, '지현')}] [오후 7:16] ㅇㅋ 주소 {m(A, '연남로 12길 34, 2층')}
[{m(N, '김민수')}] [오후 7:16] 👍""")

add("cv", "ko", False, f"""이 력 서
성명: {m(N, '최은비')} (崔恩妃)
생년월일: {m(D, '1994년 7월 21일')}
이메일: {m(E, 'eunbi.choi94@naver.com')}
주소: 부산광역시 해운대구 {m(A, '센텀중앙로 79, 1502호')}
경력: 2019.03 ~ 현재  (주)한빛소프트 UX 디자이너""")


# ================================================================ Thai, Vietnamese, Indonesian, Malay, Filipino
add("form", "th", False, f"""ใบสมัครสมาชิกห้องสมุด
ชื่อ-นามสกุล: {m(N, 'ณัฐวุฒิ ศรีสวัสดิ์')}
เลขประจำตัวประชาชน: {m(ID, th_id('110370061529'))}
วันเกิด: {m(D, '14 กุมภาพันธ์ 2535')}
ที่อยู่: {m(A, '123/45 ซอยสุขุมวิท 39')} แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ
โทรศัพท์: {m(P, '081-637-2905')}""")

add("chat", "th", False, f"""{m(N, 'ฝน')}: พี่{m(N, 'ต้น')} ส่งเบอร์น้อง{m(N, 'มายด์')}ให้หน่อยค่ะ
{m(N, 'ต้น')}: {m(P, '+66 89 214 7730')}
{m(N, 'ฝน')}: ขอบคุณค่า""")

add("sport", "th", True, """ผลมวยไทยศึกราชดำเนิน: คู่เอก ยอดวิชา ชนะคะแนน 3 ยก รถไฟฟ้า BTS สายสุขุมวิทเที่ยวสุดท้ายออกจากสถานีหมอชิต 00:00 น. ตลาดหลักทรัพย์ SET ปิดที่ 1,367.25 จุด""")

add("contract", "vi", False, f"""HỢP ĐỒNG THUÊ NHÀ
Bên cho thuê: Ông {m(N, 'Nguyễn Văn Thành')}, CCCD số {m(ID, '001075014827')}
Bên thuê: Bà {m(N, 'Trần Thị Mỹ Linh')}, sinh ngày {m(D, '23/08/1993')}
Địa chỉ nhà cho thuê: {m(A, 'Số 27 ngõ 102 phố Trường Chinh')}, quận Đống Đa, Hà Nội
Số điện thoại liên hệ: {m(P, '0912 306 554')}""")

add("chat", "vi", False, f"""[Zalo] {m(N, 'hoa')}: {m(N, 'tuấn')} ơi gửi mình stk để chuyển tiền ăn nhé
[Zalo] {m(N, 'Lê Minh Tuấn')}: momo {m(P, '0903 718 226')} nha, chủ tk {m(N, 'LE MINH TUAN')}
[Zalo] {m(N, 'hoa')}: ok, mai chuyển, nhắc chị {m(N, 'Vy')} nữa nha""")


add("form", "id", False, f"""FORMULIR PENDAFTARAN PASIEN BARU
Nama lengkap: {m(N, 'Siti Nurhaliza Putri')}
NIK: {m(ID, '3174054512890003')}
Tanggal lahir: {m(D, '05-12-1989')}
Alamat: {m(A, 'Jl. Kemang Raya No. 18, RT 004/RW 002')}, Jakarta Selatan
No. HP: {m(P, '0812-6650-3178')}
Penanggung jawab: {m(N, 'Bambang Sutrisno')} (suami)""")

add("chat", "id", False, f"""[WhatsApp] {m(N, 'Dewi')}: mas {m(N, 'adit')}, alamat kosannya {m(N, 'rina')} di mana ya?
[WhatsApp] {m(N, 'Aditya Pratama')}: {m(A, 'Jl. Kaliurang Km 5, Gg. Pandega Marta No. 12')}, Jogja
[WhatsApp] {m(N, 'Dewi')}: makasih mas""")


add("form", "ms", False, f"""BORANG PERMOHONAN KEAHLIAN
Nama: {m(N, 'Nurul Aisyah binti Kamarudin')}
No. Kad Pengenalan: {m(ID, '890412-14-5522')}
Tarikh lahir: {m(D, '12 April 1989')}
Alamat: {m(A, 'No. 12, Jalan SS 2/24')}, 47300 Petaling Jaya
E-mel: {m(E, 'nurul.aisyah89@yahoo.com.my')}""")


add("letter", "tl", False, f"""Mahal na G. {m(N, 'Reyes')},
Natanggap namin ang inyong aplikasyon. Pakidala po ang inyong pasaporte (No. {m(ID, 'P3095172B')}) sa aming opisina. Ipapadala ang sagot sa {m(A, 'Blk 12 Lot 7, Mabini St., Brgy. San Roque')}, Marikina.
Lubos na gumagalang,
{m(N, 'Ma. Cristina Dela Cruz')}""")

add("chat", "tl", False, f"""[Messenger] {m(N, 'jopet')}: pre, ano nga ulit number ni ate {m(N, 'Lorna')}?
[Messenger] {m(N, 'Paolo Santos')}: {m(P, '0917 605 2281')}
[Messenger] {m(N, 'jopet')}: salamat! sabihan mo din si {m(N, 'Migs')} na bukas na yung handaan""")

add("sport", "tl", True, """PBA Finals Game 4: San Miguel 102, Ginebra 98. Nagtala si June Mar Fajardo ng 28 puntos at 14 rebounds. Susunod na laro sa Linggo, 7:30 n.g., sa Araneta Coliseum. Ang LRT-2 ay bukas hanggang 10:00 n.g.""")

add("letter", "km", False, f"""ជម្រាបសួរ លោក {m(N, 'ចាន់ ដារ៉ា')}
ខ្ញុំបាទឈ្មោះ {m(N, 'សុខ ចាន់ធី')} កើតនៅថ្ងៃទី {m(D, '12/05/1991')} សូមជម្រាបថា ខ្ញុំបានផ្លាស់ទីលំនៅទៅ {m(A, 'ផ្ទះលេខ 27 ផ្លូវ 310')} សង្កាត់បឹងកេងកង ភ្នំពេញ។ សូមទាក់ទងមកខ្ញុំតាមលេខ {m(P, '+855 12 736 045')}។
សូមអរគុណ""")


add("letter", "my", False, f"""လေးစားအပ်ပါသော {m(N, 'ဦးအောင်ကျော်မင်း')} ခင်ဗျား၊
သင်၏ လျှောက်လွှာကို လက်ခံရရှိပါသည်။ နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ် {m(ID, '12/ဗဟန(နိုင်)036915')} ကို မှတ်တမ်းတင်ထားပါသည်။ ဖုန်း {m(P, '09 4503 61827')} သို့ ဆက်သွယ်ပါမည်။""")

add("news", "my", True, """ရွှေတိဂုံဘုရားပွဲတော်သို့ ဧည့်သည် ၅၀,၀၀၀ ခန့် လာရောက်ခဲ့သည်။ ရန်ကုန်မြို့ပတ်ရထားသည် နံနက် ၆:၁၀ တွင် စတင်ထွက်ခွာသည်။ ဗိုလ်ချုပ်အောင်ဆန်းလမ်းတွင် ပြုပြင်ရေးလုပ်ငန်းများ ဆောင်ရွက်နေသည်။""")

add("chat", "lo", False, f"""{m(N, 'ນ້ອຍ')}: ເອື້ອຍ{m(N, 'ແກ້ວ')} ສົ່ງເບີໂທຂອງທ້າວ {m(N, 'ສົມພອນ')} ໃຫ້ແດ່
{m(N, 'ແກ້ວ ພົມມະຈັນ')}: {m(P, '+856 20 5619 3028')}""")

# ================================================================ Africa
add("form", "am", False, f"""የነዋሪነት መታወቂያ ማመልከቻ
ሙሉ ስም፡ {m(N, 'ሰላማዊት ተስፋዬ ገብረመድህን')}
የትውልድ ቀን፡ {m(D, '12/04/1990')}
አድራሻ፡ ቦሌ ክፍለ ከተማ፣ {m(A, 'ወረዳ 03፣ የቤት ቁጥር 1245')}፣ አዲስ አበባ
ስልክ፡ {m(P, '+251 911 482 736')}
የፋይዳ ቁጥር፡ {m(ID, '6153 0928 4471 2066')}""")


add("sms", "sw", False, f"""QK47XP2L9 Imethibitishwa. Ksh2,500.00 imetumwa kwa {m(N, 'WANJIKU KAMAU')} {m(P, '0712 690 354')} tarehe 14/3/24 saa 7:42 PM. Salio lako jipya la M-PESA ni Ksh4,118.50. Gharama ya muamala ni Ksh34.00.""")

add("form", "sw", False, f"""FOMU YA USAJILI WA MWANAFUNZI
Jina kamili: {m(N, 'Neema Joseph Mwakalinga')}
Tarehe ya kuzaliwa: {m(D, '3 Machi 2009')}
Namba ya NIDA ya mzazi: {m(ID, '19780612-14125-00001-24')}
Mzazi/Mlezi: {m(N, 'Joseph Mwakalinga')}
Makazi: {m(A, 'Mtaa wa Uhuru, Nyumba Na. 27')}, Kariakoo, Dar es Salaam
Simu: {m(P, '+255 754 318 602')}""")

add("sport", "sw", True, """Simba SC 2–1 Young Africans katika Uwanja wa Benjamin Mkapa, mashabiki 60,000. Treni ya SGR kutoka Dar es Salaam hadi Morogoro inaondoka saa 12:00 asubuhi. Bei ya mahindi imefikia TSh 850 kwa kilo sokoni Kariakoo.""")

add("letter", "yo", False, f"""Ẹ kú iṣẹ́ o, Ìyá {m(N, 'Adébáyọ̀')},
Mo fẹ́ sọ fún yín pé ọmọ mi, {m(N, 'Olúwaseun Adébáyọ̀')}, ti gba iṣẹ́ ní Èkó. Nọ́mbà NIN rẹ̀ ni {m(ID, '41827390516')}. Ó ń gbé ní {m(A, 'Nọ́mbà 14, Òpópónà Adéníran Ògúnsànyà')}, Surulere. Ẹ lè pè é lórí {m(P, '0803 617 2045')}.
Ẹ ṣé o,
{m(N, 'Bọ́lá')}""")


add("chat", "ha", False, f"""{m(N, 'Aminu')}: {m(N, 'Fatima')} don Allah turo min lambar Malam {m(N, 'Sani')}
{m(N, 'Fatima Bello')}: ga ta {m(P, '+234 803 729 5108')}
{m(N, 'Aminu')}: na gode sosai, kuma gidansa yana {m(A, 'Lamba 27, Titin Zoo Road')}, Kano ko?
{m(N, 'Fatima Bello')}: eh haka ne""")


ZA1 = za_id('850611018208')
add("police", "zu", False, f"""UMBIKO WAMAPHOYISA
Ummangalisi: {m(N, 'Nomvula Zulu')}
Inombolo kamazisi: {m(ID, ZA1)}
Ikheli: {m(A, '27 Khumalo Road')}, KwaMashu
Uthi ngomhla ka-14 kuNdasa umakhelwane wakhe, {m(N, 'Sipho Ndlovu')}, weba izinkukhu zakhe. Ucingo: {m(P, '+27 72 906 3148')}.""")


ZA2 = za_id('920228511408')
add("cv", "af", False, f"""KURRIKULUM VITAE
Naam: {m(N, 'Pieter-Jan van Wyk')}
ID-nommer: {m(ID, ZA2)}
Geboortedatum: {m(D, '28 Februarie 1992')}
Adres: {m(A, 'Kerkstraat 45, Woonstel 3')}, Stellenbosch
Selfoon: {m(P, '082 418 7730')}
E-pos: {m(E, 'pjvanwyk92@gmail.com')}""")

add("prose", "af", False, f"""Tannie {m(N, 'Sannie Botha')} van die plaas langs ons s'n het gister haar tagtigste verjaardag gevier. Sy is op {m(D, '9 Julie 1944')} op Vredendal gebore, en haar kleinseun {m(N, 'Wikus')} het die hele pad van Pretoria af gery om die koek te bring.""")

add("recipe", "af", True, """Melktert (vir 2 terte): 1 liter melk, 250 ml suiker, 4 eiers, 45 ml mielieblom, 30 ml botter, 5 ml vanielje. Bak 20 minute by 180 °C. Resep nr. 112 uit „Kook en Geniet” (ISBN 978-0-620-04512-7), 34ste druk.""")

add("chat", "so", False, f"""{m(N, 'Hodan')}: {m(N, 'Cabdi')} fadlan ii soo dir lambarka baasaboorkaaga
{m(N, 'Cabdirahman Warsame')}: {m(ID, 'P00613508')}
{m(N, 'Hodan')}: mahadsanid. telefoonkaaga cusub waa {m(P, '+252 61 530 9276')} sax?
{m(N, 'Cabdirahman Warsame')}: haa""")


add("letter", "ig", False, f"""Nwanne m {m(N, 'Chidinma')},
Ekele m gị. Nna anyị, Mazi {m(N, 'Okonkwo Eze')}, chọrọ ka ị kpọọ ya na {m(P, '+234 806 214 7730')}. Ọ bi ugbu a na {m(A, 'Nọmba 9, Okigwe Road')}, Owerri.
Nwanne gị,
{m(N, 'Ikenna')}""")


add("form", "rw", False, f"""IFISHI Y'IYANDIKISHA
Amazina: {m(N, 'Uwimana Claudine')}
Nomero y'indangamuntu: {m(ID, '1 1990 7 0061358 0 52')}
Itariki y'amavuko: {m(D, '14/06/1990')}
Aderesi: {m(A, 'KG 11 Ave, Inzu No. 27')}, Kacyiru, Kigali
Telefone: {m(P, '+250 788 615 304')}""")


add("email", "en", False, f"""From: {m(N, 'Chiamaka Nwosu')} <{m(E, 'chiamaka.nwosu@lagosmed.com.ng')}>
To: HR Shared Services
Subject: Updated bank and ID details

Good afternoon,
Please update my records: my BVN is {m(ID, '22481739056')} and my NIN is {m(ID, '70361958204')}. My new residential address is {m(A, 'Flat 4B, 17 Adeola Odeku Street')}, Victoria Island.
Regards,
{m(N, 'Chiamaka')}
{m(P, '+234 809 112 4477')}""")

add("news", "en", True, """Kenya Airways flight KQ 100 to London Heathrow departs Jomo Kenyatta International at 23:55 from gate 14. The Nairobi Securities Exchange NSE 20 closed at 1,672.44; Safaricom traded at KSh 17.85. The Moi Avenue roadworks, the city engineer said, will take another six weeks.""")

# ================================================================ hard negatives, varied themes
add("review", "fr", True, """Essai comparatif : la Peugeot 208 PureTech 100 (version 2024, 101 ch, 4,9 l/100 km) face à la Renault Clio E-Tech 145. Prix catalogue : 19 990 € contre 23 300 €. La Citroën C3 ë-C3 arrive en juin, réf. constructeur 98-2241-C3. Note de la rédaction : 16/20 pour la Clio, 15/20 pour la 208.""")

add("weather", "es", True, """AEMET activa el aviso naranja por calor: 44,1 °C en Montoro y 42,8 °C en Córdoba aeropuerto (37,84° N, 4,85° O). El IGN registró un sismo de magnitud 3,4 a 12 km de profundidad a las 04:17:33 hora local, con epicentro en el golfo de Cádiz. Boletín n.º 2024-0718.""")

add("exhibition", "it", True, """La mostra «Leonardo da Vinci. Il disegno del mondo» resta aperta fino al 12 gennaio: orari 9:30–19:30, giovedì fino alle 22:30. Biglietto intero 16 €, ridotto 14 €. Catalogo Skira, ISBN 978-88-572-4412-0, 352 pagine. Codice gruppo scuole: MOSTRA-LDV-24.""")

add("statistics", "pt", True, """Segundo o IBGE, a população estimada do Brasil chegou a 203.080.756 pessoas. O IPCA acumulado em 12 meses ficou em 4,62%, e o PIB cresceu 2,9% no ano. A taxa Selic foi mantida em 10,50% ao ano pelo Copom na reunião de 19 de junho.""")

add("finance", "nl", True, """De AEX sloot donderdag 0,8 procent hoger op 873,41 punten. ASML won 2,3 procent tot € 912,40, Philips verloor 1,1 procent na tegenvallende kwartaalcijfers. Heineken noteerde € 86,12. De euro stond op 1,0842 dollar.""")

add("biography", "ca", True, """Antoni Gaudí i Cornet (Reus, 1852 – Barcelona, 1926) va dedicar els seus últims quaranta-tres anys a la Sagrada Família, que l'any passat va rebre 4,7 milions de visitants. La Casa Batlló, al passeig de Gràcia, és patrimoni mundial de la UNESCO des del 2005.""")

add("recipe", "gl", True, """Polbo á feira para 4 persoas: 2 kg de polbo conxelado, 1 kg de cachelos, 30 g de pementón doce e picante, 100 ml de aceite de oliva, sal grosa. Cocer 40 minutos en pota de cobre. Receita n.º 27 do libro «Cociña galega de sempre», 3.ª edición.""")

add("sport", "eu", True, """Athletic 2 – Real Sociedad 0 (Sancet 34', Guruzeta 71'). 50.112 ikusle San Mamesen. Hurrengo partida: igandean, 18:30ean, Osasunaren aurka Sadarn. Sailkapena: 4. Athletic 58 puntu, 6. Real Sociedad 51.""")

add("flightboard", "sv", True, """Avgångar Arlanda T5: SK 1415 Köpenhamn 07:15 gate F32 – boarding; DY 4311 Oslo 07:30 gate F58 – försenad 08:05; AY 802 Helsingfors 07:45 gate F36 – i tid; LH 809 München 08:10 gate F29 – inställd.""")

add("weather", "fi", True, """Ilmatieteen laitos: yön kylmin lukema mitattiin Sodankylän Tähtelässä (67,37° N, 26,63° E), −38,2 °C. Helsingin Kaisaniemessä lämpöä oli −14,6 °C. Tuulivaroitus on voimassa merialueilla klo 18 asti; aallonkorkeus 4,5 m.""")

add("science", "is", True, """Gos hófst á Sundhnúksgígaröðinni kl. 22:17 að staðartíma; sprungan er um 3,4 km löng. Skjálfti af stærð 4,1 mældist á 5,2 km dýpi (63,87° N, 22,43° V). Hraunflæði er áætlað um 1.200 m³/s samkvæmt Veðurstofu Íslands.""")

add("release", "et", True, """DigiDoc4 versioon 4.5.1 parandab PDF-allkirjade kuvamise ja toetab macOS 14.4. Tarkvara on saadaval ka Ubuntu 22.04 jaoks (pakett qdigidoc4_4.5.1.8.deb, SHA-256 3f9a…c21e). Teadaolev viga #1187 parandatakse järgmises väljalaskes 4.6.0.""")

add("parliament", "lv", True, """Saeima galīgajā lasījumā pieņēma likumprojektu Nr. 412/Lp14 ar 58 balsīm «par», 21 «pret», atturoties 4 deputātiem. Likums stāsies spēkā 2025. gada 1. janvārī. Sēdes protokols Nr. 27, dokuments publicēts «Latvijas Vēstnesī» 2024/118.1.""")

add("chess", "pl", True, """Memoriał Najdorfa, runda 7: Duda – Wojtaszek 1-0 (1.e4 c5 2.Sf3 d6 3.d4 cxd4 4.Sxd4 Sf6 5.Sc3 a6 6.Ge3 e5 7.Sb3 Ge6 8.f3 … 41.Wd7 1-0). Prowadzi Duda z 5,5 pkt, przed Wojtaszkiem (5) i Gajewskim (4,5). Ranking FIDE: 2731, 2684, 2651.""")

add("leaflet", "sk", True, """Paralen 500 mg, 24 tabliet. Dávkovanie: dospelí 1–2 tablety najviac 4-krát denne, odstup aspoň 4 hodiny. Šarža: 4B118, EXP: 09/2026, kód ŠÚKL 2301F. Držiteľ rozhodnutia o registrácii: Opella Healthcare Slovakia s.r.o.""")

add("biography", "hu", True, """Liszt Ferenc (Doborján, 1811 – Bayreuth, 1886) nevét viseli a budapesti repülőtér és a Zeneakadémia is. A repülőtér tavaly 14,7 millió utast fogadott, a 2B terminál 2025-re bővül. A Liszt-díjat minden évben március 15-én adják át.""")

add("realestate", "ro", True, """Apartament 3 camere, 72 mp utili, etaj 4/8, bloc 2012, zona Floreasca, la 5 minute de metrou. Preț: 189.000 €, negociabil. ID anunț: 88213472. Certificat energetic clasa B. Vizionări doar prin agenție.""")

add("lottery", "bg", True, """Тото 2 – 6 от 49, тираж 48: изтеглени числа 4, 11, 23, 28, 35, 47. Джакпотът за следващия тираж е 2 416 000 лв. Тото 2 – 5 от 35: 2, 9, 17, 26, 31. Печеливши фишове с 6 числа: няма.""")

add("conference", "hr", True, """Program konferencije, dvorana A: 09:30 otvorenje; 10:15 Infobip – skaliranje poruka na 10 milijardi mjesečno; 11:00 Rimac Technology – baterijski sustavi 800 V; 12:00 ručak. Dvorana B, 14:00: radionica Kubernetes 1.30. Kotizacija 240 €.""")

add("biography", "sr", True, """Никола Тесла (Смиљан, 1856 – Њујорк, 1943) добио је 112 америчких патената. Музеј Николе Тесле у Београду чува више од 160.000 оригиналних докумената; инвентарски број његове урне је МНТ-И-1. Аеродром „Никола Тесла” прошле године имао је 8,4 милиона путника.""")

add("mountain", "sl", True, """Razmere v gorah: na Kredarici (2514 m) je −7 °C, snežna odeja 310 cm, nevarnost plazov 3. stopnje. Triglav (2864 m), koordinate 46,378° S, 13,837° V. Koča na Doliču je zaprta do 20. junija.""")

add("sport", "mk", True, """Кошарка, прва лига: МЗТ Скопје – Работнички 87:79 (22:18, 19:21, 24:20, 22:20). Гледачи: 3.100 во Борис Трајковски. Следно коло во сабота во 19 часот. Табела: МЗТ 24 бода, Пелистер 22.""")

add("finance", "sq", True, """Kursi i këmbimit sot: 1 EUR = 100,35 lekë, 1 USD = 92,18 lekë, 1 GBP = 117,42 lekë. Banka Kombëtare Tregtare (SWIFT: NCBAALTX) ofron depozita me interes 3,1%. Inflacioni vjetor në maj ishte 2,4%.""")

add("finance", "el", True, """Χρηματιστήριο Αθηνών: ο Γενικός Δείκτης έκλεισε στις 1.432,18 μονάδες (+0,6%), με τζίρο 118,7 εκατ. ευρώ. Η μετοχή του ΟΤΕ έκλεισε στα 14,22 €, της Εθνικής Τράπεζας στα 7,86 €. Το Brent διαπραγματεύεται στα 82,4 δολάρια.""")

add("timetable", "mt", True, """Gozo Channel: Ċirkewwa → Mġarr 06:00, 06:45, 07:30, 08:15; Mġarr → Ċirkewwa 05:15, 06:00, 06:45. Biljett ta' ritorn għal passiġġier €4.65, karozza u xufier €15.70. Il-fast ferry mill-Belt jitlaq 07:00 u 09:00.""")

add("sport", "ga", True, """Craobh na hÉireann: Ciarraí 1-15, Baile Átha Cliath 1-13. Scóráil Seán O'Shea 0-7 do Chiarraí. Lucht féachana: 82,300 i bPáirc an Chrócaigh. Cluiche ceannais ar an 28 Iúil ag 15:30.""")

add("sport", "cy", True, """Cymru 24–19 Yr Alban. Ceisiau: Rees-Zammit 12', Adams 58'; trosiadau a chiciau cosb: Anscombe 14 pwynt. Torf o 73,931 yn Stadiwm Principality. Gêm nesaf: Ffrainc, dydd Sul 16:00.""")

add("biography", "ru", True, """Лев Николаевич Толстой (1828–1910) работал над «Войной и миром» шесть лет; первое полное издание вышло в 1869 году и насчитывало 1 225 страниц. Музей-усадьба «Ясная Поляна» принимает около 250 000 посетителей в год; билет стоит 500 ₽.""")

add("recipe", "uk", True, """Борщ на 6 порцій: 500 г яловичини на кістці, 2 буряки, 300 г капусти, 3 картоплини, 1 морква, 2 ст. л. томатної пасти, 1 ч. л. цукру, 3 зубчики часнику. Варити 1 год 40 хв. Рецепт № 14 із книги «Українська кухня» (ISBN 978-966-03-8821-4).""")

add("weather", "be", True, """Прагноз надвор'я: у Мінску ўдзень −3…−5 °C, вецер паўночна-заходні 5–10 м/с. У Брэсцкай вобласці мясцовамі галалёд. Атмасферны ціск 748 мм рт. сл. Увечары 12 лютага — поўнае месячнае зацьменне, пачатак у 21:07.""")

add("statistics", "ka", True, """საქართველომ 2023 წელს 111 მილიონი ბოთლი ღვინო გაიტანა 61 ქვეყანაში, რაც 14%-ით მეტია წინა წელთან შედარებით. ყველაზე დიდი იმპორტიორები იყვნენ რუსეთი, უკრაინა და პოლონეთი. საფერავის ფასი 2,10 ლარს შეადგენდა.""")

add("chess", "hy", True, """Ճատրակի օլիմպիադա, 9-րդ տուր. Հայաստան – Հնդկաստան 2,5–1,5։ Արոնյան – Գուկեշ ½–½, Մելքումյան – Պրագնանանդհա 1–0։ Հաջորդ տուրը կկայանա ժամը 15:00-ին։""")

add("finance", "az", True, """Azeri Light neftinin bir barelinin qiyməti 84,12 dollar olub. Bakı Fond Birjasında gündəlik dövriyyə 12,4 milyon manat təşkil edib. Mərkəzi Bank uçot dərəcəsini 7,25%-də saxlayıb. 1 USD = 1,7000 AZN.""")

add("space", "kk", True, """«Союз МС-25» зымыран-тасығышы Байқоңыр ғарыш айлағынан (45,96° N, 63,30° E) 23 наурызда 15:36-да ұшырылды. Экипаж 6 сағат 13 минуттан кейін ХҒС-қа түйісті. Ұшыру кешені № 31.""")

add("statistics", "uz", True, """2023-yilda O'zbekistonda 3,6 million tonna paxta yetishtirildi, eksport 2,1 milliard dollarni tashkil etdi. Toshkent–Samarqand «Afrosiyob» poyezdi 07:28 da jo'naydi, yo'l 2 soat 10 daqiqa davom etadi.""")

add("festival", "mn", True, """Үндэсний их баяр наадмын хөтөлбөр: 7 сарын 11, 09:00 — нээлтийн ёслол Үндэсний цэнгэлдэх хүрээлэнд; 11:00 — бөхийн барилдааны 1-р даваа; 14:00 — сур харваа. Хурдан морины уралдаан Хүй долоон худагт 6 ангиллаар болно.""")

add("sport", "tr", True, """Maç sonucu: Galatasaray 2–1 Fenerbahçe (Icardi 23', Mertens 67'; Dzeko 81'). Seyirci: 52.340. Galatasaray 86 puanla liderliğini sürdürdü. Bir sonraki maç Cumartesi 20.00'de Kayserispor deplasmanında.""")

add("flightboard", "ar", True, """المغادرة – صالة 3: الرحلة MS 985 إلى القاهرة 14:35 البوابة B12 – الصعود؛ الرحلة EK 2 إلى لندن 14:50 البوابة A6 – في الموعد؛ الرحلة QR 1021 إلى الدوحة 15:10 البوابة C3 – متأخرة إلى 16:05.""")

add("literature", "fa", True, """دیوان حافظ به تصحیح قزوینی و غنی شامل ۴۹۵ غزل است. جشنواره بزرگداشت حافظ هر سال ۲۰ مهر در شیراز برگزار می‌شود و سال گذشته ۱۸۰ هزار بازدیدکننده داشت. شابک این چاپ: ۹۷۸-۹۶۴-۴۴۸-۰۱۲-۳.""")

add("finance", "he", True, """חברת Wix גייסה 400 מיליון דולר באגרות חוב להמרה; מניית צ'ק פוינט עלתה 2.4% ל-162.18 דולר. מדד ת"א 35 נסגר בעלייה של 0.7% ב-1,942.16 נקודות. מובילאיי הודיעה על צמצום של 3% בכוח האדם.""")

add("sport", "ur", True, """اسکور کارڈ: پاکستان 286/7 (50 اوورز) — بابر اعظم 112، رضوان 58؛ سری لنکا 238 آل آؤٹ (46.3 اوورز)۔ پاکستان 48 رنز سے جیت گیا۔ اگلا میچ جمعہ کو قذافی اسٹیڈیم میں دوپہر 2:30 بجے۔""")

add("timetable", "hi", True, """ट्रेन 12951 मुंबई राजधानी एक्सप्रेस नई दिल्ली से 16:55 पर प्लेटफॉर्म 3 से रवाना होगी और अगली सुबह 08:35 पर मुंबई सेंट्रल पहुंचेगी। PNR 4521873609 की स्थिति: CNF, कोच B4, बर्थ 37। किराया ₹4,210।""")

add("biography", "bn", True, """রবীন্দ্রনাথ ঠাকুর (১৮৬১–১৯৪১) ১৯১৩ সালে সাহিত্যে নোবেল পুরস্কার পান। জোড়াসাঁকো ঠাকুরবাড়ি জাদুঘরে প্রতি বছর প্রায় ২ লক্ষ দর্শনার্থী আসেন। ‘গীতাঞ্জলি’র প্রথম সংস্করণে ১৫৭টি গান ছিল।""")

add("weather", "ta", True, """வங்கக் கடலில் உருவான காற்றழுத்த தாழ்வு மண்டலம் 12.8° வடக்கு, 84.5° கிழக்கில் நிலைகொண்டுள்ளது. சென்னையில் 24 மணி நேரத்தில் 148 மி.மீ. மழை பதிவானது. மீனவர்கள் 48 மணி நேரத்துக்கு கடலுக்குச் செல்ல வேண்டாம்.""")

add("film", "te", True, """‘కల్కి 2898 ఏడీ’ మొదటి వారంలో ₹555 కోట్లు వసూలు చేసింది. ప్రభాస్, దీపికా పదుకొనే ప్రధాన పాత్రల్లో నటించారు. సినిమా నిడివి 3 గంటల 1 నిమిషం, సెన్సార్ సర్టిఫికెట్ U/A.""")

add("finance", "mr", True, """सेन्सेक्स ४१८ अंकांनी वाढून ७४,२४८ वर बंद झाला, तर निफ्टी २२,५१२ वर स्थिरावला. टाटा मोटर्स ३.१ टक्क्यांनी वधारला. रुपया डॉलरच्या तुलनेत ८३.४२ वर बंद झाला.""")

add("mountain", "ne", True, """यस वर्ष सगरमाथा (८,८४८.८६ मिटर) आरोहणका लागि ४१४ विदेशी आरोहीले अनुमति लिएका छन्। अनुमति शुल्क प्रतिव्यक्ति ११,००० अमेरिकी डलर छ। आधार शिविर समुद्री सतहबाट ५,३६४ मिटर उचाइमा छ।""")

add("auction", "si", True, """කොළඹ තේ වෙන්දේසිය: උඩරට BOP තේ කිලෝවක සාමාන්‍ය මිල රු. 1,248, පහතරට FBOP රු. 1,512. මෙම සතියේ විකිණුණු ප්‍රමාණය කිලෝ මිලියන 6.2 කි. ඊළඟ වෙන්දේසිය අගහරුවාදා 09:00 ට.""")

add("tourism", "gu", True, """સ્ટેચ્યુ ઓફ યુનિટી (૧૮૨ મીટર) પર ગયા વર્ષે ૫૦ લાખથી વધુ પ્રવાસીઓ આવ્યા. પ્રવેશ ટિકિટ ₹૧૫૦, વ્યુઇંગ ગેલેરી ₹૩૮૦. સરદાર વલ્લભભાઈ પટેલની જન્મજયંતી ૩૧ ઓક્ટોબરે ઉજવાય છે.""")

# ================================================================ more positives: documents, data dumps, technical secrets
add("transcript", "en", False, f"""Zoom – Weekly Ops Sync – auto-transcript
{m(N, 'Harriet Osei')}  00:02:11
Okay, let's start. {m(N, 'Bogdan')}, are you on?
{m(N, 'Bogdan Ilić')}  00:02:15
Yep, sorry, camera's broken.
{m(N, 'Harriet Osei')}  00:02:19
No worries. So the vendor finally sent the contract, {m(N, 'Tamsin')} is reviewing it. {m(N, 'Tamsin')}, anything blocking?
{m(N, 'Tamsin Achterberg')}  00:02:31
Just the liability cap. I've asked {m(N, 'Ruairi')} in legal to look.""")

add("ocr", "en", False, f"""CALIFORNIA  DRIVER LICENSE
DL  {m(ID, 'D6150384')}        EXP 07/04/2029
LN  {m(N, 'HARGREAVE')}
FN  {m(N, 'TOBIAS JAMES')}
{m(A, '2210  ALDER  CREST  WAY  APT  5')}
SACRAMENTO, CA  95822
DOB  {m(D, '07/04/1985')}     SEX M   HGT 5-11   EYES BRN""")

add("court", "en", False, f"""IN THE FAMILY COURT AT BRISTOL                         Case No. BS24F00418
Re: the child {m(N, 'Poppy Ellen Marsh')} (born {m(D, '19 January 2019')})
Applicant: {m(N, 'Daniel Marsh')}, of {m(A, '6 Cotham Vale')}, Bristol
Respondent: {m(N, 'Charlotte Ayling')}
1. The child shall live with the Respondent and spend time with the Applicant every other weekend.
2. Mr {m(N, 'Marsh')} shall not remove the child from England and Wales without written consent.""")

add("medical", "en", False, f"""NHS e-Referral – Urgent suspected cancer (2WW)
Patient: {m(N, 'Margaret Ann Tully')}   NHS No: {m(ID, nhs_no('401023213'))}
DOB: {m(D, '11-Mar-1952')}   Tel: {m(P, '0161 496 0732')}
Address: {m(A, '14 Heaton Moor Road')}, Stockport SK4 4NX
GP: Dr {m(N, 'Imran Siddiqui')}, Heaton Medical Practice
Reason: 6 weeks post-menopausal bleeding.""")

add("payslip", "en", False, f"""PAYSLIP  Period 11  (Feb)
Employee: {m(N, 'Connor Fitzpatrick')}           Emp No: 004418
NI Number: {m(ID, 'JT 61 05 37 C')}      Tax code: 1257L
Gross pay      £3,114.58
PAYE tax       £  410.20
Net pay        £2,431.76  paid to {m(I, g4(iban('GB', 'BARC20038041827391')))}""")

add("form", "en", False, f"""T1 General – Identification
First name and initial: {m(N, 'Geneviève L.')}   Last name: {m(N, 'Tremblay-Singh')}
Social insurance number (SIN): {m(ID, ca_sin('24718293'))}
Date of birth (YYYY/MM/DD): {m(D, '1979/10/02')}
Mailing address: {m(A, '1820 rue Saint-Denis, app. 3')}
City: Montréal   Prov.: QC   Postal code: H2X 3K7""")

add("email", "en", False, f"""Hi {m(N, 'Bronwyn')},
Just for onboarding: my tax file number is {m(ID, au_tfn('61305827'))} and my Medicare card number is {m(ID, au_medicare('24287781', 1))}. Super fund details to follow.
Cheers,
{m(N, 'Liam Kowalczyk')}
{m(P, '0412 518 733')}""")

add("email", "en", False, f"""Subject: KYC documents – {m(N, 'Ananya Krishnamurthy')}
Dear Sir/Madam,
Please find attached self-attested copies of my PAN card ({m(ID, 'BQRPK4417M')}) and Aadhaar ({m(ID, (lambda a: a[:4] + ' ' + a[4:8] + ' ' + a[8:])(verhoeff('58201947362')))}). My date of birth is {m(D, '23rd September 1991')} and my current address is {m(A, 'Flat 302, Prestige Shantiniketan, Whitefield Main Road')}, Bengaluru 560066.
Regards,
{m(N, 'Ananya')}""")

add("chat", "en", False, f"""#hr-ops (Slack)
{m(N, 'wei ling')}: hey can someone update {m(N, 'Darren')}'s NRIC in workday? he says it's {m(ID, sg_nric('S', '8842719'))} not what we have
{m(N, 'Farid Rahim')}: done. also his new mobile is {m(P, '+65 9127 4480')}
{m(N, 'wei ling')}: ty {m(N, 'farid')} 🙏""")

add("xml", "en", False, f"""<Patient>
  <Identifier system="urn:mrn">88213047</Identifier>
  <Name><Family>{m(N, 'Okwuosa')}</Family><Given>{m(N, 'Adaeze')}</Given></Name>
  <BirthDate>{m(D, '1988-02-29')}</BirthDate>
  <Telecom use="mobile">{m(P, '+1-713-555-0138')}</Telecom>
  <Address><Line>{m(A, '4410 Bellaire Blvd Apt 12')}</Line><City>Houston</City><State>TX</State></Address>
</Patient>""")

add("config", "en", False, f"""[default]
aws_access_key_id = {m(K, 'AKIA4XTRW7BZQ2MPL6NE')}
aws_secret_access_key = {m(K, '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')}
region = eu-west-1
# staging profile
[staging]
aws_access_key_id = AKIAxxxxxxxxxxxxxxxx""")

add("shell", "en", False, f"""$ git remote -v
origin  {m(U, 'https://oauth2:glpat-Xr7Tq2vLm9NpB4cZk8Wd@gitlab.internal.acme-corp.net/payments/ledger.git')} (fetch)
origin  {m(U, 'https://oauth2:glpat-Xr7Tq2vLm9NpB4cZk8Wd@gitlab.internal.acme-corp.net/payments/ledger.git')} (push)
$ git log -1 --format='%an <%ae>'
{m(N, 'Rosalind Achebe')} <{m(E, 'r.achebe@acme-corp.net')}>""")

add("log", "en", False, f"""{m(IP, '2a02:8108:1c40:5e00:9d1f:4b2e:11a3:7c08')} - - [17/May/2024:08:41:12 +0200] "POST /api/login HTTP/2.0" 401 112 "-" "okhttp/4.12.0"
{m(IP, '2a02:8108:1c40:5e00:9d1f:4b2e:11a3:7c08')} - - [17/May/2024:08:41:15 +0200] "POST /api/login HTTP/2.0" 200 845 "-" "okhttp/4.12.0"
{m(IP, '91.64.203.177')} - - [17/May/2024:08:41:19 +0200] "GET /static/app.9f1c2e.js HTTP/2.0" 304 0""")

add("log", "en", False, f"""May 17 06:12:03 gw01 dnsmasq-dhcp[812]: DHCPACK(br-lan) {m(IP, '192.168.1.57')} {m(MAC, 'a4:83:e7:2c:19:f0')} android-5f2e91
May 17 06:14:44 gw01 dnsmasq-dhcp[812]: DHCPACK(br-lan) {m(IP, '192.168.1.61')} {m(MAC, 'F0-18-98-4B-7A-C2')} 
May 17 06:15:01 gw01 kernel: wlan0: deauthenticating from {m(MAC, '3c:7c:3f:a1:0d:2e')} by local choice (Reason: 3)""")

add("json", "en", False, """{"id": "evt_1PJx2kLzR8","type": "charge.succeeded","data": {"object": {"amount": 4900,"currency": "eur","billing_details": {"name": \"""" + m(N, "Sven Abernathy") + """\","email": \"""" + m(E, "sven.abernathy@posteo.de") + """\","phone": \"""" + m(P, "+49 160 9318 4472") + """\","address": {"line1": \"""" + m(A, "Kastanienallee 71") + """\","line2": \"""" + m(A, "Hinterhaus, 2. OG") + """\","city": "Berlin","postal_code": "10435"}},"payment_method_details": {"card": {"brand": "visa","last4": "4417"}}}}}""")

add("application", "en", False, f"""RENTAL APPLICATION – 2BR, Unit 4C
Applicant: {m(N, 'Marcus D. Whitlock')}   SSN: {m(S, '387-60-2214')}   DOB: {m(D, 'Aug 9, 1990')}
Current address: {m(A, '1188 Peachtree St NE, Apt 1712')}, Atlanta, GA (2 yrs)
Previous address: {m(A, '52 Magnolia Ct')}, Savannah, GA (3 yrs)
Co-applicant: {m(N, 'Tanisha Whitlock')}   SSN: {m(S, '254-81-9067')}
Card for application fee: {m(C, grp(card('527468009153428'), [4, 4, 4, 4]))}""")

add("voicemail", "en", False, f"""Voicemail transcript (auto): "Hi, this is {m(N, 'Gareth')} from Lloyd & Sons Plumbing — {m(N, 'Gareth Lloyd')}, yeah — calling back about the boiler at {m(A, 'twenty-two Mill Lane')}. Give me a ring on {m(P, 'oh seven nine one one, four eight two, seven three six')} when you get a sec. Cheers." """.strip())

add("csv", "en", False, f"""guest_name,plus_one,table,dietary
{m(N, 'Imogen Clarke')},{m(N, 'Sebastian Clarke')},3,vegetarian
{m(N, 'Oluwatobi Adekunle')},,5,
Grandma {m(N, 'Pat')},Uncle {m(N, 'Ray')},1,soft food
{m(N, 'Nguyễn Thị Hồng')},{m(N, 'Phil Abernethy')},4,no shellfish""")

L2 = mrz_td3_line2('531607284', 'GBR', '900312', 'F', '320611')
add("ocr", "en", False, f"""P<GBR{m(N, 'PEMBERTON')}<<{m(N, 'LUCY')}<{m(N, 'ANNE')}{'<' * 19}
{m(ID, '531607284')}{L2[0][9:]}GBR{m(D, '900312')}{L2[2][6:]}F{L2[4]}{L2[5]}{L2[6]}
PASSPORT No. {m(ID, '531607284')}   Date of birth {m(D, '12 MAR 1990')}""")

add("police", "en", False, f"""WITNESS STATEMENT (CJ Act 1967, s.9)
Name: {m(N, 'Ayesha Rahman')}   Age: over 18   Occupation: pharmacist
I live at {m(A, '31B Stanley Road')} with my partner {m(N, 'Josh')}. At about 11pm on Friday I saw a man I now know to be {m(N, 'Lee Cartwright')} kicking the door of number 29. I have known {m(N, 'Lee')} for about two years as he used to go out with my cousin {m(N, 'Shannon')}.""")

add("xml", "de", False, f"""<ubl:Invoice>
  <cbc:ID>RE-2024-0912</cbc:ID>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Dr. {m(N, 'Friederike Osterhagen')}</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>{m(A, 'Lindenstraße 4a')}</cbc:StreetName><cbc:CityName>Bielefeld</cbc:CityName><cbc:PostalZone>33602</cbc:PostalZone></cac:PostalAddress>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cac:PayeeFinancialAccount><cbc:ID>{m(I, iban('DE', '480501610043718261'))}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
</ubl:Invoice>""")

add("ocr", "de", False, f"""BUNDESREPUBLIK DEUTSCHLAND   PERSONALAUSWEIS
Name / Surname     {m(N, 'KÖHLER')}
Vornamen           {m(N, 'MARLENE SOPHIE')}
Geburtstag         {m(D, '22.08.1996')}
Ausweisnummer      {m(ID, 'T220L4K93')}
IDD<<{m(ID, 'T220L4K93')}{mrz_digit('T220L4K93')}<<<<<<<<<<<<<<<""")

add("court", "fr", False, f"""TRIBUNAL JUDICIAIRE DE NANTES – Jugement du 4 avril
ENTRE : Monsieur {m(N, 'Yannick Le Gall')}, né le {m(D, '2 décembre 1971')} à Quimper, demeurant {m(A, '8, impasse des Tilleuls')}, 44300 Nantes,
ET : Madame {m(N, 'Nathalie Le Gall née Bréhier')}, demeurant {m(A, "27 bis, boulevard Guist'hau, appartement 12")}, 44000 Nantes.
Le juge aux affaires familiales fixe la résidence habituelle de l'enfant {m(N, 'Maëlle')} chez la mère.""")

add("cv", "fr", False, f"""{m(N, 'Rachida Benkhelifa')}
Développeuse full-stack – 7 ans d'expérience
{m(A, '3, allée Jean-Moulin, rés. Les Acacias, esc. C')}, 13009 Marseille
{m(P, '+33 6 12 48 73 90')} · {m(E, 'r.benkhelifa@proton.me')}
Née le {m(D, '14/02/1990')} – Permis B
Expérience : 2021–2024 Lead dev chez Ubisoft Mobile""")

add("sql", "es", False, f"""-- export clientes_vip 2024-03-01
INSERT INTO clientes (dni, nombre, apellidos, telefono, direccion) VALUES
('{m(ID, es_dni('27394018'))}', '{m(N, 'Inmaculada')}', '{m(N, 'Ferrer Soler')}', '{m(P, '+34 612 48 71 93')}', '{m(A, 'Av. del Puerto 112, 4-B')}'),
('{m(ID, es_nie('X', '7481920'))}', '{m(N, 'Mamadou')}', '{m(N, 'Diallo')}', '{m(P, '699 21 07 34')}', '{m(A, 'C/ Sagunto 8, bajo')}');""")

add("transcript", "es", False, f"""Transcripción de nota de voz (WhatsApp, 0:42)
«Hola {m(N, 'Mari Carmen')}, soy {m(N, 'Toñi')}. Oye, que el cumple de {m(N, 'Rocío')} es el sábado, ¿vale?, en casa de su madre, en la {m(A, 'calle Feria 41, segundo A')}. Si necesitas algo me llamas al {m(P, 'seis cuatro nueve, veintiuno, treinta, ochenta y ocho')}. Venga, un beso.»""")

add("form", "es", False, f"""REGISTRO CIVIL – SOLICITUD DE CERTIFICADO
Solicitante: {m(N, 'María Belén Andrade Cevallos')}
Cédula de ciudadanía: {m(ID, ec_ced('170615392'))}
Fecha de nacimiento: {m(D, '30/01/1987')}
Dirección: {m(A, 'Av. 6 de Diciembre N34-120 y Whymper, Edif. Torres del Norte, dpto. 5B')}
Quito""")

add("chat", "es", False, f"""[Telegram] {m(N, 'Gonzalo')}: che {m(N, 'flor')}, pasame tu cédula para el seguro del viaje
[Telegram] {m(N, 'Florencia Núñez')}: {m(ID, uy_ci('4613058'))}
[Telegram] {m(N, 'Gonzalo')}: y fecha de nacimiento?
[Telegram] {m(N, 'Florencia Núñez')}: {m(D, '3/11/1995')}""")

add("html", "it", False, f"""<section id="contatti">
  <h2>Chi siamo</h2>
  <p>Il B&amp;B «La Corte di Nonna Ida» è gestito da {m(N, 'Carla Benedetti')} e dal marito {m(N, 'Franco')}.</p>
  <p>Indirizzo: {m(A, 'Via San Gimignano 14, int. 2')}, 53036 Poggibonsi (SI)</p>
  <p>Tel. <a href="tel:{m(P, '+393356124871')}">{m(P, '+39 335 612 4871')}</a></p>
</section>""")

add("medical", "pt", False, f"""ENCAMINHAMENTO – UBS Vila Mariana
Paciente: {m(N, 'Josefa Aparecida dos Santos')}
Cartão Nacional de Saúde: {m(ID, br_cns('70400615392768'))}
Data de nascimento: {m(D, '17/09/1949')}
Endereço: {m(A, 'Rua Domingos de Morais, 2187, bloco B, ap. 42')}
Encaminho a paciente ao serviço de Oftalmologia por catarata bilateral.
Dra. {m(N, 'Lúcia Harumi Tanaka')} – CRM-SP 118734""")

add("police", "nl", False, f"""PROCES-VERBAAL van aangifte
Aangever: {m(N, 'Anouk van ’t Hek')}, geboren {m(D, '09-06-1998')}, wonende {m(A, 'Bilderdijkstraat 112-III')}, Amsterdam.
Verklaring: Op zaterdag omstreeks 02:15 uur werd mijn fiets gestolen bij café De Zwaan. Mijn vriend {m(N, 'Pieter de Jong')} zag een jongen met een rode jas wegrijden. Ik ben bereikbaar op {m(P, '+31 6 30615872')}.""")

add("cv", "pl", False, f"""ŻYCIORYS
{m(N, 'Michał Grzegorz Szymański')}
ur. {m(D, '12 maja 1993')} r. w Lublinie
adres: {m(A, 'ul. Krakowskie Przedmieście 47/12')}, 20-076 Lublin
tel. {m(P, '512 448 913')}, e-mail: {m(E, 'm.szymanski93@wp.pl')}
Doświadczenie: 2018–obecnie – inżynier oprogramowania, Asseco Poland S.A.""")

add("json", "ru", False, """{"client_id": 448213, "fio": \"""" + m(N, "Белова Ксения Андреевна") + """\", "birth_date": \"""" + m(D, "1996-04-02") + """\", "phone": \"""" + m(P, "+7 (921) 448-12-90") + """\", "email": \"""" + m(E, "k.belova96@mail.ru") + """\", "address": {"city": "Санкт-Петербург", "street": \"""" + m(A, "Невский пр-т, д. 112, кв. 35") + """\"}, "manager": \"""" + m(N, "Кравцов И.") + """\"}""")

add("medical", "uk", False, f"""НАПРАВЛЕННЯ на консультацію
Пацієнт: {m(N, 'Шевчук Богдан Миколайович')}
Дата народження: {m(D, '03.03.1961')}
Номер декларації з лікарем: 0418-2293-7715
Адреса: {m(A, 'вул. Городоцька, 174, кв. 9')}, Львів
Лікар: {m(N, 'Гнатюк О. В.')}""")

add("csv", "ja", False, f"""会員番号,氏名,フリガナ,生年月日,電話番号
A-00812,{m(N, '山口 美和')},{m(N, 'ヤマグチ ミワ')},{m(D, '1986/07/30')},{m(P, '080-2291-4473')}
A-00813,{m(N, '佐々木 健太郎')},{m(N, 'ササキ ケンタロウ')},{m(D, '1979/12/05')},{m(P, '03-5412-8830')}
A-00814,{m(N, '金 英洙')},{m(N, 'キム ヨンス')},{m(D, '1992/02/14')},""")

add("police", "ko", False, f"""진 술 서
성명: {m(N, '강도윤')}   생년월일: {m(D, '1989. 11. 23')}.
주소: 인천광역시 연수구 {m(A, '송도과학로 16번길 45, 203동 1101호')}
연락처: {m(P, '010-7391-2284')}
위 본인은 2024. 3. 14. 22시경 아파트 주차장에서 {m(N, '정우진')}이 본인의 차량을 파손하는 것을 목격하였습니다.""")

add("court", "zh", False, f"""民事判决书（2024）京0105民初18873号
原告：{m(N, '赵雅婷')}，女，{m(D, '1990年6月2日')}出生，汉族，住北京市朝阳区{m(A, '望京西园三区312号楼1单元802室')}。
被告：{m(N, '孙立军')}，男，{m(D, '1985年11月17日')}出生，住北京市海淀区{m(A, '学院路38号院6号楼405室')}。
原告{m(N, '赵雅婷')}与被告{m(N, '孙立军')}民间借贷纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。""")

add("cv", "ar", False, f"""السيرة الذاتية
الاسم: {m(N, 'ليلى حسن الخطيب')}
تاريخ الميلاد: {m(D, '22 شباط 1994')}
العنوان: {m(A, 'شارع المدينة المنورة، عمارة 18، الطابق الرابع')}، عمّان
الهاتف: {m(P, '+962 79 615 3082')}
البريد الإلكتروني: {m(E, 'layla.khatib94@outlook.com')}
الخبرات: 2018–2024 محاسبة في شركة أرامكس""")

add("chat", "he", False, f"""[WhatsApp] {m(N, 'שירה')}: {m(N, 'דני')} תשלח לי את המייל של {m(N, 'אורית')}
[WhatsApp] {m(N, 'דני אזולאי')}: {m(E, 'orit.mizrahi@walla.co.il')}
[WhatsApp] {m(N, 'שירה')}: תודה! ומה הטלפון של אבא שלה?
[WhatsApp] {m(N, 'דני אזולאי')}: {m(P, '052-603-7719')}""")

add("form", "hi", False, f"""विद्यालय प्रवेश फॉर्म – सत्र 2024-25
छात्र का नाम: {m(N, 'आरव सिंह राठौर')}
जन्म तिथि: {m(D, '17 मार्च 2016')}
पिता का नाम: {m(N, 'विक्रम सिंह राठौर')}
माता का नाम: {m(N, 'पूजा राठौर')}
पता: {m(A, 'प्लॉट नं. 22, सेक्टर 4')}, मालवीय नगर, जयपुर
अभिभावक मोबाइल: {m(P, '94140 27731')}""")

add("email", "tr", False, f"""Sayın {m(N, 'Kemal Erdoğdu')},
Kira bedelinin aşağıdaki hesaba yatırılmasını rica ederim:
Alıcı: {m(N, 'Hatice Karabulut')}
IBAN: {m(I, g4(iban('TR', '0006200119000006672315')))}
Ayrıca yeni adresim: {m(A, 'Atatürk Mahallesi, Gül Sokak No: 8 Daire: 3')}, Çankaya/Ankara
Saygılarımla,
{m(N, 'Hatice Karabulut')}
{m(P, '+90 505 218 44 17')}""")

add("minutes", "sv", False, f"""PROTOKOLL – Bostadsrättsföreningen Linnégatan 14, årsstämma
Närvarande: {m(N, 'Ulla Bergqvist')} (ordf.), {m(N, 'Johan Eklund')}, {m(N, 'Fatima Hassan')}, {m(N, 'Oskar Lindgren')}
§ 5 {m(N, 'Johan')} redovisade kassan. § 7 {m(N, 'Fatima Hassan')} valdes till ny sekreterare. § 9 Stämman beslutade att {m(N, 'Lindgrens')} förslag om cykelrum avslås.""")

add("hr", "da", False, f"""Medarbejderstamkort
Navn: {m(N, 'Freja Holm Christiansen')}
CPR-nr.: {m(ID, dk_cpr('030697', '2846'))}
Adresse: {m(A, 'Vesterbrogade 112, 4. th.')}, 1620 København V
Løn udbetales til reg./konto 9570 0012418837
Nærmeste pårørende: {m(N, 'Mikkel Holm')}, {m(P, '28 41 77 09')}""")

add("chat", "no", False, f"""{m(N, 'Sigrid')}: hei {m(N, 'ola')}, hva var adressa til {m(N, 'Kari')} igjen?
{m(N, 'Ola Nordby')}: {m(A, 'Kirkeveien 64B, leil. 402')}
{m(N, 'Sigrid')}: takk! og nummeret hennes?
{m(N, 'Ola Nordby')}: {m(P, '+47 926 48 117')}""")

add("police", "fi", False, f"""ILMOITUS RIKOKSESTA
Asianomistaja: {m(N, 'Pekka Juhani Nieminen')}, henkilötunnus {m(ID, fi_hetu('170582', '-', '117'))}
Osoite: {m(A, 'Hämeenkatu 21 A 7')}, Tampere
Ilmoittaja kertoo, että hänen polkupyöränsä varastettiin. Epäiltynä on naapuri {m(N, 'Jari Koskinen')}. Todistajana {m(N, 'Sanna Mäkelän')} tytär.""")

add("email", "cs", False, f"""Dobrý den, paní {m(N, 'Procházková')},
posílám údaje pro pojistnou smlouvu: pojištěný {m(N, 'Tomáš Procházka')}, narozen {m(D, '4. 9. 1982')}, bytem {m(A, 'Štefánikova 213/31')}, Praha 5. Pojistné prosím hraďte na účet {m(I, g4(iban('CZ', '08000000192001447218')))}.
S pozdravem
{m(N, 'Jana Veselá')}""")

add("chat", "hu", False, NL.join([
    f"[Messenger] {m(N, 'Zsófi')}: {m(N, 'Bence')}, megvan a {m(N, 'Tamás')} telefonszáma?",
    f"[Messenger] {m(N, 'Nagy Bence')}: {m(P, '+36 20 553 1947')}",
    f"[Messenger] {m(N, 'Zsófi')}: köszi! és {m(N, 'Tamásék')} címe?",
    f"[Messenger] {m(N, 'Nagy Bence')}: {m(A, 'Andrássy út 64. III. em. 12. ajtó')}",
]))

add("chat", "el", False, f"""{m(N, 'Κατερίνα')}: {m(N, 'Γιάννη')} μου, στείλε μου το ΑΜΚΑ του {m(N, 'Νίκου')} για το ραντεβού
{m(N, 'Γιάννης Μαυρίδης')}: {m(ID, (lambda b: b + luhn_digit(b))('0304158213'))}
{m(N, 'Κατερίνα')}: ευχαριστώ! και το κινητό της {m(N, 'Ελένης')};
{m(N, 'Γιάννης Μαυρίδης')}: {m(P, '697 448 1209')}""")

add("email", "ro", False, f"""Bună ziua, doamna {m(N, 'Dumitrescu')},
Vă trimit datele fiicei mele pentru înscriere: {m(N, 'Ioana-Maria Dumitrescu')}, născută la {m(D, '8 martie 2012')}, CNP {m(ID, ro_cnp('612030840018'))}. Domiciliul: {m(A, 'Bd. Unirii nr. 27, bl. 9B, et. 6, ap. 24')}, București.
Cu stimă,
{m(N, 'Radu Dumitrescu')}""")

add("json", "id", False, """{"employee_id": "EMP-0918", "nama": \"""" + m(N, "Made Ayu Wulandari") + """\", "nik": \"""" + m(ID, "5171046307940002") + """\", "tgl_lahir": \"""" + m(D, "1994-07-23") + """\", "alamat": \"""" + m(A, "Jl. Tukad Badung No. 88X") + """\", "kota": "Denpasar", "no_hp": \"""" + m(P, "+62 821-3061-5528") + """\"}""")

add("cv", "vi", False, f"""SƠ YẾU LÝ LỊCH
Họ và tên: {m(N, 'Phạm Quốc Bảo')}
Ngày sinh: {m(D, '17/04/1996')}
Địa chỉ: {m(A, '45/12 Nguyễn Thị Minh Khai')}, phường Đa Kao, Quận 1, TP. Hồ Chí Minh
Điện thoại: {m(P, '+84 903 482 715')}
Email: {m(E, 'baopham.dev@gmail.com')}""")

add("shipping", "th", False, f"""ใบปะหน้าพัสดุ Kerry Express
ผู้ส่ง: {m(N, 'วราภรณ์ ทองดี')}  โทร {m(P, '086-305-1772')}
ผู้รับ: {m(N, 'ธนากร แก้วมณี')}
ที่อยู่: {m(A, '88/12 หมู่ 5 ถนนเชียงใหม่-ลำปาง')} ตำบลฟ้าฮ่าม อำเภอเมือง จังหวัดเชียงใหม่
โทร: {m(P, '092-715-4483')}  เลขพัสดุ: KERDO0013607725""")

add("email", "sw", False, f"""Habari Bi. {m(N, 'Akinyi')},
Nimeambatisha nakala ya kitambulisho changu. Namba ya kitambulisho ni {m(ID, '28471936')}. Anwani yangu mpya ni {m(A, 'Ngong Road, Nyumba Na. 27')}, Kilimani, Nairobi.
Asante,
{m(N, 'Otieno Brian Ochieng')}
{m(P, '+254 722 418 930')}""")

add("hr", "en", False, f"""New hire checklist – US Payroll
Employee: {m(N, 'Dolores M. Quintanilla')}
SSN: {m(S, '529 84 1176')}
DOB: {m(D, '12/30/1971')}
Passport (I-9 List A): {m(ID, '583017724')}
Home: {m(A, '7305 W Indian School Rd, Unit 118')}, Phoenix, AZ 85033
Direct deposit: routing 122105155, acct ****4471""")

add("prose", "en", False, f"""Dear diary — {m(N, 'Nana Efua')} called this morning, she's moving in with Auntie {m(N, 'Abena')} at {m(A, 'House No. 14, Kuku Hill Street')}, Osu. She made me write down her new number twice: {m(P, '+233 24 418 7735')}. {m(N, 'Kojo')} says he'll drive her on Saturday.""")

# ================================================================ more hard negatives
add("sql", "en", True, """CREATE TABLE customers (
  id            BIGSERIAL PRIMARY KEY,
  full_name     VARCHAR(200) NOT NULL,
  email         VARCHAR(255) UNIQUE,
  ssn           CHAR(11) CHECK (ssn ~ '^\\d{3}-\\d{2}-\\d{4}$'),
  date_of_birth DATE,
  phone         VARCHAR(32),
  iban          VARCHAR(34)
);
COMMENT ON COLUMN customers.ssn IS 'format XXX-XX-XXXX, masked in views';""")

add("code", "en", True, """EMAIL_RE = re.compile(r"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$")
PHONE_RE = re.compile(r"^\\+?[0-9 ()-]{7,20}$")

def test_masking():
    assert mask("4111-1111-1111-1111") == "****-****-****-1111"
    assert mask_email("someone@example.org") == "s******@example.org"
    # token = os.environ["API_TOKEN"]  # never hard-code secrets""")

add("guideline", "en", True, """Differential diagnosis: Parkinson's disease (G20), Huntington's disease (G10), Crohn's disease (K50.9), Hodgkin lymphoma (C81.9) and Cushing's syndrome (E24.9). Start levodopa/carbidopa 100/25 mg three times daily; review at 6 weeks. See NICE guideline NG71, section 1.3.""")

add("review", "en", True, """We drove the Ford F-150 Lightning (2024, 131 kWh extended-range pack) for 1,200 miles. Range averaged 287 mi at 68 °F. Our test unit's VIN-plate photo is blurred on purpose. Also tested: Dell XPS 13 (9340), firmware 1.4.0, and a Hugo Boss travel bag, item #50502212.""")

add("template", "en", True, """Mail-merge template v3 — replace the placeholders before sending:
Dear {{first_name}} {{last_name}},
Your account {{account_id}} will renew on {{renewal_date}}.
(Preview row uses the sample contact "Jane Doe", jane.doe@example.com, +1 555-0100 — fictitious.)""")

add("gitlog", "en", True, """a3f9e21 (HEAD -> main, tag: v2.14.0) chore(deps): bump lodash from 4.17.20 to 4.17.21 [dependabot[bot]]
9c0d4b7 fix: handle 429 from upstream (#1187)
e71a2f0 feat: add retry budget to HttpClient, closes #1142
5b8e9d3 Merge pull request #1139 from release/2.13.x""")

add("chemistry", "en", True, """Reagents: sodium chloride (CAS 7647-14-5, 58.44 g/mol), acetone (CAS 67-64-1, bp 56.05 °C), potassium permanganate (CAS 7722-64-7). Batch QC-2024-0418, lot 41827, expiry 2026-03. Store at 15–25 °C away from reducing agents.""")

add("bank", "en", True, """Wire instructions for tuition payments: Bank: JPMorgan Chase Bank, N.A.; ABA routing number 021000021; SWIFT/BIC CHASUS33. Reference: your student ID followed by the term code (e.g. 2024FA). Payments received after 5 p.m. ET are processed the next business day.""")

add("log", "en", True, """2024-06-01T03:12:44.118Z ERROR order-svc trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 msg="inventory lookup failed" sku=SKU-448213-BLK attempt=3
2024-06-01T03:12:44.120Z WARN  order-svc circuit breaker OPEN for inventory-svc (failure rate 62.5% > 50%)
2024-06-01T03:12:45.002Z INFO  order-svc request_id=7f3a9c2e-1b4d-4e8a-9c11-0d2e6b7a8f90 status=503 duration_ms=2043""")

add("astronomy", "en", True, """Kepler-452b orbits its G2 star every 384.8 days at 1.05 AU. The James Webb Space Telescope observed it on 2024-02-11 (program ID 2738, observation 14) using NIRSpec. Coordinates: RA 19h 44m 00.89s, Dec +44° 16′ 39.2″. Distance ≈ 1,402 light-years.""")

add("awards", "en", True, """The 2023 Nobel Prize in Physiology or Medicine went to Katalin Karikó and Drew Weissman for their work on nucleoside base modifications. The Turing Award 2023 was given to Avi Wigderson. Ceremony in Stockholm on 10 December, 16:30 CET; prize amount SEK 11 million.""")

add("datasheet", "de", True, """Produktdatenblatt Bosch Serie 6 WGG244A40, Energieeffizienzklasse A, 9 kg, 1400 U/min, Geräuschemission 71 dB(A). E-Nr. WGG244A40/01, FD-Nr. 9912. Ersatzteil Laugenpumpe Art.-Nr. 00145777. Miele-Vergleichsmodell WWD120 WPS. Garantie 2 Jahre ab Kaufdatum.""")

add("lottery", "de", True, """Lottozahlen vom Samstag: 3 – 12 – 19 – 27 – 38 – 44, Superzahl 7. Spiel 77: 8 4 1 2 9 3 6. Super 6: 2 7 0 4 1 8. Im Jackpot der nächsten Ziehung liegen rund 14 Millionen Euro. Alle Angaben ohne Gewähr.""")

add("exam", "fr", True, """Exercice 3 (5 points). Une entreprise fabrique des pièces dont le diamètre suit une loi normale de moyenne 12,5 mm et d'écart type 0,04 mm. 1) Calculer P(12,42 ≤ X ≤ 12,58). 2) Sur un lot de 2 500 pièces, combien sont hors tolérance ? On arrondira à 10⁻³.""")

add("json", "fr", True, """{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Client",
  "properties": {
    "nom": {"type": "string", "examples": ["Dupont"]},
    "email": {"type": "string", "format": "email", "examples": ["prenom.nom@example.fr"]},
    "telephone": {"type": "string", "pattern": "^\\\\+33[1-9]\\\\d{8}$"}
  }
}""")

add("lottery", "es", True, """Sorteo Extraordinario de Navidad: el Gordo ha sido el 88008, vendido en Madrid, Barcelona y Sevilla. Segundo premio: 58303. Terceros: 17840. Cuartos: 06154 y 37649. Cada décimo premiado con el Gordo cobra 400.000 euros.""")

add("ir", "ja", True, """当社（証券コード：7203）は、2024年5月8日開催の取締役会において、自己株式の取得を決議いたしました。取得株式総数の上限 2億5,000万株、取得価額の総額の上限 1兆円、取得期間 2024年5月9日〜2025年4月30日。""")

add("patch", "ko", True, """패치 노트 14.3.1 — 챔피언 조정: 아리 Q 피해량 40/65/90/115/140 → 45/70/95/120/145. 아이템 '무한의 대검' 가격 3,400 → 3,450골드. 서버 점검: 5월 22일 04:00~08:00 (KST). 빌드 번호 14.3.582.1147.""")

add("legal", "zh", True, """依照《中华人民共和国民法典》第一千一百六十五条、第一千一百七十九条，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条之规定，判决如下。案件受理费人民币4,300元，减半收取2,150元。""")

add("leaflet", "pt", True, """Bula: Dipirona monoidratada 500 mg, caixa com 10 comprimidos. Posologia: adultos, 1 a 2 comprimidos até 4 vezes ao dia. Lote: 24B1187; Fabricação: 02/2024; Validade: 02/2027. Reg. MS nº 1.0573.0448. SAC do fabricante: consulte o site.""")

add("timetable", "ru", True, """Поезд № 752А «Ласточка» Москва (Ленинградский вокзал) 06:50 — Санкт-Петербург (Московский вокзал) 10:48. Вагон 5, места 33–36. Стоимость билета 3 412 ₽. Поезд № 020У «Красная стрела» отправляется в 23:55.""")

add("order", "pl", True, """Dziękujemy za zakupy! Zamówienie nr 4482193017 zostało opłacone. Przesyłka: InPost Paczkomat, numer nadania 620448219301760. Produkt: Xiaomi Redmi Buds 5 (EAN 6941812756812), 1 szt., 129,00 zł. Zwrot możliwy w ciągu 14 dni.""")

add("sport", "it", True, """Serie A, 35ª giornata: Inter–Torino 2-0 (Lautaro 12', Çalhanoğlu rig. 68'). Spettatori 72.418. Classifica: Inter 89, Milan 74, Juventus 68. Prossimo turno: sabato alle 20:45 contro il Sassuolo.""")

add("weather", "nl", True, """KNMI: code oranje voor zware windstoten tot 110 km/u in het Waddengebied, geldig van 14:00 tot 22:00 uur. In De Bilt werd het vannacht 2,4 °C. Neerslag tot 25 mm. Waterstand Hoek van Holland 1,84 m +NAP om 17:12.""")

add("recipe", "tr", True, """Mercimek çorbası (4 kişilik): 1 su bardağı kırmızı mercimek, 1 adet soğan, 1 adet havuç, 1 yemek kaşığı un, 2 yemek kaşığı tereyağı, 6 su bardağı sıcak su, 1 çay kaşığı kimyon. 25 dakika pişirip blenderdan geçirin.""")

add("prices", "ar", True, """أسعار الذهب اليوم: عيار 24 بـ 3,720 جنيهاً للغرام، عيار 21 بـ 3,255 جنيهاً، والجنيه الذهب بـ 26,040 جنيهاً. سعر الأونصة عالمياً 2,331 دولاراً. سعر صرف الدولار في البنك المركزي 47,62 جنيهاً.""")

add("election", "hi", True, """चुनाव आयोग के अनुसार तीसरे चरण में 65.68% मतदान हुआ। सबसे अधिक मतदान असम (81.71%) और सबसे कम उत्तर प्रदेश (57.34%) में दर्ज किया गया। कुल 1,331 उम्मीदवार मैदान में थे। मतगणना 4 जून को होगी।""")

add("product", "vi", True, """Thông số Samsung Galaxy A55 5G (SM-A556E): màn hình 6,6 inch Super AMOLED 120 Hz, chip Exynos 1480, RAM 8 GB, bộ nhớ 128 GB, pin 5.000 mAh, sạc 25 W. Giá niêm yết 9.990.000 đồng. Mã sản phẩm 8806095467283.""")

add("lottery", "th", True, """ผลสลากกินแบ่งรัฐบาล งวดวันที่ 16 พฤษภาคม 2567 รางวัลที่ 1: 912258 เลขหน้า 3 ตัว: 169, 538 เลขท้าย 3 ตัว: 310, 499 เลขท้าย 2 ตัว: 41 รางวัลข้างเคียงรางวัลที่ 1: 912257, 912259""")

add("recipe", "id", True, """Rendang daging (6 porsi): 1 kg daging sapi, 1,5 liter santan kental, 10 butir bawang merah, 6 siung bawang putih, 100 g cabai merah, 3 cm lengkuas, 2 batang serai. Masak dengan api kecil selama 3–4 jam hingga kering dan kehitaman.""")

add("weather", "sw", True, """Idara ya Hali ya Hewa Kenya inatabiri mvua kubwa ya hadi milimita 50 katika kaunti za Nyeri na Murang'a. Joto la juu Mombasa litafikia nyuzi 32, na Nairobi nyuzi 24. Upepo wa kilomita 30 kwa saa unatarajiwa pwani.""")

add("calendar", "he", True, """לוח חגים תשפ"ה: ראש השנה א'-ב' תשרי (3–4 באוקטובר 2024), יום כיפור י' תשרי (12 באוקטובר), סוכות ט"ו תשרי (17 באוקטובר), חנוכה כ"ה כסלו (26 בדצמבר). כניסת שבת בירושלים ביום שישי: 16:12.""")

add("timetable", "uk", True, """Укрзалізниця: поїзд № 91/92 Київ — Львів, відправлення 06:12 з колії 4, прибуття 11:20. Інтерсіті+ № 743 Київ — Харків 07:03. Квитки від 412 грн. Вагон 3, місця 21–24.""")

add("catalogue", "sv", True, """BILLY bokhylla, vit 80x28x202 cm, artikelnummer 002.638.50, 699 kr. KALLAX hyllenhet 77x147 cm, 802.758.87. POÄNG fåtölj, björkfaner/Knisa ljusbeige, 393.027.52. Leveransavgift från 49 kr. Monteringsanvisning AA-2249382-7.""")

add("toys", "da", True, """LEGO Technic 42143 Ferrari Daytona SP3 (3.778 dele) koster 3.499,95 kr., og LEGO Icons 10316 Lord of the Rings Rivendell (6.167 dele) 3.999,95 kr. Varenummer i butikken: 5702017152974. Byggevejledning nr. 6428472.""")

add("chart", "ko", True, """이번 주 멜론 차트 1위는 아이브의 '해야(HEYA)'로, 스트리밍 412만 회를 기록했다. 2위는 뉴진스 'How Sweet', 3위는 세븐틴 '마에스트로'. 뮤직뱅크 점수 8,412점, 방송은 금요일 오후 5시 5분.""")

add("history", "hu", True, """A bűvös kockát Rubik Ernő találta fel 1974-ben; a 3×3×3-as kockának 43 252 003 274 489 856 000 lehetséges állása van. A jelenlegi világrekord 3,13 másodperc (2023). A Magyar Szabadalmi Hivatal lajstromszáma: HU 170062.""")

add("weather", "fa", True, """پیش‌بینی هواشناسی تهران: حداکثر دما ۳۸ و حداقل ۲۴ درجه سانتی‌گراد، وزش باد ۳۵ کیلومتر بر ساعت. شاخص کیفیت هوا ۱۵۶ (ناسالم برای گروه‌های حساس). طلوع آفتاب ۵:۴۸، غروب ۲۰:۲۳.""")

# ================================================================ more positives
add("prose", "pl", False, f"""Wczoraj wieczorem spotkałem się z {m(N, 'Agnieszką Kamińską')} i jej mężem {m(N, 'Krzysztofem')}. Opowiadali, że kupili mieszkanie przy {m(A, 'ul. Piotrkowskiej 148 m. 6')} w Łodzi. Pozdrowienia przesyła też pani {m(N, 'Halina')}, matka {m(N, 'Krzysztofa')}.""")

add("letter", "ru", False, f"""Уважаемая {m(N, 'Нина Петровна')}!
Сообщаем, что Ваш сын, {m(N, 'Олег Викторович Сомов')}, зачислен на первый курс. Документы можно получить у секретаря, {m(N, 'Людмилы Аркадьевны')}, по адресу: {m(A, 'ул. Карла Маркса, д. 12, каб. 305')}. Справки по телефону {m(P, '+7 (843) 231-48-77')}.""")

add("chat", "cs", False, f"""{m(N, 'Lenka')}: Ahoj {m(N, 'Petře')}, máš číslo na {m(N, 'Honzu')}?
{m(N, 'Petr Svoboda')}: jo, {m(P, '+420 731 605 218')}
{m(N, 'Lenka')}: díky! a pozdravuj {m(N, 'Markétu')}""")

add("csv", "de", False, f"""Teams-Teilnehmerliste – Besprechung „Quartalsabschluss“
Name,Beitrittszeit,Dauer,E-Mail
{m(N, 'Schulze-Wittgenstein, Annelie')},09:01,58 Min,{m(E, 'annelie.schulze-wittgenstein@kanzlei-swp.de')}
{m(N, 'Özdemir, Cem')},09:03,55 Min,{m(E, 'c.oezdemir@kanzlei-swp.de')}
{m(N, 'Nguyen, Thi Thu Trang')},09:10,21 Min,{m(E, 'thu.trang.nguyen@gmx.de')}""")

add("html", "en", False, f"""<table class="staff">
<tr><th>Name</th><th>Role</th><th>Direct line</th></tr>
<tr><td>{m(N, 'Moira Flanagan')}</td><td>Practice manager</td><td>{m(P, '+353 1 482 7719')}</td></tr>
<tr><td>{m(N, 'Desmond Okoro')}</td><td>Accounts</td><td>{m(P, '+353 1 482 7720')}</td></tr>
<tr><td>{m(N, 'Aoife')}</td><td>Reception (mornings)</td><td>ext. 21</td></tr>
</table>""")

add("issue", "es", False, f"""Comentario en issue #412:
> Al ejecutar el script me sale 401. Uso esta config:
```
OPENAI_API_KEY={m(K, 'sk-proj-T4vQ9xLm2KpR7wZ8nB3cY6dF1hJ5gS0aE2uI4oX9')}
ORG=org-acme
```
¿Alguien sabe qué pasa? Gracias — {m(N, 'Sebastián Arrieta')}""")

add("log", "fr", False, f"""[2024-03-11 02:00:01] backup.sh: upload vers {m(U, 'ftp://compta:Kx8!mZr42q@ftp.cabinet-durand-associes.fr/sauvegardes/')} démarré
[2024-03-11 02:04:37] backup.sh: 1 284 fichiers envoyés (2,1 Go)
[2024-03-11 02:04:38] backup.sh: notification envoyée à {m(E, 'helene.durand@cabinet-durand-associes.fr')}""")

add("config", "ja", False, f"""# Slack通知設定（本番）※コミット禁止
SLACK_BOT_TOKEN={m(K, 'xoxb-7481920365-5520187734019-Hq3Zr8TvLk2NwP9cXm4YbF6s')}
SLACK_CHANNEL=#alerts-prod
# 担当：{m(N, '井上')}（内線 4412）""")

add("chat", "pt", False, f"""[WhatsApp] {m(N, 'Rafa')}: amor, qual o número do cartão pra eu fechar o hotel?
[WhatsApp] {m(N, 'Bruna Mendes')}: {m(C, grp(card('523781004429817'), [4, 4, 4, 4]))} validade 08/27
[WhatsApp] {m(N, 'Rafa')}: e o CVV?
[WhatsApp] {m(N, 'Bruna Mendes')}: te falo por ligação 😅""")

add("email", "it", False, f"""Gentile dott.ssa {m(N, 'Ferraresi')},
le invio i dati per il rimborso: intestatario {m(N, 'Alessandro Lombardi')}, codice fiscale {m(ID, it_cf('LMBLSN81C12H501'))}, IBAN {m(I, g4(iban('IT', 'M0306909606100000418273')))}.
Cordiali saluti
{m(N, 'Alessandro Lombardi')}
{m(P, '+39 328 441 9027')}""")

add("ticket", "ar", False, f"""تذكرة دعم فني #5521
المستخدم: {m(N, 'رامي الحداد')} – قسم المحاسبة
المشكلة: لا يستطيع الاتصال بالشبكة اللاسلكية من حاسوبه المحمول.
عنوان MAC للجهاز: {m(MAC, '9C:B6:D0:4E:21:7A')}
آخر عنوان IP تم تخصيصه: {m(IP, '172.16.40.118')}
رقم التحويلة: 2214""")

add("letter", "en", False, f"""To whom it may concern,
I am writing on behalf of my late father, {m(N, 'Harold Jennings')}, whose Social Security number was {m(S, '041-52-8837')}. He passed away at home, {m(A, '73 Birch Hollow Road')}, on March 3. Please direct all correspondence to me, {m(N, 'Carol Jennings-Watts')}, at {m(E, 'carol.jw@verizon.net')}.""")

# ================================================================ replacement hard negatives (Asia, Africa)
add("history", "ja", True, """徳川家康（1543〜1616年）は1603年に征夷大将軍に任じられ、江戸幕府を開いた。日光東照宮には年間約200万人が訪れ、陽明門の彫刻は508体に及ぶ。国宝指定番号は建造物第185号。""")

add("festival", "ko", True, """한글날(10월 9일)을 맞아 세종대로 일대에서 '한글 문화 큰잔치'가 열린다. 개막식은 오전 10시 30분, 세종대왕 동상 앞 특설무대에서 진행되며 '훈민정음 해례본' 복제본 28부가 전시된다. 행사 문의는 누리집 공지 제2024-118호 참고.""")

add("history", "vi", True, """Đường Nguyễn Huệ được đặt theo tên vua Quang Trung (1753–1792). Bảo tàng Hồ Chí Minh tại số hiệu công trình BT-01 mở cửa từ 7:30 đến 11:30 và từ 13:30 đến 17:00, giá vé 40.000 đồng. Năm 2023 bảo tàng đón 412.000 lượt khách.""")

add("timetable", "id", True, """Jadwal KRL Commuter Line lintas Bogor–Jakarta Kota, hari kerja: Bogor 05.12 – Depok 05.41 – Manggarai 06.09 – Jakarta Kota 06.31. Kereta berikutnya 05.24 dan 05.36. Tarif Rp 5.000 untuk 25 km pertama, tambah Rp 1.000 tiap 10 km.""")

add("landmark", "ms", True, """Menara Berkembar Petronas setinggi 451.9 meter mempunyai 88 tingkat dan dibuka pada 1 Ogos 1999. Jambatan langit di tingkat 41 dan 42 sepanjang 58.4 meter. Tiket dewasa RM98, kanak-kanak RM50; waktu operasi 9.00 pagi hingga 9.00 malam, ditutup Isnin.""")

add("market", "km", True, """តម្លៃទំនិញនៅផ្សារថ្មីថ្ងៃនេះ៖ អង្ករផ្កាម្លិះ 3,200 រៀល/គីឡូ ត្រីរ៉ស់ 18,000 រៀល/គីឡូ សាច់ជ្រូក 17,500 រៀល/គីឡូ។ អត្រាប្តូរប្រាក់ 1 ដុល្លារ = 4,090 រៀល។""")

add("calendar", "am", True, """መስከረም 1 ቀን 2017 ዓ.ም. ከሴፕቴምበር 11 ቀን 2024 ጋር ይገጣጠማል። የታላቁ የኢትዮጵያ ህዳሴ ግድብ 5,150 ሜጋ ዋት የማመንጨት አቅም አለው፤ ውሃ የመያዝ አቅሙ 74 ቢሊዮን ሜትር ኩብ ነው። ጥምቀት በጥር 11 ይከበራል።""")

add("history", "yo", True, """Ọbáfẹ́mi Awólọ́wọ̀ (1909–1987) ni olórí ìjọba àkọ́kọ́ ti Ẹkùn Ìwọ̀-Oòrùn Nàìjíríà. Yunifásítì Ọbáfẹ́mi Awólọ́wọ̀ ní Ilé-Ifẹ̀, tí a dá sílẹ̀ ní 1962, ní akẹ́kọ̀ọ́ tó lé ní 35,000 báyìí. Ojú-ìwé 412 nínú ìwé ìtàn náà sọ nípa ètò ẹ̀kọ́ ọ̀fẹ́ 1955.""")

add("recipe", "ha", True, """Yadda ake tuwon shinkafa (mutum 4): kofi 3 na shinkafar tuwo, kofi 6 na ruwa, gishiri kadan. A dafa na tsawon minti 25, sannan a tuka har ya yi laushi. Miyar kuka: cokali 4 na garin kuka, gram 250 na nama, albasa 1, daddawa cokali 1.""")

add("church", "zu", True, """Uhlelo lwenkonzo yangeSonto: 09:00 Ukuvula ngomthandazo; Amahubo 112 no-245; ukufundwa kukaJohane 3:16–21 noMathewu 5:1–12. Umnikelo wesonto eledlule: R4 820,50. Umhlangano wabasha ngoLwesithathu ngo-18:30.""")

add("statistics", "so", True, """Dekedda Berbera waxaa sannadkii 2023 laga dhoofiyay 2.1 milyan oo ari ah iyo 118,000 oo geel ah, sida ay sheegtay Wasaaradda Xoolaha. Qiimaha celceliska neefka adhiga wuxuu ahaa $62. Dhoofinta ugu badan waxay aaday Sacuudi Carabiya.""")

add("festival", "ig", True, """Usoro Iri Ji Ọhụrụ n'Mbaise: elekere 10 nke ụtụtụ – ndị ichie ga-abata; elekere 12 – ịwa ji ọhụrụ; elekere 2 nke ehihie – egwu mmanwụ na ịgba egwu atilogwu. Ụbọchị: Satọde, 17 Ọgọọst. A na-atụ anya ihe karịrị mmadụ 5,000.""")

add("weather", "rw", True, """Meteo Rwanda iteganya imvura iri hagati ya milimetero 60 na 90 mu Ntara y'Amajyaruguru mu minsi icumi iri imbere. Ubushyuhe bwo hejuru i Kigali buzaba dogere 28, ubwo hasi dogere 16. Umuyaga uzaba ufite umuvuduko wa metero 4 ku isegonda.""")


emit("blind13", CASES)
