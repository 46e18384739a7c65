# blind12: 320+ independently written multilingual documents (vCards, mail, chats, logs, configs, forms, OCR scans, transcripts) with ~40 % hard negatives
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

# ---------- value helpers: they only compute check digits; labels.py re-checks cards and IBANs ----------


def iban(cc, bban, spaced=True, lower=False):
    """IBAN with computed mod-97 check digits, printed in groups of four when spaced."""
    raw = bban + cc + "00"
    kk = 98 - int("".join(str(int(ch, 36)) for ch in raw)) % 97
    s = "%s%02d%s" % (cc, kk, bban)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s.lower() if lower else s


def luhn_digit(body):
    d = [int(c) for c in body if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def card(body, sep=" ", groups=(4, 4, 4, 4)):
    """body without the check digit; groups give the printed layout."""
    full = body + luhn_digit(body)
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g])
        i += g
    return sep.join(out)


def dni(num):  # Spain DNI / NIE
    n = num.replace("X", "0").replace("Y", "1").replace("Z", "2")
    return num + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def codice_fiscale(first15):
    odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                    10, 22, 25, 24, 23]))
    tot = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:
            tot += odd[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return first15 + chr(65 + tot % 26)


def pesel(first10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return first10 + str((10 - sum(int(a) * b for a, b in zip(first10, w)) % 10) % 10)


def personnummer(yymmdd, nnn, sep="-"):  # Sweden
    return yymmdd + sep + nnn + luhn_digit(yymmdd + nnn)


def fodselsnummer(ddmmyy, ind):  # Norway
    d = [int(c) for c in ddmmyy + ind]
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10, "pick another individual number"
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10, "pick another individual number"
    return ddmmyy + ind + str(k1) + str(k2)


def hetu(ddmmyy, sign, nnn):  # Finland
    return ddmmyy + sign + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def bsn(first8):  # Netherlands, 11-proof
    s = sum(int(a) * b for a, b in zip(first8, range(9, 1, -1)))
    last = s % 11
    assert last < 10, "pick another BSN"
    return first8 + str(last)


def be_nn(yymmdd, nnn, y2000=False):  # Belgium national register number
    base = int(("2" if y2000 else "") + yymmdd + nnn)
    cc = 97 - base % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], nnn, cc)


def nir(thirteen):  # France, returns "s yy mm dd ccc ooo kk"
    key = 97 - int(thirteen) % 97
    t = thirteen
    return "%s %s %s %s %s %s %02d" % (t[0], t[1:3], t[3:5], t[5:7], t[7:10], t[10:13], key)


def nif_pt(first8):
    s = sum(int(a) * b for a, b in zip(first8, range(9, 1, -1)))
    c = 11 - s % 11
    return first8 + str(0 if c >= 10 else c)


def cpf(first9):
    d = [int(c) for c in first9]
    for n in (10, 11):
        s = sum(a * b for a, b in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    t = "".join(map(str, d))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def cn_id(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(a) * b for a, b in zip(first17, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[1][_VP[_i - 1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(first11, sep=" "):
    c = 0
    for i, ch in enumerate(reversed(first11)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    t = first11 + str(_VINV[c])
    return sep.join([t[:4], t[4:8], t[8:]])


def tckn(first9):
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def cnp(first12):  # Romania
    s = sum(int(a) * int(b) for a, b in zip(first12, "279146358279")) % 11
    return first12 + ("1" if s == 10 else str(s))


def egn(first9):  # Bulgaria
    s = sum(int(a) * b for a, b in zip(first9, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return first9 + ("0" if s == 10 else str(s))


def rodne_cislo(first9):  # CZ/SK, returns yymmdd/xxxx divisible by 11
    c = int(first9) * 10 % 11
    c = (11 - c) % 11
    assert c < 10, "pick another serial"
    t = first9 + str(c)
    return t[:6] + "/" + t[6:]


def ee_code(first10):  # Estonia / Lithuania
    w1, w2 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    s = sum(int(a) * b for a, b in zip(first10, w1)) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(first10, w2)) % 11
        s = 0 if s == 10 else s
    return first10 + str(s)


def lv_code(ddmmyy, rest4):  # Latvia old format DDMMYY-CNNNN
    t = ddmmyy + rest4
    c = (1101 - sum(int(a) * b for a, b in zip(t, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
    assert c < 10, "pick another serial"
    return ddmmyy + "-" + rest4 + str(c)


def mod11_10(first):  # ISO 7064 MOD 11,10: Croatian OIB, German Steuer-ID
    p = 10
    for ch in first:
        s = (int(ch) + p) % 10
        s = 10 if s == 0 else s
        p = (2 * s) % 11
    c = 11 - p
    return first + ("0" if c == 10 else str(c))


def jmbg(first12):  # Serbia, Slovenia (EMSO), Bosnia, North Macedonia, Montenegro
    d = [int(c) for c in first12]
    s = sum((7 - i % 6) * (d[i] + 0) for i in range(12))
    k = 11 - s % 11
    assert k != 10, "pick another serial"
    return first12 + ("0" if k == 11 else str(k))


def rrn(yymmdd, seven_minus_one):  # Korea, RRN yymmdd-sNNNNNc
    t = yymmdd + seven_minus_one
    s = sum(int(a) * b for a, b in zip(t, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    return yymmdd + "-" + seven_minus_one + str((11 - s % 11) % 10)


def kennitala(ddmmyy, rr, century="9"):  # Iceland
    t = ddmmyy + rr
    c = 11 - sum(int(a) * b for a, b in zip(t, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if c == 11 else c
    assert c != 10, "pick another rr"
    return ddmmyy + "-" + rr + str(c) + century


def za_id(first12):  # South Africa, Luhn over 13
    return first12 + luhn_digit(first12)


def rut(num):  # Chile
    s, w = 0, 2
    for ch in reversed(num):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    c = 11 - s % 11
    cd = "0" if c == 11 else "K" if c == 10 else str(c)
    t = "{:,}".format(int(num)).replace(",", ".")
    return t + "-" + cd


def curp(first17):
    al = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(al.index(ch) * (18 - i) for i, ch in enumerate(first17))
    return first17 + str((10 - s % 10) % 10)


def taj(first8):  # Hungary social security
    s = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(first8))
    t = first8 + str(s % 10)
    return t[:3] + " " + t[3:6] + " " + t[6:]


def rnokpp(first9):  # Ukraine individual tax number
    s = sum(int(a) * b for a, b in zip(first9, [-1, 5, 7, 9, 4, 6, 10, 5, 7]))
    return first9 + str(s % 11 % 10)


def iin_kz(first11):
    s = sum(int(a) * b for a, b in zip(first11, range(1, 12))) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(first11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        assert s != 10, "pick another serial"
    return first11 + str(s)


def thai_id(first12):
    s = sum(int(a) * (13 - i) for i, a in enumerate(first12))
    t = first12 + str((11 - s % 11) % 10)
    return "%s %s %s %s %s" % (t[0], t[1:5], t[5:10], t[10:12], t[12])


def ir_code(first9):  # Iran national code
    s = sum(int(a) * (10 - i) for i, a in enumerate(first9)) % 11
    return first9 + str(s if s < 2 else 11 - s)


def my_number(first11):  # Japan individual number
    p = [int(c) for c in reversed(first11)]
    s = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    t = first11 + str(0 if r <= 1 else 11 - r)
    return t[:4] + " " + t[4:8] + " " + t[8:]


def ppsn(seven, extra=""):  # Ireland
    s = sum(int(a) * b for a, b in zip(seven, range(8, 1, -1)))
    if extra:
        s += (ord(extra) - 64) * 9
    return seven + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + extra


def snils(first9):
    s = sum(int(a) * (9 - i) for i, a in enumerate(first9))
    c = s if s < 100 else 0 if s in (100, 101) else s % 101
    c = 0 if c == 100 else c
    return "%s-%s-%s %02d" % (first9[:3], first9[3:6], first9[6:], c)


def inn12(first10):  # Russia, personal taxpayer number
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(first10, w1)) % 11 % 10
    t = first10 + str(c1)
    c2 = sum(int(a) * b for a, b in zip(t, w2)) % 11 % 10
    return t + str(c2)


def hkid(letter, six):
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(a) * b for a, b in zip(six, range(7, 1, -1)))
    c = (11 - s % 11) % 11
    return "%s%s(%s)" % (letter, six, "A" if c == 10 else str(c))


_TW = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27,
                                             28, 29, 32, 30, 31, 33]))


def tw_id(letter, eight):
    v = _TW[letter]
    s = v // 10 + (v % 10) * 9 + sum(int(a) * b for a, b in zip(eight, range(8, 0, -1)))
    return letter + eight + str((10 - s % 10) % 10)


def nric(prefix, seven):
    s = sum(int(a) * b for a, b in zip(seven, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    return prefix + seven + ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[s % 11]


def ahv(nine):  # Switzerland, 756.xxxx.xxxx.xc
    body = "756" + nine
    s = sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(body))
    t = body + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (t[:3], t[3:7], t[7:11], t[11:])


def svnr(three, ddmmyy):  # Austria
    t = three + "0" + ddmmyy
    s = sum(int(a) * b for a, b in zip(t, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6])) % 11
    assert s != 10, "pick another serial"
    return three + str(s) + " " + ddmmyy


def sin_ca(first8):
    t = first8 + luhn_digit(first8)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def luhn_full(body):
    return body + luhn_digit(body)


def ean13(first12):
    s = sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


def rib_fr(bank, branch, account):  # French BBAN with RIB key
    conv = account.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789"))
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(conv)) % 97
    return bank + branch + account + "%02d" % key


def ccc_es(bank, branch, account):  # Spanish BBAN with the two national check digits
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return bank + branch + dc("00" + bank + branch) + dc(account) + account


def be_bban(ten):
    c = int(ten) % 97
    return ten + "%02d" % (97 if c == 0 else c)


def no_bban(ten):
    s = sum(int(a) * b for a, b in zip(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = (11 - s) % 11
    assert c != 10, "pick another account"
    return ten + str(c)


def nat_mod97(body):  # Slovenian/Serbian/Portuguese style internal check so the IBAN key is fixed
    return body + "%02d" % (98 - int(body) * 100 % 97)


cases = []


def add(kind, lang, text):
    cases.append((kind, lang, False, text))


def neg(kind, lang, text):
    cases.append((kind, lang, True, text))



def nhs(first9):
    s = sum(int(a) * b for a, b in zip(first9, range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, "pick another NHS number"
    t = first9 + str(c)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def tfn(first8):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for d in range(10):
        t = first8 + str(d)
        if sum(int(a) * b for a, b in zip(t, w)) % 11 == 0:
            return "%s %s %s" % (t[:3], t[3:6], t[6:])
    raise AssertionError("pick another TFN")


# ======================= English, positives =======================

add("vcard", "en", f"""BEGIN:VCARD
VERSION:3.0
N:{m(N, 'Whitfield')};{m(N, 'Dana')};Marie;;
FN:{m(N, 'Dana M. Whitfield')}
ORG:Harlan & Pike LLP;Litigation
TITLE:Paralegal
TEL;TYPE=WORK,VOICE:{m(P, '+1 (617) 904-3318')} x214
TEL;TYPE=CELL:{m(P, '617.288.0495')}
EMAIL;TYPE=INTERNET,PREF:{m(E, 'dwhitfield@harlanpike.com')}
ADR;TYPE=HOME:;;{m(A, '88 Pinckney St Apt 4')};Boston;MA;02114;USA
BDAY:{m(D, '1986-11-23')}
NOTE:Prefers text. Spouse {m(N, 'Graham')} - {m(P, '617-288-7710')}
REV:2024-02-11T16:05:22Z
END:VCARD""")

add("ical", "en", f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240419T150000Z
DTEND:20240419T160000Z
UID:6q1kd0v3p9a8b2c7s1f0t4n6r8@google.com
ORGANIZER;CN={m(N, 'Priya Raman')}:mailto:{m(E, 'priya.raman@brightlane.io')}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={m(N, 'Owen Castellano')}:mailto:{m(E, 'owen.c@castellanobuilds.com')}
ATTENDEE;CN={m(E, 'k.yilmaz@brightlane.io')};RSVP=TRUE:mailto:{m(E, 'k.yilmaz@brightlane.io')}
LOCATION:{m(A, '2207 Alder Ct, Unit B, Ann Arbor, MI 48104')}
SUMMARY:Kitchen remodel walkthrough
DESCRIPTION:Gate code changed - call {m(N, 'Owen')} on {m(P, '(734) 418-2290')} when you arrive.\\nBackup: {m(P, '734-996-1203')}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")

add("email_thread", "en", f"""From: {m(N, 'Marcus Bell')} <{m(E, 'marcus.bell@tidewatercpa.com')}>
To: {m(N, 'Helen Oyelaran')} <{m(E, 'helen.oyelaran@gmail.com')}>
Subject: RE: 2023 return - missing info
Date: Thu, 7 Mar 2024 10:14:52 -0500

Hi {m(N, 'Helen')},

Thanks, that's everything except {m(N, 'Ayo')}'s date of birth. Last year's copy
had it as {m(D, '02/14/2015')} but the daycare form disagrees, so I don't want to guess.

Best,
{m(N, 'Marcus')}

--
{m(N, 'Marcus Bell')}, CPA | Tidewater CPA Group
{m(A, '1200 Granby St, Suite 310, Norfolk, VA 23510')}
o: {m(P, '757.622.4180')} ext. 3  f: {m(P, '757.622.4199')}

> On Wed, Mar 6, 2024 at 9:41 PM {m(N, 'Helen Oyelaran')} <{m(E, 'helen.oyelaran@gmail.com')}> wrote:
> Hi {m(N, 'Marcus')}, here you go:
> Me - {m(S, '229-41-8837')}
> {m(N, 'Tunde')} - {m(S, '229 57 1406')}
> Our new address since August is {m(A, '4417 Colley Ave, Norfolk, VA 23508')}
> Thx, {m(N, 'Helen')}""")

add("mbox", "en", f"""From {m(E, 'noreply-alerts@fidelia-bank.com')}  Mon Jan 15 08:02:11 2024
Return-Path: <{m(E, 'bounce+7f3a@mg.fidelia-bank.com')}>
Received: from mg-out-14.fidelia-bank.com (mg-out-14.fidelia-bank.com [{m(IP, '198.61.254.112')}])
\tby mx.rivera-home.net (Postfix) with ESMTPS id 4TDz1x2QqKz9sWb
\tfor <{m(E, 'lucia@rivera-home.net')}>; Mon, 15 Jan 2024 08:02:11 +0000 (UTC)
X-Originating-IP: [{m(IP, '2a02:8071:b8c:5e00:4d1:93ff:fe2a:71c0')}]
From: Fidelia Bank Alerts <{m(E, 'noreply-alerts@fidelia-bank.com')}>
To: {m(N, 'Lucia Rivera')} <{m(E, 'lucia@rivera-home.net')}>
Message-ID: <20240115080211.83771.a9f2@mg.fidelia-bank.com>
Subject: Your statement is ready
Content-Type: text/plain; charset=utf-8

Dear {m(N, 'Lucia Rivera')}, your January statement for the card ending 7731 is ready.
""")

add("slack_export", "en", '[' + NL +
    '  {"type": "message", "user": "U04QJ7N2K", "user_profile": {"real_name": "' + m(N, 'Tom Breckenridge') +
    '", "display_name": "' + m(N, 'tom.breckenridge') + '"}, "text": "can someone reset the staging db pw? current one is '
    + m(K, 'Wq7!rTz3-Lm9pX') + '", "ts": "1709124061.384919"},' + NL +
    '  {"type": "message", "user": "U02BX81RM", "user_profile": {"real_name": "' + m(N, 'Aisha Karimi') +
    '", "display_name": "' + m(N, 'aisha') + '"}, "text": "done, new one is in 1Password. also pls stop pasting creds here <@U04QJ7N2K>", "ts": "1709124190.001200"},' + NL +
    '  {"type": "message", "user": "U04QJ7N2K", "user_profile": {"real_name": "' + m(N, 'Tom Breckenridge') +
    '", "display_name": "' + m(N, 'tom.breckenridge') + '"}, "text": "sorry! if anyone needs me I am on ' + m(P, '+1 503 774 2086') +
    ' today", "ts": "1709124252.559100"}' + NL + ']')

add("whatsapp_export", "en", f"""[3/14/24, 9:02:17 PM] {m(N, 'Kezia Mensah')}: hey it's {m(N, 'Kez')}, new number btw
[3/14/24, 9:02:40 PM] {m(N, 'Kezia Mensah')}: {m(P, '+44 7824 519306')}
[3/14/24, 9:05:03 PM] {m(N, 'Rob Ashworth')}: saved 👍 still at the old flat?
[3/14/24, 9:06:51 PM] {m(N, 'Kezia Mensah')}: nope moved to {m(A, 'Flat 2, 19 Mafeking Road, Cardiff CF23 5DQ')} last month
[3/14/24, 9:07:12 PM] {m(N, 'Rob Ashworth')}: nice, I'll send the invite there
[3/14/24, 9:07:30 PM] {m(N, 'Kezia Mensah')}: <Media omitted>""")

add("dotenv", "en", f"""# billing-service / production
NODE_ENV=production
PORT=8080
DATABASE_URL={m(U, 'postgres://svc_billing:Qv8nR2xLp4Tk@db-prod-2.internal.ledgerline.net:5432/billing')}
REDIS_URL=redis://cache-prod:6379/0
STRIPE_SECRET_KEY={m(K, 'sk_live_51NfQ2aH7vLpX0dRy00bQox60VL0GERb7WDMMR0bjIhd4Pj')}
SENDGRID_API_KEY={m(K, 'SG.ymKfzz5Z2e2EZ533WdkJ.Bvf72hMEinn1BjYceHPHKN1rS7cbOovHCibvZrV7c2x')}
JWT_SIGNING_SECRET={m(K, 'y00JRKhZQzcxvaDpMfcLhDGzkDHNGbbM')}
SENTRY_ENVIRONMENT=prod-us-east
ADMIN_EMAIL={m(E, 'ops-billing@ledgerline.net')}
LEGACY_FTP_PASSWORD=changeme
""")

add("k8s_yaml", "en", f"""apiVersion: v1
kind: Secret
metadata:
  name: crm-sync-credentials
  namespace: sales-tools
type: Opaque
stringData:
  SALESFORCE_USERNAME: {m(E, 'integration.user@northwind-trading.com')}
  SALESFORCE_PASSWORD: {m(K, 'Hx4#pLq9Zr2m')}
  SALESFORCE_SECURITY_TOKEN: {m(K, 'zBIhlVtbRB09LxjQsfvyanjz')}
  GITHUB_TOKEN: {m(K, 'ghp_tDlU7rAnsHwhk1tVfblhzBSq12jMTeXWjh6A')}
  SLACK_WEBHOOK: https://hooks.slack.com/services/T000/B000/XXXXXXXX
  MONGO_URI: {m(U, 'mongodb+srv://crm_sync:8jEtyyG1HJIaePNl@cluster0.x7k2p.mongodb.net/crm?retryWrites=true')}
""")

add("sql_insert", "en", "INSERT INTO applicants (id, first_name, last_name, ssn, dob, phone, email, street, city, state, zip) VALUES" + NL +
    "  (10441, '" + m(N, 'Reginald') + "', '" + m(N, 'Achterberg') + "', '" + m(S, '338-61-4475') + "', '" + m(D, '1979-06-02') + "', '" +
    m(P, '4145503921') + "', '" + m(E, 'reggie.achterberg@outlook.com') + "', '" + m(A, '2931 N Oakland Ave') + "', 'Milwaukee', 'WI', '53211')," + NL +
    "  (10442, '" + m(N, 'Ximena') + "', '" + m(N, 'Colunga') + "', '" + m(S, '602198837') + "', '" + m(D, '1995-12-30') + "', '" +
    m(P, '(602) 841-0376') + "', '" + m(E, 'xcolunga95@yahoo.com') + "', '" + m(A, '7702 E Osborn Rd Apt 1148') + "', 'Scottsdale', 'AZ', '85251')," + NL +
    "  (10443, '" + m(N, 'Bao') + "', '" + m(N, 'Tran') + "', NULL, '" + m(D, '2001-04-17') + "', '" + m(P, '+1-408-667-2193') +
    "', '" + m(E, 'baotran.sj@gmail.com') + "', '" + m(A, '1458 Lucretia Ave') + "', 'San Jose', 'CA', '95122');")

add("csv", "en", "member_no,holder,tin_ssn,born,cell,home_addr" + NL +
    "M-220481," + m(N, 'Okafor Chidi') + "," + m(S, '214-70-3358') + "," + m(D, '04/11/1968') + "," + m(P, '(901) 443-7719') + ",\"" + m(A, '3390 Kirby Pkwy, Memphis, TN 38115') + "\"" + NL +
    "M-220482," + m(N, 'Halvorsen Ingrid') + "," + m(S, '456 91 2204') + "," + m(D, '09/30/1990') + "," + m(P, '901.570.2284') + ",\"" + m(A, '118 Belvedere Blvd #2, Memphis, TN 38104') + "\"" + NL +
    "M-220483," + m(N, 'Delacroix Sam') + "," + m(S, '540-06-7712') + "," + m(D, '12/01/1957') + ",," + "\"PO Box 240117, Memphis, TN 38124\"" + NL)

add("nginx_log", "en", m(IP, '81.144.219.37') + ' - - [12/Feb/2024:14:22:08 +0000] "GET /api/v2/subscribers?email=' + m(E, 'j.okonkwo%40proton.me') +
    ' HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"' + NL +
    m(IP, '81.144.219.37') + ' - - [12/Feb/2024:14:22:09 +0000] "POST /api/v2/subscribers/unsubscribe HTTP/1.1" 204 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"' + NL +
    m(IP, '2001:db8:4f2a:17::9c') + ' - ' + m(N, 'mkowalczyk') + ' [12/Feb/2024:14:23:41 +0000] "GET /admin/export.csv HTTP/2.0" 200 88123 "https://admin.newsletterly.app/" "curl/8.4.0"' + NL +
    m(IP, '176.58.102.4') + ' - - [12/Feb/2024:14:24:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"')

add("syslog", "en", f"""Mar  3 07:41:12 gw-core-01 dhcpd[1187]: DHCPDISCOVER from {m(MAC, '3c:22:fb:9a:41:07')} via eth1
Mar  3 07:41:12 gw-core-01 dhcpd[1187]: DHCPOFFER on {m(IP, '10.20.4.117')} to {m(MAC, '3c:22:fb:9a:41:07')} (ws-acct-114) via eth1
Mar  3 07:41:13 gw-core-01 dhcpd[1187]: DHCPACK on {m(IP, '10.20.4.117')} to {m(MAC, '3c:22:fb:9a:41:07')} (ws-acct-114) via eth1
Mar  3 07:44:55 gw-core-01 sshd[20931]: Accepted publickey for {m(N, 'lfernandes')} from {m(IP, '10.20.4.117')} port 53122 ssh2: ED25519 SHA256:Jx3kq0pS4bq1y6Ew2F1d9f0Q8m2vZ5nC7aT3uL6hR0o
Mar  3 07:45:20 gw-core-01 kernel: [88211.402113] br0: port 3(eth3) entered forwarding state
Mar  3 07:52:07 gw-core-01 hostapd: wlan0: STA {m(MAC, 'A4-83-E7-2B-90-1C')} IEEE 802.11: associated (aid 4)""")

add("stacktrace", "en", f"""2024-05-02 11:07:43.218 ERROR 1 --- [nio-8080-exec-7] c.a.onboarding.web.KycController : KYC submission rejected
com.acmefin.onboarding.validation.ValidationException: SSN {m(S, '521-83-0694')} already linked to customer 88120 (email={m(E, 'rgarcia.inbox@gmail.com')}, dob={m(D, '1991-08-09')})
\tat com.acmefin.onboarding.validation.SsnUniquenessRule.check(SsnUniquenessRule.java:54)
\tat com.acmefin.onboarding.service.KycService.submit(KycService.java:131)
\tat com.acmefin.onboarding.web.KycController.submit(KycController.java:77)
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
Caused by: org.springframework.dao.DuplicateKeyException: duplicate key value violates unique constraint "uk_customer_ssn" Detail: Key (ssn)=({m(S, '521830694')}) already exists.
\t... 42 common frames omitted""")

add("ocr_w2", "en", f"""a Employee's social security number     OMB No. 1545-0008
  {m(S, '487-22-91 03')}
b Employer identification number (EIN)   1 Wages, tips, other compensation
  84-2210937                              61 ,842.17
c Employer's name, address, and ZIP code
  GRANITE PEAK LOGISTICS INC
  {m(A, '4400 E 56TH AVE')}
  {m(A, 'COMMERCE CITY CO 80022')}
e Employee's first name and initial  Last name
  {m(N, 'DEVON R')}                         {m(N, 'MCALLISTER')}
f Employee's address and ZIP code
  {m(A, '1620 VINE ST APT 5')}
  {m(A, 'DENVER  CO 80206')}
15 State  Employer's state ID number    16 State wages
   CO     84-2210937                     61842 .17""")

add("payslip", "en", f"""NORTHFIELD PRECISION LTD                       PAYSLIP  Period 11  (Feb 2024)
Employee: {m(N, 'Siobhan Carragher')}          Employee No: 004417
NI Number: {m(ID, 'JG 10 37 28 C')}                  Tax code: 1257L   NI cat: A
Address:  {m(A, '27 Hawthorn Crescent')}
          {m(A, 'Leeds LS6 3QF')}

Payments                 Units    Rate       Amount     Deductions          Amount
Basic salary                                 2,841.67   PAYE tax            374.20
Overtime 1.5x            6.00     24.59        147.54   National Insurance  151.72
                                                        Pension (5%)        149.46
Gross pay   2,989.21     Net pay   2,313.83
Paid by BACS to account ****6612 sort code 40-47-84""")

add("bank_statement", "en", f"""Harbourside Building Society                       Statement 14 of 2024
Mr {m(N, 'Anil Varghese')}
{m(A, 'Flat 7, Quayside House, 3 Waterloo Place')}
{m(A, 'Sunderland SR1 3HT')}
United Kingdom

Account: Everyday Saver     Sort code 20-71-64     Account no. 53918820
IBAN: {m(I, iban('GB', 'BARC20716453918820'))}     BIC: BARCGB22

Date        Description                              Paid out   Paid in   Balance
01 Jul 24   Balance brought forward                                       1,204.55
03 Jul 24   FPI {m(N, 'M VARGHESE')} POCKET MONEY               40.00      1,164.55
08 Jul 24   DD COUNCIL TAX 9002114831                 142.00               1,022.55
15 Jul 24   FASTER PAYMENT FROM {m(N, 'P OKORO')} REF RENT SHARE            425.00    1,447.55""")

add("tax_form_ocr", "en", f"""Form 1040  U.S. Individual Income Tax Return 2023   OMB No. 1545-0074
Your first name and middle initial      Last name                 Your social security number
{m(N, 'LATOYA J')}                        {m(N, 'PRUITT-HAYES')}              {m(S, '131 84 2069')}
If joint return, spouse's first name    Last name                 Spouse's social security number
{m(N, 'DWAYNE')}                          {m(N, 'HAYES')}                     {m(S, '366-29-5580')}
Home address (number and street). If you have a P.O. box, see instructions.   Apt. no.
{m(A, '5512 WOODLAWN AVE                                                           2R')}
City, town, or post office. State  ZIP code
{m(A, 'CHICAGO  IL  60637')}
Dependents:  (1) First name  Last name   (2) SSN          (3) Relationship
             {m(N, 'JADA')}  {m(N, 'HAYES')}        {m(S, '690 17 3842')}      DAUGHTER
Phone no. {m(P, '773-288-0194')}     Email address {m(E, 'latoya.ph@icloud.com')}""")

add("lease", "en", f"""RESIDENTIAL LEASE AGREEMENT

This Lease is made on March 1, 2024 between {m(N, 'Gordon T. Ellery')} ("Landlord"), whose mailing address is
PO Box 3318, Asheville, NC 28802, and {m(N, 'Marisol Quintanilla')} (born {m(D, 'July 19, 1993')}) ("Tenant").

1. PREMISES. Landlord leases to Tenant the dwelling located at {m(A, '41 Westall Street, Unit C, Asheville, NC 28801')}.
2. TERM. Twelve (12) months beginning March 1, 2024.
3. RENT. $1,650.00 per month, due on the 1st, payable by Zelle to {m(E, 'gellery.rentals@gmail.com')}.
4. NOTICES. Landlord: {m(P, '(828) 552-0913')}. Tenant: {m(P, '828 713 4406')}, {m(E, 'mquintanilla.nc@gmail.com')}.
Emergency contact for Tenant: {m(N, 'Rosa Quintanilla')} (mother), {m(P, '+1 956 381 2274')}.

Tenant's driver license: NC {m(ID, '000038471226')}""")

add("court_filing", "en", f"""IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT
IN AND FOR MIAMI-DADE COUNTY, FLORIDA

CASE NO.: 2024-004817-CA-01

{m(N, 'YOLANDA M. ESPINAL')},
        Plaintiff,
v.
COASTLINE PROPERTY MANAGEMENT, LLC, a Florida limited liability company,
        Defendant.
_____________________________________/

COMPLAINT FOR DAMAGES

1. Plaintiff, {m(N, 'YOLANDA M. ESPINAL')}, is an individual residing at {m(A, '1871 NW 7th Street, Apt. 402, Miami, FL 33125')}.
2. Defendant's registered agent is located at {m(A, '200 S Biscayne Blvd, Suite 4100, Miami, FL 33131')}.
3. On or about June 3, 2023, Plaintiff slipped on an unmarked wet floor in the lobby.
...
Respectfully submitted,
/s/ {m(N, 'Andrew K. Feldstein')}
{m(N, 'Andrew K. Feldstein')}, Esq.
Feldstein Injury Law, P.A.
{m(P, '(305) 371-4420')} | {m(E, 'akf@feldsteininjury.com')}""")

add("police_report", "en", f"""METRO PD - INCIDENT REPORT        Incident #: 24-031187     Date/Time: 04/22/2024 23:41
Offense: Theft from motor vehicle (PC 487)
Reporting party: {m(N, 'HUANG, KEVIN')}    DOB: {m(D, '03/08/1988')}    Sex: M
Address: {m(A, '955 Bush St #12, San Francisco, CA 94109')}     Phone: {m(P, '415-673-2019')}
CDL: {m(ID, 'D4821937')}
Suspect 1: {m(N, 'BRANDT, COLE WESLEY')}   DOB: {m(D, '11/26/1999')}   Hgt: 6'01  Wgt: 175
Last known address: {m(A, '3127 Mission St, San Francisco, CA 94110')}
Vehicle: 2016 Toyota Prius, CA plate 7TRX492, VIN JTDKARFU6G3017624
Narrative: RP stated he parked at approx 2200 hrs. On return at 2335 hrs rear window was smashed and laptop bag
(Dell Latitude 5420, S/N 7GQ8BH3) was missing. Ofc. {m(N, 'R. Delgado')} #2291 canvassed area.""")

add("insurance_claim", "en", f"""FIRST NOTICE OF LOSS - AUTO
Claim ref: CLM-7781-2024-0039 | Policy: PAP 44-118-2093 | Reported via: phone
Policyholder: {m(N, 'Bernadette Kowalski-Reyes')}   Date of birth: {m(D, '5 Feb 1972')}
Garaging address: {m(A, '806 Linden Ave, Wilmette, IL 60091')}
Best contact: {m(P, '847.251.6630')} (home) / {m(P, '224-305-8817')} (mobile)   Email: {m(E, 'bkreyes@comcast.net')}
Driver at time of loss: {m(N, 'Mateo Reyes')} (son), DOB {m(D, '2006-09-14')}, IL DL {m(ID, 'R200-4417-6259')}
Other party: {m(N, 'Clarence Whitby')}, {m(P, '773 902 4158')}, insurer Lakeshore Mutual, policy LM-3391107
Loss description: Rear-ended at Green Bay Rd & Central Ave, 04/02/2024 approx 17:45. Ford Transit Connect (other party)
failed to stop. No injuries reported. Photos uploaded (IMG_4471.HEIC - IMG_4479.HEIC).""")

add("discharge_letter", "en", f"""St Aldhelm's University Hospital NHS Foundation Trust
Department of Respiratory Medicine

DISCHARGE SUMMARY
Patient: {m(N, 'Margaret Ellen Pryce')}      DOB: {m(D, '14/09/1948')}      NHS No: {m(ID, nhs('601428837'))}
Hospital No: RA4-0091182
Address: {m(A, '12 Cromwell Terrace, Frome BA11 1QW')}
GP: Dr {m(N, 'Tobias Erlandsen')}, Frome Medical Practice, {m(A, '2 Enos Way, Frome BA11 2FH')}

Admitted: 03/02/2024  Discharged: 11/02/2024
Diagnosis: Community-acquired pneumonia (CURB-65 score 2), background COPD.
Plan: Complete 5/7 oral amoxicillin. CXR in 6 weeks. Next of kin: {m(N, 'Rhys Pryce')} (son) {m(P, '07700 914 582')}.
Signed: Dr {m(N, 'A. Mbeki-Lawson')}, Specialty Registrar, bleep 4471""")

add("school_enrolment", "en", f"""Riverbend Elementary - New Student Enrollment 2024-25

Student legal name: {m(N, 'Amara Nwosu-Lindqvist')}     Preferred name: {m(N, 'Mara')}
Date of birth: {m(D, '10/02/2018')}    Grade: K    Student ID (assigned by district): 30091774
Home address: {m(A, '3605 Brookhollow Dr, Austin, TX 78746')}
Parent/Guardian 1: {m(N, 'Chiamaka Nwosu')}   Cell: {m(P, '512-914-6680')}   Work: {m(P, '(512) 471-3308')} ext 220
Parent/Guardian 2: {m(N, 'Erik Lindqvist')}   Cell: {m(P, '+46 70 418 22 96')} (travels)   Email: {m(E, 'erik.lindqvist@protonmail.com')}
Emergency contact (not a parent): {m(N, 'Gloria Adebayo')}, neighbor, {m(P, '512.327.0042')}
Medical: peanut allergy - EpiPen in backpack. Pediatrician: Dr. {m(N, 'Hannah Sorensen')}, Westlake Pediatrics.""")

add("cv", "en", f"""{m(N, 'RAVI SHANKAR IYER')}
Senior Data Engineer
{m(A, '14 Maple Grove, Apt 9, Jersey City, NJ 07302')} • {m(P, '+1 201 918 4473')} • {m(E, 'ravi.s.iyer@fastmail.com')}
linkedin.com/in/ravisiyer • github.com/rsiyer

EXPERIENCE
Lead Data Engineer, Quarry Analytics (New York, NY) 2021 - present
 - Migrated 40 TB warehouse from Redshift to Snowflake; cut nightly load from 6h to 50 min
 - Mentored 5 engineers; introduced dbt + Great Expectations
Data Engineer, Bharat Payments (Bengaluru) 2016 - 2021
 - Built Kafka pipelines at 120k events/s

EDUCATION  B.Tech, NIT Tiruchirappalli, 2016
REFERENCES  Dr. {m(N, 'Susan Fairweather')} (Quarry Analytics) - {m(E, 's.fairweather@quarryanalytics.com')}""")

add("real_estate_listing", "en", f"""JUST LISTED | $689,000 | 3 bd | 2 ba | 1,840 sqft
{m(A, '7718 SE 31st Ave, Portland, OR 97202')}

Charming 1926 bungalow steps from Westmoreland Park. Original fir floors, updated kitchen (2021), new roof 2019,
detached garage/ADU potential. MLS# 24117093. Lot 5,000 sqft. Built 1926. Taxes $7,412 (2023).
Open house Sat 1-3pm. Showings by appointment: {m(N, 'Jenna Faulkner-Ito')}, Broker, Bridgetown Realty Group
{m(P, '503.841.2276')} | {m(E, 'jenna@bridgetownrealty.com')} | {m(A, '4620 SE Woodstock Blvd, Portland, OR 97206')}""")

add("classified_ad", "en", f"""FOR SALE: 2015 Honda Civic EX, 92k miles, one owner, clean title, new tires (Michelin Defender, 09/23).
$11,400 obo. No lowballers, no trades. Text {m(N, 'Marty')} at {m(P, '412 908 3316')} - pickup in Bloomfield only.
Serious buyers can see it at {m(A, '4719 Liberty Ave')} weekday evenings.""")

add("shipping_label", "en", f"""FROM:
{m(N, 'KAYLA OBERMEYER')}
{m(A, '229 W 11TH ST APT 3F')}
{m(A, 'NEW YORK NY 10014-2417')}
{m(P, '(646) 203-7781')}

SHIP TO:
{m(N, 'ESTEBAN VILLAREAL')}
{m(A, '1504 CALLE LOIZA')}
{m(A, 'SAN JUAN PR 00911')}
{m(P, '787-722-4093')}

USPS PRIORITY MAIL 2-DAY   1 LB 4 OZ   ZONE 8
USPS TRACKING # 9405 5036 9930 0412 7781 44
REF: ORD-88231-7 """)

add("boarding_pass", "en", f"""BOARDING PASS / CARTE D'EMBARQUEMENT
NAME: {m(N, 'OKAFOR/CHIDIMMA')} MS          FLIGHT: BA0075   DATE: 17APR
FROM: LONDON HEATHROW (LHR) T5   TO: LAGOS (LOS)
BOARDING 21:05   GATE B42   SEAT 31K   GROUP 4   SEQ 187
BOOKING REF: X7QPLM   ETKT 125 2117304456 2   EXEC CLUB BA 55219083 BRONZE
M1{m(N, 'OKAFOR/CHIDIMMA')} MS   EX7QPLM LHRLOSBA 0075 108Y031K0187 147>5181  4108BBA              2A12521173044562""")

add("booking_confirmation", "en", f"""Your booking is confirmed! Confirmation number: 4019.377.528  PIN: 7702

Guest name: {m(N, 'Tomás Ferreira Lind')}
Hotel: The Marlowe Quarter, {m(A, 'Rue des Tanneurs 14, 1000 Bruxelles')}
Check-in: Fri 24 May 2024 (from 15:00)   Check-out: Mon 27 May 2024 (until 11:00)
Guest phone: {m(P, '+351 936 418 227')}   Guest email: {m(E, 'tomas.flind@sapo.pt')}
Payment: guaranteed with Visa {m(C, card('453201784512339'))}, exp 09/27 (charged at property)
Special requests: late arrival ~23:30, quiet room please.""")

add("support_chat", "en", f"""[14:02] Agent {m(N, 'Neha')}: Thanks for contacting Brightwave Mobile, who am I speaking with?
[14:02] Customer: {m(N, 'gareth pugh')}
[14:03] Agent {m(N, 'Neha')}: Hi {m(N, 'Gareth')}! For security can you confirm your date of birth and the account holder's postcode?
[14:03] Customer: {m(D, '21st june 1984')}, CF10 1EP
[14:04] Agent {m(N, 'Neha')}: Thank you. I can see the direct debit failed. Would you like to pay by card now?
[14:05] Customer: yes use {m(C, card('522184650193774'))} exp 11/26
[14:05] Customer: actually the card number is {m(C, card('522184650193774', sep=''))} no spaces sorry
[14:06] Agent {m(N, 'Neha')}: Payment of £38.50 taken, reference BW-PAY-99120447. Anything else?
[14:06] Customer: can you send the receipt to {m(E, 'gareth.pugh84@btinternet.com')} not the old hotmail
[14:07] Agent {m(N, 'Neha')}: Done. Have a great day!""")

add("call_transcript", "en", f"""[Call recording transcript - auto-generated - confidence 0.87]
AGENT: Thank you for calling Crestline Benefits, my name is {m(N, 'Dolores')}, may I have the member's full name?
CALLER: Yeah it's {m(N, 'Terrence Whitlock')}, that's W-H-I-T-L-O-C-K.
AGENT: And to verify, the last four of the social?
CALLER: You know what, just take the whole thing, it's {m(S, 'five two five, three nine, four four one oh')}.
AGENT: Thank you. And your date of birth?
CALLER: {m(D, 'March third, nineteen seventy-seven')}.
AGENT: Great, and a good callback number?
CALLER: {m(P, 'four oh four, six eight one, two two nine three')}, or my wife {m(N, 'Pam')} at {m(P, '404-681-7750')}.
AGENT: Perfect. I see claim number 2024-11873-A from Piedmont Orthopedics is pending review.""")

add("git_log", "en", f"""commit 9c1e5b2f7a4d3e60b18c2f9a0d7e4c3b5a6f8e21
Author: {m(N, 'Tomasz Wiśniewski')} <{m(E, 't.wisniewski@kraken-labs.dev')}>
Date:   Tue Feb 20 17:03:44 2024 +0100

    fix(auth): stop logging refresh tokens at DEBUG

    Co-authored-by: {m(N, 'Adaeze Nnamdi')} <{m(E, 'adaeze.nnamdi@users.noreply.github.com')}>

commit 3f0a9d81c4b27e6615aa90d3c2e1f0b7d4c8a913
Author: Renovate Bot <{m(E, 'bot@renovateapp.com')}>
Date:   Mon Feb 19 06:12:09 2024 +0000

    chore(deps): bump jackson-databind from 2.15.3 to 2.16.1

commit 71b2c0e98d5a4f3362c1e7a0b9d8f6e4c2a1b305
Author: {m(N, 'Sebastián Ortúzar')} <{m(E, 'sortuzar@kraken-labs.dev')}>
Date:   Fri Feb 16 11:48:27 2024 -0300

    revert hard-coded test creds (was: ADMIN_PASS={m(K, 'kR4k3n!adm1n#2023')})""")

add("issue_tracker", "en", f"""#4471  Export to CSV leaks full card number in audit log
Reporter: {m(N, 'kelsey.mendoza')}   Assignee: {m(N, 'vikram.b')}   Labels: security, P1   Milestone: 3.18.2

**Steps to reproduce**
1. Log in as a merchant admin (I used my test account {m(E, 'kelsey.mendoza+qa@paygrid.io')})
2. Orders > Export > CSV
3. Check `audit.log` on the app server

**Actual**
```
2024-03-11T09:14:07Z INFO export.audit user=412 ip={m(IP, '172.31.44.19')} row={{"order":"A-99120","pan":"{m(C, card('34127790815263', groups=(4, 6, 5)))}","cvv":"***"}}
```
**Expected** PAN masked like 3412 ****** *****.

_Comment by {m(N, 'vikram.b')}:_ confirmed on 3.18.1, fix in #4473.""")

add("html", "en", f"""<form id="profile" action="/account/profile" method="post">
  <input type="hidden" name="csrf" value="c45ade55cce4d472f9be54fbc44d96257edc3c99">
  <label for="fn">Full name</label>
  <input id="fn" name="full_name" value="{m(N, 'Imogen Achebe-Hart')}">
  <label for="em">Email</label>
  <input id="em" name="email" type="email" value="{m(E, 'imogen.ah@gmx.co.uk')}">
  <label for="tel">Mobile</label>
  <input id="tel" name="mobile" type="tel" value="{m(P, '07911 460 238')}">
  <label for="dob">Date of birth</label>
  <input id="dob" name="dob" type="date" value="{m(D, '1989-01-27')}">
</form>
<p class="help">Questions? <a href="mailto:{m(E, 'privacy@kestrelinsure.co.uk')}">Write to our DPO</a> or call <a href="tel:{m(P, '+442079460583')}">{m(P, '+44 (0)20 7946 0583')}</a>.</p>""")

add("xml", "en", f"""<?xml version="1.0" encoding="UTF-8"?>
<EmployeeSync batch="2024-06-30T02:00:00Z" source="WorkdayExport" version="4.2">
  <Employee id="E-008812">
    <LegalName><First>{m(N, 'Shirin')}</First><Last>{m(N, 'Farahani')}</Last></LegalName>
    <SSN>{m(S, '073.48.1196')}</SSN>
    <BirthDate>{m(D, '1983-10-05')}</BirthDate>
    <HomeAddress><Line1>{m(A, '600 Sutter Ln, Apt 221')}</Line1><City>Sacramento</City><State>CA</State><Zip>95814</Zip></HomeAddress>
    <Phone type="mobile">{m(P, '916-442-8031')}</Phone>
    <Manager ref="E-001204">{m(N, 'Lowell Brandvold')}</Manager>
  </Employee>
  <Employee id="E-008813">
    <LegalName><First>{m(N, 'Kwame')}</First><Last>{m(N, 'Asante-Boateng')}</Last></LegalName>
    <SSN>{m(S, '289537461')}</SSN>
    <BirthDate>{m(D, '1997-02-28')}</BirthDate>
    <Phone type="mobile">{m(P, '+1 (916) 205-6674')}</Phone>
  </Employee>
</EmployeeSync>""")

add("toml", "en", f"""# mailer.toml - deployed by ansible, do not edit by hand
[server]
listen = ":2525"
workers = 8

[smtp]
host = "smtp.postmarkapp.com"
port = 587
username = "{m(K, '6b2f0e41-9d7c-4c8a-a3f5-1e2d90c7b844')}"
password = "{m(K, '6b2f0e41-9d7c-4c8a-a3f5-1e2d90c7b844')}"
from = "{m(E, 'receipts@thimbleandthread.shop')}"

[admin]
contact = "{m(N, 'Lorna Fitzgibbon')}"
email = "{m(E, 'lorna@thimbleandthread.shop')}"
pager = "{m(P, '+1-207-774-3092')}"

[storage]
s3_bucket = "tt-mail-archive"
aws_secret_access_key = "{m(K, '4X4FCYA4bUi2hMnIQjv+MAvPIXEcScS3XJMhaQ13')}"
""")

add("markdown_table", "en", f"""## On-call rotation - Payments SRE (Q3)

| Week | Primary | Phone | Secondary | Phone |
|------|---------|-------|-----------|-------|
| 27 | {m(N, 'Femi Adeyemi')} | {m(P, '+44 7700 900 418')} | {m(N, 'Hyun-woo Park')} | {m(P, '+82 10-4827-3391')} |
| 28 | {m(N, 'Hyun-woo Park')} | {m(P, '+82 10-4827-3391')} | {m(N, 'Clara Vidal')} | {m(P, '+34 654 321 987')} |
| 29 | {m(N, 'Clara Vidal')} | {m(P, '+34 654 321 987')} | {m(N, 'Femi Adeyemi')} | {m(P, '+44 7700 900 418')} |

Escalation: #payments-incident, then Head of SRE ({m(N, 'Maud Lefebvre')}, {m(P, '+33 6 71 28 45 93')}).
PagerDuty service: P7XQ2LM. Runbook: go/pay-runbook.""")

add("json_log", "en", '{"ts":"2024-04-09T13:22:51.884Z","level":"warn","svc":"checkout-api","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736",'
    '"msg":"3DS challenge failed","customer":{"id":"cus_PQ81mZ","name":"' + m(N, 'Lindiwe Dlamini') + '","email":"' + m(E, 'lindiwe.d@webmail.co.za') +
    '"},"client_ip":"' + m(IP, '41.13.216.92') + '","card":{"bin":"489504","last4":"2210","exp":"08/27"},"amount":{"value":129900,"currency":"ZAR"}}' + NL +
    '{"ts":"2024-04-09T13:22:52.017Z","level":"debug","svc":"checkout-api","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736",'
    '"msg":"retry with raw pan","pan":"' + m(C, card('489504221034871')) + '","cardholder":"' + m(N, 'L DLAMINI') + '","billing_phone":"' + m(P, '082 661 4093') + '"}')

add("aws_credentials", "en", f"""[default]
aws_access_key_id = {m(K, 'AKIAFNHZHJYNEEUFLQBF')}
aws_secret_access_key = {m(K, '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')}
region = eu-west-2

[profile ci-readonly]
aws_access_key_id = <set-by-pipeline>
aws_secret_access_key = <set-by-pipeline>
region = us-east-1""")

add("docker_compose", "en", f"""services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: {m(K, 'Tz8vQ2mWc4LxR9pN')}
  wiki:
    image: requarks/wiki:2.5.300
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_PASS: {m(K, 'Tz8vQ2mWc4LxR9pN')}
  backup:
    image: rclone/rclone:1.66
    command: sync /data {m(U, 'sftp://backup:OEi2AZSgV72gsvGSu5Z4@nas.fam-lindgren.home:2222/wiki')}
""")

add("tax_slip", "en", f"""T4  Statement of Remuneration Paid / État de la rémunération payée      Year 2023
Employer's name: MAPLEHURST DENTAL CORPORATION       Employer's account number: 81742 9936 RP0001
Employee's name and address - Last name (in capital letters)   First name   Initial
  {m(N, 'THIBODEAU')}    {m(N, 'Geneviève')}   L
  {m(A, '2145 rue Sherbrooke Est, app. 6')}
  {m(A, 'Montréal QC  H2K 1E2')}
12 Social insurance number  {m(ID, sin_ca('13022748'))}      14 Employment income  58 204.11
16 Employee's CPP contributions  3 407.87    18 EI premiums  951.42    22 Income tax deducted  9 118.30""")

add("onboarding_form", "en", f"""NEW STARTER DETAILS - Coastal Civil Pty Ltd (ABN 51 824 753 556)
Full name: {m(N, 'Lachlan Te Aho')}
Date of birth: {m(D, '02/07/1996')}
Residential address: {m(A, 'Unit 4/27 Elizabeth Bay Road, Elizabeth Bay NSW 2011')}
Mobile: {m(P, '0438 219 604')}    Home: {m(P, '(02) 9374 4018')}
Tax file number: {m(ID, tfn('45906124'))}
Super fund: AustralianSuper, member no. 900441723 (USI STA0100AU)
Bank: BSB 062-000  Acc 1044 7729
Emergency contact: {m(N, 'Aroha Te Aho')} (sister) {m(P, '+64 21 448 903')}""")

add("kyc_form", "en", f"""ACCOUNT OPENING FORM - INDIVIDUAL (KYC)       Branch: Koramangala, Bengaluru   CIF: 77120094
Applicant name: {m(N, 'SRINIVASAN LAKSHMI PRIYA')}
Father's / Spouse name: {m(N, 'SRINIVASAN RAGHAVAN')}
Date of Birth: {m(D, '23-08-1992')}   Gender: F   Marital status: Married
PAN: {m(ID, 'BQKPS4417M')}
Aadhaar: {m(ID, aadhaar('73184025163'))}   (masked copy on file: XXXX XXXX ____)
Permanent address: {m(A, 'No. 18, 3rd Cross, 5th Block, Koramangala, Bengaluru 560095')}
Mobile: {m(P, '+91 98450 12763')}   Landline: {m(P, '080-2558 4410')}
Email: {m(E, 'lakshmipriya.s92@rediffmail.com')}
Nominee: {m(N, 'Raghavan Srinivasan')}, relationship: spouse""")

add("bank_form", "en", f"""ZENITH TRUST BANK PLC - CUSTOMER INFORMATION UPDATE
Surname: {m(N, 'ADEBAYO-WILLIAMS')}   Other names: {m(N, 'Oluwaseun Temitope')}
Date of birth: {m(D, '14th March 1988')}   State of origin: Ogun
NIN: {m(ID, '48120937615')}    BVN: {m(ID, '22347718290')}
Residential address: {m(A, '12B Admiralty Way, Lekki Phase 1, Lagos')}
Phone 1: {m(P, '+234 803 412 7765')}   Phone 2: {m(P, '0809 117 3342')}
Next of kin: {m(N, 'Folake Adebayo-Williams')} - {m(P, '08023341190')}
Account to credit: {m(N, 'Oluwaseun Adebayo-Williams')} / 0123987745 (NUBAN)""")

add("tenancy_email", "en", f"""Hi {m(N, 'Wei Ling')},

As discussed, please find the draft tenancy agreement for {m(A, 'Blk 412 Bedok North Ave 2, #08-117, Singapore 460412')}.
Tenant: {m(N, 'Rajesh Kumar s/o Muthusamy')}, NRIC {m(ID, nric('S', '8123457'))}, HP {m(P, '+65 8234 9017')}
Co-tenant: {m(N, 'Priyanka Rajesh')}, FIN {m(ID, nric('G', '6617042'))}
Monthly rent S$3,200, deposit S$6,400, 2-year lease from 1 July 2024.

Regards,
{m(N, 'Benjamin Goh')} | CEA Reg No. R051234B | HP {m(P, '9123 4817')}""")

add("narrative", "en", f"""After the divorce {m(N, 'Carol')} sold the house on Larch Street and moved to {m(A, '1142 Ocean View Drive, Apt 7, Santa Cruz, CA 95062')} with her
youngest, {m(N, 'Jesse')}, who was born on {m(D, 'October 3, 2011')}. Her brother {m(N, 'Phil Amundsen')} still lives at {m(A, '31 Birchwood Lane')} in Duluth
and calls every Sunday from his landline, {m(P, '218-724-0931')}.""")

add("mpesa_statement", "en", f"""M-PESA STATEMENT
Customer Name: {m(N, 'WANJIRU NJOROGE')}    Mobile Number: {m(P, '0722 418 903')}
ID Number: {m(ID, '28416093')}    Statement Period: 01 Mar 2024 - 31 Mar 2024   Email: {m(E, 'wanjiru.njoroge@gmail.com')}

Receipt No.  Completion Time       Details                                            Status     Paid In   Withdrawn
SC41HX7QPL   2024-03-02 08:14:22   Customer Transfer to 0711***203 - {m(N, 'JAMES OTIENO')}    Completed            1,500.00
SC52KZ9TRA   2024-03-05 19:40:03   Pay Bill to 888880 - KPLC PREPAID Acc. 54140227719 Completed            2,000.00
SC67MN2WQE   2024-03-09 12:01:55   Funds received from {m(P, '254733991204')} - {m(N, 'MERCY AKINYI')} Completed  3,250.00""")

# ======================= English, hard negatives =======================

neg("release_notes", "en", """## 4.12.0 (build 4.12.0.3318) - 2024-03-19

### Security
- Bump OpenSSL to 3.0.13 (CVE-2024-0727, CVE-2023-6237).
- Rotate the sample signing key in `examples/` (it was never a real key; see docs/SECURITY.md).

### Fixed
- #8812 Scheduler drift of 1.5 s per 24 h on ARM64 (regression from 4.11.2).
- #8820 `export --since 2024-01-01T00:00:00Z` skipped the first 1000 rows.
- Crash on Windows 10.0.19045.4046 when the path exceeds 260 chars.

Checksums (SHA-256):
  9f2c4e1a7b3d8c60f5e2a1b4c7d9e0f3a6b8c2d4e1f7a9b3c5d8e0f2a4b6c8d0  agent-4.12.0-linux-amd64.tar.gz
  1b7e3a9c5d2f8e0a4c6b1d3f5e7a9c2b4d6f8e0a2c4e6b8d0f1a3c5e7b9d2f4a  agent-4.12.0-darwin-arm64.zip
Docker: ghcr.io/fluxgate/agent:4.12.0@sha256:5a0c7e2b94f1d3a8c6e0b2f4d7a9c1e3b5d8f0a2c4e6b9d1f3a5c7e9b2d4f6a8""")

neg("encyclopedia", "en", """Ada Lovelace (born Augusta Ada Byron; 10 December 1815 - 27 November 1852) was an English mathematician and writer,
chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine.
She was the only legitimate child of the poet Lord Byron and his wife Anne Isabella Milbanke. The programming
language Ada, standardised as MIL-STD-1815 in 1980, was named after her; the number refers to the year of her birth.
Ada Lovelace Day is held on the second Tuesday of October.""")

neg("news", "en", """LONDON, 14 Feb (Reuters) - Fire crews spent four hours tackling a blaze at a restaurant on Baker Street early on
Wednesday, the London Fire Brigade said. Around 70 firefighters and ten engines were called at 03:12 GMT. A Ford Transit
van parked outside was also damaged. Traffic on Marylebone Road and Gloucester Place was diverted until 11:30.
"Crews worked incredibly hard in difficult conditions," Station Commander said in a statement. The cause is under
investigation. Shares in the restaurant's owner, listed under ticker RSTR, fell 2.4% to 118.6p.""")

neg("invoice", "en", """INVOICE  INV-2024-004417                       Issue date: 02/04/2024   Due: 02/05/2024
Supplier: Brackenfield Office Supplies Ltd
Company No. 08812345 (England & Wales) | VAT Reg. GB 284 7719 06 | EORI GB284771906000
Customer account: ACC-77120   PO: 4500219983

Qty  Item                                         SKU              Unit     Total
 12  A4 copier paper 80gsm (box of 2500)          BOS-A4-80-2500   21.40   256.80
  4  Toner HP 59X CF259X                          HP-CF259X        148.95  595.80
  1  Dell Latitude 5440 docking station WD19S     DEL-WD19S-180W   189.00  189.00
                                                          Subtotal 1,041.60  VAT 20% 208.32  TOTAL 1,249.92
Pay by BACS: sort code 20-32-06, account 73318820, reference INV-2024-004417. Late payment interest 8% over base.""")

neg("app_log", "en", """2024-06-11T04:12:09.114Z INFO  [req=7f3d9a2e-41b8-4c0e-9d6a-2b5e8f1c0a37] GET /v1/catalog/items?page=4 200 38ms
2024-06-11T04:12:09.551Z INFO  [req=0c6e1f4b-93d2-47aa-8b15-e9f2a3c7d640] POST /v1/cart/9912/items 201 112ms
2024-06-11T04:12:10.002Z WARN  [req=0c6e1f4b-93d2-47aa-8b15-e9f2a3c7d640] inventory lag 1843ms for sku=TX-2210-55-07
2024-06-11T04:12:11.890Z ERROR [req=a91b7c33-5e0d-4f12-b6a8-3d2c1e9f8b04] payment-gateway timeout after 30000ms (attempt 3/3)
2024-06-11T04:12:11.891Z ERROR   at Gateway.call (/srv/app/node_modules/@pg/sdk/dist/client.js:214:19)
2024-06-11T04:12:12.005Z INFO  gc pause 41.7ms heap 512.3MB/1024MB, build 2024.06.10-rc2+sha.c3e91f0""")

neg("config_placeholders", "en", """# config.example.yaml - copy to config.yaml and fill in
database:
  host: localhost
  port: 5432
  user: app
  password: changeme            # set via DB_PASSWORD in production
  url: postgres://USER:PASSWORD@HOST:5432/DBNAME
api:
  stripe_key: sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
  openai_key: <your-api-key>
  webhook_secret: ${WEBHOOK_SECRET}
smtp:
  username: "{{ vault_smtp_user }}"
  password: "{{ vault_smtp_password }}"
admin_password: "********"
""")

neg("spec_sheet", "en", """Device asset record - Field Services fleet
Model: Samsung Galaxy XCover7 (SM-G556B)   Firmware: G556BXXU1AXC3   Android 14
IMEI 1: 352099001761481   IMEI 2: 352099001761499   ICCID: 8944110068254796731
Serial: R58W21A7KQJ   Asset tag: FS-EQ-004417   Warranty until 2026-03-31
Paired vehicle: Ford Transit Custom 2.0 EcoBlue, reg. FS-VAN-12, odometer 48,213 km
Laptop: Dell Latitude 7440, service tag 7GQ8BH3, BIOS 1.9.1""")

neg("tracking", "en", """Shipment status
Tracking number: 1Z 999 AA1 01 2345 6784 (UPS Ground)
Reference: PO-88231-7 / Order #112-4470931-5520183

Date        Time   Location                      Activity
Apr 15 2024 06:41  Hodgkins, IL, US              Departed from facility
Apr 15 2024 01:12  Hodgkins, IL, US              Arrived at facility
Apr 14 2024 21:03  Louisville, KY, US            Departed from facility
Apr 14 2024 17:58  Louisville, KY, US            Origin scan
Scheduled delivery: Wed 04/17/2024 by end of day. Weight 4.20 lbs. Dimensions 14 x 10 x 6 in.""")

neg("field_measurements", "en", """Survey station log - Transect B (spring 2024)
Stn  Lat (WGS84)     Lon (WGS84)      Elev m  pH    Cond uS/cm  Temp C  Time (UTC)
B-01 44.427963 N     110.588455 W     2358.4  7.82  412         11.6    2024-05-03 14:02:11
B-02 44.428511 N     110.590107 W     2361.0  7.79  398         11.9    2024-05-03 14:19:48
B-03 44.429130 N     110.592266 W     2365.7  8.04  455         12.3    2024-05-03 14:37:02
Gauge ref 06191500; discharge 34.6 m3/s; sample IDs YNP-24-0503-001..003.""")

neg("sports_results", "en", """Boston Marathon 2024 - elite results
1. Sisay Lemma (ETH) 2:06:17   2. Mohamed Esa (ETH) 2:06:58   3. Evans Chebet (KEN) 2:07:22
Women: 1. Hellen Obiri (KEN) 2:27:37   2. Sharon Lokedi (KEN) 2:27:41 split 1:13:40   3. Edna Kiplagat (KEN) 2:27:45
Weather at start 09:37: 16 C, wind SW 11 km/h. Bib numbers 1-42 reserved for the elite field.""")

neg("bibliography", "en", """References
[1] Knuth, D. E. The Art of Computer Programming, Vol. 1, 3rd ed. Addison-Wesley, 1997. ISBN 978-0-201-89683-1.
[2] Kernighan, B. W.; Ritchie, D. M. The C Programming Language, 2nd ed. Prentice Hall, 1988. ISBN 0-13-110362-8.
[3] Lamport, L. "Time, Clocks, and the Ordering of Events". CACM 21(7):558-565, 1978. doi:10.1145/359545.359563.
[4] RFC 5321, Simple Mail Transfer Protocol, October 2008. ISSN 2070-1721.""")

neg("recall_notice", "en", """URGENT: VOLUNTARY PRODUCT RECALL - Metformin HCl Extended-Release Tablets USP, 500 mg
NDC 0093-7214-01 (bottle of 100) and NDC 0093-7214-98 (bottle of 1000)
Affected lots: 404-51-7730, 404-51-7731, 418-22-0913 (exp. 11/2025)
Reason: NDMA above the acceptable daily intake limit of 96 ng/day.
Distributors should quarantine stock and contact the recall coordinator via the recall portal, event ID 93114.""")

neg("market_summary", "en", """Market close - Friday 12 April 2024
S&P 500 5,123.41 (-1.46%)   Dow 37,983.24 (-1.24%)   Nasdaq 16,175.09 (-1.62%)   10Y 4.52%
JPM 182.79 (-6.47%) after Q1 EPS of $4.44 vs $4.15 est.; NII guide $90bn.  WFC 56.93 (-0.42%)  C 59.73 (-1.66%)
Brent $90.45/bbl   Gold $2,344.20/oz   EUR/USD 1.0643   USD/JPY 153.26
Volume 11.2bn shares; advancers/decliners 1:4.3. CUSIP 46625H100 (JPM). FIGI BBG000DMBXR2.""")

neg("flight_schedule", "en", """DEPARTURES - Terminal 2   updated 06:42
Time   Flight    Destination        Gate   Aircraft       Reg       Status
06:55  UA 1049   Denver             C14    B737-900ER     N73445    Boarding
07:10  DL 2210   Atlanta            A3     A321neo        N501DA    On time
07:25  AA 3318   Dallas/Fort Worth  B22    E175           N413YX    Delayed 07:58
07:40  WN 4417   Las Vegas          D7     B737 MAX 8     N8720L    On time
Check-in closes 45 min before departure (60 min international). Baggage carousel 6-9.""")

neg("api_docs", "en", """### Authentication
All requests must include your secret key in the `Authorization` header:

```bash
curl https://api.example-pay.com/v2/charges \\
  -H "Authorization: Bearer sk_test_YOUR_SECRET_KEY" \\
  -d amount=2000 -d currency=usd -d source=tok_visa
```

Keys look like `sk_live_...` (production) or `sk_test_...` (sandbox). Never commit them; use an
environment variable such as `$PAY_API_KEY`. Test card numbers are listed on the Testing page;
use any future expiry date (e.g. 12/34) and any 3-digit CVC.""")

neg("tutorial", "en", """Getting started with Ruby on Rails 7.1 and Jenkins
1. Install Ruby 3.3.0 with rbenv, then `gem install rails -v 7.1.3`.
2. Create the app: `rails new shop --database=postgresql` and run `bin/rails db:create`.
3. Serialize JSON with Jbuilder or, on the JVM side, with Jackson 2.16.
4. In Jenkins 2.440.1 add a Pipeline job; the agent label is `linux && docker`.
Tip: here Jenkins and Jackson are software, not people.""")

neg("history", "en", """Abraham Lincoln was born on February 12, 1809, in a one-room log cabin on Sinking Spring Farm near Hodgenville,
Kentucky. He was the 16th president of the United States (1861-1865). Lincoln delivered the Gettysburg Address on
November 19, 1863, and was assassinated at Ford's Theatre on April 14, 1865, by John Wilkes Booth. His birthday was
a legal holiday in several states; the Lincoln Memorial in Washington, D.C. was dedicated on May 30, 1922.""")

neg("legal_citation", "en", """See Brown v. Board of Education, 347 U.S. 483 (1954); Miranda v. Arizona, 384 U.S. 436, 444 (1966).
The Ninth Circuit applied the same test in No. 22-55871, 2023 WL 4417730 (9th Cir. July 14, 2023), and the district
court's order at ECF No. 118 is reviewed de novo. Cf. 42 U.S.C. Sec. 1983; Fed. R. Civ. P. 12(b)(6).""")

neg("parts_catalog", "en", """Replacement parts - Series 7 commercial dishwasher
Part No.         Description                         Fits models        Price
212-847-3390-A   Wash arm assembly, lower            7100, 7150         $84.20
415-203-7781     Drain pump 120 V 60 Hz              7150, 7200         $139.00
800-441-0093-B   Door gasket, EPDM                   all                $46.75
617-904-3318     Rinse aid dispenser                 7200               $58.10
Prices valid until 09/30/2024. Freight class 70. Country of origin: MX.""")

neg("recipe", "en", """Sourdough, 2 loaves (75% hydration)
1000 g bread flour, 750 g water at 27 C, 200 g levain (100%), 22 g salt.
Autolyse 60 min. Mix in levain, rest 30 min, add salt. 4 sets of stretch & folds every 30 min.
Bulk 4-5 h at 24-26 C until +50%. Shape, cold proof 12-16 h at 4 C.
Bake at 250 C lid on for 20 min, 230 C lid off for 22-25 min, internal temp 96-98 C.""")

neg("weather", "en", """FORECAST ISSUED 0530 AM MDT TUE 16 APR 2024 FOR ZONE COZ039
Today: Snow showers after 11am, high near 34. Wind W 15 to 20 mph, gusts to 35. Chance of precip 80%.
Tonight: Snow likely, low around 18. New accumulation 3 to 7 inches.
Station KDEN 161153Z 33012G22KT 10SM -SN FEW030 BKN060 M01/M06 A3002 RMK AO2 SLP196
Coordinates 39.8617 N 104.6731 W, elev 5431 ft.""")

neg("k8s_events", "en", """LAST SEEN   TYPE      REASON              OBJECT                                   MESSAGE
2m14s       Normal    Scheduled           pod/checkout-7d9f6b8c5-x2lqp             Successfully assigned shop/checkout-7d9f6b8c5-x2lqp to ip-pool-b-3
2m10s       Normal    Pulled              pod/checkout-7d9f6b8c5-x2lqp             Container image "registry.local/checkout:2.14.7" already present
95s         Warning   BackOff             pod/ledger-5c4b7f9d68-qz8wn              Back-off restarting failed container ledger (exit code 137, OOMKilled)
40s         Normal    SuccessfulCreate    replicaset/checkout-7d9f6b8c5            Created pod: checkout-7d9f6b8c5-m4vtr
12s         Normal    ScalingReplicaSet   deployment/ledger                        Scaled up replica set ledger-6f8d2c1a97 to 3""")

neg("routing_explainer", "en", """How to read a US check: the nine-digit number at the bottom left is the bank's ABA routing number
(for example 021000021 for JPMorgan Chase in New York or 121000358 for Bank of America in California). The next group
is the account number, then the check serial, e.g. 0417. International transfers use a SWIFT/BIC code such as
CHASUS33 or BOFAUS3N. A routing number identifies a bank, not a person, and is printed on millions of checks.""")

neg("music_trivia", "en", """Abbey Road was released on 26 September 1969; the crossing outside the studio on Abbey Road in St John's Wood
is now a Grade II listed site. "Penny Lane" (1967) is named after a street in Liverpool, and Strawberry Field was a
Salvation Army children's home. Paul McCartney, born 18 June 1942, wrote most of side two's medley in 1969.""")

neg("podcast_notes", "en", """Episode 212 - "Birthdays of the Famous"
00:00 Intro  03:12 Taylor Swift (born December 13, 1989) and the Eras Tour economics
18:45 Elon Musk (born June 28, 1971) and the Twitter deal at $54.20 a share
31:02 Listener trivia: what links the M25 and the number 3,568,000?
44:10 Outro. Music: "Lo-fi Sunday" by CalmBeats (CC BY 4.0). Recorded 2024-02-29, mixed at 48 kHz / 24-bit.""")

neg("blockchain", "en", """Block 834,211 (2024-03-12 09:41:07 UTC), 3,412 transactions, size 1.62 MB, fees 0.4217 BTC
Tx 7b1e5c03a9d4f2e8b6c0a1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3
Nonce 0x3f91a2c7   Difficulty 83.13 T   Merkle root 4d2f0a8c6e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b2d4f""")

neg("census_table", "en", """Table 4. Households by size, 2020 Census (selected counties)
FIPS    County            Households  1-person  2-person  3-person  4+ persons  Median age
17031   Cook, IL          1,986,045   33.9%     29.2%     15.1%     21.8%       37.3
48201   Harris, TX        1,677,223   26.7%     28.8%     16.6%     27.9%       34.0
06037   Los Angeles, CA   3,363,093   25.3%     27.9%     16.8%     30.0%       37.0
Source: U.S. Census Bureau, DP1. MOE +/- 0.3 percentage points.""")

neg("lottery", "en", """Powerball results for Wednesday, April 10, 2024: 23 - 26 - 36 - 47 - 62, Powerball 09, Power Play 2x.
Jackpot $72 million (cash value $34.2 million). Match 5: 1 winner ($1,000,000) sold in Ohio.
Next drawing Saturday 10:59 p.m. ET. Draw ID 2024-041. Tickets must be claimed within 180 days.""")

neg("cheque_image_ocr", "en", """ OCR RESULT  confidence 0.71
 PAY TO THE ORDER OF ____ ACME ROOFING & GUTTERS LLC ____________  $ 4,250.00
 FOUR THOUSAND TWO HUNDRED FIFTY AND 00/100 ________________ DOLLARS
 MEMO  Job #2024-118 / Inv 7731
 ⑆121000358⑆ 4417 0093 1120⑈ 1042
 check img id 9e3f0b7a-2214-4c1d-8a6e-55b0d3c9f118 scanned 2024-04-18 16:22""")

# ======================= German =======================


def icao_check(s):
    vals = [int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55 for c in s]
    return str(sum(v * [7, 3, 1][i % 3] for i, v in enumerate(vals)) % 10)


def rvnr(area, ddmmyy, letter, serial):  # German pension insurance number
    digits = area + ddmmyy + "%02d" % (ord(letter) - 64) + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(digits, w))
    return "%s %s %s%s%s" % (area, ddmmyy, letter, serial, s % 10)


def kvnr(letter, eight):  # German health insurance number
    digits = "%02d" % (ord(letter) - 64) + eight
    s = sum(sum(int(x) for x in str(int(a) * (1 if i % 2 == 0 else 2))) for i, a in enumerate(digits))
    return letter + eight + str(s % 10)


add("email_thread", "de", f"""Von: {m(N, 'Jana Kowalski')} <{m(E, 'jana.kowalski@posteo.de')}>
An: Hausverwaltung Prenzlauer Berg <{m(E, 'info@hv-prenzlberg.de')}>
Betreff: AW: Wohnungsübergabe Kastanienallee – Kaution
Datum: 12.03.2024, 18:22

Sehr geehrte Frau {m(N, 'Baumgartner')},

bitte überweisen Sie die Kaution (2.340,00 €) auf mein neues Konto:
Kontoinhaberin: {m(N, 'Jana Kowalski')}
IBAN: {m(I, iban('DE', '100900001234567891'))}
Meine neue Anschrift ab 1. April: {m(A, 'Gneisenaustraße 67, Hinterhaus 3. OG links, 10961 Berlin')}
Telefonisch bin ich unter {m(P, '0171 4829305')} erreichbar.

Mit freundlichen Grüßen
{m(N, 'Jana Kowalski')}

Am 11.03.2024 um 09:14 schrieb {m(N, 'Sabine Baumgartner')}:
> Sehr geehrte Frau {m(N, 'Kowalski')},
> die Übergabe der Wohnung {m(A, 'Kastanienallee 41, VH 2. OG rechts, 10435 Berlin')} ist für Freitag 15 Uhr angesetzt.
> Bei Rückfragen: {m(P, '030 / 2589 4417')} (Durchwahl -12)
> --
> Hausverwaltung Prenzlauer Berg GmbH · {m(A, 'Schönhauser Allee 112 · 10439 Berlin')}
> Amtsgericht Charlottenburg HRB 187734 B · USt-IdNr. DE318877412""")

add("payslip", "de", f"""Verdienstabrechnung März 2024                                   Pers.-Nr. 000731
Firma: Rheinwerk Anlagenbau GmbH, {m(A, 'Industriestraße 14, 50735 Köln')}
Herrn
{m(N, 'Emre Yıldırım')}
{m(A, 'Neusser Str. 221a')}
{m(A, '50733 Köln')}
Geb.-Datum: {m(D, '17.08.1990')}   Eintritt: 01.09.2019   Steuerklasse III / Kinderfreib. 1,0   Konfession: --
Steuer-ID: {m(ID, mod11_10('4721938506'))}    SV-Nummer: {m(ID, rvnr('53', '170890', 'Y', '01'))}    Krankenkasse: AOK Rheinland/Hamburg
Bezeichnung                    Betrag        Steuer  SV
Gehalt                         4.250,00 €    L       L
VWL AG-Anteil                     40,00 €    L       L
Lohnsteuer                       412,58
Solidaritätszuschlag               0,00
KV/RV/AV/PV AN-Anteil            882,91
Auszahlungsbetrag              2.994,51 €   Überweisung an {m(I, iban('DE', '370501981002334471'))}""")

add("vcard", "de", f"""BEGIN:VCARD
VERSION:4.0
FN:Dr. {m(N, 'Katharina Oberhuber')}
N:{m(N, 'Oberhuber')};{m(N, 'Katharina')};;Dr.;
TEL;TYPE=work:{m(P, '+43 1 40400 72318')}
TEL;TYPE=cell:{m(P, '+43 664 518 2093')}
EMAIL:{m(E, 'k.oberhuber@meduniwien.ac.at')}
ADR;TYPE=home:;;{m(A, 'Josefstädter Straße 39/2/14')};Wien;;1080;Österreich
BDAY:--0612
NOTE:SVNR {m(ID, svnr('402', '120679'))} (für Reisekostenabrechnung)
END:VCARD""")

add("personalausweis_ocr", "de", f"""BUNDESREPUBLIK DEUTSCHLAND   PERSONALAUSWEIS   IDENTITY CARD
Name/Surname        {m(N, 'SCHÄFER')}
Vornamen/Given names   {m(N, 'LUKAS MAXIMILIAN')}
Geburtstag/Date of birth  {m(D, '03.11.1987')}
Staatsangehörigkeit   DEUTSCH
Geburtsort   HANNOVER          Gültig bis   22.05.2031
Nr. {m(ID, 'LZ6311T47')}
Anschrift: {m(A, 'PODBIELSKISTR. 168')}
           {m(A, '30177 HANNOVER')}""")

add("teams_chat", "de", f"""{m(N, 'Meier, Florian')}  08:47
Moin, kann jemand für die Lieferung morgen in Bremen einspringen? Kunde ist Herr {m(N, 'Detlef Rathjen')},
{m(A, 'Am Wall 162')}, Handy {m(P, '0160 9134 7752')}

{m(N, 'Nadine Stolz')}  08:52
Ich kann. Schick mir die Auftragsnummer, dann trag ich's in SAP ein.

{m(N, 'Meier, Florian')}  08:53
Auftrag 4500781122, Pos. 10. Zugang Hintereingang, Code 1948# – danke {m(N, 'Nadine')}!

{m(N, 'Nadine Stolz')}  08:55
Alles klar. Falls was ist: {m(P, '+49 (0)421 33 08 517')}""")

add("arztbrief", "de", f"""Klinikum Nord – Klinik für Innere Medizin II
{m(A, 'Langenhorner Chaussee 560, 22419 Hamburg')}

Arztbrief
Patientin: {m(N, 'Ingrid Lüdemann')}, geb. {m(D, '04.02.1941')}
Versichertennummer: {m(ID, kvnr('L', '41920378'))}
wohnhaft {m(A, 'Tangstedter Landstr. 29, 22415 Hamburg')}

Sehr geehrter Herr Kollege Dr. med. {m(N, 'Petersen')},
wir berichten über Ihre Patientin, die sich vom 02.04. bis 09.04.2024 in unserer stationären Behandlung befand.
Diagnosen: Dekompensierte Herzinsuffizienz NYHA III, Vorhofflimmern (CHA2DS2-VASc 5).
Rückfragen gerne unter {m(P, '040 1818-87 3320')}.
Mit kollegialen Grüßen
OA Dr. {m(N, 'M. Demir')}""")

add("unfallbericht", "de", f"""Europäischer Unfallbericht – Fahrzeug A
Versicherungsnehmer: {m(N, 'Reto Gasser')}, {m(A, 'Bahnhofstrasse 22, 8001 Zürich')}
Geburtsdatum: {m(D, '30.01.1975')}   AHV-Nr.: {m(ID, ahv('481237695'))}
Telefon: {m(P, '+41 79 412 88 03')}   E-Mail: {m(E, 'reto.gasser@bluewin.ch')}
Führerausweis Nr.: {m(ID, '412873551')}   Kat. B, ausgestellt Zürich
Fahrzeug: VW Golf VIII, Kennzeichen ZH 448812
Versicherung: Helvetia, Police-Nr. 12.445.118-0
Fahrzeug B: {m(N, 'Chiara Bernasconi')}, {m(P, '076 331 09 84')}
Ort: Kreuzung Löwenstrasse/Uraniastrasse, 14.03.2024, 17:20 Uhr""")

neg("impressum", "de", """Impressum
Angaben gemäß § 5 TMG: Nordlicht Software GmbH
Registergericht: Amtsgericht Hamburg, HRB 154227
Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: DE 301 447 812
Wirtschafts-Identifikationsnummer: DE301447812-00001
Bankverbindung: Hamburger Sparkasse, BLZ 200 505 50, BIC HASPDEHHXXX
Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: die Geschäftsführung
Plattform der EU-Kommission zur Online-Streitbeilegung: https://ec.europa.eu/consumers/odr""")

neg("bahn_fahrplan", "de", """ICE 1007  München Hbf ab 06:02 (Gl. 21) – Nürnberg Hbf an 07:04 (Gl. 8) – Erfurt Hbf an 08:31 – Berlin Hbf an 10:05
RE 4011   Nürnberg Hbf ab 07:16 (Gl. 14) – Bamberg an 07:58
Verspätung ca. +12 Min. wegen Reparatur an einem Signal. Zugbindung aufgehoben. Wagenreihung: 21 22 23 24 25 26 27 28 29.
Sparpreis ab 27,90 € · BahnCard 25: 20,93 € · Auftragsnummer NQ7K2P · Sitzplatzreservierung 4,90 €""")

neg("lexikon", "de", """Johann Wolfgang von Goethe (* 28. August 1749 in Frankfurt am Main; † 22. März 1832 in Weimar) war ein deutscher
Dichter und Naturforscher. Sein Geburtshaus am Großen Hirschgraben ist heute Museum. Der „Faust" erschien 1808
(Teil 1) und 1832 (Teil 2). Goethe wohnte ab 1782 im Haus am Frauenplan in Weimar; das Goethe-Nationalmuseum zählt
jährlich rund 180.000 Besucher.""")

neg("polizeimeldung", "de", """POL-K: 240314-2-K Brand in Lagerhalle in Köln-Ehrenfeld
Köln (ots) – In der Nacht zu Donnerstag (14. März) ist in einer Lagerhalle an der Vogelsanger Straße ein Feuer
ausgebrochen. Gegen 02:40 Uhr alarmierten Anwohner die Feuerwehr. Verletzt wurde niemand; der Sachschaden wird auf
rund 250.000 Euro geschätzt. Die Vogelsanger Straße war zwischen Gürtel und Maarweg bis 07:30 Uhr gesperrt.
Das Kriminalkommissariat 11 ermittelt. Hinweise bitte an die Polizei Köln unter Angabe des Aktenzeichens 240314-2.""")

neg("bestellbestaetigung", "de", """Vielen Dank für Ihre Bestellung!
Bestellnummer: 302-7718840-1129934        Bestelldatum: 09.04.2024 14:52
Artikel: Bosch Professional GSR 18V-55 (06019H5202), Menge 1, 189,99 €
Artikel: Makita Akku BL1850B 18 V 5,0 Ah (197280-8), Menge 2, 2 × 64,90 €
Zwischensumme 319,79 € · Versand 0,00 € · inkl. 19 % MwSt. 51,06 €
Sendungsnummer DHL: 00340434161094027318 · voraussichtliche Zustellung Do., 11.04.2024
Rücksendung bis 09.05.2024 möglich. Garantie-Seriennummer: 583001447""")

# ======================= French =======================


def siret(siren8, nic4):
    siren = siren8 + luhn_digit(siren8)
    t = siren + nic4 + luhn_digit(siren + nic4)
    return "%s %s %s %s" % (t[:3], t[3:6], t[6:9], t[9:])


def tva_fr(siren8):
    siren = siren8 + luhn_digit(siren8)
    return "FR%02d %s" % ((12 + 3 * (int(siren) % 97)) % 97, siren)


add("bulletin_paie", "fr", f"""BULLETIN DE PAIE – Période du 01/02/2024 au 29/02/2024
Employeur : Boulangerie Artisanale Lefèvre SARL – SIRET {siret('51280463', '0002')} – APE 1071C
{m(A, '18 rue Oberkampf, 75011 Paris')}
Salarié : M. {m(N, 'Karim Benali')}
{m(A, '42 avenue Jean Jaurès, Bât. B, 3e étage, porte 12')}
{m(A, '93300 Aubervilliers')}
N° de sécurité sociale : {m(ID, nir('1880393001072'))}
Emploi : Boulanger – Coefficient 190 – Entrée le 04/09/2017
Salaire de base 151,67 h × 13,42 = 2 035,41 €     Net à payer avant impôt : 1 587,62 €
Prélèvement à la source : taux 2,1 %            Net payé : 1 554,28 € – virement sur {m(I, iban('FR', rib_fr('30004', '00819', '00012345678')))}""")

add("email_thread", "fr", f"""De : {m(N, 'Élodie Marchand')} <{m(E, 'elodie.marchand@orange.fr')}>
À : {m(E, 'contact@agence-lumiere-immo.fr')}
Objet : Re: Dossier location T3 – pièces manquantes

Bonjour Monsieur {m(N, 'Garnier')},

Voici les éléments demandés. Mon garant est mon père, {m(N, 'Jean-Pierre Marchand')}, né le {m(D, '11 janvier 1958')},
domicilié {m(A, '7 impasse des Lilas, 69340 Francheville')}, tél. {m(P, '04.72.10.33.58')}.
Pour moi : {m(P, '06 71 28 45 93')}.

Cordialement,
{m(N, 'Élodie')}

Le lun. 4 mars 2024 à 10:02, {m(N, 'Thierry Garnier')} <{m(E, 'contact@agence-lumiere-immo.fr')}> a écrit :
> Madame, il manque votre avis d'imposition 2023 et la pièce d'identité du garant.
> {m(N, 'Thierry Garnier')} – Agence Lumière Immobilier – {m(A, '3 place Bellecour, 69002 Lyon')} – {m(P, '+33 (0)4 78 42 19 60')}""")

add("cv", "fr", f"""{m(N, 'Amadou Diallo')}
Ingénieur logiciel embarqué – 8 ans d'expérience
{m(A, '15, rue du Faubourg Saint-Antoine, 75012 Paris')}
{m(P, '+33 6 12 84 09 57')} · {m(E, 'amadou.diallo.dev@gmail.com')}
Né le {m(D, '22/05/1990')} à Dakar · Permis B

EXPÉRIENCE
2019–2024  Thales Avionics (Vélizy) – Développeur C/C++ temps réel, DO-178C niveau B
2016–2019  Valeo (Créteil) – Ingénieur logiciel AUTOSAR
FORMATION  Diplôme d'ingénieur, INSA Lyon (2016)
LANGUES  Français, anglais (C1), wolof""")

add("compte_rendu", "fr", f"""CENTRE HOSPITALIER UNIVERSITAIRE DE BORDEAUX – Service de pneumologie
Compte rendu d'hospitalisation
Patient : Mme {m(N, 'BERNADETTE LOUISE FAURE')}, née {m(N, 'CAZENAVE')} le {m(D, '30/06/1949')}
IPP : 201144873 – NIR : {m(ID, nir('2490633063104'))}
Adresse : {m(A, 'Résidence Les Pins, appt 14, 112 cours de la Somme, 33800 Bordeaux')}
Médecin traitant : Dr {m(N, 'Olivier Lacoste')}, {m(P, '05 56 91 44 20')}
Personne de confiance : {m(N, 'Sophie Faure')} (fille) – {m(P, '07 81 22 45 19')}
Motif : exacerbation de BPCO. Sortie le 18/03/2024 avec oxygénothérapie 2 L/min.""")

add("registre_be", "fr", f"""FORMULAIRE D'INSCRIPTION – Académie de musique de Schaerbeek – année 2024-2025
Nom de l'élève : {m(N, 'Nour El Amrani')}          Date de naissance : {m(D, '08/09/2012')}
Numéro de registre national : {m(ID, be_nn('120908', '276', y2000=True))}
Adresse : {m(A, 'Avenue Rogier 214 bte 3, 1030 Schaerbeek')}
Responsable légal : {m(N, 'Fatima Zahra Bennani')} – GSM {m(P, '0478 39 21 60')} – {m(E, 'fz.bennani@skynet.be')}
Paiement du minerval (75 €) sur le compte {m(I, iban('BE', be_bban('0682481173')))} au nom de l'élève ou du responsable.""")

add("sms_export", "fr", f"""2024-03-22 19:04  {m(P, '+33 7 56 19 40 22')} → moi : Salut c'est {m(N, 'Lucas')}, le code wifi de l'appart c'est {m(K, 'Chat-Noir-4471!')}
2024-03-22 19:05  moi → {m(P, '+33 7 56 19 40 22')} : merci ! l'adresse exacte ?
2024-03-22 19:07  {m(P, '+33 7 56 19 40 22')} → moi : {m(A, '9 rue des Trois-Cailloux, 80000 Amiens')}, 2e gauche. Interphone « {m(N, 'Moreau')} »""")

add("quebec_form", "fr", f"""Demande d'adhésion – Caisse populaire Desjardins de Sherbrooke
Nom : {m(N, 'Tremblay')}   Prénom : {m(N, 'Maxime')}   Date de naissance (AAAA-MM-JJ) : {m(D, '1994-04-17')}
NAS : {m(ID, sin_ca('27148903'))}   Permis de conduire : {m(ID, 'T6514-170494-07')}
Adresse : {m(A, '1820, rue King Ouest, app. 305, Sherbrooke (Québec) J1J 2E2')}
Téléphone : {m(P, '819 562-0147')}   Cellulaire : {m(P, '(819) 640-3328')}
Carte de crédit Visa Desjardins : {m(C, card('450644882019734'))}""")

neg("mentions_legales", "fr", f"""Mentions légales – Atelier Vélo Lumière SAS au capital de 10 000 €
RCS Nantes 732 829 320 – SIRET {siret('73282932', '0001')} – Code NAF 4764Z
N° TVA intracommunautaire : {tva_fr('73282932')}
Directeur de la publication : le président de la société
Hébergeur : OVH SAS, RCS Lille Métropole 424 761 419
Conformément au RGPD, vous disposez d'un droit d'accès via le formulaire en ligne (réf. CNIL 2219441).""")

neg("facture", "fr", """FACTURE N° FA-2024-03-0917        Date : 21/03/2024        Échéance : 20/04/2024
Référence client : CLI-004417 – Bon de commande : BC-88231
Désignation                                   Qté   PU HT     Total HT
Maintenance chaudière Saunier Duval ThemaPlus   1    145,00    145,00
Kit joints + vase d'expansion 8 L               1     62,40     62,40
Déplacement zone 2                              1     35,00     35,00
Total HT 242,40 € – TVA 10 % 24,24 € – Total TTC 266,64 €
Règlement par chèque à l'ordre de l'entreprise ou par virement (RIB sur demande). Pénalités de retard : 3 × taux légal.""")

neg("encyclopedie", "fr", """Victor Hugo, né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris, est un poète, dramaturge et romancier
français. Il vécut de 1832 à 1848 au deuxième étage de l'hôtel de Rohan-Guéménée, place des Vosges, aujourd'hui musée.
Les Misérables paraissent en 1862 ; ses funérailles nationales, le 1er juin 1885, réunissent près de deux millions de
personnes. Il repose au Panthéon.""")

neg("depeche", "fr", """PARIS, 14 mars (AFP) – Un incendie s'est déclaré jeudi vers 4 h 30 dans un immeuble de la rue de Rivoli, dans le
1er arrondissement, mobilisant 90 sapeurs-pompiers et 28 engins, a indiqué la préfecture de police. Le feu, parti
d'un local commercial au rez-de-chaussée, a été maîtrisé à 7 h 10. La circulation a été interrompue entre la rue du
Louvre et la place du Châtelet. Le parquet de Paris a ouvert une enquête (procédure n° 24/07731).""")

neg("notice_technique", "fr", """Notice – Thermostat connecté Netatmo NTH01-FR-EU
Firmware 250 · Bande 2,4 GHz (2400–2483,5 MHz) · Puissance max. 8,9 dBm · IP20
Réf. article 3700730500883 (EAN-13) · Lot 2024-W11-0417 · Garantie 2 ans
Couple de serrage 0,4 N·m · Plage de mesure 0–50 °C ± 0,3 °C · Consommation 2 × AAA, autonomie ≈ 2 ans
Réinitialisation : maintenir le bouton 15 s jusqu'au clignotement 3 × 0,5 s.""")

# ======================= Spanish =======================


def nss_es(prov, num8):
    return "%s/%s/%02d" % (prov, num8, int(prov + num8) % 97)


def cuil(prefix, dni8):
    t = prefix + dni8
    c = 11 - sum(int(a) * b for a, b in zip(t, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    assert c != 10, "pick another"
    return "%s-%s-%s" % (prefix, dni8, 0 if c == 11 else c)


add("nomina", "es", f"""RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS
Empresa: Talleres Hermanos Ibáñez, S.L.   CIF: B-84471209   CCC: 28/1044771/32
Domicilio: {m(A, 'Polígono Industrial Las Mercedes, C/ Campezo 4, nave 7, 28022 Madrid')}
Trabajador/a: {m(N, 'GARCÍA ROMERO, ALBA')}          DNI: {m(ID, dni('50873142'))}
Nº afiliación S.S.: {m(ID, nss_es('28', '10447182'))}    Categoría: Oficial 1ª    Antigüedad: 03/02/2016
Domicilio: {m(A, 'C/ de Toledo, 88, 4º B, 28005 Madrid')}
Periodo: 01/03/2024 a 31/03/2024 – 30 días
DEVENGOS  Salario base 1.612,40  Plus convenio 184,00  Plus transporte 96,50
DEDUCCIONES  Contingencias comunes 4,70 %  Desempleo 1,55 %  IRPF 13,42 %
LÍQUIDO A PERCIBIR 1.521,66 €  – Transferencia a {m(I, iban('ES', ccc_es('2100', '4418', '0200114471')))}""")

add("whatsapp_export", "es", f"""12/04/24, 20:14 - {m(N, 'Lupita Hernández')}: Hola {m(N, 'Dani')}! ya tengo la cita en el SAT, me pidieron mi CURP y el RFC
12/04/24, 20:14 - {m(N, 'Lupita Hernández')}: CURP {m(ID, curp('HEGL920315MDFRRP0'))}
12/04/24, 20:15 - {m(N, 'Lupita Hernández')}: RFC {m(ID, 'HEGL920315QK4')}
12/04/24, 20:17 - {m(N, 'Daniel Ortega Ruiz')}: va, y la dirección para la factura?
12/04/24, 20:19 - {m(N, 'Lupita Hernández')}: {m(A, 'Av. Insurgentes Sur 1602, Int. 801, Col. Crédito Constructor, 03940 CDMX')}
12/04/24, 20:19 - {m(N, 'Lupita Hernández')}: y mi cel nuevo es {m(P, '55 4172 9930')}, el de antes ({m(P, '+52 1 55 8823 0417')}) ya no lo uso
12/04/24, 20:21 - {m(N, 'Daniel Ortega Ruiz')}: 👍""")

add("formulario_afip", "es", f"""FORMULARIO 460/F – Solicitud de inscripción – Persona humana
Apellido y nombres: {m(N, 'FERNÁNDEZ, MARTÍN EZEQUIEL')}
DNI: {m(ID, '33.418.926')}     CUIL: {m(ID, cuil('20', '33418926'))}
Fecha de nacimiento: {m(D, '19/11/1987')}    Nacionalidad: argentina
Domicilio fiscal: {m(A, 'Av. Corrientes 1847, piso 6 dto. B, C1045AAA CABA')}
Teléfono: {m(P, '+54 9 11 4321-8765')}   Correo: {m(E, 'mefernandez87@hotmail.com.ar')}
Actividad: 620100 – Servicios de consultores en informática""")

add("contrato_arriendo", "es", f"""CONTRATO DE ARRENDAMIENTO
En Santiago, a 1 de abril de 2024, comparecen: don {m(N, 'Ignacio Valdés Errázuriz')}, cédula nacional de identidad
{m(ID, rut('9871224'))}, domiciliado en {m(A, 'Av. Vitacura 5250, depto. 72, Vitacura')}, en adelante "el arrendador"; y doña
{m(N, 'Camila Soto Bustamante')}, cédula nacional de identidad {m(ID, rut('18441097'))}, nacida el {m(D, '2 de agosto de 1993')}, en adelante
"la arrendataria", quienes acuerdan: PRIMERO: el arrendador da en arriendo el inmueble ubicado en
{m(A, 'Av. Providencia 1208, depto. 1504, Providencia, Santiago')}. SEGUNDO: la renta mensual es de $620.000, pagadera
los primeros cinco días de cada mes. Contacto arrendataria: {m(P, '+56 9 8123 4567')}, {m(E, 'camila.soto.b@gmail.com')}.""")

add("historia_clinica", "es", f"""CLÍNICA DEL COUNTRY – HISTORIA CLÍNICA – EPICRISIS
Paciente: {m(N, 'Juan Sebastián Rincón Parra')}   C.C. {m(ID, '1.020.745.338')}   Edad: 31 años
Fecha de nacimiento: {m(D, '1992-10-07')}   EPS: Sanitas   Régimen: contributivo
Dirección: {m(A, 'Calle 72 # 10-34, Apto 501, Bogotá')}   Celular: {m(P, '310 448 2291')}
Acompañante: {m(N, 'Mariana Parra')} (madre) – {m(P, '+57 601 745 3320')}
Diagnóstico de egreso: Apendicitis aguda (K35.8). Apendicectomía laparoscópica 14/02/2024.
Médico tratante: Dr. {m(N, 'Felipe Arango')}, R.M. 80441""")

add("api_payload", "es", '{' + NL +
    '  "solicitud": "alta-cliente",' + NL +
    '  "cliente": {' + NL +
    '    "nombre": "' + m(N, 'Ioana') + '",' + NL +
    '    "apellidos": "' + m(N, 'Popescu Marín') + '",' + NL +
    '    "nie": "' + m(ID, dni('Y4417280')) + '",' + NL +
    '    "fecha_nacimiento": "' + m(D, '1989-05-23') + '",' + NL +
    '    "telefono": "' + m(P, '+34 612 904 377') + '",' + NL +
    '    "correo": "' + m(E, 'ioana.popescu.m@yahoo.es') + '",' + NL +
    '    "direccion": { "via": "' + m(A, 'Carrer de Sants 212, 5è 2a') + '", "cp": "08028", "municipio": "Barcelona" }' + NL +
    '  },' + NL +
    '  "tarjeta": { "pan": "' + m(C, card('540127380012448')) + '", "caducidad": "04/28" },' + NL +
    '  "ip_origen": "' + m(IP, '88.27.144.203') + '",' + NL +
    '  "canal": "app-android-6.14.2"' + NL + '}')

add("denuncia", "es", f"""DILIGENCIA DE EXPOSICIÓN DE DENUNCIA – Comisaría de Distrito de Triana (Sevilla)
Atestado nº 4417/24
En Sevilla, siendo las 11:20 horas del día 08/03/2024, comparece: {m(N, 'ROCÍO MONTILLA VARGAS')}, con DNI {m(ID, dni('28839104'))},
nacida en Sevilla el {m(D, '14/04/1979')}, hija de {m(N, 'Antonio')} y {m(N, 'Carmen')}, con domicilio en {m(A, 'C/ Pagés del Corro, 96, 2º izq., 41010 Sevilla')}
y teléfono {m(P, '654 321 987')}, quien MANIFIESTA: que sobre las 09:00 horas le fue sustraído el bolso en la calle Betis,
que contenía su pasaporte nº {m(ID, 'PAB418227')} y una tarjeta Visa acabada en 3381, y que sospecha de un varón de unos 25 años.""")

neg("factura", "es", """FACTURA Nº 2024/A/000917                          Fecha: 28/03/2024
Emisor: Suministros Eléctricos del Levante, S.A. – CIF A46103834 – Inscrita en el R.M. de Valencia, T. 4471, F. 112, H. V-20391
Cliente: Construcciones Albufera, S.L. – CIF B97218844 – Nº cliente 004417
Ref.        Descripción                               Uds.   Precio    Importe
CAB-2.5-RL  Cable H07V-K 2,5 mm² rollo 100 m           12     38,90     466,80
INT-16A     Interruptor magnetotérmico 2P 16A C        40      9,15     366,00
Base imponible 832,80 €   IVA 21 % 174,89 €   TOTAL 1.007,69 €
Forma de pago: recibo domiciliado a 60 días. Código de barras 8412345678905.""")

neg("enciclopedia", "es", """Gabriel García Márquez (Aracataca, 6 de marzo de 1927 – Ciudad de México, 17 de abril de 2014) fue un escritor y
periodista colombiano, Premio Nobel de Literatura en 1982. Cien años de soledad (1967) vendió más de 50 millones de
ejemplares. Vivió en la calle Fuego del barrio Jardines del Pedregal; su casa natal en Aracataca es museo desde 2010.""")

neg("noticia", "es", """MADRID, 9 Abr. (EUROPA PRESS) – Un incendio en un local de la calle de Alcalá, a la altura de la plaza de Manuel Becerra,
obligó a cortar el tráfico durante tres horas este martes. Según el SAMUR-Protección Civil, no hubo heridos. Los
Bomberos del Ayuntamiento desplegaron seis dotaciones a partir de las 14.35 horas. La línea 2 de Metro funcionó con
normalidad. El local, una tienda de la cadena Zara Home, permanecerá cerrado hasta nuevo aviso.""")

neg("catalogo", "es", """Catálogo 2024 – Recambios de electrodomésticos
Código           Descripción                         Modelo compatible       PVP
481 236 158 047  Correa lavadora 1270 J5             Whirlpool AWO/D 7014    12,95 €
600-811-4417     Bomba desagüe 30 W                  Balay 3TS976BA           34,50 €
91 555 02 17     Resistencia horno 2000 W            Teka HE 490              27,80 €
Envío 24/48 h. Pedido mínimo 15 €. IVA incluido. Precios válidos hasta 31/12/2024.""")

neg("log_tecnico", "es", """[2024-05-14 03:00:01,227] INFO  cron.copia-seguridad: inicio (job=bkp-nocturno, id=6c1f0b7e-88a2-4d3f-9e51-0f2d7a4c9b13)
[2024-05-14 03:04:47,902] INFO  cron.copia-seguridad: 18.442 ficheros, 41,7 GB, sha256=4be2a9c1f07d38e5a6b1c9d2e0f4a7b3c5d8e1f2a4b6c8d0e2f4a6b8c0d2e4f6
[2024-05-14 03:04:48,015] WARN  cuota al 87 % en volumen /srv/datos (umbral 85 %)
[2024-05-14 03:05:12,330] INFO  retención: borradas 7 copias anteriores a 2024-04-14; versión agente 3.9.12-build.2207""")

# ======================= Portuguese (PT + BR) =======================


def niss(first10):
    w = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
    return first10 + str(9 - sum(int(a) * b for a, b in zip(first10, w)) % 10)


def cnpj(first12):
    d = [int(c) for c in first12]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    t = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (t[:2], t[2:5], t[5:8], t[8:12], t[12:])


add("recibo_vencimento", "pt", f"""RECIBO DE VENCIMENTO – Abril 2024
Entidade patronal: Cortiças do Douro, Lda. – NIPC {nif_pt('50894412')} – {m(A, 'Rua do Amial, 1220, 4200-062 Porto')}
Nome: {m(N, 'Beatriz Antunes Carvalho')}       Nº mec.: 0417
NIF: {m(ID, nif_pt('23184409'))}      NISS: {m(ID, niss('1204418273'))}
Morada: {m(A, 'Rua de Cedofeita, 412, 3.º Esq.')}
        {m(A, '4050-174 Porto')}
Data de nascimento: {m(D, '09-12-1991')}    Estado civil: casada, 1 dependente
Vencimento base 1.380,00 €   Subsídio de refeição 22 × 6,00 €   IRS 11,9 %   Seg. Social 11 %
Líquido: 1.204,37 € transferidos para {m(I, iban('PT', nat_mod97('0036004499100072841')))}
Telemóvel registado: {m(P, '+351 936 418 227')}""")

add("cadastro_json", "pt", '[' + NL +
    '  {"id": 77120, "nome_completo": "' + m(N, 'Thiago Nascimento Albuquerque') + '", "cpf": "' + m(ID, cpf('418337902')) +
    '", "rg": "' + m(ID, '24.118.073-6') + '", "nascimento": "' + m(D, '1986-07-30') + '", "celular": "' + m(P, '(21) 99812-4470') + '",' + NL +
    '   "endereco": {"logradouro": "' + m(A, 'Rua Visconde de Pirajá, 550, apto 1203') + '", "bairro": "Ipanema", "cidade": "Rio de Janeiro", "uf": "RJ", "cep": "22410-002"},' + NL +
    '   "email": "' + m(E, 'thiago.albuquerque@uol.com.br') + '"},' + NL +
    '  {"id": 77121, "nome_completo": "' + m(N, 'Francisca das Chagas Lima') + '", "cpf": "' + m(ID, cpf('071554238').replace('.', '').replace('-', '')) +
    '", "rg": null, "nascimento": "' + m(D, '1958-02-11') + '", "celular": "' + m(P, '+55 85 98714-2209') + '",' + NL +
    '   "endereco": {"logradouro": "' + m(A, 'Av. Bezerra de Menezes, 1871, casa 2') + '", "bairro": "São Gerardo", "cidade": "Fortaleza", "uf": "CE", "cep": "60325-005"},' + NL +
    '   "email": null}' + NL + ']')

add("email_pix", "pt", f"""Oi {m(N, 'Renata')},

Segue o combinado do aluguel da casa de praia (27/12 a 02/01). O valor total é R$ 4.800,00; metade agora por PIX.
Chave PIX (CPF): {m(ID, cpf('390517284'))} – titular {m(N, 'Marcelo Teixeira Prado')}
Se preferir TED: Itaú, ag. 0741, c/c 44718-2.
O endereço é {m(A, 'Rua das Gaivotas, 88, Praia do Rosa, Imbituba - SC, 88780-000')} e a chave fica com a vizinha, dona {m(N, 'Zuleide')} ({m(P, '(48) 3354-1190')}).
Qualquer coisa me liga no {m(P, '+55 48 99622-0317')}.

Abs,
{m(N, 'Marcelo')}""")

add("boletim_ocorrencia", "pt", f"""SECRETARIA DA SEGURANÇA PÚBLICA – POLÍCIA CIVIL DO ESTADO DE SÃO PAULO
BOLETIM DE OCORRÊNCIA Nº 1447/2024 – 14º D.P. Pinheiros
Natureza: Furto de celular (art. 155 CP)
Vítima: {m(N, 'LETÍCIA MAYUMI TANAKA')}   RG: {m(ID, '38.441.902-X')}   CPF: {m(ID, cpf('227094118'))}
Nascimento: {m(D, '05/03/1998')}   Profissão: arquiteta
Endereço: {m(A, 'Rua dos Pinheiros, 1240, apto 84, Pinheiros, São Paulo/SP, CEP 05422-001')}
Telefone para contato: {m(P, '(11) 97431-8820')}
Objeto: iPhone 14, IMEI 356112114417382, linha {m(P, '(11) 98204-3317')}
Histórico: a vítima relata que, por volta das 19h, na saída da estação Faria Lima, teve o aparelho subtraído.""")

add("cartao_cidadao_ocr", "pt", f"""REPÚBLICA PORTUGUESA  CARTÃO DE CIDADÃO
Apelido(s) {m(N, 'FERREIRA DA SILVA')}
Nome(s) {m(N, 'JOÃO MIGUEL')}
Sexo M  Altura 1,78  Nacionalidade PRT  Data de nascimento {m(D, '27 04 1985')}
N.º Documento {m(ID, '13448120 4 ZX1')}  Data de validade 11 09 2029
NIF {m(ID, nif_pt('21447385'))}   N.º Utente de Saúde {m(ID, '187 442 019')}""")

add("curriculo", "pt", f"""{m(N, 'ANA CLARA MENDES RIBEIRO')}
Brasileira, solteira, 29 anos – Data de nascimento: {m(D, '14/10/1994')}
{m(A, 'SQN 308, Bloco C, Apto 402, Asa Norte, Brasília/DF, 70747-030')}
Celular/WhatsApp: {m(P, '(61) 99187-4402')} · E-mail: {m(E, 'anaclara.ribeiro94@gmail.com')}

OBJETIVO: Analista de Dados Pleno
EXPERIÊNCIA: Banco do Brasil (2019–2024) – Dashboards em Power BI, SQL Server, Python/pandas
FORMAÇÃO: Estatística – UnB (2017)
IDIOMAS: Inglês avançado, espanhol intermediário""")

neg("nota_fiscal", "pt", f"""DANFE – Documento Auxiliar da Nota Fiscal Eletrônica   Nº 000.041.771  Série 1
Emitente: Distribuidora Paulista de Autopeças Ltda – CNPJ {cnpj('084417220001')} – IE 114.227.093.118
Destinatário: Oficina Mecânica Irmãos Rocha ME – CNPJ {cnpj('271904410001')}
Chave de acesso: 3524 0408 4417 2200 0129 5500 1000 0417 7110 0417 7105
Protocolo de autorização: 135240712044173 – 12/04/2024 10:44:07
Produto: pastilha de freio Cobreq N-1157 – NCM 8708.30.90 – CFOP 5405 – Qtd 4 – R$ 89,90 – Total R$ 359,60""")

neg("enciclopedia", "pt", """Edson Arantes do Nascimento, mais conhecido como Pelé (Três Corações, 23 de outubro de 1940 – São Paulo, 29 de
dezembro de 2022), foi um futebolista brasileiro. Marcou 1.281 gols em 1.363 jogos, segundo o Santos. O Museu Pelé
fica em Santos, no antigo Casarão do Valongo. Em 2000, foi eleito Atleta do Século pelo COI.""")

neg("noticia", "pt", """LISBOA, 3 mai (Lusa) – Um incêndio numa loja da Rua Augusta, na Baixa de Lisboa, obrigou hoje à evacuação de
cerca de 40 pessoas. O alerta foi dado às 09:17 e o fogo foi dado como extinto às 10:05, segundo o Regimento de
Sapadores Bombeiros, que mobilizou 32 operacionais e 11 viaturas. A circulação do elétrico 28E não foi afetada.""")

neg("fatura_pt", "pt", f"""FATURA FT 2024/004417   Data: 15-04-2024   ATCUD: JJ4Q7M2K-4417
Fornecedor: Papelaria Central do Minho, S.A. – NIPC {nif_pt('50447120')} – Capital social 250.000 €
Cliente: Consumidor final
Artigo                 Qtd   Preço unit.  IVA    Total
Resma papel A4 80 g     5     4,99         23 %   24,95
Caneta BIC Cristal 50 un 1    12,40        23 %   12,40
Total 37,35 € · Pagamento Multibanco: Entidade 21447, Referência 118 204 417, Montante 37,35 €
Processado por programa certificado n.º 2214/AT""")

# ======================= Italian =======================


def it_bban(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26) + s


add("busta_paga", "it", f"""CEDOLINO PAGA – Marzo 2024
Azienda: Officine Meccaniche Sabaude S.p.A. – P.IVA {luhn_full('0841772001')}
Dipendente: {m(N, 'ROSSETTI GIULIA')}    Matricola: 004417    Qualifica: impiegata 4° livello CCNL Metalmeccanici
Codice fiscale: {m(ID, codice_fiscale('RSSGLI88D47L219'))}
Residenza: {m(A, 'Via Giuseppe Garibaldi 27, int. 5, 10122 Torino')}
Retribuzione lorda € 2.214,60 – Trattenute INPS € 203,74 – IRPEF netta € 361,22
Netto in busta € 1.649,64 accreditato su {m(I, iban('IT', it_bban('03069', '01000', '100000044172')))}""")

add("pec_email", "it", f"""Da: {m(E, 'francesco.lopresti@pec.ordineavvocatipalermo.it')}
A: {m(E, 'amministrazione@condominio-libertà.it')}
Oggetto: Sollecito pagamento – sig.ra {m(N, 'Concetta Sciortino')}

Egregio Amministratore,
per conto della mia assistita, sig.ra {m(N, 'Concetta Sciortino')}, residente in {m(A, 'Via della Libertà 171, scala B, 90143 Palermo')},
Vi invito a restituire entro 15 giorni il deposito cauzionale di € 1.800.
Recapito della cliente: {m(P, '338 902 7714')}.

Avv. {m(N, 'Francesco Lo Presti')}
Studio Legale Lo Presti – {m(A, 'Via Roma 457, 90139 Palermo')} – tel. {m(P, '091 611 4420')}""")

add("carta_identita_ocr", "it", f"""REPUBBLICA ITALIANA  CARTA DI IDENTITÀ  N. {m(ID, 'CA44172DK')}
COGNOME / SURNAME  {m(N, 'ESPOSITO')}
NOME / NAME  {m(N, 'CIRO')}
LUOGO E DATA DI NASCITA  NAPOLI (NA)  {m(D, '02.09.1979')}
SESSO M   STATURA 175   CITTADINANZA ITA
CODICE FISCALE  {m(ID, codice_fiscale('SPSCRI79P02F839'))}
INDIRIZZO DI RESIDENZA  {m(A, 'VIA TOLEDO 256')}  NAPOLI (NA)
SCADENZA 02.09.2031""")

add("config_yaml", "it", f"""# configurazione gestionale magazzino – NON committare!
database:
  host: {m(IP, '192.168.10.42')}
  utente: gestionale
  password: {m(K, 'Magazz1no!Bergamo24')}
backup:
  destinazione: {m(U, 'ftp://backup_mag:Xw9pQ2rLm7@nas-ufficio.local/magazzino')}
notifiche:
  email_responsabile: {m(E, 'paolo.brambilla@ferramentaorobica.it')}""")

add("referto", "it", f"""AZIENDA OSPEDALIERA UNIVERSITARIA CAREGGI – Pronto Soccorso
Paziente: {m(N, 'Lorenzo Bianchini')}   Nato il: {m(D, '23/01/2001')}
C.F.: {m(ID, codice_fiscale('BNCLNZ01A23D612'))}   Tel.: {m(P, '+39 347 218 0093')}
Triage: codice verde – ore 22:41. Trauma distorsivo caviglia dx durante partita di calcetto.
Rx: negativa per fratture. Prognosi 10 giorni s.c.""")

neg("fattura", "it", f"""FATTURA N. 417/2024 del 12/04/2024
Cedente: Tipografia Artigiana Fiorentina S.r.l. – P.IVA {luhn_full('0571922048')} – REA FI-571142 – Cap. soc. € 20.000 i.v.
Cessionario: Libreria Il Ponte S.n.c. – P.IVA {luhn_full('0641182048')} – Codice SDI M5UXCR1
Descrizione                          Q.tà   Prezzo    Importo
Stampa brochure A5 4+4 pagine 16     2000   0,41      820,00
Rilegatura punto metallico           2000   0,05      100,00
Imponibile € 920,00 – IVA 22% € 202,40 – Totale € 1.122,40. CIG Z4A3B2C1D0. Pagamento: bonifico 30 gg d.f.""")

neg("enciclopedia", "it", """Leonardo da Vinci (Anchiano, 15 aprile 1452 – Amboise, 2 maggio 1519) è stato un inventore, artista e scienziato
italiano. Il Cenacolo, dipinto tra il 1494 e il 1498 nel refettorio di Santa Maria delle Grazie a Milano, misura
460 × 880 cm. La Gioconda (77 × 53 cm) è conservata al Louvre con numero d'inventario 779.""")

neg("notizia", "it", """ROMA, 21 mar (ANSA) – Incendio nella notte in un negozio di via del Corso, a pochi passi da piazza Colonna. I vigili
del fuoco sono intervenuti alle 3.40 con quattro squadre; nessun ferito. Chiuso per alcune ore il tratto tra via
Frattina e largo Chigi. La linea bus 62 è stata deviata. Indagini in corso, fascicolo n. 11844/24.""")

neg("orari_treni", "it", """Frecciarossa 9517  Milano Centrale 07:10 (bin. 13) → Bologna C.le 08:15 → Firenze S.M.N. 08:54 → Roma Termini 10:09
Regionale Veloce 2114  Firenze S.M.N. 09:25 → Pisa C.le 10:28
Carrozza 7, posti 11A-11B. PNR 4KQZ7M. Codice biglietto 2417 3310 9904. Prezzo 49,90 € (Economy).""")

# ======================= Dutch =======================

add("loonstrook", "nl", f"""Loonstrook periode 04-2024          Werkgever: Hollandse Kaasmakerij B.V. (KvK 34127709)
Werknemer: {m(N, 'S.J. (Sanne) de Wit-Bakker')}          Personeelsnr: 1182
Adres: {m(A, 'Overtoom 312-III')}
       {m(A, '1054 JJ Amsterdam')}
Geboortedatum: {m(D, '19-06-1993')}     BSN: {m(ID, bsn('21834490'))}
Bruto salaris € 3.650,00 · Loonheffing € 742,18 · Pensioenpremie € 211,70 · Netto € 2.696,12
Uitbetaald op rekening {m(I, iban('NL', 'INGB0004471829'))}""")

add("csv", "nl", "klantnummer;voorletters;achternaam;geboren_op;mobiel;rekeningnummer" + NL +
    "K-30441;" + m(N, 'P.') + ";" + m(N, 'van den Heuvel') + ";" + m(D, '03-11-1961') + ";" + m(P, '06-48213976') + ";" + m(I, iban('NL', 'RABO0317744102', spaced=False)) + NL +
    "K-30442;" + m(N, 'Y.') + ";" + m(N, 'Bouzid') + ";" + m(D, '27-02-1999') + ";" + m(P, '+31 6 1184 3307') + ";" + m(I, iban('NL', 'ABNA0498812230', spaced=False)) + NL)

add("email_be", "nl", f"""Beste {m(N, 'Wouter')},

Zoals besproken bezorg ik je hierbij de gegevens voor de huurwaarborg:
Huurder: {m(N, 'Lien Vermeersch')}, rijksregisternummer {m(ID, be_nn('960415', '118'))}
Adres: {m(A, 'Meir 48 bus 3, 2000 Antwerpen')}
Waarborgrekening: {m(I, iban('BE', be_bban('0018820471')))}
Je kan me altijd bereiken op {m(P, '0478 21 09 84')}.

Groeten,
{m(N, 'Lien')}""")

neg("bedrijfsgegevens", "nl", """Over ons – Fietsenmakerij De Spaak V.O.F.
KvK-nummer: 71422098 · Vestigingsnummer: 000041177209 · Btw-id: NL859204417B01
Openingstijden: ma–vr 08:30–18:00, za 09:00–17:00. Reparatie binnen 24 uur, anders 10% korting.
Gazelle Orange C8, Batavus Finez E-go, Cortina U4 – onderdelen op voorraad. Artikelnummer GZ-C8-2024-53.""")

neg("dienstregeling", "nl", """Intercity 3541  Amsterdam Centraal 08:16 (spoor 5b) – Utrecht Centraal 08:43 – Eindhoven Centraal 09:35
Sprinter 7441  Utrecht Centraal 08:52 (spoor 18) – Geldermalsen 09:14
Let op: door werkzaamheden tussen Utrecht en Den Bosch rijden er op 13 en 14 april minder treinen. Reisduur +22 min.
OV-chipkaart saldo minimaal € 20,00; 1e klas toeslag € 4,12.""")

neg("encyclopedie", "nl", """Rembrandt van Rijn (Leiden, 15 juli 1606 – Amsterdam, 4 oktober 1669) was een Nederlands kunstschilder. Hij woonde van
1639 tot 1658 in het huis aan de Jodenbreestraat, nu het Rembrandthuis. De Nachtwacht (1642) meet 379,5 × 453,5 cm en
hangt in het Rijksmuseum (inventarisnummer SK-C-5).""")

# ======================= Polish =======================


def dowod_pl(letters, digits5):
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in digits5]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return letters + str(sum(a * b for a, b in zip(vals, w)) % 10) + digits5


def hu_adoaz(y, mo, d, serial3):
    import datetime
    days = (datetime.date(y, mo, d) - datetime.date(1867, 1, 1)).days
    t = "8%05d%s" % (days, serial3)
    c = sum(int(a) * (i + 1) for i, a in enumerate(t)) % 11
    assert c != 10, "pick another serial"
    return t + str(c)


def nip_pl(first9):
    c = sum(int(a) * b for a, b in zip(first9, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    assert c != 10
    t = first9 + str(c)
    return "%s-%s-%s-%s" % (t[:3], t[3:6], t[6:8], t[8:])


add("umowa_najmu", "pl", f"""UMOWA NAJMU LOKALU MIESZKALNEGO zawarta w dniu 1 marca 2024 r. w Warszawie pomiędzy:
{m(N, 'Krzysztofem Zielińskim')}, PESEL {m(ID, pesel('7811230419'))}, zam. {m(A, 'ul. Puławska 145 m. 22, 02-715 Warszawa')} – zwanym dalej Wynajmującym,
a
{m(N, 'Oksaną Melnyk')}, legitymującą się paszportem nr {m(ID, 'FK418227')}, zwaną dalej Najemcą.
§ 1. Przedmiotem najmu jest lokal przy {m(A, 'ul. Marszałkowska 84/92 m. 117, 00-514 Warszawa')}.
§ 4. Czynsz w wysokości 3 400 zł płatny na rachunek {m(I, iban('PL', '10901014' + '0000071219812874'))} do 10. dnia miesiąca.
Kontakt do Najemcy: {m(P, '+48 512 884 391')}.""")

add("zyciorys", "pl", f"""CURRICULUM VITAE
Imię i nazwisko: {m(N, 'Agnieszka Wójcik-Nowak')}
Data urodzenia: {m(D, '12 lipca 1990')}
Adres: {m(A, 'os. Kościuszkowskie 7/44, 31-858 Kraków')}
Tel.: {m(P, '601 234 578')} · e-mail: {m(E, 'a.wojcik.nowak@wp.pl')}
Doświadczenie: 2018–2024 Comarch S.A. – analityk biznesowy (ERP, SAP FI/CO)
Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji.""")

add("karta_pacjenta", "pl", f"""Skierowanie do poradni kardiologicznej
Pacjent: {m(N, 'Zbigniew Kaczmarek')}   PESEL: {m(ID, pesel('5503140857'))}
Dowód osobisty: {m(ID, dowod_pl('AYZ', '41822'))}
Adres zamieszkania: {m(A, 'ul. Piotrkowska 212/14, 90-361 Łódź')}
Rozpoznanie: I25.1 Miażdżycowa choroba serca. Lekarz kierujący: lek. med. {m(N, 'Ewa Sobczak')}, NPWZ 2844172""")

neg("faktura", "pl", f"""FAKTURA VAT nr FV/2024/04/0417      Data wystawienia: 15.04.2024   Termin płatności: 29.04.2024
Sprzedawca: Drukarnia Mazowsze Sp. z o.o., NIP {nip_pl('525244172')}, REGON 146612044, KRS 0000441728
Nabywca: Księgarnia Pod Globusem s.c., NIP {nip_pl('951214470')}
Lp. Nazwa                     Ilość  Cena netto  VAT   Wartość brutto
1   Ulotki A5 130 g, 5000 szt.  1     640,00     23%   787,20
Do zapłaty: 787,20 zł. Słownie: siedemset osiemdziesiąt siedem 20/100. Numer zamówienia ZAM-88231.""")

neg("encyklopedia", "pl", """Maria Skłodowska-Curie (ur. 7 listopada 1867 w Warszawie, zm. 4 lipca 1934 w Passy) – fizyczka i chemiczka, dwukrotna
laureatka Nagrody Nobla (1903, 1911). Urodziła się w kamienicy przy ulicy Freta, w której dziś mieści się muzeum.
Odkryła polon (Po, liczba atomowa 84) i rad (Ra, 88).""")

neg("rozklad_jazdy", "pl", """Pociąg IC 3510 „Kasprowy" Warszawa Centralna 06:35 (peron 2, tor 4) – Kraków Główny 09:07 – Zakopane 12:58
TLK 81170 Kraków Główny 10:12 – Nowy Sącz 13:05. Opóźnienie +15 min. Bilet nr eIC51874420, wagon 7, miejsce 44 (okno).
Cena 89,00 zł (ulga 51% – 43,61 zł).""")

# ======================= Czech / Slovak =======================

add("pracovni_smlouva", "cs", f"""PRACOVNÍ SMLOUVA
Zaměstnavatel: Pivovar U Dvou Koček s.r.o., IČO 27441201, {m(A, 'Uhelný trh 10, 110 00 Praha 1')}
Zaměstnanec: {m(N, 'Tereza Dvořáková')}, rodné číslo {m(ID, rodne_cislo('925718044'))}
bytem {m(A, 'Vinohradská 1511/230, 100 00 Praha 10')}
Mzda bude vyplácena na účet {m(I, iban('CZ', '0800' + '0000192000145399'))}.
Telefon: {m(P, '+420 731 448 209')}""")

add("hlasenie_nehody", "sk", f"""Záznam o dopravnej nehode – Okresné riaditeľstvo PZ Bratislava II
Účastník A: {m(N, 'Marek Horváth')}, nar. {m(D, '08.05.1984')}, r. č. {m(ID, rodne_cislo('840508112'))}
Trvalý pobyt: {m(A, 'Ružinovská 28, 821 02 Bratislava')}
Vodičský preukaz č. {m(ID, 'EK441827')}   Tel.: {m(P, '0908 412 377')}
Účastník B: {m(N, 'Zuzana Kováčová')}, tel. {m(P, '+421 905 221 048')}
Vozidlo A: Škoda Octavia, EČV BA-447KD. Vozidlo B: Kia Ceed, EČV TT-118CE.""")

neg("obchodni_rejstrik", "cs", """Výpis z obchodního rejstříku – spisová značka C 144172 vedená u Městského soudu v Praze
Obchodní firma: Softwarové Studio Orion a.s.   IČO: 04417720   DIČ: CZ04417720
Datum vzniku: 14. května 2016. Základní kapitál: 2 000 000 Kč, splaceno 100 %.
Předmět podnikání: výroba, obchod a služby neuvedené v přílohách 1 až 3 živnostenského zákona.""")

neg("zpravy", "cs", """Praha – Požár v restauraci na Václavském náměstí zaměstnal v noci na středu šest jednotek hasičů. Škoda byla
předběžně vyčíslena na 1,2 milionu korun. Tramvaje linek 3, 9 a 14 jezdily odklonem do 5:40. Podle mluvčího
hasičů nebyl nikdo zraněn; příčina se vyšetřuje pod č. j. KRPA-44172-3/ČJ-2024.""")

neg("vyucovanie", "sk", """Rozvrh hodín – 3.B, školský rok 2024/2025
Pondelok: 7:55 matematika (uč. 214), 8:50 slovenský jazyk, 9:55 fyzika (lab. 3), 10:50 ANJ skupina B
Písomka z chémie: 14. 10. 2024, rozsah kapitoly 3.1–3.7, str. 41–58. Kód triedy v EduPage: 3B-2024-SK-0417.""")

# ======================= Hungarian =======================

add("berjegyzek", "hu", f"""BÉRJEGYZÉK – 2024. március
Munkáltató: Dunakanyar Logisztika Kft.  Adószám: 24417209-2-13
Munkavállaló: {m(N, 'Szabó Réka')}          Törzsszám: 0912
Adóazonosító jel: {m(ID, hu_adoaz(1991, 4, 12, '092'))}      TAJ szám: {m(ID, taj('04418271'))}
Lakcím: {m(A, '1087 Budapest, Kerepesi út 29/B. II. em. 7.')}
Bruttó bér 612 000 Ft · SZJA 91 800 Ft · TB-járulék 113 220 Ft · Nettó 406 980 Ft
Utalás: {m(I, iban('HU', '117730162' + '024417200000000'[:15]))}""")

add("email", "hu", f"""Kedves {m(N, 'Gábor')}!

Holnap 10-kor átveszem a kulcsokat. Az új címem: {m(A, '6720 Szeged, Kárász utca 11. 3/12.')}
Ha bármi van, hívj a {m(P, '+36 30 418 2277')} számon, vagy a feleségemet, {m(N, 'Tóth Eszter')}t a {m(P, '06 20 418 3390')}-en.

Üdv,
{m(N, 'Nagy Bence')}""")

neg("cegadatok", "hu", """Cégjegyzékszám: 01-09-441772 · Adószám: 25441772-2-42 · Közösségi adószám: HU25441772
Bankszámla: OTP Bank Nyrt., SWIFT: OTPVHUHB · Cégbíróság: Fővárosi Törvényszék Cégbírósága
Ügyfélszolgálat nyitvatartás: H–Cs 8:00–16:30, P 8:00–14:00. Verzió: 2.4.17-build.8823""")

neg("lexikon", "hu", """Petőfi Sándor (Kiskőrös, 1823. január 1. – Fehéregyháza, 1849. július 31.) magyar költő, az 1848–49-es forradalom
egyik vezéralakja. A Nemzeti dalt 1848. március 15-én szavalta el a Nemzeti Múzeum lépcsőjén. Szülőháza Kiskőrösön
emlékmúzeum; évente mintegy 40 000 látogatója van.""")

# ======================= Romanian =======================

add("contract_munca", "ro", f"""CONTRACT INDIVIDUAL DE MUNCĂ nr. 417/01.04.2024
Angajator: Carpați Soft S.R.L., CUI RO18844172, J40/4417/2006, {m(A, 'Bd. Dimitrie Pompeiu nr. 9-9A, sector 2, București')}
Salariat: {m(N, 'Andreea-Ioana Dumitrescu')}, domiciliată în {m(A, 'Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, et. 4, ap. 17, sector 2, București')},
posesoare a C.I. seria RT nr. {m(ID, '441827')}, CNP {m(ID, cnp('295071240018'))}
Salariul de bază brut: 9.500 lei, plătit în contul {m(I, iban('RO', 'RNCB0082044172190001'))}
Telefon: {m(P, '0744 519 203')}""")

add("json_log", "ro", '{"timestamp":"2024-04-02T08:41:17+03:00","nivel":"EROARE","mesaj":"autentificare eșuată de 5 ori – cont blocat",'
    '"utilizator":"' + m(E, 'mihai.popa@carpatisoft.ro') + '","ip_client":"' + m(IP, '86.124.77.19') + '","mac_dispozitiv":"' + m(MAC, '00:1A:2B:7C:44:E1') +
    '","agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)","id_sesiune":"a71f2c09-44e8-4b6d-9d2e-1c0b7e35f881"}')

add("sms", "ro", f"""De la: {m(P, '+40 21 315 08 44')}
Bună ziua, dl. {m(N, 'Vasile Stan')}. Vă rugăm să confirmați programarea la notariat din 12.04, ora 11:00, la adresa {m(A, 'Calea Victoriei nr. 155, et. 1, București')}.
Aduceți actul de identitate și cardul cu care plătiți onorariul (ați comunicat {m(C, card('431004870011922'))}).""")

neg("factura_ro", "ro", """FACTURĂ FISCALĂ seria CSB nr. 0004417 din 09.04.2024
Furnizor: Transilvania Print S.A., CUI RO14417220, Nr. Reg. Com. J12/1182/2001, capital social 400.000 lei
Client: Librăria Cărturești Cluj S.R.L., CUI RO30117744
Produse: broșuri A4, 1.000 buc × 1,85 lei = 1.850,00 lei; TVA 19% = 351,50 lei; Total 2.201,50 lei
Termen de plată: 30 zile. Cod produs 5941234567893.""")

neg("enciclopedie", "ro", """Mihai Eminescu (n. 15 ianuarie 1850, Botoșani – d. 15 iunie 1889, București) a fost un poet, prozator și jurnalist
român. Poemul „Luceafărul" (1883) are 98 de strofe. Casa memorială de la Ipotești a fost deschisă publicului în 1940.""")

# ======================= Bulgarian =======================

add("trudov_dogovor", "bg", f"""ТРУДОВ ДОГОВОР № 118/15.03.2024 г.
Работодател: „Родопа Софтуер" ЕООД, ЕИК 204417720, {m(A, 'бул. „Цариградско шосе" № 115Г, 1784 София')}
Служител: {m(N, 'Десислава Петрова Георгиева')}, ЕГН {m(ID, egn('920412043'))}
лична карта № {m(ID, '645184207')}, изд. на 02.06.2021 г. от МВР – София
адрес: {m(A, 'ул. „Граф Игнатиев" № 15, ет. 3, ап. 7, 1000 София')}
тел.: {m(P, '0887 214 309')}
Банкова сметка: {m(I, iban('BG', 'UNCR70001524418273'))}""")

add("viber", "bg", f"""[10.04.24 21:12] {m(N, 'Иван Стоянов')}: Здрасти, {m(N, 'Мими')}, новият ми номер е {m(P, '+359 88 812 4471')}
[10.04.24 21:13] {m(N, 'Мирослава Колева')}: Записах го. Пращам ти и адреса за празника: {m(A, 'ул. „Шипка" 34, вх. Б, ап. 12, Пловдив')}""")

neg("faktura_bg", "bg", """ФАКТУРА № 0000004417 / 11.04.2024 г.
Доставчик: „Балкан Логистик" АД, ЕИК 131441772, ДДС № BG131441772, МОЛ: изпълнителен директор
Получател: „Софийска Книжарница" ООД, ЕИК 205118840
Услуга: транспорт София – Варна, 1 курс, 480,00 лв.; ДДС 20% – 96,00 лв.; Общо: 576,00 лв.
BIC: UNCRBGSF. Срок за плащане: 14 дни.""")

# ======================= Greek =======================


def afm(first8):
    s = sum(int(a) * 2 ** (8 - i) for i, a in enumerate(first8))
    return first8 + str(s % 11 % 10)


add("iatriki_gnomateusi", "el", f"""ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ
Ονοματεπώνυμο: {m(N, 'Ευαγγελία Παπαδοπούλου')}
Ημ. γέννησης: {m(D, '03/12/1967')}    ΑΜΚΑ: {m(ID, luhn_full('0312672841'))}    ΑΦΜ: {m(ID, afm('10447182'))}
Διεύθυνση: {m(A, 'Λεωφόρος Αλεξάνδρας 112, 114 73 Αθήνα')}
Τηλ.: {m(P, '697 441 2083')}
Διάγνωση: Οσφυαλγία. Συνιστάται ανάπαυση 5 ημερών.""")

add("email", "el", f"""Καλησπέρα κ. {m(N, 'Μαυρίδη')},

Σας στέλνω τα στοιχεία για την επιστροφή της προκαταβολής:
Δικαιούχος: {m(N, 'Νικόλαος Αντωνίου')}
IBAN: {m(I, iban('GR', '0110125000000001234' + '4172'))}
Τηλέφωνο: {m(P, '+30 210 723 4419')}

Ευχαριστώ,
{m(N, 'Νίκος')}""")

neg("timologio", "el", f"""ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ Α-4417 – 12/04/2024
Εκδότης: ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ Α.Ε., ΑΦΜ {afm('99441772')}, ΔΟΥ ΦΑΕ Πειραιά, ΓΕΜΗ 123441701000
Είδος: Ελαιόλαδο έξτρα παρθένο 5 L × 40 = 560,00 € – ΦΠΑ 13% 72,80 € – Σύνολο 632,80 €
ΜΑΡΚ 400001884172215 · Τρόπος πληρωμής: επί πιστώσει""")

neg("egkyklopaideia", "el", """Η Μαρία Κάλλας (2 Δεκεμβρίου 1923 – 16 Σεπτεμβρίου 1977) ήταν Ελληνοαμερικανίδα υψίφωνος. Εμφανίστηκε 89 φορές
στη Σκάλα του Μιλάνου μεταξύ 1950 και 1962. Η ηχογράφηση της «Τόσκα» (1953, EMI 7243 5 56304 2 7) θεωρείται
σημείο αναφοράς.""")

# ======================= Turkish =======================

add("kira_sozlesmesi", "tr", f"""KİRA SÖZLEŞMESİ
Kiraya veren: {m(N, 'Mehmet Ali Karaca')}   T.C. Kimlik No: {m(ID, tckn('284417209'))}
Kiracı: {m(N, 'Zeynep Aydın')}   T.C. Kimlik No: {m(ID, tckn('391822047'))}   Doğum tarihi: {m(D, '21.09.1995')}
Kiralanan: {m(A, 'Bağdat Cad. No: 312 D: 9, 34728 Kadıköy/İstanbul')}
Aylık kira bedeli: 28.000 TL – ödeme hesabı: {m(I, iban('TR', '00062' + '0' + '0000441822709417'))}
Kiracı telefonu: {m(P, '0533 418 27 90')}""")

add("kargo_etiketi", "tr", f"""ALICI: {m(N, 'SELİN YURTSEVER')}
{m(A, 'Atatürk Mah. Cumhuriyet Cad. No: 44 Daire: 6')}
{m(A, '06420 Çankaya / ANKARA')}
Tel: {m(P, '+90 312 441 82 27')}
Gönderi no: 7441822094417  Desi: 3  Ödeme: Alıcı ödemeli  Çıkış şubesi: İkitelli Transfer""")

add("eticaret_log", "tr", f"""2024-04-18 14:02:55 [odeme-servisi] UYARI 3D doğrulama başarısız: kart={m(C, card('979208410034177'))} müşteri={m(E, 'burak.celik@hotmail.com')} ip={m(IP, '78.180.44.21')}
2024-04-18 14:02:56 [odeme-servisi] BİLGİ sipariş TR-2024-88231 iptal edildi, tutar 1.249,90 TL""")

neg("fatura_tr", "tr", """e-FATURA  No: GIB2024000044172   Tarih: 15.04.2024
Satıcı: Anadolu Tekstil San. ve Tic. A.Ş. – Vergi Dairesi: Büyük Mükellefler – VKN 0680441772 – Mersis No 0068044177200015
Alıcı: Ege Mağazacılık Ltd. Şti. – VKN 3250118440
Ürün: pamuklu tişört (SKU ANT-TS-4417-M) 500 adet × 89,90 TL; KDV %10; Genel toplam 49.445,00 TL""")

neg("ansiklopedi", "tr", """Mustafa Kemal Atatürk (1881, Selanik – 10 Kasım 1938, İstanbul), Türkiye Cumhuriyeti'nin kurucusu ve ilk
cumhurbaşkanıdır. Samsun'a çıkış tarihi olan 19 Mayıs 1919, doğum günü olarak da kabul edilir. Anıtkabir'in
yapımı 1944–1953 yılları arasında sürdü.""")

# ======================= Russian =======================

add("anketa", "ru", f"""АНКЕТА СОИСКАТЕЛЯ
ФИО: {m(N, 'Смирнова Ольга Викторовна')}
Дата рождения: {m(D, '14.02.1989')}
Паспорт: серия {m(ID, '45 12 418827')}, выдан ОВД «Черёмушки» г. Москвы 03.03.2009, код подразделения 772-091
СНИЛС: {m(ID, snils('144172093'))}      ИНН: {m(ID, inn12('7728441720'))}
Адрес регистрации: {m(A, 'г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 118')}
Телефон: {m(P, '+7 (916) 412-88-19')}   E-mail: {m(E, 'olga.smirnova89@yandex.ru')}""")

add("telegram_export", "ru", '{"name": "Переезд 🏠", "type": "private_group", "messages": [' + NL +
    ' {"id": 4471, "date": "2024-03-30T19:02:11", "from": "' + m(N, 'Артём Белов') + '", "text": "Ребята, грузчики будут в 9:00 по адресу ' + m(A, 'ул. Большая Садовая, д. 10, кв. 50') + '"},' + NL +
    ' {"id": 4472, "date": "2024-03-30T19:04:40", "from": "' + m(N, 'Ксения') + '", "text": "Ок. Деньги за машину кидайте на карту ' + m(C, card('220070041822704')) + ', это Сбер"},' + NL +
    ' {"id": 4473, "date": "2024-03-30T19:05:02", "from": "' + m(N, 'Артём Белов') + '", "text": "Если что звоните ' + m(P, '8 (903) 412-88-19') + '"}' + NL + ']}')

add("doverennost", "ru", f"""ДОВЕРЕННОСТЬ
г. Санкт-Петербург, первое апреля две тысячи двадцать четвёртого года.
Я, {m(N, 'Кузнецов Игорь Павлович')}, {m(D, '7 июня 1961')} года рождения, паспорт {m(ID, '40 05 771204')},
зарегистрированный по адресу: {m(A, 'Санкт-Петербург, Невский пр., д. 88, кв. 14')},
настоящей доверенностью уполномочиваю {m(N, 'Кузнецову Марину Игоревну')}, паспорт {m(ID, '40 17 094418')},
представлять мои интересы в ПАО «Сбербанк» по счёту, открытому на моё имя.""")

add("nginx_error", "ru", f"""2024/04/05 11:22:07 [error] 1187#1187: *44172 FastCGI sent in stderr: "PHP Warning: Недопустимый e-mail {m(E, 'd.volkov@mail.ru')} в форме обратной связи" while reading response header from upstream, client: {m(IP, '95.165.12.201')}, server: shop.example.ru, request: "POST /feedback HTTP/1.1"
2024/04/05 11:22:41 [error] 1187#1187: *44180 open() "/var/www/shop/favicon.ico" failed (2: No such file or directory), client: {m(IP, '5.18.204.77')}, server: shop.example.ru""")

add("rezume", "ru", f"""{m(N, 'Дмитрий Александрович Волков')}
Backend-разработчик (Go, PostgreSQL)
Город: Казань · Телефон: {m(P, '+7 987 441-22-70')} · Telegram: @{m(N, 'd_volkov')} · Почта: {m(E, 'd.volkov@mail.ru')}
Дата рождения: {m(D, '1993-09-02')}
Опыт: 2020–2024 — Авито, ведущий разработчик; 2016–2020 — ICL Services.""")

neg("rekvizity", "ru", """Реквизиты организации
Полное наименование: Общество с ограниченной ответственностью «Северный Ветер»
ИНН 7704441772 · КПП 770401001 · ОГРН 1187746441772 · ОКПО 44172093
Расчётный счёт 40702810938000044172 в ПАО Сбербанк, БИК 044525225, корр. счёт 30101810400000000225
Генеральный директор действует на основании Устава. Код ОКВЭД 62.01.""")

neg("vikipedia", "ru", """Юрий Алексеевич Гагарин (9 марта 1934, Клушино – 27 марта 1968, Новосёлово) — советский лётчик-космонавт, первый человек
в космосе. Полёт на корабле «Восток-1» 12 апреля 1961 года длился 108 минут. Позывной — «Кедр». Масса корабля
4725 кг, перигей 181 км, апогей 327 км.""")

neg("novosti", "ru", """МОСКВА, 12 апр — РИА Новости. Пожар в ресторане на Тверской улице потушен, сообщили в МЧС. Площадь возгорания
составила 40 кв. м, пострадавших нет. На месте работали 12 единиц техники и 47 человек личного состава. Движение
по Тверской в сторону Кремля было ограничено с 04:10 до 06:30. Возбуждено дело № 12401450044000172.""")

# ======================= Ukrainian =======================

add("zayava", "uk", f"""ЗАЯВА про відкриття рахунку
Прізвище, ім'я, по батькові: {m(N, 'Шевчук Ірина Олександрівна')}
Дата народження: {m(D, '22.04.1990')}
РНОКПП: {m(ID, rnokpp('329840417'))}     Паспорт (ID-картка): {m(ID, '004417823')}
Адреса: {m(A, 'вул. Хрещатик, 15, кв. 42, м. Київ, 01001')}
Телефон: {m(P, '+380 67 412 8830')}
Рахунок IBAN: {m(I, iban('UA', '322313' + '0000026007233566001'))}""")

add("viber", "uk", f"""[18.03.2024, 12:41] {m(N, 'Оксана Мельник')}: Скинь номер картки, поверну за квитки
[18.03.2024, 12:43] {m(N, 'Богдан Кравець')}: {m(C, card('516875004418227', sep=''))} монобанк, дякую!
[18.03.2024, 12:44] {m(N, 'Оксана Мельник')}: 👌 і нагадую, мій новий номер {m(P, '050 418 22 93')}""")

add("rezyume", "uk", f"""{m(N, 'Андрій Ковальчук')} — QA Engineer
Львів, {m(A, 'вул. Городоцька, 174/12')} · {m(P, '+380 93 441 8207')} · {m(E, 'andrii.kovalchuk@ukr.net')}
Досвід: SoftServe (2019–2024), EPAM (2017–2019). Автоматизація: Playwright, Java, TestNG.""")

neg("rakhunok", "uk", """Рахунок-фактура № СФ-0004417 від 10.04.2024
Постачальник: ТОВ «Карпатський Текстиль», код ЄДРПОУ 44172093, ІПН 441720926541
Покупець: ФОП-магазин «Вишиванка», ЄДРПОУ 38441772
Товар: полотно лляне, 120 м × 245,00 грн = 29 400,00 грн; ПДВ 20% 4 900,00 грн. Разом до сплати 29 400,00 грн.
Підстава: договір № 17/24 від 02.01.2024. МФО банку 300528.""")

neg("entsyklopediya", "uk", """Тарас Григорович Шевченко (9 березня 1814, Моринці – 10 березня 1861, Санкт-Петербург) — український поет, прозаїк і
художник. «Кобзар» вийшов 1840 року накладом 1000 примірників. Тарасова гора в Каневі — місце поховання поета.""")

# ======================= Serbian / Croatian / Slovenian =======================


def si_davcna(first7):
    s = sum(int(a) * b for a, b in zip(first7, range(8, 1, -1)))
    c = 11 - s % 11
    assert c != 11, "pick another"
    return first7 + ("0" if c == 10 else str(c))


def fi_bban(first13):
    return first13 + luhn_digit(first13)


add("ugovor", "sr", f"""УГОВОР О ЗАКУПУ СТАНА
Закуподавац: {m(N, 'Милан Јовановић')}, ЈМБГ {m(ID, jmbg('120397871004'))}, из Београда, {m(A, 'Булевар краља Александра 73, стан 12')}
Закупац: {m(N, 'Ana Petrović')}, JMBG {m(ID, jmbg('230599571502'))}, tel. {m(P, '063 812 4470')}
Закупнина се уплаћује на рачун {m(I, iban('RS', nat_mod97('1600054401882147')))}.""")

add("poruka", "sr", f"""Ćao {m(N, 'Nemanja')}, evo podataka za dostavu: {m(N, 'Jelena Nikolić')}, {m(A, 'Bulevar oslobođenja 118, Novi Sad')}, broj {m(P, '+381 64 118 2047')}. Plaćam pouzećem.""")

neg("vesti", "sr", """БЕОГРАД, 3. април – Никола Тесла рођен је 10. јула 1856. у Смиљану, а Музеј Николе Тесле у Београду основан је
1952. године. Изложба поводом 168 година од рођења биће отворена до 30. септембра, улаз 500 динара, групе од 15 особа.""")

add("zahtjev", "hr", f"""ZAHTJEV ZA IZDAVANJE KARTICE
Ime i prezime: {m(N, 'Luka Babić')}    OIB: {m(ID, mod11_10('4417209381'))}
Datum rođenja: {m(D, '05.11.1988.')}
Adresa: {m(A, 'Ilica 242, 10000 Zagreb')}
Mobitel: {m(P, '098 417 2236')}    E-pošta: {m(E, 'luka.babic88@net.hr')}
Tekući račun: {m(I, iban('HR', '2484008' + '1104418270'))}""")

add("sms_hr", "hr", f"""Poštovana gđo {m(N, 'Kovač')}, Vaš paket stiže sutra između 9 i 13 h na adresu {m(A, 'Vukovarska ulica 58, 21000 Split')}. Kurir: {m(P, '+385 91 234 8817')}.""")

neg("tvrtka", "hr", """Jadranska Brodogradnja d.d., MBS 080441772, OIB tvrtke 44172093816, temeljni kapital 12.000.000,00 EUR,
upisana u sudski registar Trgovačkog suda u Rijeci. Žiro-račun kod Erste banke, SWIFT ESBCHR22. Šifra djelatnosti 30.11.""")

add("prijava", "sl", f"""PRIJAVA STALNEGA PREBIVALIŠČA
Priimek in ime: {m(N, 'Novak Maja')}
EMŠO: {m(ID, jmbg('170298550514'))}     Davčna številka: {m(ID, si_davcna('4417209'))}
Naslov: {m(A, 'Slovenska cesta 54, 1000 Ljubljana')}
Telefon: {m(P, '041 234 567')}   TRR: {m(I, iban('SI', nat_mod97('0201000441820')))}""")

add("email_sl", "sl", f"""Živjo {m(N, 'Tadej')},
ključe pustim pri sosedi, ga. {m(N, 'Zupančič')}, {m(A, 'Trubarjeva 12, Maribor')}. Če kaj, kliči {m(P, '+386 31 447 218')}.
Lp, {m(N, 'Špela')}""")

neg("podjetje", "sl", """Podatki o podjetju: Alpska Lesna Industrija d.o.o., matična številka 6441772000, ID za DDV SI44172093,
osnovni kapital 7.500 EUR, vpisano pri Okrožnem sodišču v Kranju, vložna št. 1/44172/00. Delovni čas: pon–pet 7:00–15:00.""")

# ======================= Nordic =======================

add("anstallningsavtal", "sv", f"""ANSTÄLLNINGSAVTAL
Arbetsgivare: Norrsken Data AB, org.nr 556744-1720, {m(A, 'Drottninggatan 71C, 111 36 Stockholm')}
Arbetstagare: {m(N, 'Elin Lundqvist')}, personnummer {m(ID, personnummer('920318', '442'))}
Adress: {m(A, 'Rörstrandsgatan 12, lgh 1103, 113 40 Stockholm')}
Mobil: {m(P, '073-418 22 96')}   Lön betalas till {m(I, iban('SE', '500' + '00000054910184417'))}""")

add("sms_sv", "sv", f"""Hej {m(N, 'Oskar')}! Koden till porten på {m(A, 'Södra Vägen 24, Göteborg')} är 1942, jag är hemma efter 17. Ring {m(P, '+46 70 412 83 39')} om du inte hittar. /{m(N, 'Maja')}""")

add("journal", "sv", f"""Patientjournal – Vårdcentralen Gränby
Patient: {m(N, 'Karl-Erik Holmberg')}, {m(ID, personnummer('410729', '931'))}
Anhörig: dotter {m(N, 'Annika Holmberg')}, tel {m(P, '018-44 17 20')}
Anteckning 2024-03-11: Kontroll blodtryck 148/88. Fortsatt behandling med Enalapril 10 mg.""")

neg("foretag", "sv", """Om oss: Fjällräv Outdoor AB, organisationsnummer 556441-7720, momsregistreringsnummer SE556441772001.
Bankgiro 5491-0184 · Plusgiro 44 17 20-9 · Kundtjänst öppen vardagar 08–17. Artikelnr F23561-550, storlek 48, pris 1 299 kr.""")

neg("uppslagsverk", "sv", """Astrid Lindgren, född 14 november 1907 på gården Näs utanför Vimmerby, död 28 januari 2002 i Stockholm, var en
svensk författare. Pippi Långstrump (1945) har översatts till 77 språk. Hon bodde från 1941 på Dalagatan i Stockholm.""")

add("skjema", "no", f"""SØKNAD OM BARNEHAGEPLASS – Bergen kommune
Barnets navn: {m(N, 'Ingrid Solberg Haugland')}   Fødselsnummer: {m(ID, fodselsnummer('140621', '556'))}
Foresatt: {m(N, 'Tor Haugland')}, tlf. {m(P, '926 14 387')}, e-post {m(E, 'tor.haugland@online.no')}
Adresse: {m(A, 'Nygårdsgaten 21B, 5015 Bergen')}
Kontonummer for refusjon: {m(I, iban('NO', no_bban('1503441820')))}""")

neg("leksikon", "no", """Edvard Munch (født 12. desember 1863 på Ådalsbruk i Løten, død 23. januar 1944 på Ekely i Oslo) var en norsk maler.
«Skrik» finnes i fire versjoner; pastellen fra 1895 ble solgt for 119,9 millioner dollar i 2012. Munchmuseet åpnet i
Bjørvika 22. oktober 2021.""")

add("lejekontrakt", "da", f"""LEJEKONTRAKT – Lejer: {m(N, 'Mikkel Østergaard Jensen')}, CPR-nr. {m(ID, '140287-1753')}
Lejemål: {m(A, 'Nørrebrogade 184, 3. th., 2200 København N')}
Husleje 9.450 kr. pr. måned betales til {m(I, iban('DK', '52950004418271'))}
Tlf.: {m(P, '28 41 67 93')}""")

neg("virksomhed", "da", """Lego System A/S, CVR-nr. 47458714, Billund. Produktnummer 42115 (Lamborghini Sián FKP 37, 3.696 dele), EAN
5702016913521, vejl. pris 3.199,95 kr. H.C. Andersen blev født 2. april 1805 i Odense; H.C. Andersen Airport ligger nord for Odense.""")

add("hakemus", "fi", f"""VUOKRAHAKEMUS
Hakija: {m(N, 'Aino Virtanen')}, henkilötunnus {m(ID, hetu('230595', '-', '418'))}
Nykyinen osoite: {m(A, 'Mannerheimintie 112 B 34, 00250 Helsinki')}
Puhelin: {m(P, '050 412 8839')}
Tilinumero: {m(I, iban('FI', fi_bban('1234560000417')))}""")

add("tiketti", "fi", f"""Tiketti #88231 – Salasanan palautus ei toimi
Käyttäjä {m(N, 'jussi.heikkinen')} ({m(E, 'jussi.heikkinen@elisanet.fi')}) ilmoittaa, ettei palautuslinkki saavu.
Asiakkaan väliaikainen salasana asetettu: {m(K, 'Kesa-Helle-7731')} – muista vaihtaa!
Yhteys: {m(P, '+358 40 418 2771')}""")

neg("yritys", "fi", """Yrityksen tiedot: Saimaan Puutuote Oy, Y-tunnus 2441772-0, ALV-rekisterinumero FI24417720. Jean Sibelius syntyi
8. joulukuuta 1865 Hämeenlinnassa. Finlandia-talon osoite löytyy kartasta; konsertti alkaa klo 19.00, liput 35–89 €.""")

neg("tiedote", "fi", """HELSINKI (STT) – Tulipalo syttyi tiistaiyönä Aleksanterinkadulla sijaitsevassa liiketilassa. Pelastuslaitos sai
hälytyksen klo 2.47, ja palo saatiin hallintaan klo 4.10. Raitiovaunulinjat 2, 4 ja 7 kulkivat poikkeusreittiä aamuun.""")

KT_IS = kennitala('020389', '22')
add("umsokn", "is", f"""UMSÓKN UM LEIGUHÚSNÆÐI
Nafn: {m(N, 'Guðrún Helga Sigurðardóttir')}   Kennitala: {m(ID, KT_IS)}
Heimilisfang: {m(A, 'Laugavegur 58, 101 Reykjavík')}
Sími: {m(P, '862 4417')}   Reikningur: {m(I, iban('IS', '0133' + '26' + '004418' + KT_IS.replace('-', '')))}""")

neg("frettir", "is", """Björk Guðmundsdóttir fæddist 21. nóvember 1965 í Reykjavík. Platan Debut (1993) seldist í um 4,7 milljónum
eintaka. Harpa tónlistarhúsið var opnað 4. maí 2011; miðaverð á tónleika 9.990–24.990 kr.""")

# ======================= Baltic =======================

add("taotlus", "et", f"""TAOTLUS – Tallinna Ülikool
Nimi: {m(N, 'Kristjan Tamm')}   Isikukood: {m(ID, ee_code('3970814022'))}
Aadress: {m(A, 'Narva mnt 25-14, 10120 Tallinn')}
Telefon: {m(P, '+372 5349 2218')}   Pangakonto: {m(I, iban('EE', '2200221023441827'))}""")

neg("ettevote", "et", """Ettevõtte andmed: Peipsi Kala OÜ, registrikood 14417209, KMKR nr EE102441772. Lydia Koidula sündis 24. detsembril
1843 Vändras. Laulupidu toimub 4.–6. juulil, pilet 25 €, lavale astub 32 000 lauljat.""")

add("ligums", "lv", f"""ĪRES LĪGUMS Nr. 44/2024
Īrnieks: {m(N, 'Jānis Bērziņš')}, personas kods {m(ID, lv_code('110588', '1044'))}
Adrese: {m(A, 'Brīvības iela 118 – 7, Rīga, LV-1001')}
Tālrunis: {m(P, '+371 2644 1873')}   Konts: {m(I, iban('LV', 'HABA0551044182704'))}""")

neg("uznemums", "lv", """SIA „Baltijas Maiznīca", reģistrācijas Nr. 40103441772, PVN LV40103441772. Rainis dzimis 1865. gada
11. septembrī. Veikals atvērts P–Pk 8:00–20:00; produkta kods 4750441720186, cena 2,49 EUR/kg.""")

add("prasymas", "lt", f"""PRAŠYMAS
Vardas, pavardė: {m(N, 'Rūta Kazlauskienė')}   Asmens kodas: {m(ID, ee_code('4880511044'))}
Gyvenamoji vieta: {m(A, 'Gedimino pr. 44-12, LT-01110 Vilnius')}
Tel. {m(P, '8 686 41 229')}   Sąskaita: {m(I, iban('LT', '7300010144182704'))}""")

neg("imone", "lt", """UAB „Nemuno Vaistinė", įmonės kodas 304417720, PVM mokėtojo kodas LT100010441772. Mikalojus Konstantinas Čiurlionis
gimė 1875 m. rugsėjo 22 d. Varėnoje. Paroda veikia iki 2024-09-30, bilietas 8 €.""")

# ======================= Irish / Welsh =======================

add("foirm", "ga", f"""FOIRM IARRATAIS – Deontas Tithíochta
Ainm: {m(N, 'Saoirse Ní Bhriain')}    Uimhir PSP: {m(ID, ppsn('4417209', 'A'))}
Seoladh: {m(A, '14 Bóthar na Trá, Gaillimh H91 X2C4')}
Fón póca: {m(P, '087 412 3367')}    IBAN: {m(I, iban('IE', 'BOFI90001744182704'))}""")

neg("nuacht", "ga", """Rugadh Michael D. Higgins ar 18 Aibreán 1941 i Luimneach. Osclaíodh Leabharlann na Cathrach i 1924; tá 144,172
leabhar sa bhailiúchán anois. Bus 405, imeacht 08:15 ó Fhaiche an Aonaigh, táille €2.00.""")

add("ffurflen", "cy", f"""FFURFLEN GOFRESTRU – Meddygfa Treganna
Enw: {m(N, 'Rhodri ap Iorwerth')}   Dyddiad geni: {m(D, '09/03/1986')}
Rhif Yswiriant Gwladol: {m(ID, 'JT 41 82 27 B')}
Cyfeiriad: {m(A, '12 Heol y Frenhines, Caerdydd CF10 2BY')}
Ffôn: {m(P, '029 2048 7719')}""")

neg("newyddion", "cy", """Ganwyd Dylan Thomas ar 27 Hydref 1914 yn Abertawe. Mae Canolfan Dylan Thomas ar agor 10:00–16:30; tocynnau £6.50.
Cafodd 'Under Milk Wood' ei darlledu gyntaf ar 25 Ionawr 1954. Rhif elusen 1144172.""")

# ======================= Arabic =======================

add("aqd_ijar", "ar", f"""عقد إيجار وحدة سكنية – منصة إيجار
المؤجر: {m(N, 'عبدالله بن فهد القحطاني')}، هوية وطنية رقم {m(ID, luhn_full('104418273'))}
المستأجر: {m(N, 'محمد إقبال حسين')}، رقم الإقامة {m(ID, luhn_full('244172093'))}، جوال {m(P, '055 418 2269')}
العنوان الوطني للوحدة: {m(A, 'مبنى 4417، شارع الأمير محمد بن عبدالعزيز، حي العليا، الرياض 12241')}
تُدفع الأجرة على الحساب: {m(I, iban('SA', '80' + '000000608014417209'))}""")

EID = luhn_full('78419904418270')
add("emirates_form", "ar", f"""نموذج فتح حساب – بنك الإمارات الوطني
الاسم الكامل: {m(N, 'فاطمة سالم المنصوري')}
رقم الهوية الإماراتية: {m(ID, '-'.join([EID[:3], EID[3:7], EID[7:14], EID[14]]))}
تاريخ الميلاد: {m(D, '1990/06/18')}
الهاتف المتحرك: {m(P, '+971 50 441 8827')}   البريد الإلكتروني: {m(E, 'fatima.almansoori@gmail.com')}
الحساب: {m(I, iban('AE', '033' + '4417209381120047'))}""")

add("bayanat_masr", "ar", f"""بيانات العميل
الاسم: {m(N, 'أحمد محمود عبد الرحمن')}
الرقم القومي: {m(ID, '29005121401774')}
تاريخ الميلاد: {m(D, '١٢/٠٥/١٩٩٠')}
العنوان: {m(A, '١٢ شارع التحرير، الدقي، الجيزة')}
الموبايل: {m(P, '٠١١٢ ٤١٨ ٨٨٣٠')}""")

add("whatsapp_ar", "ar", f"""[2024/04/02، 9:14 م] {m(N, 'ليلى حداد')}: {m(N, 'سامي')}، هذا رقم حسابي لتحويل حصتك من الهدية: {m(I, iban('JO', 'CBJO0010' + '000000131000302441'))}
[2024/04/02، 9:16 م] {m(N, 'سامي خوري')}: تمام، حولت. رقمي الجديد {m(P, '079 441 8827')}""")

add("tadhkara_daam", "ar", f"""تذكرة دعم فني #7731
المستخدم: {m(N, 'يوسف العمري')} ({m(E, 'y.alomari@qatar-logistics.qa')})
المشكلة: لا يمكن الاتصال بالشبكة اللاسلكية من الحاسوب المحمول.
عنوان MAC للجهاز: {m(MAC, 'F0:18:98:4A:C2:71')}   عنوان IP المعيّن: {m(IP, '10.44.17.203')}
تم تعيين كلمة مرور مؤقتة: {m(K, 'Doha#2024!tmp7')}""")

neg("sijil_tijari", "ar", """بيانات المنشأة: شركة الخليج للتجارة المحدودة
السجل التجاري: 1010441772 – الرقم الضريبي (ضريبة القيمة المضافة): 300441772000003
رأس المال: 500,000 ريال. رمز النشاط: 471113. ساعات العمل: من الأحد إلى الخميس 8:00–17:00.
فاتورة رقم INV-2024-0417 بتاريخ 1445/09/22 هـ، الإجمالي 11,500.00 ريال شامل الضريبة 15%.""")

neg("mawsua", "ar", """نجيب محفوظ (11 ديسمبر 1911 – 30 أغسطس 2006) روائي مصري، وهو أول أديب عربي يحصل على جائزة نوبل في الأدب عام 1988.
وُلد في حي الجمالية بالقاهرة، ونُشرت الثلاثية بين عامي 1956 و1957. يضم متحف نجيب محفوظ في تكية أبو الدهب 4 قاعات.""")

neg("khabar", "ar", """دبي، 14 أبريل (وام) – اندلع حريق محدود في مستودع بشارع الشيخ زايد صباح اليوم، وتمكنت فرق الدفاع المدني من السيطرة
عليه خلال 22 دقيقة دون إصابات. وأغلقت هيئة الطرق والمواصلات مخرج 44 مؤقتاً حتى الساعة 10:30. رقم البلاغ 2024/88231.""")

# ======================= Persian =======================

add("form_sabtenam", "fa", f"""فرم ثبت‌نام دانشجو
نام و نام خانوادگی: {m(N, 'سارا رضایی')}
کد ملی: {m(ID, ir_code('004417209'))}
تاریخ تولد: {m(D, '۱۳۷۴/۰۶/۲۱')}
نشانی: {m(A, 'تهران، خیابان ولیعصر، کوچه بهار، پلاک ۱۲، واحد ۴')}
تلفن همراه: {m(P, '۰۹۳۵ ۴۱۸ ۲۲۷۱')}
شماره شبا: {m(I, iban('IR', '017000000004417209310012'))}""")

add("email_fa", "fa", f"""سلام آقای {m(N, 'کریمی')}،
فاکتور را به ایمیل {m(E, 'm.karimi.arch@gmail.com')} فرستادم. لطفاً با شماره {m(P, '+98 21 8852 4410')} هماهنگ کنید.
با احترام، {m(N, 'نرگس احمدی')}""")

neg("daneshnameh", "fa", """حافظ شیرازی (زادهٔ حدود ۷۲۷ – درگذشتهٔ ۷۹۲ هجری قمری) از شاعران بزرگ ایران است. آرامگاه او در حافظیه شیراز قرار دارد و
روز ۲۰ مهر روز بزرگداشت حافظ است. دیوان حافظ چاپ قزوینی–غنی ۴۹۵ غزل دارد.""")

neg("factor", "fa", """صورتحساب فروش شمارهٔ ۴۴۱۷ – تاریخ ۱۴۰۳/۰۱/۲۵
فروشنده: شرکت پارس‌رایانه (سهامی خاص) – شناسهٔ ملی ۱۰۱۰۴۴۱۷۷۲۰ – کد اقتصادی ۴۱۱۱۴۴۱۷۷۲۹۹
کالا: لپ‌تاپ لنوو ThinkPad E14، سریال PF-4CX7K2، تعداد ۲، قیمت واحد ۴۸٬۵۰۰٬۰۰۰ ریال""")

# ======================= Hebrew =======================

add("tofes", "he", f"""טופס הצטרפות לקופת חולים
שם מלא: {m(N, 'נועה לוי')}
מספר זהות: {m(ID, luhn_full('30441827'))}
תאריך לידה: {m(D, '17.08.1994')}
כתובת: {m(A, 'רחוב דיזנגוף 112, דירה 7, תל אביב-יפו')}
טלפון נייד: {m(P, '052-641-8837')}
חשבון בנק: {m(I, iban('IL', '010800' + '0000441720938'))}""")

add("whatsapp_he", "he", f"""[12.3.2024, 20:14] {m(N, 'אבי כהן')}: {m(N, 'דני')}, תעביר לי את פרטי הכרטיס לתשלום על החדר
[12.3.2024, 20:16] {m(N, 'דני')}: {m(C, card('458045004418270'))} תוקף 03/27
[12.3.2024, 20:16] {m(N, 'אבי כהן')}: תודה!""")

neg("chadashot", "he", """תל אביב, 3 באפריל – שריפה פרצה הלילה בחנות ברחוב אלנבי. צוותי כבאות והצלה השתלטו על האש בתוך 40 דקות, ואין נפגעים.
יצחק רבין נולד ב-1 במרץ 1922 בירושלים; כיכר רבין נקראה על שמו ב-1995. קווי אוטובוס 4 ו-204 הוסטו עד 07:00.""")

neg("chevra", "he", """פרטי החברה: אלפא מערכות בע"מ, ח.פ. 514417720, עוסק מורשה 514417720. מק"ט 4417-220-09, מחיר 1,299 ₪ כולל מע"מ 17%.
שעות פעילות: א'–ה' 09:00–18:00. גרסת תוכנה 5.2.17.""")

# ======================= South Asia =======================

add("kirayanama", "hi", f"""किरायानामा
मकान मालिक: {m(N, 'राजेश कुमार शर्मा')}, आधार संख्या {m(ID, aadhaar('44172093815'))}
किरायेदार: {m(N, 'प्रिया वर्मा')}, पैन {m(ID, 'AKLPV4417C')}, जन्म तिथि {m(D, '12/07/1996')}
संपत्ति का पता: {m(A, 'मकान नं. 44, गली नं. 3, लाजपत नगर, नई दिल्ली 110024')}
किरायेदार का मोबाइल: {m(P, '+91 98110 44172')}""")

add("matdata", "hi", f"""मतदाता पहचान पत्र (EPIC) सत्यापन
नाम: {m(N, 'सुनीता देवी')}   पिता/पति का नाम: {m(N, 'रामप्रसाद यादव')}
EPIC संख्या: {m(ID, 'XGH4417203')}
पता: {m(A, 'मकान नं. 17, ग्राम पोस्ट बिछिया, जिला वाराणसी, उत्तर प्रदेश 221011')}
संपर्क: {m(P, '94150 44172')}""")

add("app_log_hi", "hi", f"""2024-04-11 10:22:17 त्रुटि: OTP सत्यापन विफल – उपयोगकर्ता {m(E, 'amit.tiwari1990@gmail.com')}, मोबाइल {m(P, '9826044172')}, IP {m(IP, '117.201.44.172')}""")

neg("gst_bill", "hi", """कर बीजक संख्या: GST/24-25/0417   दिनांक: 15/04/2024
विक्रेता: शर्मा इलेक्ट्रॉनिक्स प्रा. लि., GSTIN 07AAACS4417M1Z5, CIN U31900DL2011PTC224417
HSN 8528 – LED टीवी 43 इंच × 2 = ₹ 54,998; CGST 9% ₹ 4,949.82; SGST 9% ₹ 4,949.82
PNR 4417209381 – ट्रेन 12952 राजधानी, कोच B4, सीट 41""")

neg("vishvakosh", "hi", """मोहनदास करमचंद गांधी (2 अक्टूबर 1869 – 30 जनवरी 1948) भारतीय स्वतंत्रता आंदोलन के प्रमुख नेता थे। दांडी मार्च 12 मार्च 1930 को
साबरमती आश्रम से शुरू हुआ और 24 दिनों में 390 किलोमीटर की दूरी तय की।""")

add("nid_form", "bn", f"""জাতীয় পরিচয়পত্র সংশোধন আবেদন
নাম: {m(N, 'মোঃ রফিকুল ইসলাম')}
এনআইডি নম্বর: {m(ID, '4417209381')}
জন্ম তারিখ: {m(D, '১৫-০৩-১৯৮৮')}
ঠিকানা: {m(A, 'বাড়ি ১২, রোড ৪, ধানমন্ডি, ঢাকা ১২০৫')}
মোবাইল: {m(P, '01819-442716')}""")

add("sms_bn", "bn", f"""প্রিয় {m(N, 'তানিয়া')}, আপনার বিকাশ অ্যাকাউন্ট {m(P, '01712-441827')} থেকে ৫,০০০ টাকা পাঠানো হয়েছে {m(N, 'সুমন আহমেদ')}-কে। TrxID 9DK4417QZ2""")

neg("songbad", "bn", """ঢাকা, ১৪ এপ্রিল – রবীন্দ্রনাথ ঠাকুর জন্মগ্রহণ করেন ৭ মে ১৮৬১ সালে কলকাতার জোড়াসাঁকোয়। পহেলা বৈশাখ ১৪৩১ উপলক্ষে
রমনা বটমূলে অনুষ্ঠান শুরু হয় সকাল ৬:১৫ মিনিটে; ৪৪টি স্টল বসে।""")

add("form_ur", "ur", f"""بینک اکاؤنٹ فارم
نام: {m(N, 'محمد عمران خان')}
شناختی کارڈ نمبر: {m(ID, '35202-4417209-3')}
تاریخ پیدائش: {m(D, '14-08-1985')}
پتہ: {m(A, 'مکان نمبر 44، گلی 7، ماڈل ٹاؤن، لاہور')}
موبائل: {m(P, '0321 4478190')}
آئی بی اے این: {m(I, iban('PK', 'HABB0000441720938112'))}""")

add("chat_ur", "ur", f"""{m(N, 'عائشہ')}: بھائی میرا نیا نمبر {m(P, '+92 300 4417209')} ہے، ابو کو بھی بتا دینا
{m(N, 'بلال')}: ٹھیک ہے""")

neg("company_ur", "ur", """کمپنی کی معلومات: پاک ٹیکسٹائل ملز لمیٹڈ، این ٹی این 4417209-3، ایس ٹی آر این 3277876144172۔
علامہ محمد اقبال 9 نومبر 1877 کو سیالکوٹ میں پیدا ہوئے۔ دفتری اوقات صبح 9 بجے سے شام 5 بجے تک۔""")

add("padivam", "ta", f"""விண்ணப்பப் படிவம்
பெயர்: {m(N, 'கார்த்திகேயன் சுப்பிரமணியம்')}
பிறந்த தேதி: {m(D, '04-11-1991')}
ஆதார் எண்: {m(ID, aadhaar('62014417209'))}
முகவரி: {m(A, 'எண் 12, காமராஜர் சாலை, மயிலாப்பூர், சென்னை 600004')}
கைபேசி: {m(P, '+91 94440 17209')}""")

add("lk_form", "ta", f"""விண்ணப்பதாரர்: {m(N, 'நிரோஷா சிவகுமார்')}, தேசிய அடையாள அட்டை இல: {m(ID, '199462504417')}, தொலைபேசி {m(P, '077 441 8827')}, முகவரி {m(A, '44, ஸ்டேஷன் வீதி, யாழ்ப்பாணம்')}""")

neg("seithi", "ta", """சென்னை, ஏப். 14 – ஏ. பி. ஜே. அப்துல் கலாம் 1931 அக்டோபர் 15 அன்று ராமேஸ்வரத்தில் பிறந்தார். அவரது நினைவிடம்
பேய்க்கரும்பில் அமைந்துள்ளது; தினமும் சுமார் 4,417 பேர் வருகை தருகின்றனர். ரயில் எண் 16851, புறப்பாடு 17:45.""")

add("form_te", "te", f"""దరఖాస్తుదారు పేరు: {m(N, 'వెంకట సాయి కృష్ణ రెడ్డి')}
పాన్: {m(ID, 'BFRPR4417K')}   మొబైల్: {m(P, '98480 44172')}
చిరునామా: {m(A, 'ఇంటి నం. 8-2-293, రోడ్ నం. 12, బంజారా హిల్స్, హైదరాబాద్ 500034')}""")

neg("varta_te", "te", """హైదరాబాద్, ఏప్రిల్ 14 – మెట్రో రైలు రెడ్ లైన్‌లో 4.41 లక్షల మంది ప్రయాణించారు. టికెట్ ధర ₹10–₹60. రైలు నం. 12760
చార్మినార్ ఎక్స్‌ప్రెస్ 18:00కి బయలుదేరుతుంది. ఎన్టీఆర్ 28 మే 1923న జన్మించారు.""")

add("passport_ml", "ml", f"""പാസ്പോർട്ട് പുതുക്കൽ അപേക്ഷ
പേര്: {m(N, 'അനൂപ് മേനോൻ')}   പാസ്പോർട്ട് നമ്പർ: {m(ID, 'N4418270')}
ജനനത്തീയതി: {m(D, '21/09/1987')}
വിലാസം: {m(A, 'ടി.സി. 25/1442, വഴുതക്കാട്, തിരുവനന്തപുരം 695014')}
ഫോൺ: {m(P, '+91 94470 41822')}""")

neg("vartha_ml", "ml", """കൊച്ചി, ഏപ്രിൽ 14 – കൊച്ചി മെട്രോയിൽ ഇന്നലെ 1,18,441 പേർ യാത്ര ചെയ്തു. വാട്ടർ മെട്രോ ടിക്കറ്റ് ₹20–₹40.
എം. ടി. വാസുദേവൻ നായർ 1933 ജൂലൈ 15-ന് ജനിച്ചു. ട്രെയിൻ നമ്പർ 12625 കേരള എക്സ്പ്രസ് 11:25-ന്.""")

add("nagarikta", "ne", f"""निवेदक: {m(N, 'सुशीला थापा')}, नागरिकता प्रमाणपत्र नं. {m(ID, '27-01-71-04417')}, जन्म मिति {m(D, '२०४८/०५/१२')},
ठेगाना {m(A, 'काठमाडौं महानगरपालिका वडा नं. १०, बानेश्वर, घर नं. ४४')}, मोबाइल {m(P, '9841244172')}""")

add("form_si", "si", f"""අයදුම්කරු: {m(N, 'කසුන් පෙරේරා')}
ජාතික හැඳුනුම්පත් අංකය: {m(ID, '901234417V')}
ලිපිනය: {m(A, '44/2, ගාලු පාර, කොළඹ 03')}
දුරකථන: {m(P, '077 441 8827')}""")

# ======================= Chinese =======================

add("kuaidi_miandan", "zh", f"""【顺丰速运】 运单号 SF1441720938112   寄件时间 2024-04-12 15:22
寄件人：{m(N, '王海燕')}  {m(P, '139 1047 2286')}
{m(A, '北京市朝阳区建国路88号SOHO现代城5号楼1203室')}
收件人：{m(N, '李明轩')}  {m(P, '+86 21 6247 3318')}
{m(A, '上海市徐汇区漕溪北路88号圣爱大厦12楼1203室')}
托寄物：文件  重量 0.5kg  付款方式：寄付月结 0214417209""")

add("yuangong_csv", "zh", "姓名,身份证号,出生日期,手机号,工资卡号" + NL +
    m(N, '张伟') + "," + m(ID, cn_id('31010419880214401')) + "," + m(D, '1988-02-14') + "," + m(P, '13817402286') + "," + m(C, card('622848019572613', sep='')) + NL +
    m(N, '陈静怡') + "," + m(ID, cn_id('44030519950917442')) + "," + m(D, '1995/09/17') + "," + m(P, '186 2044 1720') + "," + m(C, card('621700440120938', sep=' ')) + NL)

add("shenfen_tw", "zh", f"""申請人資料
姓名：{m(N, '林怡君')}　身分證字號：{m(ID, tw_id('A', '22044172'))}
出生日期：{m(D, '民國82年3月15日')}
通訊地址：{m(A, '台北市大安區忠孝東路四段216巷27弄8號3樓')}
手機：{m(P, '0933-418-207')}""")

add("hk_form", "zh", f"""開戶申請表（個人）
英文姓名：{m(N, 'LEUNG Ka Wai')}　中文姓名：{m(N, '梁嘉慧')}
香港身份證號碼：{m(ID, hkid('Y', '441720'))}
住址：{m(A, '九龍旺角彌敦道688號旺角中心一期15樓B室')}
流動電話：{m(P, '6432 8810')}""")

neg("yingye_zhizhao", "zh", """营业执照
统一社会信用代码：91310115MA1K4417XQ
名称：上海星辰信息技术有限公司　类型：有限责任公司（自然人投资或控股）
注册资本：人民币500万元　成立日期：2018年03月14日　营业期限：2018年03月14日至2048年03月13日
经营范围：计算机软硬件开发；技术咨询。登记机关：上海市浦东新区市场监督管理局 2023年11月02日""")

neg("baike", "zh", """鲁迅（1881年9月25日－1936年10月19日），原名周樟寿，浙江绍兴人，中国现代文学的奠基人之一。1918年发表《狂人日记》。
鲁迅故居位于北京西城区阜成门内，1956年对外开放，门票免费，每周一闭馆。""")

neg("xinwen", "zh", """新华社上海4月14日电　14日凌晨3时许，南京路步行街一商铺发生火灾，消防部门出动12辆消防车、60名消防员，4时10分明火
被扑灭，无人员伤亡。地铁2号线、10号线南京东路站临时封闭出口4个，6时30分恢复。火灾原因正在调查中，案件编号2024-0417。""")

# ======================= Japanese =======================

add("rirekisho", "ja", f"""履 歴 書　　　　　　　　　　　　　　　2024年4月1日現在
ふりがな　{m(N, 'たなか　ゆうき')}
氏　　名　{m(N, '田中　悠希')}
生年月日　{m(D, '平成8年7月23日')}生（満27歳）
ふりがな　とうきょうと せたがやく たいしどう
現 住 所　{m(A, '〒154-0004 東京都世田谷区太子堂3-18-7 メゾン三軒茶屋202号')}
電　　話　{m(P, '080-4721-3396')}
E-mail　{m(E, 'yuki.tanaka0723@docomo.ne.jp')}""")

add("mynumber", "ja", f"""個人番号（マイナンバー）届出書
氏名：{m(N, '佐藤　健一')}　　生年月日：{m(D, '昭和54年11月3日')}
個人番号：{m(ID, my_number('44172093811'))}
住所：{m(A, '大阪府大阪市北区梅田1丁目12番17号 梅田スカイハイツ1504')}""")

add("line_chat", "ja", f"""[LINE] 2024/03/30(土)
19:02 {m(N, '鈴木 美咲')} 明日の引っ越し、住所送るね
19:02 {m(N, '鈴木 美咲')} {m(A, '神奈川県横浜市中区山下町27-1 ベイサイド山下305')}
19:05 {m(N, 'ケンタ')} 了解！何かあったら {m(P, '090-3312-4417')} に電話して""")

add("system_log_ja", "ja", f"""2024-04-08 02:14:33 [警告] 認証失敗 ユーザー={m(N, 'yamamoto.hiroshi')} 接続元={m(IP, '126.88.144.20')} 端末MAC={m(MAC, '8c-85-90-1a-4f-e2')}
2024-04-08 02:14:35 [情報] 一時パスワードを発行しました: {m(K, 'Sakura7!Tk2q')}""")

neg("kaisha_gaiyou", "ja", """会社概要
商号：株式会社みらいソフト　法人番号：4011001044172　設立：2009年4月1日　資本金：9,900万円
適格請求書発行事業者登録番号：T4011001044172　従業員数：128名（2024年3月31日現在）
取引銀行：三井住友銀行 渋谷支店（支店番号 234）""")

neg("hyakka", "ja", """夏目漱石（1867年2月9日〈慶応3年1月5日〉－1916年12月9日）は、日本の小説家。代表作に『吾輩は猫である』（1905年）、
『こころ』（1914年）など。1984年から2004年まで千円紙幣の肖像に採用された。""")

neg("jikokuhyo", "ja", """のぞみ21号　東京 08:00発（14番線）→ 名古屋 09:34 → 京都 10:08 → 新大阪 10:24着
指定席 7号車 12番A席　料金 14,720円　予約番号 4417-2093　お預かり番号 0811""")

# ======================= Korean =======================

add("ipsa_jiwonseo", "ko", f"""입사지원서
성명: {m(N, '김지현')}   주민등록번호: {m(ID, rrn('950412', '244172'))}
휴대폰: {m(P, '010-4827-3391')}   이메일: {m(E, 'jihyun.kim95@naver.com')}
주소: {m(A, '서울특별시 강남구 테헤란로 152, 101동 1203호')}""")

add("kakaotalk", "ko", f"""2024년 4월 2일 오후 9:14, {m(N, '박서준')} : {m(N, '민지')}야 택배 주소 다시 알려줘
2024년 4월 2일 오후 9:15, {m(N, '이민지')} : {m(A, '부산광역시 해운대구 우동 1408, 센텀파크 203동 1502호')}
2024년 4월 2일 오후 9:15, {m(N, '이민지')} : 연락처는 {m(P, '010-7731-4418')}""")

add("us_form_ko", "ko", f"""[미국 이민 서류 준비 메모]
신청인: {m(N, '최성호')} (영문 {m(N, 'SUNGHO CHOI')})
사회보장번호(SSN): {m(S, '627-41-8830')}
배우자 SSN: {m(S, '627 41 9012')}
미국 주소: {m(A, '3450 Wilshire Blvd, Apt 1208, Los Angeles, CA 90010')}""")

neg("saeopja", "ko", """사업자 정보: (주)한빛소프트웨어 | 대표: 이사회 | 사업자등록번호 214-86-44172 | 통신판매업신고 제2018-서울강남-04417호
고객센터 운영시간 평일 09:00~18:00 | 호스팅 제공자: 네이버클라우드 | 제품 모델명 HB-4417-K, 소비자가 129,000원""")

neg("wiki_ko", "ko", """세종대왕(1397년 5월 15일 ~ 1450년 4월 8일)은 조선의 제4대 국왕이다. 훈민정음은 1443년에 창제되어 1446년에 반포되었다.
한글날은 10월 9일이며, 만원권 지폐(2007년 발행)에 초상이 실려 있다.""")

# ======================= Thai / Vietnamese =======================

add("thai_form", "th", f"""ใบสมัครสมาชิก
ชื่อ-นามสกุล: นางสาว{m(N, 'ศิริพร วงศ์สวัสดิ์')}
เลขประจำตัวประชาชน: {m(ID, thai_id('110370044172'))}
วันเกิด: {m(D, '12 มีนาคม 2535')}
ที่อยู่: {m(A, '99/12 ซอยสุขุมวิท 55 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110')}
โทรศัพท์: {m(P, '089 417 2253')}""")

add("line_th", "th", f"""พี่{m(N, 'ต้น')}: โอนค่าห้องเข้าบัญชีนี้นะ กสิกร 044-1-72093-8 ชื่อ {m(N, 'สมชาย ใจดี')}
น้อง{m(N, 'มายด์')}: โอเคค่ะ เบอร์พี่ยังเป็น {m(P, '+66 81 441 7209')} ใช่ไหม""")

neg("thai_company", "th", """บริษัท สยามเทค โซลูชั่น จำกัด เลขประจำตัวผู้เสียภาษี 0105561044172 ทุนจดทะเบียน 5,000,000 บาท
ใบกำกับภาษีเลขที่ INV6704-0417 ลงวันที่ 18/04/2567 ยอดรวม 12,840.00 บาท (รวม VAT 7%)""")

neg("thai_news", "th", """กรุงเทพฯ 14 เม.ย. – เกิดเหตุเพลิงไหม้ร้านค้าบนถนนเยาวราช เมื่อเวลา 03.20 น. เจ้าหน้าที่ใช้รถดับเพลิง 8 คัน ควบคุมเพลิงได้
ในเวลา 04.05 น. ไม่มีผู้บาดเจ็บ ความเสียหายประมาณ 2.4 ล้านบาท""")

add("don_vi", "vi", f"""ĐƠN XIN VIỆC
Họ và tên: {m(N, 'Nguyễn Thị Thu Hà')}
Ngày sinh: {m(D, '15/08/1995')}
Số CCCD: {m(ID, '001195004417')}
Địa chỉ: {m(A, 'Số 12 ngõ 44 phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội')}
Điện thoại: {m(P, '098 412 3376')}   Email: {m(E, 'thuha.nguyen95@gmail.com')}""")

add("zalo_vi", "vi", f"""[Zalo] {m(N, 'Trần Văn Minh')}: chị {m(N, 'Lan')} ơi, số tài khoản Vietcombank của em 0441001720938, chủ TK {m(N, 'TRAN VAN MINH')}
[Zalo] {m(N, 'Phạm Thị Lan')}: ok em, chị chuyển rồi. Có gì gọi chị {m(P, '+84 28 3822 4410')}""")

add("us_benefits_vi", "vi", f"""Hồ sơ xin trợ cấp Medi-Cal (bản dịch tiếng Việt)
Tên người nộp đơn: {m(N, 'Lê Quang Vinh')}
Số An Sinh Xã Hội (SSN): {m(S, '611-40-2278')}
Ngày sinh: {m(D, '02/11/1954')}
Địa chỉ: {m(A, '9872 Bolsa Ave, Unit 14, Westminster, CA 92683')}
Con trai: {m(N, 'Lê Quang Huy')}, SSN {m(S, '611402291')}""")

neg("vi_company", "vi", """Công ty TNHH Phần mềm Sao Việt – Mã số doanh nghiệp 0314417209 – Giấy CNĐKDN cấp ngày 14/04/2017.
Hóa đơn GTGT số 0004417, ký hiệu 1C24TSV, tổng tiền 12.840.000 đồng (đã gồm VAT 8%).""")

neg("vi_wiki", "vi", """Hồ Chí Minh (19 tháng 5 năm 1890 – 2 tháng 9 năm 1969) là nhà cách mạng Việt Nam. Lăng Chủ tịch Hồ Chí Minh mở cửa từ
7:30 đến 10:30, miễn phí vé. Bảo tàng Hồ Chí Minh có 117.000 hiện vật.""")

# ======================= Indonesian / Malay / Filipino =======================

add("formulir_id", "id", f"""FORMULIR PEMBUKAAN REKENING
Nama lengkap: {m(N, 'Dewi Lestari Putri')}
NIK: {m(ID, '3174055508930417')}
Tempat/Tgl lahir: Jakarta, {m(D, '15-08-1993')}
Alamat: {m(A, 'Jl. Kemang Raya No. 12, RT 005/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730')}
No. HP: {m(P, '0813-1842-7759')}""")

add("wa_id", "id", f"""[14.02.24 19.20] {m(N, 'Budi Santoso')}: Mas {m(N, 'Agus')}, transfer ke rek BCA 4417209381 a.n. {m(N, 'Budi Santoso')} ya
[14.02.24 19.22] {m(N, 'Agus Wibowo')}: siap, alamat kirimnya {m(A, 'Jl. Dago No. 44, Coblong, Bandung 40135')}, HP {m(P, '+62 812 4417 2093')}""")

neg("faktur_id", "id", """FAKTUR PAJAK 010.004-24.04417209
PT Nusantara Digital Solusi – NPWP 01.441.720.9-013.000 – NIB 9120004417209
Barang: Router MikroTik RB4011iGS+RM × 3 @ Rp 3.450.000; PPN 11% Rp 1.138.500; Total Rp 11.488.500""")

neg("berita_id", "id", """JAKARTA (Antara) – Kebakaran melanda sebuah toko di Jalan Gajah Mada, Jakarta Barat, Minggu pukul 02.30 WIB. Sebanyak
15 unit mobil pemadam dan 75 personel dikerahkan; api padam pukul 04.10 WIB. Tidak ada korban jiwa.""")

add("borang_ms", "ms", f"""BORANG PERMOHONAN
Nama: {m(N, 'Nurul Aisyah binti Ahmad Fauzi')}
No. Kad Pengenalan: {m(ID, '930412-14-5528')}
Alamat: {m(A, 'No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor')}
No. Telefon: {m(P, '017-418 2296')}""")

add("emel_ms", "ms", f"""Salam Encik {m(N, 'Hafiz')},
Bayaran sewa boleh dibuat ke akaun Maybank 5144 1720 9381 atas nama {m(N, 'Lim Wei Chuan')}. Sila hubungi saya di {m(P, '+60 3-2142 8810')}.
Terima kasih, {m(N, 'Wei Chuan')}""")

neg("syarikat_ms", "ms", """Syarikat Teknologi Harimau Sdn. Bhd. (No. Syarikat 201801044172 (1274417-X)), No. SST W10-1808-32000417.
Waktu operasi: Isnin–Jumaat 9.00 pagi – 6.00 petang. Kod produk HT-4417-MY, harga RM 1,299.00.""")

add("form_tl", "tl", f"""APLIKASYON SA PAG-UPA
Pangalan: {m(N, 'Maria Cristina Dela Cruz')}
PhilSys Card Number (PCN): {m(ID, '4417-2093-8112-0047')}
SSS No.: {m(ID, '34-4172093-8')}
Tirahan: {m(A, 'Blk 12 Lot 4, Phase 2, Brgy. San Isidro, Antipolo City, Rizal')}
Cellphone: {m(P, '0918 442 7163')}""")

add("us_remit_tl", "tl", f"""Padala form (US) – Nagpadala: {m(N, 'Rodrigo Santos')}, SSN {m(S, '545 12 9076')}, tirahan {m(A, '2210 Daly St, Apt 3, Los Angeles, CA 90031')}
Tatanggap: {m(N, 'Lorna Santos')}, {m(P, '+63 917 441 8820')}""")

neg("balita_tl", "tl", """MAYNILA – Isinilang si José Rizal noong Hunyo 19, 1861 sa Calamba, Laguna. Ang Rizal Park ay bukas mula 5:00 AM hanggang
10:00 PM. Ang LRT-1 ay may 20 istasyon; pamasahe ₱15–₱35. Reference no. 2024-04417.""")

# ======================= Africa =======================

add("fomu_ke", "sw", f"""FOMU YA USAJILI WA MTEJA
Jina kamili: {m(N, 'Achieng Wanjiku Odhiambo')}
Nambari ya kitambulisho: {m(ID, '30441827')}   PIN ya KRA: {m(ID, 'A004417209Z')}
Tarehe ya kuzaliwa: {m(D, '12/04/1994')}
Anwani ya posta: S.L.P. 4417-00100 Nairobi
Makazi: {m(A, 'Nyumba Na. 44, Argwings Kodhek Road, Kilimani, Nairobi')}
Simu: {m(P, '0722 441 872')}""")

add("ujumbe_tz", "sw", f"""Habari {m(N, 'Juma')}, namba yangu ya NIDA ni {m(ID, '19900412-41101-00004-22')} kwa ajili ya mkataba. Nipigie {m(P, '+255 754 441 872')} ukiwa tayari. – {m(N, 'Neema Mushi')}""")

neg("habari_sw", "sw", """DAR ES SALAAM, 14 Aprili – Julius Nyerere alizaliwa tarehe 13 Aprili 1922 huko Butiama. Mwenge wa Uhuru ulianza mbio
zake 2 Aprili; kampuni ya TANESCO (TIN 100-144-172) ilitangaza bei mpya ya umeme ya TSh 357 kwa kWh.""")

add("fomu_yo", "yo", f"""Orúkọ: {m(N, 'Adéwálé Ọláòtán Àdìó')}
Nọ́mbà NIN: {m(ID, '70441720938')}
Ọjọ́ ìbí: {m(D, '23/06/1989')}
Àdírẹ́sì: {m(A, 'Ilé 12, Òpópónà Adeola Odeku, Victoria Island, Èkó')}
Fóònù: {m(P, '0803 441 8827')}""")

neg("iroyin_yo", "yo", """ÈKÓ – Wọ́n bí Wole Soyinka ní ọjọ́ 13 oṣù Keje ọdún 1934 ní Abẹ́òkúta. Ó gba ẹ̀bùn Nobel ní 1986. Tíkẹ́ẹ̀tì eré náà jẹ́ ₦5,000,
ìfihàn bẹ̀rẹ̀ ní agogo 4:00 ìrọ̀lẹ́.""")

add("fom_ha", "ha", f"""Suna: {m(N, 'Aminu Bello Yusuf')}
Lambar BVN: {m(ID, '22441720938')}
Adireshi: {m(A, 'Gida mai lamba 44, Titin Zoo Road, Kano')}
Waya: {m(P, '+234 806 441 8827')}""")

neg("labarai_ha", "ha", """KANO – An haifi Ahmadu Bello a ranar 12 ga Yuni 1910 a Rabah. Jami'ar Ahmadu Bello tana da dalibai sama da 50,000.
Farashin shinkafa buhu 50kg ya kai ₦78,000 a kasuwar Dawanau a yau.""")

add("form_am", "am", f"""የማመልከቻ ቅጽ
ስም: {m(N, 'ሰላማዊት ተስፋዬ ገብረመድህን')}
የፓስፖርት ቁጥር: {m(ID, 'EP4417209')}
የትውልድ ቀን: {m(D, '14/03/1992')}
አድራሻ: {m(A, 'ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 441')}
ስልክ: {m(P, '+251 911 41 82 27')}""")

neg("zena_am", "am", """አዲስ አበባ – ኃይሌ ገብረሥላሴ ሚያዝያ 10 ቀን 1965 ዓ.ም. ተወለደ። የታላቁ ሩጫ በኢትዮጵያ 44,000 ተሳታፊዎች ነበሩት።
የኢትዮጵያ አየር መንገድ በረራ ET 500 ከቀኑ 10:30 ይነሳል።""")

add("id_za", "af", f"""AANSOEKVORM – HUURKONTRAK
Naam: {m(N, 'Pieter Johannes van der Merwe')}
ID-nommer: {m(ID, za_id('850412504408'))}
Geboortedatum: {m(D, '12 April 1985')}
Adres: {m(A, 'Kerkstraat 44, Stellenbosch 7600')}
Selfoon: {m(P, '082 441 8827')}   E-pos: {m(E, 'pieter.vdmerwe@telkomsa.net')}""")

add("konfig_af", "af", f"""# produksie-instellings – moenie deel nie
DB_VERBINDING={m(U, 'mysql://wynplaas:Pinotage2024Kaap@10.8.0.14:3306/bestellings')}
BETAAL_SLEUTEL={m(K, 'pk_live_OEi2AZSgV72gsvGSu5Z4fPPo')}
KONTAK={m(E, 'annelie@wynplaas-bestellings.co.za')}""")

neg("nuus_af", "af", """KAAPSTAD – Nelson Mandela is op 18 Julie 1918 in Mvezo gebore. Die Mandela-dag-veldtog vra mense om 67 minute diens te lewer.
Robbeneiland-bote vertrek om 09:00, 11:00 en 13:00 vanaf die Nelson Mandela Gateway; kaartjies R600.""")

add("ifomu_zu", "zu", f"""Igama: {m(N, 'Sipho Mthembu')}
Inombolo kamazisi: {m(ID, za_id('910823580408'))}
Ikheli: {m(A, '44 Florida Road, Morningside, Durban 4001')}
Ucingo: {m(P, '073 441 8827')}""")

# ======================= Caucasus / Central Asia =======================

add("ganacxadi", "ka", f"""განაცხადი
სახელი, გვარი: {m(N, 'ნინო ბერიძე')}
პირადი ნომერი: {m(ID, '01024041772')}
მისამართი: {m(A, 'რუსთაველის გამზ. 12, ბინა 7, თბილისი 0108')}
ტელეფონი: {m(P, '+995 599 41 82 27')}
ანგარიში: {m(I, iban('GE', 'TB' + '0000000441720938'))}""")

neg("siakhleebi_ka", "ka", """თბილისი – შოთა რუსთაველის სახელობის თეატრი დაარსდა 1921 წელს. ილია ჭავჭავაძე დაიბადა 1837 წლის 8 ნოემბერს.
ბილეთის ფასი 15–45 ლარი, წარმოდგენა 19:00 საათზე. საიდენტიფიკაციო კოდი 204417720 (შპს).""")

add("dimum_hy", "hy", f"""Դիմում
Անուն, ազգանուն՝ {m(N, 'Անի Հակոբյան')}
Անձնագիր՝ {m(ID, 'AN0441720')}
Հանրային ծառայությունների համարանիշ՝ {m(ID, '4412940417')}
Հասցե՝ {m(A, 'Երևան, Մաշտոցի պող. 44, բն. 12')}
Հեռախոս՝ {m(P, '+374 91 441827')}""")

neg("lurer_hy", "hy", """Երևան – Արամ Խաչատրյանը ծնվել է 1903 թվականի մայիսի 6-ին Թիֆլիսում։ «Գայանե» բալետի առաջնախաղը կայացել է 1942-ին։
Տոմսերի արժեքը 3000–8000 դրամ, համերգը սկսվում է 19:00-ին։ ՀՎՀՀ 02244172 (ՍՊԸ)։""")

add("otinish_kk", "kk", f"""ӨТІНІШ
Аты-жөні: {m(N, 'Айгерім Сәрсенбаева')}
ЖСН: {m(ID, iin_kz('95071240044'))}
Туған күні: {m(D, '12.07.1995')}
Мекенжайы: {m(A, 'Алматы қ., Абай даңғылы 44, 12 пәтер')}
Телефон: {m(P, '+7 701 441 8827')}
Шот: {m(I, iban('KZ', '125' + 'KZT5004100100'))}""")

add("router_log_kk", "kk", f"""Қосылу журналы – маршрутизатор
2024-04-03 21:14:07 DHCP: {m(MAC, 'B8:27:EB:44:17:2A')} құрылғысына {m(IP, '192.168.8.117')} мекенжайы берілді
2024-04-03 21:15:40 Wi-Fi құпиясөзі өзгертілді: {m(K, 'Astana_Wifi_4417')}
2024-04-03 21:16:02 Әкімші кірді: {m(IP, '192.168.8.2')}""")

neg("kompaniya_kk", "kk", """«Дала Технологиялары» ЖШС, БСН 180440017720, ҚҚС куәлігі 60001 № 0441772. Абай Құнанбайұлы 1845 жылы 10 тамызда
туған. Кеңсе жұмыс уақыты 09:00–18:00, өнім коды DT-4417-KZ, бағасы 44 172 теңге.""")

add("ariza_uz", "uz", f"""ARIZA
F.I.Sh.: {m(N, 'Dilnoza Karimova')}
JSHSHIR: {m(ID, '41204950440017')}
Pasport: {m(ID, 'AD4417209')}
Manzil: {m(A, "Toshkent sh., Amir Temur ko'chasi 44, 12-xonadon")}
Telefon: {m(P, '+998 90 441 82 27')}""")

neg("yangilik_uz", "uz", """TOSHKENT – Alisher Navoiy 1441-yil 9-fevralda Hirotda tug'ilgan. Navoiy nomidagi teatrda spektakl soat 18:00 da,
chipta narxi 80 000 so'm. Korxona STIR raqami 304417720.""")

add("erize_az", "az", f"""ƏRİZƏ
Ad, soyad: {m(N, 'Leyla Məmmədova')}
FİN: {m(ID, '5ZK7Q2A')}   Şəxsiyyət vəsiqəsi: {m(ID, 'AZE14417209')}
Ünvan: {m(A, 'Bakı ş., Nizami küç. 44, mənzil 12')}
Telefon: {m(P, '+994 50 441 82 27')}
Hesab: {m(I, iban('AZ', 'NABZ' + '00000000137010004417'))}""")

neg("xeber_az", "az", """BAKI – Üzeyir Hacıbəyli 1885-ci il sentyabrın 18-də anadan olub. "Leyli və Məcnun" operası 1908-ci ildə səhnəyə qoyulub.
Biletlərin qiyməti 10–40 manat, VÖEN 1404417721 (MMC).""")

add("anket_mn", "mn", f"""Овог нэр: {m(N, 'Батбаярын Сарнай')}
Регистрийн дугаар: {m(ID, 'УБ95041217')}
Хаяг: {m(A, 'Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Энхтайваны өргөн чөлөө 12-44')}
Утас: {m(P, '9911 4417')}""")

# ======================= Iberian minority / Mediterranean / Balkans =======================

add("sollicitud_ca", "ca", f"""SOL·LICITUD D'AJUT AL LLOGUER
Nom i cognoms: {m(N, 'Jordi Puig i Ferrer')}
DNI: {m(ID, dni('47281930'))}
Adreça: {m(A, 'Carrer de Mallorca 401, 3r 2a, 08013 Barcelona')}
Telèfon: {m(P, '93 487 12 06')}   Compte: {m(I, iban('ES', ccc_es('0081', '0200', '0004417209')))}""")

neg("noticia_ca", "ca", """BARCELONA, 14 d'abril (ACN) – Antoni Gaudí va néixer el 25 de juny de 1852. La Sagrada Família va rebre 4,7 milions de visitants
el 2023; l'entrada general costa 26 €. Un incendi en un local del carrer de Pelai no va causar ferits.""")

add("eskaera_eu", "eu", f"""Izen-abizenak: {m(N, 'Ane Etxeberria Goikoetxea')}
NAN: {m(ID, dni('72441830'))}
Helbidea: {m(A, 'Kale Nagusia 12, 3. eskuina, 20003 Donostia')}
Telefonoa: {m(P, '688 41 22 07')}""")

add("solicitude_gl", "gl", f"""Nome: {m(N, 'Uxía Castro Rivas')}
NIE: {m(ID, dni('X4417209'))}
Enderezo: {m(A, 'Rúa do Franco 44, 2º, 15702 Santiago de Compostela')}
Teléfono: {m(P, '+34 981 44 17 20')}""")

add("applikazzjoni_mt", "mt", f"""Isem: {m(N, 'Mario Borg')}
Karta tal-Identità: {m(ID, '0441723M')}
Indirizz: {m(A, '12, Triq il-Kbira, Ħaż-Żebbuġ ZBG 1304')}
Mowbajl: {m(P, '+356 7941 8827')}
IBAN: {m(I, iban('MT', 'MALT01100' + '004417209381120000'))}""")

neg("ahbarijiet_mt", "mt", """IL-BELT VALLETTA – Il-Kumpanija Malta Shipping Ltd (C 44172, VAT MT 2441-7209) ħabbret rotta ġdida. Il-vapur jitlaq
mill-Port il-Kbir fis-08:30; biljett €24.50. Dun Karm Psaila twieled fit-18 ta' Ottubru 1871.""")

add("kerkese_sq", "sq", f"""Emri: {m(N, 'Arta Hoxha')}
Nr. personal: {m(ID, 'J55412044P')}
Adresa: {m(A, 'Rruga e Durrësit, Pallati 44, Shk. 2, Ap. 12, Tiranë')}
Telefon: {m(P, '+355 69 441 8827')}
IBAN: {m(I, iban('AL', '20211109' + '0000000441720938'))}""")

add("baranje_mk", "mk", f"""Име и презиме: {m(N, 'Марија Стојановска')}
ЕМБГ: {m(ID, jmbg('120499145503'))}
Адреса: {m(A, 'ул. Македонија бр. 12, стан 4, 1000 Скопје')}
Телефон: {m(P, '070 441 827')}
Сметка: {m(I, iban('MK', nat_mod97('2501200004417')))}""")

# ======================= English, more documents =======================

add("benefits_export", "en", "EMP_ID|FULL_NAME|SOCIAL|BIRTHDATE|PLAN|TIER" + NL +
    "10021|" + m(N, 'ABERNATHY, LOUISE K') + "|" + m(S, '418-35-7760') + "|" + m(D, '1971-03-09') + "|PPO-GOLD|EE+SP" + NL +
    "10022|" + m(N, 'nguyen, duc') + "|" + m(S, '162904433') + "|" + m(D, '1988-12-01') + "|HDHP|EE" + NL +
    "10023|" + m(N, "O'SULLIVAN-BARRY, CIARA") + "|" + m(S, '584 12 9076') + "|" + m(D, '1993-07-22') + "|PPO-GOLD|FAM" + NL +
    "10024|" + m(N, 'Ramírez, José Luis') + "|" + m(S, '300.81.2615') + "|" + m(D, '1965-05-30') + "|HMO|EE+CH" + NL +
    "10025|" + m(N, 'WASHINGTON, DEANDRE') + "|" + m(S, '227-43-6659') + "|" + m(D, '2000-01-15') + "|HDHP|EE" + NL +
    "10026|" + m(N, 'Kaur, Harpreet') + "|" + m(S, '512 64 0918') + "|" + m(D, '1984-10-04') + "|PPO-SILVER|EE+SP" + NL +
    "10027|" + m(N, 'Lindgren, Per-Olof') + "|" + m(S, '049723356') + "|" + m(D, '1959-08-18') + "|PPO-GOLD|EE" + NL +
    "# total 7 records, generated 2024-04-30T23:59:02Z by hrsync v2.3.11")

add("bankruptcy_form", "en", f"""Official Form 121  Statement About Your Social Security Numbers                 12/15
Case number (if known): 24-10417-KHK
Part 1: Tell the Court About Yourself and Your Spouse if Your Spouse is Filing With You
Debtor 1:  {m(N, 'Marcus')}          {m(N, 'Anthony')}         {m(N, 'Delgado-Wright')}
           First name      Middle name      Last name
Debtor 2:  {m(N, 'Tanya')}           {m(N, 'Lee')}             {m(N, 'Delgado-Wright')}
Part 2: Tell the Court About all of Your Social Security or Federal Individual Taxpayer Identification Numbers
3. You   [x] {m(S, '3 7 1 - 0 5 - 8 8 2 4')}        [ ] You do not have a Social Security number.
4. Spouse [x] {m(S, '463-88-1207')}                  [ ] ITIN 9xx - xx - xxxx
Mailing address: PO Box 7731, Tulsa, OK 74101  (residence: {m(A, '2208 E 21st St, Tulsa, OK 74114')})""")

add("python_script", "en", f'''#!/usr/bin/env python3
"""Nightly reconciliation - quick hack, TODO move secrets to vault (ticket OPS-2291)."""
import psycopg2, requests, pymongo

WAREHOUSE = "{m(U, 'postgresql://recon_ro:Fq83!kzLw0pQ@warehouse-01.corp.internal:5432/finance')}"
MONGO = pymongo.MongoClient("{m(U, 'mongodb://etl:6LqbVbwIANsFWclp@10.12.0.31:27017/?authSource=admin')}")
SFTP_DROP = "{m(U, 'sftp://acme_recon:Rv9mr06yrdXZ4O76@files.partnerbank.com:22/outbound')}"
SLACK_TOKEN = "{m(K, 'xoxb-4471209381-7731204418-sbt0Na1ouDIKPBmsiIzYtuw3')}"
OPENAI_API_KEY = "{m(K, 'sk-proj-GzPC7dmQCrw8aFctY1xMAdlVXedmwvHxmK8t')}"
PLACEHOLDER_KEY = "sk-REPLACE-ME"

def notify(msg):
    requests.post("https://slack.com/api/chat.postMessage",
                  headers={{"Authorization": "Bearer " + SLACK_TOKEN}},
                  json={{"channel": "#recon", "text": msg}})
''')

add("router_config", "en", f"""! ACME-BR-RTR01 running-config, exported 2024-03-18 by {m(N, 'jpatel')}
hostname ACME-BR-RTR01
username netadmin privilege 15 password 0 {m(K, 'Br4nch!Rtr#2024')}
snmp-server community {m(K, 'pR1v-c0mm-7731')} RW
!
interface GigabitEthernet0/1
 description Uplink to ISP (circuit ID 41/KFFN/118223/LUMN)
 ip address dhcp
!
interface Vlan20
 description Branch LAN
 ip helper-address {m(IP, '10.1.1.40')}
!
mac address-table static {m(MAC, '0023.45ab.cdef')} vlan 20 interface Gi0/3
mac address-table static {m(MAC, '0050.56b2.1f9a')} vlan 20 interface Gi0/4
arp {m(IP, '10.20.0.55')} {m(MAC, '001b.21c4.7e10')} ARPA
ntp server {m(IP, '129.6.15.28')}
logging host {m(IP, '10.1.1.52')}""")

add("chargeback_csv", "en", "dispute_id,cardholder,card_number,email,amount,reason" + NL +
    "DP-44101," + m(N, 'Harriet Vance') + "," + m(C, card('414720938112004')) + "," + m(E, 'hvance@charter.net') + ",219.00,fraud" + NL +
    "DP-44102," + m(N, 'omar farouk') + "," + m(C, card('37178500441729', groups=(4, 6, 5))) + "," + m(E, 'omar.farouk@outlook.com') + ",1450.75,not_received" + NL +
    "DP-44103," + m(N, 'Bianca Moretti') + "," + m(C, card('601100441720938', sep='-')) + "," + m(E, 'b.moretti@libero.it') + ",64.20,duplicate" + NL +
    "DP-44104," + m(N, 'Kenji Watanabe') + "," + m(C, card('353011298436170', sep='')) + "," + m(E, 'kwatanabe@ybb.ne.jp') + ",38800,credit_not_processed" + NL +
    "DP-44105," + m(N, 'Ruth Okello') + "," + m(C, card('223100441720938')) + "," + m(E, 'ruth.okello@yahoo.com') + ",12.99,subscription_canceled" + NL)

add("ivr_transcript", "en", f"""[IVR + agent transfer transcript, ASR output, not corrected]
SYSTEM: please say or enter your card number
CALLER: {m(C, card('454621004417209'))}
SYSTEM: thank you. please say or enter the last four digits of your social security number
CALLER: actually I want to update it, my full social is {m(S, 'six one four, five eight, oh three two seven')}
AGENT ({m(N, 'Brianna')}): hi this is {m(N, 'Brianna')}, I see you called about the address change?
CALLER: yes I moved to {m(A, 'four eighteen Magnolia Street, apartment six, Savannah, Georgia three one four oh one')}
AGENT ({m(N, 'Brianna')}): and a good number to reach you?
CALLER: {m(P, 'nine one two, two three three, four four one seven')}""")

neg("sample_data_docs", "en", """### Test fixtures
The anonymised fixture `customers_sample.csv` replaces every identifier with a fixed mask:
SSN `XXX-XX-XXXX`, card `**** **** **** 0000`, phone `(XXX) XXX-XXXX`, email `<masked>`, DOB `YYYY-MM-DD`.
Row counts: 10,000 customers, 42,117 orders, 3 currencies. Random seed 20240417.
UUIDs are v4 (e.g. 3f2b8c1e-9d4a-4e7b-a1c2-7f0e5d3b9a64); order numbers follow ORD-YYYY-NNNNNN.""")

neg("version_matrix", "en", """Compatibility matrix (build 10.0.19045.4291)
Component        Min version     Tested        Notes
Windows          10.0.17763      10.0.22631    LTSC 2019+
.NET runtime     6.0.28          8.0.4         self-contained
SNMP MIB         1.3.6.1.4.1.9.9.46            CISCO-VTP-MIB
Display          1920x1080 @ 16:9, 2560x1440, 3840:2160:60 (w:h:Hz)
BLE service UUID 0000180d-0000-1000-8000-00805f9b34fb (Heart Rate)
Timestamps in logs use HH:MM:SS:mmm, e.g. 14:07:33:120.""")

# ======================= extra: SSNs outside English, IBAN variants =======================

add("w9_es", "es", f"""Formulario W-9 (traducción de cortesía) – Solicitud de número de identificación del contribuyente
Nombre (como aparece en su declaración de impuestos): {m(N, 'Guadalupe Zamora Ortiz')}
Dirección (número, calle y apto.): {m(A, '1418 W Cermak Rd, Apt 2')}
Ciudad, estado y código postal: {m(A, 'Chicago, IL 60608')}
Número de Seguro Social: {m(S, '318 44 6605')}
Cónyuge (para el formulario de la aseguradora): {m(N, 'Efraín Zamora')}, SSN {m(S, '318-44-7129')}""")

add("wechat_tax", "zh", f"""[微信] {m(N, '刘晓峰')}：{m(N, '王')}会计您好，报税需要的信息发您：
[微信] {m(N, '刘晓峰')}：我的SSN是{m(S, '567209913')}，我太太{m(N, '周敏')}的是{m(S, '567-20-9947')}
[微信] {m(N, '刘晓峰')}：家庭住址 {m(A, '41-22 Kissena Blvd, Apt 5C, Flushing, NY 11355')}
[微信] {m(N, '王')}会计：收到，下周给您草稿。""")

add("narrative_ssn", "en", f"""Notes from intake, 04/29: Client {m(N, 'Dale Halvorsen')} came in with his daughter {m(N, 'Kirsten')}. He could not remember his Social Security
number at first, then read it off an old Medicare card as {m(S, '144 63 7082')}. His late wife's number, which the bank still had on file, was
{m(S, '144-63-2295')}. He was born on {m(D, 'May 2, 1938')} and has lived at {m(A, '77 Harbor View Rd, Bar Harbor, ME 04609')} since 1971.""")

add("sepa_xml", "de", f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>SEPA-20240425-0417</MsgId><CreDtTm>2024-04-25T09:12:44</CreDtTm><NbOfTxs>3</NbOfTxs><CtrlSum>2715.40</CtrlSum></GrpHdr>
  <PmtInf>
   <PmtInfId>LOHN-APR-24</PmtInfId>
   <Dbtr><Nm>Brauhaus Kögel GmbH &amp; Co. KG</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>{m(I, iban('DE', '700202700015443120', spaced=False))}</IBAN></Id></DbtrAcct>
   <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">1240.00</InstdAmt></Amt><Cdtr><Nm>{m(N, 'Franziska Hölzl')}</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>{m(I, iban('AT', '2011182204417209', spaced=False))}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Lohn April</Ustrd></RmtInf></CdtTrfTxInf>
   <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">985.40</InstdAmt></Amt><Cdtr><Nm>{m(N, 'Dragan Marković')}</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>{m(I, iban('DE', '830400000441720938', spaced=False))}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
   <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">490.00</InstdAmt></Amt><Cdtr><Nm>{m(N, 'Giulia Ferrante')}</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>{m(I, iban('IT', it_bban('02008', '01600', '000104417209'), spaced=False))}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>""")

add("chat_lowercase", "nl", f"""[09:41] {m(N, 'femke')}: kun je de 45 euro voor het weekend overmaken? {m(I, iban('NL', 'TRIO0441720938', spaced=False, lower=True))}
[09:42] {m(N, 'jorrit')}: done! ook die van {m(N, 'sven')} naar {m(I, iban('BE', be_bban('0635441720'), lower=True))}?
[09:43] {m(N, 'femke')}: ja graag, en bel me even {m(P, '06 41 72 09 38')}""")

neg("sort_code_table", "en", """Clearing codes used by our payroll bureau (for reference only - these identify bank branches, not customers)
Bank                       Sort code   BIC           Faster Payments   CHAPS
Barclays, Leicester        20-00-00    BARCGB22      yes               yes
HSBC UK, Birmingham        40-11-62    HBUKGB4B      yes               yes
NatWest, London City       60-00-01    NWBKGB2L      yes               yes
Lloyds, Bristol            30-94-57    LOYDGB21      yes               yes
Cut-off for same-day CHAPS: 15:40 GMT. Bureau reference BUR-4417-209.""")

neg("kontoauszug_firma", "de", """Kontoauszug Nr. 4/2024 · Blatt 1 · Geschäftskonto der Nordlicht Software GmbH
Buchungstag  Valuta   Vorgang                                   Betrag EUR
02.04.       02.04.   SEPA-Lastschrift Finanzamt Hamburg-Nord   -4.412,00   StNr. 47/752/04417 (Körperschaftsteuer)
03.04.       03.04.   Gutschrift Rechnung RE-2024-0417           +11.900,00  Mandatsreferenz MR-000441720
05.04.       05.04.   Kartenzahlung Lieferant Büromarkt Böttcher AG -219,44 Terminal 68004417
Gläubiger-ID DE98ZZZ09999999999 · BLZ 200 505 50 · Neuer Saldo 82.117,53 EUR""")

neg("communique", "fr", """Communiqué – Airbus annonce 142 livraisons au premier trimestre 2024 (T1 2023 : 127). Le programme A320neo atteint la
cadence 65 prévue pour 2026 ; l'A350-1000 (MSN 544) a effectué son vol d'essai le 14/03 à 10 h 42 depuis Toulouse-Blagnac
(LFBO, piste 14R). Chiffre d'affaires 12,8 Md€, EBIT ajusté 0,6 Md€. ISIN NL0000235190.""")

emit("blind12", cases)
