# Dev corpus tuning20l: structured identifiers (cards, birth dates, national IDs/passports/licences, phones, IBANs, SSNs, secrets) in 30+ languages, ~35 % look-alike hard negatives.
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

# ---------------------------------------------------------------- check-digit helpers


def digits(s):
    return [int(c) for c in s if c.isdigit()]


def luhn_digit(body):
    """Luhn check digit for a digit string without its check digit."""
    total = 0
    for i, x in enumerate(reversed(digits(body))):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return str((10 - total % 10) % 10)


def card(body):
    """Completes a card number (all digits but the last) with its Luhn digit."""
    return body + luhn_digit(body)


def grp(num, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(num[i:i + n])
        i += n
    return sep.join(out)


def g4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def iban(cc, bban, sep=" "):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    raw = cc + "%02d" % (98 - n % 97) + bban
    return g4(raw, sep) if sep is not None else raw


def pesel(first10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return first10 + str((10 - sum(a * b for a, b in zip(w, digits(first10))) % 10) % 10)


def bsn(first8):
    d = digits(first8)
    s = sum(x * (9 - i) for i, x in enumerate(d))
    for c in range(10):
        if (s - c) % 11 == 0:
            return first8 + str(c)
    raise ValueError(first8)


def se_pnr(yymmdd, nnn, sep="-"):
    return yymmdd + sep + nnn + luhn_digit(yymmdd + nnn)


def fi_hetu(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def dk_cpr_ok(s):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return sum(a * b for a, b in zip(w, digits(s))) % 11 == 0


def dk_cpr(ddmmyy, start):
    """First valid mod-11 CPR with serial >= start."""
    for k in range(start, 10000):
        s = ddmmyy + "%04d" % k
        if dk_cpr_ok(s):
            return ddmmyy + "-" + "%04d" % k
    raise ValueError


def no_fnr(ddmmyy, start):
    for k in range(start, 1000):
        d = digits(ddmmyy + "%03d" % k)
        k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], d)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], d)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return ddmmyy + "%03d" % k + str(k1) + str(k2)
    raise ValueError


def cpf(nine, fmt=True):
    d = digits(nine)
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        r = s * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def cnpj(twelve):
    d = digits(twelve)
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(w, d)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


CURP_DICT = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"


def curp(seventeen):
    s = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(seventeen))
    return seventeen + str((10 - s % 10) % 10)


RFC_DICT = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ \u00d1"


def rfc(twelve):
    s = sum(RFC_DICT.index(c) * (13 - i) for i, c in enumerate(twelve))
    r = 11 - s % 11
    return twelve + ("0" if r == 11 else "A" if r == 10 else str(r))


CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}


def codice_fiscale(fifteen):
    s = 0
    for i, c in enumerate(fifteen):
        if i % 2 == 0:
            s += CF_ODD[c]
        else:
            s += int(c) if c.isdigit() else ord(c) - 65
    return fifteen + chr(65 + s % 26)


def nir(thirteen):
    n = int("".join(c for c in thirteen if c.isdigit()))
    return "%s %02d" % (thirteen, 97 - n % 97)


def dni(n8):
    return n8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


def nie(letter, n7):
    return letter + n7 + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(letter).__str__() + n7) % 23]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][x]]
    return c == 0


def aadhaar(eleven, sep=" "):
    c = 0
    for i, x in enumerate(reversed(digits(eleven))):
        c = _VD[c][_VP[(i + 1) % 8][x]]
    s = eleven + str(_VINV[c])
    assert verhoeff_ok(s)
    return grp(s, [4, 4, 4], sep)


def cn_id(seventeen):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return seventeen + "10X98765432"[sum(a * b for a, b in zip(w, digits(seventeen))) % 11]


def kr_rrn(twelve, sep="-"):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(a * b for a, b in zip(w, digits(twelve))) % 11) % 10
    return twelve[:6] + sep + twelve[6:] + str(c)


def za_id(twelve):
    return twelve + luhn_digit(twelve)


def tckn(nine):
    d = digits(nine)
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_id(eight):
    d = digits(eight)
    s = 0
    for i, x in enumerate(d):
        x *= 1 if i % 2 == 0 else 2
        s += x - 9 if x > 9 else x
    return eight + str((10 - s % 10) % 10)


def rut(body):
    s, w = 0, 2
    for x in reversed(digits(body)):
        s += x * w
        w = 2 if w == 7 else w + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    b = "%d" % int(body)
    b = "{:,}".format(int(b)).replace(",", ".")
    return b + "-" + dv


def cnp(twelve):
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(a * b for a, b in zip(w, digits(twelve))) % 11
    return twelve + ("1" if r == 10 else str(r))


def rc_cz(yymmdd, serial3, sep="/"):
    n = int(yymmdd + serial3) * 10
    c = (11 - n % 11) % 11
    assert c < 10, "choose another serial"
    s = yymmdd + serial3 + str(c)
    assert int(s) % 11 == 0
    return yymmdd + sep + serial3 + str(c)


def sin(eight, sep=" "):
    s = eight + luhn_digit(eight)
    return grp(s, [3, 3, 3], sep)


def tfn(eight, sep=" "):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    d = digits(eight)
    for c in range(10):
        if (sum(a * b for a, b in zip(w, d + [c]))) % 11 == 0:
            return grp(eight + str(c), [3, 3, 3], sep)
    raise ValueError(eight)


def steuer_id(ten):
    product = 10
    for x in digits(ten):
        s = (x + product) % 10
        s = 10 if s == 0 else s
        product = s * 2 % 11
    c = 11 - product
    return ten + ("0" if c == 10 else str(c))


oib = steuer_id  # ISO 7064 MOD 11,10 as well


def ppsn(seven, suffix=""):
    d = digits(seven)
    s = sum(x * (8 - i) for i, x in enumerate(d))
    if suffix:
        s += (ord(suffix) - 64) * 9
    return seven + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + suffix


def sg_nric(prefix, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(w, digits(seven))) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + seven + table[s % 11]


def tw_id(letter, nine):
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    v = codes[letter]
    d = [v // 10, v % 10] + digits(nine)
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    s = sum(a * b for a, b in zip(w, d))
    return letter + nine + str((10 - s % 10) % 10)


def hkid(letter, six):
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(x * (7 - i) for i, x in enumerate(digits(six)))
    r = 11 - s % 11
    return "%s%s(%s)" % (letter, six, "0" if r == 11 else "A" if r == 10 else str(r))


def th_id(twelve, fmt=True):
    s = sum(x * (13 - i) for i, x in enumerate(digits(twelve)))
    n = twelve + str((11 - s % 11) % 10)
    return grp(n, [1, 4, 5, 2, 1], "-") if fmt else n


def my_number(eleven, sep=" "):
    p = list(reversed(digits(eleven)))  # P1 is the rightmost
    s = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    return grp(eleven + str(c), [4, 4, 4], sep)


def ahv(nine):
    body = "756" + nine
    s = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(digits(body)))
    c = (10 - s % 10) % 10
    n = body + str(c)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])


def at_svnr(serial3, ddmmyy):
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    d = digits(serial3 + ddmmyy)
    c = sum(a * b for a, b in zip(w, d)) % 11
    assert c < 10, "choose another serial"
    return serial3 + str(c) + " " + ddmmyy


def ee_ik(ten):
    d = digits(ten)
    for w in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        r = sum(a * b for a, b in zip(w, d)) % 11
        if r != 10:
            return ten + str(r)
    return ten + "0"


def egn(nine):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = sum(a * b for a, b in zip(w, digits(nine))) % 11
    return nine + ("0" if r == 10 else str(r))


def taj(eight, sep=" "):
    w = [3, 7, 3, 7, 3, 7, 3, 7]
    n = eight + str(sum(a * b for a, b in zip(w, digits(eight))) % 10)
    return grp(n, [3, 3, 3], sep)


def pt_nif(eight):
    s = sum(x * (9 - i) for i, x in enumerate(digits(eight)))
    c = 11 - s % 11
    return eight + ("0" if c >= 10 else str(c))


def cuil(prefix, dni8):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(w, digits(prefix + dni8)))
    c = 11 - s % 11
    assert c != 10
    return "%s-%s-%s" % (prefix, dni8, "0" if c == 11 else c)


def jmbg(twelve):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(a * b for a, b in zip(w, digits(twelve))) % 11
    assert c != 10
    return twelve + ("0" if c == 11 else str(c))


def be_nn(yymmdd, serial3, after2000=False, fmt=True):
    base = yymmdd + serial3
    n = int(("2" if after2000 else "") + base)
    c = "%02d" % (97 - n % 97)
    if fmt:
        return "%s.%s.%s-%s.%s" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], serial3, c)
    return base + c


def snils(nine):
    d = digits(nine)
    s = sum(x * (9 - i) for i, x in enumerate(d))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (nine[:3], nine[3:6], nine[6:], c)


def inn12(ten):
    d = digits(ten)
    for w in ([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]):
        d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
    return "".join(map(str, d))


def ua_rnokpp(nine):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return nine + str(sum(a * b for a, b in zip(w, digits(nine))) % 11 % 10)


def ir_melli(nine, fmt=False):
    s = sum(x * (10 - i) for i, x in enumerate(digits(nine)))
    r = s % 11
    n = nine + str(r if r < 2 else 11 - r)
    return "%s-%s-%s" % (n[:3], n[3:9], n[9]) if fmt else n


def pl_dowod(letters, five):
    v = [ord(c) - 55 for c in letters] + digits(five)
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return letters + str(sum(a * b for a, b in zip(w, v)) % 10) + five


def mrz_digit(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def nino_ok(s):
    s = s.replace(" ", "")
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    return (s[0] not in "DFIQUV" and s[1] not in "DFIQUVO" and s[:2] not in bad and s[2:8].isdigit()
            and s[8] in "ABCD")


def ssn_ok(s):
    a, b, c = s.split("-") if "-" in s else (s[:3], s[3:5], s[5:])
    return a not in ("000", "666") and not a.startswith("9") and b != "00" and c != "0000"


def dvla(surname, yy, mm, dd, initials, female=False, tail="9AB"):
    s5 = (surname.upper() + "99999")[:5]
    mon = int(mm) + (50 if female else 0)
    return "%s%s%02d%s%s%s%s" % (s5, yy[0], mon, dd, yy[1], (initials + "9")[:2], tail)


def ean13(twelve):
    s = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(digits(twelve)))
    return twelve + str((10 - s % 10) % 10)


def isbn10(nine):
    s = sum(x * (10 - i) for i, x in enumerate(digits(nine)))
    c = (11 - s % 11) % 11
    return nine + ("X" if c == 10 else str(c))


def s10(letters2, eight, country):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(a * b for a, b in zip(w, digits(eight))) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return letters2 + eight + str(c) + country


def vin(seventeen_with_placeholder):
    """North-American VIN; position 9 (index 8) is replaced by the check character."""
    tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = seventeen_with_placeholder
    s = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v) if i != 8)
    r = s % 11
    return v[:8] + ("X" if r == 10 else str(r)) + v[9:]


def jp_corp(twelve):
    p = list(reversed(digits(twelve)))
    s = sum(x * (1 if (n + 1) % 2 == 1 else 2) for n, x in enumerate(p))
    return str(9 - s % 9) + twelve


def siret(siren8, nic4):
    siren = card(siren8)
    body = siren + nic4
    for c in range(10):
        if luhn(body[:-1] + str(c)):
            return siren, body[:-1] + str(c)


def luhn(s):
    d = digits(s)
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def au_medicare(eight, issue="1"):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(a * b for a, b in zip(w, digits(eight))) % 10
    return "%s %s%s %s" % (eight[:4], eight[4:], c, issue)


def fi_ytunnus(seven):
    w = [7, 9, 10, 5, 8, 4, 2]
    r = sum(a * b for a, b in zip(w, digits(seven))) % 11
    assert r != 1
    return seven + "-" + ("0" if r == 0 else str(11 - r))


def dk_cvr(seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    for c in range(10):
        if (sum(a * b for a, b in zip(w, digits(seven))) + c) % 11 == 0:
            return seven + str(c)
    raise ValueError(seven)


def no_orgnr(eight):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(a * b for a, b in zip(w, digits(eight))) % 11
    assert r != 10
    return eight + ("0" if r == 11 else str(r))


def aba(eight):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    return eight + str((10 - sum(a * b for a, b in zip(w, digits(eight))) % 10) % 10)


def isin(eleven):
    conv = "".join(str(int(c, 36)) for c in eleven)
    return eleven + luhn_digit(conv)


def rg_sp(eight):
    s = sum(x * (i + 2) for i, x in enumerate(digits(eight)))
    r = 11 - s % 11
    dv = "0" if r == 11 else "X" if r == 10 else str(r)
    return "%s.%s.%s-%s" % (eight[:2], eight[2:5], eight[5:], dv)


def emirates(twelve_after_784):
    body = "784" + twelve_after_784
    n = body + luhn_digit(body)
    return "%s-%s-%s-%s" % (n[:3], n[3:7], n[7:14], n[14])


def uscc(seventeen):
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    r = 31 - sum(cs.index(c) * x for c, x in zip(seventeen, w)) % 31
    return seventeen + cs[0 if r == 31 else r]


def kr_brn(nine):
    d = digits(nine)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(w, d)) + d[8] * 5 // 10
    n = nine + str((10 - s % 10) % 10)
    return "%s-%s-%s" % (n[:3], n[3:5], n[5:])


def cz_ico(seven):
    s = sum(x * (8 - i) for i, x in enumerate(digits(seven)))
    return seven + str((11 - s % 11) % 10)


def fr_rib(bank, branch, account):
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    return bank + branch + account + "%02d" % key


def be_bban(ten):
    r = int(ten) % 97
    return ten + "%02d" % (97 if r == 0 else r)


def de_rvnr(area, ddmmyy, letter, serial2):
    d = digits(area + ddmmyy + "%02d" % (ord(letter) - 64) + serial2)
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(digits(str(a * b))) for a, b in zip(w, d))
    return "%s %s %s %s%s" % (area, ddmmyy, letter, serial2, s % 10)


cases = []

# ================================================================ 1. CREDIT CARDS — positives
v1 = card("453201511283036")
mc1 = card("545762198403315")
cb_fr = card("497010736128845")
amex1 = card("37144963539843")
amex2 = card("34871290556301")
din1 = card("3056930902590")
din2 = card("3852041766321")
up19 = card("621700387102456631")
up16 = card("622588014279330")
mae19 = card("675941102876530019")
mir1 = card("220070839145230")
troy1 = card("979204551872063")
rupay1 = card("608001772935184")
elo1 = card("636368402217759")
hiper1 = card("606282915530047")
jcb1 = card("353011847201956")
disc1 = card("601100451872230")
mc2 = card("222300104829377")
shetab = card("603799180452716")
v2 = card("491761230984512")
v3 = card("448522103399871")
v4 = card("402400713185012")
mc3 = card("539918204471256")
mc4 = card("517805730021948")
v5 = card("476173890012557")
v6 = card("455673014588203")
mc5 = card("520473316608215")
v7 = card("426684129907351")
v8 = card("417500219864830")
mc6 = card("551029877413062")
v9 = card("492913870255461")
mc7 = card("535310044826197")
v10 = card("465858019347726")
bc_kr = card("941012348705562")  # Korean domestic BC-style 94 prefix
v11 = card("438857014672930")
mc8 = card("542418660930517")
v12 = card("411111111111111")  # the well-known test number, here given as someone's own card

cases += [
    ("card", "en", False,
     "ORDER #A-55812  Billing details" + NL + "Cardholder: " + m(N, "Margaret Ellison") + NL + "Card number: "
     + m(C, g4(v1)) + NL + "Expiry: 09/27   CVV: 418" + NL + "Billing address: " + m(A, "2214 Larkspur Lane, Boise, ID 83706")),
    ("card", "de", False,
     "Zahlungsdaten zur Buchung 7781-KLG" + NL + "Karteninhaber: " + m(N, "Jürgen Wollenberg") + NL + "Kartennummer: "
     + m(C, g4(mc1, "-")) + NL + "Gültig bis: 11/26, Prüfnummer 733"),
    ("card", "fr", False,
     "[14:02] " + m(N, "lucie") + ": ok je te donne ma cb pour la résa du gîte" + NL + "[14:02] " + m(N, "lucie") + ": "
     + m(C, g4(cb_fr)) + " exp 03/28" + NL + "[14:03] " + m(N, "lucie") + ": le cryptogramme je te le dis au tel"),
    ("card", "es", False,
     "Estimado cliente, confirmamos el cargo en la tarjeta número " + m(C, g4(v2, ".")) + " a nombre de Dña. "
     + m(N, "Rocío Villanueva Peláez") + " por importe de 189,90 €."),
    ("card", "pt", False,
     "Pagamento em 3x sem juros" + NL + "Nome impresso no cartão: " + m(N, "RAFAEL MOURA TEIXEIRA") + NL + "Cartão Elo: "
     + m(C, g4(elo1)) + NL + "Validade 07/29 | CVV 552" + NL + "CPF do titular: " + m(ID, cpf("385201947"))),
    ("card", "it", False,
     "Gentile Signora " + m(N, "Bianchi") + ", abbiamo registrato la carta di credito " + m(C, mc3)
     + " (scadenza 05/27) per il rinnovo automatico dell'abbonamento."),
    ("card", "ru", False,
     "Заявка на возврат средств" + NL + "ФИО держателя: " + m(N, "Смирнова Ольга Викторовна") + NL + "Номер карты: "
     + m(C, g4(mir1)) + NL + "Сумма: 4 350,00 руб."),
    ("card", "zh", False,
     "持卡人姓名：" + m(N, "王晓明") + NL + "银联卡号：" + m(C, grp(up19, [4, 4, 4, 4, 3])) + NL + "有效期：08/30" + NL
     + "预留手机：" + m(P, "138 1024 6675")),
    ("card", "ja", False,
     "お支払い方法：クレジットカード（JCB）" + NL + "カード番号：" + m(C, g4(jcb1, "-")) + NL + "カード名義：" + m(N, "YAMADA TARO")
     + NL + "有効期限：10/28"),
    ("card", "ar", False,
     "عزيزي " + m(N, "خالد العتيبي") + "، تم خصم مبلغ 250 ريال من البطاقة رقم " + m(C, g4(v5))
     + " بتاريخ 2024/05/12."),
    ("card", "tr", False,
     "Ödeme bilgileri — Kart sahibi: " + m(N, "Elif Karataş") + ", kart numarası: " + m(C, g4(troy1))
     + ", son kullanma tarihi 04/27. Taksit sayısı: 6."),
    ("card", "pl", False,
     "Dzień dobry, proszę o zwrot za zamówienie 2024/11/0451. Płaciłem kartą " + m(C, g4(mc4))
     + ". Pozdrawiam, " + m(N, "Marek Zieliński")),
    ("card", "hi", False,
     "प्रिय " + m(N, "राजेश कुमार") + ", आपके RuPay कार्ड नंबर " + m(C, g4(rupay1))
     + " से ₹2,499 का भुगतान सफल रहा।"),
    ("card", "en", False,
     '{"event":"payment.created","customer":{"name":"' + m(N, "Derek Osei") + '","email":"' + m(E, "derek.osei@mailbox.org")
     + '"},"source":{"pan":"' + m(C, v6) + '","exp_month":2,"exp_year":2029,"cvc":"081"}}'),
    ("card", "en", False,
     "customer_id,full_name,card_number,exp" + NL + "10442," + m(N, "Priya Raman") + "," + m(C, mc5) + ",06/27" + NL + "10443,"
     + m(N, "Tom Hartley") + "," + m(C, v7) + ",12/25"),
    ("card", "en", False,
     "2024-06-19T08:41:07.332Z WARN  payment-gw  declined txn=8c1f2 client=" + m(IP, "81.174.22.109") + " pan=" + m(C, v8)
     + " reason=INSUFFICIENT_FUNDS"),
    ("card", "en", False,
     "Hi Sam, as discussed please charge the deposit to my Amex " + m(C, grp(amex1, [4, 6, 5]))
     + ", exp 01/28. The 4-digit code on the front is 7710. Thanks, " + m(N, "Olivia")),
    ("card", "en", False,
     "Corporate card on file for " + m(N, "R. Castellano") + ": Diners Club " + m(C, grp(din1, [4, 6, 4]))
     + " — valid thru 10/26."),
    ("card", "en", False,
     "Maestro card: " + m(C, grp(mae19, [4, 4, 4, 4, 3])) + "  Issue no. 02  Holder " + m(N, "Gareth Pryce")),
    ("card", "en", False,
     "the card is " + m(C, g4(v3)) + ", ending in " + v3[-4:] + " — yes that's the one ending " + v3[-4:] + ", not my debit"),
    ("card", "nl", False,
     "Beste " + m(N, "Sanne") + ", de betaling met creditcard " + m(C, g4(mc6)) + " is mislukt. Controleer de vervaldatum (08/25)."),
    ("card", "sv", False,
     "Hej! Kortnumret till hotellbokningen är " + m(C, g4(v9)) + ", giltigt t.o.m. 09/26. Mvh " + m(N, "Johan Lindqvist")),
    ("card", "ko", False,
     "결제 카드 정보" + NL + "카드번호: " + m(C, g4(bc_kr, "-")) + NL + "소유자: " + m(N, "김민준") + NL + "유효기간: 03/29"),
    ("card", "vi", False,
     "Khách hàng " + m(N, "Nguyễn Thị Lan") + " thanh toán bằng thẻ tín dụng số " + m(C, g4(mc7)) + ", hết hạn 11/27."),
    ("card", "id", False,
     "Mohon bantuannya, transaksi saya gagal terus. Nomor kartu " + m(C, g4(v10)) + " atas nama " + m(N, "Budi Santoso") + "."),
    ("card", "he", False,
     "שלום, אני רוצה לעדכן את אמצעי התשלום. מספר כרטיס חדש: " + m(C, g4(v11)) + ", תוקף 06/28. " + m(N, "יעל כהן")),
    ("card", "el", False,
     "Αριθμός κάρτας: " + m(C, g4(mc8)) + NL + "Κάτοχος: " + m(N, "Γεώργιος Παπαδόπουλος") + NL + "Λήξη: 02/27"),
    ("card", "cs", False,
     "Číslo karty " + m(C, g4(card("516732045518290"))) + ", platnost do 07/26, držitel " + m(N, "Petra Nováková") + "."),
    ("card", "uk", False,
     "Переказ на картку " + m(C, g4(card("516875302194467"))) + " (" + m(N, "Олександр Шевчук") + "), призначення: за оренду."),
    ("card", "fi", False,
     "Kortin numero: " + m(C, g4(card("491690023417785"))) + " – haltija " + m(N, "Aino Virtanen") + ", voimassa 12/27."),
    ("card", "th", False,
     "หมายเลขบัตรเครดิต " + m(C, g4(card("457732091836604"))) + " ชื่อผู้ถือบัตร " + m(N, "สมชาย ใจดี")),
    ("card", "ro", False,
     "Vă rugăm să debitați cardul " + m(C, g4(card("479276113048527"), "-")) + " aparținând dlui " + m(N, "Andrei Popescu")
     + " pentru factura FV-2024-0912."),
    ("card", "hu", False,
     "Kártyaszám: " + m(C, g4(card("516741580029376"))) + NL + "Kártyabirtokos neve: " + m(N, "Kovács Eszter")),
    ("card", "en", False,
     "INSERT INTO payments (id, holder, pan, exp) VALUES (9921, '" + m(N, "Liam Doherty") + "', '"
     + m(C, card("377813092265104")) + "', '2027-08');"),
    ("card", "en", False,
     '<input type="text" name="cc-number" value="' + m(C, g4(card("552204319987406"))) + '" autocomplete="cc-number">'
     + NL + '<input type="text" name="cc-name" value="' + m(N, "Hannah Weiss") + '">'),
    ("card", "en", False,
     "<Payment><Holder>" + m(N, "Carlos Mendes") + "</Holder><CardNumber>" + m(C, card("401288888888188"))
     + "</CardNumber><Expiry>2026-04</Expiry></Payment>"),
    ("card", "en", False,
     "hey, can u just use my card for the uber eats order? " + m(C, g4(v12)) + " exp 12/28 cvv 123 lol"),
    ("card", "en", False,
     "Reimbursement list (do not forward)" + NL + m(N, "Tomasz Wiśniewski") + "   " + m(C, g4(card("541275120341267"))) + "   03/27"
     + NL + m(N, "Ana Lucía Ferrer") + "   " + m(C, g4(card("454617703290915"))) + "   10/26"),
    ("card", "en", False,
     "Ticket #48213 — customer pasted full card in notes field: \"please use " + m(C, card("520082828282821"))
     + " instead of old one\" — " + m(N, "Wendy Tran") + ", " + m(P, "+1 (415) 555-0137")),
    ("card", "en", False,
     "GET /checkout/confirm?order=88121&cc=" + m(C, card("453978122098641")) + "&exp=0927 HTTP/1.1 200 from "
     + m(IP, "203.0.113.54")),
    ("card", "ms", False,
     "Encik " + m(N, "Ahmad Faizal") + ", sila sahkan pembayaran menggunakan kad kredit bernombor " + m(C, g4(card("521853900147726")))
     + "."),
    ("card", "fa", False,
     "شماره کارت برای واریز: " + m(C, g4(shetab, "-")) + " به نام " + m(N, "مریم احمدی")),
    ("card", "bg", False,
     "Номер на карта: " + m(C, g4(card("451490338802647"))) + ", картодържател " + m(N, "Иван Петров") + ", валидна до 05/28."),
    ("card", "da", False,
     "Betaling modtaget fra " + m(N, "Mette Sørensen") + " – kortnummer " + m(C, g4(card("457199402315875"))) + "."),
    ("card", "no", False,
     "Hei, jeg vil bytte betalingskort til " + m(C, g4(card("492500117638249"))) + ". Hilsen " + m(N, "Kari Nordmann")),
    ("card", "sk", False,
     "Platba kartou " + m(C, g4(card("535416229870043"))) + " zamietnutá. Držiteľ: " + m(N, "Martin Horváth") + "."),
    ("card", "hr", False,
     "Broj kartice: " + m(C, card("403587711296154")) + " (Visa), vlasnik " + m(N, "Ivana Kovačević")),
    ("card", "pt", False,
     "Cliente: " + m(N, "Joana Ribeiro") + " | Cartão Hipercard " + m(C, g4(hiper1)) + " | 10 parcelas de R$ 89,90"),
    ("card", "es", False,
     "tarjeta amex " + m(C, grp(amex2, [4, 6, 5], "-")) + " vence 02/27, titular " + m(N, "Sebastián Ortega")),
    ("card", "zh", False,
     "退款申请：原支付卡号 " + m(C, up16) + "，持卡人 " + m(N, "李娜") + "，金额 ¥1,280.00"),
    ("card", "en", False,
     "Stored payment method updated for " + m(E, "m.kowal@proton.me") + ": Discover " + m(C, g4(disc1))
     + ", Mastercard " + m(C, g4(mc2))),
    ("card", "de", False,
     "kannst du bitte für das konzert meine karte nehmen: " + m(C, g4(card("552189003471126"), "")) + " gültig 06/27 – " + m(N, "anja")),
    ("card", "en", False,
     "Diners Club International 14-digit: " + m(C, din2) + ", name on card " + m(N, "Ahmed Siddiqui")),
]

# ================================================================ 1b. CREDIT CARDS — hard negatives
imei1 = card("35209900176148")
imei2 = card("86793604512237")
iccid = card("894411000093172650")
order_luhn = card("400031220781544")
siren_x, siret_x = siret("41236908", "00027")
ean_a, ean_b, ean_c = ean13("400638133393"), ean13("590123412345"), ean13("871258902718")
isbn_a = ean13("978302114706")
track_ru = s10("RA", "64418230", "RU")
jp_houjin = jp_corp("010401089372")

cases += [
    ("card", "en", True,
     "THANK YOU FOR SHOPPING" + NL + "VISA           **** **** **** 4242" + NL + "AUTH CODE: 083312   TERMINAL 0047" + NL
     + "TOTAL  USD 64.18" + NL + "CUSTOMER COPY"),
    ("card", "de", True,
     "Kontoauszug 06/2024 – Kartenumsätze" + NL + "Karte: XXXX XXXX XXXX 1881 (Mastercard Gold)" + NL
     + "03.06.  REWE Markt GmbH        -42,17" + NL + "05.06.  Deutsche Bahn          -89,90"),
    ("card", "fr", True,
     "Votre carte bancaire se terminant par 8845 (CB 4970 10** **** 8845) expire le mois prochain. "
     + "Une nouvelle carte vous sera envoyée automatiquement."),
    ("card", "en", True,
     "Repair intake form" + NL + "Device: Galaxy S21 (SM-G991B)" + NL + "IMEI: " + imei1 + NL + "IMEI 2: " + imei2 + NL
     + "Fault: cracked display, no touch response"),
    ("card", "en", True,
     "SIM swap request — new SIM ICCID " + g4(iccid) + ", PUK printed on carrier card. Old ICCID deactivated 2024-02-03 11:20 UTC."),
    ("card", "es", True,
     "Número de pedido: " + order_luhn + NL + "Fecha del pedido: 14/03/2024" + NL + "Artículos: 2 × Auriculares BT-500" + NL
     + "Estado: enviado"),
    ("card", "en", True,
     "Your parcel is on its way! UPS tracking number 1Z4E75W80392748161 — estimated delivery Thursday by end of day."),
    ("card", "pt", True,
     "Linha digitável do boleto:" + NL + "23793.38128 60000.000003 00012.345609 8 97370000015000" + NL
     + "Vencimento: 10/07/2024  Valor: R$ 150,00"),
    ("card", "it", True,
     "Listino prodotti – codici EAN" + NL + "Pasta integrale 500 g\t" + ean_b + NL + "Caffè macinato 250 g\t" + ean_a + NL
     + "Olio EVO 1 l\t" + ean_c),
    ("card", "en", True,
     "Further reading: Schneider, A. (2019). Distributed Ledgers in Practice. Berlin: Springer. ISBN " + grp(isbn_a, [3, 1, 5, 3, 1], "-")
     + "; ISSN 1613-9011."),
    ("card", "ru", True,
     "Ваш заказ № 5521-0098-7763 передан в доставку. Трек-номер Почты России: " + track_ru
     + ". Срок хранения в отделении — 15 дней."),
    ("card", "zh", True,
     "订单编号：2024061918233459871" + NL + "快递公司：顺丰速运" + NL + "运单号：SF1402785311930" + NL + "发货时间：2024-06-19 18:23"),
    ("card", "ja", True,
     "株式会社サンプル商事" + NL + "法人番号：" + jp_houjin + NL + "適格請求書発行事業者登録番号：T" + jp_houjin + NL
     + "所在地：東京都千代田区"),
    ("card", "fr", True,
     "FACTURE N° FA-2024-00831" + NL + "Émetteur : Atelier Boisé SAS – SIREN " + grp(siren_x, [3, 3, 3]) + " – SIRET "
     + grp(siret_x, [3, 3, 3, 5]) + NL + "TVA intracommunautaire : FR 61 " + siren_x + NL + "Échéance : 30 jours fin de mois"),
    ("card", "en", True,
     "Settlement report 2024-06-18" + NL + "transaction_id,amount,currency,status" + NL + "5521 0098 7763 1204,19.99,EUR,SETTLED"
     + NL + "5521 0098 7763 1205,4.50,EUR,REFUNDED"),
    ("card", "de", True,
     "Rechnungsnummer: 2024 0318 0045 7781" + NL + "Kundennummer: 100 482 331" + NL + "Leistungszeitraum: 01.03.2024 – 31.03.2024"),
    ("card", "tr", True,
     "Sipariş No: 5301 2299 4410 0371 — Kargo takip no: 7200 1482 6630 — Teslimat: 3 iş günü içinde."),
    ("card", "en", True,
     "Fraud rule FR-112 fires when the BIN (first six digits, e.g. 453201) is on the high-risk list AND the "
     + "last four digits repeat within 24 h. Only BIN + last4 are stored; full PANs never reach this service."),
    ("card", "en", True,
     "EuroMillions draw 18/06/2024 – main numbers 04 11 23 37 45, Lucky Stars 02 09. Jackpot: €43,000,000. "
     + "Next draw: Friday."),
    ("card", "en", True,
     "Country      Population (2023)   Area km²" + NL + "Germany      84 482 267          357 588" + NL
     + "France       68 170 228          551 695" + NL + "Poland       36 687 353          312 696"),
    ("card", "en", True,
     "Maestro ending 342 — card number 6759 **** **** **** 342 — payment of £12.40 approved."),
    ("card", "ko", True,
     "주문번호: 20240619-0003487" + NL + "송장번호(CJ대한통운): 6891 2307 4415" + NL + "배송 상태: 배송 출발"),
    ("card", "pl", True,
     "Twoja paczka InPost czeka w paczkomacie WAW12M. Numer przesyłki: 6025 8811 0342 9917 4450 3318, kod odbioru 481 206."),
    ("card", "en", True,
     "1718802345123 INFO req=7f3e9a1c-44b2-4e61-9b8e-0d5a2f6c1b77 latency_ms=184 upstream=payments-v2 status=200"),
    ("card", "ar", True,
     "رقم الطلب: 4410 2873 9901 5526 — حالة الطلب: قيد الشحن — تاريخ التسليم المتوقع: 2024/07/02"),
    ("card", "hi", True,
     "PNR: 4523718906 | ट्रेन संख्या 12952 | कोच B3, बर्थ 41 | यात्रा तिथि 22-07-2024"),
    ("card", "en", True,
     "card_bin_ranges:" + NL + "  visa: [400000, 499999]" + NL + "  mastercard: [510000, 559999, 222100, 272099]" + NL
     + "  amex: [340000, 349999, 370000, 379999]" + NL + "luhn_check: true"),
    ("card", "es", True,
     "Su tarjeta terminada en 5127 ha sido bloqueada preventivamente. Tarjeta: 4917 61XX XXXX 5127. "
     + "Llame al número que figura en el reverso."),
    ("card", "zh", True,
     "手机串号 IMEI：" + card("86147203998451") + "，序列号：R58N31KZP2X，购买日期：2023年11月11日。"),
]

# ================================================================ 2. DATE OF BIRTH — positives
cases += [
    ("dob", "fr", False,
     m(N, "Camille Rousseau") + ", née le " + m(D, "3 mars 1985") + " à Lyon (69), demeurant " + m(A, "14 rue des Tanneurs, 69002 Lyon")
     + ", déclare sur l'honneur l'exactitude des informations ci-dessus."),
    ("dob", "de", False,
     "Antragsteller: " + m(N, "Stefan Brandt") + ", geb. am " + m(D, "03.04.1985") + " in Kassel, wohnhaft "
     + m(A, "Gartenstraße 17, 34117 Kassel")),
    ("dob", "ja", False,
     "氏名：" + m(N, "佐藤 花子") + NL + "生年月日：" + m(D, "昭和60年3月4日") + NL + "住所：" + m(A, "東京都世田谷区桜新町2丁目14番3号")),
    ("dob", "ja", False,
     "応募者 " + m(N, "鈴木一郎") + "（" + m(D, "1985年3月4日") + "生、39歳）は、前職で経理を担当。"),
    ("dob", "ko", False,
     "이름: " + m(N, "박서연") + NL + "생년월일: " + m(D, "1985.03.04") + NL + "연락처: " + m(P, "010-4821-7735")),
    ("dob", "ru", False,
     "Я, " + m(N, "Кузнецов Андрей Павлович") + ", дата рождения: " + m(D, "4 марта 1985 г.")
     + ", прошу предоставить мне ежегодный отпуск."),
    ("dob", "pl", False,
     m(N, "Anna Kowalczyk") + ", ur. " + m(D, "4 marca 1985") + " r. w Krakowie, zam. " + m(A, "ul. Długa 12/4, 31-147 Kraków")),
    ("dob", "es", False,
     "Don " + m(N, "Javier Morales Ruiz") + ", nacido el " + m(D, "4 de marzo de 1985") + " en Valladolid, con domicilio en "
     + m(A, "Calle de Santiago 22, 3º B, 47001 Valladolid") + "."),
    ("dob", "th", False,
     "ข้าพเจ้า นางสาว" + m(N, "พิมพ์ชนก ศรีสุข") + " เกิดวันที่ " + m(D, "4 มีนาคม 2528") + " ขอสมัครงานในตำแหน่งพนักงานบัญชี"),
    ("dob", "fa", False,
     "نام و نام خانوادگی: " + m(N, "علی رضایی") + NL + "تاریخ تولد: " + m(D, "۱۳۶۳/۱۲/۱۳") + NL + "محل تولد: اصفهان"),
    ("dob", "ar", False,
     "الاسم: " + m(N, "فاطمة الزهراء بن علي") + NL + "تاريخ الميلاد: " + m(D, "15/07/1990") + NL + "الجنسية: مغربية"),
    ("dob", "hi", False,
     "आवेदक का नाम: " + m(N, "सुनीता शर्मा") + NL + "जन्म तिथि: " + m(D, "12/08/1992") + NL + "पिता का नाम: " + m(N, "रमेश शर्मा")),
    ("dob", "en", False,
     '{"patient":{"id":"p-20931","name":{"given":"' + m(N, "Marcus") + '","family":"' + m(N, "Whitfield") + '"},"dob":"'
     + m(D, "1979-11-23") + '","gender":"male"}}'),
    ("dob", "en", False,
     "member_id;first_name;last_name;birth_date;plan" + NL + "M-1021;" + m(N, "Grace") + ";" + m(N, "Liu") + ";" + m(D, "1991-02-14")
     + ";GOLD" + NL + "M-1022;" + m(N, "Omar") + ";" + m(N, "Haddad") + ";" + m(D, "1967-09-30") + ";SILVER"),
    ("dob", "en", False,
     "INSERT INTO employees (emp_no, first_name, last_name, birth_date, hire_date) VALUES (10077, '" + m(N, "Teresa") + "', '"
     + m(N, "Kimura") + "', '" + m(D, "1984-06-09") + "', '2019-01-07');"),
    ("dob", "en", False,
     "My sister " + m(N, "Rachel") + " was born on " + m(D, "14 February 1991") + ", which is why she hates Valentine's Day dinners."),
    ("dob", "en", False,
     "Name            | Born        | Team" + NL + m(N, "Daniel Okafor") + "   | " + m(D, "02/11/1996") + "  | U23" + NL
     + m(N, "Lewis Carmody") + "   | " + m(D, "17/05/1998") + "  | U23"),
    ("dob", "en", False,
     "Pt: " + m(N, "HOLLAND, JUNE") + "  DOB " + m(D, "07/04/88") + "  MRN 00482913  Allergies: penicillin"),
    ("dob", "en", False,
     "Applicant " + m(N, "Nathaniel Brooks") + " (b. " + m(D, "12 Sept 1975") + ") has held a licence since 1994."),
    ("dob", "en", False,
     "Employee: " + m(N, "Chloe Adeyemi") + NL + "DOB: " + m(D, "Jan 5, 1990") + NL + "Start date: March 18, 2024"),
    ("dob", "en", False,
     "Witness statement of " + m(N, "Peter Hollis") + ", born on the " + m(D, "3rd March 1985") + ", of "
     + m(A, "41 Elm Grove, Leeds LS6 2AQ") + "."),
    ("dob", "it", False,
     "Il sottoscritto " + m(N, "Giuseppe Esposito") + ", nato a Napoli il " + m(D, "12/05/1978") + ", residente in "
     + m(A, "Via Toledo 156, 80134 Napoli") + ", dichiara quanto segue."),
    ("dob", "pt", False,
     "Nome completo: " + m(N, "Beatriz Almeida Santos") + NL + "Data de nascimento: " + m(D, "22/09/1983") + NL
     + "Naturalidade: Porto Alegre/RS"),
    ("dob", "nl", False,
     "Hierbij verklaar ik, " + m(N, "Pieter de Vries") + ", geboren op " + m(D, "17 juni 1969") + " te Utrecht, dat ik akkoord ga."),
    ("dob", "sv", False,
     m(N, "Ingrid Berg") + ", född " + m(D, "1974-02-28") + ", har ansökt om bygglov för fastigheten Björkhagen 3:14."),
    ("dob", "fi", False,
     "Hakija: " + m(N, "Mikko Laine") + ", syntynyt " + m(D, "5.11.1981") + ", osoite " + m(A, "Hämeenkatu 21 B 12, 33200 Tampere")),
    ("dob", "da", False,
     "Lejer: " + m(N, "Frederik Holm") + ", født den " + m(D, "9. august 1993") + ", tlf. " + m(P, "+45 28 71 44 90")),
    ("dob", "no", False,
     "Pasient: " + m(N, "Sigrid Haugen") + NL + "Fødselsdato: " + m(D, "30.01.1987") + NL + "Fastlege: dr. " + m(N, "Eriksen")),
    ("dob", "tr", False,
     "Adı Soyadı: " + m(N, "Mehmet Yılmaz") + NL + "Doğum Tarihi: " + m(D, "12.06.1995") + NL + "Doğum Yeri: Bursa"),
    ("dob", "cs", False,
     "Pan " + m(N, "Jiří Dvořák") + ", narozen " + m(D, "21. 4. 1968") + ", bytem " + m(A, "Korunní 48, 120 00 Praha 2") + "."),
    ("dob", "hu", False,
     "Név: " + m(N, "Nagy Zsófia") + NL + "Született: Debrecen, " + m(D, "1982. október 3.") + NL + "Anyja neve: " + m(N, "Tóth Mária")),
    ("dob", "ro", False,
     "Subsemnata " + m(N, "Elena Ionescu") + ", născută la " + m(D, "14.09.1977") + " în Cluj-Napoca, solicit eliberarea unui certificat."),
    ("dob", "el", False,
     "Ονοματεπώνυμο: " + m(N, "Κωνσταντίνος Νικολάου") + NL + "Ημερομηνία γέννησης: " + m(D, "08/02/1986") + NL + "Τόπος γέννησης: Πάτρα"),
    ("dob", "he", False,
     "שם: " + m(N, "נועה לוי") + NL + "תאריך לידה: " + m(D, "23.11.1979") + NL + "טלפון: " + m(P, "052-738-4412")),
    ("dob", "uk", False,
     "ПІБ: " + m(N, "Коваленко Ірина Миколаївна") + NL + "Дата народження: " + m(D, "17.03.1990") + NL + "Місце народження: м. Львів"),
    ("dob", "vi", False,
     "Họ và tên: " + m(N, "Trần Văn Hùng") + ", sinh ngày " + m(D, "15/08/1992") + ", quê quán: Nam Định."),
    ("dob", "id", False,
     "Nama: " + m(N, "Siti Rahmawati") + NL + "Tempat/Tgl Lahir: Bandung, " + m(D, "21-04-1988") + NL + "Jenis Kelamin: Perempuan"),
    ("dob", "zh", False,
     "姓名：" + m(N, "陈静") + "　性别：女　出生日期：" + m(D, "1990年10月1日") + "　籍贯：湖南长沙"),
    ("dob", "ko", False,
     m(N, "이준호") + " 씨(" + m(D, "1992년 5월 7일") + "생)는 2018년 입사하여 현재 마케팅팀에 근무 중이다."),
    ("dob", "en", False,
     "PATIENT INTAKE" + NL + "Name: " + m(N, "Linda Farris") + NL + "DOB: " + m(D, "04/17/1962") + NL + "Address: "
     + m(A, "880 W Maple Ave, Apt 3C, Columbus, OH 43215") + NL + "Phone: " + m(P, "(614) 555-0182")),
    ("dob", "en", False,
     "Full name: " + m(N, "Aisha Rahman") + NL + "Date of birth: " + m(D, "29/02/1984") + NL + "Place of birth: Bradford"),
    ("dob", "ja", False,
     "被保険者氏名　" + m(N, "高橋 健太") + "　生年月日　" + m(D, "平成3年7月15日") + "　性別　男"),
    ("dob", "ja", False,
     "お子さまのお名前：" + m(N, "田中 ゆい") + "ちゃん　生年月日：" + m(D, "令和2年4月8日") + "　アレルギー：卵"),
    ("dob", "es", False,
     "NOMBRE: " + m(N, "GUADALUPE HERNÁNDEZ SOTO") + NL + "FECHA DE NACIMIENTO: " + m(D, "02-ENE-1991") + NL + "SEXO: M"),
    ("dob", "lt", False,
     "Vardas, pavardė: " + m(N, "Tomas Kazlauskas") + ", gimimo data " + m(D, "1985-06-12") + ", tel. " + m(P, "+370 612 44 871")),
    ("dob", "hr", False,
     m(N, "Marija Horvat") + ", datum rođenja: " + m(D, "03.10.1979.") + ", adresa: " + m(A, "Ilica 105, 10000 Zagreb")),
    ("dob", "bg", False,
     m(N, "Георги Димитров Стоянов") + ", роден на " + m(D, "12.05.1983") + " г. в гр. Пловдив."),
    ("dob", "et", False,
     "Nimi: " + m(N, "Kristjan Tamm") + NL + "Sünniaeg: " + m(D, "14.07.1990") + NL + "Elukoht: Tartu"),
    ("dob", "ms", False,
     "Nama: " + m(N, "Nurul Aina binti Hassan") + NL + "Tarikh lahir: " + m(D, "12 Jun 1989") + NL + "Tempat lahir: Ipoh, Perak"),
    ("dob", "sw", False,
     "Jina: " + m(N, "Amina Wanjiku") + NL + "Tarehe ya kuzaliwa: " + m(D, "5 Mei 1991") + NL + "Mahali: Nakuru"),
    ("dob", "tl", False,
     "Pangalan: " + m(N, "Maria Clara Dela Cruz") + NL + "Petsa ng kapanganakan: " + m(D, "Marso 3, 1986") + NL + "Lugar: Lungsod ng Cebu"),
    ("dob", "en", False,
     "2024-03-02 10:14:55 DEBUG profile.update user_id=88213 user.name=\"" + m(N, "Kevin Marsh") + "\" user.birthdate=" + m(D, "1984-07-22")
     + " src=" + m(IP, "10.24.7.19")),
    ("dob", "en", False,
     "user:" + NL + "  display_name: " + m(N, "Sofia Marin") + NL + "  date_of_birth: \"" + m(D, "1993-12-01") + "\"" + NL
     + "  locale: ro-RO"),
    ("dob", "en", False,
     "MSH|^~\\&|LAB|GENHOSP|||202406191030||ADT^A04|MSG0001|P|2.5" + NL + "PID|1||00482913^^^GENHOSP||" + m(N, "DOE") + "^" + m(N, "JOHN")
     + "^Q||" + m(D, "19620417") + "|M|||" + m(A, "12 OAK ST^^SPRINGFIELD^IL^62704")),
    ("dob", "en", False,
     "BEGIN:VCARD" + NL + "VERSION:3.0" + NL + "FN:" + m(N, "Harriet Cole") + NL + "BDAY:" + m(D, "1988-03-15") + NL + "TEL;TYPE=cell:"
     + m(P, "+44 7700 900 481") + NL + "END:VCARD"),
    ("dob", "en", False,
     "Surname / Nom: " + m(N, "MACKENZIE") + NL + "Given names / Prénoms: " + m(N, "ISLA ROSE") + NL + "Date of birth / Date de naissance: "
     + m(D, "12 JUN 1979")),
    ("dob", "de", False,
     "Unsere " + m(N, "Emma") + " wird am Samstag 7 – kaum zu glauben, dass sie am " + m(D, "15.06.2017") + " zur Welt kam!"),
    ("dob", "fr", False,
     "Nom : " + m(N, "Nguyen") + "  Prénom : " + m(N, "Thomas") + "  Date de naissance : " + m(D, "09/10/2001") + "  Classe : L3 Informatique"),
    ("dob", "pt", False,
     "Segurado: " + m(N, "António Ferreira") + ", nascido em " + m(D, "2 de janeiro de 1958") + ", NIF " + m(ID, pt_nif("21873340"))),
    ("dob", "ar", False,
     "المريض " + m(N, "يوسف حداد") + "، مواليد " + m(D, "1975/03/21") + "، يعاني من ارتفاع ضغط الدم."),
]

# ================================================================ 2b. DATES — hard negatives
cases += [
    ("dob", "de", True,
     "Der Mietvertrag vom 03.04.2023 verlängert sich automatisch um ein Jahr, sofern er nicht bis zum 31.01.2025 gekündigt wird."),
    ("dob", "fr", True,
     "Le dossier complet est à rendre avant le 3 mars 2025 à midi. Aucune pièce ne sera acceptée après cette date."),
    ("dob", "de", True,
     "Die Berliner Mauer fiel am 9. November 1989; die Wiedervereinigung folgte am 3. Oktober 1990."),
    ("dob", "en", True,
     "Apple Computer Company was founded on April 1, 1976 and incorporated as Apple Computer, Inc. on January 3, 1977."),
    ("dob", "en", True,
     "Albert Einstein (born 14 March 1879 in Ulm; died 18 April 1955 in Princeton) was a theoretical physicist."),
    ("dob", "es", True,
     "Frida Kahlo nació el 6 de julio de 1907 en Coyoacán y murió el 13 de julio de 1954 en la misma casa."),
    ("dob", "ja", True,
     "本書は2024年3月4日発行の第2版です。初版は2019年11月20日に刊行されました。"),
    ("dob", "ko", True,
     "발급일: 2023.05.10  유효기간 만료일: 2033.05.09  발급기관: 서울특별시 강남구청"),
    ("dob", "ru", True,
     "Договор поставки № 14/03 от 4 марта 2024 г. вступает в силу с момента подписания и действует до 31 декабря 2024 г."),
    ("dob", "pl", True,
     "Data wystawienia faktury: 04.03.2024" + NL + "Data sprzedaży: 01.03.2024" + NL + "Termin płatności: 18.03.2024"),
    ("dob", "es", True,
     "Fecha de vencimiento de la póliza: 30/06/2025. Renovación automática salvo aviso con 30 días de antelación."),
    ("dob", "th", True,
     "วันออกบัตร 12 มกราคม 2566 วันบัตรหมดอายุ 11 มกราคม 2575"),
    ("dob", "fa", True,
     "به گزارش خبرگزاری، نمایشگاه بین‌المللی کتاب تهران از ۱۴۰۳/۰۲/۱۹ تا ۱۴۰۳/۰۲/۲۹ برگزار می‌شود."),
    ("dob", "ar", True,
     "تاريخ الإصدار: 2022/09/14 — تاريخ الانتهاء: 2027/09/13 — جهة الإصدار: وزارة التجارة"),
    ("dob", "hi", True,
     "वार्षिक आम बैठक 15 अगस्त 2024 को सुबह 11 बजे कंपनी के पंजीकृत कार्यालय में आयोजित की जाएगी।"),
    ("dob", "en", True,
     "2024-03-04T09:15:02+01:00 INFO scheduler job=nightly-backup started; previous run 2024-03-03T09:15:01+01:00 took 412s"),
    ("dob", "en", True,
     "Release 2024.03.04 (build 1985) — fixes date parsing for ISO week numbers; minimum supported version is 2021.11.1."),
    ("dob", "en", True,
     "Date of manufacture: 03/1985   Model: TR-808   Serial: 221457   Condition: restored, original knobs."),
    ("dob", "it", True,
     "Da consumarsi preferibilmente entro il: 04.03.2025  Lotto: L2403A  Conservare in luogo fresco e asciutto."),
    ("dob", "en", True,
     "Family-run bakery, established 1985. Open Tuesday to Sunday, 7am – 2pm. Closed 24 December – 2 January."),
    ("dob", "zh", True,
     "1949年10月1日，中华人民共和国中央人民政府成立典礼在北京天安门广场举行。"),
    ("dob", "en", True,
     "Certificate of Incorporation — Company No. 08123456 — Date of incorporation: 12 June 2012 — Registered in England and Wales."),
    ("dob", "de", True,
     "Ihr Termin: Dienstag, 12.03.2025 um 10:30 Uhr, Praxis im 2. OG. Bitte Versichertenkarte mitbringen."),
    ("dob", "en", True,
     "Live births registered in 1985: 656,417 (England and Wales). Births in 1990: 706,140. Source: ONS annual tables."),
    ("dob", "pt", True,
     "Resultado: Flamengo 2 x 1 Palmeiras (Maracanã, 03/04/2024). Próxima rodada em 07/04/2024."),
    ("dob", "en", True,
     "The policy is effective from 01/07/2024 and covers losses occurring on or after that date until 30/06/2025."),
    ("dob", "nl", True,
     "Rembrandt van Rijn werd geboren op 15 juli 1606 in Leiden en overleed op 4 oktober 1669 in Amsterdam."),
    ("dob", "tr", True,
     "Türkiye Cumhuriyeti 29 Ekim 1923 tarihinde ilan edildi; Ankara 13 Ekim 1923'te başkent oldu."),
    ("dob", "sv", True,
     "Sista ansökningsdag är 2024-09-15. Tillträde enligt överenskommelse, dock senast 2024-11-01."),
    ("dob", "ja", True,
     "夏目漱石（1867年2月9日生 - 1916年12月9日没）は、日本の小説家・英文学者である。"),
]

# ================================================================ 3. PASSPORT / NATIONAL ID / LICENCES — positives
cases += [
    ("id", "pl", False,
     "Imię i nazwisko: " + m(N, "Katarzyna Wójcik") + NL + "PESEL: " + m(ID, pesel("8503041234")) + NL + "Seria i nr dowodu osobistego: "
     + m(ID, pl_dowod("AYK", "48213")) + NL + "Adres: " + m(A, "ul. Piotrkowska 104/7, 90-006 Łódź")),
    ("id", "nl", False,
     "Geachte heer " + m(N, "Bakker") + ", uw burgerservicenummer (BSN) " + m(ID, bsn("23715493"))
     + " is gekoppeld aan uw DigiD-account. Uw paspoortnummer " + m(ID, "NW4R8KP21") + " verloopt op 12-09-2026."),
    ("id", "sv", False,
     "Sökande: " + m(N, "Erik Johansson") + NL + "Personnummer: " + m(ID, se_pnr("850304", "231")) + NL + "Adress: "
     + m(A, "Storgatan 18, 114 51 Stockholm")),
    ("id", "fi", False,
     "Henkilötunnus: " + m(ID, fi_hetu("040385", "-", "456")) + NL + "Nimi: " + m(N, "Laura Mäkinen") + NL + "Kotikunta: Espoo"),
    ("id", "da", False,
     "CPR-nr.: " + m(ID, dk_cpr("040385", 1299)) + "  Navn: " + m(N, "Lars Mikkelsen") + "  Adresse: "
     + m(A, "Nørrebrogade 44, 2. th., 2200 København N")),
    ("id", "no", False,
     "Fødselsnummer (11 siffer): " + m(ID, no_fnr("040385", 495)) + NL + "Navn: " + m(N, "Ola Bakke") + NL + "Kommune: Bergen"),
    ("id", "pt", False,
     "Dados do titular" + NL + "Nome: " + m(N, "Larissa Gonçalves Pereira") + NL + "CPF: " + m(ID, cpf("713804296")) + NL + "RG: "
     + m(ID, rg_sp("24819370")) + " SSP/SP" + NL + "Data de nascimento: " + m(D, "17/08/1991")),
    ("id", "es", False,
     "CURP: " + m(ID, curp("MORJ850304HDFRZV0")) + NL + "RFC: " + m(ID, rfc("MORJ850304K7")) + NL + "Nombre: " + m(N, "Javier Morales Ruiz")),
    ("id", "it", False,
     "Codice fiscale del dichiarante: " + m(ID, codice_fiscale("SPSGPP78E12F839")) + " – " + m(N, "Giuseppe Esposito")
     + ", residente a Napoli."),
    ("id", "fr", False,
     "N° de sécurité sociale : " + m(ID, nir("2 85 03 69 123 045")) + NL + "Nom : " + m(N, "Durand") + "   Prénom : " + m(N, "Sophie") + NL
     + "Caisse : CPAM du Rhône"),
    ("id", "es", False,
     "Datos del arrendatario: " + m(N, "Lucía Fernández Gil") + ", con DNI " + m(ID, dni("48291735")) + ", y domicilio en "
     + m(A, "Avenida de la Constitución 31, 41001 Sevilla") + "."),
    ("id", "es", False,
     "El trabajador extranjero " + m(N, "Mohamed El Amrani") + ", titular del NIE " + m(ID, nie("X", "4718203"))
     + ", presta servicios desde el 01/02/2022."),
    ("id", "hi", False,
     "नाम: " + m(N, "अमित वर्मा") + NL + "आधार संख्या: " + m(ID, aadhaar("52917408365")) + NL + "पता: " + m(A, "मकान नं. 42, सेक्टर 15, नोएडा 201301")),
    ("id", "en", False,
     "KYC documents received for " + m(N, "Ravi Menon") + ": PAN " + m(ID, "BQWPM4821L") + ", Aadhaar " + m(ID, aadhaar("74019285360"))
     + ", Voter ID (EPIC) " + m(ID, "RJV4821937") + "."),
    ("id", "zh", False,
     "姓名：" + m(N, "刘洋") + NL + "公民身份号码：" + m(ID, cn_id("44030519901001123")) + NL + "住址：" + m(A, "广东省深圳市南山区科技园路18号")),
    ("id", "zh", False,
     "请核对您的身份证号码 " + m(ID, cn_id("11010819870615472")) + " 是否与银行预留信息一致。如有疑问，请联系客服。"),
    ("id", "ko", False,
     "성명: " + m(N, "최지우") + NL + "주민등록번호: " + m(ID, kr_rrn("920507223456")) + NL + "주소: " + m(A, "서울특별시 마포구 월드컵로 212")),
    ("id", "en", False,
     "Applicant: " + m(N, "Thabo Nkosi") + NL + "SA ID number: " + m(ID, za_id("880123511108")) + NL + "Cell: " + m(P, "082 417 3390")),
    ("id", "tr", False,
     "T.C. Kimlik No: " + m(ID, tckn("298415730")) + NL + "Adı Soyadı: " + m(N, "Ayşe Demir") + NL + "Adres: "
     + m(A, "Atatürk Cad. No: 45 D: 6, 06420 Çankaya/Ankara")),
    ("id", "he", False,
     "שם מלא: " + m(N, "דניאל פרידמן") + NL + "מספר זהות: " + m(ID, il_id("31857462")) + NL + "כתובת: " + m(A, "רחוב הרצל 27, תל אביב")),
    ("id", "es", False,
     "Estimado " + m(N, "Felipe Araya") + ": su RUT " + m(ID, rut("16482937")) + " quedó registrado en el sistema de boletas de honorarios."),
    ("id", "ro", False,
     "Subsemnatul " + m(N, "Mihai Dumitrescu") + ", CNP " + m(ID, cnp("185031412045")) + ", domiciliat în "
     + m(A, "Str. Memorandumului 21, Cluj-Napoca") + ", solicit..."),
    ("id", "cs", False,
     "Jméno: " + m(N, "Tereza Svobodová") + NL + "Rodné číslo: " + m(ID, rc_cz("855304", "123")) + NL + "Číslo OP: " + m(ID, "204821937")),
    ("id", "en", False,
     "Employee onboarding — " + m(N, "Jean-François Tremblay") + NL + "SIN: " + m(ID, sin("19283746")) + NL + "Ontario driver's licence: "
     + m(ID, "T4821-93705-85304")),
    ("id", "en", False,
     "Hi " + m(N, "Chloe") + ", to set up payroll we need your Tax File Number. Got it: TFN " + m(ID, tfn("38471926"))
     + ", thanks. Your Medicare no. " + m(ID, au_medicare("24287781")) + " is also on file."),
    ("id", "en", False,
     "National Insurance number: " + m(ID, "JT 48 21 93 C") + NL + "Name: " + m(N, "Oliver Bennett") + NL + "Employer PAYE ref: 120/AB48213"),
    ("id", "fr", False,
     "Numéro de registre national : " + m(ID, be_nn("850304", "124")) + " – " + m(N, "Julie Peeters") + ", " + m(A, "Rue Haute 112, 1000 Bruxelles")),
    ("id", "et", False,
     "Isikukood: " + m(ID, ee_ik("4850304123")) + NL + "Nimi: " + m(N, "Maarja Kask") + NL + "Aadress: " + m(A, "Pikk 34, 10123 Tallinn")),
    ("id", "de", False,
     "Steuerliche Identifikationsnummer: " + m(ID, steuer_id("4719238658")) + NL + "Name: " + m(N, "Claudia Hoffmann") + NL
     + "Anschrift: " + m(A, "Lindenallee 9, 50968 Köln")),
    ("id", "de", False,
     "Bitte bringen Sie zur Kontoeröffnung Ihren Ausweis mit. Hinterlegt ist: Personalausweisnummer " + m(ID, "LFC7G2M9R")
     + ", Inhaber " + m(N, "Tobias Krämer") + "."),
    ("id", "de", False,
     "Reisende: " + m(N, "Sabine Vogt") + ", Reisepass-Nr. " + m(ID, "CF7R2KL49") + ", gültig bis 14.08.2031"),
    ("id", "fr", False,
     "Pour l'embarquement, merci d'indiquer votre numéro de passeport : " + m(ID, "19FV48213") + " (" + m(N, "Antoine Lefèvre") + ")."),
    ("id", "fr", False,
     "Carte nationale d'identité n° " + m(ID, "X4RTBPFW4") + " délivrée le 12/05/2022 à " + m(N, "Manon Girard") + "."),
    ("id", "es", False,
     "Número de pasaporte: " + m(ID, "PAF482913") + NL + "Titular: " + m(N, "Diego Navarro Castillo") + NL + "Nacionalidad: española"),
    ("id", "it", False,
     "Documento: passaporto n. " + m(ID, "YB4821937") + "; carta d'identità elettronica n. " + m(ID, "CA48213KL") + " – " + m(N, "Chiara Romano")),
    ("id", "en", False,
     "Passenger: MR " + m(N, "DAVID OKONKWO") + NL + "Passport no.: " + m(ID, "548213907") + " (GBR)" + NL + "Seat 23A"),
    ("id", "en", False,
     "US passport number " + m(ID, "A48213907") + " belongs to " + m(N, "Jennifer Alvarez") + ", " + m(A, "1420 Pine St, Denver, CO 80203")),
    ("id", "en", False,
     "Visa application — " + m(N, "Arjun Nair") + " — Indian passport " + m(ID, "T4821937") + ", PAN " + m(ID, "CKLPN3309R")),
    ("id", "zh", False,
     "旅客姓名：" + m(N, "张伟") + "（" + m(N, "ZHANG WEI") + "）" + NL + "护照号码：" + m(ID, "E48213907") + NL + "签发地：上海"),
    ("id", "ja", False,
     "旅券番号：" + m(ID, "TR4821390") + NL + "氏名：" + m(N, "中村 美咲") + NL + "個人番号：" + m(ID, my_number("30572819466"))),
    ("id", "ko", False,
     "여권번호 " + m(ID, "M48213907") + " / 성명 " + m(N, "정하늘") + " / 운전면허번호 " + m(ID, "11-85-482193-07")),
    ("id", "ru", False,
     "Паспорт гражданина РФ: серия " + m(ID, "45 12") + " номер " + m(ID, "345678") + ", выдан ОВД района Хамовники г. Москвы. Владелец: "
     + m(N, "Соколов Дмитрий Игоревич")),
    ("id", "ru", False,
     "Анкета: " + m(N, "Морозова Екатерина") + "; паспорт " + m(ID, "4510 482193") + "; СНИЛС " + m(ID, snils("148213907")) + "; ИНН "
     + m(ID, inn12("7707482139"))),
    ("id", "ru", False,
     "Загранпаспорт № " + m(ID, "75 4821390") + ", срок действия до 2032 г. Турист: " + m(N, "Волков Артём")),
    ("id", "uk", False,
     "РНОКПП: " + m(ID, ua_rnokpp("318520456")) + NL + "Номер ID-картки: " + m(ID, "004821937") + NL + "ПІБ: " + m(N, "Бондаренко Наталія Олегівна")),
    ("id", "es", False,
     "DNI " + m(ID, "32.481.937") + " – CUIL " + m(ID, cuil("20", "32481937")) + " – Apellido y nombre: " + m(N, "GÓMEZ, Martín Alejandro")),
    ("id", "es", False,
     "Cédula de ciudadanía No. " + m(ID, "1.020.482.193") + " de Bogotá, a nombre de " + m(N, "Valentina Ríos Cárdenas") + "."),
    ("id", "es", False,
     "Clave de elector: " + m(ID, "MRRZJV85030409H400") + NL + "Nombre: " + m(N, "JAVIER MORALES RUIZ") + NL + "Domicilio: "
     + m(A, "C. Durango 214, Col. Roma Nte., 06700 CDMX")),
    ("id", "de", False,
     "AHV-Nummer: " + m(ID, ahv("482193075")) + NL + "Versicherte Person: " + m(N, "Reto Baumann") + ", " + m(A, "Bahnhofstrasse 61, 8001 Zürich")),
    ("id", "de", False,
     "Sozialversicherungsnummer " + m(ID, at_svnr("125", "040385")) + " – " + m(N, "Magdalena Gruber") + ", Wien"),
    ("id", "en", False,
     "PPS Number: " + m(ID, ppsn("4821937")) + NL + "Name: " + m(N, "Siobhán Murphy") + NL + "Address: " + m(A, "17 Clontarf Road, Dublin 3, D03 K2X7")),
    ("id", "hu", False,
     "TAJ szám: " + m(ID, taj("04821937")) + NL + "Személyi igazolvány száma: " + m(ID, "482193AK") + NL + "Név: " + m(N, "Szabó Bence")),
    ("id", "bg", False,
     "ЕГН: " + m(ID, egn("850304123")) + ", име: " + m(N, "Мария Иванова Георгиева") + ", лична карта № " + m(ID, "648213907")),
    ("id", "hr", False,
     "OIB: " + m(ID, oib("4821937056")) + " – " + m(N, "Luka Babić") + ", " + m(A, "Vukovarska 58, 21000 Split")),
    ("id", "sl", False,
     "EMŠO: " + m(ID, jmbg("040398550512")) + NL + "Ime in priimek: " + m(N, "Nina Kranjc") + NL + "Naslov: " + m(A, "Slovenska cesta 17, 1000 Ljubljana")),
    ("id", "lt", False,
     "Asmens kodas " + m(ID, ee_ik("3850304123")) + ", " + m(N, "Mantas Petrauskas") + ", paso Nr. " + m(ID, "24821937")),
    ("id", "el", False,
     "ΑΜΚΑ: " + m(ID, card("0403851234")) + NL + "Αριθμός δελτίου ταυτότητας: " + m(ID, "ΑΚ 482193") + NL + "Ονοματεπώνυμο: " + m(N, "Ελένη Γεωργίου")),
    ("id", "pt", False,
     "Contribuinte n.º " + m(ID, pt_nif("24719385")) + " – " + m(N, "Rui Carvalho") + " – " + m(A, "Rua Augusta 120, 1100-053 Lisboa")),
    ("id", "zh", False,
     "中華民國國民身分證統一編號：" + m(ID, tw_id("F", "12481937")) + "　姓名：" + m(N, "林志明")),
    ("id", "en", False,
     "Visitor registration: " + m(N, "Tan Wei Ling") + ", NRIC " + m(ID, sg_nric("S", "8548213")) + "; contractor " + m(N, "Rahul Gupta")
     + ", FIN " + m(ID, sg_nric("G", "5821937")) + "."),
    ("id", "zh", False,
     "香港身份證號碼：" + m(ID, hkid("K", "482193")) + NL + "姓名：" + m(N, "黃嘉欣") + NL + "聯絡電話：" + m(P, "9481 2736")),
    ("id", "th", False,
     "เลขประจำตัวประชาชน " + m(ID, th_id("110370048213")) + " ชื่อ นาย" + m(N, "ธนากร วงศ์สวัสดิ์")),
    ("id", "ms", False,
     "No. Kad Pengenalan: " + m(ID, "850304-14-5528") + NL + "Nama: " + m(N, "Lim Mei Ling") + NL + "Alamat: "
     + m(A, "No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor")),
    ("id", "id", False,
     "NIK: " + m(ID, "3273014403850002") + NL + "Nama: " + m(N, "DEWI LESTARI") + NL + "Alamat: " + m(A, "Jl. Dago No. 88, Bandung")),
    ("id", "vi", False,
     "Số CCCD: " + m(ID, "001085004821") + ", cấp ngày 10/04/2021. Họ tên: " + m(N, "Phạm Minh Tuấn") + "."),
    ("id", "tl", False,
     "SSS No.: " + m(ID, "34-5678901-2") + NL + "Pangalan: " + m(N, "Jose Rizal Santos") + NL + "TIN: " + m(ID, "482-193-705-000")),
    ("id", "ar", False,
     "الرقم القومي: " + m(ID, "28503041201234") + NL + "الاسم: " + m(N, "محمود عبد الرحمن") + NL + "العنوان: " + m(A, "15 شارع التحرير، الدقي، الجيزة")),
    ("id", "ar", False,
     "رقم الهوية الوطنية: " + m(ID, card("104821937")) + " — الاسم: " + m(N, "عبدالله القحطاني") + " — الجوال: " + m(P, "0551234870")),
    ("id", "ar", False,
     "رقم الهوية الإماراتية " + m(ID, emirates("19854821937")) + " باسم " + m(N, "سارة المنصوري")),
    ("id", "fa", False,
     "کد ملی: " + m(ID, ir_melli("004821937")) + NL + "نام: " + m(N, "زهرا کریمی") + NL + "محل صدور: شیراز"),
    ("id", "ur", False,
     "شناختی کارڈ نمبر: " + m(ID, "35202-4821937-5") + NL + "نام: " + m(N, "محمد عمران خان")),
    ("id", "bn", False,
     "জাতীয় পরিচয়পত্র নম্বর: " + m(ID, "4821937056") + NL + "নাম: " + m(N, "রহিম উদ্দিন")),
    ("id", "en", False,
     "Beneficiary: " + m(N, "Chinedu Eze") + " | NIN " + m(ID, "48219370561") + " | BVN on file | " + m(A, "14 Admiralty Way, Lekki, Lagos")),
    ("id", "sw", False,
     "Nambari ya kitambulisho: " + m(ID, "28413907") + NL + "Jina: " + m(N, "Juma Otieno") + NL + "Simu: " + m(P, "+254 712 483 096")),
    ("id", "en", False,
     "DRIVER LICENSE  CA" + NL + "DL " + m(ID, "D4821937") + NL + m(N, "GARCIA") + NL + m(N, "MARIA ELENA") + NL
     + m(A, "2650 MISSION ST, SAN FRANCISCO, CA 94110") + NL + "DOB " + m(D, "08/14/1987")),
    ("id", "en", False,
     "NY license # " + m(ID, "482 193 705") + " — " + m(N, "Brian Kowalczyk") + ", Class D, expires 2028."),
    ("id", "en", False,
     "Florida DL: " + m(ID, "B650-417-85-584-0") + " (" + m(N, "Jessica Brown") + ")"),
    ("id", "en", False,
     "Texas driver license number " + m(ID, "48219370") + " and Illinois DL " + m(ID, "P362-4815-8072") + " were both presented by "
     + m(N, "Kyle Peterson") + "."),
    ("id", "en", False,
     "Hire car agreement — main driver " + m(N, "Rebecca Bradshaw") + ", DVLA licence no. " + m(ID, dvla("BRADSHAW", "85", "03", "04", "RL", True, "9LK"))
     + ", address " + m(A, "7 Church Lane, Bath BA2 4QR")),
    ("id", "en", False,
     "NSW driver licence " + m(ID, "14829370") + " – licence holder " + m(N, "Jack Thompson") + ", " + m(A, "55 King St, Newtown NSW 2042")),
    ("id", "en", False,
     "Biometric Residence Permit no. " + m(ID, "ZU4821937") + " issued to " + m(N, "Fatima Noor") + ", valid until 31/12/2024."),
    ("id", "de", False,
     "Aufenthaltstitel (eAT) Nr. " + m(ID, "Y4FC7RM21") + ", Inhaber " + m(N, "Ahmad Karimi") + ", Nebenbestimmung: Erwerbstätigkeit gestattet."),
    ("id", "fr", False,
     "Titre de séjour n° " + m(ID, "9904821937") + " – " + m(N, "Moussa Diallo") + " – valable jusqu'au 14/02/2027."),
    ("id", "ja", False,
     "在留カード番号：" + m(ID, "AB48213907CD") + NL + "氏名：" + m(N, "NGUYEN VAN AN") + NL + "在留資格：技術・人文知識・国際業務"),
    ("id", "ja", False,
     "運転免許証番号 " + m(ID, "304821937050") + "（" + m(N, "伊藤 翔") + "）— 有効期限 令和9年06月15日"),
    ("id", "en", False,
     "applicant_id,full_name,passport_no,nationality" + NL + "A-311," + m(N, "Hiroshi Tanaka") + "," + m(ID, "TK7182930") + ",JPN" + NL + "A-312,"
     + m(N, "Lena Fischer") + "," + m(ID, "C7KL92RF4") + ",DEU" + NL + "A-313," + m(N, "Mateo Silva") + "," + m(ID, "FZ482193") + ",BRA"),
    ("id", "en", False,
     '{"kyc":{"full_name":"' + m(N, "Emily Zhang") + '","document":{"type":"passport","number":"' + m(ID, "AB4821937") + '","country":"CAN"},"ssn_last4":"4821"}}'),
    ("id", "tr", False,
     "yolcu: " + m(N, "burak özkan") + ", pasaport no " + m(ID, "U48213907") + ", tc " + m(ID, tckn("417302958"))),
    ("id", "pl", False,
     "pesel mojej mamy to " + m(ID, pesel("6208147362")) + ", wpisz go w formularzu zamiast mojego"),
    ("id", "sk", False,
     "Rodné číslo: " + m(ID, rc_cz("906215", "482")) + ", meno: " + m(N, "Zuzana Kováčová") + ", číslo pasu: " + m(ID, "EB4821937")),
    ("id", "nl", False,
     m(N, "Ahmed Yilmaz") + " " + m(ID, bsn("18402739")) + NL + m(N, "Femke Jansen") + " " + m(ID, bsn("26193804"))),
    ("id", "sv", False,
     "Samordningsnummer: " + m(ID, se_pnr("850364", "117")) + " (" + m(N, "Pavel Novak") + "), passnummer " + m(ID, "98214837")),
    ("id", "en", False,
     "Mobile money KYC: " + m(N, "Grace Achieng") + " presented Kenyan national ID " + m(ID, "31048275") + " and KRA PIN " + m(ID, "A004821937Z") + "."),
    ("id", "he", False,
     "לכבוד " + m(N, "משה אברהם") + ", ת.ז. " + m(ID, il_id("20458193")) + ", דרכון מס' " + m(ID, "34821937")),
    ("id", "ko", False,
     "외국인등록번호 " + m(ID, kr_rrn("880912623456")) + " / 성명 " + m(N, "TRAN THI MAI")),
    ("id", "en", False,
     "India DL no. " + m(ID, "MH12 20110048213") + " — holder " + m(N, "Sneha Kulkarni") + ", Pune"),
    ("id", "en", False,
     "NZ driver licence " + m(ID, "DL482193") + ", version 412 — " + m(N, "Aroha Ngata")),
]

# ================================================================ 3b. IDS — hard negatives (company numbers, product codes, placeholders, masks)
orgnr_se = card("556482193")
cases += [
    ("id", "de", True,
     "Impressum" + NL + "Nordlicht Software GmbH" + NL + "Registergericht: Amtsgericht Hamburg, HRB 148213" + NL
     + "USt-IdNr.: DE482193705" + NL + "Steuernummer: 27/482/19370"),
    ("id", "fr", True,
     "Boulangerie Les Trois Épis SARL – RCS Lyon B 482 193 705 – Code APE 1071C – Capital social 8 000 €"),
    ("id", "pt", True,
     "NOTA FISCAL DE SERVIÇOS ELETRÔNICA" + NL + "Prestador: Horizonte Tecnologia Ltda." + NL + "CNPJ: " + cnpj("482193700001") + NL
     + "Inscrição Municipal: 4.821.937-0" + NL + "Valor dos serviços: R$ 12.400,00"),
    ("id", "es", True,
     "Construcciones Levante S.L., CIF B-82193745, inscrita en el Registro Mercantil de Valencia, Tomo 4821, Folio 93, Hoja V-70512."),
    ("id", "pl", True,
     "Sprzedawca: Mazowieckie Meble sp. z o.o." + NL + "NIP: 521-482-19-37" + NL + "REGON: 148219370" + NL + "KRS: 0000482193"),
    ("id", "nl", True,
     "Groenteboer De Linde B.V. – KvK-nummer 48219370 – btw-id NL004821937B01 – vestigingsnummer 000048219370"),
    ("id", "en", True,
     "Harbourside Analytics Ltd is registered in England and Wales, company number 08482193. VAT registration GB 482 1937 05."),
    ("id", "en", True,
     "Form W-9 (Rev. March 2024) — Requester: Blue Mesa Supply LLC, EIN 82-4193705. ABA routing number "
     + aba("32107034") + ", account type: business checking."),
    ("id", "en", True,
     "Supplier master data: GSTIN 27AAGFC4821B1Z5, CIN U72200MH2009PTC193705, state code 27 (Maharashtra)."),
    ("id", "zh", True,
     "企业名称：深圳市星河云科技有限公司" + NL + "统一社会信用代码：" + uscc("91440300MA5F2K8R1") + NL + "成立日期：2018年06月12日"),
    ("id", "ko", True,
     "상호: 한빛소프트웨어(주)  사업자등록번호: " + kr_brn("220814937") + "  업태: 서비스  종목: 소프트웨어 개발"),
    ("id", "de", True,
     "Alpenblick Hotel AG, Unternehmens-Identifikationsnummer (UID) CHE-482.193.705 MWST, Handelsregister des Kantons Bern."),
    ("id", "sv", True,
     "Leverantör: Fjällvind Konsult AB, organisationsnummer " + orgnr_se[:6] + "-" + orgnr_se[6:] + ", momsreg.nr SE"
     + orgnr_se + "01. Innehar F-skattsedel."),
    ("id", "fi", True,
     "Laskuttaja: Saimaan Puutyö Oy, Y-tunnus " + fi_ytunnus("2482193") + ", ALV-tunnus FI" + fi_ytunnus("2482193").replace("-", "")
     + ". Eräpäivä 14 pv netto."),
    ("id", "da", True,
     "Faktura fra Havnens Cykler ApS, CVR-nr. " + dk_cvr("3482193") + " – betalingsfrist 8 dage."),
    ("id", "no", True,
     "Fjordlys Eiendom AS – org.nr. " + grp(no_orgnr("98213745"), [3, 3, 3]) + " MVA – Foretaksregisteret"),
    ("id", "it", True,
     "Trattoria Da Nino S.r.l. – P.IVA " + card("0482193705") + " – REA MI-1932270 – Cap. soc. € 10.000 i.v."),
    ("id", "tr", True,
     "Anadolu Gıda A.Ş. — Vergi Dairesi: Kadıköy — Vergi No: 4821937056 — MERSİS No: 0482193705600015"),
    ("id", "en", True,
     "FOR SALE: 2010 Honda Accord EX, 142k miles, one owner. VIN " + vin("1HGCM8263A4821937") + ". Clean title, new tires."),
    ("id", "en", True,
     "APPLICATION FORM" + NL + "Surname: ____________________" + NL + "Passport number: ____________________" + NL
     + "Date of birth (DD/MM/YYYY): __/__/____" + NL + "National ID number (if applicable): ____________"),
    ("id", "de", True,
     "Personalausweisnummer: [bitte eintragen]" + NL + "Geburtsdatum: [TT.MM.JJJJ]" + NL + "Steuer-ID: [11-stellig, siehe Lohnsteuerbescheinigung]"),
    ("id", "en", True,
     "Identity verified ✔  SSN: ***-**-6789  Aadhaar: XXXX XXXX 2346  Passport: *******37  Document images deleted after 30 days."),
    ("id", "en", True,
     "Asset tag IT-04821 | MacBook Pro 14\" | Serial C02XK4821JG5 | Part no. MKGR3LL/A | Warranty until 2026-09-30"),
    ("id", "en", True,
     "commit 9f2c4e1b7a83d05c6e2f41a9b8d7c3e0f5a6b1d2" + NL + "Merge: 4a1b2c3 7d8e9f0" + NL
     + "    Bump schema to 3f29a1c4-8b7e-4d2a-9c61-5e0f7b3a2d18"),
    ("id", "en", True,
     "Meeting point: 48.137154, 11.576124 (Marienplatz). Backup: 48.1391 N, 11.5802 E. Elevation 519 m."),
    ("id", "en", True,
     "E-TICKET RECEIPT  Booking ref: K7XQ2M  Ticket no.: 176-4821937056  Flight EK 048  DXB–MUC  Seat 41K  Baggage 2PC"),
    ("id", "de", True,
     "In dem Rechtsstreit Az. 3 O 482/23 verweist die Kammer auf das europäische Patent EP 3 482 193 B1 sowie DE 10 2019 004 821 A1."),
    ("id", "ja", True,
     "商品名：電動歯ブラシ　型番：EW-DL48-W　JANコード：" + ean13("490152148213") + "　製造番号：4821937A"),
    ("id", "ru", True,
     "ООО «Северный ветер», ОГРН 1187746482193, ИНН 7704821937, КПП 770401001, р/с открыт в ПАО Сбербанк."),
    ("id", "uk", True,
     "ТОВ «Дніпро Агро», код ЄДРПОУ 48219370, ІПН 482193726512, юридична адреса: м. Дніпро."),
    ("id", "ar", True,
     "شركة النخيل للتجارة — سجل تجاري رقم 1010482193 — الرقم الضريبي 300482193700003"),
    ("id", "es", True,
     "Razón social: Servicios Integrales del Bajío, S.A. de C.V.  RFC: SIB180612QX4  Régimen: General de Ley Personas Morales"),
    ("id", "en", True,
     "Ordinary shares ISIN " + isin("DE000A2QX91") + ", LEI 5299004821937ABCDE12, ticker NLX, listed on Xetra since 2021."),
    ("id", "en", True,
     "Passports must be valid for at least six months beyond your date of departure and have two blank pages. "
     + "Residence permits issued after 2021 carry a chip; older cards remain valid until their expiry date."),
    ("id", "ro", True,
     "Furnizor: Carpați Logistic SRL, CUI RO48219370, Nr. Reg. Com. J40/4821/2019, sediul în București."),
    ("id", "cs", True,
     "Dodavatel: Vltava Stavby s.r.o., IČO " + cz_ico("4821937") + ", DIČ CZ" + cz_ico("4821937") + ", zapsaná u Městského soudu v Praze."),
    ("id", "th", True,
     "บริษัท สยามเทค จำกัด เลขประจำตัวผู้เสียภาษีอากร 0105548219370 สาขาที่ 00001 (สำนักงานใหญ่)"),
    ("id", "he", True,
     "חשבונית מס מספר 004821 — אופק תוכנה בע\"מ, ח.פ. 514821937 — סה\"כ לתשלום 4,680 ₪"),
    ("id", "en", True,
     "Passport applications processed: 2021 – 4,821,937; 2022 – 5,109,244; 2023 – 5,377,016. Median turnaround fell to 18 days."),
    ("id", "en", True,
     "RAFFLE — Ticket No. 004821937 wins the hamper; runners-up tickets 004821938 and 004822015. Collect at reception."),
]

# ================================================================ 4. PHONE / IBAN / SSN / SECRETS — positives
iban_de = iban("DE", "50010517" + "0648219370")
iban_fr = iban("FR", fr_rib("30004", "01234", "00048219370"))
iban_es = iban("ES", "2100" + "0418" + "45" + "0200482193")
iban_it = iban("IT", "X" + "05428" + "11101" + "000000482193")
iban_nl = iban("NL", "ABNA" + "0482193705", sep=None)
iban_pl = iban("PL", "10901014" + "0000071219482193")
iban_gb = iban("GB", "BARC" + "203206" + "48219370")
iban_ch = iban("CH", "00235" + "000048219370K")
iban_tr = iban("TR", "00061" + "0" + "0482193705000017")
iban_sa = iban("SA", "80" + "000000608010482193")
iban_ae = iban("AE", "033" + "1048219370562813")
iban_pt = iban("PT", "0035" + "0651" + "00048219370" + "31")
iban_be = iban("BE", be_bban("7350482193"))
iban_at = iban("AT", "20111" + "82193705123")
ssn1, ssn2, ssn3, ssn4 = "512-48-3307", "219-66-0418", "604 31 8852", "471902263"
for s_ in (ssn1, ssn2, ssn3, ssn4):
    assert ssn_ok(s_.replace(" ", "-") if " " in s_ else s_)

cases += [
    ("phone", "de", False,
     "Rückrufbitte: " + m(N, "Wolfgang Albrecht") + ", Tel. " + m(P, "+49 30 48219370") + ", mobil " + m(P, "0171 4821937") + " – wegen Reklamation."),
    ("phone", "fr", False,
     "Bonjour, c'est " + m(N, "Inès") + ", tu peux me rappeler au " + m(P, "06 12 48 21 93") + " ? Bisous"),
    ("phone", "en", False,
     "From: " + m(N, "Duncan Fraser") + NL + "Mobile: " + m(P, "07700 900482") + NL + "Office: " + m(P, "+44 20 7946 0821")),
    ("phone", "en", False,
     "Message for " + m(N, "Carla Jimenez") + ": call the contractor back at " + m(P, "(212) 555-0148") + " before 5pm."),
    ("phone", "ja", False,
     "担当：" + m(N, "小林 直樹") + "　携帯：" + m(P, "090-4821-9370") + "　メール：" + m(E, "n.kobayashi@example.co.jp")),
    ("phone", "zh", False,
     "联系人：" + m(N, "赵磊") + "，手机号 " + m(P, "+86 139 4821 9370") + "，微信同号。"),
    ("phone", "hi", False,
     m(N, "प्रिया सिंह") + " का मोबाइल नंबर " + m(P, "+91 98204 82193") + " है, कृपया शाम को संपर्क करें।"),
    ("phone", "pt", False,
     "Oi, aqui é o " + m(N, "Thiago") + "! Meu zap novo: " + m(P, "(11) 98482-1937")),
    ("phone", "ru", False,
     "Контакт курьера: " + m(N, "Игорь") + ", " + m(P, "+7 (916) 482-19-37") + ". Позвоните за час до доставки."),
    ("phone", "ar", False,
     "للتواصل مع السيد " + m(N, "أحمد سعيد") + " يرجى الاتصال على " + m(P, "+20 10 4821 9370")),
    ("phone", "it", False,
     "Referente: " + m(N, "Francesca Gallo") + " – cell. " + m(P, "+39 347 482 1937")),
    ("phone", "es", False,
     "Hola, soy " + m(N, "Pablo") + ", el vecino del 3ºB. Mi móvil es el " + m(P, "612 48 21 93") + " por si hay algún problema con la fuga."),
    ("iban", "de", False,
     "Bitte überweisen Sie den Betrag von 1.240,00 € auf folgendes Konto:" + NL + "Kontoinhaber: " + m(N, "Heike Schuster") + NL + "IBAN: "
     + m(I, iban_de) + NL + "BIC: COBADEFFXXX" + NL + "Verwendungszweck: Miete Juli"),
    ("iban", "fr", False,
     "Relevé d'identité bancaire" + NL + "Titulaire : M. " + m(N, "Julien Moreau") + NL + "IBAN : " + m(I, iban_fr) + NL + "BIC : BNPAFRPPXXX"),
    ("iban", "es", False,
     "Titular: " + m(N, "Carmen Delgado Vidal") + " – IBAN " + m(I, iban_es) + " – concepto: fianza piso Calle Mayor"),
    ("iban", "it", False,
     "Per il bonifico: IBAN " + m(I, iban_it) + " intestato a " + m(N, "Alessandro Conti") + ", causale \"quota condominio\"."),
    ("iban", "nl", False,
     "tikkie lukt niet, maak maar over naar " + m(I, iban_nl) + " tnv " + m(N, "j. de boer") + " 👍"),
    ("iban", "pl", False,
     "Proszę o przelew na rachunek " + m(I, iban_pl) + ", odbiorca: " + m(N, "Agnieszka Lewandowska") + ", tytuł: zaliczka."),
    ("iban", "en", False,
     "Payee: " + m(N, "Simon Whitaker") + NL + "Sort code 20-32-06, account 48219370" + NL + "IBAN " + m(I, iban_gb)),
    ("iban", "de", False,
     "Lohnkonto von " + m(N, "Nicole Frei") + ": " + m(I, iban_ch) + " (Raiffeisen)"),
    ("iban", "tr", False,
     "Kira ödemesi için IBAN: " + m(I, iban_tr) + " — Alıcı: " + m(N, "Hüseyin Aksoy")),
    ("iban", "ar", False,
     "رقم الآيبان: " + m(I, iban_sa) + NL + "اسم المستفيد: " + m(N, "نورة الشمري")),
    ("iban", "ar", False,
     "يرجى تحويل الراتب إلى الحساب " + m(I, iban_ae) + " باسم " + m(N, "راشد الكعبي")),
    ("iban", "pt", False,
     "IBAN: " + m(I, iban_pt) + " | Titular: " + m(N, "Mariana Sousa") + " | Referência: propina 2.º semestre"),
    ("iban", "nl", False,
     '{"payout":{"beneficiary":"' + m(N, "Wim Claes") + '","iban":"' + m(I, iban_be.replace(" ", "")) + '","bic":"KREDBEBB"}}'),
    ("iban", "de", False,
     "kontonr für die wg-kasse: " + m(I, iban_at.replace(" ", ""))
     + " (" + m(N, "lukas") + ")"),
    ("ssn", "en", False,
     "Form W-2  Wage and Tax Statement 2023" + NL + "a Employee's social security number: " + m(S, ssn1) + NL + "e Employee's name: "
     + m(N, "Brandon T. Mills") + NL + "f Address: " + m(A, "3318 Harvest Moon Dr, Plano, TX 75023")),
    ("ssn", "en", False,
     "ok so for the lease app they want my ssn, it's " + m(S, ssn3) + ", dont save it anywhere pls - " + m(N, "jess")),
    ("ssn", "en", False,
     "emp_id,name,ssn,state" + NL + "E0192," + m(N, "Victor Huang") + "," + m(S, ssn4) + ",WA" + NL + "E0193," + m(N, "Dana Pruitt") + ","
     + m(S, ssn2) + ",OR"),
    ("ssn", "es", False,
     "Solicitante: " + m(N, "Rosa Martínez") + ", número de Seguro Social " + m(S, "538-20-7714") + ", residente en "
     + m(A, "1902 S Central Ave, Phoenix, AZ 85004") + "."),
    ("secret", "en", False,
     "# .env.production" + NL + "AWS_ACCESS_KEY_ID=" + m(K, "AKIAG6036UM9RVPV3DRI") + NL + "AWS_SECRET_ACCESS_KEY="
     + m(K, "eV2Y4pDT1pKbc731vwOkCB9EvWQmOVPaID/E7uwb") + NL + "AWS_REGION=eu-central-1"),
    ("secret", "en", False,
     "stripe.api_key = \"" + m(K, "sk_live_51Hq8ZtC0kK83wt3EAHzq1FIpRWifJXqtBP83MQfAYutuJLdbB3") + "\"  # TODO move to vault"),
    ("secret", "en", False,
     "git remote set-url origin " + m(U, "https://ghp_z8bSa4coVkoQo2zP9ePVBEqEmaGrWNAB8c1F@github.com/acme-internal/billing.git")),
    ("secret", "en", False,
     "SLACK_BOT_TOKEN=" + m(K, "xoxb-4821937056-7730581942-Y02NFTDaSoPw6OSwchOvUFwv") + NL + "SLACK_CHANNEL=#alerts-prod"),
    ("secret", "en", False,
     "spring.datasource.url=jdbc:postgresql://db-prod.internal:5432/orders" + NL + "spring.datasource.username=orders_app" + NL
     + "spring.datasource.password=" + m(K, "yQhz5wY574Pc!gP2sN44")),
    ("secret", "en", False,
     "DATABASE_URL=" + m(U, "postgres://admin:Tr0ub4dor-77@10.0.4.21:5432/crm") + NL + "REDIS_URL=redis://cache.internal:6379/0"),
    ("secret", "en", False,
     "guest wifi is \"Blue Harbor 5G\", password " + m(K, "sunflower-tango-42") + " — pls dont post it on the board"),
    ("secret", "en", False,
     "const MAPS_KEY = \"" + m(K, "AIzaSyC7sqTGh7KqKqbulWVkKBMDZPIkmEqfl9U") + "\";"),
    ("secret", "de", False,
     "Hallo " + m(N, "Jana") + ", dein vorläufiges Passwort lautet " + m(K, "Sommer2024!xK") + " – bitte nach der ersten Anmeldung ändern."),
    ("secret", "en", False,
     "Authorization: Bearer " + m(K, "lHxR8AtNTqkpLEdny72pzCaXRsLN0tvvzz1UKJu87NUzLd7C") + NL + "X-Request-Id: 5b1d7e02-9a3c-4f18-b6e2-0c4d8a91f3e7"),
    ("mixed", "en", False,
     "Jun 19 08:12:44 gw01 dhcpd: DHCPACK on " + m(IP, "192.168.20.57") + " to " + m(MAC, "3c:22:fb:4a:91:0e") + " (" + m(N, "Laura") + "s-iPhone) via eth1"),
    ("mixed", "en", False,
     "Account holder: " + m(N, "Patrick Dunne") + NL + "Email: " + m(E, "pdunne77@gmail.com") + NL + "Phone: " + m(P, "+353 87 482 1937") + NL
     + "IBAN: " + m(I, iban("IE", "AIBK" + "931152" + "48219370")) + NL + "PPSN: " + m(ID, ppsn("6148203", "A"))),
]

# ================================================================ 4b. PHONE / IBAN / SSN / SECRET / NETWORK — hard negatives
cases += [
    ("phone", "de", True,
     "Ersatzteil für Geschirrspüler: Art.-Nr. 030 482 193 70, passend für Serie SMV4, Lieferzeit 2–3 Werktage."),
    ("phone", "en", True,
     "Country dialling codes: Germany +49, France +33, Japan +81, Brazil +55, India +91. Drop the leading 0 of the area code after the prefix."),
    ("phone", "en", True,
     "Shipping zones — ZIP ranges 90001-90899 (Zone 2), 94102-94188 (Zone 3); ZIP+4 accepted, e.g. 10001-0001 routes to Zone 5."),
    ("iban", "en", True,
     "Sort code 20-32-06 is assigned to a branch in Leicester. Sort codes identify the branch only; you also need an 8-digit account number."),
    ("iban", "de", True,
     "Ihr Lastschriftmandat wurde eingerichtet: IBAN DE89 **** **** **** **93 70, Gläubiger-ID DE98ZZZ09999999999, Mandatsreferenz M-2024-0481."),
    ("iban", "en", True,
     "German IBAN structure: DEkk bbbb bbbb cccc cccc cc — 'kk' are the check digits, 'b' the 8-digit bank code (BLZ), 'c' the 10-digit account."),
    ("iban", "en", True,
     "SWIFT/BIC directory extract: DEUTDEFFXXX (Frankfurt), BNPAFRPPXXX (Paris), UBSWCHZH80A (Zürich), CHASUS33XXX (New York)."),
    ("ssn", "en", True,
     "UNITED STATES DISTRICT COURT — Case No. 2:23-cv-04821-JLR — Docket entry 57 filed 06/11/2024 — Hearing set for 07/09/2024."),
    ("ssn", "en", True,
     "Ship to warehouse dock 4. Part nos. 219-66-0418, 219-66-0419 and 219-67-0002 are on backorder until Q3."),
    ("secret", "en", True,
     "## Quick start" + NL + "export OPENAI_API_KEY=<your-api-key>" + NL + "export DB_PASSWORD=${DB_PASSWORD:?set me}" + NL + "python app.py --port 8080"),
    ("secret", "en", True,
     "FROM registry.internal/base/python@sha256:4b7f0759d646c7f22b7badf3d80ed2e6dadcb25a371072f292f50c3da4c7327f" + NL + "LABEL version=\"3.12.4\""),
    ("secret", "en", True,
     "Host key fingerprint is SHA256:Kcpwgaylt/jjqEYKuxaMhzdJL1cfILnHXFQZSyCDnE. Are you sure you want to continue connecting (yes/no)?"),
    ("secret", "en", True,
     "AWS documentation example credentials (not valid): aws_access_key_id = AKIAIOSFODNN7EXAMPLE, "
     + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("secret", "en", True,
     "Password policy: at least 12 characters, one digit, one symbol; passwords expire every 180 days and the last 5 cannot be reused."),
    ("secret", "de", True,
     "Passwort vergessen? Klicken Sie auf „Zurücksetzen“. Sie erhalten innerhalb von 10 Minuten eine E-Mail mit einem Link."),
    ("secret", "en", True,
     "Resources" + NL + "  vpc:    3f29a1c4-8b7e-4d2a-9c61-5e0f7b3a2d18" + NL + "  subnet: a0c51e77-2b94-4c3f-8d1e-6f7a9b2c4e05" + NL
     + "  sg:     sg-0b7e4d2a9c615e0f7"),
    ("mixed", "en", True,
     "SNMP walk: OID 1.3.6.1.4.1.311.21.8 returned 14 rows; agent version 2.14.3, uptime 41 days 06:12:09."),
    ("mixed", "en", True,
     "As specified in section 10.2.4.1 of the interface control document, the checksum is computed before framing (see also 10.2.4.2)."),
    ("mixed", "en", True,
     "EDL cut list: clip A01 IN 01:02:03:04 OUT 01:02:09:17; clip A02 IN 01:04:11:02 OUT 01:04:20:23 (25 fps, non-drop)."),
    ("mixed", "en", True,
     "Transfer complete: 1 234 567 890 bytes in 42.7 s (28.9 MB/s), checksum md5 4b7f0759d646c7f22b7badf3d80ed2e6 OK."),
    ("mixed", "hi", True,
     "राज्य का कुल बजट ₹98,20,48,219 करोड़ रहा, जिसमें शिक्षा पर 14.8% और स्वास्थ्य पर 6.2% खर्च किया गया।"),
    ("mixed", "fr", True,
     "Zones de livraison express : 75001 à 75020 (Paris intra-muros), 69001 à 69009 (Lyon), 13001 à 13016 (Marseille)."),
    ("mixed", "ja", True,
     "郵便番号一覧：千代田区丸の内 〒100-0005、中央区銀座 〒104-0061、港区六本木 〒106-0032"),
    ("mixed", "es", True,
     "Referencia de pago: 0048 2193 7056 — Emisora: 28/079/00 — Importe: 45,60 € — Pagadero en cualquier oficina hasta el 30/09."),
    ("mixed", "zh", True,
     "今日收盘：贵州茅台（600519）1,688.00元，宁德时代（300750）182.35元，上证指数 3,021.47 点。"),
    ("mixed", "en", True,
     "Safety data: water CAS 7732-18-5; ethanol CAS 64-17-5, UN 1170, hazard class 3, flash point 13 °C."),
    ("mixed", "en", True,
     ":root { --brand: #1a73e8; --accent: #fbbc04; --bg: #f8f9fa; } .btn { padding: 12px 24px; z-index: 1040; }"),
    ("mixed", "en", True,
     "Flight LH 2482 to Warsaw boards at gate B19 at 14:35; flight LH 1937 to Vienna has moved to gate B21."),
    ("mixed", "sv", True,
     "Betala till bankgiro 5050-1055 (Stiftelsen Skogsglänta) och ange OCR-nummer 48219370562 som referens."),
    ("mixed", "ar", True,
     "نتائج الجولة 12: الهلال 3 - 1 النصر، الأهلي 2 - 2 الاتحاد، الشباب 0 - 1 التعاون. الجولة القادمة في 2024/03/15."),
    ("mixed", "ko", True,
     "상품코드: SKU-48219-37  바코드: " + ean13("880123448219") + "  재고: 137개  입고일: 2024-06-03"),
    ("mixed", "es", True,
     "Sorteo de la Lotería Nacional del sábado: primer premio 48219, segundo premio 07056, reintegros 3, 7 y 9."),
    ("mixed", "en", True,
     "Physical constants: Avogadro 6.02214076e23 mol⁻¹; Planck 6.62607015e-34 J·s; π ≈ 3.14159265358979."),
    ("mixed", "id", True,
     "Paket Anda dengan nomor resi JNE 4821937056123 sedang dalam perjalanan ke kota tujuan. Estimasi tiba 2 hari."),
    ("mixed", "vi", True,
     "Mã đơn hàng: 240619HK4821937 — Tổng tiền: 1.250.000₫ — Trạng thái: Đang giao hàng."),
    ("mixed", "pl", True,
     "Zamówienie nr 2024/06/48219 zostało przekazane do realizacji. Kod pocztowy odbioru: 00-950, punkt WAW-48."),
]

# ================================================================ 5. FULL DOCUMENTS mixing several identifiers
cases += [
    ("mixed", "de", False,
     "Personalfragebogen" + NL + "Name, Vorname: " + m(N, "Krüger, Benjamin") + NL + "Geburtsdatum: " + m(D, "17.08.1989") + NL
     + "Anschrift: " + m(A, "Am Stadtpark 3, 90409 Nürnberg") + NL + "Steuer-ID: " + m(ID, steuer_id("3948172653")) + NL
     + "Rentenversicherungsnummer: " + m(ID, de_rvnr("13", "170889", "K", "04")) + NL + "IBAN: " + m(I, iban("DE", "76050000" + "0048219370"))),
    ("mixed", "it", False,
     "Modulo iscrizione palestra" + NL + "Cognome e nome: " + m(N, "Ferrari Luca") + NL + "Nato il: " + m(D, "23/11/1994") + " a Torino" + NL
     + "Codice fiscale: " + m(ID, codice_fiscale("FRRLCU94S23L219")) + NL + "Cellulare: " + m(P, "+39 333 482 1937") + NL + "Email: "
     + m(E, "luca.ferrari94@libero.it")),
    ("mixed", "ja", False,
     "履歴書" + NL + "ふりがな　やまもと　さくら" + NL + "氏名　" + m(N, "山本 さくら") + NL + "生年月日　" + m(D, "1996年2月29日") + "（満28歳）" + NL
     + "現住所　" + m(A, "〒530-0001 大阪府大阪市北区梅田3丁目1-3") + NL + "電話　" + m(P, "080-4821-9370")),
    ("mixed", "pt", False,
     "CONTRATO DE LOCAÇÃO RESIDENCIAL" + NL + "LOCATÁRIO: " + m(N, "Fernanda Lima Rocha") + ", brasileira, solteira, portadora do RG "
     + m(ID, rg_sp("38204719")) + " e inscrita no CPF sob o nº " + m(ID, cpf("482193705")) + ", nascida em " + m(D, "05/06/1990")
     + ", residente na " + m(A, "Rua Oscar Freire, 1120, apto 54, São Paulo/SP, 01426-001") + "."),
    ("mixed", "en", False,
     "From: " + m(N, "Hannah Price") + " <" + m(E, "hannah.price@outlook.com") + ">" + NL + "To: " + m(E, "hr@company.example") + NL + "Subject: updated details"
     + NL + NL + "Hi, new bank details for payroll: sort code 40-47-84, IBAN " + m(I, iban("GB", "MIDL" + "404784" + "21937056")) + ". My NI number is "
     + m(ID, "PX 71 48 20 B") + ". Thanks, " + m(N, "Hannah")),
    ("mixed", "fr", False,
     "<tr><td>" + m(N, "Bernard") + "</td><td>" + m(N, "Élodie") + "</td><td>" + m(D, "1987-04-02") + "</td><td>" + m(ID, nir("2 87 04 75 115 218"))
     + "</td><td>" + m(P, "07 48 21 93 70") + "</td></tr>"),
]

# ================================================================ 6. a few more encyclopedic / document-validity negatives
cases += [
    ("dob", "ko", True, "세종대왕은 1397년 5월 15일(음력 4월 10일)에 한양에서 태어났으며 1418년에 즉위하였다."),
    ("dob", "ru", True, "Александр Сергеевич Пушкин родился 6 июня 1799 года в Москве, в Немецкой слободе."),
    ("dob", "pl", True, "Maria Skłodowska-Curie urodziła się 7 listopada 1867 r. w Warszawie; Nagrodę Nobla z chemii otrzymała w 1911 r."),
    ("id", "it", True, "Promemoria: la carta d'identità cartacea non è più valida dal 3 agosto 2026. Prenota l'appuntamento per la CIE sul portale del Comune."),
]

emit("tuning20l", cases)
