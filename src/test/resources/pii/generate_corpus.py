#!/usr/bin/env python3
"""Generates corpus.jsonl: labelled documents for the PII scorer (deterministic, seed 7).

Each line: {"id", "lang", "kind", "hard_negative", "text"}; PII spans are marked inline as
⟦TYPE|value⟧ and the scorer strips the marks to get the plain text and UTF-16 offsets.
Values are synthetic (valid check digits, fictitious people); none is a real person's data.
Run: python3 src/test/resources/pii/generate_corpus.py > src/test/resources/pii/corpus.jsonl
"""
import json
import random
import string

from labels import luhn, m

R = random.Random(7)


# ---------------------------------------------------------------- values with check digits
def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    for check in range(10):
        candidate = "".join(map(str, digits + [check]))
        if luhn(candidate):
            return candidate




def card():
    brand = R.choice(["visa", "mc", "mc2", "amex", "disc", "jcb", "unionpay", "diners", "visa", "mc"])
    if brand == "visa":
        n = luhn_complete("4" + str(R.randint(10, 99)), 16)
    elif brand == "mc":
        n = luhn_complete(str(R.randint(51, 55)), 16)
    elif brand == "mc2":
        n = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif brand == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
    elif brand == "disc":
        n = luhn_complete("6011", 16)
    elif brand == "jcb":
        n = luhn_complete(str(R.randint(3528, 3589)), 16)
    elif brand == "unionpay":
        n = luhn_complete("62" + str(R.randint(2126, 2925)), R.choice([16, 19]))
    else:
        n = luhn_complete("36", 14)
    style = R.choice(["compact", "space", "dash", "space"])
    if style == "compact":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    if len(n) == 14:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def bad_card():
    while True:
        n = "4" + "".join(R.choice(string.digits) for _ in range(15))
        if not luhn(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_FORMATS = {
    "DE": "8n10n", "FR": "5n5n11c2n", "GB": "4a6n8n", "ES": "4n4n1n1n10n", "IT": "1a5n5n12c", "NL": "4a10n",
    "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12c", "PL": "8n16n", "PT": "4n4n11n2n", "IE": "4a6n8n",
    "LU": "3n13c", "FI": "3n11n", "SE": "3n16n1n", "DK": "4n9n1n", "NO": "4n6n1n",
}


def bban(fmt):
    out = ""
    i = 0
    while i < len(fmt):
        j = i
        while fmt[j].isdigit():
            j += 1
        n = int(fmt[i:j])
        kind = fmt[j]
        pool = string.digits if kind == "n" else string.ascii_uppercase if kind == "a" else string.ascii_uppercase + string.digits
        out += "".join(R.choice(pool) for _ in range(n))
        i = j + 1
    return out


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country=None):
    cc = country or R.choice(list(IBAN_FORMATS))
    b = bban(IBAN_FORMATS[cc])
    check = 98 - iban_num(b + cc + "00") % 97
    v = "%s%02d%s" % (cc, check, b)
    if R.random() < 0.6:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def bad_iban():
    v = iban("DE").replace(" ", "")
    last = str((int(v[-1]) + 1) % 10)
    v = v[:-1] + last
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


PHONES = [
    "+1 650-253-0147", "(415) 829-3746", "617-492-8130", "+1 (206) 384-2915", "303.871.6622", "+1 212 736 5000",
    "+44 20 7946 0958", "020 7946 0123", "+44 7911 123456", "07911 123456", "+49 30 901820", "030 12345678",
    "+49 151 23456789", "0151 2345 6789", "089 3243 5678", "+33 1 42 68 53 00", "06 12 34 56 78", "01 45 67 89 10",
    "+33 6 12 34 56 78", "+34 912 345 678", "+34 612 345 678", "+39 06 6982 1234", "+39 347 123 4567",
    "+31 20 123 4567", "06-12345678", "+41 44 668 18 00", "+43 1 5880 0", "+48 22 123 45 67", "+46 8 123 456 78",
    "0049 89 12345678", "+353 1 234 5678", "+351 21 123 4567", "+32 2 123 45 67", "+45 32 12 34 56",
]

FIRST = ["James", "Maria", "Lukas", "Sophie", "Hélène", "Javier", "Giulia", "Pieter", "Anna", "Oliver", "Emma", "Mateo",
         "Chloé", "Jonas", "Lucía", "Marco", "Sarah", "Thomas", "Laura", "David", "Elena", "Daniel", "Julia", "Michael",
         "Priya", "Wei", "Fatima", "Kenji", "Sven", "Ingrid", "Carlos", "Isabelle", "Robert", "Katarzyna", "Paul", "Nina"]
LAST = ["Smith", "Schmidt", "Müller", "Dubois", "García", "Rossi", "de Vries", "Johnson", "Becker", "Martin", "López",
        "Bianchi", "Jansen", "Williams", "Fischer", "Moreau", "Fernández", "Ricci", "Brown", "Wagner", "Bernard",
        "Martínez", "Romano", "Taylor", "Patel", "Chen", "Hassan", "Tanaka", "Andersson", "Nowak", "O'Brien", "Weber"]


def person():
    return R.choice(FIRST) + " " + R.choice(LAST)


DOMAINS = ["example.com", "gmail.com", "firma.de", "correo.es", "exemple.fr", "posta.it", "bedrijf.nl", "acme.co.uk",
           "mail.example.org", "outlook.com"]


def email(name=None):
    name = name or person()
    f, l = name.split(" ", 1)
    local = R.choice(["%s.%s", "%s%s", "%s_%s", "%s"]) 
    local = local % ((f, l.replace(" ", "")) if local.count("%s") == 2 else (f,))
    tr = str.maketrans("éèáíóúüöäçñ'", "eeaiouuoacn_")
    return local.lower().translate(tr) + ("+" + R.choice(["work", "news"]) if R.random() < 0.1 else "") + "@" + R.choice(DOMAINS)


def ipv4():
    return R.choice(["203.0.113.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "172.16.%d.%d" % (R.randint(0, 31), R.randint(1, 254)),
                     "81.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))])


def ipv6():
    return R.choice(["2001:db8:%x::%x" % (R.randint(1, 65535), R.randint(1, 65535)), "fe80::%x:%x:%x:%x" % tuple(R.randint(1, 65535) for _ in range(4)),
                     "2001:0db8:85a3:0000:0000:8a2e:0370:%04x" % R.randint(1, 65535), "2a02:%x:%x::1" % (R.randint(1, 65535), R.randint(1, 65535))])


def mac():
    sep = R.choice([":", "-"])
    v = sep.join("%02x" % R.randint(0, 255) for _ in range(6))
    return v.upper() if R.random() < 0.5 else v


def rnd(pool, n):
    return "".join(R.choice(pool) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


def aws_id():
    return "AKIA" + rnd(string.ascii_uppercase + "234567", 16)


def aws_secret():
    while True:
        v = rnd(ALNUM + "/+", 40)
        if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
            return v


def gh_token():
    return R.choice(["ghp_", "gho_", "ghs_", "ghu_", "ghr_"]) + rnd(ALNUM, 36)


def secret_token():
    kind = R.choice(["gh", "gh", "slack", "stripe", "google", "jwt", "aws", "glpat", "npm", "ghpat"])
    if kind == "gh":
        return gh_token()
    if kind == "ghpat":
        return "github_pat_" + rnd(ALNUM, 22) + "_" + rnd(ALNUM, 59)
    if kind == "slack":
        return "xoxb-%d-%d-%s" % (R.randint(10**11, 10**12 - 1), R.randint(10**12, 10**13 - 1), rnd(ALNUM, 24))
    if kind == "stripe":
        return R.choice(["sk_live_", "sk_test_", "rk_live_"]) + rnd(ALNUM, 24)
    if kind == "google":
        return "AIza" + rnd(B64URL, 35)
    if kind == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + rnd(B64URL, 40) + "." + rnd(B64URL, 43)
    if kind == "glpat":
        return "glpat-" + rnd(B64URL, 20)
    if kind == "npm":
        return "npm_" + rnd(ALNUM, 36)
    return aws_id()


def pem():
    label = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    body = "\n".join(rnd(ALNUM + "+/", 64) for _ in range(R.randint(3, 6)))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


def password():
    return R.choice(["hunter2", "Tr0ub4dor&3", "S3cure!Pass", "winter2024!", "P@ssw0rd123", "correct-horse-9",
                     "Zx8#kLm2qP", "qwerty!77", "Sommer2023#", "Mdp_Secret42"])


def street(lang):
    if lang == "en":
        return R.choice([
            "%d %s Street, Springfield, IL %05d" % (R.randint(1, 9999), R.choice(["Oak", "Maple", "Main", "Elm", "Cedar"]), R.randint(10000, 99999)),
            "%d %s Avenue, Apt %d, New York, NY 100%02d" % (R.randint(1, 999), R.choice(["Madison", "Park", "Lexington"]), R.randint(1, 40), R.randint(1, 99)),
            "%dB Baker Street, London NW1 6XE" % R.randint(1, 300),
            "%d %s Road\nManchester M1 1AE\nUnited Kingdom" % (R.randint(1, 200), R.choice(["Deansgate", "Oxford", "Wilmslow"])),
            "%d %s Drive, Austin, TX 787%02d" % (R.randint(100, 9999), R.choice(["Lakeview", "Sunset", "Hillcrest"]), R.randint(1, 99)),
        ])
    if lang == "de":
        return R.choice([
            "%sstraße %d, %05d %s" % (R.choice(["Haupt", "Bahnhof", "Schiller", "Goethe"]), R.randint(1, 150), R.randint(10000, 99999), R.choice(["Berlin", "München", "Hamburg", "Köln"])),
            "%sweg %d\n%05d %s\nDeutschland" % (R.choice(["Birken", "Linden", "Am See"]).replace(" ", ""), R.randint(1, 80), R.randint(10000, 99999), R.choice(["Leipzig", "Dresden"])),
            "%sgasse %d, %04d Wien" % (R.choice(["Kirch", "Schul", "Mühl"]), R.randint(1, 60), R.randint(1010, 1230)),
        ])
    if lang == "fr":
        return "%d rue %s, %05d %s" % (R.randint(1, 200), R.choice(["de la Paix", "Victor Hugo", "des Lilas", "du Moulin"]), R.randint(10000, 95999), R.choice(["Paris", "Lyon", "Marseille", "Toulouse"]))
    if lang == "es":
        return "Calle %s %d, %05d %s" % (R.choice(["Mayor", "Alcalá", "Gran Vía", "Serrano"]), R.randint(1, 200), R.randint(10000, 52999), R.choice(["Madrid", "Sevilla", "Valencia"]))
    if lang == "it":
        return "Via %s %d, %05d %s" % (R.choice(["Roma", "Garibaldi", "Dante", "Verdi"]), R.randint(1, 200), R.randint(10000, 98999), R.choice(["Milano", "Roma", "Torino"]))
    return "%sstraat %d, %04d %s %s" % (R.choice(["Kerk", "Dorp", "Molen"]), R.randint(1, 200), R.randint(1000, 9999), rnd(string.ascii_uppercase, 2), R.choice(["Amsterdam", "Utrecht"]))


def dob_text(lang):
    y, mo, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    months_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    if lang == "en":
        return R.choice(["Date of birth: " + m("DATE_OF_BIRTH", "%02d/%02d/%d" % (mo, d, y)),
                         "DOB " + m("DATE_OF_BIRTH", "%d-%02d-%02d" % (y, mo, d)),
                         "born on " + m("DATE_OF_BIRTH", "%s %d, %d" % (months_en[mo - 1], d, y))])
    if lang == "de":
        return "geboren am " + m("DATE_OF_BIRTH", "%02d.%02d.%d" % (d, mo, y))
    if lang == "fr":
        return "né le " + m("DATE_OF_BIRTH", "%d %s %d" % (d, months_fr[mo - 1], y))
    if lang == "es":
        return "fecha de nacimiento: " + m("DATE_OF_BIRTH", "%02d/%02d/%d" % (d, mo, y))
    return "data di nascita " + m("DATE_OF_BIRTH", "%02d/%02d/%d" % (d, mo, y))


def dni():
    n = R.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def id_text(lang):
    pn = rnd(string.ascii_uppercase, 1) + "%08d" % R.randint(0, 99999999)
    choices = {
        "en": ["passport number " + m("PASSPORT_OR_ID", pn), "Driver's license: " + m("PASSPORT_OR_ID", "D%07d" % R.randint(0, 9999999)),
               "National Insurance number " + m("PASSPORT_OR_ID", "%s%06d%s" % (R.choice(["AB", "JK", "NP", "TZ"]), R.randint(0, 999999), R.choice("ABCD")))],
        "de": ["Reisepass Nr. " + m("PASSPORT_OR_ID", "C" + rnd("CFGHJKLMNPRTVWXYZ0123456789", 8)), "Personalausweis: " + m("PASSPORT_OR_ID", "L01X00T47")],
        "fr": ["numéro de passeport " + m("PASSPORT_OR_ID", "%02d%s%05d" % (R.randint(10, 99), rnd(string.ascii_uppercase, 2), R.randint(0, 99999)))],
        "es": ["DNI " + m("PASSPORT_OR_ID", dni())],
        "it": ["codice fiscale " + m("PASSPORT_OR_ID", "RSSMRA85T10A562S")],
        "nl": ["paspoort " + m("PASSPORT_OR_ID", "NX%s%d" % (rnd(string.ascii_uppercase, 2), R.randint(1000, 9999)))],
    }
    return R.choice(choices.get(lang, choices["en"]))


cases = []


def add(kind, lang, text, hard=False):
    cases.append({"id": "%s-%s-%03d" % (kind, lang, len(cases) + 1), "lang": lang, "kind": kind, "hard_negative": hard, "text": text})


# ---------------------------------------------------------------- documents with PII
for i in range(40):
    p = person()
    e = email(p)
    ph = R.choice(PHONES)
    add("email", "en", R.choice([
        "Subject: Refund request\n\nDear %s,\n\nplease call me back at %s or write to %s. My card %s was charged twice.\n\nBest regards,\n%s" % (
            m("PERSON", p.split(" ")[0]) if False else m("PERSON", p), m("PHONE", ph), m("EMAIL", e), m("CREDIT_CARD", card()), m("PERSON", person())),
        "Hi %s,\nthe invoice goes to %s. Wire it to IBAN %s, reference INV-2024-%04d.\nThanks,\n%s" % (
            m("PERSON", p.split(" ")[0]), m("EMAIL", e), m("IBAN", iban()), R.randint(1, 9999), m("PERSON", person())),
        "From: %s <%s>\nTo: %s\n\nMy new address is %s. Phone %s.\n" % (m("PERSON", p), m("EMAIL", e), m("EMAIL", "support@acme.io"), m("STREET_ADDRESS", street("en")), m("PHONE", ph)),
    ]))

for i in range(30):
    lang = R.choice(["de", "fr", "es", "it", "nl"])
    p = person()
    greet = {"de": "Hallo", "fr": "Bonjour", "es": "Hola", "it": "Ciao", "nl": "Beste"}[lang]
    close = {"de": "Viele Grüße", "fr": "Cordialement", "es": "Saludos", "it": "Cordiali saluti", "nl": "Met vriendelijke groeten"}[lang]
    body = {
        "de": "meine neue Anschrift ist %s, Telefon %s. %s." % (m("STREET_ADDRESS", street("de")), m("PHONE", R.choice(PHONES)), dob_text("de")),
        "fr": "mon adresse est %s, tél. %s, %s." % (m("STREET_ADDRESS", street("fr")), m("PHONE", R.choice(PHONES)), dob_text("fr")),
        "es": "mi dirección es %s y mi %s. %s." % (m("STREET_ADDRESS", street("es")), id_text("es"), dob_text("es")),
        "it": "il mio indirizzo è %s, %s." % (m("STREET_ADDRESS", street("it")), id_text("it")),
        "nl": "mijn adres is %s, e-mail %s." % (m("STREET_ADDRESS", street("nl")), m("EMAIL", email(p))),
    }[lang]
    add("email", lang, "%s %s,\n\n%s\n\n%s,\n%s" % (greet, m("PERSON", p), body, close, m("PERSON", person())))

for i in range(40):
    lang = R.choice(["en", "en", "de", "fr", "es"])
    ticket = R.randint(1000, 99999)
    add("ticket", lang, R.choice([
        "TICKET-%d | Priority: high\nReporter: %s\nCustomer %s reports login failures from %s since v2.3.1. SSN on file: %s." % (
            ticket, m("PERSON", person()), m("PERSON", person()), m("IP_ADDRESS", ipv4()), m("US_SSN", ssn())),
        "Issue #%d: payment declined\nCard: %s (exp 09/27)\nBilling email: %s\nDevice MAC %s" % (ticket, m("CREDIT_CARD", card()), m("EMAIL", email()), m("MAC_ADDRESS", mac())),
        "[%d] VPN drop. Client %s, gateway %s. Assignee: %s" % (ticket, m("IP_ADDRESS", ipv6()), m("IP_ADDRESS", ipv4() + "/24"), m("PERSON", person())),
        "Case %d - KYC: %s, %s, %s" % (ticket, m("PERSON", person()), dob_text("en"), id_text("en")),
    ]))

for i in range(35):
    add("chat", R.choice(["en", "en", "de"]), R.choice([
        "[10:%02d] alice: hey can you text %s? it's %s\n[10:%02d] bob: sure" % (R.randint(0, 59), m("PERSON", person()), m("PHONE", R.choice(PHONES)), R.randint(0, 59)),
        "[09:%02d] ops: prod db creds are %s lol\n[09:%02d] sec: rotate them now" % (R.randint(0, 59), m("URL_WITH_CREDENTIALS", "postgres://admin:%s@db-%d.internal:5432/app" % (password(), R.randint(1, 9))), R.randint(0, 59)),
        "me: my password is %s\nbot: Please never share passwords in chat." % m("API_KEY_OR_SECRET", password()),
        "dev: pushed with %s by mistake, revoking\nlead: ok" % m("API_KEY_OR_SECRET", secret_token()),
        "support: what's your account email?\nuser: %s, and my number is %s" % (m("EMAIL", email()), m("PHONE", R.choice(PHONES))),
    ]))

for i in range(45):
    kind = R.choice(["code", "config"])
    add(kind, "code", R.choice([
        'const client = new Client({\n  apiKey: "%s",\n  region: "eu-west-1",\n});' % m("API_KEY_OR_SECRET", secret_token()),
        "spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=%s\n" % m("API_KEY_OR_SECRET", password()),
        "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (m("API_KEY_OR_SECRET", aws_id()), m("API_KEY_OR_SECRET", aws_secret())),
        "curl -H 'Authorization: Bearer %s' https://api.example.com/v1/users" % m("API_KEY_OR_SECRET", rnd(ALNUM, 32)),
        "export GITHUB_TOKEN=%s\ngit push origin main" % m("API_KEY_OR_SECRET", gh_token()),
        "# deploy key, do not commit\n%s\n" % m("API_KEY_OR_SECRET", pem()),
        "REDIS_URL=%s\nLOG_LEVEL=info" % m("URL_WITH_CREDENTIALS", "redis://default:%s@cache.internal:6379/0" % rnd(ALNUM, 20)),
        "git remote set-url origin %s" % m("URL_WITH_CREDENTIALS", "https://%s@github.com/acme/infra.git" % gh_token()),
        "headers = {'X-API-Key': '%s', 'Accept': 'application/json'}" % m("API_KEY_OR_SECRET", rnd(string.hexdigits.lower()[:16], 32)),
        "DB_PASSWORD: \"%s\"\nDB_HOST: db.internal\nDB_PORT: 5432" % m("API_KEY_OR_SECRET", password()),
        "client_secret = \"%s\"  # from the console" % m("API_KEY_OR_SECRET", rnd(ALNUM, 24)),
        "test_user = {\"email\": \"%s\", \"ssn\": \"%s\", \"ip\": \"%s\"}" % (m("EMAIL", email()), m("US_SSN", ssn()), m("IP_ADDRESS", ipv4())),
    ]))

for i in range(30):
    add("markdown", R.choice(["en", "de", "fr"]), R.choice([
        "## Contact\n\n| Name | Phone | Email |\n|---|---|---|\n| %s | %s | %s |\n" % (m("PERSON", person()), m("PHONE", R.choice(PHONES)), m("EMAIL", email())),
        "# Onboarding\n\n- Manager: %s\n- Office: %s\n- Laptop MAC: `%s`\n" % (m("PERSON", person()), m("STREET_ADDRESS", street("en")), m("MAC_ADDRESS", mac())),
        "> **Note:** refunds go to %s (account holder: %s).\n" % (m("IBAN", iban()), m("PERSON", person())),
        "### Incident\nAttacker IPs: %s, %s. Allow-list `%s`.\n" % (m("IP_ADDRESS", ipv4()), m("IP_ADDRESS", ipv6()), "10.%d.0.0/16" % R.randint(0, 255)),  # a network range names no host
    ]))

for i in range(30):
    add("html", R.choice(["en", "es", "it"]), R.choice([
        "<div class=\"contact\"><p>Contact: <a href=\"mailto:%s\">%s</a></p><p>Tel: %s</p></div>" % ((lambda e: (e, m("EMAIL", e)))(email())[0] if False else "", "", "") if False else
        (lambda e, p: "<div class=\"contact\"><p>Contact: <a href=\"mailto:%s\">%s</a></p><p>Tel: %s</p></div>" % (m("EMAIL", e), m("PERSON", p), m("PHONE", R.choice(PHONES))))(email(), person()),
        "<form><label>Card number</label><input value=\"%s\"><label>Name</label><input value=\"%s\"></form>" % (m("CREDIT_CARD", card()), m("PERSON", person())),
        "<p>Dirección de envío: %s</p><p>%s</p>" % (m("STREET_ADDRESS", street("es")), id_text("es")),
        "<table><tr><td>IBAN</td><td>%s</td></tr><tr><td>BIC</td><td>DEUTDEFF</td></tr></table>" % m("IBAN", iban()),
        "<p>Indirizzo: %s</p><p>%s</p>" % (m("STREET_ADDRESS", street("it")), id_text("it")),
    ]))

for i in range(25):
    add("log", "en", R.choice([
        "2024-03-%02dT10:%02d:11Z INFO login ok user=%s ip=%s ua=Mozilla/5.0" % (R.randint(1, 28), R.randint(0, 59), m("EMAIL", email()), m("IP_ADDRESS", ipv4())),
        "2024-03-%02d 10:%02d:11 WARN dhcp lease %s -> %s" % (R.randint(1, 28), R.randint(0, 59), m("MAC_ADDRESS", mac()), m("IP_ADDRESS", ipv4())),
        "ERROR connect failed url=%s timeout=30s" % m("URL_WITH_CREDENTIALS", "amqp://guest:%s@mq.internal:5672/" % password()),
        "DEBUG request headers: {Authorization: Bearer %s, Accept: */*}" % m("API_KEY_OR_SECRET", "eyJhbGciOiJSUzI1NiJ9.eyJ" + rnd(B64URL, 30) + "." + rnd(B64URL, 40)),
    ]))

for i in range(20):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl"])
    add("form", lang, "Name: %s\n%s\n%s\nEmail: %s\nPhone: %s" % (m("PERSON", person()), dob_text(lang), id_text(lang), m("EMAIL", email()), m("PHONE", R.choice(PHONES))))

# ---------------------------------------------------------------- hard negatives
def sha():
    return rnd("0123456789abcdef", 40)


def uuid():
    h = rnd("0123456789abcdef", 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


NEG = [
    lambda: "Order #%d shipped on 2024-0%d-1%d; tracking 1Z999AA1%08d." % (R.randint(100000, 999999), R.randint(1, 9), R.randint(0, 9), R.randint(0, 99999999)),
    lambda: "ISBN 978-%d-%02d-%06d-%d, 2nd edition, $%d.99" % (R.randint(0, 9), R.randint(10, 99), R.randint(0, 999999), R.randint(0, 9), R.randint(10, 99)),
    lambda: "Upgraded from version %d.%d.%d.%d to %d.%d.%d; build %d." % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 20), R.randint(0, 999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 20), R.randint(10000, 99999)),
    lambda: "commit %s\nAuthor: ci-bot\nDate: 2024-02-%02d 12:%02d:33 +0000\n\n    fix: bump deps" % (sha(), R.randint(1, 28), R.randint(0, 59)),
    lambda: "request_id=%s trace=%s span=%s" % (uuid(), rnd("0123456789abcdef", 32), rnd("0123456789abcdef", 16)),
    lambda: "Total: EUR 1.234,%02d (incl. VAT 19%%). Invoice INV-%d-%04d due 2024-04-30." % (R.randint(0, 99), R.randint(2020, 2025), R.randint(1, 9999)),
    lambda: "SKU %s-%d-%s, qty %d, unit price 12.50, EAN %d" % (rnd(string.ascii_uppercase, 3), R.randint(100, 999), rnd(string.ascii_uppercase, 2), R.randint(1, 50), R.randint(4000000000000, 4999999999999)),
    lambda: "Card test value %s should be rejected (bad check digit)." % bad_card(),
    lambda: "image: registry.example.com/app@sha256:%s" % rnd("0123456789abcdef", 64),
    lambda: "OID 1.3.6.1.4.1.%d.%d.%d identifies the MIB entry." % (R.randint(100, 99999), R.randint(1, 9), R.randint(1, 9)),
    lambda: "Listening on port %d; timeout %dms; retries %d; 12:%02d:%02d elapsed." % (R.randint(1024, 65535), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 59), R.randint(0, 59)),
    lambda: "pip install requests==2.%d.%d numpy>=1.%d lodash@4.17.%d" % (R.randint(0, 32), R.randint(0, 9), R.randint(10, 26), R.randint(10, 21)),
    lambda: "The token limit is %d tokens; the secret sauce is caching. Reset your password via the link." % R.choice([512, 4096, 8192]),
    lambda: "Coordinates %0.4f, %0.4f; elevation %d m; population %d,%03d,%03d." % (R.uniform(-90, 90), R.uniform(-180, 180), R.randint(0, 4000), R.randint(1, 9), R.randint(0, 999), R.randint(0, 999)),
    lambda: "color: #%s; margin: %dpx; z-index: %d; width: calc(100%% - %dpx);" % (rnd("0123456789abcdef", 6), R.randint(0, 40), R.randint(1, 9999), R.randint(1, 99)),
    lambda: "IBAN-like %s fails the check and is not an IBAN." % bad_iban(),
    lambda: "Etag: \"%s\"; Content-MD5: %s; checksum sha1 %s" % (rnd("0123456789abcdef", 32), rnd(ALNUM, 22) + "==", sha()),
    lambda: "Meeting moved to March %d, 2025 at 3pm in Room %d; dial-in code %d#." % (R.randint(1, 28), R.randint(100, 999), R.randint(100000, 999999)),
    lambda: "Kubernetes: replicas: %d, cpu: %dm, memory: %dMi, image tag v%d.%d.%d" % (R.randint(1, 9), R.randint(100, 900), R.randint(128, 4096), R.randint(1, 3), R.randint(0, 30), R.randint(0, 30)),
    lambda: "Ticket PROJ-%d: the API key rotation policy requires keys to be rotated every %d days." % (R.randint(100, 9999), R.choice([30, 60, 90])),
    lambda: "Bestellnummer %d vom %02d.%02d.2024, Rechnungsbetrag %d,%02d EUR." % (R.randint(10000000, 99999999), R.randint(1, 28), R.randint(1, 12), R.randint(10, 999), R.randint(0, 99)),
    lambda: "Commande n° %d du %02d/%02d/2024, total %d,%02d €." % (R.randint(1000000, 9999999), R.randint(1, 28), R.randint(1, 12), R.randint(10, 999), R.randint(0, 99)),
    lambda: "Pedido %d-%d enviado; referencia %s%d." % (R.randint(100, 999), R.randint(1000000, 9999999), rnd(string.ascii_uppercase, 2), R.randint(100000, 999999)),
    lambda: "The function returns 0x%s; offset %d; mask 0x%s." % (rnd("0123456789ABCDEF", 8), R.randint(0, 65535), rnd("0123456789ABCDEF", 4)),
    lambda: "Deployed on Kafka Streams with Quarkus %d.%d.%d and Java %d; see the Spring Boot migration guide." % (R.randint(2, 3), R.randint(0, 33), R.randint(0, 9), R.choice([17, 21])),
    lambda: "Temperature %d.%d°C, humidity %d%%, pressure %d hPa at 2024-05-%02dT06:00:00Z." % (R.randint(-10, 35), R.randint(0, 9), R.randint(10, 99), R.randint(950, 1050), R.randint(1, 31)),
    lambda: "Score: %d/%d; rank %d of %d; ratio %0.3f; p-value %0.4f" % (R.randint(0, 100), 100, R.randint(1, 500), R.randint(500, 1000), R.random(), R.random()),
    lambda: "password: ${DB_PASSWORD}\napi_key: <your-api-key>\ntoken: \"changeme-in-prod\" # placeholder\nsecret: null",
    lambda: "UUIDs: %s, %s; git short sha %s." % (uuid(), uuid(), sha()[:7]),
    lambda: "Tel Aviv is a city; May and June are months; Hello World is a program. Grace period: %d days." % R.randint(3, 30),
]

for i in range(95):
    f = NEG[i % len(NEG)]
    add("negative", R.choice(["en", "en", "de", "fr", "es"]) if i % len(NEG) not in (20, 21, 22) else ["de", "fr", "es"][i % len(NEG) - 20], f(), hard=True)

R.shuffle(cases)
for c in cases:
    print(json.dumps(c, ensure_ascii=False))
