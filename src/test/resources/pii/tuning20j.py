# Tuning corpus 20j: filled-in forms and letters (applications, payslips, tax/bank/rental/HR forms, medical and official letters, CVs, ID-card OCR) with check-digit-valid national ID numbers in 33 languages, plus look-alike hard negatives (blank templates, format masks, company/VAT/case numbers, public officials, institutions).
# Run: python3 tuning20j.py > corpus-tuning20j.jsonl
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m  # noqa: F401


def L(*lines):
    return NL.join(lines)


TAB = "\t"


# ==================================================================== check-digit helpers
def _digits(s):
    return [int(c) for c in s if c.isdigit()]


def luhn_digit(body):
    """Luhn check digit for the digit string body."""
    total = 0
    for i, x in enumerate(reversed(_digits(body))):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return str((10 - total % 10) % 10)


def card(body):
    """Card number: body (without the last digit) plus its Luhn digit, grouped in fours."""
    raw = "".join(c for c in body if c.isdigit())
    full = raw + luhn_digit(raw)
    if len(full) == 15:
        return full[:4] + " " + full[4:10] + " " + full[10:]
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def iban(cc, bban, grouped=True):
    """IBAN with computed check digits."""
    bban = bban.replace(" ", "").upper()
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    s = "%s%02d%s" % (cc, chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def es_dni(n):
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def es_nie(prefix, n):
    v = int("XYZ".index(prefix).__str__() + "%07d" % n)
    return "%s%07d%s" % (prefix, n, "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23])


def es_nss(prov, body8):
    """Spanish social security number PP/NNNNNNNN/CC."""
    base = int("%02d%08d" % (prov, body8)) if body8 >= 10000000 else int("%02d%d" % (prov, body8))
    return "%02d/%08d/%02d" % (prov, body8, base % 97)


def es_ccc(bank, branch, account):
    """Spanish 20-digit account (CCC) with its two control digits."""
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%s%s%d%d%s" % (bank, branch, dc("00" + bank + branch), dc(account), account)


def es_cif(letter, body7):
    d = [int(c) for c in body7]
    s = d[1] + d[3] + d[5]
    for x in (d[0], d[2], d[4], d[6]):
        y = 2 * x
        s += y // 10 + y % 10
    return "%s%s%d" % (letter, body7, (10 - s % 10) % 10)


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                    16, 10, 22, 25, 24, 23]))


def _cf_part(name, is_first):
    name = "".join(c for c in name.upper() if c.isalpha())
    cons = [c for c in name if c not in "AEIOU"]
    vow = [c for c in name if c in "AEIOU"]
    if is_first and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def it_cf(surname, name, yyyy, mm, dd, female, comune):
    s = _cf_part(surname, False) + _cf_part(name, True) + "%02d" % (yyyy % 100) + "ABCDEHLMPRST"[mm - 1]
    s += "%02d" % (dd + (40 if female else 0)) + comune
    tot = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            tot += _CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return s + chr(65 + tot % 26)


def it_piva(body10):
    return body10 + luhn_digit(body10)


def pl_pesel(yyyy, mm, dd, serial4):
    """PESEL; the last digit of serial4 is the sex digit (odd = male)."""
    mo = mm + (20 if yyyy >= 2000 else 0)
    s = "%02d%02d%02d%s" % (yyyy % 100, mo, dd, serial4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def pl_dowod(letters, digits5):
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in digits5]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return "%s %d%s" % (letters, sum(a * b for a, b in zip(vals, w)) % 10, digits5)


def pl_nip(body9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(body9, w)) % 11
    assert c != 10
    return body9 + str(c)


def nl_bsn(body8):
    s = sum(int(c) * w for c, w in zip(body8, range(9, 1, -1)))
    c = s % 11
    assert c != 10
    return body8 + str(c)


def be_rrn(yymmdd, serial3, born2000=False):
    base = int(("2" if born2000 else "") + yymmdd + serial3)
    k = 97 - base % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], serial3, k)


def se_pnr(yymmdd, serial3, sep="-"):
    return yymmdd + sep + serial3 + luhn_digit(yymmdd + serial3)


def se_org(body9):
    return body9[:6] + "-" + body9[6:] + luhn_digit(body9)


def fi_hetu(ddmmyy, sign, serial3):
    return ddmmyy + sign + serial3 + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + serial3) % 31]


def fi_ytunnus(body7):
    r = sum(int(a) * b for a, b in zip(body7, [7, 9, 10, 5, 8, 4, 2])) % 11
    assert r != 1
    return body7 + "-" + str(0 if r == 0 else 11 - r)


def no_fnr(ddmmyy, ind3):
    d = [int(c) for c in ddmmyy + ind3]
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return ddmmyy + ind3 + str(k1) + str(k2)


def no_orgnr(body8):
    k = 11 - sum(int(a) * b for a, b in zip(body8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k = 0 if k == 11 else k
    assert k != 10
    return body8 + str(k)


def dk_cpr(ddmmyy, serial3):
    """CPR with a mod-11-valid last digit."""
    d = [int(c) for c in ddmmyy + serial3]
    r = sum(a * b for a, b in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k = (11 - r) % 11
    assert k != 10
    return ddmmyy + "-" + serial3 + str(k)


def dk_cvr(body7):
    r = sum(int(a) * b for a, b in zip(body7, [2, 7, 6, 5, 4, 3, 2])) % 11
    k = (11 - r) % 11
    assert k != 10
    return body7 + str(k)


def cz_rc(yymmdd, serial3):
    base = int(yymmdd + serial3)
    k = base % 11
    k = 0 if k == 10 else k
    return yymmdd + "/" + serial3 + str(k)


def cz_ico(body7):
    s = sum(int(a) * b for a, b in zip(body7, range(8, 1, -1)))
    return body7 + str((11 - s % 11) % 10)


def ro_cnp(s, yymmdd, county2, nnn):
    base = "%d%s%s%s" % (s, yymmdd, county2, nnn)
    c = sum(int(a) * int(b) for a, b in zip(base, "279146358279")) % 11
    return base + str(1 if c == 10 else c)


def ro_cui(body):
    w = "753217532"[-len(body):]
    c = sum(int(a) * int(b) for a, b in zip(body, w)) * 10 % 11
    return body + str(0 if c == 10 else c)


def tr_tc(body9):
    d = [int(c) for c in body9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return body9 + str(d10) + str(d11)


def br_cpf(body9, fmt=True):
    d = [int(c) for c in body9]
    for n in (10, 11):
        s = sum(a * b for a, b in zip(d, range(n, 1, -1)))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    x = "".join(map(str, d))
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:]) if fmt else x


def br_cnpj(body12):
    d = [int(c) for c in body12]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(a * b for a, b in zip(d, w))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    x = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (x[:2], x[2:5], x[5:8], x[8:12], x[12:])


def br_pis(body10):
    s = sum(int(a) * b for a, b in zip(body10, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    k = 11 - s % 11
    k = 0 if k >= 10 else k
    x = body10 + str(k)
    return "%s.%s.%s-%s" % (x[:3], x[3:8], x[8:10], x[10])


def pt_nif(body8):
    s = sum(int(a) * b for a, b in zip(body8, range(9, 1, -1)))
    k = 11 - s % 11
    return body8 + str(0 if k >= 10 else k)


def pt_cc(civil8, version2):
    """Portuguese Cartao de Cidadao document number 'NNNNNNNN C VVK'."""
    s = sum(int(a) * b for a, b in zip(civil8, range(9, 1, -1)))
    k = 11 - s % 11
    k = 0 if k >= 10 else k
    body = civil8 + str(k) + version2
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch, 36)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return "%s %d %s%d" % (civil8, k, version2, (10 - total % 10) % 10)


def pt_niss(body10):
    w = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
    return body10 + str(9 - sum(int(a) * b for a, b in zip(body10, w)) % 10)


def fr_nir(body13, spaced=True):
    k = 97 - int(body13) % 97
    if spaced:
        b = body13
        return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k)
    return body13 + "%02d" % k


def fr_siren(body8):
    return body8 + luhn_digit(body8)


def fr_tva(siren):
    return "FR%02d%s" % ((12 + 3 * (int(siren) % 97)) % 97, siren)


def hu_taj(body8):
    s = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(body8))
    x = body8 + str(s % 10)
    return "%s %s %s" % (x[:3], x[3:6], x[6:])


def hu_adoazon(yyyy, mm, dd, rnd3):
    import datetime
    days = (datetime.date(yyyy, mm, dd) - datetime.date(1867, 1, 1)).days
    body = "8%05d%s" % (days, rnd3)
    c = sum(int(a) * (i + 1) for i, a in enumerate(body)) % 11
    assert c != 10
    return body + str(c)


def gr_amka(ddmmyy, body4):
    return ddmmyy + body4 + luhn_digit(ddmmyy + body4)


def gr_afm(body8):
    s = sum(int(a) * 2 ** (8 - i) for i, a in enumerate(body8))
    return body8 + str(s % 11 % 10)


def cn_id(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def kr_rrn(yymmdd, body6):
    s = yymmdd + body6
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    k = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return yymmdd + "-" + body6 + str(k)


def jp_mynumber(body11):
    d = [int(c) for c in reversed(body11)]
    s = sum(p * ((n + 1) if n <= 6 else (n - 5)) for n, p in enumerate(d, start=1))
    r = s % 11
    x = body11 + str(0 if r <= 1 else 11 - r)
    return "%s %s %s" % (x[:4], x[4:8], x[8:])


def jp_corp(body12):
    d = [int(c) for c in reversed(body12)]
    s = sum(x * (2 if i % 2 == 0 else 1) for i, x in enumerate(d, start=1))
    return str(9 - s % 9) + body12


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[_i - 1][_VP[1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def in_aadhaar(body11):
    c = 0
    for i, ch in enumerate(reversed(body11)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    x = body11 + str(_VINV[c])
    assert verhoeff_ok(x)
    return "%s %s %s" % (x[:4], x[4:8], x[8:])


def il_tz(body8):
    return body8 + luhn_digit(body8)


def is_kt(ddmmyy, rr, century="9"):
    body = ddmmyy + rr
    k = 11 - sum(int(a) * b for a, b in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k = 0 if k == 11 else k
    assert k != 10
    return ddmmyy + "-" + rr + str(k) + century


def ie_ppsn(body7, second=""):
    s = sum(int(a) * b for a, b in zip(body7, range(8, 1, -1)))
    if second:
        s += 9 * (ord(second) - 64)
    return body7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def de_steuerid(body10):
    prod = 10
    for ch in body10:
        s = (int(ch) + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    k = 11 - prod
    return body10 + str(0 if k == 10 else k)


def de_ust(body8):
    return "DE" + de_steuerid(body8)


def de_rvnr(area2, ddmmyy, letter, serial2):
    ds = area2 + ddmmyy + "%02d" % (ord(letter) - 64) + serial2
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum((int(a) * b) // 10 + (int(a) * b) % 10 for a, b in zip(ds, w))
    return "%s %s %s %s%d" % (area2, ddmmyy, letter, serial2, s % 10)


def de_kvnr(letter, body8):
    ds = "%02d" % (ord(letter) - 64) + body8
    s = 0
    for i, ch in enumerate(ds):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return letter + body8 + str(s % 10)


def mrz_digit(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        tot += v * [7, 3, 1][i % 3]
    return str(tot % 10)


def at_svnr(serial3, ddmmyy):
    d = [int(c) for c in serial3 + ddmmyy]
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    k = sum(a * b for a, b in zip(d, w)) % 11
    assert k != 10
    return serial3 + str(k) + " " + ddmmyy


def ch_ahv(body9):
    b = "756" + body9
    s = sum(int(c) * (3 if i % 2 == 1 else 1) for i, c in enumerate(b))
    x = b + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (x[:3], x[3:7], x[7:11], x[11:])


def uk_nhs(body9):
    s = sum(int(a) * b for a, b in zip(body9, range(10, 1, -1)))
    k = 11 - s % 11
    k = 0 if k == 11 else k
    assert k != 10
    x = body9 + str(k)
    return "%s %s %s" % (x[:3], x[3:6], x[6:])


def ca_sin(body8):
    x = body8 + luhn_digit(body8)
    return "%s %s %s" % (x[:3], x[3:6], x[6:])


def au_tfn(body8):
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    s = sum(int(a) * b for a, b in zip(body8, w))
    for k in range(10):
        if (s + k * 10) % 11 == 0:
            x = body8 + str(k)
            return "%s %s %s" % (x[:3], x[3:6], x[6:])
    raise ValueError(body8)


def za_id(body12):
    return body12 + luhn_digit(body12)


def cl_rut(n):
    s, f = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * f
        f = 2 if f == 7 else f + 1
    k = 11 - s % 11
    k = "0" if k == 11 else ("K" if k == 10 else str(k))
    return "{:,}".format(n).replace(",", ".") + "-" + k


def ar_cuil(prefix, dni8):
    b = "%02d%08d" % (prefix, dni8)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
    assert k != 10
    return "%s-%s-%d" % (b[:2], b[2:], 0 if k == 11 else k)


def ru_snils(body9):
    s = sum(int(a) * b for a, b in zip(body9, range(9, 0, -1)))
    if s > 101:
        s %= 101
    k = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (body9[:3], body9[3:6], body9[6:], k)


def ru_inn12(body10):
    d = [int(c) for c in body10]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def ua_rnokpp(yyyy, mm, dd, serial3, female):
    import datetime
    days = (datetime.date(yyyy, mm, dd) - datetime.date(1899, 12, 31)).days
    sexd = 2 if female else 3
    body = "%05d%s%d" % (days, serial3, sexd)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(a) * b for a, b in zip(body, w)) % 11 % 10)


def ua_unzr(yyyymmdd, body4):
    s = yyyymmdd + body4
    k = sum(int(c) * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10
    return yyyymmdd + "-" + body4 + str(k)


def th_id(body12):
    s = sum(int(a) * b for a, b in zip(body12, range(13, 1, -1)))
    x = body12 + str((11 - s % 11) % 10)
    return "%s-%s-%s-%s-%s" % (x[0], x[1:5], x[5:10], x[10:12], x[12])


def sa_id(body9):
    return body9 + luhn_digit(body9)


def ae_eid(body14):
    x = body14 + luhn_digit(body14)
    return "%s-%s-%s-%s" % (x[:3], x[3:7], x[7:14], x[14])


def ssn(a, g, s):
    assert 0 < a < 900 and a != 666 and 0 < g < 100 and 0 < s < 10000
    return "%03d-%02d-%04d" % (a, g, s)


def au_medicare(body8, issue):
    assert body8[0] in "23456"
    k = sum(int(a) * b for a, b in zip(body8, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return "%s %s%d %d" % (body8[:4], body8[4:], k, issue)


def gb_vat(body7):
    s = sum(int(a) * b for a, b in zip(body7, range(8, 1, -1)))
    k = (97 - s % 97) % 97
    return "GB %s %s %02d" % (body7[:3], body7[3:], k)


def mrz_td1_marked(issuer, doc, dob, sex, exp, nat, surname, given):
    """Three MRZ lines of an ID card (TD1) with the document number, birth date and name marked up."""
    l1 = ("ID" + issuer + "<" * 3)[:5]
    tail1 = doc + mrz_digit(doc) + "<" * 15
    l2a = dob + mrz_digit(dob) + sex + exp + mrz_digit(exp) + (nat + "<<<")[:3] + "<" * 11
    comp = mrz_digit(tail1 + dob + mrz_digit(dob) + exp + mrz_digit(exp) + "<" * 11)
    name = surname + "<<" + given.replace(" ", "<")
    line1 = l1 + m(ID, doc) + mrz_digit(doc) + "<" * 15
    line2 = m(D, dob) + l2a[6:] + comp
    line3 = m(N, name) + "<" * (30 - len(name))
    return line1, line2, line3


def fr_rib(bank5, guichet5, compte11):
    """French BBAN with its RIB key (numeric accounts)."""
    key = 97 - (89 * int(bank5) + 15 * int(guichet5) + 3 * int(compte11)) % 97
    return bank5 + guichet5 + compte11 + "%02d" % key


def mx_curp(body17):
    chars = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(chars.index(c) * (18 - i) for i, c in enumerate(body17))
    return body17 + str((10 - s % 10) % 10)


def pt_nib(bank4, branch4, account11):
    b = bank4 + branch4 + account11
    return b + "%02d" % (98 - int(b + "00") % 97)


def br_rg_sp(body8):
    s = sum(int(a) * b for a, b in zip(body8, range(2, 10)))
    r = s % 11
    k = "X" if r == 10 else str(r)
    return "%s.%s.%s-%s" % (body8[:2], body8[2:5], body8[5:], k)


def no_konto(body10):
    k = 11 - sum(int(a) * b for a, b in zip(body10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k = 0 if k == 11 else k
    assert k != 10
    return body10 + str(k)


def hu_bban(b7, b15):
    def ck(s):
        return str((10 - sum(int(c) * [9, 7, 3, 1][i % 4] for i, c in enumerate(s)) % 10) % 10)
    return b7 + ck(b7) + b15 + ck(b15)


# ===CASES
cases = []

# ==================================================================== English
cases += [
    ("application", "en", False, L(
        "NORTHAMPTONSHIRE COUNTY COUNCIL - APPLICATION FOR EMPLOYMENT",
        "Post applied for: Library Assistant (Part-time), ref. LIB/0419",
        "",
        "SECTION 1 - PERSONAL DETAILS",
        "Title: Ms      Surname: " + m(N, "Whitcombe") + "      First name(s): " + m(N, "Harriet Louise"),
        "Previous surname(s): " + m(N, "Adeyemo"),
        "Date of birth: " + m(D, "17/09/1986") + "          (used for monitoring only, detached before shortlisting)",
        "National Insurance number: " + m(ID, "JH 61 42 07 B"),
        "Address: " + m(A, "Flat 4, Abington Court" + NL + "112 Wellingborough Road" + NL + "Northampton" + NL + "NN1 4DX"),
        "Daytime tel: " + m(P, "01604 723 918") + "      Mobile: " + m(P, "07938 401 552"),
        "Email: " + m(E, "h.whitcombe86@btinternet.com"),
        "",
        "Do you require a work permit to work in the UK?   [ ] Yes   [X] No",
        "Do you hold a full driving licence?                [X] Yes   [ ] No",
        "",
        "SECTION 6 - REFERENCES",
        "1. " + m(N, "Derek Fairclough") + ", Branch Manager, Kettering Library - " + m(P, "01536 417 220"),
        "2. " + m(N, "Priti Chauhan") + ", Volunteer Coordinator, St Giles Foodbank - " + m(E, "priti.chauhan@stgilesfoodbank.org.uk"),
        "",
        "Signed: " + m(N, "H. L. Whitcombe") + "          Date: 03/03/2024")),
    ("tax_form", "en", False, L(
        "Form W-9 (Rev. March 2024)   Request for Taxpayer Identification Number and Certification",
        "1 Name of entity/individual: " + m(N, "Raymond T. Okafor-Blake"),
        "2 Business name/disregarded entity name, if different: Bayou Aerial Surveys",
        "3a Federal tax classification:  [X] Individual/sole proprietor   [ ] C corporation   [ ] S corporation   [ ] Partnership",
        "5 Address (number, street, and apt. or suite no.), city, state, and ZIP code:",
        "  " + m(A, "2716 Bellefontaine St, Apt 3, Houston, TX 77025"),
        "",
        "Part I  Taxpayer Identification Number (TIN)",
        "Social security number",
        "  " + m(S, "5 0 1 - 4 2 - 8 8 3 6"),
        "or",
        "Employer identification number",
        "  __ __ - __ __ __ __ __ __ __",
        "",
        "Part II  Certification",
        "Signature of U.S. person: " + m(N, "Raymond Okafor-Blake") + "        Date: 01/22/2024",
        "Requester: Gulf Coast Aerial Imaging LLC (for your records, do not send to the IRS)")),
    ("payslip", "en", False, L(
        "BRIGHTWATER CARE HOMES LTD                              PAYSLIP",
        "Employee: " + m(N, "Kwabena Asante-Mensah") + "            Employee no: 00417     Pay date: 28/03/2024",
        "NI number: " + m(ID, "SP 82 91 34 D") + "   NI letter: A     Tax code: 1257L     Period: 12 (monthly)",
        "",
        "PAYMENTS                         HOURS     RATE       AMOUNT",
        "Basic pay                        151.50    11.44    1,733.16",
        "Night enhancement                 36.00     1.50       54.00",
        "Holiday pay                       15.00    11.44      171.60",
        "DEDUCTIONS",
        "PAYE tax                                              171.80",
        "National Insurance                                     89.52",
        "NEST pension (5%)                                      76.71",
        "NET PAY                                             1,620.73",
        "",
        "Paid to: " + m(I, iban("GB", "NWBK60161331926819")),
        "Private & confidential - " + "Mr " + m(N, "K Asante-Mensah") + ", " + m(A, "9 Ridgeway Close, Luton LU3 2PJ"))),
    ("medical", "en", False, L(
        "Department of Rheumatology, St Cuthbert's Hospital",
        "Clinic date: 12 February 2024          Typed: 15 February 2024",
        "",
        "Dr " + m(N, "A. Menon"),
        "Priory Lane Surgery",
        "",
        "Dear Dr " + m(N, "Menon"),
        "",
        "Re: " + "Mrs " + m(N, "Gwendolyn Parry-Roberts") + "   DOB " + m(D, "02/06/1951") + "   NHS no. " + m(ID, uk_nhs("485777345")),
        "    " + m(A, "Ty Gwyn, 14 Heol y Felin, Pontypridd CF37 4HN"),
        "",
        "Diagnosis: polymyalgia rheumatica, responding to steroids",
        "",
        "I saw Mrs " + m(N, "Parry-Roberts") + " in clinic today with her daughter " + m(N, "Sian") + ". Her morning stiffness has "
        "improved from two hours to about twenty minutes on prednisolone 15 mg and her CRP has fallen to 6. I have asked her to "
        "reduce by 2.5 mg every four weeks down to 10 mg and then more slowly. She should continue alendronic acid and calcium "
        "with vitamin D. Her daughter can be reached on " + m(P, "07712 558 304") + " if any appointments need rearranging.",
        "",
        "Yours sincerely,",
        "",
        "Dr " + m(N, "Eleanor Whitfield-Shaw"),
        "Consultant Rheumatologist")),
    ("rental", "en", False, L(
        "RESIDENTIAL RENTAL APPLICATION - Cedar Ridge Townhomes, Unit 14",
        "",
        "APPLICANT                                   CO-APPLICANT",
        "Name: " + m(N, "Darnell Whitaker") + "                     Name: " + m(N, "Ines Whitaker-Solis"),
        "SSN: " + m(S, ssn(261, 58, 4410)) + "                          SSN: " + m(S, ssn(589, 31, 7702)),
        "DOB: " + m(D, "08/14/1990") + "                            DOB: " + m(D, "01/03/1992"),
        "Cell: " + m(P, "(813) 442-0917") + "                       Cell: " + m(P, "(813) 442-6658"),
        "",
        "Present address: " + m(A, "5120 N Armenia Ave, Apt 208, Tampa, FL 33603") + "   How long: 3 yrs",
        "Present landlord: " + m(N, "Gloria Ferrante") + "   Phone: " + m(P, "(813) 870-2246"),
        "Reason for leaving: need a third bedroom",
        "",
        "Employer (applicant): Tampa General Hospital, respiratory therapist, since 2016",
        "Employer (co-applicant): Hillsborough County Public Schools, 4th grade teacher",
        "Pets: 1 cat (spayed)     Vehicles: 2019 Honda CR-V, FL plate LQM-E42",
        "Emergency contact: " + m(N, "Marisol Solis") + " (mother) " + m(P, "(727) 301-5584"),
        "",
        "We authorize Cedar Ridge Property Mgmt to obtain consumer and criminal background reports.",
        "Signature: " + m(N, "D. Whitaker") + "     Signature: " + m(N, "I. Whitaker-Solis") + "     Date: 04/02/2024")),
    ("cover_letter", "en", False, L(
        m(N, "Tomasz Kowalewski"),
        m(A, "27 Marlborough Road, Apt 2" + NL + "Cork T12 X8E7"),
        m(P, "+353 87 214 6630") + " | " + m(E, "tomasz.kowalewski.eng@gmail.com"),
        "",
        "9 April 2024",
        "",
        "Ms " + m(N, "Aoife Brennan"),
        "Talent Acquisition, Lismore Medical Devices",
        "",
        "Dear Ms " + m(N, "Brennan") + ",",
        "",
        "I am writing to apply for the position of Quality Engineer II advertised on IrishJobs (ref. QE-2291). For the past five "
        "years I have worked at a contract manufacturer in Little Island, where I own the CAPA process for two Class II product "
        "lines and led the transition of our supplier audits to ISO 13485:2016. Before that I completed an MEng at UCC under "
        "Prof. " + m(N, "Declan Hurley") + ", who has kindly agreed to act as a referee.",
        "",
        "I am an EU citizen resident in Ireland since 2014 (PPSN " + m(ID, ie_ppsn("6039184")) + ") and can start after a "
        "one-month notice period.",
        "",
        "Yours sincerely,",
        m(N, "Tomasz Kowalewski"))),
    ("cv", "en", False, L(
        "CURRICULUM VITAE",
        "",
        m(N, "NOMVULA PRECIOUS DLAMINI"),
        m(A, "14 Jacaranda Crescent, Sunnyside, Pretoria 0002"),
        "Cell: " + m(P, "+27 82 419 7735") + "   Email: " + m(E, "nomvula.dlamini@webmail.co.za"),
        "ID number: " + m(ID, za_id("930411084008")) + "   Nationality: South African   Driver's licence: Code B",
        "",
        "PROFILE",
        "Registered pharmacist (SAPC) with six years of community and hospital experience, including antiretroviral "
        "dispensing and stock control across three clinics.",
        "",
        "EXPERIENCE",
        "2021 - present   Pharmacist-in-charge, Dis-Chem Menlyn",
        "2018 - 2021      Pharmacist, Steve Biko Academic Hospital",
        "",
        "EDUCATION",
        "2013 - 2017      BPharm, University of Limpopo (cum laude)",
        "",
        "REFERENCES",
        "Mr " + m(N, "Pieter van der Merwe") + ", Regional Manager - " + m(P, "012 348 6621"),
        "Dr " + m(N, "Lerato Mokoena") + ", Chief Pharmacist - " + m(E, "lerato.mokoena@gmail.com"))),
    ("claim", "en", False, L(
        "HOME INSURANCE - ESCAPE OF WATER CLAIM FORM",
        "Policy number: HHX 4410 2291 07",
        "",
        "1. Policyholder",
        "   Full name:              " + m(N, "Gareth Emlyn Prosser"),
        "   Date of birth:          " + m(D, "29 October 1974"),
        "   Risk address:           " + m(A, "Bryn Awel, 3 Station Terrace, Crickhowell NP8 1BE"),
        "   Best contact number:    " + m(P, "07866 239 410"),
        "",
        "2. What happened?",
        "   On Sunday 18 February we came back from my sister-in-law's in Abergavenny to find water coming through the kitchen "
        "ceiling. The compression joint on the pipe to the upstairs bath had failed. My neighbour, " + "Mrs " + m(N, "Rhiannon Jeffreys") +
        " of " + m(A, "4 Station Terrace") + ", had noticed water on the path and phoned me at about 5pm.",
        "",
        "3. Has anyone else been affected?  Yes - water ran under the party wall into no. 4.",
        "",
        "4. Plumber who attended: Usk Valley Heating (invoice attached), engineer " + m(N, "Carl") + ".",
        "",
        "Declaration signed: " + m(N, "G. E. Prosser") + "    Date: 20/02/2024")),
    ("enrolment", "en", False, L(
        "ST BRIGID'S PRIMARY SCHOOL - ENROLMENT FORM 2025",
        "",
        "STUDENT",
        "Legal surname: " + m(N, "NGUYEN-HARTLEY") + "        Given names: " + m(N, "Sophie Mai"),
        "Preferred name: " + m(N, "Mai") + "        Sex: F        Date of birth: " + m(D, "06/11/2019"),
        "Country of birth: Australia   Language spoken at home: English, Vietnamese",
        "Medicare card no.: " + m(ID, au_medicare("29505116", 3)) + "  (Mai is no. 3 on the card)",
        "Residential address: " + m(A, "41 Kookaburra Way, Mawson Lakes SA 5095"),
        "",
        "PARENT/CARER 1                              PARENT/CARER 2",
        "Name: " + m(N, "Linh Nguyen") + "                           Name: " + m(N, "Callum Hartley"),
        "Mobile: " + m(P, "0412 887 305") + "                      Mobile: " + m(P, "0433 190 662"),
        "Email: " + m(E, "linh.nguyen.sa@outlook.com") + "     Email: " + m(E, "callumhartley@bigpond.com"),
        "",
        "Medical: anaphylaxis to cashews (EpiPen Jr held at front office). GP: Dr " + m(N, "Farida Osman") + ", Mawson Lakes Family Practice",
        "Custody orders in place?  [ ] Yes  [X] No")),
    ("visa", "en", False, L(
        "Visitor visa application - summary of answers (printable version)",
        "Application reference: GWF081442917",
        "",
        "Given name(s): " + m(N, "Chukwuemeka Obinna"),
        "Family name: " + m(N, "Nwachukwu"),
        "Date of birth: " + m(D, "21 April 1983") + "        Place of birth: Enugu, Nigeria",
        "Passport number: " + m(ID, "B02918473") + "    Issued: 11 January 2022, Lagos    Expires: 10 January 2032",
        "National Identification Number (NIN): " + m(ID, "52817390461"),
        "Home address: " + m(A, "Plot 17, Udoji Street, Independence Layout, Enugu 400102"),
        "Telephone: " + m(P, "+234 803 771 2049") + "    Email: " + m(E, "emeka.nwachukwu83@yahoo.com"),
        "",
        "Purpose of visit: attending my daughter's graduation at the University of Leeds",
        "Who will you be staying with? " + m(N, "Adaeze Nwachukwu") + " (daughter), " +
        m(A, "Flat 12, 31 Hyde Park Road, Leeds LS6 1PY"),
        "Who is paying for your visit? Myself. Monthly income: NGN 1,450,000 (Senior Engineer, Nigerian Breweries)")),
    ("id_ocr", "en", False, L(
        "[OCR - driver licence, front, confidence 0.91]",
        "DRIVER LICENSE   CALIFORNIA",
        "DL " + m(ID, "Y4731809") + "        CLASS C",
        "EXP 07/22/2029",
        "LN " + m(N, "ESPINOZA-REYES"),
        "FN " + m(N, "MARISOL ANDREA"),
        m(A, "1880 W 9TH ST APT 5" + NL + "RIVERSIDE, CA 92507"),
        "DOB " + m(D, "07/22/1994") + "     RSTR NONE",
        "SEX F   HAIR BRN   EYES BRN   HGT 5'-04\"   WGT 128 lb",
        "DD 04/18/2024 60831/BBFD/29       ISS 04/18/2024",
        "[barcode region not decoded]")),
    ("complaint", "en", False, L(
        "Mr " + m(N, "Desmond Achterberg"),
        m(A, "62 Carnegie Drive" + NL + "Dunfermline" + NL + "KY12 7AQ"),
        "",
        "Customer Relations, North Fife Energy",
        "",
        "11 March 2024",
        "",
        "Account number: NFE-00381922",
        "",
        "Dear Sir or Madam,",
        "",
        "Formal complaint - estimated bills and threatened disconnection",
        "",
        "I am writing for the third time about my account. Since October you have sent estimated bills even though I submit a "
        "meter reading on the first of every month, as your advisor Ms " + m(N, "Kerr") + " told me to do on 2 November. On 4 March "
        "I received a letter saying my supply could be disconnected. I am 78, my wife " + m(N, "Moira") + " uses an oxygen "
        "concentrator, and we are on your Priority Services Register.",
        "",
        "Please correct the account, remove the disconnection warning and confirm in writing. If I do not receive a reply within "
        "eight weeks I will refer the matter to the Energy Ombudsman. You can reach me on " + m(P, "01383 724 115") +
        " or by email at " + m(E, "des.achterberg@talktalk.net") + ".",
        "",
        "Yours faithfully,",
        m(N, "Desmond Achterberg"))),
    ("contract", "en", False, L(
        "ASSURED SHORTHOLD TENANCY AGREEMENT",
        "",
        "This agreement is made on 1 May 2024 between:",
        "",
        "THE LANDLORD: " + m(N, "Beverley Anne Castleton") + " of " + m(A, "The Old Forge, 2 Mill Lane, Little Shelford, Cambridge CB22 5EW"),
        "",
        "THE TENANTS: " + m(N, "Arjun Subramanian") + " (date of birth " + m(D, "5 December 1997") + ") and " + m(N, "Freya Lindholm") +
        " (date of birth " + m(D, "19 July 1998") + "), jointly and severally,",
        "",
        "in respect of THE PROPERTY: " + m(A, "23 Hobart Road, Cambridge CB1 3PU") + ", together with the garden and the shed.",
        "",
        "1. The term is 12 months from 1 May 2024. The rent is 1,650 GBP per calendar month, payable in advance on the first day "
        "of each month.",
        "2. The deposit of 1,900 GBP will be protected with the Deposit Protection Service within 30 days.",
        "",
        "SIGNED by the Landlord ........ " + m(N, "B. A. Castleton"),
        "SIGNED by the Tenants ......... " + m(N, "A. Subramanian") + " / " + m(N, "F. Lindholm"),
        "WITNESS: " + m(N, "Olumide Fashola") + ", " + m(A, "8 Tenison Avenue, Cambridge CB1 2DY") + ", occupation: pharmacist")),
    ("invoice", "en", False, L(
        "Glen Artney Plumbing & Heating",
        "Gas Safe reg. 558213",
        "",
        "INVOICE 2024-117                                   Date: 14/05/2024",
        "",
        "Bill to:",
        "Mrs " + m(N, "Fiona Drummond-Hay"),
        m(A, "Glenview Cottage" + NL + "7 Kirk Brae" + NL + "Comrie" + NL + "PH6 2HS"),
        "",
        "Description                                              Qty      Amount",
        "Annual boiler service (Worcester Greenstar 30i)          1        85.00",
        "Replace magnetic filter cleaning kit                     1        42.50",
        "Call-out, Sunday 12 May (no hot water)                   1        60.00",
        "                                                          TOTAL   187.50 GBP",
        "",
        "Payment by bank transfer within 14 days, quoting the invoice number.",
        "Questions? Call " + m(N, "Jamie") + " on " + m(P, "07825 440 193") + ". Thank you for your custom!")),
    ("hr_record", "en", False, L(
        "EMPLOYEE MASTER RECORD - export from HRIS (view: payroll_admin)",
        "Employee ID       : 104-2291",
        "Legal name        : " + m(N, "Okonkwo, Chiamaka Grace"),
        "Preferred name    : " + m(N, "Chi"),
        "SSN               : " + m(S, ssn(327, 19, 5806)),
        "Date of birth     : " + m(D, "1988-02-27"),
        "Home address      : " + m(A, "3309 Fairmount Ave, Unit 2R, Philadelphia, PA 19104"),
        "Personal phone    : " + m(P, "215-630-4417"),
        "Personal email    : " + m(E, "chiamaka.okonkwo@proton.me"),
        "I-9 List A doc    : U.S. passport " + m(ID, "A41730926") + ", exp 2031-06-09",
        "Direct deposit    : checking ****4471 (Wells Fargo)",
        "Manager           : " + m(N, "Steven Lukashenko"),
        "Hire date         : 2019-08-05    Status: Active    FLSA: Exempt")),
    ("bank_form", "en", False, L(
        "PERSONAL ACCOUNT APPLICATION - Northern Prairie Credit Union",
        "",
        "Applicant 1",
        "  Surname ....................... " + m(N, "Tremblay-Makwa"),
        "  Given names ................... " + m(N, "Josephine Ruth"),
        "  Date of birth (YYYY-MM-DD) .... " + m(D, "1979-10-03"),
        "  Social Insurance Number ....... " + m(ID, ca_sin("56821149")),
        "  Home address .................. " + m(A, "118 Assiniboine Crescent" + NL + "                                  Winnipeg MB  R3C 1M4"),
        "  Phone ......................... " + m(P, "204-779-3381"),
        "",
        "ID verified (two pieces):",
        "  [X] Manitoba driver's licence  no. " + m(ID, "TR-EMA-J-792KL") + "   expiry 2027-10-03",
        "  [X] Canadian passport          no. " + m(ID, "AK318047") + "       expiry 2030-02-14",
        "",
        "Products: chequing, TFSA     Overdraft: no",
        "Verified by member service rep: " + m(N, "Gurpreet Sandhu") + "   Branch: Osborne Village")),
    ("letter", "en", False, L(
        "HM Revenue & Customs",
        "Self Assessment",
        "",
        "Mr " + m(N, "Callum J Strachan"),
        m(A, "Flat 2/R" + NL + "19 Dumbarton Road" + NL + "Glasgow" + NL + "G11 6PA"),
        "",
        "Date: 6 February 2024",
        "Unique Taxpayer Reference (UTR): " + m(ID, "74219 06583"),
        "National Insurance number: " + m(ID, "WL 30 18 92 A"),
        "",
        "Dear Mr " + m(N, "Strachan"),
        "",
        "Penalty for late filing of your 2022-23 tax return",
        "",
        "We have not received your tax return for the year ended 5 April 2023, which was due by 31 January 2024. A penalty of "
        "100 GBP has been charged. If you have a reasonable excuse you can appeal within 30 days of the date of this letter.",
        "",
        "Yours sincerely",
        "Self Assessment Compliance")),
    ("statement", "en", False, L(
        "WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)",
        "",
        "Statement of: " + m(N, "Bethany Carole Oyelaran"),
        "Age if under 18: over 18        Occupation: dental nurse",
        "",
        "I, " + m(N, "Bethany Carole Oyelaran") + ", born on " + m(D, "3 March 1995") + ", of " +
        m(A, "47 Beechwood Avenue, Sutton Coldfield B73 6TL") + ", holder of UK passport number " + m(ID, "568203174") +
        ", make this statement of my own free will.",
        "",
        "On Friday 8 March 2024 at about 22:15 I was waiting at the bus stop on Birmingham Road near the Odeon when I saw a white "
        "van reverse into a blue Vauxhall Corsa. The driver of the van got out, looked at the damage and drove off towards "
        "Wylde Green. I wrote down the partial registration on my phone. The owner of the Corsa, who I now know to be " +
        "Mr " + m(N, "Hamid Rostami") + ", came out of the cinema about ten minutes later and I gave him my number, " +
        m(P, "07405 338 126") + ".",
        "",
        "Signed: " + m(N, "B. C. Oyelaran") + "        Statement taken by: PC 4471 " + m(N, "Natalie Greaves"))),
    # ---- English hard negatives
    ("form_template", "en", True, L(
        "APPLICATION FOR EMPLOYMENT - GUIDANCE NOTES AND BLANK FORM",
        "",
        "Please complete in black ink or type. Do not attach a CV instead of completing this form.",
        "",
        "Title: Mr / Mrs / Ms / Mx / Dr (delete as appropriate)",
        "Surname: ______________________________   First name(s): ______________________________",
        "Date of birth: __ __ / __ __ / __ __ __ __  (DD/MM/YYYY - used for equal opportunities monitoring only)",
        "National Insurance number: __ __  __ __  __ __  __ __  __   (format: two letters, six digits, one letter A-D)",
        "Address: ____________________________________________  Postcode: ________",
        "Telephone: ___________________   Email: _________________________________",
        "",
        "Section 6 - References: give two referees, one of whom must be your current or most recent employer. We will not "
        "contact referees without your permission.",
        "",
        "Return completed forms to HR Recruitment, County Hall, Northampton, quoting the vacancy reference (e.g. LIB/0419). "
        "Closing date for this round: 31 March 2024. Interviews are expected in the week commencing 15 April 2024.")),
    ("guidance", "en", True, L(
        "Your National Insurance number - what it looks like",
        "",
        "Your National Insurance number is made up of letters and numbers and never changes. It is in the format of two "
        "letters, six numbers and then a final letter, which is always A, B, C or D. In our examples we use QQ 12 34 56 C - "
        "the prefix QQ is never issued to a real person, so please do not type it into any online form.",
        "",
        "You can find your number on your payslip, your P60, or in letters about tax, pensions or benefits. Temporary "
        "reference numbers (TRNs), such as 11A 22 33 44, are not National Insurance numbers and cannot be used to claim "
        "benefits.",
        "",
        "If you have lost your number, use the online service or call the National Insurance helpline. Opening times: "
        "Monday to Friday, 8am to 6pm. Closed on bank holidays, including 26 December and 1 January.")),
    ("invoice", "en", True, L(
        "TAX INVOICE",
        "Supplier: Harrowgate Office Interiors Ltd      Registered in England and Wales, company no. 08417263",
        "VAT registration: " + gb_vat("9801286"),
        "Customer: Pendleford Logistics plc, Accounts Payable      Customer account: PL-00492",
        "",
        "Invoice no.: HOI-24-03317      Invoice date: 02/04/2024      Tax point: 28/03/2024",
        "Your PO: 4500183377      Delivery note: DN-77310",
        "",
        "Line  Article       Description                               Qty   Unit     Net",
        "1     ERG-2290-BK   Task chair, synchronous mech., black       24   139.00   3,336.00",
        "2     DSK-1600-OK   Sit-stand desk 1600x800, oak top            12   412.50   4,950.00",
        "3     SRV-INST      Installation, 2 fitters x 1 day              1   480.00     480.00",
        "",
        "Net 8,766.00   VAT 20% 1,753.20   TOTAL 10,519.20 GBP",
        "Payment terms: 30 days net. Bank: sort code and account number printed on your remittance advice.")),
    ("news", "en", True, L(
        "Chancellor confirms freeze on personal allowance until 2028",
        "",
        "The Chancellor of the Exchequer, Jeremy Hunt, confirmed in the Spring Budget on 6 March 2024 that the income tax personal "
        "allowance will remain frozen at 12,570 GBP until April 2028. Labour's Shadow Chancellor, Rachel Reeves, said the freeze "
        "amounted to a stealth tax on working people.",
        "",
        "According to the Office for Budget Responsibility, the freeze will bring around 3.2 million additional people into "
        "paying income tax by 2027-28. The Institute for Fiscal Studies estimated the measure would raise 40 billion GBP a year "
        "by the end of the forecast period.",
        "",
        "The Budget also confirmed a 2p cut to employee National Insurance from 6 April 2024, the abolition of the furnished "
        "holiday lettings regime, and a new British ISA with an additional 5,000 GBP allowance.")),
    ("statistics", "en", True, L(
        "Table 3: Live births by month of occurrence, England and Wales, 2022",
        "",
        "Month        Live births   Per day   Index (year avg = 100)",
        "January          49,512     1,597     98.1",
        "February         45,180     1,614     99.1",
        "March            50,203     1,619     99.5",
        "April            48,117     1,604     98.5",
        "May              50,884     1,641    100.8",
        "June             50,020     1,667    102.4",
        "July             52,371     1,689    103.8",
        "August           51,905     1,674    102.9",
        "September        52,866     1,762    108.3",
        "October          50,311     1,623     99.7",
        "November         47,958     1,599     98.2",
        "December         44,431     1,433     88.1",
        "",
        "Source: birth registrations. Figures for 2022 are based on date of occurrence, not date of registration. The most "
        "common birthday in the 20-year series is 26 September; the least common are 25 and 26 December.")),
    ("timetable", "en", True, L(
        "ScotRail - Edinburgh Waverley to Inverness (Mondays to Saturdays, from 19 May 2024)",
        "",
        "Service       1T01    1T03    1T07    1T11    1T15",
        "Edinburgh     06:33   08:33   10:33   12:33   16:33",
        "Haymarket     06:38   08:38   10:38   12:38   16:38",
        "Perth         07:46   09:46   11:45   13:46   17:45",
        "Pitlochry     08:14   10:14   12:14   14:14   18:14",
        "Aviemore      09:05   11:05   13:07   15:05   19:06",
        "Inverness     09:52   11:53   13:54   15:52   19:54",
        "",
        "Platform 2 at Inverness for all arrivals. Bicycle reservations required (free, up to 2 hours before departure). "
        "On 27 May (Spring bank holiday) the Sunday timetable applies. Ticket office: 06:00-20:30.")),
    ("legal", "en", True, L(
        "Practice note: lawful basis for processing identity documents",
        "",
        "Under Article 6(1)(c) UK GDPR, processing is lawful where necessary for compliance with a legal obligation. Right to "
        "rent checks under the Immigration Act 2014, ss. 20-37, and right to work checks under the Immigration, Asylum and "
        "Nationality Act 2006, s. 15, are such obligations. Copies of passports and biometric residence permits must be "
        "retained for the duration of the tenancy or employment and for one year afterwards (Code of Practice, para. 4.3).",
        "",
        "See also the Data Protection Act 2018, Sch. 1, Part 2, para. 6, and the Information Commissioner's guidance on "
        "special category data (version 1.1.26). Relevant tribunal references: EA/2019/0154 and UKUT 0347 (AAC).",
        "",
        "Checklist version 7, last reviewed 15 January 2024. Next review due: January 2025.")),
    ("form_template", "en", True, L(
        "SCHOOL ENROLMENT FORM - HOW TO COMPLETE",
        "",
        "Student legal name: as shown on the birth certificate or passport (e.g. SURNAME, Given names)",
        "Date of birth: DD/MM/YYYY",
        "Medicare card number: 10 digits plus the individual reference number next to the child's name, written as "
        "NNNN NNNNN N - N",
        "Residential address: street number and name, suburb, state, postcode (PO Boxes are not accepted for zoning)",
        "Parent/carer phone: mobile preferred, format 04XX XXX XXX",
        "",
        "Documents to attach: [ ] birth certificate  [ ] immunisation history statement  [ ] proof of address dated within "
        "the last 3 months  [ ] court orders (if any)",
        "",
        "Zone enquiries: Department for Education, Education Centre, Flinders Street, Adelaide SA 5000. Prep intake for 2025 "
        "closes on Friday 9 August 2024.")),
    ("recall", "en", True, L(
        "PRODUCT SAFETY NOTICE - Voluntary recall of Kettlewell KX-220 cordless kettles",
        "",
        "Affected models: KX-220-WH and KX-220-BK, batch codes 2308A through 2311C, serial numbers 22080001 to 22119999, "
        "manufactured between 1 August 2023 and 30 November 2023. The serial number is printed on the rating label under the "
        "base (format KW-YYMM-NNNNN).",
        "",
        "A fault in the thermostat may cause the kettle to continue boiling. Stop using the product immediately. Customers will "
        "receive a full refund or replacement. Visit the recall page or return the kettle to any branch of Whitmore & Pike; "
        "store staff will record the batch code and issue refund voucher series RV-24.",
        "",
        "Recall reference: PSR-2024-0193 (Office for Product Safety and Standards). Notice issued 22 April 2024.")),
    ("guidance", "en", True, L(
        "Passport fees and processing times (applications from 11 April 2024)",
        "",
        "Application type                      Online     Paper",
        "Adult (16 or over), 34 pages          88.50      100.00",
        "Child (under 16), 34 pages            57.50       69.00",
        "Adult, 54-page frequent traveller    101.50      113.00",
        "Fast Track (1 week)                  178.00        -",
        "",
        "Your passport number is the 9-digit number printed in the top right of the photo page. It is different from the "
        "document reference on the application form (which starts with a letter, e.g. A1234567). Allow 3 weeks for renewals "
        "and 10 weeks for first applications. Do not book travel until you have a valid passport.")),
    ("docs", "en", True, L(
        "## Identity document validation - supported formats",
        "",
        "| Country | Document | Pattern | Check digit |",
        "|---|---|---|---|",
        "| US | SSN | `AAA-GG-SSSS` (area 001-899 except 666) | none |",
        "| UK | NINO | `[A-CEGHJ-PR-TW-Z]{2}\\d{6}[A-D]` | none |",
        "| CA | SIN | `NNN NNN NNN` | Luhn |",
        "| AU | TFN | `NNN NNN NNN` | weighted mod 11 |",
        "| ZA | ID number | `YYMMDD SSSS C A Z` | Luhn |",
        "",
        "Unit tests use the documented test values only (for example the all-zero SIN 000 000 000, which the validator must "
        "reject). Never paste production identifiers into fixtures or tickets. Ticket reference for this change: DATA-2291.")),
]

# ==================================================================== German (DE, AT, CH)
cases += [
    ("registration", "de", False, L(
        "Anmeldung bei der Meldebehörde - Stadt Freiburg im Breisgau, Bürgeramt",
        "",
        "Tag des Einzugs: 01.03.2024",
        "Neue Wohnung: " + m(A, "Habsburgerstraße 118, 3. OG rechts, 79104 Freiburg im Breisgau"),
        "Bisherige Wohnung: " + m(A, "Kaiserstraße 46a, 76133 Karlsruhe"),
        "Die neue Wohnung ist  [X] alleinige Wohnung  [ ] Hauptwohnung  [ ] Nebenwohnung",
        "",
        "| Nr. | Familienname, ggf. Doktorgrad | Vornamen | Geburtsname | Geburtsdatum | Geburtsort |",
        "|-----|-------------------------------|----------|-------------|--------------|------------|",
        "| 1   | " + m(N, "Brandtner") + "                     | " + m(N, "Katharina Marie") + " | " + m(N, "Hölzle") + " | " + m(D, "12.05.1988") + " | Pforzheim |",
        "| 2   | " + m(N, "Brandtner") + "                     | " + m(N, "Jonas") + "    | -           | " + m(D, "27.10.2019") + " | Karlsruhe |",
        "",
        "Familienstand: verheiratet seit 14.07.2017 (Person 1)",
        "Staatsangehörigkeit: deutsch",
        "Personalausweis Person 1: Nr. " + m(ID, "LZ6K41R07") + ", ausgestellt Stadt Karlsruhe am 11.02.2024, gültig bis 10.02.2034",
        "Wohnungsgeberbestätigung liegt vor (Vermieterin: " + m(N, "Ingeborg Seitz") + ").",
        "",
        "Freiburg, den 04.03.2024      Unterschrift: " + m(N, "K. Brandtner"))),
    ("payslip", "de", False, L(
        "Abrechnung der Brutto/Netto-Bezüge für März 2024",
        "Hofmann Feinmechanik GmbH & Co. KG · Personalabteilung",
        "",
        "Herrn",
        m(N, "Mehmet Ali Korkmaz"),
        m(A, "Am Schwanenteich 9" + NL + "34121 Kassel"),
        "",
        "Pers.-Nr. 20417   Eintritt 01.09.2015   StKl. III   Kinderfreib. 1,0   Konfession --",
        "Steuer-ID: " + m(ID, de_steuerid("5729304156")) + "     SV-Nummer: " + m(ID, de_rvnr("12", "140385", "K", "50")),
        "Krankenkasse: AOK Hessen   KV-Nr.: " + m(ID, de_kvnr("T", "48210973")),
        "",
        "Lohnart                 Menge      Faktor       Betrag",
        "1000 Gehalt                                    3.840,00",
        "1210 Schichtzulage      42,00 Std   2,35          98,70",
        "1500 VWL AG-Anteil                               40,00",
        "Gesamtbrutto                                   3.978,70",
        "Lohnsteuer                                       341,16",
        "Kranken-/Renten-/Arbeitslosen-/Pflegeversicherung  818,96",
        "Auszahlungsbetrag                              2.778,58",
        "",
        "Überweisung an: " + m(I, iban("DE", "52050000" + "1046630921")) + " (Helaba / Sparkasse)",
        "Geburtsdatum lt. Stammdaten: " + m(D, "14.03.1985"))),
    ("medical", "de", False, L(
        "Klinikum Nordstadt - Klinik für Kardiologie",
        "",
        "Frau Dr. med. " + m(N, "Ulrike Pfannenstiel"),
        "Fachärztin für Allgemeinmedizin",
        "",
        "Entlassungsbericht",
        "",
        "Sehr geehrte Frau Kollegin " + m(N, "Pfannenstiel") + ",",
        "",
        "wir berichten über Ihren Patienten Herrn " + m(N, "Wilfried Ostermann") + ", geb. " + m(D, "03.11.1949") + ", wohnhaft " +
        m(A, "Lindenhofweg 3, 30655 Hannover") + ", Versichertennummer " + m(ID, de_kvnr("R", "73019562")) +
        ", der sich vom 02.04. bis 09.04.2024 in unserer stationären Behandlung befand.",
        "",
        "Diagnosen: NSTEMI bei koronarer Dreigefäßerkrankung; Z. n. PCI mit DES-Implantation RIVA (03.04.2024); arterielle "
        "Hypertonie; Diabetes mellitus Typ 2.",
        "",
        "Herr " + m(N, "Ostermann") + " wurde vom Notarzt mit seit zwei Stunden bestehendem retrosternalem Druck vorgestellt. Die "
        "Ehefrau, Frau " + m(N, "Renate Ostermann") + " (Tel. " + m(P, "0511 5490 318") + "), wurde über den Verlauf informiert.",
        "",
        "Medikation bei Entlassung: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 (für 12 Monate), Atorvastatin 80 mg 0-0-1, "
        "Metoprolol 47,5 mg 1-0-1, Metformin 1000 mg 1-0-1.",
        "",
        "Mit freundlichen kollegialen Grüßen",
        "Dr. med. " + m(N, "Florian Weidinger") + ", Oberarzt      " + m(N, "Sevgi Aydın") + ", Assistenzärztin")),
    ("rental", "de", False, L(
        "MIETERSELBSTAUSKUNFT",
        "für die Wohnung: 3 Zimmer, 2. OG links, Objekt-Nr. 0443",
        "",
        "Name, Vorname",
        m(N, "Wagenknecht, Lea-Sophie"),
        "Geburtsdatum",
        m(D, "09.08.1996"),
        "Derzeitige Anschrift",
        m(A, "Kreuzstraße 17" + NL + "44139 Dortmund"),
        "Telefon / E-Mail",
        m(P, "0176 41983302") + " / " + m(E, "lea.wagenknecht@posteo.de"),
        "Beruf / Arbeitgeber",
        "Pflegefachfrau, Klinikum Dortmund, unbefristet seit 2019",
        "Monatliches Nettoeinkommen",
        "2.640 EUR",
        "Derzeitiger Vermieter (Name, Telefon)",
        m(N, "Hans-Peter Kuhlmann") + ", " + m(P, "0231 72 55 18"),
        "Mitziehende Personen",
        m(N, "Niklas Brenner") + " (Lebenspartner), geb. " + m(D, "21.01.1994"),
        "",
        "Ich versichere die Richtigkeit meiner Angaben. Gegen mich laufen keine Zwangsvollstreckungsmaßnahmen.",
        "Dortmund, 17.04.2024       " + m(N, "Lea-Sophie Wagenknecht"))),
    ("letter", "de", False, L(
        m(N, "Gisela Rothenbacher"),
        m(A, "Bergstraße 41" + NL + "69120 Heidelberg"),
        "",
        "Techniker Krankenkasse",
        "Widerspruchsstelle",
        "",
        "Heidelberg, 22. Januar 2024",
        "",
        "Versichertennummer: " + m(ID, de_kvnr("G", "82504417")),
        "Ihr Bescheid vom 09.01.2024, Az. 771/HM-2024-0043",
        "",
        "Widerspruch gegen die Ablehnung der Kostenübernahme für einen Elektrorollstuhl",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "hiermit lege ich gegen den oben genannten Bescheid fristgerecht Widerspruch ein. Mein behandelnder Orthopäde, "
        "Herr Dr. " + m(N, "Achim Lauterbach") + ", hat in seinem Attest vom 15.12.2023 ausführlich begründet, warum ich mit "
        "einem Greifreifenrollstuhl die Wege zu Arzt und Apotheke nicht mehr bewältigen kann. Bitte berücksichtigen Sie auch, "
        "dass mein Mann, " + m(N, "Ernst Rothenbacher") + ", selbst pflegebedürftig ist (Pflegegrad 3).",
        "",
        "Für Rückfragen erreichen Sie meine Tochter, Frau " + m(N, "Anke Rothenbacher-Lenz") + ", unter " + m(P, "06221 473 902") + ".",
        "",
        "Mit freundlichen Grüßen",
        m(N, "Gisela Rothenbacher"))),
    ("id_ocr", "de", False, L(
        "OCR-Ergebnis Ausweis (Vorder- und Rückseite), Upload 18.04.2024 10:42, Vorgang KYC-558213",
        "",
        "BUNDESREPUBLIK DEUTSCHLAND   PERSONALAUSWEIS   IDENTITY CARD   CARTE D'IDENTITÉ",
        "" + m(ID, "LZ6K41R07"),
        "Name/Surname/Nom  " + m(N, "BRANDTNER"),
        "Geburtsname/Name at birth  " + m(N, "HÖLZLE"),
        "Vornamen/Given names  " + m(N, "KATHARINA MARIE"),
        "Geburtstag/Date of birth  " + m(D, "12.05.1988") + "     Staatsangehörigkeit  DEUTSCH",
        "Geburtsort/Place of birth  PFORZHEIM",
        "Gültig bis/Date of expiry  10.02.2034",
        "--- Rückseite ---",
        "Anschrift/Address  " + m(A, "79104 FREIBURG IM BREISGAU" + NL + "HABSBURGERSTR. 118"),
        "Augenfarbe GRAU   Größe 168 cm   Behörde STADT KARLSRUHE   Datum 11.02.2024",
    ) + NL + NL.join(mrz_td1_marked("D", "LZ6K41R07", "880512", "<", "340210", "D", "BRANDTNER", "KATHARINA MARIE"))),
    ("application", "de", False, L(
        "Antrag auf Familienbeihilfe (Beih 100) - Finanzamt Österreich",
        "",
        "1. Angaben zur antragstellenden Person",
        "Familienname: " + m(N, "Oberhollenzer") + "   Vorname: " + m(N, "Theresa") + "   Akad. Grad: Mag.",
        "Sozialversicherungsnummer: " + m(ID, at_svnr("251", "030284")) + "   Geburtsdatum: " + m(D, "03.02.1984"),
        "Wohnadresse: " + m(A, "Anichstraße 22/4, 6020 Innsbruck"),
        "Telefon: " + m(P, "+43 664 218 55 07"),
        "",
        "2. Angaben zur (Ehe)Partnerin / zum (Ehe)Partner",
        "Familienname: " + m(N, "Oberhollenzer-Gruber") + "   Vorname: " + m(N, "Lukas") +
        "   SV-Nr.: " + m(ID, at_svnr("198", "170986")),
        "",
        "3. Kinder, für die Familienbeihilfe beantragt wird",
        "| Vorname | SV-Nummer | Geburtsdatum | Verwandtschaft |",
        "| " + m(N, "Valentina") + " | " + m(ID, at_svnr("427", "140516")) + " | " + m(D, "14.05.2016") + " | Tochter |",
        "",
        "4. Bankverbindung: IBAN " + m(I, iban("AT", "14000" + "03710229631")) + "  BIC BAWAATWW",
        "",
        "Ich erkläre, dass meine Angaben vollständig und richtig sind.  Innsbruck, 06.05.2024  " + m(N, "Theresa Oberhollenzer"))),
    ("cv", "de", False, L(
        "LEBENSLAUF",
        "",
        "Persönliche Angaben",
        "Name:           " + m(N, "Nicolò Brunner-Vasella"),
        "Adresse:        " + m(A, "Klybeckstrasse 141, 4057 Basel"),
        "Telefon:        " + m(P, "+41 79 462 18 03"),
        "E-Mail:         " + m(E, "nicolo.brunner@bluewin.ch"),
        "Geburtsdatum:   " + m(D, "19. Juni 1991") + ", Bürgerort Poschiavo GR",
        "AHV-Nummer:     " + m(ID, ch_ahv("736215094")),
        "",
        "Berufserfahrung",
        "2020 - heute    Lebensmittelingenieur, Qualitätssicherung, Grossbäckerei in Pratteln",
        "2016 - 2020     Produktionsleiter-Stv., Käserei in Landquart",
        "",
        "Ausbildung",
        "2012 - 2016     BSc Lebensmitteltechnologie, ZHAW Wädenswil",
        "",
        "Sprachen: Deutsch, Italienisch (Muttersprache), Englisch C1, Französisch B1",
        "",
        "Referenzen: " + "Dr. " + m(N, "Corinne Fässler") + ", Leiterin QS, " + m(P, "+41 61 826 44 90") + "; " +
        m(N, "Gian-Reto Caflisch") + ", Betriebsleiter, auf Anfrage")),
    ("enrolment", "de", False, L(
        "Schulanmeldung zum Schuljahr 2024/25 - Grundschule am Rosenpark",
        "",
        "Angaben zum Kind",
        "  Familienname ______" + m(N, "Nowakowski") + "______   Vorname(n) ______" + m(N, "Emil Aleksander") + "______",
        "  geboren am ______" + m(D, "30.06.2018") + "______   in ______Leipzig______   Geschlecht [X] m [ ] w [ ] d",
        "  Anschrift ______" + m(A, "Riebeckstraße 7, 04317 Leipzig") + "______",
        "",
        "Erziehungsberechtigte",
        "  Mutter: " + m(N, "Agata Nowakowska") + ", Tel. " + m(P, "0341 6891 472") + ", mobil " + m(P, "0157 3366 2190"),
        "  Vater:  " + m(N, "Dariusz Nowakowski") + ", Tel. wie oben, E-Mail " + m(E, "d.nowakowski@gmx.de"),
        "  Sorgerecht: [X] gemeinsam  [ ] allein",
        "",
        "Herkunftssprache: Polnisch   Masernschutz nachgewiesen: [X] ja",
        "Geschwister an der Schule: " + m(N, "Zofia Nowakowska") + ", Klasse 3b",
        "Hortbetreuung gewünscht: ja (bis 16:00 Uhr)",
        "",
        "Leipzig, 12.02.2024   Unterschrift(en): " + m(N, "A. Nowakowska") + "  " + m(N, "D. Nowakowski"))),
    ("contract", "de", False, L(
        "KAUFVERTRAG ÜBER EIN GEBRAUCHTES KRAFTFAHRZEUG (privat an privat)",
        "",
        "Verkäufer/in                                   Käufer/in",
        "Name: " + m(N, "Reinhold Ebersbach") + "                      Name: " + m(N, "Svetlana Hoffmann"),
        "Anschrift: " + m(A, "Talweg 12, 72108 Rottenburg") + "    Anschrift: " + m(A, "Uhlandstraße 3, 72072 Tübingen"),
        "Tel.: " + m(P, "07472 91 40 33") + "                       Tel.: " + m(P, "0160 94 81 227"),
        "Ausweis-Nr.: " + m(ID, "CF8R2N1K4") + "                  Ausweis-Nr.: " + m(ID, "T7HGX03M5"),
        "",
        "Fahrzeug: VW Golf VII Variant 1.6 TDI, Fahrzeug-Ident.-Nr. WVWZZZAUZGP512344, amtl. Kennzeichen TÜ-RE 412",
        "Erstzulassung: 03/2016   Kilometerstand: 148.200 km   Nächste HU: 08/2025",
        "",
        "Kaufpreis: 9.300,00 EUR (in Worten: neuntausenddreihundert), bar erhalten am 20.04.2024.",
        "Das Fahrzeug wird unter Ausschluss der Sachmängelhaftung verkauft, soweit nicht nachstehend eine Garantie übernommen wird.",
        "Unfallschäden: keine bekannt.",
        "",
        "Rottenburg, 20.04.2024",
        m(N, "R. Ebersbach") + " (Verkäufer)                 " + m(N, "S. Hoffmann") + " (Käuferin)")),
    ("bank_form", "de", False, L(
        "SEPA-Lastschriftmandat",
        "Zahlungsempfänger: Turnverein 1861 Waldkirch e. V. · Gläubiger-ID DE98ZZZ09999999999",
        "Mandatsreferenz: TVW-M-0417 (wird separat mitgeteilt)",
        "",
        "Ich ermächtige den Turnverein 1861 Waldkirch e. V., Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich "
        "weise ich mein Kreditinstitut an, die vom Verein auf mein Konto gezogenen Lastschriften einzulösen.",
        "",
        "Kontoinhaber/in (Vorname, Name): " + m(N, "Jürgen Fleischhauer"),
        "Anschrift (Straße, Hausnummer, PLZ, Ort): " + m(A, "Im Brühl 5a, 79183 Waldkirch"),
        "IBAN: " + m(I, iban("DE", "68050101" + "2430055819")),
        "BIC: SOLADES1FBG",
        "",
        "Mitglied(er): " + m(N, "Jürgen Fleischhauer") + " (Erwachsene), " + m(N, "Mia Fleischhauer") + " (Kinderturnen, geb. " +
        m(D, "02.09.2017") + ")",
        "",
        "Waldkirch, 08.01.2024     Unterschrift: " + m(N, "J. Fleischhauer"))),
    # ---- German hard negatives
    ("form_template", "de", True, L(
        "Anmeldung bei der Meldebehörde - Ausfüllhinweise",
        "",
        "Feld 1  Tag des Einzugs: TT.MM.JJJJ",
        "Feld 2  Neue Wohnung: Straße, Hausnummer, Zusätze (z. B. Stockwerk, Wohnungsnummer), Postleitzahl, Gemeinde",
        "Feld 5  Familienname, Vornamen (Rufname unterstreichen), Geburtsname, Geburtsdatum, Geburtsort",
        "Feld 9  Personalausweis / Reisepass: Art, ausstellende Behörde, Seriennummer (9 Stellen), Datum, gültig bis",
        "",
        "Die Seriennummer des Personalausweises finden Sie oben rechts auf der Vorderseite. Sie besteht aus Großbuchstaben "
        "und Ziffern, z. B. LxxxxxxxX; auf dem Musterausweis des Bundesministeriums des Innern lautet sie T22000129 und die "
        "Musterinhaberin heißt ERIKA MUSTERMANN. Bitte tragen Sie keine Musterdaten ein.",
        "",
        "Die Anmeldung ist innerhalb von zwei Wochen nach dem Einzug vorzunehmen (§ 17 Abs. 1 BMG). Die Wohnungsgeberbestätigung "
        "nach § 19 BMG ist beizufügen. Ordnungswidrig handelt, wer vorsätzlich oder fahrlässig die Frist versäumt (§ 54 BMG). "
        "Termine im Bürgeramt: Montag bis Freitag 7:30 bis 12:00 Uhr, donnerstags zusätzlich 14:00 bis 18:00 Uhr.")),
    ("imprint", "de", True, L(
        "Impressum",
        "",
        "Hofmann Feinmechanik GmbH & Co. KG",
        "Sitz der Gesellschaft: Kassel, Registergericht: Amtsgericht Kassel, HRA 18274",
        "Persönlich haftende Gesellschafterin: Hofmann Verwaltungs-GmbH, Amtsgericht Kassel, HRB 7431",
        "Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: " + de_ust("81273364"),
        "Steuernummer: 026 236 41005 (Finanzamt Kassel)",
        "WEEE-Reg.-Nr. DE 48213774   LUCID-Registrierungsnummer DE5882130413947",
        "",
        "Zuständige Aufsichtsbehörde für die Erlaubnis nach § 34c GewO: Stadt Kassel, Ordnungsamt.",
        "Plattform der EU-Kommission zur Online-Streitbeilegung: https://ec.europa.eu/consumers/odr",
        "Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle "
        "teilzunehmen.",
        "",
        "Bildnachweise: Werksfotos, Stand 01/2024. Artikelnummern und technische Daten ohne Gewähr.")),
    ("info_letter", "de", True, L(
        "Bundeszentralamt für Steuern - Informationen zur steuerlichen Identifikationsnummer",
        "",
        "Die steuerliche Identifikationsnummer (IdNr) ist elfstellig. Die ersten zehn Ziffern werden zufällig vergeben, die "
        "elfte ist eine Prüfziffer. In Musterschreiben verwenden wir die Darstellung 12 345 678 9XX; diese Nummer ist nicht "
        "vergeben. Die IdNr ändert sich auch bei Heirat oder Umzug nicht.",
        "",
        "Sie finden Ihre IdNr auf Ihrem Einkommensteuerbescheid, auf der Lohnsteuerbescheinigung oder im Schreiben des BZSt, "
        "das Sie nach der Geburt oder dem Zuzug erhalten haben. Eine erneute Mitteilung können Sie über das Eingabeformular "
        "anfordern; aus Datenschutzgründen wird sie nur per Post an die gemeldete Anschrift versandt.",
        "",
        "Rechtsgrundlage: § 139b AO. Davon zu unterscheiden sind die Steuernummer (z. B. 21/815/08150, Format je nach "
        "Bundesland) und die Wirtschafts-Identifikationsnummer (DE + 9 Ziffern + Unterscheidungsmerkmal).",
        "Servicezeiten der Hotline: Mo - Do 8:00 - 17:00 Uhr, Fr 8:00 - 15:00 Uhr. Stand: 15.01.2024")),
    ("news", "de", True, L(
        "Bundestag beschließt Wachstumschancengesetz nach Einigung im Vermittlungsausschuss",
        "",
        "Berlin. Nach monatelangem Streit hat der Bundesrat am 22. März 2024 dem Wachstumschancengesetz zugestimmt. "
        "Bundesfinanzminister Christian Lindner (FDP) sprach von einem \"ersten Schritt\". Bayerns Ministerpräsident Markus "
        "Söder (CSU) kritisierte, das Volumen sei von ursprünglich 7 auf 3,2 Milliarden Euro pro Jahr geschrumpft.",
        "",
        "Bundeskanzler Olaf Scholz verwies auf die verbesserte Forschungszulage. Die Union hatte ihre Zustimmung von der "
        "Rücknahme der Agrardiesel-Kürzung abhängig gemacht. Das Gesetz wird im Bundesgesetzblatt 2024 I Nr. 108 verkündet "
        "und gilt rückwirkend ab dem 1. Januar 2024.",
        "",
        "Die Sitzung fand im Plenarsaal an der Leipziger Straße statt; vor dem Gebäude demonstrierten Landwirte mit rund "
        "200 Traktoren bis zur Straße des 17. Juni.")),
    ("legal", "de", True, L(
        "Rechtsprechungsübersicht Mietrecht - 1. Quartal 2024",
        "",
        "1. BGH, Urteil vom 13.12.2023 - VIII ZR 375/21: Eine Mieterselbstauskunft darf nur Angaben verlangen, an denen der "
        "Vermieter ein berechtigtes Interesse hat (vgl. Art. 6 Abs. 1 lit. b und f DSGVO, § 535 BGB).",
        "2. LG Berlin II, Beschluss vom 25.01.2024 - 67 S 264/23: Zur Wirksamkeit einer Staffelmiete nach § 557a BGB.",
        "3. AG München, Urteil vom 07.02.2024 - 473 C 15802/23 WEG: Kosten der Dachsanierung als Erhaltungsmaßnahme.",
        "4. BVerfG, Beschluss vom 18.03.2024 - 1 BvR 1814/23: Nichtannahme einer Verfassungsbeschwerde zur Mietpreisbremse.",
        "",
        "Fundstellen: NJW 2024, 812; NZM 2024, 233; WuM 2024, 147. Aktenzeichen der Geschäftsstelle: MR-Ü 2024/01.")),
    ("statistics", "de", True, L(
        "Bevölkerung nach Altersgruppen und Geschlecht, Stichtag 31.12.2023 (Fortschreibung auf Basis Zensus 2022)",
        "",
        "Altersgruppe       insgesamt       männlich       weiblich",
        "unter 6            4.614.208      2.366.571      2.247.637",
        "6 bis unter 18     8.990.314      4.619.882      4.370.432",
        "18 bis unter 30   10.418.907      5.440.110      4.978.797",
        "30 bis unter 50   20.961.453     10.647.236     10.314.217",
        "50 bis unter 65   18.437.602      9.193.514      9.244.088",
        "65 und älter      18.881.250      8.407.129     10.474.121",
        "Insgesamt         82.303.734     40.674.442     41.629.292",
        "",
        "Geburtsjahrgang 1964 ist mit rund 1,36 Mio. Personen der stärkste Jahrgang. Rundungsdifferenzen möglich. "
        "Quelle: Statistisches Bundesamt, Tabelle 12411-0005, abgerufen am 20.06.2024.")),
    ("notice", "de", True, L(
        "Bürgeramt Mitte - Hinweise für Ihren Termin",
        "",
        "Ihre Vorgangsnummer: 2024-BA-0477123   Wartenummer am Termintag: wird am Eingang ausgegeben (z. B. A-017)",
        "Termin: Dienstag, 14.05.2024, 09:40 Uhr, Schalter 3-12",
        "",
        "Bitte bringen Sie mit:",
        "- gültigen Personalausweis oder Reisepass",
        "- Wohnungsgeberbestätigung (Vordruck auf der Website, Formular-Nr. MA-17)",
        "- bei Kindern unter 16 Jahren: Geburtsurkunde",
        "",
        "Gebühren: Personalausweis ab 24 Jahren 37,00 EUR, unter 24 Jahren 22,80 EUR; vorläufiger Personalausweis 10,00 EUR.",
        "Kartenzahlung ist möglich. Das Bürgeramt befindet sich im Rathaus am Marktplatz, Eingang über die Karl-Theodor-Straße, "
        "barrierefreier Zugang über den Innenhof. Straßenbahnhaltestelle Rathaus/Karlstor (Linien 2 und 4).")),
]

# ==================================================================== French (FR, BE, CA)
cases += [
    ("form", "fr", False, L(
        "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE (formulaire S1106)",
        "",
        "1. L'ASSURÉ(E)",
        "Nom de naissance : " + m(N, "RAHMOUNI") + "        Nom d'usage : " + m(N, "LECLERCQ"),
        "Prénoms : " + m(N, "Samira Khadija"),
        "Né(e) le : " + m(D, "14/03/1987") + "   à : Roubaix (59)",
        "N° de sécurité sociale (si vous en avez un) : " + m(ID, fr_nir("2870359512207")),
        "Adresse : " + m(A, "Résidence Les Tilleuls, bât. C, esc. 2" + NL + "15 rue de la Fraternité" + NL + "59100 Roubaix"),
        "Téléphone : " + m(P, "06 41 87 29 03") + "      Courriel : " + m(E, "samira.leclercq@laposte.net"),
        "",
        "2. VOTRE SITUATION",
        "[X] Vous êtes salarié(e)   [ ] travailleur indépendant   [ ] étudiant(e)",
        "Employeur : Ets Delespaul, Tourcoing     Date d'embauche : 02/01/2024",
        "",
        "3. AYANT DROIT MINEUR",
        "Nom, prénom : " + m(N, "LECLERCQ Inès") + "      Né(e) le : " + m(D, "08/09/2015"),
        "",
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Fait à Roubaix, le 19/02/2024      Signature : " + m(N, "S. Leclercq"))),
    ("rental", "fr", False, L(
        "DOSSIER DE CANDIDATURE - LOCATION T3, 4e étage avec ascenseur, réf. annonce 77-2291",
        "",
        "LOCATAIRE",
        "Civilité : Monsieur",
        "Nom / Prénom : " + m(N, "OUEDRAOGO Aristide"),
        "Date et lieu de naissance : " + m(D, "02/11/1990") + ", Ouagadougou (Burkina Faso)",
        "Adresse actuelle : " + m(A, "42 avenue Jean-Jaurès, appt 31, 69007 Lyon"),
        "Portable : " + m(P, "07 68 14 52 90") + "   E-mail : " + m(E, "aristide.ouedraogo@gmail.com"),
        "Situation professionnelle : ingénieur d'études, CDI depuis 2019 - salaire net mensuel 2 980 EUR",
        "Pièce d'identité : titre de séjour pluriannuel n° " + m(ID, "6904128873") + ", valable jusqu'au 14/06/2027",
        "",
        "GARANT (caution solidaire)",
        "Nom / Prénom : " + m(N, "MERCIER Hélène"),
        "Née le : " + m(D, "23/07/1961") + " à Mâcon",
        "Adresse : " + m(A, "7 impasse des Vignes, 71000 Mâcon"),
        "Téléphone : " + m(P, "03 85 38 21 67"),
        "Lien avec le locataire : ancienne tutrice, marraine",
        "",
        "Pièces jointes : 3 derniers bulletins de salaire, avis d'imposition 2023, RIB.")),
    ("letter", "fr", False, L(
        m(N, "Bernadette Fauconnier"),
        m(A, "12 chemin du Moulin-Neuf" + NL + "Lieu-dit La Croix Blanche" + NL + "24200 Sarlat-la-Canéda"),
        "Tél. " + m(P, "05 53 29 44 18"),
        "",
        "Service Clients - Résiliation",
        "",
        "Sarlat, le 5 mars 2024",
        "",
        "Lettre recommandée avec accusé de réception n° 1A 188 903 4471 2",
        "",
        "Objet : résiliation de mon abonnement internet et téléphone - contrat n° 82736-04417",
        "",
        "Madame, Monsieur,",
        "",
        "Par la présente, je vous informe de ma décision de résilier le contrat cité en référence, souscrit au nom de mon "
        "époux défunt, " + m(N, "Marcel Fauconnier") + ", décédé le 12 janvier 2024. Vous trouverez ci-joint une copie de l'acte "
        "de décès. Je vous remercie de bien vouloir procéder à la résiliation sans frais, conformément à vos conditions générales, "
        "et de m'adresser la facture de clôture à l'adresse ci-dessus.",
        "",
        "La box et le décodeur seront déposés au point relais désigné. Pour tout renseignement, ma fille, " +
        m(N, "Claire Fauconnier-Ribeiro") + ", peut être contactée au " + m(P, "06 12 77 40 95") + ".",
        "",
        "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "",
        m(N, "B. Fauconnier"))),
    ("payslip", "fr", False, L(
        "BULLETIN DE PAIE - Période du 01/04/2024 au 30/04/2024",
        "Employeur : SARL Boulangerie du Marché - SIRET 402 483 176 00027 - APE 1071C - Convention collective : Boulangerie-pâtisserie",
        "",
        "Salarié : " + "M. " + m(N, "Kevin LE BRAS"),
        m(A, "3 rue de Siam, 29200 Brest"),
        "Matricule : 0012   Emploi : ouvrier boulanger, coefficient 185   Entrée : 15/09/2021",
        "N° de sécurité sociale : " + m(ID, fr_nir("1920529019081", spaced=False)),
        "",
        "Rubrique                        Base      Taux      Montant",
        "Salaire de base               151,67     12,10     1 835,21",
        "Heures de nuit majorées 25 %   32,00      3,03        96,96",
        "Total brut                                          1 932,17",
        "Sécurité sociale plafonnée    1 932,17   6,90 %     133,32",
        "CSG déductible                1 898,36   6,80 %     129,09",
        "Net à payer avant impôt                             1 512,48",
        "Impôt sur le revenu prélevé à la source (taux 2,1 %)   31,76",
        "NET PAYÉ                                            1 480,72",
        "",
        "Paiement par virement le 30/04/2024 sur " + m(I, iban("FR", fr_rib("16606", "10020", "08311947450"))))),
    ("medical", "fr", False, L(
        "Dr " + m(N, "Philippe Casanova"),
        "Cardiologue - Ancien chef de clinique",
        "",
        "Ajaccio, le 28 mars 2024",
        "",
        "Cher Confrère,",
        "",
        "Je vous remercie de m'avoir adressé Madame " + m(N, "Marie-Dominique Santoni") + ", née le " + m(D, "17 janvier 1958") +
        ", que j'ai revue ce jour en consultation pour le suivi de sa fibrillation atriale paroxystique.",
        "",
        "L'électrocardiogramme retrouve un rythme sinusal à 64/min. L'échographie montre une FEVG conservée à 60 % et une "
        "oreillette gauche modérément dilatée. Le Holter des 24 heures ne retrouve que de brefs accès de FA. Je propose de "
        "poursuivre l'apixaban 5 mg deux fois par jour et le bisoprolol 2,5 mg.",
        "",
        "Sa fille, " + m(N, "Laetitia Santoni") + ", souhaite être tenue informée ; elle peut être jointe au " +
        m(P, "06 23 48 90 11") + ". Je reverrai la patiente dans six mois avec un nouvel Holter.",
        "",
        "Bien confraternellement,",
        "",
        "Dr " + m(N, "P. Casanova"),
        "",
        "Copie : Dr " + m(N, "Anne-Sophie Pietri") + ", médecin traitant")),
    ("form", "fr", False, L(
        "MUTUALITÉ CHRÉTIENNE - Demande d'intervention pour frais de lunettes",
        "",
        "Nom et prénom du membre : " + m(N, "Vandenbroucke Élise"),
        "Numéro de registre national : " + m(ID, be_rrn("910817", "284")),
        "Adresse : " + m(A, "Rue Washington 112 bte 3, 1050 Ixelles"),
        "Téléphone : " + m(P, "0476 31 82 09"),
        "",
        "Bénéficiaire des soins (si différent) : " + m(N, "Vandenbroucke Noah") + ", né le " + m(D, "02/04/2014") +
        ", NISS " + m(ID, be_rrn("140402", "157", born2000=True)),
        "",
        "Prestataire : opticien agréé, facture n° 2024/0381 du 12/03/2024 - montant total 389,00 EUR",
        "Compte bancaire pour le remboursement : " + m(I, iban("BE", "068" + "2137460" + "%02d" % (int("0682137460") % 97))),
        "",
        "Je déclare sur l'honneur que les renseignements ci-dessus sont exacts.",
        "Date : 14/03/2024        Signature : " + m(N, "É. Vandenbroucke"))),
    ("form", "fr", False, L(
        "RÉGIE DE L'ASSURANCE MALADIE DU QUÉBEC - Demande d'inscription",
        "",
        "Section 1 - Renseignements sur la personne à inscrire",
        "Nom de famille à la naissance : " + m(N, "Tremblay") + "     Prénom : " + m(N, "Geneviève"),
        "Date de naissance (AAAA-MM-JJ) : " + m(D, "1985-06-14") + "     Sexe : F",
        "Numéro d'assurance sociale : " + m(ID, ca_sin("27193308")),
        "Ancien numéro d'assurance maladie (s'il y a lieu) : " + m(ID, "TREG 8556 1418"),
        "Adresse du domicile : " + m(A, "4210, rue Saint-Hubert, app. 3, Montréal (Québec) H2J 2W6"),
        "Téléphone : " + m(P, "514 598-2207"),
        "",
        "Section 2 - Conjoint(e)",
        "Nom : " + m(N, "Nkemelu") + "     Prénom : " + m(N, "Chidera") + "     Date de naissance : " + m(D, "1983-09-30"),
        "",
        "Motif : retour au Québec après un séjour de deux ans en France (Lyon), le 5 février 2024.",
        "Signature : " + m(N, "Geneviève Tremblay") + "     Date : 2024-02-12")),
    ("attestation", "fr", False, L(
        "ATTESTATION D'HÉBERGEMENT",
        "",
        "Je soussignée " + "Mme " + m(N, "Nadia Bensaïd") + " épouse " + m(N, "Carrère") + ", née le " + m(D, "5 août 1979") + " à Oran (Algérie), "
        "demeurant " + m(A, "18, allée des Mimosas, 31200 Toulouse") + ", titulaire de la carte nationale d'identité n° " +
        m(ID, "X4RTBPFW4") + " délivrée le 22/06/2022 par la préfecture de la Haute-Garonne,",
        "",
        "atteste sur l'honneur héberger à mon domicile, à titre gratuit et depuis le 1er septembre 2023, mon neveu, " +
        "M. " + m(N, "Yacine Bensaïd") + ", né le " + m(D, "11 décembre 2003") + " à Oran, étudiant en licence de mathématiques à "
        "l'Université Toulouse III.",
        "",
        "Je joins à la présente une copie de ma pièce d'identité et une facture d'électricité de moins de trois mois.",
        "",
        "Je suis informée que toute fausse déclaration m'expose aux sanctions prévues à l'article 441-7 du code pénal.",
        "",
        "Fait à Toulouse, le 14 février 2024, pour servir et valoir ce que de droit.",
        "",
        m(N, "Nadia Carrère") + "  (contact : " + m(P, "06 58 22 14 73") + ")")),
    # ---- French hard negatives
    ("form_template", "fr", True, L(
        "NOTICE - Comment remplir votre demande (formulaire S1106)",
        "",
        "Rubrique 1 - Nom de naissance : en majuscules, tel qu'il figure sur votre acte de naissance. Nom d'usage : uniquement "
        "s'il est différent (par exemple le nom de votre conjoint).",
        "Né(e) le : JJ/MM/AAAA.",
        "N° de sécurité sociale : |_| |_|_| |_|_| |_|_| |_|_|_| |_|_|_| |_|_|  - 13 chiffres suivis d'une clé de 2 chiffres. "
        "Le premier chiffre indique le sexe (1 ou 2), les deux suivants l'année de naissance, puis le mois, le département et "
        "la commune de naissance. Exemple fictif : 1 AA MM DD CCC OOO KK.",
        "",
        "Rubrique 3 - Ayant droit : un enfant mineur peut être rattaché à chacun de ses deux parents.",
        "",
        "Pièces à joindre : pièce d'identité, relevé d'identité bancaire, justificatif de domicile. Renvoyez le formulaire "
        "à votre caisse primaire d'assurance maladie (CPAM) ; ne l'envoyez pas à la Caisse nationale. Cerfa n° 15763*02.")),
    ("invoice", "fr", True, L(
        "FACTURE N° FC-2024-00871",
        "",
        "Émetteur : Atelier Menuiserie Duval SAS - capital 20 000 EUR - RCS Nantes 402 483 176",
        "SIRET : 402 483 176 00035 - N° TVA intracommunautaire : " + fr_tva("402483176") + " - Code NAF 1623Z",
        "Client : Collège Jules-Verne, service intendance - Code UAI 0440021J - SIRET 194 400 218 00015",
        "",
        "Date : 04/04/2024   Bon de commande : BC-2024-0117   Échéance : 04/05/2024",
        "",
        "Réf.        Désignation                                 Qté     PU HT      Total HT",
        "MEN-TB12    Tablettes murales chêne 120 cm                 24    38,00        912,00",
        "MEN-ARM2    Armoire à clés, 2 portes                        2   265,00        530,00",
        "POSE        Pose, déplacement zone 2                        1   340,00        340,00",
        "",
        "Total HT 1 782,00   TVA 20 % 356,40   Total TTC 2 138,40 EUR",
        "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 EUR "
        "(art. L. 441-10 du code de commerce).")),
    ("news", "fr", True, L(
        "Assurance chômage : le gouvernement durcit les règles d'indemnisation",
        "",
        "Le Premier ministre, Gabriel Attal, a annoncé le 26 mai 2024 une réduction de la durée maximale d'indemnisation de "
        "18 à 15 mois à partir du 1er décembre. La ministre du Travail, Catherine Vautrin, a précisé que le décret serait "
        "publié au Journal officiel avant le 1er juillet. Le ministre de l'Économie, Bruno Le Maire, espère une économie de "
        "3,6 milliards d'euros par an.",
        "",
        "Les syndicats ont dénoncé une réforme \"brutale\". Selon l'Unédic, 330 000 allocataires seraient concernés dès la "
        "première année. La réforme sera présentée aux partenaires sociaux le 4 juin au ministère, rue de Grenelle.")),
    ("legal", "fr", True, L(
        "Références utiles - protection sociale",
        "",
        "- Article L. 161-1 du code de la sécurité sociale (affiliation et immatriculation) ;",
        "- Décret n° 2019-1468 du 26 décembre 2019 relatif aux droits à la protection universelle maladie ;",
        "- Arrêté du 12 juillet 2023 fixant le modèle du formulaire S1106 (NOR : SPRS2319482A) ;",
        "- Cass. 2e civ., 9 février 2023, pourvoi n° 21-22.514, publié au Bulletin ;",
        "- CE, 1re et 4e ch. réunies, 15 novembre 2022, n° 456231, mentionné aux tables du Recueil Lebon ;",
        "- Circulaire n° DSS/2A/2023/104 du 3 août 2023.",
        "",
        "Délais : la CPAM dispose de deux mois pour statuer (art. R. 142-1 CSS). Le recours amiable doit être formé devant "
        "la commission de recours amiable dans le même délai. Dossier de veille juridique n° VJ-2024-017, mis à jour le 2 avril 2024.")),
    ("notice", "fr", True, L(
        "Préfecture - Accueil des étrangers : prendre rendez-vous",
        "",
        "Depuis le 1er mars 2024, les demandes de titre de séjour \"étudiant\" et \"passeport talent\" se font exclusivement "
        "en ligne sur l'ANEF. Le numéro étranger (10 chiffres, par ex. 99XXXXXXXX) figure sur votre récépissé ou votre visa "
        "long séjour validé (VLS-TS).",
        "",
        "Horaires d'accueil du public : du lundi au vendredi de 8 h 45 à 12 h 00, sauf jours fériés (lundi de Pâques 1er avril, "
        "1er et 8 mai, jeudi de l'Ascension 9 mai). Accès : place du Général-de-Gaulle, tramway ligne A arrêt Préfecture, "
        "parking Charles-de-Gaulle. Les guichets 4 à 9 sont réservés aux remises de titres (présenter le SMS de convocation).",
        "",
        "Timbres fiscaux : 225 EUR (première demande), 75 EUR pour les étudiants. Aucun paiement en espèces au guichet.")),
]

# ==================================================================== Spanish (ES, MX, CL, AR)
cases += [
    ("registration", "es", False, L(
        "AYUNTAMIENTO DE ZARAGOZA - HOJA DE INSCRIPCIÓN PADRONAL",
        "Tipo de movimiento: [X] Alta por cambio de residencia  [ ] Alta por omisión  [ ] Modificación de datos",
        "",
        "DOMICILIO: " + m(A, "C/ San Vicente de Paúl nº 14, esc. izda., 3º 2ª, 50001 Zaragoza"),
        "",
        "| Nº | Primer apellido | Segundo apellido | Nombre | Sexo | Fecha nacimiento | DNI/NIE/Pasaporte |",
        "| 1 | " + m(N, "Lasheras") + " | " + m(N, "Gracia") + " | " + m(N, "Pilar") + " | M | " + m(D, "21/02/1982") +
        " | " + m(ID, es_dni(53127904)) + " |",
        "| 2 | " + m(N, "Oumarou") + " | - | " + m(N, "Ibrahim") + " | H | " + m(D, "09/10/1979") + " | " + m(ID, es_nie("X", 9183402)) + " |",
        "| 3 | " + m(N, "Oumarou") + " | " + m(N, "Lasheras") + " | " + m(N, "Aitana") + " | M | " + m(D, "17/05/2012") + " | - |",
        "",
        "Procedencia: Huesca (22)   Teléfono de contacto: " + m(P, "676 41 28 93"),
        "",
        "Autorizo a las personas mayores de edad empadronadas en esta hoja para que me inscriban en este domicilio.",
        "Zaragoza, a 8 de abril de 2024    Firma: " + m(N, "Pilar Lasheras Gracia") + "   Firma: " + m(N, "Ibrahim Oumarou"))),
    ("contract", "es", False, L(
        "CONTRATO DE ARRENDAMIENTO DE VIVIENDA HABITUAL",
        "",
        "En Valencia, a 1 de marzo de 2024.",
        "",
        "REUNIDOS",
        "",
        "De una parte, D. " + m(N, "Vicente Ferrer Albert") + ", mayor de edad, con DNI " + m(ID, es_dni(47293861)) + " y domicilio en " +
        m(A, "Gran Vía Marqués del Turia 22, pta. 8, 46005 Valencia") + ", en adelante EL ARRENDADOR.",
        "",
        "Y de otra parte, Dña. " + m(N, "Oksana Kovalenko") + ", mayor de edad, con NIE " + m(ID, es_nie("Y", 2804157)) +
        ", nacida el " + m(D, "3 de junio de 1993") + ", con teléfono " + m(P, "+34 611 290 447") + " y correo electrónico " +
        m(E, "oksana.kovalenko93@gmail.com") + ", en adelante LA ARRENDATARIA.",
        "",
        "EXPONEN",
        "I. Que EL ARRENDADOR es propietario de la vivienda sita en " + m(A, "C/ Cuba 31, 4º 11ª, 46006 Valencia") +
        ", con referencia catastral 5627104YJ2752E0011BX.",
        "",
        "CLÁUSULAS",
        "PRIMERA. La duración del contrato será de un año, prorrogable conforme al art. 9 de la LAU.",
        "SEGUNDA. La renta mensual es de 850 EUR, que se abonará en la cuenta " + m(I, iban("ES", es_ccc("2038", "9611", "6000387126"))) + ".",
        "",
        "Firmado: " + m(N, "V. Ferrer") + "                       Firmado: " + m(N, "O. Kovalenko"))),
    ("payslip", "es", False, L(
        "RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS",
        "Empresa: Logística Henares S.L.   CIF " + es_cif("B", "8647213") + "   C.C.C. 28/1048372/55",
        "",
        "Trabajador: " + m(N, "GONZÁLEZ DE LA FUENTE, ÁLVARO") + "          NIF: " + m(ID, es_dni(2918476)),
        "Nº afiliación S.S.: " + m(ID, es_nss(28, 41837295)) + "   Categoría: Mozo especialista   Grupo cotización: 06",
        "Antigüedad: 12/09/2019   Periodo de liquidación: 01/03/2024 a 31/03/2024   Total días: 30",
        "",
        "I. DEVENGOS                                           IMPORTE",
        "Salario base                                        1.323,00",
        "Plus transporte                                        98,00",
        "Plus nocturnidad                                      142,80",
        "Prorrata pagas extras                                 220,50",
        "A. TOTAL DEVENGADO                                   1.784,30",
        "II. DEDUCCIONES",
        "Contingencias comunes 4,70 %                           79,25",
        "Desempleo 1,55 %                                       26,14",
        "IRPF 9,00 %                                           160,59",
        "LÍQUIDO TOTAL A PERCIBIR                            1.518,32",
        "",
        "Transferencia a: " + m(I, iban("ES", es_ccc("0049", "1500", "0512847361"))),
        "Domicilio del trabajador: " + m(A, "Avda. de la Constitución 87, 5º C, 28850 Torrejón de Ardoz"))),
    ("medical", "es", False, L(
        "SERVICIO ANDALUZ DE SALUD - Hospital Universitario Virgen Macarena",
        "INFORME DE ALTA - Servicio de Neumología",
        "",
        "Paciente: " + m(N, "ROMERO CABALLERO, MANUELA") + "     NUHSA: " + m(ID, "AN0518372946"),
        "Fecha de nacimiento: " + m(D, "30/12/1946") + "     Sexo: Mujer     Nº Historia: 0714482",
        "Domicilio: " + m(A, "C/ Feria 112, bajo, 41003 Sevilla") + "     Tfno.: " + m(P, "954 38 19 27"),
        "Fecha de ingreso: 02/02/2024     Fecha de alta: 09/02/2024",
        "",
        "MOTIVO DE INGRESO: disnea progresiva y fiebre de 38,5 ºC de tres días de evolución.",
        "",
        "EVOLUCIÓN: La paciente ingresa con diagnóstico de neumonía adquirida en la comunidad en lóbulo inferior derecho. "
        "Tratada con ceftriaxona y azitromicina con buena evolución clínica y radiológica. Su hija, Dña. " +
        m(N, "Rocío Romero") + ", que convive con ella, ha sido instruida en el manejo del oxígeno domiciliario.",
        "",
        "JUICIO CLÍNICO: Neumonía LID. EPOC GOLD 2. Insuficiencia respiratoria parcial.",
        "",
        "Facultativo: Dr. " + m(N, "Fernando Aguilar Montes") + ", Neumología")),
    ("complaint", "es", False, L(
        "HOJA DE RECLAMACIÓN - Junta de Castilla y León (ejemplar para la Administración)",
        "",
        "DATOS DE LA PERSONA RECLAMANTE",
        "Nombre y apellidos: " + m(N, "Jesús María Urquijo Bengoechea"),
        "DNI/NIE/Pasaporte: " + m(ID, es_dni(16048532)),
        "Domicilio: " + m(A, "Paseo de Zorrilla 52, 6º dcha., 47006 Valladolid"),
        "Teléfono: " + m(P, "983 33 72 18") + "      Correo electrónico: " + m(E, "jm.urquijo@telefonica.net"),
        "",
        "DATOS DEL ESTABLECIMIENTO RECLAMADO",
        "Nombre: Talleres Pisuerga Motor S.L.   Actividad: taller de reparación de vehículos",
        "",
        "HECHOS QUE SE RECLAMAN",
        "El día 12 de enero dejé mi vehículo para cambiar las pastillas de freno con un presupuesto de 180 EUR. Al recogerlo "
        "se me cobraron 412 EUR por trabajos que no autoricé (cambio de discos y líquido). El encargado, " + "Sr. " + m(N, "Gutiérrez") +
        ", se negó a entregarme las piezas sustituidas.",
        "",
        "PRETENSIÓN: devolución de 232 EUR.",
        "",
        "Valladolid, 15 de enero de 2024      Firma del reclamante: " + m(N, "J. M. Urquijo"))),
    ("job_application", "es", False, L(
        "SOLICITUD DE EMPLEO - Grupo Hotelero Costa Pacífico (Puerto Vallarta)",
        "",
        "Puesto solicitado: Recepcionista bilingüe      Sueldo deseado: 14,000 MXN mensuales",
        "",
        "DATOS PERSONALES",
        "Apellido paterno: " + m(N, "Hernández") + "   Apellido materno: " + m(N, "García") + "   Nombre(s): " + m(N, "Lucía"),
        "Fecha de nacimiento: " + m(D, "22/05/1989") + "   Lugar: Guadalajara, Jal.   Estado civil: soltera",
        "CURP: " + m(ID, mx_curp("HEGL890522MJCRRC0")),
        "Domicilio: " + m(A, "Calle Venustiano Carranza 418, int. 3, Col. Emiliano Zapata, C.P. 48380, Puerto Vallarta, Jal."),
        "Celular: " + m(P, "322 147 8830") + "   Correo: " + m(E, "lucia.hdz.garcia@hotmail.com"),
        "",
        "ESCOLARIDAD: Licenciatura en Turismo, Universidad de Guadalajara (2007-2011)",
        "",
        "EMPLEOS ANTERIORES",
        "Hotel Playa Los Arcos, recepcionista (2015-2023). Jefe inmediato: " + "Lic. " + m(N, "Ramón Castañeda") + ", tel. " +
        m(P, "322 222 1584") + ". Motivo de separación: cierre por remodelación.",
        "",
        "REFERENCIAS PERSONALES: " + m(N, "Guadalupe Ibarra Ochoa") + ", " + m(P, "33 3614 2290") + " (10 años de conocerla)")),
    ("form", "es", False, L(
        "Solicitud de Beneficio - Programa de Apoyo al Arriendo (Región Metropolitana)",
        "",
        "Postulante",
        "  Nombre completo ............ " + m(N, "Camila Fernanda Soto Riquelme"),
        "  RUT ........................ " + m(ID, cl_rut(16482337)),
        "  Fecha de nacimiento ........ " + m(D, "04-11-1986"),
        "  Dirección .................. " + m(A, "Av. Vicuña Mackenna 3184, depto. 1207, Macul, Santiago"),
        "  Teléfono ................... " + m(P, "+56 9 8342 1177"),
        "  Correo ..................... " + m(E, "camila.soto.r@gmail.com"),
        "",
        "Grupo familiar",
        "  | Nombre | RUT | Parentesco |",
        "  | " + m(N, "Matías Soto Riquelme") + " | " + m(ID, cl_rut(22918054)) + " | hijo |",
        "  | " + m(N, "Rosa Riquelme Paredes") + " | " + m(ID, cl_rut(7421965)) + " | madre |",
        "",
        "Tramo del Registro Social de Hogares: 40 %   Monto del arriendo: 320.000 CLP",
        "Declaro que la información es fidedigna.   Firma: " + m(N, "C. Soto R."))),
    ("letter", "es", False, L(
        "Buenos Aires, 18 de marzo de 2024",
        "",
        "Sres. ANSES - UDAI Balvanera",
        "",
        "Ref.: Solicitud de revisión del haber previsional",
        "",
        "De mi mayor consideración:",
        "",
        "Me dirijo a ustedes en mi carácter de titular de la jubilación ordinaria, beneficio Nº 15-0-4418273-0-1, a fin de "
        "solicitar la revisión del haber. Mis datos son: " + m(N, "Norma Beatriz Iturralde") + ", DNI " + m(ID, "12.485.930") +
        ", CUIL " + m(ID, ar_cuil(27, 12485930)) + ", nacida el " + m(D, "9 de agosto de 1956") + ", con domicilio en " +
        m(A, "Av. Corrientes 2345, piso 7, depto. B, C1046AAC, Ciudad Autónoma de Buenos Aires") + ".",
        "",
        "Adjunto certificación de servicios emitida por mi último empleador y copia de mi recibo de haberes. Autorizo a mi "
        "sobrino, " + m(N, "Federico Iturralde") + ", DNI " + m(ID, "35.218.447") + ", a retirar la documentación en mi nombre.",
        "",
        "Teléfono de contacto: " + m(P, "11 4952-3817") + ".",
        "",
        "Sin otro particular, saludo a ustedes atentamente.",
        "",
        m(N, "Norma B. Iturralde"))),
    # ---- Spanish hard negatives
    ("form_template", "es", True, L(
        "INSTRUCCIONES PARA CUMPLIMENTAR EL MODELO 030 (Declaración censal de alta, cambio de domicilio y/o variación de datos personales)",
        "",
        "Casilla 01 - NIF: consigne el número de identificación fiscal. Para españoles es el número del DNI seguido de una "
        "letra de control (formato 12345678Z); para extranjeros, el NIE (formato X1234567L, Y… o Z…). La letra se obtiene "
        "dividiendo el número entre 23 y tomando el resto según la tabla TRWAGMYFPDXBNJZSQVHLCKE.",
        "Casilla 02 - Apellidos y nombre: en este orden, sin abreviaturas.",
        "Casilla 05 - Fecha de nacimiento: DD/MM/AAAA.",
        "Casilla 11 - Domicilio fiscal: tipo de vía, nombre de la vía, número, escalera, piso, puerta, código postal y municipio.",
        "",
        "El modelo puede presentarse en cualquier oficina de la Agencia Estatal de Administración Tributaria con cita previa "
        "o en la Sede electrónica. Plazo: un mes desde la fecha en que se produzca la variación (art. 17 del RD 1065/2007).")),
    ("invoice", "es", True, L(
        "FACTURA Nº 2024/A/000418",
        "",
        "Proveedor: Suministros Industriales Nervión, S.A. - CIF " + es_cif("A", "2801736") + "",
        "Inscrita en el Registro Mercantil de Bizkaia, Tomo 4.127, Folio 88, Hoja BI-31.774",
        "Cliente: Construcciones Urbides, S.L. - CIF " + es_cif("B", "9514028") + " - Código de cliente 00731",
        "",
        "Fecha de factura: 11/03/2024   Albarán: ALB-24-3381   Pedido: OC-7719",
        "",
        "Código      Descripción                               Uds.    Precio    Importe",
        "TOR-M12     Tornillo DIN 933 M12x40 galv. (caja 100)    15     18,40     276,00",
        "GUA-NIT     Guante nitrilo T9 (caja 50 pares)            8     22,10     176,80",
        "DIS-230     Disco de corte inox 230 mm                  40      2,95     118,00",
        "",
        "Base imponible 570,80   IVA 21 % 119,87   TOTAL 690,67 EUR",
        "Forma de pago: transferencia a 60 días f.f.   Vencimiento: 10/05/2024")),
    ("news", "es", True, L(
        "El Gobierno aprueba la subida del salario mínimo a 1.134 euros",
        "",
        "El Consejo de Ministros aprobó el martes 6 de febrero de 2024 el real decreto que eleva el salario mínimo "
        "interprofesional un 5 %, hasta 1.134 euros brutos mensuales en catorce pagas. La vicepresidenta segunda y ministra "
        "de Trabajo, Yolanda Díaz, defendió la medida en la rueda de prensa posterior, junto a la portavoz del Gobierno, "
        "Pilar Alegría. El presidente del Gobierno, Pedro Sánchez, celebró en redes sociales el acuerdo con los sindicatos.",
        "",
        "La CEOE, presidida por Antonio Garamendi, no firmó el acuerdo. Según el Ministerio, la subida beneficiará a unos 2,5 "
        "millones de trabajadores. El decreto se publicó en el BOE del 14 de febrero con efectos desde el 1 de enero.")),
    ("legal", "es", True, L(
        "Normativa y jurisprudencia citada",
        "",
        "- Ley 29/1994, de 24 de noviembre, de Arrendamientos Urbanos, arts. 9, 10 y 36 (BOE núm. 282, de 25/11/1994).",
        "- Real Decreto-ley 7/2019, de 1 de marzo, de medidas urgentes en materia de vivienda y alquiler.",
        "- Ley 12/2023, de 24 de mayo, por el derecho a la vivienda, disposición final primera.",
        "- STS, Sala 1ª, 1.271/2023, de 20 de septiembre (rec. 5.836/2019), ECLI:ES:TS:2023:3844.",
        "- SAP Madrid, Secc. 13ª, 412/2022, de 14 de octubre.",
        "",
        "Expediente interno: ARR-2024-0093. Plazo para recurrir: 20 días hábiles desde la notificación (art. 458 LEC).")),
    ("statistics", "es", True, L(
        "Padrón municipal a 1 de enero de 2024 - Población por distrito y nacionalidad",
        "",
        "Distrito             Total      Españoles   Extranjeros   % extr.",
        "01 Centro          141.236       104.918       36.318      25,7",
        "02 Arganzuela      156.104       134.072       22.032      14,1",
        "07 Chamberí        141.852       121.644       20.208      14,2",
        "11 Carabanchel     259.370       204.891       54.479      21,0",
        "13 Puente de V.    240.917       186.230       54.687      22,7",
        "",
        "Nacidos en el extranjero: 23,9 % del total. Edad media: 44,6 años. Códigos postales incluidos en el distrito Centro: "
        "28004, 28005, 28012, 28013 y 28014. Fuente: Área de Economía, Innovación y Hacienda. Datos provisionales.")),
]

# ==================================================================== Italian
cases += [
    ("registration", "it", False, L(
        "DICHIARAZIONE DI RESIDENZA (art. 13, comma 1, lett. a, d.P.R. 30 maggio 1989, n. 223)",
        "Al Comune di Palermo - Ufficio Anagrafe",
        "",
        "Il/La sottoscritto/a",
        "Cognome ___" + m(N, "Lombardo") + "___  Nome ___" + m(N, "Francesca") + "___  Sesso ___F___",
        "Nato/a a ___Palermo___ il ___" + m(D, "14/07/1990") + "___",
        "Codice fiscale ___" + m(ID, it_cf("Lombardo", "Francesca", 1990, 7, 14, True, "G273")) + "___",
        "Cittadinanza ___italiana___   Stato civile ___coniugata___",
        "Telefono ___" + m(P, "328 714 0952") + "___  E-mail ___" + m(E, "francesca.lombardo90@libero.it") + "___",
        "",
        "DICHIARA",
        "[X] di aver trasferito la propria dimora abituale al seguente indirizzo:",
        "    " + m(A, "Via Maqueda 318, scala B, piano 3, interno 7, 90134 Palermo"),
        "[X] che unitamente al dichiarante si sono trasferiti i familiari sotto indicati:",
        "    1) " + m(N, "Ruggero Amato") + ", nato il " + m(D, "02/02/1987") + ", coniuge",
        "    2) " + m(N, "Sofia Amato") + ", nata il " + m(D, "25/09/2019") + ", figlia",
        "",
        "Proveniente dal Comune di: Bagheria (PA)",
        "Data 22/03/2024                        Firma del dichiarante  " + m(N, "Francesca Lombardo"))),
    ("payslip", "it", False, L(
        "CEDOLINO PAGA - MARZO 2024",
        "Azienda: Officine Meccaniche Adriatiche S.r.l. - P.IVA " + it_piva("1048371096") + " - Matricola INPS 3907721844",
        "",
        "Dipendente: " + m(N, "DE SANTIS GIANLUCA") + "            Matricola: 000214",
        "Codice fiscale: " + m(ID, it_cf("De Santis", "Gianluca", 1978, 11, 3, False, "A662")),
        "Data di nascita: " + m(D, "03/11/1978") + "   Qualifica: operaio 4° livello   CCNL Metalmeccanici Industria",
        "Data assunzione: 01/06/2009   Part-time: no",
        "",
        "Voce                               Ore/GG      Competenze    Trattenute",
        "Retribuzione ordinaria             26 gg        2.112,47",
        "Straordinario 25%                  8,00 h         117,20",
        "Contributi IVS c/dip. 9,19%                                     204,90",
        "IRPEF lorda                                                     432,15",
        "Detrazioni lavoro dipendente                                   -128,60",
        "Addizionale regionale Puglia                                     31,40",
        "NETTO IN BUSTA                                 1.688,82",
        "",
        "Accredito su IBAN: " + m(I, iban("IT", "K" + "02008" + "04682" + "000104129530")),
        "Residenza: " + m(A, "Via Sparano da Bari 141, 70121 Bari"))),
    ("medical", "it", False, L(
        "AZIENDA OSPEDALIERA UNIVERSITARIA CAREGGI - SOD Pediatria",
        "LETTERA DI DIMISSIONE",
        "",
        "Gentile Collega,",
        "",
        "dimettiamo in data odierna il piccolo " + m(N, "Edoardo Bianchini") + ", nato a Firenze il " + m(D, "21/02/2011") +
        ", C.F. " + m(ID, it_cf("Bianchini", "Edoardo", 2011, 2, 21, False, "D612")) + ", residente in " +
        m(A, "Via Gioberti 57, 50121 Firenze") + ", ricoverato dal 14/03/2024 per appendicite acuta.",
        "",
        "Il bambino è stato sottoposto il 14/03 ad appendicectomia laparoscopica senza complicanze. Decorso post-operatorio "
        "regolare, alvo canalizzato, apiretico da 48 ore.",
        "",
        "Terapia a domicilio: paracetamolo 500 mg al bisogno (max 3 volte al giorno). Controllo della ferita presso il "
        "nostro ambulatorio il 25/03/2024 alle ore 10:30.",
        "",
        "I genitori, sig.ra " + m(N, "Claudia Neri") + " (" + m(P, "347 551 2038") + ") e sig. " + m(N, "Paolo Bianchini") +
        ", sono stati informati.",
        "",
        "Il medico di reparto: dott.ssa " + m(N, "Serena Galli") + "      Il direttore: prof. " + m(N, "Marco Tozzi"))),
    ("cv", "it", False, L(
        "CURRICULUM VITAE - FORMATO EUROPEO",
        "",
        "INFORMAZIONI PERSONALI",
        "Nome                 " + m(N, "Alessandra Ferraris"),
        "Indirizzo            " + m(A, "Corso Vinzaglio 19, 10121 Torino"),
        "Telefono             " + m(P, "+39 011 562 8830") + "   Cellulare " + m(P, "+39 345 920 1176"),
        "E-mail               " + m(E, "ale.ferraris@pec.it"),
        "Nazionalità          italiana",
        "Data di nascita      " + m(D, "8 ottobre 1985"),
        "",
        "ESPERIENZA LAVORATIVA",
        "• 2017 - oggi   Responsabile amministrativa, studio commercialista in Torino",
        "• 2011 - 2017   Impiegata contabile, Cooperativa Agricola Langhe",
        "",
        "ISTRUZIONE E FORMAZIONE",
        "• 2010   Laurea magistrale in Economia aziendale, Università di Torino, 110/110",
        "",
        "CAPACITÀ E COMPETENZE PERSONALI",
        "Madrelingua italiana; inglese B2; francese B1. Patente B.",
        "",
        "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679.")),
    ("contract", "it", False, L(
        "CONTRATTO DI LOCAZIONE AD USO ABITATIVO (ai sensi dell'art. 2, comma 1, L. 431/1998)",
        "",
        "Il sig. " + m(N, "Vittorio Scognamiglio") + ", nato a Napoli il " + m(D, "19/04/1952") + ", C.F. " +
        m(ID, it_cf("Scognamiglio", "Vittorio", 1952, 4, 19, False, "F839")) + ", residente in " +
        m(A, "Via Posillipo 286, 80123 Napoli") + ", di seguito denominato LOCATORE,",
        "",
        "CONCEDE IN LOCAZIONE",
        "",
        "alla sig.ra " + m(N, "Aurora Mancini") + ", nata a Latina il " + m(D, "06/12/1996") + ", C.F. " +
        m(ID, it_cf("Mancini", "Aurora", 1996, 12, 6, True, "E472")) + ", di seguito denominata CONDUTTRICE, l'unità immobiliare "
        "posta in " + m(A, "Via dei Tribunali 44, piano 2°, int. 5, 80138 Napoli") + ", composta da due vani più accessori, "
        "identificata al Catasto Fabbricati al foglio 12, particella 341, sub. 9.",
        "",
        "1. Il contratto è stipulato per la durata di anni quattro, dal 1° aprile 2024 al 31 marzo 2028.",
        "2. Il canone annuo è convenuto in euro 8.400,00, da corrispondere in rate mensili anticipate di euro 700,00.",
        "",
        "Letto, approvato e sottoscritto.   Il Locatore " + m(N, "V. Scognamiglio") + "   La Conduttrice " + m(N, "A. Mancini"))),
    ("enrolment", "it", False, L(
        "DOMANDA DI ISCRIZIONE ALLA SCUOLA PRIMARIA - a.s. 2024/2025",
        "Istituto Comprensivo \"Don Lorenzo Milani\" - Plesso Rodari",
        "",
        "I sottoscritti genitori / esercenti la responsabilità genitoriale",
        "Padre: " + m(N, "Karim El Idrissi") + "   C.F. " + m(ID, it_cf("El Idrissi", "Karim", 1984, 1, 30, False, "Z330")) +
        "   tel. " + m(P, "333 408 2217"),
        "Madre: " + m(N, "Giada Pellegrini") + "   C.F. " + m(ID, it_cf("Pellegrini", "Giada", 1988, 5, 9, True, "H223")) +
        "   tel. " + m(P, "349 115 6603"),
        "",
        "CHIEDONO l'iscrizione dell'alunno/a",
        "Cognome e nome: " + m(N, "El Idrissi Adam"),
        "Codice fiscale: " + m(ID, it_cf("El Idrissi", "Adam", 2018, 8, 17, False, "H223")),
        "Nato a Reggio nell'Emilia il " + m(D, "17/08/2018"),
        "Residente in " + m(A, "Via Emilia San Pietro 41, 42121 Reggio Emilia"),
        "",
        "Tempo scuola richiesto: [ ] 27 ore  [X] 40 ore (tempo pieno)",
        "Insegnamento della religione cattolica: [ ] sì  [X] no - attività alternativa",
        "Vaccinazioni: in regola (verifica ASL del 10/01/2024)")),
    ("claim", "it", False, L(
        "CONSTATAZIONE AMICHEVOLE DI INCIDENTE - trascrizione della denuncia",
        "Data: 09/02/2024  ore 08:15   Luogo: incrocio Viale Monza / Via Padova, Milano   Feriti: no",
        "",
        "VEICOLO A",
        "Contraente/assicurato: " + m(N, "Bassi Ernesto") + ", " + m(A, "Via Padova 210, 20132 Milano") + ", tel. " + m(P, "02 2640 7781"),
        "Conducente: idem - patente n. " + m(ID, "MI5182736K") + ", cat. B, valida fino al 12/05/2031",
        "Veicolo: Fiat Panda, targa GB 418 ZT - Polizza n. 77/402918",
        "",
        "VEICOLO B",
        "Contraente/assicurato: " + m(N, "Ngozi Adeyemi") + ", " + m(A, "Via Pietro Crespi 8, 20127 Milano") + ", tel. " + m(P, "351 207 4482"),
        "Conducente: " + m(N, "Tunde Adeyemi") + ", nato il " + m(D, "28/06/1999") + ", patente n. " + m(ID, "U1N72P904Z"),
        "Veicolo: Toyota Yaris, targa FS 902 KL",
        "",
        "Circostanze: il veicolo B, proveniente da Via Padova, non rispettava la precedenza a destra.",
        "Testimone: " + "sig. " + m(N, "Luigi Ferrandi") + ", edicolante, " + m(P, "339 670 1184"))),
    # ---- Italian hard negatives
    ("form_template", "it", True, L(
        "GUIDA ALLA COMPILAZIONE - Dichiarazione di residenza",
        "",
        "Codice fiscale: 16 caratteri alfanumerici nel formato AAAAAA00A00A000A. I primi sei caratteri derivano da cognome "
        "e nome, seguono anno di nascita (2 cifre), mese (lettera A, B, C, D, E, H, L, M, P, R, S, T), giorno (per le donne "
        "aumentato di 40), codice catastale del comune di nascita e un carattere di controllo.",
        "Data di nascita: GG/MM/AAAA.",
        "Indirizzo: indicare via/piazza, numero civico, scala, piano e interno; per le frazioni anche la località.",
        "",
        "La dichiarazione va presentata entro 20 giorni dal trasferimento. Il Comune effettua l'accertamento dei requisiti "
        "tramite la Polizia Municipale entro 45 giorni (art. 5 D.L. 9 febbraio 2012, n. 5). Le dichiarazioni mendaci sono "
        "punite ai sensi dell'art. 76 del D.P.R. 445/2000.",
        "",
        "Ufficio Anagrafe - Piazza Pretoria, sportelli dal lunedì al venerdì 8:30-12:30, martedì e giovedì anche 15:00-17:00.")),
    ("invoice", "it", True, L(
        "FATTURA ELETTRONICA N. 2024/FE/00219 del 15/04/2024 - Tipo documento TD01",
        "",
        "Cedente/prestatore: Tipografia Arti Grafiche Salentine S.r.l.",
        "P.IVA IT" + it_piva("0123456789") + " - REA LE-241873 - Capitale sociale euro 50.000,00 i.v.",
        "Cessionario/committente: Comune di Galatina - C.F. 80008390750 - Codice univoco ufficio UF3K7P",
        "",
        "CIG Z8A3E4F1B2   CUP non previsto   Determina n. 412 del 28/03/2024",
        "",
        "Descrizione                                   Q.tà   Prezzo unit.   Imponibile",
        "Manifesti 70x100 quadricromia                  300          1,20        360,00",
        "Pieghevoli A4 tre ante                       2.000          0,09        180,00",
        "",
        "Imponibile 540,00   IVA 22% (scissione dei pagamenti, art. 17-ter DPR 633/72) 118,80",
        "Totale documento 658,80 EUR - Pagamento a 30 giorni data ricevimento fattura")),
    ("news", "it", True, L(
        "Premierato, primo sì del Senato alla riforma costituzionale",
        "",
        "Roma, 18 giugno 2024 - Con 109 voti favorevoli, 77 contrari e un astenuto, il Senato ha approvato in prima lettura il "
        "disegno di legge costituzionale sull'elezione diretta del Presidente del Consiglio. La presidente del Consiglio "
        "Giorgia Meloni ha parlato di \"riforma storica\"; la ministra per le Riforme istituzionali, Maria Elisabetta Alberti "
        "Casellati, ha ringraziato la maggioranza.",
        "",
        "La segretaria del Pd, Elly Schlein, ha annunciato la raccolta di firme per il referendum. Il testo passa ora alla "
        "Camera. Il Presidente della Repubblica Sergio Mattarella non è intervenuto nel dibattito.")),
    ("statistics", "it", True, L(
        "ISTAT - Indicatori demografici, anno 2023 (stima)",
        "",
        "Ripartizione      Nati vivi   Morti     Tasso natalità   Età media",
        "Nord-ovest          84.512    169.203        6,3            47,0",
        "Nord-est            63.870    123.457        6,5            46,6",
        "Centro              64.118    133.986        5,6            47,0",
        "Sud                 97.304    147.225        7,2            45,1",
        "Isole               41.210     71.894        6,3            46,1",
        "Italia             379.014    645.765        6,4            46,6",
        "",
        "Nel 2023 le nascite sono scese per l'undicesimo anno consecutivo. Comunicato stampa del 29 marzo 2024. Per "
        "informazioni: Contact Centre Istat, modulo online.")),
]

# ==================================================================== Portuguese (PT, BR)
cases += [
    ("form", "pt", False, L(
        "FICHA DE INSCRIÇÃO DE UTENTE - Unidade de Saúde Familiar Arco-Íris, Amadora",
        "",
        "Nome completo: " + m(N, "Mariana Isabel Cardoso Pimentel"),
        "Data de nascimento: " + m(D, "27/01/1994") + "     Sexo: F     Naturalidade: Covilhã",
        "Documento de identificação: Cartão de Cidadão n.º " + m(ID, pt_cc("13918274", "ZY")) + "   Validade: 04/10/2029",
        "NIF: " + m(ID, pt_nif("21847390")) + "     NISS: " + m(ID, pt_niss("1208471935")),
        "Morada: " + m(A, "Rua Elias Garcia, 45, 3.º Esq." + NL + "2700-312 Amadora"),
        "Telemóvel: " + m(P, "913 408 226") + "     Email: " + m(E, "mariana.pimentel94@sapo.pt"),
        "",
        "Agregado familiar inscrito na mesma unidade:",
        "  - " + m(N, "Rui Filipe Pimentel Sousa") + " (cônjuge), n.º de utente " + m(ID, "289 417 305"),
        "  - " + m(N, "Leonor Pimentel Sousa") + " (filha), data de nascimento " + m(D, "03/08/2021"),
        "",
        "Médico de família atribuído: Dr.ª " + m(N, "Helena Quintas"),
        "Data: 12/02/2024     Assinatura: " + m(N, "Mariana Pimentel"))),
    ("contract", "pt", False, L(
        "CONTRATO DE TRABALHO A TERMO CERTO",
        "",
        "Entre:",
        "PRIMEIRA OUTORGANTE: Padaria Central de Braga, Lda., pessoa coletiva n.º " + pt_nif("50712338") + ", matriculada na "
        "Conservatória do Registo Comercial de Braga, neste ato representada pelo seu sócio-gerente " + m(N, "Armando Gonçalves Brito") + ";",
        "",
        "SEGUNDO OUTORGANTE: " + m(N, "Tiago Daniel Faria Lopes") + ", solteiro, maior, nascido em " + m(D, "11 de março de 2001") +
        ", portador do Cartão de Cidadão n.º " + m(ID, pt_cc("15203947", "ZX")) + ", contribuinte fiscal n.º " +
        m(ID, pt_nif("25903184")) + ", residente na " + m(A, "Travessa do Carmo, 12, r/c Dto., 4700-031 Braga") + ";",
        "",
        "é celebrado o presente contrato de trabalho a termo certo, que se rege pelas cláusulas seguintes:",
        "",
        "Cláusula 1.ª - O Segundo Outorgante é admitido para exercer as funções de ajudante de padeiro.",
        "Cláusula 2.ª - O contrato tem a duração de seis meses, com início em 1 de abril de 2024, fundamentado no "
        "acréscimo excecional de atividade (art. 140.º, n.º 2, al. f) do Código do Trabalho).",
        "Cláusula 3.ª - A retribuição mensal ilíquida é de 860,00 EUR, paga por transferência para o IBAN " +
        m(I, iban("PT", pt_nib("0035", "0697", "00038291733"))) + ".",
        "",
        "Braga, 28 de março de 2024",
        "A Primeira Outorgante: " + m(N, "A. Gonçalves Brito") + "       O Segundo Outorgante: " + m(N, "Tiago Lopes"))),
    ("bank_form", "pt", False, L(
        "PEDIDO DE ABERTURA DE CONTA - PARTICULARES",
        "",
        "1.º TITULAR",
        "Nome ............................ " + m(N, "Joaquim Manuel Teixeira Moura"),
        "Data de nascimento .............. " + m(D, "05-09-1963"),
        "NIF ............................. " + m(ID, "2 3 6 0 1 8 4 7 7"),
        "Documento de identificação ...... Passaporte n.º " + m(ID, "CB418273"),
        "Morada fiscal ................... " + m(A, "Estrada Regional 101, n.º 233, Caniço" + NL + "9125-036 Santa Cruz - Madeira"),
        "Telefone ........................ " + m(P, "+351 291 934 118"),
        "Profissão / Entidade patronal ... Técnico de manutenção, hotelaria",
        "",
        "2.º TITULAR",
        "Nome ............................ " + m(N, "Lurdes da Conceição Moura"),
        "Data de nascimento .............. " + m(D, "18-12-1965"),
        "Relação com o 1.º titular ....... cônjuge",
        "",
        "Conta atribuída: " + m(I, iban("PT", pt_nib("0033", "0000", "45318277005"))),
        "Gestor: " + m(N, "Sílvia Freitas") + " - Balcão Funchal Sé",
        "Os titulares declaram não ser pessoas politicamente expostas.")),
    ("enrolment", "pt", False, L(
        "FICHA DE MATRÍCULA - Escola Estadual Prof. Antônio Alves Cruz - Ano letivo 2024",
        "",
        "DADOS DO(A) ALUNO(A)",
        "Nome: " + m(N, "Gabriel Henrique dos Santos Oliveira"),
        "Data de nascimento: " + m(D, "14/09/2012") + "   Naturalidade: Osasco/SP   Sexo: M",
        "CPF: " + m(ID, br_cpf("451902376")) + "   RG: " + m(ID, br_rg_sp("28471903")),
        "Cartão Nacional de Saúde (SUS): " + m(ID, "708 2047 1193 5582"),
        "Endereço: " + m(A, "Rua Antônio Agú, nº 1187, Bloco B, Apto 302 - Centro - Osasco/SP - CEP 06013-002"),
        "",
        "FILIAÇÃO / RESPONSÁVEIS",
        "Mãe: " + m(N, "Patrícia dos Santos Oliveira") + "   CPF " + m(ID, br_cpf("318604527")) + "   Cel. " + m(P, "(11) 97482-3306"),
        "Pai: " + m(N, "Marcelo Henrique Oliveira") + "   Cel. " + m(P, "(11) 96210-4478"),
        "",
        "Série: 7º ano do Ensino Fundamental   Turno: manhã",
        "Necessita de transporte escolar? ( ) Sim (X) Não",
        "Autorização de uso de imagem: (X) Sim ( ) Não",
        "",
        "Osasco, 29 de janeiro de 2024.   Assinatura do responsável: " + m(N, "Patrícia S. Oliveira"))),
    ("cv", "pt", False, L(
        m(N, "JULIANA MENDES CAVALCANTI"),
        "Brasileira, 31 anos, casada",
        m(A, "Av. Boa Viagem, 3420, apto 1502, Boa Viagem, Recife - PE, 51020-000"),
        "Celular/WhatsApp: " + m(P, "(81) 99874-1203") + "  |  E-mail: " + m(E, "ju.cavalcanti@gmail.com"),
        "CPF: " + m(ID, br_cpf("064271839")) + "  |  PIS: " + m(ID, br_pis("1204873156")),
        "",
        "OBJETIVO",
        "Analista de Recursos Humanos Pleno",
        "",
        "EXPERIÊNCIA PROFISSIONAL",
        "Hospital Português de Recife - Analista de DP (03/2019 - atual): folha de pagamento de 1.200 colaboradores, eSocial, "
        "homologações e atendimento a auditorias.",
        "Construtora Moura Dubeux - Assistente de RH (01/2015 - 02/2019)",
        "",
        "FORMAÇÃO",
        "Bacharelado em Administração - UFPE (2014)   |   MBA em Gestão de Pessoas - FGV (2020)",
        "",
        "REFERÊNCIA: " + "Sr. " + m(N, "Eduardo Albuquerque") + ", Gerente de RH, " + m(P, "(81) 3416-2290"))),
    ("power_of_attorney", "pt", False, L(
        "PROCURAÇÃO PARTICULAR",
        "",
        "OUTORGANTE: " + m(N, "MARIA APARECIDA FERREIRA LIMA") + ", brasileira, viúva, aposentada, nascida em " +
        m(D, "02/04/1949") + ", portadora da cédula de identidade RG nº " + m(ID, "4.718.229-3") + " SSP/MG e inscrita no CPF "
        "sob o nº " + m(ID, br_cpf("731064289")) + ", residente e domiciliada à " +
        m(A, "Rua Padre Eustáquio, 1820, casa 2, bairro Padre Eustáquio, Belo Horizonte/MG, CEP 30720-100") + ".",
        "",
        "OUTORGADO: " + m(N, "RODRIGO FERREIRA LIMA") + ", brasileiro, casado, engenheiro civil, portador do RG nº " +
        m(ID, "MG-12.448.907") + " e do CPF nº " + m(ID, br_cpf("052918734")) + ", residente à " +
        m(A, "Rua Aimorés, 981, apto 604, Funcionários, Belo Horizonte/MG") + ", telefone " + m(P, "(31) 98847-1290") + ".",
        "",
        "PODERES: para representar a outorgante perante o INSS, bancos e cartórios, podendo requerer benefícios, receber "
        "valores, assinar requerimentos, dar quitação e praticar todos os atos necessários ao fiel cumprimento deste mandato.",
        "",
        "Belo Horizonte, 6 de maio de 2024.",
        "",
        m(N, "Maria Aparecida Ferreira Lima"),
        "Testemunhas: 1) " + m(N, "Cláudia Resende") + "   2) " + m(N, "José Carlos Pacheco"))),
    # ---- Portuguese hard negatives
    ("form_template", "pt", True, L(
        "Como preencher o pedido de inscrição - Portal das Finanças",
        "",
        "Número de Identificação Fiscal (NIF): 9 algarismos. O primeiro algarismo identifica o tipo de contribuinte: 1, 2 ou "
        "3 para pessoas singulares, 5 para pessoas coletivas, 6 para organismos da Administração Pública, 9 para entidades "
        "irregulares. O último algarismo é um dígito de controlo. Escreva sem espaços: _ _ _ _ _ _ _ _ _.",
        "",
        "Data de nascimento: DD-MM-AAAA. Morada: indique rua, número de polícia, andar, código postal (formato NNNN-NNN) e "
        "localidade.",
        "",
        "Cartão de Cidadão: o número de documento tem o formato 00000000 0 ZZ0 (número de identificação civil, dígito de "
        "controlo, versão e segundo dígito de controlo).",
        "",
        "Atendimento presencial nos serviços de Finanças mediante marcação prévia, dias úteis das 9h00 às 16h00. "
        "Base legal: Decreto-Lei n.º 14/2013, de 28 de janeiro.")),
    ("invoice", "pt", True, L(
        "DANFE - Documento Auxiliar da Nota Fiscal Eletrônica",
        "NF-e Nº 000.041.772   Série 002   Folha 1/1",
        "",
        "EMITENTE: Metalúrgica Vale do Paraíba Ltda.",
        "CNPJ: " + br_cnpj("472910850001") + "   Inscrição Estadual: 645.173.902.118",
        "DESTINATÁRIO: Distribuidora Irmãos Taveira Ltda. - CNPJ " + br_cnpj("081723640001") + " - IE 117.042.391.115",
        "",
        "Natureza da operação: Venda de produção do estabelecimento   CFOP 5101",
        "Data de emissão: 08/05/2024   Data de saída: 09/05/2024",
        "",
        "Código   Descrição                          NCM        Qtd    V. unit.    V. total",
        "SUP-220  Suporte metálico 220 mm            7326.90.90  500     4,80      2.400,00",
        "PAR-M8   Parafuso sextavado M8 (cx c/100)   7318.15.00   40    26,50      1.060,00",
        "",
        "Valor total da nota: R$ 3.460,00   ICMS: R$ 622,80",
        "Transportadora: Rodoviário Caçapava Ltda., placa RST-4H21, UF SP")),
    ("news", "pt", True, L(
        "Governo apresenta proposta de reforma do Imposto de Renda",
        "",
        "Brasília - O ministro da Fazenda, Fernando Haddad, entregou nesta terça-feira (18) ao presidente da Câmara dos "
        "Deputados, Arthur Lira, a proposta que amplia a faixa de isenção do Imposto de Renda para quem ganha até R$ 5.000 "
        "por mês. O presidente Luiz Inácio Lula da Silva acompanhou a cerimônia no Palácio do Planalto.",
        "",
        "Segundo a Receita Federal, cerca de 10 milhões de contribuintes deixariam de pagar o imposto. A compensação viria "
        "de uma alíquota mínima sobre rendas acima de R$ 600 mil por ano. O texto tramitará como PL 1.087/2025.")),
    ("statistics", "pt", True, L(
        "INE - Estimativas da População Residente em 31 de dezembro de 2023",
        "",
        "NUTS II             Total        Homens       Mulheres    0-14 (%)   65+ (%)",
        "Norte            3 617 687     1 717 301     1 900 386      12,5      24,2",
        "Centro           2 261 024     1 077 690     1 183 334      11,8      26,3",
        "Grande Lisboa    2 125 428     1 004 781     1 120 647      14,6      22,0",
        "Alentejo           466 419       226 301       240 118      12,1      27,0",
        "Algarve            484 122       234 119       250 003      13,4      22,9",
        "R. A. Açores       240 262       118 907       121 355      14,9      17,3",
        "R. A. Madeira      256 622       120 380       136 242      12,6      20,1",
        "",
        "Destaque publicado a 17 de junho de 2024. Códigos postais 1000-001 a 1998-999 correspondem ao concelho de Lisboa.")),
]

# ==================================================================== Dutch (NL, BE)
cases += [
    ("payslip", "nl", False, L(
        "SALARISSPECIFICATIE april 2024",
        "Werkgever: Bakkerij Van der Wiel B.V., loonheffingennummer 8104.27.391.L01",
        "",
        "Werknemer: " + "dhr. " + m(N, "R.J. (Ruben) Verhoef"),
        "Adres: " + m(A, "Van Woustraat 141-III, 1074 AH Amsterdam"),
        "Personeelsnummer: 3307   BSN: " + m(ID, nl_bsn("20417395")) + "   Geboortedatum: " + m(D, "06-02-1993"),
        "Functie: productiemedewerker   Schaal 4, trede 6   Parttimefactor 0,8889",
        "",
        "Omschrijving                      Uren      Bedrag",
        "Salaris                          138,67    2.417,16",
        "Toeslag onregelmatigheid 30%      24,00      125,64",
        "Reiskostenvergoeding (onbelast)               68,40",
        "Pensioenpremie BPF Bakkers                  -141,82",
        "Loonheffing (tabel wit, met heffingskorting) -318,44",
        "Netto                                      2.150,94",
        "",
        "Uitbetaald op rekening " + m(I, iban("NL", "INGB" + "0006829134")) + " t.n.v. " + m(N, "R.J. Verhoef"),
        "Vakantiedagen: saldo 96,0 uur   Vakantiegeld wordt in mei uitgekeerd.")),
    ("housing_form", "nl", False, L(
        "INSCHRIJFFORMULIER WONINGZOEKENDE - Woonstichting De Linie",
        "",
        "Hoofdaanvrager",
        "Achternaam en voorletters",
        m(N, "Bouzid, S."),
        "Voornamen (voluit)",
        m(N, "Salma"),
        "Geboortedatum",
        m(D, "19-11-1998"),
        "Burgerservicenummer",
        m(ID, nl_bsn("17395024")),
        "Huidig adres",
        m(A, "Kruisstraat 8a" + NL + "5211 DT 's-Hertogenbosch"),
        "Telefoon / e-mail",
        m(P, "06 - 48 21 93 07") + " / " + m(E, "salma.bouzid@hotmail.nl"),
        "",
        "Medeaanvrager",
        "Naam: " + m(N, "Jeroen van 't Hoff") + "   Geboortedatum: " + m(D, "02-07-1996") + "   BSN: " + m(ID, nl_bsn("31854207")),
        "",
        "Bruto jaarinkomen huishouden: 58.400 euro   Gewenste plaatsen: Den Bosch, Vught, Rosmalen",
        "Ik verklaar dit formulier naar waarheid te hebben ingevuld.   Datum: 03-03-2024   Handtekening: " + m(N, "S. Bouzid"))),
    ("medical", "nl", False, L(
        "Huisartsenpraktijk De Kastanje",
        "",
        "Aan: Dermatologie, Maasstad Ziekenhuis",
        "",
        "Verwijsbrief",
        "",
        "Geachte collega,",
        "",
        "Hierbij verwijs ik graag mevrouw " + m(N, "W.M. (Wilma) de Groot-Pronk") + ", geboren " + m(D, "12-08-1957") + ", BSN " +
        m(ID, nl_bsn("19283746")) + ", wonende " + m(A, "Dorpsstraat 77, 3085 BE Rotterdam") + ", tel. " + m(P, "010-4813367") + ".",
        "",
        "Reden van verwijzing: sinds ongeveer vier maanden een langzaam groeiende, gepigmenteerde laesie op de rug "
        "(6 x 4 mm), onregelmatig van kleur en begrenzing. Dermatoscopisch verdacht voor melanoom. Graag beoordeling en zo "
        "nodig excisie.",
        "",
        "Voorgeschiedenis: basaalcelcarcinoom neus (2019), hypertensie. Medicatie: amlodipine 5 mg 1dd.",
        "Allergieën: geen bekend.",
        "",
        "Met collegiale groet,",
        "",
        m(N, "J.H. Koning") + ", huisarts")),
    ("objection", "nl", False, L(
        "M. " + m(N, "Yılmaz-Dekker"),
        m(A, "Zonnebloemstraat 23" + NL + "7552 AV Hengelo"),
        "",
        "Belastingdienst/Toeslagen",
        "Postbus 8024",
        "6710 KA Ede",
        "",
        "Hengelo, 9 april 2024",
        "",
        "Betreft: bezwaar tegen beschikking kinderopvangtoeslag 2023",
        "BSN: " + m(ID, nl_bsn("24857361")),
        "Kenmerk beschikking: 24-0031-8847",
        "",
        "Geachte heer, mevrouw,",
        "",
        "Hierbij maak ik bezwaar tegen de beschikking van 28 februari 2024. U gaat uit van 1.612 opvanguren voor onze zoon " +
        m(N, "Emre") + " (geboren " + m(D, "15-05-2020") + "), terwijl de jaaropgave van de opvang 1.944 uren vermeldt. De jaaropgave "
        "stuur ik mee. Mijn partner, " + m(N, "Thijs Dekker") + " (BSN " + m(ID, nl_bsn("30146258")) + "), ondertekent dit bezwaar mede.",
        "",
        "Ik ben overdag bereikbaar op " + m(P, "06 17 52 08 44") + ".",
        "",
        "Met vriendelijke groet,",
        "",
        m(N, "Meryem Yılmaz-Dekker") + "          " + m(N, "Thijs Dekker"))),
    ("form", "nl", False, L(
        "INSCHRIJVINGSFORMULIER - Vrije Basisschool Sint-Jozef, Mechelen",
        "",
        "Gegevens van de leerling",
        "Naam: " + m(N, "Peeters") + "   Voornaam: " + m(N, "Lotte") + "   Geslacht: V",
        "Rijksregisternummer: " + m(ID, be_rrn("180523", "218", born2000=True)),
        "Geboortedatum en -plaats: " + m(D, "23/05/2018") + ", Mechelen",
        "Adres: " + m(A, "Bruul 54 bus 2, 2800 Mechelen"),
        "",
        "Gegevens van de ouders",
        "| | Moeder | Vader |",
        "| Naam | " + m(N, "Sarah Wouters") + " | " + m(N, "Bram Peeters") + " |",
        "| Rijksregisternummer | " + m(ID, be_rrn("880523", "216")) + " | " + m(ID, be_rrn("860211", "143")) + " |",
        "| GSM | " + m(P, "0478 22 61 90") + " | " + m(P, "0495 13 88 04") + " |",
        "| E-mail | " + m(E, "sarah.wouters@telenet.be") + " | " + m(E, "bram.peeters@skynet.be") + " |",
        "",
        "Instapdatum: 2 september 2024, 1ste leerjaar   Thuistaal: Nederlands",
        "Schoolrekening via domiciliëring op " + m(I, iban("BE", "310" + "1827364" + "%02d" % (int("3101827364") % 97))))),
    ("complaint", "nl", False, L(
        "Van: " + m(N, "Hendrik Jan Bosman") + " <" + m(E, "hj.bosman@kpnmail.nl") + ">",
        "Aan: Klachtenafdeling zorgverzekeraar (via het klachtenformulier op Mijn Omgeving)",
        "Onderwerp: Klacht over afwijzing vergoeding fysiotherapie - relatienummer 401.887.213",
        "",
        "Geachte heer/mevrouw,",
        "",
        "Op 14 maart heb ik een declaratie ingediend voor 18 behandelingen fysiotherapie na mijn knieoperatie (januari 2024). "
        "U heeft deze afgewezen omdat de fysiotherapeut geen contract zou hebben. Volgens uw eigen zorgzoeker heeft de praktijk "
        "van mevrouw " + m(N, "Anouk Smeets") + " in Venlo wél een contract. Ik verzoek u de afwijzing te herzien.",
        "",
        "Mijn gegevens ter controle:",
        "- Geboortedatum: " + m(D, "30-10-1961"),
        "- BSN: " + m(ID, nl_bsn("18572903")),
        "- Adres: " + m(A, "Hogeweg 4, 5911 EL Venlo"),
        "- Rekeningnummer voor uitbetaling: " + m(I, iban("NL", "RABO" + "0318274456")),
        "",
        "Met vriendelijke groet,",
        m(N, "H.J. Bosman"),
        m(P, "077-3512 904"))),
    # ---- Dutch hard negatives
    ("guidance", "nl", True, L(
        "Wat is het burgerservicenummer (BSN)?",
        "",
        "Het BSN is een uniek persoonsnummer van 9 cijfers. U vindt het op uw paspoort, rijbewijs of identiteitskaart, en "
        "op brieven van de Belastingdienst. Op het paspoort staat het BSN op de personaliapagina onder 'Persoonsnummer'.",
        "",
        "Een BSN voldoet aan de zogenoemde elfproef: vermenigvuldig de cijfers met 9, 8, 7, 6, 5, 4, 3, 2 en -1 en tel op; "
        "de uitkomst moet deelbaar zijn door 11. In voorbeelden en trainingen gebruikt de overheid het fictieve nummer "
        "123456782 - vul dit nooit in op een echt formulier.",
        "",
        "Let op: uw BSN is niet hetzelfde als het documentnummer van uw paspoort (bijvoorbeeld SPECI2014 op het "
        "modelpaspoort) of uw klantnummer bij de zorgverzekeraar. Geef uw BSN alleen aan organisaties die het wettelijk "
        "mogen gebruiken (Wet algemene bepalingen burgerservicenummer, art. 10 e.v.).")),
    ("invoice", "nl", True, L(
        "FACTUUR 2024-0417",
        "",
        "Van: Installatiebedrijf Koudijs & Zn. B.V.   KvK 30142876   BTW NL8104.27.391.B01",
        "Aan: Vereniging van Eigenaars Complex Parkzicht, t.a.v. de penningmeester",
        "Debiteurnummer: 10088   Uw referentie: onderhoudscontract OC-2023-14",
        "",
        "Factuurdatum: 22-04-2024   Vervaldatum: 22-05-2024",
        "",
        "Omschrijving                                  Aantal    Prijs      Totaal",
        "Jaarlijks onderhoud cv-ketels (blok A en B)       12     89,00     1.068,00",
        "Vervangen expansievat 18 l                         1    164,50       164,50",
        "Voorrijkosten                                      1     45,00        45,00",
        "",
        "Subtotaal 1.277,50   BTW 21% 268,28   Totaal 1.545,78 EUR",
        "Gelieve te betalen onder vermelding van het factuurnummer. Op al onze leveringen zijn de Algemene Voorwaarden "
        "Techniek Nederland (ALIB 2020) van toepassing.")),
    ("news", "nl", True, L(
        "Kabinet-Schoof beëdigd op Paleis Huis ten Bosch",
        "",
        "Den Haag, 2 juli 2024 - Koning Willem-Alexander heeft dinsdagochtend het kabinet van premier Dick Schoof beëdigd. "
        "Het is het eerste kabinet met ministers van PVV, VVD, NSC en BBB. Demissionair premier Mark Rutte droeg na bijna "
        "veertien jaar het Torentje over.",
        "",
        "De nieuwe minister van Financiën, Eelco Heinen, moet in september de eerste Miljoenennota presenteren. Volgens het CBS "
        "groeide de economie in het eerste kwartaal met 0,1 procent. Het bordes-moment vond plaats om 12.15 uur; de "
        "Johan de Wittlaan was afgesloten voor verkeer.")),
]

# ==================================================================== Polish
_pesel_boxed = "|".join(pl_pesel(1987, 6, 23, "0482"))
cases += [
    ("registration", "pl", False, L(
        "ZGŁOSZENIE POBYTU STAŁEGO",
        "Wypełnia się DRUKOWANYMI LITERAMI, kolorem czarnym lub niebieskim",
        "",
        "1. DANE OSOBY, KTÓRA ZGŁASZA POBYT STAŁY",
        "Numer PESEL:  |" + m(ID, _pesel_boxed) + "|",
        "Imię (imiona): " + m(N, "JUSTYNA MARIA"),
        "Nazwisko: " + m(N, "KACZMAREK-BIELECKA"),
        "Data urodzenia: " + m(D, "23-06-1987"),
        "",
        "2. ADRES MIEJSCA POBYTU STAŁEGO",
        "Ulica / nr domu / nr lokalu: " + m(A, "ul. Gen. Władysława Andersa 21/37, 15-124 Białystok"),
        "",
        "3. ADRES POPRZEDNIEGO MIEJSCA POBYTU STAŁEGO",
        m(A, "os. Kościuszkowskie 4 m. 19, 61-892 Poznań"),
        "",
        "4. Dane osoby, która zgłasza pobyt za inną osobę (jeśli dotyczy): nie dotyczy",
        "Telefon kontaktowy (dane nieobowiązkowe): " + m(P, "+48 692 104 837"),
        "",
        "Potwierdzenie prawa do lokalu: akt notarialny Rep. A nr 2418/2023",
        "Białystok, dnia 12.02.2024 r.              " + m(N, "Justyna Kaczmarek-Bielecka"))),
    ("contract", "pl", False, L(
        "UMOWA NAJMU LOKALU MIESZKALNEGO",
        "",
        "zawarta w dniu 1 marca 2024 r. w Gdyni pomiędzy:",
        "",
        "Panem " + m(N, "Zdzisławem Wróblewskim") + ", legitymującym się dowodem osobistym seria i numer " +
        m(ID, pl_dowod("AWM", "90371")) + ", PESEL " + m(ID, pl_pesel(1959, 11, 4, "1537")) + ", zamieszkałym w " +
        m(A, "Gdyni przy ul. Świętojańskiej 48 m. 6, 81-393 Gdynia") + ", zwanym dalej Wynajmującym,",
        "",
        "a",
        "",
        "Panią " + m(N, "Oleną Petrenko") + ", obywatelką Ukrainy, legitymującą się paszportem nr " + m(ID, "FB418273") +
        ", PESEL " + m(ID, pl_pesel(1992, 1, 30, "0882")) + ", tel. " + m(P, "573 208 116") + ", zwaną dalej Najemcą.",
        "",
        "§ 1. Wynajmujący oddaje Najemcy do używania lokal mieszkalny nr 12 położony w budynku przy " +
        m(A, "ul. Morskiej 101, 81-225 Gdynia") + ", o powierzchni 42,3 m².",
        "§ 2. Umowa zostaje zawarta na czas oznaczony 12 miesięcy, od dnia 1 marca 2024 r.",
        "§ 3. Czynsz najmu wynosi 2300 zł miesięcznie i płatny jest do 10. dnia każdego miesiąca na rachunek Wynajmującego "
        "nr " + m(I, iban("PL", "24903145" + "0008217734900291")) + ".",
        "",
        "WYNAJMUJĄCY: " + m(N, "Z. Wróblewski") + "                NAJEMCA: " + m(N, "O. Petrenko"))),
    ("payslip", "pl", False, L(
        "PASEK WYNAGRODZENIA - luty 2024",
        "Pracodawca: Drukarnia Offsetowa \"Mazowsze\" Sp. z o.o., NIP " + pl_nip("527281903"),
        "",
        "Pracownik: " + m(N, "Krzysztof Adamczyk"),
        "PESEL: " + m(ID, pl_pesel(1978, 8, 17, "2619")) + "   Nr ewidencyjny: 0147   Stanowisko: operator maszyn",
        "",
        "Składnik                          Kwota",
        "Wynagrodzenie zasadnicze       6 200,00",
        "Dodatek za pracę w nocy          312,40",
        "Premia regulaminowa              620,00",
        "Razem brutto                   7 132,40",
        "Składka emerytalna 9,76%         696,12",
        "Składka rentowa 1,5%             106,99",
        "Składka chorobowa 2,45%          174,74",
        "Ubezpieczenie zdrowotne 9%       552,17",
        "Zaliczka na PIT                  438,00",
        "DO WYPŁATY                     5 164,38",
        "",
        "Przelew na rachunek: " + m(I, iban("PL", "10901014" + "0000071219812874")),
        "Adres korespondencyjny: " + m(A, "ul. Warszawska 17 m. 3, 05-400 Otwock"))),
    ("medical", "pl", False, L(
        "KARTA INFORMACYJNA LECZENIA SZPITALNEGO",
        "Szpital Wojewódzki im. Jana Pawła II - Oddział Chorób Wewnętrznych",
        "",
        "Pacjent: " + m(N, "Halina Czarnecka") + "        PESEL: " + m(ID, pl_pesel(1941, 2, 14, "0846")),
        "Adres: " + m(A, "ul. Lubelska 8/2, 35-233 Rzeszów"),
        "Data przyjęcia: 04.03.2024      Data wypisu: 11.03.2024      Nr księgi głównej: 2024/0881",
        "",
        "Rozpoznanie: Zaostrzenie przewlekłej niewydolności serca (I50.0). Migotanie przedsionków utrwalone (I48.2). "
        "Cukrzyca typu 2 (E11).",
        "",
        "Przebieg hospitalizacji: Pacjentka przyjęta z powodu narastającej duszności i obrzęków kończyn dolnych. Zastosowano "
        "diuretyki dożylnie z dobrym efektem. Rodzina (córka, " + "p. " + m(N, "Beata Czarnecka-Mazur") + ", tel. " +
        m(P, "604 551 239") + ") poinformowana o stanie zdrowia.",
        "",
        "Zalecenia: furosemid 40 mg 1-1-0, bisoprolol 5 mg 1-0-0, apiksaban 2,5 mg 1-0-1. Kontrola w poradni kardiologicznej "
        "za 4 tygodnie.",
        "",
        "Lekarz prowadzący: lek. " + m(N, "Michał Sowiński") + "      Ordynator: dr n. med. " + m(N, "Elżbieta Rudnicka"))),
    ("cv", "pl", False, L(
        "CURRICULUM VITAE",
        "",
        m(N, "Natalia Grabowska"),
        "Data urodzenia: " + m(D, "14.10.1995"),
        "Adres: " + m(A, "ul. Kilińskiego 64/12, 90-119 Łódź"),
        "Telefon: " + m(P, "+48 530 771 942"),
        "E-mail: " + m(E, "natalia.grabowska95@wp.pl"),
        "",
        "DOŚWIADCZENIE ZAWODOWE",
        "03.2020 - obecnie   Specjalistka ds. logistyki, centrum dystrybucyjne w Strykowie",
        "07.2018 - 02.2020   Asystentka działu zakupów, hurtownia spożywcza w Łodzi",
        "",
        "WYKSZTAŁCENIE",
        "2014 - 2019   Uniwersytet Łódzki, Wydział Zarządzania, kierunek Logistyka (mgr)",
        "",
        "UMIEJĘTNOŚCI: SAP WM, Excel (tabele przestawne, Power Query), prawo jazdy kat. B, angielski C1, niemiecki B1",
        "",
        "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji "
        "zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).")),
    ("letter", "pl", False, L(
        m(N, "Tadeusz Wawrzyniak"),
        m(A, "ul. Polna 3" + NL + "32-020 Wieliczka"),
        "tel. " + m(P, "12 278 40 19"),
        "PESEL " + m(ID, pl_pesel(1948, 5, 2, "1915")),
        "",
        "Wieliczka, 20 lutego 2024 r.",
        "",
        "Zakład Ubezpieczeń Społecznych",
        "Oddział w Krakowie",
        "",
        "WNIOSEK O PRZELICZENIE EMERYTURY",
        "",
        "Szanowna Pani Dyrektor,",
        "",
        "zwracam się z prośbą o ponowne przeliczenie wysokości mojej emerytury z uwzględnieniem okresu zatrudnienia w "
        "Kopalni Soli \"Wieliczka\" w latach 1967-1975, potwierdzonego świadectwem pracy z dnia 31.12.1975 r., którego "
        "wcześniej nie dołączyłem. Świadectwo oraz zaświadczenie o zarobkach w załączeniu.",
        "",
        "Do kontaktu w mojej sprawie upoważniam syna, Pana " + m(N, "Piotra Wawrzyniaka") + ", tel. " + m(P, "601 338 902") + ".",
        "",
        "Z wyrazami szacunku",
        m(N, "Tadeusz Wawrzyniak"))),
    # ---- Polish hard negatives
    ("form_template", "pl", True, L(
        "OBJAŚNIENIA DO FORMULARZA ZGŁOSZENIA POBYTU",
        "",
        "Numer PESEL: wpisz 11 cyfr, po jednej w każdą kratkę |_|_|_|_|_|_|_|_|_|_|_|. Pierwsze sześć cyfr to data urodzenia "
        "w układzie RRMMDD (dla osób urodzonych po 1999 r. do miesiąca dodaje się 20), cyfra dziesiąta oznacza płeć, a "
        "jedenasta jest cyfrą kontrolną.",
        "Data urodzenia: DD-MM-RRRR.",
        "Seria i numer dowodu osobistego: trzy litery i sześć cyfr, np. ABC 123456 (przykład).",
        "",
        "Zgłoszenia można dokonać w urzędzie gminy właściwym dla nowego miejsca zamieszkania lub elektronicznie przez "
        "gov.pl (z profilem zaufanym). Podstawa prawna: art. 28 ustawy z dnia 24 września 2010 r. o ewidencji ludności "
        "(Dz. U. z 2022 r. poz. 1191 z późn. zm.). Urząd Miejski, ul. Słonimska - pok. 12, kasa pok. 14.")),
    ("invoice", "pl", True, L(
        "FAKTURA VAT nr FV/2024/03/0192",
        "",
        "Sprzedawca: PPHU \"Drewbud\" Sp. z o.o.",
        "NIP " + pl_nip("951204381") + "   REGON 146291837   KRS 0000418273 (Sąd Rejonowy dla m.st. Warszawy, XIII Wydział Gospodarczy)",
        "Nabywca: Gminna Spółdzielnia \"Samopomoc Chłopska\", NIP " + pl_nip("527281903"),
        "",
        "Data wystawienia: 15.03.2024   Data sprzedaży: 14.03.2024   Termin płatności: 29.03.2024",
        "",
        "Lp.  Nazwa towaru                    J.m.   Ilość   Cena netto   Wartość netto   VAT",
        "1    Deska sosnowa 32x150 mm, kl. II  m³     4,20     1 450,00      6 090,00      23%",
        "2    Łata dachowa 40x60 mm            mb     600         4,10      2 460,00      23%",
        "",
        "Razem netto 8 550,00 zł   VAT 1 966,50 zł   Brutto 10 516,50 zł",
        "Mechanizm podzielonej płatności. Wystawił: dział sprzedaży.")),
    ("news", "pl", True, L(
        "Rząd przyjął projekt budżetu na 2025 rok",
        "",
        "Warszawa, 28 sierpnia 2024 r. Rada Ministrów przyjęła projekt ustawy budżetowej na 2025 rok. Minister finansów "
        "Andrzej Domański zapowiedział deficyt na poziomie 289 mld zł. Premier Donald Tusk podkreślił, że wydatki na obronność "
        "przekroczą 4,7 proc. PKB.",
        "",
        "Według GUS liczba ludności Polski na koniec 2023 r. wyniosła 37,64 mln. Prezydent Andrzej Duda ma 21 dni na "
        "podpisanie ustawy po jej uchwaleniu przez Sejm. Projekt trafi do Sejmu do 30 września, zgodnie z art. 137 ustawy "
        "o finansach publicznych.")),
]

# ==================================================================== Turkish
cases += [
    ("job_application", "tr", False, L(
        "İŞ BAŞVURU FORMU - Ege Tekstil San. ve Tic. A.Ş. İnsan Kaynakları",
        "",
        "Başvurulan pozisyon: Kalite Kontrol Sorumlusu",
        "",
        "KİŞİSEL BİLGİLER",
        "Adı Soyadı      : " + m(N, "Gülizar Ertuğrul"),
        "T.C. Kimlik No  : " + m(ID, tr_tc("384017265")),
        "Doğum Yeri/Tarihi: Manisa / " + m(D, "08.04.1991"),
        "Medeni Hali     : Evli      Askerlik Durumu: -",
        "Adres           : " + m(A, "Mavişehir Mah. 2042 Sok. No: 7 Daire: 12, 35590 Karşıyaka/İZMİR"),
        "Cep Telefonu    : " + m(P, "0 (532) 614 28 97"),
        "E-posta         : " + m(E, "gulizar.ertugrul@gmail.com"),
        "",
        "EĞİTİM: Dokuz Eylül Üniversitesi, Tekstil Mühendisliği (2009-2013)",
        "",
        "İŞ DENEYİMİ",
        "2016 - 2024   Kalite kontrol mühendisi, örme kumaş üreticisi, Torbalı",
        "2013 - 2016   Üretim planlama uzmanı, konfeksiyon atölyesi, Bornova",
        "",
        "REFERANSLAR",
        "1) " + m(N, "Hakan Yüksel") + ", Fabrika Müdürü - " + m(P, "0 (505) 218 40 62"),
        "2) " + "Doç. Dr. " + m(N, "Sevim Karakaya") + ", DEÜ - " + m(E, "sevim.karakaya@deu.edu.tr"),
        "",
        "Beyan ettiğim bilgilerin doğruluğunu onaylarım. 14.03.2024   İmza: " + m(N, "G. Ertuğrul"))),
    ("contract", "tr", False, L(
        "KİRA SÖZLEŞMESİ",
        "",
        "Kiralanan yerin adresi: " + m(A, "Kavaklıdere Mah. Tunalı Hilmi Cad. No: 88 Daire: 14, 06680 Çankaya/ANKARA"),
        "Kiralanan şeyin cinsi: Mesken (3+1)",
        "",
        "KİRAYA VEREN        : " + m(N, "Necdet Tanrıverdi"),
        "T.C. Kimlik No      : " + m(ID, tr_tc("214593078")),
        "Adresi              : " + m(A, "Bahçelievler Mah. 7. Cad. No: 31, 06490 Çankaya/ANKARA"),
        "",
        "KİRACI              : " + m(N, "Selin Akgündüz"),
        "T.C. Kimlik No      : " + m(ID, tr_tc("562081934")),
        "Doğum Tarihi        : " + m(D, "23.11.1996"),
        "Telefon             : " + m(P, "0543 870 12 66"),
        "",
        "Aylık kira bedeli   : 18.000 TL (yazıyla: on sekiz bin Türk lirası)",
        "Kira bedelinin ödeme şekli: her ayın 5'ine kadar kiraya verenin " + m(I, iban("TR", "00062" + "0" + "0000006297318204")) +
        " numaralı hesabına",
        "Kira müddeti        : 1 yıl   Başlangıç tarihi: 01.02.2024",
        "",
        "Kefil: " + m(N, "Kenan Akgündüz") + " (babası), T.C. " + m(ID, tr_tc("170354829")),
        "",
        "Kiraya veren: " + m(N, "N. Tanrıverdi") + "      Kiracı: " + m(N, "S. Akgündüz") + "      Kefil: " + m(N, "K. Akgündüz"))),
    ("medical", "tr", False, L(
        "T.C. SAĞLIK BAKANLIĞI - Bursa Şehir Hastanesi",
        "EPİKRİZ RAPORU",
        "",
        "Hasta Adı Soyadı : " + m(N, "İbrahim Halil Coşkun"),
        "T.C. Kimlik No   : " + m(ID, tr_tc("490215376")),
        "Doğum Tarihi     : " + m(D, "02.01.1955") + "     Cinsiyet: Erkek",
        "Adres            : " + m(A, "Hamitler Mah. Gül Sok. No: 14/2, 16160 Osmangazi/BURSA"),
        "Yatış Tarihi     : 18.03.2024     Çıkış Tarihi: 25.03.2024     Servis: Göğüs Hastalıkları",
        "",
        "Tanı: KOAH akut alevlenme (J44.1), Tip 2 diyabet (E11.9)",
        "",
        "Öykü: Bir haftadır artan nefes darlığı ve balgam şikayetiyle acil servise başvuran hastaya nebül tedavisi, sistemik "
        "steroid ve antibiyotik başlandı. Klinik olarak düzelen hasta önerilerle taburcu edildi. Hasta yakını (oğlu " +
        m(N, "Murat Coşkun") + ", tel. " + m(P, "0532 447 19 05") + ") bilgilendirildi.",
        "",
        "Sorumlu Hekim: Uzm. Dr. " + m(N, "Aylin Karadağ") + ", Göğüs Hastalıkları")),
    ("petition", "tr", False, L(
        "KADIKÖY İLÇE NÜFUS MÜDÜRLÜĞÜNE",
        "",
        "Ben " + m(N, "Deniz Özkaya") + ", " + m(D, "17 Şubat 1988") + " doğumlu, T.C. kimlik numaram " + m(ID, tr_tc("291746035")) +
        " olup " + m(A, "Caferağa Mah. Moda Cad. No: 112 Daire: 4, 34710 Kadıköy/İstanbul") + " adresinde ikamet etmekteyim.",
        "",
        "15.01.2024 tarihinde Moda sahilinde cüzdanımın çalınması sonucu T.C. kimlik kartımı (seri no " + m(ID, "A37K19250") +
        ") kaybettim. Olayla ilgili Moda Polis Merkezi Amirliği'ne başvurarak tutanak tutturdum. Kimlik kartımın iptal edilerek "
        "yenisinin düzenlenmesi için gereğinin yapılmasını saygılarımla arz ederim.",
        "",
        "Ek: Polis tutanağı (1 sayfa), vesikalık fotoğraf (1 adet)",
        "",
        "Tarih: 16.01.2024",
        "Telefon: " + m(P, "0 216 414 37 90"),
        "Ad Soyad / İmza: " + m(N, "Deniz Özkaya"))),
    # ---- Turkish hard negatives
    ("form_template", "tr", True, L(
        "BAŞVURU FORMU DOLDURMA KILAVUZU",
        "",
        "T.C. Kimlik No: 11 haneli olarak, boşluk bırakmadan yazınız (XXXXXXXXXXX). İlk hane sıfır olamaz; son iki hane "
        "kontrol hanesidir. Yabancı uyruklu başvuru sahipleri 99 ile başlayan yabancı kimlik numarasını yazmalıdır.",
        "Doğum Tarihi: GG.AA.YYYY biçiminde.",
        "Adres: Mahalle, cadde/sokak, dış kapı no, iç kapı no, ilçe/il sırasıyla (Ulusal Adres Veri Tabanı'ndaki gibi).",
        "Cep Telefonu: 0 (5XX) XXX XX XX.",
        "",
        "Eksik doldurulan formlar değerlendirmeye alınmaz. Başvurular 31.05.2024 tarihine kadar kabul edilecektir. "
        "Kişisel verileriniz 6698 sayılı Kişisel Verilerin Korunması Kanunu kapsamında işlenmektedir. Sorularınız için "
        "İnsan Kaynakları Müdürlüğü, idari bina 2. kat, 214 numaralı oda.")),
    ("invoice", "tr", True, L(
        "e-FATURA",
        "",
        "Satıcı: Anadolu Ambalaj Sanayi ve Ticaret A.Ş.",
        "Vergi Dairesi: Gebze   VKN: 0680412937   MERSİS No: 0068041293700015   Ticaret Sicil No: 18427",
        "Alıcı: Marmara Gıda Dağıtım Ltd. Şti. - VKN 6120938475 - Vergi Dairesi: Kocaeli",
        "",
        "Fatura No: AAE2024000004182   Fatura Tarihi: 11.04.2024   Senaryo: TİCARİFATURA",
        "ETTN: 7c2e4f1a-9b3d-4e8a-a1c5-2f0d6b9e3a71",
        "",
        "Sıra  Mal/Hizmet                      Miktar      Birim Fiyat     Tutar",
        "1     Oluklu koli 40x30x30 (5 katlı)   5.000 adet     6,40 TL    32.000,00 TL",
        "2     Streç film 50 cm                   120 rulo   210,00 TL    25.200,00 TL",
        "",
        "Mal Hizmet Toplam: 57.200,00 TL   KDV (%20): 11.440,00 TL   Ödenecek Tutar: 68.640,00 TL",
        "İrsaliye No: GBZ2024-0771 / 10.04.2024")),
    ("news", "tr", True, L(
        "Asgari ücrete ara zam yapılmayacak",
        "",
        "Ankara - Çalışma ve Sosyal Güvenlik Bakanı Vedat Işıkhan, 2024 yılında asgari ücrete ara zam yapılmayacağını açıkladı. "
        "Hazine ve Maliye Bakanı Mehmet Şimşek de enflasyonla mücadele programının kararlılıkla sürdürüleceğini belirtti. "
        "Cumhurbaşkanı Recep Tayyip Erdoğan, kabine toplantısının ardından yaptığı açıklamada emeklilere yönelik düzenlemeleri "
        "değerlendirdi.",
        "",
        "TÜİK verilerine göre yıllık enflasyon mayıs ayında %75,45 oldu. Net asgari ücret 17.002 TL olarak uygulanmaya devam "
        "edecek. Açıklama, Beştepe'deki Cumhurbaşkanlığı Külliyesi'nde yapıldı.")),
]

# ==================================================================== Romanian
cases += [
    ("application", "ro", False, L(
        "CERERE PENTRU ELIBERAREA ACTULUI DE IDENTITATE",
        "",
        "Subsemnata " + m(N, "Georgiana-Elena Mocanu") + ", fiica lui " + m(N, "Vasile") + " și a " + m(N, "Maria") +
        ", născută la data de " + m(D, "14.07.1989") + " în municipiul Constanța, județul Constanța, CNP " +
        m(ID, ro_cnp(2, "890714", "13", "218")) + ", cu domiciliul în " +
        m(A, "Str. Mihai Viteazu nr. 12, bl. A4, sc. 2, et. 3, ap. 41, sector 3, București") + ", telefon " +
        m(P, "0723 418 506") + ", vă rog să-mi eliberați o carte de identitate.",
        "",
        "Motivul solicitării:",
        "[ ] expirarea actului de identitate   [X] schimbarea domiciliului   [ ] pierdere/furt   [ ] schimbarea numelui",
        "",
        "Actul de identitate anterior: carte de identitate seria KT nr. " + m(ID, "418273") + ", eliberată de SPCLEP Constanța "
        "la 02.09.2019.",
        "Starea civilă: căsătorită cu " + m(N, "Mocanu Adrian") + ", CNP " + m(ID, ro_cnp(1, "870330", "13", "044")),
        "",
        "Declar pe propria răspundere că datele înscrise în prezenta cerere sunt reale.",
        "Data: 19.03.2024               Semnătura: " + m(N, "G. E. Mocanu"))),
    ("contract", "ro", False, L(
        "CONTRACT INDIVIDUAL DE MUNCĂ înregistrat în registrul general de evidență a salariaților cu nr. 2291/28.02.2024",
        "",
        "A. Părțile contractului",
        "Angajator: SC Transilvania Ambalaje SRL, cu sediul în Cluj-Napoca, înregistrată la Registrul Comerțului sub nr. "
        "J12/1048/2011, cod fiscal RO" + ro_cui("2918437") + ", reprezentată legal prin " + m(N, "Sorin Pop") + ", administrator,",
        "",
        "și",
        "",
        "salariatul/salariata: " + m(N, "Lăcrămioara Dumitrașcu") + ", domiciliată în " +
        m(A, "Com. Florești, Str. Avram Iancu nr. 207, jud. Cluj, cod poștal 407280") + ", posesoare a cărții de identitate "
        "seria CJ nr. " + m(ID, "702914") + ", eliberată de SPCLEP Florești la data de 11.05.2021, CNP " +
        m(ID, ro_cnp(2, "920506", "12", "339")) + ", permis de muncă: nu este cazul.",
        "",
        "B. Obiectul contractului: prestarea muncii de operator ambalare, cod COR 932101.",
        "C. Durata contractului: nedeterminată, începând cu data de 01.03.2024.",
        "G. Salariul de bază lunar brut: 3.700 lei, plătit prin virament în contul " +
        m(I, iban("RO", "INGB" + "0000999904172238")) + ".",
        "",
        "Angajator,                          Salariat,",
        m(N, "Sorin Pop") + "                          " + m(N, "L. Dumitrașcu"))),
    ("medical", "ro", False, L(
        "SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ IAȘI - Clinica Neurologie",
        "SCRISOARE MEDICALĂ / BILET DE IEȘIRE DIN SPITAL",
        "",
        "Stimate(ă) coleg(ă),",
        "",
        "vă informăm că pacientul " + m(N, "Costică Ungureanu") + ", născut la " + m(D, "05.03.1962") + ", CNP " +
        m(ID, ro_cnp(1, "620305", "22", "087")) + ", cu domiciliul în " + m(A, "Iași, Str. Sărăriei nr. 44, bl. C2, ap. 9") +
        ", a fost internat în serviciul nostru în perioada 07.02.2024 - 16.02.2024, FO nr. 4418, cu diagnosticul: accident "
        "vascular cerebral ischemic în teritoriul arterei cerebrale medii stângi.",
        "",
        "Tratament recomandat: clopidogrel 75 mg/zi, atorvastatină 40 mg/zi, recuperare medicală. Control la 30 de zile.",
        "",
        "Persoana de contact: " + m(N, "Ungureanu Viorica") + " (soție), " + m(P, "0744 309 127") + ".",
        "",
        "Medic curant: dr. " + m(N, "Irina Stoleriu") + ", medic primar neurolog")),
    ("application", "ro", False, L(
        "CERERE pentru acordarea alocației de stat pentru copii",
        "",
        "I. Date privind solicitantul",
        "Nume: " + m(N, "BĂLAN") + "    Prenume: " + m(N, "OANA-CRISTINA") + "    CNP: " + m(ID, ro_cnp(2, "900219", "04", "155")),
        "Domiciliul: " + m(A, "Bacău, Calea Mărășești nr. 38, sc. B, ap. 7"),
        "Act de identitate: CI seria ZC nr. " + m(ID, "915307"),
        "Telefon: " + m(P, "0752 614 980") + "   E-mail: " + m(E, "oana.balan90@yahoo.com"),
        "",
        "II. Date privind copilul",
        "Nume și prenume: " + m(N, "BĂLAN TUDOR-ANDREI"),
        "CNP: " + m(ID, ro_cnp(5, "240108", "04", "041")),
        "Data nașterii: " + m(D, "08.01.2024") + "   Certificat de naștere seria N.N. nr. 118204",
        "",
        "III. Modalitatea de plată: [ ] mandat poștal  [X] cont bancar IBAN " + m(I, iban("RO", "BTRL" + "RONCRT0418273901")),
        "",
        "Data: 22.01.2024       Semnătura: " + m(N, "O. C. Bălan"))),
    # ---- Romanian hard negatives
    ("form_template", "ro", True, L(
        "Instrucțiuni de completare a cererii",
        "",
        "CNP (cod numeric personal): 13 cifre, în formatul S AA LL ZZ JJ NNN C, unde S este cifra sexului și secolului "
        "(1/2 pentru persoanele născute între 1900 și 1999, 5/6 pentru cele născute după 2000), AA LL ZZ data nașterii, JJ "
        "codul județului, NNN un număr de ordine, iar C cifra de control. Exemplu de completare: |_|_|_|_|_|_|_|_|_|_|_|_|_|.",
        "Data nașterii: ZZ.LL.AAAA.",
        "Domiciliul: localitatea, strada, numărul, blocul, scara, etajul, apartamentul, sectorul/județul.",
        "",
        "Cererea se depune la primăria de domiciliu. Documente necesare: actele de identitate ale părinților, certificatul de "
        "naștere al copilului, extras de cont. Temei legal: Legea nr. 61/1993, republicată. Program cu publicul: luni-joi "
        "8:30-16:30, vineri 8:30-14:00.")),
    ("invoice", "ro", True, L(
        "FACTURĂ FISCALĂ seria CTA nr. 0004182 din 04.04.2024",
        "",
        "Furnizor: Carpați Tehnologii Aplicate SRL",
        "Nr. Ord. Reg. Com.: J40/7719/2016   CUI: RO" + ro_cui("18547290") + "   EUID ROONRC.J40/7719/2016",
        "Capital social: 200 lei   Banca: Banca Transilvania, sucursala Victoriei",
        "Cumpărător: Școala Gimnazială nr. 79 București - CIF 4318290",
        "",
        "Nr. crt.  Denumirea produselor           U.M.   Cant.   Preț unitar   Valoare",
        "1         Videoproiector Epson EB-W51     buc      4     2.390,00      9.560,00",
        "2         Ecran proiecție 200x200 cm     buc      4       410,00      1.640,00",
        "",
        "Total fără TVA 11.200,00   TVA 19% 2.128,00   Total de plată 13.328,00 lei",
        "Termen de plată: 30 de zile. Aviz de însoțire nr. 2291/04.04.2024.")),
    ("news", "ro", True, L(
        "Guvernul a adoptat ordonanța privind majorarea pensiilor",
        "",
        "București, 3 septembrie 2024 - Premierul Marcel Ciolacu a anunțat, la începutul ședinței de guvern de la Palatul "
        "Victoria, că recalcularea pensiilor se aplică de la 1 septembrie. Ministrul Muncii, Simona Bucura-Oprescu, a "
        "precizat că aproximativ 3,9 milioane de pensionari vor primi sume mai mari. Președintele Klaus Iohannis a "
        "promulgat legea în luna iunie.",
        "",
        "Potrivit Institutului Național de Statistică, numărul mediu al pensionarilor a fost de 4.719.000 în trimestrul al "
        "doilea. Casa Națională de Pensii Publice a publicat calendarul plăților pe site-ul instituției.")),
]

# ==================================================================== Czech
cases += [
    ("registration", "cs", False, L(
        "PŘIHLAŠOVACÍ LÍSTEK K TRVALÉMU POBYTU",
        "",
        "Jméno, popřípadě jména, a příjmení: " + m(N, "Kristýna Vondrášková"),
        "Rodné příjmení: " + m(N, "Šimková"),
        "Datum narození: " + m(D, "21. 4. 1989") + "        Rodné číslo: " + m(ID, cz_rc("895421", "045")),
        "Místo a okres narození: Jihlava, okres Jihlava",
        "Číslo občanského průkazu: " + m(ID, "218473905"),
        "",
        "Adresa místa trvalého pobytu (nová): " + m(A, "Korunní 1208/74, 120 00 Praha 2 - Vinohrady"),
        "Adresa předchozího trvalého pobytu: " + m(A, "Znojemská 4471/12, 586 01 Jihlava"),
        "",
        "Spolu s občanem se přihlašují děti: " + m(N, "Vondrášková Adéla") + ", r. č. " + m(ID, cz_rc("165327", "418")),
        "",
        "Oprávněná osoba (vlastník objektu): " + "Ing. " + m(N, "Bohumil Kratochvíl") + ", potvrzuji souhlas s přihlášením.",
        "",
        "V Praze dne 4. 3. 2024          Podpis občana: " + m(N, "K. Vondrášková"))),
    ("contract", "cs", False, L(
        "PRACOVNÍ SMLOUVA",
        "uzavřená podle § 33 a násl. zákona č. 262/2006 Sb., zákoník práce",
        "",
        "Zaměstnavatel: Strojírny Vysočina s.r.o., IČO " + cz_ico("2691437") + ", se sídlem v Pelhřimově, zapsaná v obchodním "
        "rejstříku vedeném Krajským soudem v Českých Budějovicích, oddíl C, vložka 18273, zastoupená jednatelem " +
        "Ing. " + m(N, "Pavlem Novotným"),
        "",
        "a",
        "",
        "Zaměstnanec: " + m(N, "Radim Procházka") + ", nar. " + m(D, "23. 8. 1967") + ", r. č. " + m(ID, cz_rc("670823", "118")) +
        ", bytem " + m(A, "Nádražní 1553/8, 393 01 Pelhřimov") + ", tel. " + m(P, "+420 731 582 904"),
        "",
        "I. Druh práce: svářeč kovů. Místo výkonu práce: provozovna Pelhřimov.",
        "II. Den nástupu do práce: 1. dubna 2024. Zkušební doba: 3 měsíce.",
        "III. Mzda bude poukazována na účet zaměstnance, IBAN " +
        m(I, iban("CZ", "0800" + "0000192837465012")) + ".",
        "",
        "V Pelhřimově dne 25. 3. 2024",
        "za zaměstnavatele: " + m(N, "P. Novotný") + "                zaměstnanec: " + m(N, "R. Procházka"))),
    ("medical", "cs", False, L(
        "Fakultní nemocnice Olomouc - Interní klinika",
        "PROPOUŠTĚCÍ ZPRÁVA",
        "",
        "Pacient: " + m(N, "Miroslav Doležal") + "   r. č.: " + m(ID, cz_rc("580112", "306")) + "   Pojišťovna: 111",
        "Bydliště: " + m(A, "Hodolanská 412/27, 779 00 Olomouc"),
        "Hospitalizace: 12. 2. 2024 - 19. 2. 2024",
        "",
        "Dg.: Pneumonie l. dx. (J18.9), chronická renální insuficience G3a (N18.3), arteriální hypertenze (I10)",
        "",
        "Pacient přijat pro febrilie a kašel. Na RTG hrudníku infiltrace pravé dolní plíce. Léčen amoxicilinem s klavulanátem "
        "s dobrým efektem. Při propuštění afebrilní, saturace 96 %. Manželka pacienta, pí " + m(N, "Jiřina Doležalová") +
        " (tel. " + m(P, "604 227 318") + "), byla informována.",
        "",
        "Doporučení: kontrola u praktického lékaře MUDr. " + m(N, "Hany Vaňkové") + " do 7 dnů, kontrolní RTG za 6 týdnů.",
        "",
        "Propouštějící lékař: MUDr. " + m(N, "Tomáš Hrubý"))),
    ("complaint", "cs", False, L(
        m(N, "Lenka Marková"),
        m(A, "Sokolská 211/36" + NL + "702 00 Ostrava"),
        m(E, "lenka.markova@seznam.cz") + ", " + m(P, "777 204 918"),
        "",
        "Zákaznické centrum - reklamace",
        "",
        "V Ostravě dne 8. 4. 2024",
        "",
        "Věc: Reklamace pračky - zakázka č. 2024-118273",
        "",
        "Vážená paní, vážený pane,",
        "",
        "dne 2. 2. 2024 jsem ve Vašem e-shopu zakoupila automatickou pračku. Od 3. 4. 2024 pračka nevypouští vodu a hlásí "
        "chybu E21. Technik, pan " + m(N, "Kubíček") + ", který byl u mě 5. 4., konstatoval vadu čerpadla, ale opravu odmítl "
        "provést na místě. Požaduji proto výměnu zboží za nové, případně odstoupení od smlouvy a vrácení kupní ceny na účet " +
        m(I, iban("CZ", "2010" + "0000002801473319")) + ".",
        "",
        "Prosím o vyřízení reklamace v zákonné lhůtě 30 dnů.",
        "",
        "S pozdravem",
        m(N, "Lenka Marková"))),
    # ---- Czech hard negatives
    ("form_template", "cs", True, L(
        "POUČENÍ K VYPLNĚNÍ ŽÁDOSTI",
        "",
        "Rodné číslo: uvádí se ve tvaru RRMMDD/XXXX. U žen se k měsíci připočítává 50 (např. narozena v březnu = 53). "
        "Desetimístné rodné číslo musí být beze zbytku dělitelné jedenácti. Cizinci bez rodného čísla uvedou datum narození.",
        "Adresa: obec, část obce, ulice, číslo popisné/orientační, PSČ (např. 110 00).",
        "Číslo dokladu: devět číslic na občanském průkazu, vpravo nahoře.",
        "",
        "Žádost se podává na kterémkoli obecním úřadu obce s rozšířenou působností. Správní poplatek podle položky 8 "
        "sazebníku zákona č. 634/2004 Sb.: 500 Kč. Úřední hodiny: Po a St 8:00-17:00, Út a Čt 8:00-14:00. "
        "Formulář MV-2024/OP verze 3.")),
    ("invoice", "cs", True, L(
        "FAKTURA - DAŇOVÝ DOKLAD č. 2024010418",
        "",
        "Dodavatel: Pekárna Vltava a.s., IČO " + cz_ico("2559664") + ", DIČ CZ" + cz_ico("2559664") + "",
        "Zapsáno v obchodním rejstříku vedeném Městským soudem v Praze, oddíl B, vložka 7742",
        "Odběratel: Základní škola a mateřská škola Praha 4, IČO 70107726",
        "",
        "Datum vystavení: 31. 1. 2024   DUZP: 31. 1. 2024   Splatnost: 14. 2. 2024",
        "Variabilní symbol: 2024010418   Konstantní symbol: 0308   Objednávka: OBJ-2024/007",
        "",
        "Položka                               Množství   Cena/ks    Celkem",
        "Chléb kváskový 1 200 g                    180      48,00    8 640,00",
        "Rohlík tukový 43 g                      4 200       3,20   13 440,00",
        "",
        "Základ DPH 12 %: 22 080,00 Kč   DPH 2 649,60 Kč   Celkem k úhradě: 24 729,60 Kč")),
    ("news", "cs", True, L(
        "Vláda schválila konsolidační balíček, prezident ho podepsal",
        "",
        "Praha - Prezident Petr Pavel podepsal zákon o konsolidaci veřejných rozpočtů. Premiér Petr Fiala (ODS) označil "
        "balíček za nezbytný krok ke snížení deficitu, ministr financí Zbyněk Stanjura odhaduje úsporu na 97 miliard korun "
        "v roce 2024. Opozice v čele s Andrejem Babišem (ANO) podala návrh Ústavnímu soudu.",
        "",
        "Podle Českého statistického úřadu dosáhla meziroční inflace v lednu 2,3 procenta. Zákon vyšel ve Sbírce zákonů pod "
        "číslem 349/2023 Sb. a účinnosti nabyl 1. ledna 2024.")),
]

# ==================================================================== Japanese
cases += [
    ("cv", "ja", False, L(
        "履 歴 書                                        2024年 4月 10日現在",
        "",
        "ふりがな    " + m(N, "さ さき  み さき"),
        "氏　　名    " + m(N, "佐々木　美咲"),
        "生年月日    " + m(D, "平成3年5月14日") + "生（満32歳）　　　性別　女",
        "ふりがな    ほっかいどうさっぽろしちゅうおうくおおどおりにし",
        "現 住 所    " + m(A, "〒060-0042" + NL + "            北海道札幌市中央区大通西7丁目3-5 グランドメゾン大通504号室"),
        "電　　話    " + m(P, "090-4172-8836"),
        "E-mail     " + m(E, "misaki.sasaki0514@docomo.ne.jp"),
        "",
        "年    月   学歴・職歴",
        "平成22 3   北海道立札幌南高等学校 卒業",
        "平成26 3   北海道大学 経済学部 卒業",
        "平成26 4   株式会社北洋物流 入社 経理部配属",
        "令和6  3   一身上の都合により退社",
        "                                                   以上",
        "",
        "免許・資格：普通自動車第一種運転免許（平成25年取得）、日商簿記検定2級",
        "本人希望記入欄：貴社の規定に従います。",
        "緊急連絡先：" + m(N, "佐々木　隆") + "（父）　" + m(P, "011-624-3318"))),
    ("registration", "ja", False, L(
        "住民異動届（転入届）　　届出日：令和6年3月28日　　横浜市港北区長 宛",
        "",
        "新しい住所：" + m(A, "〒222-0033 神奈川県横浜市港北区新横浜2丁目14番地8 サンライズ新横浜1103"),
        "前の住所　：" + m(A, "〒980-0811 宮城県仙台市青葉区一番町3丁目1-17"),
        "世帯主　　：" + m(N, "高橋　健一"),
        "",
        "| 氏名 | フリガナ | 生年月日 | 性別 | 続柄 | 個人番号 |",
        "| " + m(N, "高橋　健一") + " | " + m(N, "タカハシ　ケンイチ") + " | " + m(D, "昭和59年11月2日") + " | 男 | 世帯主 | " +
        m(ID, jp_mynumber("48173902561")) + " |",
        "| " + m(N, "高橋　由美") + " | " + m(N, "タカハシ　ユミ") + " | " + m(D, "昭和62年7月19日") + " | 女 | 妻 | " +
        m(ID, jp_mynumber("30618274915")) + " |",
        "| " + m(N, "高橋　陽翔") + " | " + m(N, "タカハシ　ハルト") + " | " + m(D, "平成30年1月8日") + " | 男 | 子 | （記載省略） |",
        "",
        "届出人：" + m(N, "高橋　健一") + "　　連絡先電話番号：" + m(P, "080-2259-7140"),
        "本人確認書類：旅券（旅券番号 " + m(ID, "TZ1048273") + "）",
        "異動日：令和6年3月25日")),
    ("rental", "ja", False, L(
        "入居申込書　　物件名：メゾン桜ヶ丘 203号室",
        "",
        "【申込者】",
        "氏名：" + m(N, "グエン・ヴァン・ミン") + "（" + m(N, "NGUYEN VAN MINH") + "）",
        "生年月日：" + m(D, "1996年9月3日") + "　国籍：ベトナム",
        "在留カード番号：" + m(ID, "AB48172935CD") + "　在留期限：2026年9月2日",
        "現住所：" + m(A, "〒464-0850 愛知県名古屋市千種区今池5丁目8-14 今池ハイツ302"),
        "携帯電話：" + m(P, "070-3841-2256"),
        "勤務先：株式会社トーカイ精工（名古屋市）　勤続年数：3年　年収：約380万円",
        "",
        "【連帯保証人】",
        "氏名：" + m(N, "中村　正樹") + "　続柄：勤務先上司",
        "生年月日：" + m(D, "1970年2月21日"),
        "住所：" + m(A, "〒465-0021 愛知県名古屋市名東区猪子石3丁目1205番地"),
        "電話：" + m(P, "052-771-4093"),
        "",
        "上記の通り申し込みます。　令和6年2月5日　申込者署名：" + m(N, "Nguyen Van Minh"))),
    ("tax_form", "ja", False, L(
        "令和5年分　給与所得の源泉徴収票",
        "",
        "支払を受ける者",
        "　住所又は居所：" + m(A, "大阪府大阪市淀川区西中島4丁目2番26号 ロイヤル西中島805"),
        "　（個人番号）　" + m(ID, jp_mynumber("53029184407")),
        "　（フリガナ）　" + m(N, "モリモト　アヤカ"),
        "　氏名　　　　　" + m(N, "森本　彩花"),
        "",
        "種別：給料・賞与　　支払金額：4,862,000円　　給与所得控除後の金額：3,493,600円",
        "所得控除の額の合計額：1,128,400円　　源泉徴収税額：118,200円",
        "社会保険料等の金額：712,400円",
        "",
        "受給者生年月日：" + m(D, "平成2年12月6日"),
        "中途就・退職：なし",
        "",
        "支払者：株式会社なにわ食品　法人番号 " + jp_corp("010401082714") + "　大阪市北区",
        "（右記の欄には個人番号を記載しないでください）")),
    # ---- Japanese hard negatives
    ("form_template", "ja", True, L(
        "マイナンバー（個人番号）の記入について",
        "",
        "・個人番号は12桁の数字です。申請書の「個人番号」欄に左詰めで記入してください（例：□□□□ □□□□ □□□□）。",
        "・最後の1桁はチェックデジットです。通知カードの番号「0000 0000 0000」などの見本の番号は記入しないでください。",
        "・法人番号（13桁）は法人に付される番号で、個人番号とは異なります。国税庁の法人番号公表サイトで検索できます"
        "（例：国税庁 " + jp_corp("000012050002") + "）。",
        "・生年月日は和暦で記入してください（例：平成○年○月○日）。",
        "",
        "提出先：お住まいの市区町村の窓口、またはマイナポータル。受付時間：平日8時45分〜17時15分（第2・第4土曜日は"
        "9時〜12時）。番号法第16条に基づき、本人確認書類の提示が必要です。")),
    ("news", "ja", True, L(
        "定額減税、6月から開始　岸田首相「賃上げと合わせ可処分所得を押し上げ」",
        "",
        "政府は、1人当たり所得税3万円、住民税1万円の定額減税を6月から実施する。岸田文雄首相は記者団に対し、"
        "「賃上げと合わせて可処分所得を押し上げる」と述べた。鈴木俊一財務相は閣議後の記者会見で、減税の総額は約3.3兆円"
        "になるとの見通しを示した。",
        "",
        "総務省が発表した2023年10月1日現在の人口推計によると、日本の総人口は1億2435万2000人で、13年連続で減少した。"
        "令和6年度税制改正大綱は令和5年12月22日に閣議決定された。")),
]

# ==================================================================== Finnish
cases += [
    ("contract", "fi", False, L(
        "ASUINHUONEISTON VUOKRASOPIMUS",
        "",
        "1. SOPIJAPUOLET",
        "Vuokranantaja: " + m(N, "Pirjo Annikki Salminen"),
        "Henkilötunnus: " + m(ID, fi_hetu("150372", "-", "218")),
        "Osoite: " + m(A, "Kauppakatu 19 A 7, 40100 Jyväskylä"),
        "Puhelin: " + m(P, "040 588 2173"),
        "",
        "Vuokralainen: " + m(N, "Joonas Petteri Heikkinen"),
        "Henkilötunnus: " + m(ID, fi_hetu("080795", "-", "437")),
        "Nykyinen osoite: " + m(A, "Kalevantie 3 C 41, 33100 Tampere"),
        "Puhelin / sähköposti: " + m(P, "050 331 9026") + " / " + m(E, "joonas.heikkinen@gmail.com"),
        "",
        "2. VUOKRAKOHDE: " + m(A, "Voionmaankatu 12 B 22, 40100 Jyväskylä") + ", 1h+kk, 31,5 m²",
        "3. VUOKRASOPIMUKSEN KESTO: toistaiseksi voimassa oleva, alkaen 1.4.2024",
        "4. VUOKRA: 640,00 euroa kuukaudessa, maksetaan kuukauden 2. päivään mennessä tilille " +
        m(I, iban("FI", "57900120" + "412736")),
        "5. VAKUUS: kahden kuukauden vuokra (1 280 euroa)",
        "",
        "Jyväskylässä 20.3.2024",
        m(N, "Pirjo Salminen") + "                         " + m(N, "Joonas Heikkinen"))),
    ("payslip", "fi", False, L(
        "PALKKALASKELMA   Maksupäivä 28.3.2024   Palkkakausi 1.3.-31.3.2024",
        "Työnantaja: Pohjolan Puutarhapalvelu Oy, Y-tunnus " + fi_ytunnus("2471934"),
        "",
        "Työntekijä: " + m(N, "Mervi Kaarina Lindholm"),
        "Henkilötunnus: " + m(ID, fi_hetu("290686", "Y", "522")),
        "Osoite: " + m(A, "Puistokatu 8 as. 3, 20100 Turku"),
        "Henkilönumero: 0088   Ammatti: puutarhuri   Verokortti: perusprosentti 18,5 %",
        "",
        "Palkkalaji                     Määrä     À-hinta      Summa",
        "Tuntipalkka                    152,00      16,80    2 553,60",
        "Iltalisä                        18,00       1,45       26,10",
        "Bruttopalkka yhteensä                               2 579,70",
        "Ennakonpidätys                                       -477,24",
        "TyEL-maksu 7,15 %                                    -184,45",
        "Työttömyysvakuutusmaksu 0,79 %                        -20,38",
        "Nettopalkka                                         1 897,63",
        "",
        "Maksettu tilille " + m(I, iban("FI", "10403500" + "218473")),
        "Lomapäiviä kertynyt: 15 pv")),
    ("medical", "fi", False, L(
        "HUS Jorvin sairaala, sisätautien osasto 4",
        "EPIKRIISI",
        "",
        "Potilas: " + m(N, "Eino Tapani Rantanen") + "   Hetu: " + m(ID, fi_hetu("011148", "-", "071")),
        "Osoite: " + m(A, "Kirkkojärventie 6 D 19, 02770 Espoo"),
        "Hoitoaika: 5.2.2024 - 12.2.2024",
        "",
        "Diagnoosit: Sydämen vajaatoiminta, pahenemisvaihe (I50.1). Eteisvärinä (I48.9). Tyypin 2 diabetes (E11.9).",
        "",
        "Potilas tuli päivystykseen lisääntyneen hengenahdistuksen ja alaraajaturvotusten vuoksi. Aloitettiin suonensisäinen "
        "furosemidi, jolla vointi koheni. Paino laski osastojakson aikana 4,2 kg. Omainen, tytär " + m(N, "Satu Rantanen") +
        " (p. " + m(P, "044 718 2205") + "), on tietoinen jatkosuunnitelmista.",
        "",
        "Jatkohoito: kontrolli terveysasemalla 2 viikon kuluttua, lääkäri " + m(N, "Anu Mäkelä") + ". Päivittäinen punnitus.",
        "",
        "Sanelu: LL " + m(N, "Ville-Pekka Nurmi") + ", erikoistuva lääkäri")),
    ("application", "fi", False, L(
        "KELA - HAKEMUS: YLEINEN ASUMISTUKI (YT1)",
        "",
        "1 HAKIJA",
        "Sukunimi: " + m(N, "Korhonen") + "   Etunimet: " + m(N, "Hanna Maria"),
        "Henkilötunnus: " + m(ID, fi_hetu("130990", "-", "326")),
        "Osoite: " + m(A, "Rautatienkatu 24 A 5, 90100 Oulu"),
        "Puhelin: " + m(P, "045 127 6480"),
        "",
        "2 RUOKAKUNTAAN KUULUVAT HENKILÖT",
        "| Nimi | Henkilötunnus | Suhde hakijaan |",
        "| " + m(N, "Aatu Korhonen") + " | " + m(ID, fi_hetu("230304", "A", "193")) + " | lapsi |",
        "| " + m(N, "Ella Korhonen") + " | " + m(ID, fi_hetu("170809", "A", "364")) + " | lapsi |",
        "",
        "3 ASUNTO: vuokra-asunto, 3h+k, 68 m², vuokra 890 €/kk, vuokranantaja Oulun Sivakka Oy",
        "4 TILINUMERO: " + m(I, iban("FI", "52800010" + "738291")),
        "",
        "Vakuutan antamani tiedot oikeiksi. Oulu 2.4.2024   " + m(N, "Hanna Korhonen"))),
    # ---- Finnish hard negatives
    ("form_template", "fi", True, L(
        "Täyttöohje: henkilötunnus ja osoitetiedot",
        "",
        "Henkilötunnus kirjoitetaan muodossa PPKKVV-NNNT. Välimerkki kertoo vuosisadan: 1900-luvulla syntyneillä viiva (-) "
        "tai vuodesta 2023 alkaen myös Y, X, W, V tai U; 2000-luvulla syntyneillä A tai B, C, D, E, F. Yksilönumero NNN on "
        "naisilla parillinen ja miehillä pariton. Viimeinen merkki T on tarkistemerkki.",
        "",
        "Esimerkkinä käytämme keksittyä tunnusta 010101-XXXX; älä kirjoita sitä hakemukseen.",
        "",
        "Osoite: katuosoite, talon numero, porras ja asunnon numero (esim. Esimerkkikatu 1 A 1), postinumero ja "
        "postitoimipaikka. Ulkomaan osoitteessa myös maa.",
        "",
        "Hakemuksen voi jättää Kelan palvelupisteeseen tai OmaKelassa. Lomake YT1, versio 02/2024. Käsittelyaika on "
        "keskimäärin 21 päivää.")),
    ("invoice", "fi", True, L(
        "LASKU 24-00871",
        "",
        "Laskuttaja: Lounais-Suomen Kiinteistöhuolto Oy",
        "Y-tunnus " + fi_ytunnus("2650183") + " · ALV-tunniste FI26501831 · Kotipaikka Turku",
        "Asiakas: Asunto Oy Turun Aurinkorinne, Y-tunnus " + fi_ytunnus("2809417"),
        "",
        "Laskun päiväys: 5.4.2024   Eräpäivä: 19.4.2024   Viitenumero: 10 48273 00871",
        "Tilaus: huoltosopimus HS-2019/04",
        "",
        "Tuote                                   Määrä   á-hinta   ALV 25,5 %   Yhteensä",
        "Kiinteistönhoito, huhtikuu                  1     680,00      173,40     853,40",
        "Lumityöt, traktori (tunteja)             3,5       74,00       66,05     325,05",
        "",
        "Maksettava yhteensä 1 178,45 EUR. Viivästyskorko korkolain mukaan. Huomautukset 7 päivän kuluessa.")),
]

# ==================================================================== Swedish
cases += [
    ("payslip", "sv", False, L(
        "LÖNESPECIFIKATION   Utbetalningsdag 2024-04-25   Period 2024-04-01 - 2024-04-30",
        "Arbetsgivare: Norrlands Bygg & Montage AB, org.nr " + se_org("556812493"),
        "",
        "Anställd: " + m(N, "Fredrik Olof Nyström"),
        "Personnummer: " + m(ID, "19" + se_pnr("850623", "441")),
        "Adress: " + m(A, "Storgatan 42 lgh 1102, 903 26 Umeå"),
        "Anställningsnr: 2207   Befattning: snickare   Skattetabell 33, kolumn 1",
        "",
        "Löneart                         Antal     À-pris       Belopp",
        "Månadslön                                            34 600,00",
        "OB-tillägg kväll                 14,0      48,20         674,80",
        "Traktamente, skattefritt          2 dgr    290,00        580,00",
        "Bruttolön                                            35 274,80",
        "Preliminär skatt                                     -9 412,00",
        "Nettolön                                             25 862,80",
        "",
        "Insättning till konto " + m(I, iban("SE", "5000" + "0000058398257466")),
        "Semesterdagar: betalda 21, sparade 4")),
    ("contract", "sv", False, L(
        "KONTRAKT FÖR UPPLÅTELSE AV BOSTADSLÄGENHET I ANDRA HAND",
        "",
        "§ 1 Parter",
        "Uthyrare:  " + m(N, "Malin Ekström") + ", personnummer " + m(ID, se_pnr("910214", "382")) + ", tel. " + m(P, "070-412 88 35"),
        "Hyresgäst: " + m(N, "Ali Reza Hosseini") + ", personnummer " + m(ID, se_pnr("971130", "258")) + ", e-post " +
        m(E, "alireza.hosseini97@outlook.com"),
        "",
        "§ 2 Lägenhet",
        "Adress: " + m(A, "Götgatan 71, lgh 1304, 116 21 Stockholm") + ", 2 rok, 54 kvm. Förråd nr 13 ingår.",
        "",
        "§ 3 Hyrestid: 2024-05-01 - 2025-04-30. Uthyraren har bostadsrättsföreningens tillstånd (styrelseprotokoll 2024-03-11).",
        "",
        "§ 4 Hyra: 11 500 kr per månad inklusive el och bredband, betalas i förskott senast den sista vardagen före varje "
        "kalendermånad till konto " + m(I, iban("SE", "8000" + "0810599934189412")) + ".",
        "",
        "§ 5 Uthyrarens adress under hyrestiden: c/o " + m(N, "Gunnel Ekström") + ", " + m(A, "Skolvägen 3, 952 31 Kalix"),
        "",
        "Stockholm den 14 april 2024",
        m(N, "Malin Ekström") + "                        " + m(N, "Ali Reza Hosseini"))),
    ("medical", "sv", False, L(
        "REMISS - Region Skåne, Vårdcentralen Linné, Lund",
        "Till: Ögonkliniken, Skånes universitetssjukhus",
        "",
        "Patient: " + m(N, "Ingegerd Lundberg") + "   Personnummer: " + m(ID, "19" + se_pnr("430907", "162")),
        "Adress: " + m(A, "Vipeholmsvägen 14 B, 224 65 Lund"),
        "Telefon: " + m(P, "046-14 72 90") + "   Anhörig: dotter " + m(N, "Karin Lundberg-Persson") + ", " + m(P, "073-209 41 18"),
        "",
        "Frågeställning: Synnedsättning höger öga sedan cirka två månader, misstänkt katarakt. Tacksam för bedömning och "
        "ställningstagande till operation.",
        "",
        "Anamnes: 80-årig kvinna med typ 2-diabetes och förmaksflimmer (Eliquis). Visus H 0,3, V 0,8. Ingen smärta.",
        "",
        "Remitterande läkare: " + m(N, "Johan Bergqvist") + ", specialist i allmänmedicin, 2024-02-19")),
    # ---- Swedish hard negatives
    ("form_template", "sv", True, L(
        "Så fyller du i blanketten",
        "",
        "Personnummer: skriv tolv siffror, ÅÅÅÅMMDD-XXXX. Den sista siffran är en kontrollsiffra som räknas fram med "
        "Luhn-algoritmen. Har du inget personnummer men ett samordningsnummer skriver du det i stället - där har man lagt "
        "till 60 till födelsedagen (t.ex. 61 i stället för 01).",
        "",
        "Adress: gatuadress, eventuellt lägenhetsnummer (fyra siffror, t.ex. 1101), postnummer (NNN NN) och ort. Ange c/o om "
        "du bor hos någon annan.",
        "",
        "Skicka blanketten till Skatteverket, Inläsningscentralen, eller lämna den på ett servicekontor. Blankett SKV 7665, "
        "utgåva 9. Handläggningstid normalt fyra veckor.")),
    ("invoice", "sv", True, L(
        "FAKTURA 100418",
        "",
        "Säljare: Västkustens Kontorsmaterial AB, org.nr " + se_org("802471936") + ", momsreg.nr SE" +
        se_org("802471936").replace("-", "") + "01, Godkänd för F-skatt",
        "Köpare: Brf Havsutsikten, org.nr 769612-4416, att: kassören",
        "",
        "Fakturadatum: 2024-03-28   Förfallodatum: 2024-04-27   OCR: 1004182024",
        "Bankgiro: 5417-2093   Er referens: protokoll 2024-02   Vår referens: order 7731",
        "",
        "Art.nr    Benämning                         Antal   À-pris     Summa",
        "KP-2290   Kopieringspapper A4, 80 g, 5 x 500    20    289,00   5 780,00",
        "TON-44K   Toner svart, HP 44A                    4    649,00   2 596,00",
        "",
        "Netto 8 376,00   Moms 25 % 2 094,00   Att betala 10 470,00 SEK",
        "Dröjsmålsränta enligt räntelagen.")),
]

# ==================================================================== Russian
cases += [
    ("job_application", "ru", False, L(
        "АНКЕТА КАНДИДАТА НА ДОЛЖНОСТЬ",
        "ООО «Волга-Логистик», отдел персонала",
        "",
        "1. Фамилия, имя, отчество: " + m(N, "Гарипова Алсу Ринатовна"),
        "2. Дата рождения: " + m(D, "12.09.1990") + "      Место рождения: г. Набережные Челны",
        "3. Паспорт (серия, номер): " + m(ID, "92 15 482913") + ", выдан Отделом УФМС России по Республике "
        "Татарстан в г. Казани 24.09.2015, код подразделения 160-005",
        "4. СНИЛС: " + m(ID, ru_snils("174928305")) + "     ИНН: " + m(ID, ru_inn12("7728194630")),
        "5. Адрес регистрации: " + m(A, "420111, Республика Татарстан, г. Казань, ул. Баумана, д. 44, кв. 17"),
        "6. Телефон: " + m(P, "+7 (917) 284-31-09") + "     E-mail: " + m(E, "alsu.garipova@mail.ru"),
        "7. Образование: высшее, КФУ, экономика (2012)",
        "8. Семейное положение: замужем, муж - " + m(N, "Гарипов Тимур Ильдарович") + ", " + m(D, "03.03.1988") + " г.р.",
        "9. Последнее место работы: склад ООО «ТатТорг», кладовщик (2016-2024)",
        "",
        "Достоверность сведений подтверждаю. Дата: 15.04.2024   Подпись: " + m(N, "А. Р. Гарипова"))),
    ("contract", "ru", False, L(
        "ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ № 7",
        "",
        "г. Екатеринбург                                                        «1» марта 2024 г.",
        "",
        "Гражданин РФ " + m(N, "Белоусов Виктор Николаевич") + ", " + m(D, "18.06.1961") + " года рождения, паспорт серии " +
        m(ID, "65 08 417290") + ", выдан ОВД Кировского района г. Екатеринбурга 02.07.2008, зарегистрированный по адресу: " +
        m(A, "620062, г. Екатеринбург, пр. Ленина, д. 97, кв. 54") + ", именуемый в дальнейшем «Наймодатель», с одной стороны, и",
        "",
        "гражданка РФ " + m(N, "Шестакова Дарья Сергеевна") + ", " + m(D, "27.01.1999") + " года рождения, паспорт серии " +
        m(ID, "65 19 208144") + ", именуемая в дальнейшем «Наниматель», с другой стороны, заключили настоящий договор о "
        "нижеследующем:",
        "",
        "1.1. Наймодатель предоставляет Нанимателю за плату во владение и пользование квартиру по адресу: " +
        m(A, "г. Екатеринбург, ул. Малышева, д. 122, кв. 31") + ".",
        "3.1. Плата за наём составляет 28 000 (двадцать восемь тысяч) рублей в месяц.",
        "",
        "Контактный телефон Нанимателя: " + m(P, "+7 912 604-18-73"),
        "",
        "Наймодатель: ________ " + m(N, "В. Н. Белоусов") + "        Наниматель: ________ " + m(N, "Д. С. Шестакова"))),
    ("medical", "ru", False, L(
        "ГБУЗ «Городская поликлиника № 3» г. Новосибирска",
        "НАПРАВЛЕНИЕ на госпитализацию",
        "",
        "Ф.И.О. пациента: " + m(N, "Кравченко Николай Петрович"),
        "Дата рождения: " + m(D, "04.11.1952"),
        "Полис ОМС: " + m(ID, "5493 8204 1736 2013") + "     СНИЛС: " + m(ID, ru_snils("093418276")),
        "Адрес: " + m(A, "630099, г. Новосибирск, ул. Советская, д. 18, кв. 6"),
        "Телефон: " + m(P, "8 (383) 222-47-19") + " (жена - " + m(N, "Кравченко Тамара Ивановна") + ")",
        "",
        "Направляется в: кардиологическое отделение ГКБ № 1",
        "Диагноз: ИБС. Нестабильная стенокардия (I20.0). Гипертоническая болезнь III ст.",
        "Обоснование: учащение ангинозных приступов в течение недели, неэффективность нитратов.",
        "",
        "Врач-терапевт участковый: " + m(N, "Лебедева О. В.") + "     Дата: 11.03.2024")),
    # ---- Russian hard negatives
    ("form_template", "ru", True, L(
        "ПАМЯТКА ПО ЗАПОЛНЕНИЮ ЗАЯВЛЕНИЯ",
        "",
        "Ф.И.О. - полностью, в именительном падеже, как в паспорте. Дата рождения - ДД.ММ.ГГГГ.",
        "Паспорт: серия (4 цифры) и номер (6 цифр), например: серия 00 00 № 000000. Код подразделения в формате 000-000.",
        "СНИЛС - 11 цифр в формате XXX-XXX-XXX YY, где YY - контрольное число. ИНН физического лица - 12 цифр, две последние "
        "являются контрольными. Не путайте ИНН физического лица с ИНН организации (10 цифр).",
        "",
        "Адрес регистрации указывается с почтовым индексом: индекс, субъект РФ, город, улица, дом, корпус, квартира.",
        "",
        "Заявление подаётся лично или через портал Госуслуг. Основание: Федеральный закон от 27.07.2006 № 152-ФЗ "
        "«О персональных данных». Приём граждан: пн-чт 9:00-18:00, пт 9:00-16:45, обед 13:00-13:45. Кабинет 104.")),
    ("invoice", "ru", True, L(
        "СЧЁТ НА ОПЛАТУ № 418 от 22 апреля 2024 г.",
        "",
        "Поставщик: ООО «Уральская бумажная компания»",
        "ИНН 6671418273  КПП 667101001  ОГРН 1136671029184",
        "Банк получателя: ПАО «Сбербанк», БИК 046577674, к/с 30101810500000000674, р/с 40702810716540012873",
        "Покупатель: МАОУ «Гимназия № 9», ИНН 6661002138, КПП 667101001",
        "",
        "№   Товар                                Кол-во   Ед.    Цена       Сумма",
        "1   Бумага офисная А4, 80 г/м², 500 л.     120   пачка   389,00   46 680,00",
        "2   Папка-регистратор 75 мм                 60   шт.     214,00   12 840,00",
        "",
        "Итого: 59 520,00 руб. В том числе НДС (20%): 9 920,00 руб.",
        "Оплата данного счёта означает согласие с условиями поставки. Счёт действителен до 06.05.2024.")),
]

# ==================================================================== Chinese
cases += [
    ("hr_record", "zh", False, L(
        "员工入职登记表                                   填表日期：2024年3月18日",
        "",
        "姓名：" + m(N, "沈佳怡") + "        性别：女        民族：汉        婚姻状况：未婚",
        "出生日期：" + m(D, "1987年4月15日") + "        政治面貌：群众",
        "身份证号码：" + m(ID, cn_id("33010619870415302")),
        "户籍地址：" + m(A, "浙江省杭州市西湖区文三路259号昌地火炬大厦2号楼1503室"),
        "现居住地址：" + m(A, "上海市徐汇区漕溪北路88号圣爱大厦21楼B座"),
        "手机号码：" + m(P, "138 5712 0946") + "        电子邮箱：" + m(E, "shenjiayi0415@126.com"),
        "",
        "紧急联系人：" + m(N, "沈国强") + "（父亲）  联系电话：" + m(P, "0571-8821 4473"),
        "",
        "入职部门：财务部        岗位：应收会计        试用期：3个月",
        "工资卡开户行：招商银行上海漕河泾支行",
        "",
        "本人承诺以上所填信息真实有效，如有虚假，愿承担相应责任。",
        "本人签字：" + m(N, "沈佳怡"))),
    ("contract", "zh", False, L(
        "房屋租赁合同",
        "",
        "出租方（甲方）：" + m(N, "吴建华") + "    身份证号：" + m(ID, cn_id("11010819600302021")),
        "联系电话：" + m(P, "139 1108 2275"),
        "承租方（乙方）：" + m(N, "刘思雨") + "    身份证号：" + m(ID, cn_id("51010720020917104")),
        "联系电话：" + m(P, "187 2810 6639"),
        "",
        "根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿的基础上，就房屋租赁事宜达成如下协议：",
        "",
        "第一条  甲方将位于" + m(A, "北京市海淀区中关村南大街12号院3号楼2单元604室") + "的房屋出租给乙方居住使用，建筑面积68平方米。",
        "第二条  租赁期限自2024年3月1日起至2025年2月28日止。",
        "第三条  月租金为人民币6800元，押一付三，押金人民币6800元。",
        "第四条  乙方紧急联系人：" + m(N, "刘伟") + "（父亲），" + m(P, "028-8552 3170") + "。",
        "",
        "甲方（签字）：" + m(N, "吴建华") + "        乙方（签字）：" + m(N, "刘思雨"),
        "签订日期：2024年2月25日")),
    ("medical", "zh", False, L(
        "深圳市人民医院  出院小结",
        "",
        "姓名：" + m(N, "黄志明") + "   性别：男   年龄：31岁   住院号：2024031877",
        "身份证号：" + m(ID, cn_id("44030519920818641")),
        "家庭住址：" + m(A, "广东省深圳市南山区粤海街道科技园科苑路15号科兴科学园B栋3单元802"),
        "联系人：" + m(N, "陈晓燕") + "（妻子）  电话：" + m(P, "135 1029 7748"),
        "入院日期：2024年3月6日   出院日期：2024年3月12日",
        "",
        "入院诊断：急性阑尾炎",
        "诊疗经过：患者因转移性右下腹痛12小时入院，于3月6日在腰硬联合麻醉下行腹腔镜阑尾切除术，术后予抗感染、补液等治疗，"
        "恢复良好。",
        "出院医嘱：注意休息，一个月内避免剧烈运动；术后7天门诊复查伤口。",
        "",
        "主治医师：" + m(N, "杨帆"))),
    # ---- Chinese hard negatives
    ("form_template", "zh", True, L(
        "填表说明",
        "",
        "1. 姓名：须与居民身份证上的姓名一致，少数民族姓名可使用通用译写。",
        "2. 公民身份号码：18位，前6位为地址码，第7至14位为出生日期码（YYYYMMDD），第15至17位为顺序码（奇数为男性，偶数"
        "为女性），第18位为校验码（0-9或X）。请勿填写示例号码 11010519491231002X。",
        "3. 出生日期：按“××××年××月××日”格式填写。",
        "4. 单位统一社会信用代码为18位，例如 91110000XXXXXXXXXX，请勿与个人身份证号码混淆。",
        "5. 现住址：请写明省（自治区、直辖市）、市、区（县）、街道、门牌号。",
        "",
        "本表一式两份，请于2024年6月30日前交至人力资源部（行政楼二层208室）。咨询时间：工作日9:00-17:00。")),
    ("news", "zh", True, L(
        "国务院常务会议部署推动大规模设备更新和消费品以旧换新",
        "",
        "新华社北京3月1日电  国务院总理李强3月1日主持召开国务院常务会议，研究推动大规模设备更新和消费品以旧换新行动方案。"
        "会议指出，要结合各类设备和消费品更新换代差异化需求，加大财税、金融等政策支持。",
        "",
        "国家统计局数据显示，2023年末全国人口140967万人，比上年末减少208万人；全年出生人口902万人，人口出生率为6.39‰。"
        "《中华人民共和国民法典》第一千零三十四条规定，自然人的个人信息受法律保护。文件编号：国发〔2024〕7号。")),
]

# ==================================================================== Korean
cases += [
    ("cv", "ko", False, L(
        "입 사 지 원 서",
        "",
        "지원 분야: 해외영업팀 (경력)",
        "",
        "| 성명 | 한글 " + m(N, "윤서연") + " | 한자 " + m(N, "尹瑞妍") + " | 영문 " + m(N, "YOON SEOYEON") + " |",
        "| 주민등록번호 | " + m(ID, kr_rrn("870512", "218437")) + " |",
        "| 생년월일 | " + m(D, "1987년 5월 12일") + " (만 36세) |",
        "| 주소 | " + m(A, "서울특별시 강남구 테헤란로 152, 12층 1203호 (역삼동)") + " |",
        "| 휴대전화 | " + m(P, "010-4821-7730") + " |",
        "| 이메일 | " + m(E, "seoyeon.yoon87@naver.com") + " |",
        "",
        "학력사항",
        "2006.03 - 2010.02  한국외국어대학교 스페인어과 졸업",
        "",
        "경력사항",
        "2010.03 - 2018.12  (주)대한무역 중남미팀 대리",
        "2019.01 - 현재     (주)세진전자 해외영업팀 과장",
        "",
        "병역사항: 해당 없음     보훈대상: 비대상",
        "",
        "위의 기재 사항은 사실과 틀림이 없습니다.   2024년 4월 3일   지원자 " + m(N, "윤서연") + " (인)")),
    ("contract", "ko", False, L(
        "부동산(아파트) 전세 계약서",
        "",
        "1. 부동산의 표시",
        "소재지: " + m(A, "경기도 성남시 분당구 정자일로 95, 108동 1402호"),
        "",
        "2. 계약 내용",
        "보증금: 금 사억오천만원정 (₩450,000,000)   계약금: 금 사천오백만원정은 계약 시 지불하고 영수함.",
        "임대차 기간: 2024년 5월 1일부터 2026년 4월 30일까지 (24개월)",
        "",
        "임대인  성명: " + m(N, "박정호") + "   주민등록번호: " + m(ID, kr_rrn("610227", "109254")),
        "        주소: " + m(A, "서울특별시 송파구 올림픽로 300, 201동 803호") + "   전화: " + m(P, "010-5512-3097"),
        "임차인  성명: " + m(N, "이하은") + "   주민등록번호: " + m(ID, kr_rrn("930718", "236105")),
        "        주소: " + m(A, "서울특별시 관악구 관악로 158, 3층") + "   전화: " + m(P, "010-2270-8164"),
        "",
        "개업공인중개사: 분당정자공인중개사사무소, 등록번호 41135-2019-00412, 대표 " + m(N, "최민수"),
        "",
        "2024년 3월 9일   임대인 " + m(N, "박정호") + " (인)   임차인 " + m(N, "이하은") + " (인)")),
    ("enrolment", "ko", False, L(
        "전학(전입) 신청서 - 대구신암초등학교",
        "",
        "학생",
        "  성명: " + m(N, "김도윤") + "     성별: 남     학년: 3학년",
        "  주민등록번호: " + m(ID, kr_rrn("150903", "304821")),
        "  생년월일: " + m(D, "2015. 9. 3."),
        "  새 주소: " + m(A, "대구광역시 동구 동부로 149, 신암타운 3동 502호"),
        "  전적 학교: 포항양덕초등학교",
        "",
        "보호자",
        "  성명: " + m(N, "김현우") + " (부)     휴대전화: " + m(P, "010-9384-2216"),
        "  성명: " + m(N, "정미경") + " (모)     휴대전화: " + m(P, "010-7105-4483"),
        "",
        "전입 사유: 보호자 직장 이전",
        "방과후 돌봄교실 신청: [O] 희망   [ ] 희망하지 않음",
        "알레르기 및 특이사항: 땅콩 알레르기 (에피펜 지참)",
        "",
        "2024년 3월 4일   보호자 " + m(N, "김현우") + " (서명)")),
    # ---- Korean hard negatives
    ("form_template", "ko", True, L(
        "신청서 작성 요령",
        "",
        "1. 주민등록번호: 생년월일 6자리와 뒷자리 7자리를 하이픈(-)으로 구분하여 적습니다 (예: ○○○○○○-○○○○○○○). "
        "뒷자리 첫 숫자는 성별과 출생 세기를 나타냅니다.",
        "2. 외국인은 외국인등록번호를, 사업자는 사업자등록번호(10자리, 000-00-00000 형식)를 적습니다. 사업자등록번호는 "
        "개인의 주민등록번호와 다릅니다.",
        "3. 주소: 도로명주소로 적으며, 시·도, 시·군·구, 도로명, 건물번호, 동·호수 순으로 기재합니다.",
        "4. 연락처: 010-0000-0000 형식.",
        "",
        "※ 신청서는 2024년 5월 31일까지 행정복지센터 민원실(1층)에 제출하십시오. 근거 법령: 「주민등록법」 제16조, "
        "「개인정보 보호법」 제24조의2. 문의: 평일 09:00~18:00.")),
    ("news", "ko", True, L(
        "정부, 저출생 대응 위해 '인구전략기획부' 신설 추진",
        "",
        "윤석열 대통령은 5월 9일 취임 2주년 기자회견에서 저출생 문제 대응을 위해 인구전략기획부를 신설하겠다고 밝혔다. "
        "한덕수 국무총리는 관계부처 회의를 열고 세부 방안을 논의했다.",
        "",
        "통계청에 따르면 2023년 합계출산율은 0.72명으로 역대 최저를 기록했다. 출생아 수는 23만 명으로 전년보다 7.7% "
        "감소했다. 정부조직법 개정안은 6월 중 국회에 제출될 예정이다. 관련 보도자료 번호: 2024-0512-01.")),
]

# ==================================================================== Norwegian
cases += [
    ("contract", "no", False, L(
        "ARBEIDSAVTALE (fast ansettelse)",
        "",
        "1. Arbeidsgiver: Fjordkraft Elektro AS, org.nr. " + no_orgnr("98617340") + ", Bergen",
        "",
        "2. Arbeidstaker",
        "Navn: " + m(N, "Torbjørn Eikeland Hauge"),
        "Fødselsnummer: " + m(ID, no_fnr("140379", "483")),
        "Adresse: " + m(A, "Møllergata 14 B, H0302, 0179 Oslo"),
        "Telefon: " + m(P, "+47 928 41 605") + "   E-post: " + m(E, "torbjorn.hauge@hotmail.no"),
        "Kontonummer for lønn: " + m(I, iban("NO", no_konto("1503291734"))),
        "",
        "3. Arbeidssted: Bergen og kunder i Vestland fylke",
        "4. Stilling: elektriker, 100 %",
        "5. Tiltredelse: 2. april 2024. Prøvetid: 6 måneder",
        "6. Lønn: kr 548 000 per år, utbetales den 20. hver måned",
        "7. Arbeidstid: 37,5 timer per uke, kl. 07.00-15.00",
        "",
        "Nærmeste pårørende: " + m(N, "Silje Hauge") + " (ektefelle), " + m(P, "934 82 117"),
        "",
        "Bergen, 15. mars 2024",
        "For arbeidsgiver: " + m(N, "Knut Rasmussen") + ", daglig leder        Arbeidstaker: " + m(N, "Torbjørn E. Hauge"))),
    ("registration", "no", False, L(
        "MELDING OM FLYTTING INNENLANDS - Skatteetaten / Folkeregisteret",
        "",
        "Flyttedato: 01.02.2024",
        "Ny adresse: " + m(A, "Storgata 87, H0201, 9008 Tromsø"),
        "Tidligere adresse: " + m(A, "Olav Tryggvasons gate 40, 7011 Trondheim"),
        "",
        "Personer som flytter:",
        "| Navn | Fødselsnummer | Relasjon |",
        "| " + m(N, "Ingvild Marie Sørensen") + " | " + m(ID, no_fnr("220891", "374")) + " | melder |",
        "| " + m(N, "Håkon Sørensen Bakke") + " | " + m(ID, no_fnr("091264", "243")) + " | far (medeier) |",
        "| " + m(N, "Oline Sørensen") + " | " + m(ID, no_fnr("030516", "512")) + " | barn |",
        "",
        "Kontaktinformasjon: " + m(P, "+47 415 90 362") + ", " + m(E, "ingvild.sorensen@gmail.com"),
        "Eier av boligen: " + m(N, "Arnt Johansen") + " (utleier)",
        "",
        "Jeg bekrefter at opplysningene er riktige.  " + m(N, "Ingvild M. Sørensen"))),
    # ---- Norwegian hard negatives
    ("guidance", "no", True, L(
        "Slik fyller du ut skjemaet",
        "",
        "Fødselsnummer: 11 siffer. De seks første er fødselsdatoen (DDMMÅÅ), deretter følger et personnummer på fem siffer "
        "der de to siste er kontrollsiffer. Har du D-nummer, er det første sifferet økt med 4 (for eksempel 41 i stedet for "
        "01). Skriv nummeret uten mellomrom: ___________.",
        "",
        "Adresse: gatenavn, husnummer og eventuelt bokstav, bruksenhetsnummer (H + fire siffer, f.eks. H0101) og postnummer "
        "med poststed.",
        "",
        "Skjemaet sendes til Skatteetaten, Postboks 9200 Grønland, 0134 Oslo, eller via skatteetaten.no. "
        "Skjema RF-1400, versjon 2024. Hjemmel: folkeregisterloven § 5-1 og folkeregisterforskriften § 5-1-1.")),
    ("invoice", "no", True, L(
        "FAKTURA 240418",
        "",
        "Avsender: Nordkapp Sjømat AS, org.nr. " + no_orgnr("91872634") + " MVA, Foretaksregisteret",
        "Mottaker: Tromsø kommune, Innkjøpsseksjonen, org.nr. 940 101 808, EHF-fakturaadresse 9908:940101808",
        "",
        "Fakturadato: 18.04.2024   Forfallsdato: 16.05.2024   KID: 2404180018273",
        "Bestillingsnummer: TK-2024-1187   Deres ref.: kantine Rådhuset",
        "",
        "Varenr.   Beskrivelse                       Antall    Enhetspris    Beløp",
        "LKS-2     Laksefilet, fersk, 2 kg              30        389,00     11 670,00",
        "TRS-1     Tørrfisk, Lofoten, 1 kg              12        429,00      5 148,00",
        "",
        "Sum eks. mva 16 818,00   MVA 15 % 2 522,70   Å betale 19 340,70 NOK",
        "Betales til konto 9710.31.82747. Ved for sen betaling beregnes forsinkelsesrente.")),
]

# ==================================================================== Danish
cases += [
    ("contract", "da", False, L(
        "LEJEKONTRAKT FOR BEBOELSE (Typeformular A, 10. udgave)",
        "",
        "§ 1. Parterne og det lejedes beliggenhed",
        "Udlejer: " + m(N, "Poul Erik Kjærsgaard") + ", CPR-nr. " + m(ID, dk_cpr("181159", "097")),
        "Udlejers adresse: " + m(A, "Strandvejen 214, 2920 Charlottenlund"),
        "Lejer: " + m(N, "Amalie Frost Bruun") + ", CPR-nr. " + m(ID, dk_cpr("050994", "302")),
        "Lejers nuværende adresse: " + m(A, "Vesterbrogade 112, 3. th., 1620 København V"),
        "Lejer kan kontaktes på " + m(P, "+45 42 18 63 07") + " / " + m(E, "amalie.bruun@gmail.com"),
        "",
        "Det lejede er beliggende: " + m(A, "Nørre Allé 41, 2. tv., 2200 København N") + ", lejlighed på 2 værelser, 61 m².",
        "",
        "§ 2. Lejeforholdets begyndelse: 1. maj 2024. Lejeforholdet er tidsubestemt.",
        "§ 3. Månedlig leje: 11.250 kr. Depositum: 33.750 kr. Forudbetalt leje: 11.250 kr.",
        "Betaling sker til udlejers konto " + m(I, iban("DK", "5301" + "0004719283")) + ".",
        "",
        "Underskrifter: " + m(N, "P. E. Kjærsgaard") + " (udlejer)   " + m(N, "Amalie F. Bruun") + " (lejer)   dato 8/4-2024")),
    ("payslip", "da", False, L(
        "LØNSEDDEL  april 2024",
        "Virksomhed: Aarhus Havnelogistik ApS, CVR " + dk_cvr("2918473"),
        "",
        "Medarbejder: " + m(N, "Rasmus Møller Damgaard"),
        "CPR-nr.: " + m(ID, dk_cpr("300771", "283")) + "   Medarbejdernr.: 0412   Lønperiode: 01.04.2024 - 30.04.2024",
        "Adresse: " + m(A, "Marselisborg Allé 9, 1. sal, 8000 Aarhus C"),
        "",
        "Tekst                          Antal      Sats         Beløp",
        "Timeløn                        160,33    218,40     35.016,07",
        "Overarbejde 50 %                 6,00    327,60      1.965,60",
        "AM-bidrag 8 %                                       -2.958,53",
        "ATP                                                    -99,00",
        "A-skat (38 %, fradrag 5.200)                       -11.293,26",
        "Pension 4 % (egen)                                  -1.479,27",
        "Til udbetaling                                      21.151,61",
        "",
        "Beløbet indsættes på " + m(I, iban("DK", "1551" + "0008217460")) + "   Feriepenge optjent: 4.177,04 kr.")),
    ("medical", "da", False, L(
        "HENVISNING - Lægehuset Vestergade, Odense",
        "Til: Ortopædkirurgisk Afdeling, Odense Universitetshospital",
        "",
        "Patient: " + m(N, "Birthe Lund Ravn") + "   CPR: " + m(ID, dk_cpr("120482", "164")),
        "Adresse: " + m(A, "Filosofgangen 22, st. tv., 5000 Odense C"),
        "Telefon: " + m(P, "61 27 94 30"),
        "",
        "Henvisningsdiagnose: Mistanke om meniskskade, højre knæ (DS832)",
        "",
        "Anamnese: 42-årig kvinde, som for tre uger siden fik et vrid i højre knæ under badminton. Siden aflåsningsfænomener "
        "og hævelse. Positiv McMurray. Ønsker MR-scanning og vurdering med henblik på artroskopi.",
        "",
        "Pårørende: ægtefælle " + m(N, "Jesper Ravn") + ", " + m(P, "28 40 17 53") + ".",
        "",
        "Venlig hilsen",
        "Praktiserende læge " + m(N, "Mette Holst-Jakobsen"))),
    # ---- Danish hard negatives
    ("guidance", "da", True, L(
        "Vejledning til blanketten - udfyld felterne korrekt",
        "",
        "CPR-nummer: skriv ti cifre i formatet DDMMÅÅ-XXXX. Det sidste ciffer er lige for kvinder og ulige for mænd. Siden "
        "2007 overholder nye numre ikke nødvendigvis modulus 11-kontrollen. Brug ikke eksemplet 010101-XXXX.",
        "",
        "CVR-nummer: virksomheder angiver deres otte-cifrede CVR-nummer (fx " + dk_cvr("1358562") + " for en fiktiv virksomhed) "
        "og P-nummer for produktionsenheden. CVR-nummeret må ikke forveksles med et CPR-nummer.",
        "",
        "Adresse: vejnavn, husnummer, etage og side (fx 2. tv.), postnummer og by.",
        "",
        "Blanketten sendes digitalt via virk.dk eller borger.dk. Sagsbehandlingstid: ca. 14 dage. Hjemmel: CPR-loven "
        "(lovbekendtgørelse nr. 1075 af 30. september 2022). Borgerservice har åbent mandag-fredag 10-15, torsdag 10-17.")),
]

# ==================================================================== Hungarian
cases += [
    ("hr_record", "hu", False, L(
        "SZEMÉLYI ADATLAP - munkaviszony létesítéséhez",
        "",
        "Név: " + m(N, "Szabóné Kertész Ildikó"),
        "Születési név: " + m(N, "Kertész Ildikó"),
        "Születési hely, idő: Debrecen, " + m(D, "1983. június 17."),
        "Anyja születési neve: " + m(N, "Fekete Margit"),
        "Adóazonosító jel: " + m(ID, hu_adoazon(1983, 6, 17, "214")),
        "TAJ szám: " + m(ID, hu_taj("04182736")),
        "Lakcím: " + m(A, "4025 Debrecen, Piac utca 47. III. em. 12."),
        "Levelezési cím: megegyezik a lakcímmel",
        "Telefon: " + m(P, "+36 30 418 2297") + "   E-mail: " + m(E, "kertesz.ildiko83@freemail.hu"),
        "Bankszámlaszám: " + m(I, iban("HU", hu_bban("1170007", "204183720000000"))),
        "",
        "Munkakör: könyvelő   Munkaviszony kezdete: 2024. április 2.   Heti munkaidő: 40 óra",
        "Eltartott gyermek(ek): " + m(N, "Szabó Bence") + " (" + m(D, "2012. 09. 30.") + "), TAJ " + m(ID, hu_taj("10927365")),
        "",
        "Kelt: Debrecen, 2024. március 25.        aláírás: " + m(N, "Szabóné Kertész Ildikó"))),
    ("medical", "hu", False, L(
        "Semmelweis Egyetem Belgyógyászati és Onkológiai Klinika",
        "ZÁRÓJELENTÉS",
        "",
        "Beteg neve: " + m(N, "Tóth Géza") + "   Szül.: " + m(D, "1952.10.02.") + "   Anyja neve: " + m(N, "Varga Erzsébet"),
        "TAJ: " + m(ID, hu_taj("08315024")),
        "Lakcím: " + m(A, "1083 Budapest, Práter utca 31. fszt. 2."),
        "Felvétel: 2024.02.08.   Távozás: 2024.02.15.",
        "",
        "Diagnózis: Pneumonia lobaris dextra (J18.1), Diabetes mellitus type 2 (E11.9)",
        "",
        "Anamnézis: 71 éves férfi beteg, egy hete tartó láz és produktív köhögés miatt került felvételre. Antibiotikus "
        "kezelés mellett állapota javult, lázmentes. Hozzátartozó: " + m(N, "Tóth Gézáné") + " (feleség), tel.: " +
        m(P, "06 1 314 2280") + ".",
        "",
        "Javaslat: háziorvosi kontroll 1 héten belül (dr. " + m(N, "Molnár Krisztina") + "), mellkasröntgen 6 hét múlva.",
        "",
        "Kezelőorvos: dr. " + m(N, "Horváth Attila") + ", belgyógyász szakorvos")),
    # ---- Hungarian hard negatives
    ("form_template", "hu", True, L(
        "KITÖLTÉSI ÚTMUTATÓ",
        "",
        "TAJ szám: kilenc számjegy, hármas csoportokban (___ ___ ___). Az utolsó számjegy ellenőrző szám.",
        "Adóazonosító jel: tíz számjegy, mindig 8-as számjeggyel kezdődik (8XXXXXXXXX). Nem azonos a vállalkozások "
        "adószámával (formátum: 12345678-1-42).",
        "Születési hely, idő: település, ÉÉÉÉ. HH. NN.",
        "Lakcím: irányítószám, település, közterület neve és jellege, házszám, emelet, ajtó.",
        "Anyja születési neve: a születési anyakönyvi kivonat szerint.",
        "",
        "A nyomtatványt a kormányablakban vagy ügyfélkapun keresztül lehet benyújtani. Ügyfélfogadás: hétfő 7:00-17:00, "
        "kedd-csütörtök 8:00-16:00, péntek 8:00-14:00. Jogszabályi háttér: 2011. évi CXII. törvény.")),
    ("invoice", "hu", True, L(
        "SZÁMLA   Sorszám: BDP-2024/00418",
        "",
        "Eladó: Balaton Csomagolástechnika Kft.",
        "Adószám: 24817392-2-19   Közösségi adószám: HU24817392   Cégjegyzékszám: 19-09-518273 (Veszprémi Törvényszék Cégbírósága)",
        "Vevő: Tihanyi Bencés Apátság Gazdasági Hivatal, adószám 19920419-1-19",
        "",
        "Teljesítés dátuma: 2024.04.10.   Számla kelte: 2024.04.10.   Fizetési határidő: 2024.04.25.",
        "",
        "Megnevezés                         Mennyiség   Egységár (nettó)   ÁFA   Nettó érték",
        "Kartondoboz 30x20x15, nyomott        2 000 db          185 Ft      27%      370 000 Ft",
        "Levendulás díszcímke                 5 000 db           12 Ft      27%       60 000 Ft",
        "",
        "Nettó összesen 430 000 Ft   ÁFA 116 100 Ft   Bruttó 546 100 Ft",
        "Fizetési mód: átutalás.")),
]

# ==================================================================== Greek
cases += [
    ("application", "el", False, L(
        "ΑΙΤΗΣΗ - ΥΠΕΥΘΥΝΗ ΔΗΛΩΣΗ (άρθρο 8 Ν.1599/1986)",
        "ΠΡΟΣ: Δήμο Θεσσαλονίκης - Διεύθυνση Κοινωνικής Πολιτικής",
        "",
        "Ο - Η Όνομα: " + m(N, "Αικατερίνη") + "        Επώνυμο: " + m(N, "Παπαδοπούλου-Ζαχαρίου"),
        "Όνομα Πατέρα: " + m(N, "Νικόλαος") + "        Όνομα Μητέρας: " + m(N, "Ελένη"),
        "Ημερομηνία γέννησης: " + m(D, "14/03/1985"),
        "Τόπος Γέννησης: Καβάλα",
        "Αριθμός Δελτίου Ταυτότητας: " + m(ID, "ΑΚ 418273") + "        Τηλ.: " + m(P, "694 218 3075"),
        "Τόπος Κατοικίας: " + m(A, "Εγνατία 118, 3ος όροφος, 54622 Θεσσαλονίκη"),
        "ΑΦΜ: " + m(ID, gr_afm("13948207")) + "        ΑΜΚΑ: " + m(ID, gr_amka("140385", "0427")),
        "Δ/νση Ηλεκτρ. Ταχυδρομείου: " + m(E, "k.papadopoulou85@yahoo.gr"),
        "",
        "Με ατομική μου ευθύνη και γνωρίζοντας τις κυρώσεις που προβλέπονται από τις διατάξεις της παρ. 6 του άρθρου 22 του "
        "Ν. 1599/1986, δηλώνω ότι αιτούμαι την εγγραφή του τέκνου μου " + m(N, "Ζαχαρίου Γεώργιου") + " (ΑΜΚΑ " +
        m(ID, gr_amka("050612", "3349")) + ") στο πρόγραμμα δημιουργικής απασχόλησης.",
        "",
        "Ημερομηνία: 20/05/2024        Ο - Η Δηλ.  " + m(N, "Αικατερίνη Παπαδοπούλου"))),
    ("contract", "el", False, L(
        "ΙΔΙΩΤΙΚΟ ΣΥΜΦΩΝΗΤΙΚΟ ΜΙΣΘΩΣΗΣ ΚΑΤΟΙΚΙΑΣ",
        "",
        "Στην Αθήνα σήμερα, 1η Μαρτίου 2024, οι κάτωθι συμβαλλόμενοι:",
        "",
        "Α) " + m(N, "Δημήτριος Κωνσταντινίδης") + " του " + m(N, "Ιωάννη") + ", κάτοικος " +
        m(A, "Λεωφ. Κηφισίας 214, 15231 Χαλάνδρι") + ", με ΑΔΤ " + m(ID, "ΑΒ 902417") + " και ΑΦΜ " + m(ID, gr_afm("04218375")) +
        ", ως εκμισθωτής, και",
        "",
        "Β) " + m(N, "Σοφία Μαυρομάτη") + " του " + m(N, "Παναγιώτη") + ", γεννηθείσα την " + m(D, "29/07/1961") + ", με ΑΔΤ " +
        m(ID, "Χ 718264") + ", ΑΜΚΑ " + m(ID, gr_amka("290761", "1183")) + ", ως μισθώτρια,",
        "",
        "συμφώνησαν τα εξής: Ο εκμισθωτής εκμισθώνει στη μισθώτρια το διαμέρισμα του 2ου ορόφου της οικοδομής επί της οδού " +
        m(A, "Ιπποκράτους 52, 10680 Αθήνα") + ", εμβαδού 74 τ.μ., για χρονικό διάστημα τριών (3) ετών. Το μηνιαίο μίσθωμα "
        "ορίζεται σε 650 ευρώ και καταβάλλεται στον λογαριασμό " + m(I, iban("GR", "0110125" + "0000012748392016")) + ".",
        "",
        "Τηλέφωνο επικοινωνίας μισθώτριας: " + m(P, "210 364 1892"),
        "",
        "Ο ΕΚΜΙΣΘΩΤΗΣ: " + m(N, "Δ. Κωνσταντινίδης") + "          Η ΜΙΣΘΩΤΡΙΑ: " + m(N, "Σ. Μαυρομάτη"))),
    ("medical", "el", False, L(
        "ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΗΡΑΚΛΕΙΟΥ «ΒΕΝΙΖΕΛΕΙΟ» - Παθολογική Κλινική",
        "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ",
        "",
        "Ονοματεπώνυμο: " + m(N, "Εμμανουήλ Σφακιανάκης") + "     Πατρώνυμο: " + m(N, "Γεώργιος"),
        "Ημ. γέννησης: " + m(D, "03/02/1948") + "     ΑΜΚΑ: " + m(ID, gr_amka("030248", "2051")),
        "Διεύθυνση: " + m(A, "Οδός Καλοκαιρινού 87, 71202 Ηράκλειο Κρήτης"),
        "Εισαγωγή: 11/03/2024   Έξοδος: 18/03/2024",
        "",
        "Διάγνωση: Οξεία πυελονεφρίτιδα. Σακχαρώδης διαβήτης τύπου 2.",
        "",
        "Ο ασθενής νοσηλεύτηκε λόγω πυρετού και δυσουρικών ενοχλημάτων. Έλαβε ενδοφλέβια κεφτριαξόνη με καλή ανταπόκριση. "
        "Ενημερώθηκε η κόρη του, κα " + m(N, "Μαρία Σφακιανάκη") + ", τηλ. " + m(P, "697 341 0288") + ".",
        "",
        "Θεράπων ιατρός: " + m(N, "Ελευθερία Δασκαλάκη") + ", Επιμελήτρια Α'")),
    # ---- Greek hard negatives
    ("form_template", "el", True, L(
        "ΟΔΗΓΙΕΣ ΣΥΜΠΛΗΡΩΣΗΣ ΑΙΤΗΣΗΣ",
        "",
        "ΑΜΚΑ: 11 ψηφία. Τα πρώτα έξι αντιστοιχούν στην ημερομηνία γέννησης (ΗΗΜΜΕΕ) και το τελευταίο είναι ψηφίο ελέγχου. "
        "Συμπληρώστε: |_|_|_|_|_|_|_|_|_|_|_|.",
        "ΑΦΜ: 9 ψηφία. Προσοχή: ο ΑΦΜ νομικού προσώπου (π.χ. " + gr_afm("99481726") + ") δεν είναι προσωπικός αριθμός.",
        "Αριθμός Δελτίου Ταυτότητας: δύο γράμματα και έξι ψηφία (π.χ. ΑΑ 000000).",
        "Ημερομηνία γέννησης: ΗΗ/ΜΜ/ΕΕΕΕ.",
        "",
        "Οι αιτήσεις υποβάλλονται ηλεκτρονικά μέσω του gov.gr έως τις 31 Μαΐου 2024. Πληροφορίες: ΚΕΠ Δήμου, Πλατεία "
        "Αριστοτέλους, Δευτέρα έως Παρασκευή 08:00-15:00. Νομική βάση: Ν. 4624/2019, άρθρο 22.")),
]

# ==================================================================== Ukrainian
cases += [
    ("registration", "uk", False, L(
        "ЗАЯВА про задеклароване / зареєстроване місце проживання (перебування)",
        "",
        "Прізвище: " + m(N, "Ковальчук") + "      Ім'я: " + m(N, "Оксана") + "      По батькові: " + m(N, "Василівна"),
        "Дата народження: " + m(D, "22.04.1986") + "      Місце народження: м. Житомир",
        "Документ: паспорт громадянина України у формі ID-картки № " + m(ID, "004183927") + ", орган, що видав, 1804, "
        "дата видачі 11.06.2019",
        "Запис № (УНЗР): " + m(ID, ua_unzr("19860422", "0418")),
        "РНОКПП: " + m(ID, ua_rnokpp(1986, 4, 22, "418", True)),
        "",
        "Адреса задекларованого місця проживання: " + m(A, "м. Київ, вул. Велика Васильківська, буд. 72, кв. 41, 03150"),
        "Попереднє місце проживання: " + m(A, "м. Житомир, вул. Київська, буд. 15, кв. 8, 10001"),
        "",
        "Разом зі мною проживає: донька " + m(N, "Ковальчук Софія Андріївна") + ", " + m(D, "15.07.2009") + " р. н., РНОКПП " +
        m(ID, ua_rnokpp(2009, 7, 15, "331", True)),
        "",
        "Контактний телефон: " + m(P, "+380 67 418 29 03"),
        "Дата: 04.03.2024                    Підпис: " + m(N, "О. Ковальчук"))),
    ("contract", "uk", False, L(
        "ТРУДОВИЙ ДОГОВІР № 18/24",
        "",
        "м. Львів                                                            01 квітня 2024 р.",
        "",
        "ТОВ «Галицькі Пекарні» (код ЄДРПОУ 41827364), в особі директора " + m(N, "Мельника Романа Ігоровича") +
        ", що діє на підставі Статуту (далі - Роботодавець), та громадянин України " + m(N, "Бондаренко Андрій Петрович") +
        ", " + m(D, "03.12.1979") + " р. н., паспорт серії " + m(ID, "КС 418207") + ", РНОКПП " +
        m(ID, ua_rnokpp(1979, 12, 3, "207", False)) + ", що зареєстрований за адресою: " +
        m(A, "79008, м. Львів, вул. Ярослава Мудрого, буд. 12, кв. 5") + " (далі - Працівник), уклали цей договір про таке:",
        "",
        "1. Працівник приймається на посаду пекаря з 01.04.2024.",
        "2. Посадовий оклад становить 18 500 грн на місяць.",
        "3. Заробітна плата перераховується на рахунок Працівника " + m(I, iban("UA", "305299" + "00000" + "26203018274915")) + ".",
        "",
        "Телефон Працівника: " + m(P, "097 204 81 36"),
        "",
        "Роботодавець: ________ " + m(N, "Р. І. Мельник") + "          Працівник: ________ " + m(N, "А. П. Бондаренко"))),
    # ---- Ukrainian hard negatives
    ("form_template", "uk", True, L(
        "РОЗ'ЯСНЕННЯ ЩОДО ЗАПОВНЕННЯ ЗАЯВИ",
        "",
        "РНОКПП (реєстраційний номер облікової картки платника податків) складається з 10 цифр. Перші п'ять цифр - кількість "
        "днів від 31.12.1899 до дати народження, дев'ята цифра вказує на стать, десята - контрольна. Приклад запису: "
        "ХХХХХХХХХХ.",
        "Запис № (УНЗР) має формат РРРРММДД-ХХХХХ і вказується в паспорті у формі ID-картки.",
        "Код ЄДРПОУ (8 цифр) присвоюється юридичним особам і не є персональним номером.",
        "",
        "Заява подається до ЦНАП або через застосунок «Дія». Графік роботи ЦНАП: пн-пт 09:00-18:00, сб 09:00-15:00. "
        "Правова підстава: Закон України «Про свободу пересування та вільний вибір місця проживання в Україні» від "
        "11.12.2003 № 1382-IV.")),
    ("invoice", "uk", True, L(
        "РАХУНОК НА ОПЛАТУ № СФ-000418 від 15 квітня 2024 р.",
        "",
        "Постачальник: ТОВ «Поліграф-Сервіс Дніпро», код ЄДРПОУ 43918274, ІПН 439182704612",
        "Місцезнаходження: м. Дніпро. Платник податку на прибуток на загальних підставах.",
        "Покупець: Комунальний заклад «Дніпровський ліцей № 23», код ЄДРПОУ 24608173",
        "Договір: № 14/03 від 14.03.2024",
        "",
        "№   Найменування                      Од.    К-сть    Ціна без ПДВ    Сума без ПДВ",
        "1   Бланки учнівських щоденників       шт.     600        38,00         22 800,00",
        "2   Грамоти А4, повноколір             шт.     250        12,50          3 125,00",
        "",
        "Разом без ПДВ: 25 925,00 грн   ПДВ 20 %: 5 185,00 грн   Всього до сплати: 31 110,00 грн",
        "Рахунок дійсний до сплати протягом 10 банківських днів.")),
]

# ==================================================================== Vietnamese
cases += [
    ("cv", "vi", False, L(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "SƠ YẾU LÝ LỊCH",
        "",
        "Họ và tên: " + m(N, "NGUYỄN THỊ THU HƯƠNG") + "          Giới tính: Nữ",
        "Sinh ngày: " + m(D, "14/08/1992") + "   Nơi sinh: Hải Dương",
        "Số CCCD: " + m(ID, "001192048317") + "   Ngày cấp: 10/04/2021   Nơi cấp: Cục Cảnh sát QLHC về TTXH",
        "Nơi thường trú: " + m(A, "Số 18, ngõ 42 phố Hào Nam, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội"),
        "Điện thoại: " + m(P, "0912 483 076") + "   Email: " + m(E, "thuhuong.nguyen92@gmail.com"),
        "",
        "QUAN HỆ GIA ĐÌNH",
        "Bố: " + m(N, "Nguyễn Văn Thành") + ", sinh năm 1962, nghề nghiệp: giáo viên nghỉ hưu",
        "Mẹ: " + m(N, "Trần Thị Lan") + ", sinh năm 1965, nghề nghiệp: buôn bán",
        "",
        "QUÁ TRÌNH CÔNG TÁC",
        "2014 - 2019: Kế toán viên, công ty may mặc tại Hải Dương",
        "2019 - nay: Kế toán tổng hợp, công ty logistics tại Hà Nội",
        "",
        "Tôi xin cam đoan những lời khai trên là đúng sự thật.",
        "Hà Nội, ngày 02 tháng 04 năm 2024      Người khai: " + m(N, "Nguyễn Thị Thu Hương"))),
    ("contract", "vi", False, L(
        "HỢP ĐỒNG THUÊ NHÀ Ở",
        "",
        "Hôm nay, ngày 01 tháng 03 năm 2024, tại TP. Hồ Chí Minh, chúng tôi gồm:",
        "",
        "BÊN CHO THUÊ (Bên A): Ông " + m(N, "Lê Hoàng Phúc") + ", sinh năm 1970, CCCD số " + m(ID, "079070018452") +
        ", thường trú tại " + m(A, "Số 214/7 đường Nguyễn Văn Cừ, phường Nguyễn Cư Trinh, Quận 1, TP. Hồ Chí Minh") +
        ", điện thoại " + m(P, "0903 817 264") + ".",
        "",
        "BÊN THUÊ (Bên B): Bà " + m(N, "Phạm Ngọc Anh") + ", sinh ngày " + m(D, "23/11/1996") + ", CCCD số " +
        m(ID, "048196004721") + ", điện thoại " + m(P, "0978 205 319") + ".",
        "",
        "Điều 1. Bên A đồng ý cho Bên B thuê căn hộ tại " +
        m(A, "Căn hộ 12.05, Tòa nhà Sunrise, số 25 đường Nguyễn Hữu Thọ, phường Tân Hưng, Quận 7, TP. Hồ Chí Minh") + ".",
        "Điều 2. Giá thuê là 9.500.000 đồng/tháng, thanh toán vào ngày 05 hằng tháng. Tiền đặt cọc: 19.000.000 đồng.",
        "Điều 3. Thời hạn thuê: 12 tháng, kể từ ngày 01/03/2024.",
        "",
        "BÊN A                                          BÊN B",
        m(N, "Lê Hoàng Phúc") + "                                 " + m(N, "Phạm Ngọc Anh"))),
    ("medical", "vi", False, L(
        "BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG CẦN THƠ",
        "GIẤY RA VIỆN",
        "",
        "Họ tên người bệnh: " + m(N, "TRƯƠNG VĂN MINH") + "     Tuổi: 58     Nam/Nữ: Nam",
        "Ngày sinh: " + m(D, "05/01/1966"),
        "Số CCCD: " + m(ID, "092066007193") + "     Mã thẻ BHYT: " + m(ID, "HC4929218273645"),
        "Địa chỉ: " + m(A, "Số 57, đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ"),
        "Vào viện lúc: 08 giờ 30 phút, ngày 11/03/2024",
        "Ra viện lúc: 09 giờ 00 phút, ngày 18/03/2024",
        "",
        "Chẩn đoán: Viêm phổi cộng đồng; Đái tháo đường typ 2.",
        "Phương pháp điều trị: Kháng sinh, thở oxy, kiểm soát đường huyết.",
        "Lời dặn: Tái khám sau 1 tuần tại phòng khám Hô hấp. Người nhà liên hệ: con gái " + m(N, "Trương Thị Mai") +
        ", " + m(P, "0939 412 608") + ".",
        "",
        "Trưởng khoa: BS.CKII " + m(N, "Huỳnh Thanh Tâm"))),
    # ---- Vietnamese hard negatives
    ("form_template", "vi", True, L(
        "HƯỚNG DẪN GHI TỜ KHAI",
        "",
        "1. Họ, chữ đệm và tên: viết chữ in hoa, có dấu.",
        "2. Ngày, tháng, năm sinh: ghi theo định dạng DD/MM/YYYY.",
        "3. Số định danh cá nhân / số CCCD: gồm 12 chữ số. Ba chữ số đầu là mã tỉnh nơi đăng ký khai sinh, chữ số thứ tư "
        "là mã giới tính và thế kỷ sinh, hai chữ số tiếp theo là năm sinh. Ví dụ cách ghi: ___ _ __ ______.",
        "4. Mã số thuế doanh nghiệp (10 hoặc 13 chữ số) không phải là số định danh cá nhân.",
        "5. Nơi thường trú: ghi số nhà, ngõ/ngách, đường phố, phường/xã, quận/huyện, tỉnh/thành phố.",
        "",
        "Hồ sơ nộp tại bộ phận một cửa UBND phường hoặc qua Cổng dịch vụ công quốc gia. Thời gian tiếp nhận: sáng 7h30-11h30, "
        "chiều 13h30-17h00 các ngày làm việc. Căn cứ: Luật Căn cước số 26/2023/QH15.")),
]

# ==================================================================== Indonesian
cases += [
    ("id_ocr", "id", False, L(
        "[Hasil OCR e-KTP - unggahan verifikasi akun #VRF-2291847]",
        "PROVINSI DKI JAKARTA",
        "KOTA JAKARTA SELATAN",
        "NIK             : " + m(ID, "3174055208900003"),
        "Nama            : " + m(N, "DEWI LESTARI PURNAMASARI"),
        "Tempat/Tgl Lahir: JAKARTA, " + m(D, "12-08-1990"),
        "Jenis Kelamin   : PEREMPUAN      Gol. Darah: O",
        "Alamat          : " + m(A, "JL. TEBET BARAT DALAM VI NO. 17"),
        "RT/RW           : 004/002",
        "Kel/Desa        : TEBET BARAT",
        "Kecamatan       : TEBET",
        "Agama           : ISLAM",
        "Status Perkawinan: KAWIN",
        "Pekerjaan       : KARYAWAN SWASTA",
        "Kewarganegaraan : WNI",
        "Berlaku Hingga  : SEUMUR HIDUP",
        "JAKARTA SELATAN, 14-03-2013")),
    ("cover_letter", "id", False, L(
        "Surabaya, 15 April 2024",
        "",
        "Kepada Yth.",
        "HRD PT Samudra Nusantara Logistik",
        "di Surabaya",
        "",
        "Perihal: Lamaran Pekerjaan sebagai Staf Administrasi Gudang",
        "",
        "Dengan hormat,",
        "",
        "Saya yang bertanda tangan di bawah ini:",
        "Nama                 : " + m(N, "Muhammad Rizky Pratama"),
        "Tempat, tanggal lahir: Surabaya, " + m(D, "15 Maret 1985"),
        "NIK                  : " + m(ID, "3578101503850002"),
        "Alamat               : " + m(A, "Jl. Raya Darmo Permai III No. 41, RT 02/RW 05, Pradah Kalikendal, Dukuh Pakis, Surabaya 60226"),
        "No. HP               : " + m(P, "0812-3417-9025"),
        "Email                : " + m(E, "rizky.pratama85@yahoo.co.id"),
        "",
        "dengan ini mengajukan lamaran untuk posisi Staf Administrasi Gudang sebagaimana diiklankan di Jawa Pos tanggal 10 "
        "April 2024. Saya memiliki pengalaman delapan tahun di bidang pergudangan dan terbiasa menggunakan SAP serta "
        "Microsoft Excel.",
        "",
        "Sebagai bahan pertimbangan, saya lampirkan CV, fotokopi KTP, ijazah S1, dan surat referensi dari Bapak " +
        m(N, "Hendra Wijaya") + ", atasan saya sebelumnya.",
        "",
        "Hormat saya,",
        m(N, "Muhammad Rizky Pratama"))),
    ("contract", "id", False, L(
        "SURAT PERJANJIAN SEWA RUMAH",
        "",
        "Yang bertanda tangan di bawah ini:",
        "1. Nama: " + m(N, "I Gusti Ngurah Putu Wirawan") + ", NIK " + m(ID, "5171022706720001") + ", beralamat di " +
        m(A, "Jl. Tukad Badung No. 88, Renon, Denpasar Selatan, Bali 80226") + ", selanjutnya disebut PIHAK PERTAMA.",
        "2. Nama: " + m(N, "Sarah Elisabeth Siregar") + ", NIK " + m(ID, "1271046104940002") + ", tanggal lahir " +
        m(D, "21 April 1994") + ", No. HP " + m(P, "0813-7702-4418") + ", selanjutnya disebut PIHAK KEDUA.",
        "",
        "Pasal 1: PIHAK PERTAMA menyewakan kepada PIHAK KEDUA sebuah rumah tinggal yang terletak di " +
        m(A, "Jl. Pulau Moyo Gg. Merpati No. 5, Pedungan, Denpasar Selatan") + ".",
        "Pasal 2: Jangka waktu sewa adalah 1 (satu) tahun, terhitung sejak 1 Mei 2024 sampai dengan 30 April 2025.",
        "Pasal 3: Harga sewa sebesar Rp 36.000.000 (tiga puluh enam juta rupiah) dibayar lunas di muka.",
        "",
        "Saksi-saksi: 1. " + m(N, "Made Suartana") + "   2. " + m(N, "Ketut Ariani"),
        "",
        "PIHAK PERTAMA: " + m(N, "I Gusti Ngurah Putu Wirawan") + "     PIHAK KEDUA: " + m(N, "Sarah E. Siregar"))),
    # ---- Indonesian hard negatives
    ("form_template", "id", True, L(
        "PETUNJUK PENGISIAN FORMULIR",
        "",
        "1. NIK diisi 16 digit sesuai KTP-el. Enam digit pertama adalah kode wilayah, enam digit berikutnya tanggal lahir "
        "(untuk perempuan tanggal ditambah 40), empat digit terakhir nomor urut. Contoh penulisan: 32XXXXXXXXXXXXXX.",
        "2. NPWP badan (15/16 digit, misalnya 01.234.567.8-901.000) bukan nomor identitas pribadi.",
        "3. Tempat, tanggal lahir ditulis lengkap: Kota, DD-MM-YYYY.",
        "4. Alamat diisi nama jalan, nomor rumah, RT/RW, kelurahan, kecamatan, kabupaten/kota, kode pos.",
        "",
        "Formulir diserahkan ke loket pelayanan Dinas Kependudukan dan Pencatatan Sipil, Senin-Jumat pukul 08.00-15.00 WIB. "
        "Dasar hukum: Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan.")),
]

# ==================================================================== Arabic
cases += [
    ("job_application", "ar", False, L(
        "نموذج طلب توظيف - الموارد البشرية",
        "",
        "الاسم الرباعي: " + m(N, "فيصل بن عبدالرحمن بن سعد الدوسري"),
        "رقم الهوية الوطنية: " + m(ID, sa_id("108472936")),
        "تاريخ الميلاد: " + m(D, "1410/03/22 هـ") + " الموافق " + m(D, "1989/10/22 م"),
        "الحالة الاجتماعية: متزوج",
        "العنوان الوطني: " + m(A, "8228 شارع الأمير سلطان، حي الروضة، جدة 23435، الرقم الإضافي 2121"),
        "الجوال: " + m(P, "0554 183 729") + "      البريد الإلكتروني: " + m(E, "faisal.aldosari89@hotmail.com"),
        "",
        "المؤهل العلمي: بكالوريوس هندسة كهربائية - جامعة الملك عبدالعزيز (2012)",
        "الخبرات: مهندس صيانة في شركة مقاولات بجدة (2013 - 2024)",
        "",
        "المعرّفون:",
        "1) المهندس " + m(N, "خالد الزهراني") + " - " + m(P, "0505 427 118"),
        "2) الأستاذ " + m(N, "ماجد الغامدي") + " - " + m(E, "majed.alghamdi@gmail.com"),
        "",
        "رقم الآيبان لإيداع الراتب: " + m(I, iban("SA", "10" + "000019283746501827")),
        "",
        "أقر بأن جميع البيانات المذكورة أعلاه صحيحة.   التوقيع: " + m(N, "فيصل الدوسري"))),
    ("contract", "ar", False, L(
        "عقد إيجار سكني",
        "",
        "إنه في يوم الاثنين الموافق 2024/04/01 تم الاتفاق بين كل من:",
        "",
        "الطرف الأول (المؤجر): السيد " + m(N, "راشد سالم المنصوري") + "، إماراتي الجنسية، يحمل بطاقة الهوية رقم " +
        m(ID, ae_eid("78419871294837")) + "، وعنوانه " + m(A, "فيلا 17، شارع 24، حي البطين، أبوظبي") + "، هاتف " +
        m(P, "050 418 2736") + ".",
        "",
        "الطرف الثاني (المستأجر): السيدة " + m(N, "ريم يوسف الحسن") + "، أردنية الجنسية، مواليد " + m(D, "1993/06/14") +
        "، تحمل بطاقة الهوية رقم " + m(ID, ae_eid("78419930418273")) + "، هاتف " + m(P, "056 209 8841") + ".",
        "",
        "البند الأول: أجّر الطرف الأول للطرف الثاني الشقة رقم 1204 في " + m(A, "برج الواحة، شارع المرور، أبوظبي") +
        " لغرض السكن العائلي فقط.",
        "البند الثاني: مدة العقد سنة ميلادية واحدة تبدأ من 2024/04/01.",
        "البند الثالث: القيمة الإيجارية السنوية 85,000 درهم، تُدفع على أربع دفعات بتحويل إلى الحساب " +
        m(I, iban("AE", "026" + "0001048273610294")) + ".",
        "",
        "توقيع المؤجر: " + m(N, "راشد المنصوري") + "          توقيع المستأجر: " + m(N, "ريم الحسن"))),
    # ---- Arabic hard negatives
    ("form_template", "ar", True, L(
        "تعليمات تعبئة النموذج",
        "",
        "1. رقم الهوية الوطنية: عشرة أرقام تبدأ بالرقم 1 للمواطنين و2 للمقيمين (رقم الإقامة). يُكتب دون مسافات: __________.",
        "2. تاريخ الميلاد: يُكتب بالتقويم الهجري والميلادي (يوم/شهر/سنة).",
        "3. العنوان الوطني: رقم المبنى، اسم الشارع، الحي، المدينة، الرمز البريدي (5 أرقام)، الرقم الإضافي (4 أرقام).",
        "4. رقم الآيبان: 24 خانة تبدأ بـ SA، مثال توضيحي: SAXX XXXX XXXX XXXX XXXX XXXX.",
        "",
        "تُقدَّم الطلبات عبر البوابة الإلكترونية حتى تاريخ 1445/11/30 هـ. ساعات العمل: من الأحد إلى الخميس، 8:00 صباحاً - "
        "2:30 مساءً. الأساس النظامي: نظام العمل الصادر بالمرسوم الملكي رقم م/51 وتاريخ 1426/8/23 هـ.")),
    ("invoice", "ar", True, L(
        "فاتورة ضريبية",
        "",
        "اسم المورد: شركة الخليج لمواد البناء المحدودة",
        "الرقم الضريبي: 300418273600003      السجل التجاري: 4030287194 (جدة)",
        "اسم العميل: مؤسسة النخبة للمقاولات - الرقم الضريبي 310592817400003",
        "",
        "رقم الفاتورة: INV-2024-004182      تاريخ الإصدار: 2024/04/16      تاريخ التوريد: 2024/04/15",
        "",
        "الوصف                                  الكمية      سعر الوحدة      الإجمالي",
        "أسمنت بورتلاندي (كيس 50 كغ)               400          17.50          7,000.00",
        "حديد تسليح 12 ملم (طن)                      6       2,950.00         17,700.00",
        "",
        "الإجمالي غير شامل الضريبة: 24,700.00 ريال   ضريبة القيمة المضافة 15%: 3,705.00 ريال   الإجمالي: 28,405.00 ريال",
        "طريقة الدفع: تحويل بنكي خلال 30 يوماً.")),
]

# ==================================================================== Hindi
cases += [
    ("application", "hi", False, L(
        "आवेदन पत्र - प्रधानमंत्री आवास योजना (शहरी)",
        "",
        "1. आवेदक का नाम: " + m(N, "सुनीता देवी शर्मा"),
        "2. पिता/पति का नाम: " + m(N, "श्री राजेंद्र प्रसाद शर्मा"),
        "3. जन्म तिथि: " + m(D, "12/07/1984") + "        लिंग: महिला",
        "4. आधार संख्या: " + m(ID, in_aadhaar("48291736504")),
        "5. पैन नंबर: " + m(ID, "BKTPS4827M"),
        "6. वर्तमान पता: " + m(A, "मकान नं. 45, गली नं. 3, शास्त्री नगर, जयपुर, राजस्थान - 302016"),
        "7. मोबाइल नंबर: " + m(P, "+91 94142 83076"),
        "8. परिवार के सदस्य:",
        "   | नाम | संबंध | आयु |",
        "   | " + m(N, "राजेंद्र प्रसाद शर्मा") + " | पति | 44 |",
        "   | " + m(N, "अंकित शर्मा") + " | पुत्र | 17 |",
        "9. वार्षिक पारिवारिक आय: ₹ 2,40,000",
        "10. बैंक खाता: भारतीय स्टेट बैंक, शाखा मानसरोवर, IFSC SBIN0031827",
        "",
        "मैं घोषणा करती हूँ कि ऊपर दी गई जानकारी सत्य है।",
        "दिनांक: 08/04/2024            हस्ताक्षर: " + m(N, "सुनीता शर्मा"))),
    ("contract", "hi", False, L(
        "किरायानामा (रेंट एग्रीमेंट)",
        "",
        "यह किरायानामा आज दिनांक 01 अप्रैल 2024 को लखनऊ में निम्नलिखित पक्षों के बीच निष्पादित किया गया:",
        "",
        "मकान मालिक: श्री " + m(N, "विनोद कुमार श्रीवास्तव") + ", पुत्र स्व. श्री " + m(N, "रमेश चंद्र श्रीवास्तव") +
        ", आयु 61 वर्ष, निवासी " + m(A, "बी-214, सेक्टर 11, इंदिरा नगर, लखनऊ - 226016") + ", आधार संख्या " +
        m(ID, in_aadhaar("73018452916")) + " (जिसे आगे प्रथम पक्ष कहा गया है)",
        "",
        "तथा",
        "",
        "किरायेदार: श्री " + m(N, "अमित कुमार यादव") + ", पुत्र श्री " + m(N, "शिवपाल यादव") + ", जन्म तिथि " + m(D, "03/09/1995") +
        ", स्थायी निवासी ग्राम बिठौली, जिला बाराबंकी, मोबाइल " + m(P, "98391 40826") + " (जिसे आगे द्वितीय पक्ष कहा गया है)।",
        "",
        "1. प्रथम पक्ष अपने मकान की पहली मंज़िल का एक कमरा, रसोई व शौचालय द्वितीय पक्ष को 11 माह के लिए किराये पर देता है।",
        "2. मासिक किराया ₹ 8,500 होगा, जो प्रत्येक माह की 5 तारीख तक देय होगा। सिक्योरिटी राशि ₹ 17,000।",
        "",
        "गवाह: 1. " + m(N, "राकेश मिश्रा") + "   2. " + m(N, "पूजा सिंह"),
        "प्रथम पक्ष: " + m(N, "वी. के. श्रीवास्तव") + "          द्वितीय पक्ष: " + m(N, "अमित कुमार यादव"))),
    ("medical", "hi", False, L(
        "अखिल भारतीय आयुर्विज्ञान संस्थान, भोपाल - डिस्चार्ज सारांश",
        "",
        "रोगी का नाम: " + m(N, "गोपाल सिंह ठाकुर") + "     आयु/लिंग: 67/पुरुष     UHID: 2024/88213",
        "जन्म तिथि: " + m(D, "19/02/1957"),
        "आधार: " + m(ID, in_aadhaar("52817406391")) + "     आयुष्मान कार्ड: लागू",
        "पता: " + m(A, "म.नं. 77, वार्ड 12, गांधी चौक, विदिशा, मध्य प्रदेश - 464001"),
        "भर्ती दिनांक: 04/03/2024     डिस्चार्ज दिनांक: 11/03/2024",
        "",
        "निदान: तीव्र मायोकार्डियल इन्फार्क्शन (STEMI), टाइप 2 मधुमेह",
        "उपचार: प्राइमरी एंजियोप्लास्टी, स्टेंट प्रत्यारोपण (LAD)।",
        "सलाह: दवाइयाँ नियमित लें, 2 सप्ताह बाद OPD में दिखाएँ।",
        "परिजन: " + m(N, "संजय ठाकुर") + " (पुत्र), मोबाइल " + m(P, "94250 61837"),
        "",
        "उपचारकर्ता चिकित्सक: डॉ. " + m(N, "नेहा अग्रवाल") + ", हृदय रोग विभाग")),
    # ---- Hindi hard negatives
    ("form_template", "hi", True, L(
        "आवेदन पत्र भरने के निर्देश",
        "",
        "1. आधार संख्या: 12 अंकों की संख्या चार-चार के समूह में लिखें (XXXX XXXX XXXX)। आधार संख्या 0 या 1 से शुरू नहीं होती।",
        "2. पैन: 10 अक्षर, प्रारूप AAAAA9999A। चौथा अक्षर धारक का प्रकार दर्शाता है (P = व्यक्ति, C = कंपनी)।",
        "3. कंपनी या फर्म का GSTIN (15 अक्षर, उदा. 27AAAAA0000A1Z5) व्यक्तिगत पहचान संख्या नहीं है।",
        "4. जन्म तिथि: दिन/माह/वर्ष (DD/MM/YYYY)।",
        "5. पता: मकान नंबर, गली, मोहल्ला, शहर, ज़िला, राज्य और छह अंकों का पिन कोड।",
        "",
        "आवेदन 30 जून 2024 तक नगर निगम कार्यालय, कक्ष संख्या 12 में जमा करें। कार्यालय समय: सोमवार से शुक्रवार, प्रातः 10 बजे "
        "से सायं 5 बजे तक। संदर्भ: आधार (वित्तीय और अन्य सहायिकियों, प्रसुविधाओं और सेवाओं का लक्ष्यित परिदान) अधिनियम, 2016।")),
]

# ==================================================================== Irish
cases += [
    ("enrolment", "ga", False, L(
        "FOIRM CHLÁRAITHE - Gaelscoil an Chaisleáin, Baile Átha Luain",
        "",
        "SONRAÍ AN DALTA",
        "Sloinne: " + m(N, "Mac Giolla Bhríde") + "      Ainm: " + m(N, "Saoirse Áine"),
        "Dáta breithe: " + m(D, "11/02/2019") + "      Inscne: Baineann",
        "Uimhir PSP an dalta: " + m(ID, ie_ppsn("7295163", "A")),
        "Seoladh baile: " + m(A, "14 Ascaill na Sionainne, Baile Átha Luain, Co. na hIarmhí N37 X2F4"),
        "",
        "SONRAÍ NA DTUISMITHEOIRÍ",
        "Máthair: " + m(N, "Clíodhna Nic Giolla Bhríde") + "   Fón póca: " + m(P, "086 418 2739"),
        "   Ríomhphost: " + m(E, "cliodhna.mgb@eircom.net"),
        "Athair: " + m(N, "Fearghal Mac Giolla Bhríde") + "   Fón póca: " + m(P, "087 205 6618"),
        "",
        "Teanga an bhaile: Gaeilge agus Béarla",
        "Riachtanais speisialta / ailléirgí: ailléirge ar phéanuts",
        "Deartháireacha/deirfiúracha sa scoil: " + m(N, "Oisín") + " (Rang 3)",
        "",
        "Síniú tuismitheora: " + m(N, "C. Nic Giolla Bhríde") + "      Dáta: 05/02/2024")),
    ("letter", "ga", False, L(
        m(N, "Pádraig Ó Flatharta"),
        m(A, "Teach na Cille, Ros Muc, Co. na Gaillimhe H91 W3K8"),
        m(P, "091 574 318") + " · " + m(E, "padraig.oflatharta@gmail.com"),
        "",
        "An Roinn Coimirce Sóisialaí",
        "Rannóg an Phinsin Stáit",
        "",
        "12 Márta 2024",
        "",
        "Uimhir PSP: " + m(ID, ie_ppsn("3129804")),
        "Dáta breithe: " + m(D, "2 Aibreán 1959"),
        "",
        "A chara,",
        "",
        "Ba mhaith liom iarratas a dhéanamh ar an bPinsean Stáit (Ranníocach) ó mo 66ú breithlá ar aghaidh. Tá cóip de mo "
        "theastas breithe agus sonraí mo chuntais bainc ceangailte leis an litir seo. Íoctar an pinsean isteach sa chuntas " +
        m(I, iban("IE", "BOFI" + "900017" + "62819405")) + ", le do thoil.",
        "",
        "Más gá aon eolas breise, is féidir teagmháil a dhéanamh le m'iníon, " + m(N, "Máire Uí Fhlatharta") + ", ag " +
        m(P, "087 331 4902") + ".",
        "",
        "Is mise le meas,",
        m(N, "Pádraig Ó Flatharta"))),
    # ---- Irish hard negatives
    ("guidance", "ga", True, L(
        "Treoracha chun an fhoirm a chomhlánú",
        "",
        "Uimhir PSP: seacht ndigit agus litir amháin nó dhá litir ina ndiaidh (formáid NNNNNNNL nó NNNNNNNLL). Is litir "
        "sheiceála í an chéad litir. Ná húsáid uimhir shamplach.",
        "Dáta breithe: LL/MM/BBBB.",
        "Seoladh: uimhir an tí, an tsráid, an baile, an contae agus an tÉirchód (seacht gcarachtar, m.sh. A65 F4E2 - "
        "is é sin Éirchód oifig an phoist i mBaile Átha Cliath).",
        "",
        "Seol an fhoirm chomhlánaithe chuig an Roinn, nó tabhair isteach í in oifig Intreo. Uaireanta oscailte: Luan go "
        "hAoine, 9.30 r.n. go 4.30 i.n. Bunús dlíthiúil: an tAcht Comhdhlúite Leasa Shóisialaigh 2005, alt 262.")),
]

# ==================================================================== Icelandic
cases += [
    ("rental", "is", False, L(
        "UMSÓKN UM LEIGUÍBÚÐ - Félagsbústaðir",
        "",
        "Nafn umsækjanda: " + m(N, "Guðrún Helga Sigurðardóttir"),
        "Kennitala: " + m(ID, is_kt("140288", "31")),
        "Lögheimili: " + m(A, "Hverfisgata 54, íbúð 302, 101 Reykjavík"),
        "Sími: " + m(P, "+354 862 4173") + "      Netfang: " + m(E, "gudrun.helga@simnet.is"),
        "",
        "Heimilisfólk sem flytur með:",
        "| Nafn | Kennitala | Tengsl |",
        "| " + m(N, "Kári Jónsson") + " | " + m(ID, is_kt("220914", "40", century="0")) + " | sonur |",
        "",
        "Tekjur á mánuði: 612.000 kr.   Núverandi leigusali: " + m(N, "Ólafur Þórðarson") + ", " + m(P, "699 2105"),
        "Bankareikningur fyrir endurgreiðslu tryggingar: " + m(I, iban("IS", "0133" + "26" + "014827" + is_kt("140288", "31").replace("-", ""))),
        "",
        "Ég staðfesti að upplýsingarnar eru réttar.   Reykjavík, 7. mars 2024   " + m(N, "Guðrún H. Sigurðardóttir"))),
    ("medical", "is", False, L(
        "Landspítali - Hjartadeild",
        "ÚTSKRIFTARBRÉF",
        "",
        "Sjúklingur: " + m(N, "Sigurður Már Egilsson") + "      Kt.: " + m(ID, is_kt("030761", "21")),
        "Heimilisfang: " + m(A, "Álfhólsvegur 88, 200 Kópavogur"),
        "Innlögn: 19.02.2024      Útskrift: 24.02.2024",
        "",
        "Sjúkdómsgreining: Bráð kransæðastífla án ST-hækkunar (I21.4). Háþrýstingur.",
        "",
        "Sigurður, 62 ára, kom á bráðamóttöku með brjóstverk. Kransæðamyndataka sýndi þrengsli í hægri kransæð sem var "
        "víkkuð og stoðnet sett. Eiginkona hans, " + m(N, "Hrafnhildur Baldursdóttir") + " (s. " + m(P, "894 3310") +
        "), var upplýst um gang mála.",
        "",
        "Eftirlit hjá heimilislækni, " + m(N, "Þóru Kristjánsdóttur") + ", eftir tvær vikur.",
        "",
        m(N, "Björn Ragnarsson") + ", sérfræðilæknir")),
    # ---- Icelandic hard negatives
    ("invoice", "is", True, L(
        "REIKNINGUR nr. 24-0418",
        "",
        "Seljandi: Norðurljós Prentþjónusta ehf., kt. " + is_kt("540289", "21") + ", VSK-nr. 48273",
        "Kaupandi: Grunnskólinn á Akureyri, kt. 410169-1189",
        "",
        "Dagsetning: 12.04.2024      Eindagi: 26.04.2024      Pöntun: PA-2024-117",
        "",
        "Vara                                  Magn      Einingaverð      Samtals",
        "Prentun á skólablaði, A4, 16 bls.      400          420 kr.      168.000 kr.",
        "Veggspjöld A2                           50        1.150 kr.       57.500 kr.",
        "",
        "Samtals án VSK 225.500 kr.   VSK 24% 54.120 kr.   Til greiðslu 279.620 kr.",
        "Athugið: kennitala fyrirtækis hefst á tölu sem er 4 hærri en hjá einstaklingum (dagur + 40). Dráttarvextir "
        "reiknast eftir eindaga.")),
]

# ==================================================================== Tagalog / Filipino
cases += [
    ("application", "tl", False, L(
        "APLIKASYON PARA SA BARANGAY CLEARANCE - Barangay San Isidro, Cainta, Rizal",
        "",
        "Pangalan (Apelyido, Pangalan, Gitnang Pangalan): " + m(N, "Macaraeg, Rowena Santos"),
        "Petsa ng kapanganakan: " + m(D, "Marso 8, 1990") + "      Lugar ng kapanganakan: Dagupan City",
        "Kasarian: Babae      Katayuang sibil: May asawa",
        "Tirahan: " + m(A, "Blk 12 Lot 7, Phase 2, Villa Monique Subd., Brgy. San Isidro, Cainta, Rizal 1900"),
        "Numero ng telepono: " + m(P, "0917 408 2263"),
        "PhilSys Card Number (PCN): " + m(ID, "4817-2093-5561-2208"),
        "SSS No.: " + m(ID, "34-5827193-4") + "      TIN: " + m(ID, "418-273-906-000"),
        "",
        "Layunin ng clearance: [X] Trabaho   [ ] Negosyo   [ ] Pag-aaral   [ ] Iba pa",
        "Tagal ng paninirahan sa barangay: 6 na taon",
        "",
        "Sertipikado ng kapitbahay: " + "Gng. " + m(N, "Lourdes Dimaculangan") + ", " + m(A, "Blk 12 Lot 9, Villa Monique Subd."),
        "",
        "Lagda ng aplikante: " + m(N, "R. S. Macaraeg") + "      Petsa: Abril 3, 2024",
        "O.R. No. 7718204   Halaga: PHP 100.00")),
    ("contract", "tl", False, L(
        "KASUNDUAN SA PAUPAHAN NG BAHAY",
        "",
        "ALAMIN NG LAHAT SA PAMAMAGITAN NITO:",
        "",
        "Ang kasunduang ito ay ginawa at pinagtibay ngayong ika-1 ng Mayo 2024 sa Lungsod ng Quezon, sa pagitan nina:",
        "",
        m(N, "ERNESTO DELA PAZ VILLANUEVA") + ", nasa hustong gulang, Pilipino, may-asawa, at naninirahan sa " +
        m(A, "No. 27 Kalye Maginhawa, Teachers Village East, Diliman, Quezon City") + ", may TIN " + m(ID, "207-418-392-000") +
        ", na tatawaging NAGPAPAUPA;",
        "",
        "- at -",
        "",
        m(N, "JASMINE ANNE REYES TOLENTINO") + ", nasa hustong gulang, Pilipino, walang asawa, ipinanganak noong " +
        m(D, "Hulyo 21, 1998") + ", may hawak na pasaporte blg. " + m(ID, "P7204183B") + ", telepono " + m(P, "0928 551 7340") +
        ", na tatawaging UMUUPA.",
        "",
        "1. Ang NAGPAPAUPA ay pumapayag na paupahan ang isang apartment sa " + m(A, "Unit 3B, 14 Kalye Mapagkawanggawa, Teachers Village West, Quezon City") +
        " sa halagang PHP 15,000.00 bawat buwan.",
        "2. Ang upa ay babayaran tuwing ika-5 ng bawat buwan.",
        "",
        "Mga saksi: " + m(N, "Ramon Bautista") + " at " + m(N, "Liza Manalo"),
        m(N, "E. D. Villanueva") + " (Nagpapaupa)          " + m(N, "J. A. R. Tolentino") + " (Umuupa)")),
    # ---- Tagalog hard negatives
    ("guidance", "tl", True, L(
        "Mga Tagubilin sa Pagsagot ng Form",
        "",
        "1. PhilSys Card Number (PCN): 16 na numero na nakasulat sa harap ng inyong PhilID, sa anyong XXXX-XXXX-XXXX-XXXX. "
        "Huwag isulat ang PhilSys Number (PSN) na para lamang sa mga awtorisadong ahensya.",
        "2. TIN: 9 na numero at 3-4 na numero ng branch code (hal. 000-000-000-000). Ang TIN ng korporasyon ay hindi personal "
        "na numero.",
        "3. Petsa ng kapanganakan: Buwan/Araw/Taon (MM/DD/YYYY).",
        "4. Tirahan: numero ng bahay/Blk/Lot, kalye, subdivision, barangay, lungsod/bayan, probinsya, ZIP code.",
        "",
        "Isumite ang form sa Barangay Hall tuwing Lunes hanggang Biyernes, 8:00 AM - 5:00 PM. Bayad sa clearance: PHP 100.00. "
        "Batayan: Republic Act No. 11055 (Philippine Identification System Act).")),
]

# ==================================================================== Swahili
cases += [
    ("job_application", "sw", False, L(
        "FOMU YA MAOMBI YA KAZI - Kaunti ya Nakuru, Idara ya Afya",
        "",
        "Nafasi inayoombwa: Muuguzi Msajiliwa (Daraja III), Tangazo Na. CPSB/NKR/04/2024",
        "",
        "TAARIFA BINAFSI",
        "Jina kamili: " + m(N, "Wanjiku Grace Mwangi"),
        "Tarehe ya kuzaliwa: " + m(D, "17/06/1994") + "      Jinsia: Mwanamke",
        "Nambari ya kitambulisho: " + m(ID, "28417390") + "      KRA PIN: " + m(ID, "A004182739K"),
        "Anwani ya posta: " + m(A, "S.L.P. 4182-20100, Nakuru"),
        "Makazi: " + m(A, "Nyumba Na. 14, Barabara ya Kenyatta, Lanet, Nakuru"),
        "Simu: " + m(P, "+254 722 418 093") + "      Barua pepe: " + m(E, "wanjiku.mwangi94@gmail.com"),
        "",
        "ELIMU: Stashahada ya Uuguzi, Chuo cha Mafunzo ya Matibabu (KMTC) Nakuru, 2016",
        "UZOEFU: Muuguzi, Hospitali ya Rufaa ya Kaunti ya Nakuru (2017 - hadi sasa)",
        "",
        "WADHAMINI",
        "1. " + "Dkt. " + m(N, "Peter Otieno Ochieng") + ", Msimamizi wa Wodi - " + m(P, "0733 219 874"),
        "2. " + "Bi. " + m(N, "Halima Abdallah") + ", Mkuu wa Wauguzi - " + m(E, "halima.abdallah@yahoo.com"),
        "",
        "Nathibitisha kuwa taarifa zilizotolewa ni za kweli.   Sahihi: " + m(N, "W. G. Mwangi") + "   Tarehe: 22/04/2024")),
    ("contract", "sw", False, L(
        "MKATABA WA KUPANGISHA NYUMBA",
        "",
        "Mkataba huu umefanywa leo tarehe 1 Machi 2024 jijini Dar es Salaam kati ya:",
        "",
        "MPANGISHAJI: Bw. " + m(N, "Juma Hamisi Mrisho") + ", mwenye Kitambulisho cha Taifa (NIDA) Na. " +
        m(ID, "19700312-41827-00001-26") + ", anayeishi " + m(A, "Mtaa wa Mchikichi, Nyumba Na. 22, Kariakoo, Ilala, Dar es Salaam") +
        ", simu " + m(P, "0754 418 271") + ";",
        "",
        "na",
        "",
        "MPANGAJI: Bi. " + m(N, "Neema Joseph Massawe") + ", aliyezaliwa tarehe " + m(D, "05/09/1991") + ", mwenye Kitambulisho "
        "cha Taifa Na. " + m(ID, "19910905-23104-00002-18") + ", simu " + m(P, "0715 302 846") + ".",
        "",
        "1. Mpangishaji anampangisha Mpangaji chumba kimoja na sebule katika nyumba iliyoko " +
        m(A, "Mtaa wa Mwananyamala B, Nyumba Na. 7, Kinondoni, Dar es Salaam") + ".",
        "2. Kodi ni Shilingi 250,000 kwa mwezi, inayolipwa kila miezi mitatu mapema.",
        "3. Muda wa mkataba ni mwaka mmoja kuanzia tarehe 1 Machi 2024.",
        "",
        "Mashahidi: " + m(N, "Ally Salum") + ", " + m(N, "Rehema Kimaro"),
        "Sahihi ya Mpangishaji: " + m(N, "J. H. Mrisho") + "      Sahihi ya Mpangaji: " + m(N, "N. J. Massawe"))),
    # ---- Swahili hard negatives
    ("guidance", "sw", True, L(
        "MAELEKEZO YA KUJAZA FOMU",
        "",
        "1. Nambari ya Kitambulisho cha Taifa (NIDA) ina tarakimu 20 katika muundo YYYYMMDD-XXXXX-XXXXX-XX. Andika kama "
        "ilivyo kwenye kitambulisho chako; usitumie nambari ya mfano.",
        "2. Nambari ya Mlipakodi (TIN) ya kampuni si nambari ya mtu binafsi.",
        "3. Tarehe ya kuzaliwa: Siku/Mwezi/Mwaka.",
        "4. Anwani: mtaa, nambari ya nyumba, kata, wilaya na mkoa, pamoja na S.L.P. kama ipo.",
        "",
        "Fomu ziwasilishwe kwa Ofisi ya Mtendaji wa Kata kabla ya tarehe 30 Juni 2024. Saa za kazi: Jumatatu hadi Ijumaa, "
        "saa 1:30 asubuhi hadi saa 9:30 alasiri. Msingi wa kisheria: Sheria ya Usajili na Utambuzi wa Watu, Sura ya 36.")),
]

# ==================================================================== Hebrew
cases += [
    ("tax_form", "he", False, L(
        "טופס 101 - כרטיס עובד ובקשה להקלה במס",
        "",
        "א. פרטי המעסיק: מאפיית הגליל בע\"מ, מספר תיק ניכויים 948271036",
        "",
        "ב. פרטי העובד",
        "שם משפחה: " + m(N, "אברהמי") + "     שם פרטי: " + m(N, "מיכל"),
        "מספר זהות: " + m(ID, il_tz("31827460")),
        "תאריך לידה: " + m(D, "12/05/1988") + "     תאריך עלייה: -",
        "כתובת: " + m(A, "רחוב ז'בוטינסקי 45, דירה 12, רמת גן 5246201"),
        "טלפון נייד: " + m(P, "054-713-2086") + "     דואר אלקטרוני: " + m(E, "michal.avrahami@walla.co.il"),
        "מין: נקבה     מצב משפחתי: נשואה     תושבת ישראל: כן",
        "",
        "ג. פרטים על ילדים",
        "| שם | מספר זהות | תאריך לידה |",
        "| " + m(N, "נועם אברהמי") + " | " + m(ID, il_tz("34718205")) + " | " + m(D, "03/09/2016") + " |",
        "",
        "ד. פרטים על בן/בת הזוג: " + m(N, "יונתן אברהמי") + ", מספר זהות " + m(ID, il_tz("20481736")),
        "",
        "אני מצהירה כי הפרטים שמסרתי בטופס זה הינם מלאים ונכונים.   תאריך: 01/04/2024   חתימה: " + m(N, "מיכל אברהמי"))),
    ("contract", "he", False, L(
        "הסכם שכירות בלתי מוגנת",
        "",
        "שנערך ונחתם בחיפה ביום 15 בפברואר 2024",
        "",
        "בין: " + m(N, "דוד פרידמן") + ", ת.ז. " + m(ID, il_tz("05917283")) + ", מרחוב " + m(A, "שדרות מוריה 112, חיפה") +
        " (להלן: \"המשכיר\")",
        "",
        "לבין: " + m(N, "סאמר חורי") + ", ת.ז. " + m(ID, il_tz("30418275")) + ", טלפון " + m(P, "052-608-4193") +
        " (להלן: \"השוכר\")",
        "",
        "1. המשכיר משכיר לשוכר את הדירה ברחוב " + m(A, "הרצל 38, קומה 3, דירה 7, חיפה") + " לתקופה של 12 חודשים, החל מיום 1.3.2024.",
        "2. דמי השכירות החודשיים יעמדו על סך 4,200 ש\"ח וישולמו לחשבון המשכיר " + m(I, iban("IL", "010684" + "0000000182741")) + ".",
        "3. להבטחת התחייבויותיו ימסור השוכר ערבות בנקאית וכן ערב: " + m(N, "ג'ורג' חורי") + ", ת.ז. " + m(ID, il_tz("02718394")) + ".",
        "",
        "ולראיה באו הצדדים על החתום:",
        "המשכיר: " + m(N, "ד. פרידמן") + "          השוכר: " + m(N, "ס. חורי"))),
    # ---- Hebrew hard negatives
    ("guidance", "he", True, L(
        "הנחיות למילוי הטופס",
        "",
        "1. מספר זהות: 9 ספרות כולל ספרת ביקורת. אם למספר פחות מ-9 ספרות יש להשלים באפסים משמאל. אין לרשום מספר לדוגמה.",
        "2. מספר חברה (ח.פ.) או מספר עמותה אינם מספרי זהות של אדם פרטי; מספר ח.פ. של חברה בע\"מ מתחיל ב-51.",
        "3. תאריך לידה: יום/חודש/שנה (DD/MM/YYYY).",
        "4. כתובת: רחוב, מספר בית, דירה, יישוב ומיקוד בן 7 ספרות.",
        "",
        "את הטופס יש למסור למעסיק בתחילת כל שנת מס ולא יאוחר מ-31 בינואר. לפי תקנות מס הכנסה (ניכוי ממשכורת ומשכר עבודה), "
        "התשנ\"ג-1993. שעות קבלת קהל בלשכת רשות המסים: א'-ה' 08:00-12:30.")),
]

# ==================================================================== Thai
cases += [
    ("job_application", "th", False, L(
        "ใบสมัครงาน - บริษัท สยามฟู้ดเซอร์วิส จำกัด",
        "",
        "ตำแหน่งที่ต้องการสมัคร: เจ้าหน้าที่บัญชี      เงินเดือนที่ต้องการ: 25,000 บาท",
        "",
        "ประวัติส่วนตัว",
        "ชื่อ-นามสกุล: นางสาว" + m(N, "พิมพ์ชนก ศรีสุวรรณ") + "      ชื่อเล่น: " + m(N, "ปิ่น"),
        "วัน/เดือน/ปีเกิด: " + m(D, "14 มีนาคม 2535") + "      อายุ: 32 ปี      สัญชาติ: ไทย      ศาสนา: พุทธ",
        "เลขประจำตัวประชาชน: " + m(ID, th_id("110270092841")),
        "ที่อยู่ปัจจุบัน: " + m(A, "123/45 หมู่ 6 ซอยรามคำแหง 24 ถนนรามคำแหง แขวงหัวหมาก เขตบางกะปิ กรุงเทพมหานคร 10240"),
        "โทรศัพท์มือถือ: " + m(P, "086-417-2093") + "      อีเมล: " + m(E, "pimchanok.sri@gmail.com"),
        "",
        "การศึกษา: ปริญญาตรี บัญชีบัณฑิต มหาวิทยาลัยรามคำแหง (2557)",
        "ประสบการณ์: พนักงานบัญชี บริษัทขนส่งแห่งหนึ่ง (2557 - 2567)",
        "",
        "บุคคลที่ติดต่อได้ในกรณีฉุกเฉิน: นาง" + m(N, "สมพร ศรีสุวรรณ") + " (มารดา) โทร " + m(P, "081-552-4107"),
        "",
        "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ      ลงชื่อ " + m(N, "พิมพ์ชนก ศรีสุวรรณ") + "  วันที่ 2 เมษายน 2567")),
    ("power_of_attorney", "th", False, L(
        "หนังสือมอบอำนาจ",
        "",
        "เขียนที่ สำนักงานเขตจตุจักร                                  วันที่ 18 มีนาคม 2567",
        "",
        "โดยหนังสือฉบับนี้ ข้าพเจ้า นาย" + m(N, "ประเสริฐ วงศ์ไพบูลย์") + " อายุ 59 ปี สัญชาติไทย ถือบัตรประจำตัวประชาชนเลขที่ " +
        m(ID, th_id("350990182734")) + " อยู่บ้านเลขที่ " + m(A, "88/7 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900") +
        " ขอมอบอำนาจให้ นาง" + m(N, "วันเพ็ญ วงศ์ไพบูลย์") + " อายุ 55 ปี ถือบัตรประจำตัวประชาชนเลขที่ " +
        m(ID, th_id("410060238815")) + " โทรศัพท์ " + m(P, "089-204-8173") + " เป็นผู้มีอำนาจกระทำการแทนข้าพเจ้า",
        "",
        "ในการยื่นคำร้องขอคัดสำเนาทะเบียนบ้านและรับเอกสารแทนข้าพเจ้า ณ สำนักงานเขตจตุจักร และให้มีอำนาจลงลายมือชื่อในเอกสาร"
        "ที่เกี่ยวข้องจนเสร็จการ",
        "",
        "ลงชื่อ " + m(N, "ประเสริฐ วงศ์ไพบูลย์") + " ผู้มอบอำนาจ",
        "ลงชื่อ " + m(N, "วันเพ็ญ วงศ์ไพบูลย์") + " ผู้รับมอบอำนาจ",
        "ลงชื่อ " + m(N, "สุริยา ทองดี") + " พยาน")),
    # ---- Thai hard negatives
    ("guidance", "th", True, L(
        "คำแนะนำในการกรอกแบบฟอร์ม",
        "",
        "1. เลขประจำตัวประชาชน 13 หลัก ให้กรอกตามรูปแบบ X-XXXX-XXXXX-XX-X โดยหลักสุดท้ายเป็นเลขตรวจสอบ",
        "2. เลขประจำตัวผู้เสียภาษีอากรของนิติบุคคล (13 หลัก ขึ้นต้นด้วย 0) ไม่ใช่เลขประจำตัวประชาชนของบุคคล",
        "3. วันเดือนปีเกิด ให้กรอกเป็นปีพุทธศักราช เช่น วว/ดด/ปปปป",
        "4. ที่อยู่ ให้กรอกบ้านเลขที่ หมู่ ซอย ถนน แขวง/ตำบล เขต/อำเภอ จังหวัด และรหัสไปรษณีย์ 5 หลัก",
        "",
        "ยื่นเอกสารได้ที่ฝ่ายทะเบียน สำนักงานเขต ในวันและเวลาราชการ 08.30 - 16.30 น. ตามพระราชบัญญัติการทะเบียนราษฎร "
        "พ.ศ. 2534 ค่าธรรมเนียม 20 บาท")),
]

# ==================================================================== Yoruba
cases += [
    ("letter", "yo", False, L(
        m(N, "Adébáyọ̀ Olúwaségun Fálọlá"),
        m(A, "No. 14, Adeyemi Street, Bódìjà, Ìbàdàn, Ìpínlẹ̀ Ọ̀yọ́"),
        m(P, "0803 418 2290") + " · " + m(E, "adebayo.falola@gmail.com"),
        "",
        "Ọjọ́ 4 Oṣù Kẹrin, 2024",
        "",
        "Sí: Olùdarí, Ẹ̀ka Ìforúkọsílẹ̀ Ìjọba Ìbílẹ̀ Àríwá Ìbàdàn",
        "",
        "Ẹ̀bẹ̀ fún àtúnṣe orúkọ mi nínú ìwé-ẹ̀rí ìbí",
        "",
        "Ẹ kú iṣẹ́ o, Sà. Èmi ni " + m(N, "Adébáyọ̀ Olúwaségun Fálọlá") + ", tí a bí ní ọjọ́ " + m(D, "12 Oṣù Kẹfà, 1987") +
        " ní Ìbàdàn. Nọ́mbà ìdánimọ̀ orílẹ̀-èdè mi (NIN) ni " + m(ID, "48213907562") + ", BVN mi sì ni " + m(ID, "22418273950") +
        ". Wọ́n kọ orúkọ bàbá mi, " + m(N, "Olúfẹ́mi Fálọlá") + ", ní àṣìṣe nínú ìwé-ẹ̀rí ìbí mi, mo sì fẹ́ kí ẹ tún un ṣe.",
        "",
        "Mo ti so ẹ̀dà ìwé-ẹ̀rí ìbí, káàdì NIN, àti ìwé ìbúra láti ilé-ẹjọ́ mọ́ lẹ́tà yìí.",
        "",
        "Ẹ ṣé púpọ̀,",
        m(N, "Adébáyọ̀ Fálọlá"))),
    # ---- Yoruba hard negatives
    ("guidance", "yo", True, L(
        "Ìtọ́sọ́nà fún kíkún fọ́ọ̀mù",
        "",
        "1. Nọ́mbà ìdánimọ̀ orílẹ̀-èdè (NIN) ní nọ́mbà mọ́kànlá (11). Kọ ọ́ bí ó ṣe wà lórí káàdì rẹ, láìsí àlàfo: ___________. "
        "Má ṣe lo nọ́mbà àpẹẹrẹ.",
        "2. Nọ́mbà ìforúkọsílẹ̀ ilé-iṣẹ́ (RC) kì í ṣe nọ́mbà ìdánimọ̀ ẹnìkan.",
        "3. Ọjọ́ ìbí: Ọjọ́/Oṣù/Ọdún.",
        "4. Àdírẹ́sì: nọ́mbà ilé, orúkọ òpópónà, àdúgbò, ìlú àti ìpínlẹ̀.",
        "",
        "Ẹ mú fọ́ọ̀mù tí ẹ ti kún wá sí ọ́fíìsì ìforúkọsílẹ̀ láti ọjọ́ Ajé sí ọjọ́ Ẹtì, aago mẹ́jọ àárọ̀ sí aago mẹ́rin ìrọ̀lẹ́. "
        "Òfin: National Identity Management Commission Act, 2007.")),
]

emit("tuning20j", cases)
