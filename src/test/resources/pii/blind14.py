"""Blind corpus 14: hand-labelled multilingual documents, written without looking at the detector.

Run:  python3 blind14.py > corpus-blind14.jsonl
"""
import random

from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m, luhn

_R = random.Random(141414)
cases = []


def pos(kind, lang, text):
    cases.append((kind, lang, False, text))


def neg(kind, lang, text):
    cases.append((kind, lang, True, text))


# ---------------------------------------------------------------- value helpers (checksums computed, never typed)

def cc(partial):
    """A card number written without its last digit; the Luhn digit is appended."""
    for d in "0123456789":
        if luhn(partial + d):
            return partial + d
    raise AssertionError(partial)


def iban(country, bban, sep=" "):
    b = bban.replace(" ", "")
    n = int("".join(str(int(ch, 36)) for ch in b + country + "00"))
    s = "%s%02d%s" % (country, 98 - n % 97, b)
    if sep is None or sep == "":
        return s
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def tok(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(_R.choice(alphabet) for _ in range(n))


def hexs(n):
    return tok(n, "0123456789abcdef")


def dni(num):
    return "%08d%s" % (num, "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23])


def nie(letter, num):
    v = int(str("XYZ".index(letter)) + "%07d" % num)
    return "%s%07d%s" % (letter, num, "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23])


def bsn(first8):
    s = sum(int(c) * (9 - i) for i, c in enumerate(first8))
    last = s % 11
    assert last < 10, first8
    return first8 + str(last)


def pesel(yymmdd, serial4):
    body = yymmdd + serial4
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def personnummer(yymmdd, nnn, sep="-"):
    for d in "0123456789":
        if luhn(yymmdd + nnn + d):
            return yymmdd + sep + nnn + d


def fnr(ddmmyy, ind):
    b = ddmmyy + ind
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(int(c) * w1[i] for i, c in enumerate(b)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10, b
    b += str(k1)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(int(c) * w2[i] for i, c in enumerate(b)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10, b
    return b + str(k2)


def hetu(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def rodne(yymmdd, nnn):
    c = int(yymmdd + nnn) % 11
    assert c != 10
    return yymmdd + "/" + nnn + str(c)


def tckn(nine):
    d = [int(c) for c in nine]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return nine + str(d10) + str(d11)


def cnp(twelve):
    w = "279146358279"
    c = sum(int(a) * int(b) for a, b in zip(twelve, w)) % 11
    return twelve + ("1" if c == 10 else str(c))


def nif_pt(eight):
    s = sum(int(c) * (9 - i) for i, c in enumerate(eight))
    r = s % 11
    return eight + ("0" if r < 2 else str(11 - r))


def cpf(nine, fmt=True):
    d = [int(c) for c in nine]
    r = sum(x * (10 - i) for i, x in enumerate(d)) * 10 % 11
    d.append(0 if r == 10 else r)
    r = sum(x * (11 - i) for i, x in enumerate(d)) * 10 % 11
    d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23]))


def codfisc(first15):
    s = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return first15 + chr(65 + s % 26)


def nir(thirteen, sep=" "):
    key = 97 - int(thirteen) % 97
    t = thirteen
    if sep:
        return "%s %s %s %s %s %s %02d" % (t[0], t[1:3], t[3:5], t[5:7], t[7:10], t[10:13], key)
    return t + "%02d" % key


def ahv(twelve):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve))
    d = twelve + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (d[:3], d[3:7], d[7:11], d[11:])


def rut(body):
    s, f = 0, 2
    for c in reversed(str(body)):
        s += int(c) * f
        f = 2 if f == 7 else f + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    return "{:,}".format(body).replace(",", ".") + "-" + dv


# ================================================================ cases
# ---------------------------------------------------------------- English, positive

pos("ticket", "en", f"""Ticket #48213 - Priority: High
Opened by: {m(N,'Oluwakemi Adebayo-Rhodes')} <{m(E,'kemi.rhodes@brightwater-labs.io')}>
Phone: {m(P,'+44 7700 981 442')}
Subject: cant log in after password reset

Hi team, since yesterday I'm locked out of the portal. My colleague {m(N,'Declan Ferris')} says the same thing happens on his laptop.
Last successful login came from {m(IP,'81.174.62.19')} according to the email you sent.
Thanks, {m(N,'Kemi')}""")

pos("chat", "en", f"""[09:14] {m(N,'rashid')}: morning all, anyone seen the staging db creds?
[09:15] {m(N,'ingrid.solberg')}: @{m(N,'rashid')} they're in the vault, but fyi the old one was {m(U,'postgres://svc_report:Tr0ub4dor-77@10.20.4.18:5432/reporting')}
[09:15] {m(N,'ingrid.solberg')}: pls don't paste it anywhere else lol
[09:16] {m(N,'rashid')}: thx {m(N,'ingrid')}, rotating it now
[09:21] {m(N,'tomasz')}: @{m(N,'ingrid.solberg')} can you also check if {m(N,'Haruto')} still has access? he left in march""")

pos("email", "en", f"""From: {m(N,'Chidinma Okwuosa')} <{m(E,'c.okwuosa@harrowgate-partners.co.uk')}>
To: {m(N,'Rhys Llewellyn-Price')} <{m(E,'rhys.lp@harrowgate-partners.co.uk')}>
Subject: RE: new starter paperwork

Hi {m(N,'Rhys')},

Got the form back from {m(N,'Aoife Ní Dhonnchadha')} - she starts Monday. Her home address is {m(A,'Flat 4, 19 Cranbourne Terrace')}, Leeds LS6 2QT and her NI number is {m(ID,'JT 48 27 19 B')}. Can you add her to payroll?

Best,
{m(N,'Chidinma')}
--
{m(N,'Chidinma Okwuosa')} | People Operations
Harrowgate Partners LLP | DD {m(P,'+44 (0)113 496 2271')}

> On 3 Jun, {m(N,'Rhys Llewellyn-Price')} wrote:
> Can someone send me the start date for {m(N,'Aoife')}?""")

pos("hr", "en", f"""EMPLOYEE RECORD - CONFIDENTIAL
Name:            {m(N,'Marisol Quintanilla-Reyes')}
Employee ID:     E-20417
Date of birth:   {m(D,'07/22/1986')}
SSN:             {m(S,'518-47-2093')}
Home address:    {m(A,'2207 Juniper Hollow Rd, Apt 12')}
                 Austin, TX 78745
Mobile:          {m(P,'(512) 874-3390')}
Emergency contact: {m(N,'Esteban Quintanilla')} (brother) {m(P,'512-640-1187')}
Manager:         {m(N,'Gwendolyn Ashcroft')}""")

pos("sql", "en", f"""INSERT INTO customers (id, full_name, email, phone, dob, ssn) VALUES
  (1001, '{m(N,'Thaddeus Okoro')}', '{m(E,'t.okoro77@gmail.com')}', '{m(P,'+1 404 872 2819')}', '{m(D,'1979-11-03')}', '{m(S,'431568802')}'),
  (1002, '{m(N,'Beatriz Lindqvist')}', '{m(E,'bea.lindqvist@outlook.com')}', '{m(P,'+1 617 302 7741')}', '{m(D,'1992-02-29')}', '{m(S,'274-91-6630')}'),
  (1003, '{m(N,'Kwabena Asante-Darko')}', '{m(E,'kwabena.ad@protonmail.com')}', '{m(P,'+1 312 908 4412')}', '{m(D,'1968-06-17')}', '{m(S,'352-04-7718')}');""")

pos("csv", "en", f"""order_id,customer,card_number,expiry,billing_street,city,zip
A-77120,{m(N,'Priyanka Raghunathan')},{m(C,cc('4539 7182 0466 315'))},08/27,{m(A,'88 Wexford Street')},Boston,02118
A-77121,{m(N,'Lachlan McAuliffe')},{m(C,cc('5425 2334 3010 910'))},11/26,{m(A,'4410 Marigold Ct')},Tampa,33614
A-77122,{m(N,'Zhou Yuting')},{m(C,cc('3782 822463 1000'))},02/28,{m(A,'19 Harlow Place Unit 6')},Seattle,98109""")

pos("json", "en", f"""{{
  "user": {{
    "id": "usr_8842",
    "displayName": "{m(N,'Ekaterina Volkonskaya')}",
    "email": "{m(E,'katya.volk@fastmail.com')}",
    "phone": "{m(P,'+353 87 412 9937')}",
    "address": {{ "line1": "{m(A,'Apartment 6, 22 Harcourt Terrace')}", "city": "Dublin 2", "country": "IE" }},
    "birthDate": "{m(D,'1990-04-12')}",
    "lastLoginIp": "{m(IP,'2a02:8084:a1c0:3f00:9d2e:41b7:c0de:1a2b')}"
  }}
}}""")

pos("config", "en", f"""# .env  (DO NOT COMMIT)
APP_ENV=production
DATABASE_URL={m(U,'mysql://shopadmin:Kx9!vR2qLm@db-prod-2.internal:3306/shop')}
STRIPE_SECRET_KEY={m(K,'sk_live_'+tok(24))}
SENDGRID_API_KEY={m(K,'SG.'+tok(22)+'.'+tok(43))}
ADMIN_EMAIL={m(E,'ops-alerts@larkspur-retail.com')}
JWT_SECRET={m(K,tok(48))}""")

pos("code", "en", f"""# tests/fixtures/users.py
TEST_USERS = [
    {{"name": "{m(N,'Sibusiso Dlamini')}", "email": "{m(E,'sibusiso.dlamini@mweb.co.za')}", "phone": "{m(P,'+27 82 441 9076')}"}},
    {{"name": "{m(N,'Henrietta Vasquez-Muller')}", "email": "{m(E,'hvm@zoho.eu')}", "phone": "{m(P,'+49 1512 3398471')}"}},
]

def test_signup_normalises_email():
    u = create_user(name="{m(N,'Ravindra Kulasekara')}", email=" {m(E,'Ravi.Kulasekara@Yahoo.com')} ")
    assert u.email == "{m(E,'ravi.kulasekara@yahoo.com')}"
""")

pos("shell", "en", f"""  501  ssh deploy@{m(IP,'172.31.44.207')}
  502  curl -u {m(N,'nkemdirim')}:'{m(K,'h7#Qe2pLw!9z')}' https://ci.internal.lan/api/json
  503  export GITHUB_TOKEN={m(K,'ghp_'+tok(36))}
  504  git push origin feature/invoice-export
  505  psql "{m(U,'postgresql://analytics:Sunfl0wer_2024@' + '10.0.12.9:5432/warehouse')}" -c 'select 1'
  506  history | grep curl""")

pos("log", "en", f"""2024-05-14T08:12:44.118Z INFO  auth.LoginController - login ok user={m(E,'g.abernathy@tollbridge.com')} ip={m(IP,'86.142.19.77')} device_mac={m(MAC,'3C:22:FB:91:0E:4A')}
2024-05-14T08:12:51.902Z WARN  auth.LoginController - failed login user={m(E,'oyelaran.f@tollbridge.com')} ip={m(IP,'92.40.188.23')} attempts=3
2024-05-14T08:13:02.311Z INFO  dhcp - lease {m(IP,'10.4.0.153')} -> {m(MAC,'a4:83:e7:1c:5d:02')} hostname=LT-0419
2024-05-14T08:13:09.007Z INFO  audit - profile updated by {m(N,'Gideon Abernathy')} (id 5521)""")

pos("html", "en", f"""<div class="vcard">
  <span class="fn">Dr. {m(N,'Imogen Treharne')}</span>
  <div class="adr"><span class="street-address">{m(A,'31 Plas Newydd Lane')}</span>, <span class="locality">Aberystwyth</span> SY23 1HX</div>
  <a href="mailto:{m(E,'imogen.treharne@aber-vets.cymru')}">{m(E,'imogen.treharne@aber-vets.cymru')}</a>
  <span class="tel">{m(P,'01970 628 413')}</span>
</div>""")

pos("table", "en", f"""## On-call rota (Q3)

| Week | Primary | Secondary | Mobile |
|------|---------|-----------|--------|
| 27 | {m(N,'Anneliese Drummond')} | {m(N,'Bongani Mthembu')} | {m(P,'+44 7911 203 558')} |
| 28 | {m(N,'Yusuf Al-Rawahi')} | {m(N,'Colm Ó Briain')} | {m(P,'+353 86 774 1290')} |
| 29 | {m(N,'Natsuki Hamasaki')} | {m(N,'Anneliese Drummond')} | {m(P,'07588 412 903')} |""")

pos("invoice", "en", f"""INVOICE No. 2024-0871            Date: 02 April 2024
Bill to:
  {m(N,'Cornelius Fairweather')}
  {m(A,'Unit 4/17 Marine Parade')}
  St Kilda VIC 3182, Australia
Payment by card ending ... paid with {m(C,cc('4916 3380 2217 594'))}
Questions? {m(E,'accounts@quillfeather.com.au')} or {m(P,'+61 3 9537 2218')}
Item                      Qty   Amount
Ergonomic chair            1    AUD 649.00
Delivery                   1    AUD  45.00""")

pos("medical", "en", f"""PATIENT INTAKE FORM - Riverside Family Clinic
Patient name: {m(N,'Delphine Okafor-Whitlock')}          Sex: F
DOB: {m(D,'03/09/1974')}       SSN: {m(S,'603 18 4452')}
Address: {m(A,'1150 Orchard Bend Dr')}, Sacramento CA 95831
Primary phone: {m(P,'916-402-7783')}
Insurance: BlueHarbor PPO (card scanned)
Referring physician: Dr. {m(N,'Anand Thiruvengadam')}
Allergies: penicillin, latex""")

pos("police", "en", f"""INCIDENT REPORT  #24-118302
Reporting officer: Ofc. {m(N,'R. Castellanos')}, badge 4471
On 05/18/2024 at approx. 23:40 the complainant, {m(N,'Tobias Wainwright')} (DOB {m(D,'12/01/1991')}), of {m(A,'78 Sycamore Hill Road')}, reported that his vehicle had been broken into.
Witness {m(N,'Lucinda Marchetti')}, tel. {m(P,'(203) 481-6620')}, stated she saw two males near the car.
Complainant's driver licence: {m(ID,'CT 118-402-775')}.
Property taken: laptop bag containing a passport no. {m(ID,'571840392')}.""")

pos("cv", "en", f"""CURRICULUM VITAE

{m(N,'Adaeze Nwachukwu-Hale')}
{m(A,'42 Belvedere Road')}, London SE19 2HJ
{m(P,'+44 20 8771 4430')} | {m(E,'adaeze.nh@gmail.com')} | linkedin.com/in/adaeze-nh
Date of birth: {m(D,'14 February 1993')}   Nationality: British

EXPERIENCE
2019-present  Senior Data Analyst, Fenwick & Rowe Insurance
2016-2019     Analyst, Metro Transit Authority

REFERENCES
Prof. {m(N,'Hamish Dalgleish')}, University of Edinburgh - available on request""")

pos("travel", "en", f"""BOARDING PASS                     ECONOMY
NAME: {m(N,'OKONKWO/CHIDIEBERE')} MR
FROM: LHR  TO: LOS   FLIGHT: BA075   DATE: 21JUN
SEAT: 34K   GATE: B42   BOARDING: 21:10
PNR: X7QLMT   ETKT 1252183394052
PASSPORT: {m(ID,'A07719354')}""")

pos("bank", "en", f"""Northgate Building Society
{m(A,'9 Priory Close')}
Tewkesbury GL20 5RT

Dear Mrs {m(N,'Penhaligon')},

Re: your account ending 4417

We have received your request to transfer your balance to your account with IBAN {m(I,iban('GB','LOYD 3091 2847 5520 63'))}. The transfer will be completed within two working days.

If you did not make this request, please call us on {m(P,'0345 302 1187')}.

Yours sincerely,
{m(N,'Martin Ebbrell')}
Customer Services""")

pos("court", "en", f"""IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT - DOMESTIC RELATIONS DIVISION

IN RE THE MARRIAGE OF:
{m(N,'DESMOND ALISTAIR PEMBERTON')}, Petitioner,
and
{m(N,'FARIDA NAZARI-PEMBERTON')}, Respondent.          Case No. 2023 D 004471

PETITION FOR DISSOLUTION OF MARRIAGE
1. Petitioner resides at {m(A,'5521 N. Kenmore Ave., Unit 3S')}, Chicago, Illinois 60640, and was born on {m(D,'September 30, 1981')}.
2. Respondent resides at {m(A,'1907 W. Thome Avenue')}, Chicago, Illinois, and was born on {m(D,'January 8, 1984')}.
3. The parties were married on June 14, 2009 in Evanston, Illinois.""")

pos("school", "en", f"""Maple Ridge Middle School - Student Record
Student: {m(N,'Xochitl Hernández-Oyelowo')}    Grade: 7    Homeroom: Mr. {m(N,'Brannigan')}
Date of Birth: {m(D,'2011-10-05')}
Parent/Guardian: {m(N,'Yetunde Oyelowo')}  ph {m(P,'(971) 388-0214')}  email {m(E,'yetunde.oyelowo@icloud.com')}
Home: {m(A,'16400 SW Blackbird Ln')}, Beaverton OR 97007
Notes: allergic to peanuts; may be picked up by grandmother {m(N,'Consuelo Hernández')}.""")

pos("forum", "en", f"""Re: Landlord won't return deposit - what can I do??

posted by {m(N,'wren_mcallister')} » Tue Mar 12, 2024 9:41 pm

ok so update. I moved out of {m(A,'Flat 2B, 61 Rosebery Avenue')} in January and the landlord ({m(N,'Gareth Pryce-Jones')}) still hasn't sent my £950 back. I emailed him at {m(E,'gpj.lettings@btinternet.com')} like five times. His mobile is {m(P,'07723 118904')} but he never picks up. should I go to small claims??""")

pos("git", "en", f"""commit 9f4c2a17e3b08d51f6a2c9e04b7d3f1a8c6e2b90
Author: {m(N,'Ngozi Eze-Campbell')} <{m(E,'ngozi.ezecampbell@users.noreply.gitlab.com')}>
Date:   Thu Feb 29 16:02:11 2024 +0100

    Fix rounding error in VAT calculation

    Reported-by: {m(N,'Lars-Erik Hedström')} <{m(E,'lars-erik.hedstrom@kvarnbo.se')}>

commit 1b0e7d9c44fa2a3e61c8d0b5a9e7f2d3c4b5a6e1
Author: {m(N,'Vikram Seshadri')} <{m(E,'vseshadri@fastmail.fm')}>
Date:   Wed Feb 28 11:47:55 2024 +0530

    Remove hard-coded key ({m(K,'AKIA' + tok(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}) from deploy script""")

pos("changelog", "en", f"""# Changelog

## [3.8.0] - 2024-04-02
### Added
- CSV export for invoices (thanks @{m(N,'mireille-fontaine')}!)
- Dark mode toggle, contributed by {m(N,'Tadeusz Wierzbicki')}
### Fixed
- Crash when the address field contained an emoji (#1142, reported by {m(N,'Oyinkansola B.')})""")

pos("chat", "en", f"""{m(N,'Fiona Gallagher-Oduya')}  10:02 AM
hey @{m(N,'dmitri')} the customer called again, Mrs. {m(N,'Achterberg')}, she says her card {m(C,cc('5312 6601 9874 302'))} was charged twice

{m(N,'Dmitri Antonescu')}  10:04 AM
ugh. can you send me her phone? I'll call her back

{m(N,'Fiona Gallagher-Oduya')}  10:04 AM
{m(P,'+1 (415) 836-2291')} - she prefers afternoons

{m(N,'Dmitri Antonescu')}  10:05 AM
👍 and pls don't paste full card numbers in here {m(N,'fiona')}, use the last 4""")

pos("minutes", "en", f"""MINUTES - Product Council, 11 April 2024
Attendees: {m(N,'Björk Sigurðardóttir')} (chair), {m(N,'Oisín Mac Giolla Phádraig')}, {m(N,'Lindiwe Khumalo')}, {m(N,'Guo Mingzhe')}, {m(N,'Tamar Ben-Haim')}
Apologies: {m(N,'Eszter Horváth-Kiss')}

1. Roadmap review - {m(N,'Lindiwe')} presented Q2 priorities. Agreed to move SSO ahead of reporting.
2. Pricing - {m(N,'Guo')} to circulate new tiers by Friday.
3. AOB - {m(N,'Tamar')} asked that customer names be removed from the shared slides.
Actions: {m(N,'Oisín')} - book external review; {m(N,'Björk')} - update board pack.""")

pos("crm", "en", f"""Contact: {m(N,'Anselm Okereke')}
Company: Tidewater Freight Ltd
Title: Procurement Lead
Email: {m(E,'a.okereke@tidewater-freight.ng')}
Direct: {m(P,'+234 803 417 2260')}
Office: {m(A,'14 Adeola Odeku Street')}, Victoria Island, Lagos
Last activity: call with {m(N,'Shreya Balasubramanian')} on 2024-03-28 - interested in annual plan
Next step: send quote; cc his assistant {m(N,'Folake')}""")

pos("config", "en", f"""# config/production.yaml
server:
  port: 8443
database:
  host: pg-main.prod.svc
  user: billing_rw
  password: "{m(K,'wN4$rTq8!ePz2Lx')}"
mail:
  smtp_url: {m(U,'smtps://notifier:ZxQ7-pl0m-88@smtp.mailhub.net:465')}
  from: "Billing <{m(E,'billing@quaywise.com')}>"
oncall_contact: {m(E,'hiroshi.tanabe@quaywise.com')}""")

pos("code", "en", f"""@Test
void rejectsExpiredCard() {{
    Customer c = new Customer("{m(N,'Wilhelmina Achebe')}", "{m(E,'w.achebe@corvid-mail.com')}");
    c.setBillingAddress(new Address("{m(A,'2290 Fernhill Drive')}", "Columbus", "OH", "43221"));
    PaymentCard card = new PaymentCard("{m(C,cc('4024007193461'+'48'))}", YearMonth.of(2021, 3));
    assertThrows(CardExpiredException.class, () -> checkout.pay(c, card));
}}""")

pos("code", "en", f"""// seed.js - local dev data
const users = [
  {{ name: '{m(N,'Caoimhe Brennan')}', email: '{m(E,'caoimhe.b@eircom.net')}', ssn: '{m(S,'219-38-5507')}' }},
  {{ name: '{m(N,'Babajide Olatunji')}', email: '{m(E,'jide.olatunji@gmail.com')}', ssn: '{m(S,'455 72 1906')}' }},
];
const stripe = require('stripe')('{m(K,'sk_live_'+tok(28))}');""")

pos("tax", "en", f"""Form W-2 Wage and Tax Statement 2023
a  Employee's social security number   {m(S,'387-52-9014')}
b  Employer identification number (EIN)  84-3372915
c  Employer's name, address: Granite Peak Outfitters Inc, {m(A,'400 Commerce Way')}, Boise ID 83702
e  Employee's first name and initial   Last name
   {m(N,'Jolene M.')}                        {m(N,'Vandersloot')}
f  Employee's address: {m(A,'7713 W Hollyhock St')}, Meridian ID 83646
1  Wages, tips, other comp.  58,412.77""")

pos("form", "en", f"""RENTAL APPLICATION
Applicant: {m(N,'Marcus Adeyemi-Thorne')}      Date of birth: {m(D,'04/11/1989')}
Current address: {m(A,'3318 Peachtree Rd NE Apt 1407')}, Atlanta GA 30326
Phone: {m(P,'404.772.1950')}   Email: {m(E,'marcus.at@me.com')}
SSN: {m(S,'256.41.8837')}      Driver's license #: {m(ID,'058214773')} (GA)
Co-applicant: {m(N,'Simone Adeyemi-Thorne')}   DOB {m(D,'09/27/1990')}
Previous landlord: {m(N,'Harold Kittredge')}, {m(P,'(678) 309-4415')}""")

pos("shipping", "en", f"""DELIVERY NOTE   DN-88231
Ship to:  {m(N,'Mehmet Yıldırımoğlu')}
          {m(A,'Unit 7, 140 Hollis Street')}
          Halifax NS B3J 1T8, Canada
Tel:      {m(P,'+1 902-481-3306')}
Carrier:  Purolator   Tracking: 335 911 447 002
Contents: 2x replacement filters, 1x manual
Signed for by: {m(N,'R. Yildirimoglu')}""")

pos("insurance", "en", f"""CLAIM FORM - MOTOR
Policy holder: {m(N,'Eilidh MacFarlane')}        Policy no.: MTR-3391-0027
Date of birth: {m(D,'18.06.1977')}
Address: {m(A,'12 Glenlyon Crescent')}, Perth PH2 7LQ
Driving licence no.: {m(ID,'MACFA706187E99LK')}
Third party: {m(N,'Kofi Boateng-Mensah')}, {m(P,'07400 319 552')}, insurer Albion Direct
Description: reversing out of a parking bay at the Tesco on Dunkeld Road, third party's vehicle struck the rear bumper.""")

pos("email", "en", f"""Hi {m(N,'Padraig')},

Thanks for sorting the laptop. Could you also whitelist my home IP ({m(IP,'94.12.205.81')}) for the VPN? And my new phone's MAC is {m(MAC,'F0-18-98-4C-A2-7E')} if you need it for the wifi.

cheers
{m(N,'Saoirse')}

-----Original Message-----
From: {m(N,'Padraig Ó Súilleabháin')} <{m(E,'padraig.osullivan@lirtech.ie')}>
Sent: 08 May 2024 15:22
To: {m(N,'Saoirse Ní Mhurchú')}
Subject: laptop ready

Your laptop's ready for collection at reception.""")

pos("k8s", "en", f"""apiVersion: v1
kind: Secret
metadata:
  name: payments-api
type: Opaque
stringData:
  PAYPAL_CLIENT_SECRET: "{m(K,'EKq' + tok(45))}"
  REDIS_URL: "{m(U,'redis://default:' + 'pYq83mZt1LwA@redis-payments.prod:6379/0')}"
  ALERT_EMAIL: "{m(E,'payments-oncall@fernleaf.io')}\"""")

pos("key", "en", f"""$ cat ~/.ssh/id_ed25519
-----BEGIN OPENSSH PRIVATE KEY-----
{m(K,'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + NL + tok(70) + NL + tok(70) + NL + tok(40) + '==')}
-----END OPENSSH PRIVATE KEY-----
$ # oops wrong terminal, rotating. -- {m(N,'kwame')}""")

pos("log", "en", f"""{m(IP,'66.249.79.14')} - - [12/Mar/2024:10:22:31 +0000] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
{m(IP,'109.158.33.201')} - {m(N,'hkowalczyk')} [12/Mar/2024:10:22:35 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh)"
{m(IP,'2600:1700:5a40:8e10::3c')} - - [12/Mar/2024:10:22:40 +0000] "GET /static/app.js HTTP/2.0" 304 0 "-" "curl/8.4.0"
{m(IP,'109.158.33.201')} - {m(N,'hkowalczyk')} [12/Mar/2024:10:22:41 +0000] "GET /reset?email={m(E,'helena.kowalczyk@onet.pl')} HTTP/1.1" 200 812""")

pos("network", "en", f"""# /etc/dhcp/dhcpd.conf - static leases, office 3rd floor
host printer-3f {{ hardware ethernet {m(MAC,'00:1B:A9:4F:22:C1')}; fixed-address {m(IP,'10.3.0.20')}; }}
host laptop-0041 {{ hardware ethernet {m(MAC,'8c:85:90:3a:7e:11')}; fixed-address {m(IP,'10.3.0.41')}; }}  # {m(N,'Ayodele Bankole')}
host phone-0042 {{ hardware ethernet {m(MAC,'DC:A6:32:0B:9F:58')}; fixed-address {m(IP,'10.3.0.42')}; }}  # {m(N,'Ruairí Mac Lochlainn')}""")

pos("ticket", "en", f"""JIRA SUP-4471: Customer cannot update billing details
Reporter: {m(N,'Anjali Chatterjee-Ross')}
Assignee: {m(N,'Bartholomew Nkemelu')}
Description:
Customer {m(N,'Valentina Sørensen')} ({m(E,'valentina.sorensen@live.dk')}) tried to change her card to {m(C,cc('3530 1113 3330 000'))} and got error 500.
Her account was created with the phone {m(P,'+45 31 47 92 08')}.
Steps: Settings > Billing > Update > Save
Env: prod, web, Chrome""")

pos("chat", "en", f"""<{m(N,'jacinta')}> anyone know the wifi pw for the guest network
<{m(N,'obi')}> it's {m(K,'Marmalade!Sky#2024')} i think
<{m(N,'jacinta')}> ty
<{m(N,'obi')}> np. oh and {m(N,'Perpetua')} asked if you could call her, {m(P,'0412 883 107')}
<{m(N,'jacinta')}> will do""")

pos("email", "en", f"""Subject: Wire instructions - closing on {m(A,'27 Blackthorn Way')}

Hi Mr. and Mrs. {m(N,'Haverford')},

For Friday's closing, please wire the balance to our escrow account:
Bank: Evergreen Trust
IBAN: {m(I,iban('DE','3702 0500 0008 8412 79'))}
Reference: ESC-27BW-0614

Regards,
{m(N,'Leopoldine Carrington')}
Carrington Title & Escrow
{m(P,'+1 503 291 6680')} | {m(E,'lcarrington@carringtontitle.com')}""")

pos("medical", "en", f"""DISCHARGE SUMMARY
Patient: {m(N,'Abimbola Fadahunsi')}   MRN: 00483921   DOB: {m(D,'1958-12-24')}
Admitted: 2024-02-11   Discharged: 2024-02-16
Attending: Dr. {m(N,'Saskia Bruinsma')}
Diagnosis: community-acquired pneumonia
Follow-up with GP Dr. {m(N,'Ifeanyi Udeh')} in 2 weeks. Daughter {m(N,'Temitope')} ({m(P,'07950 331 264')}) to collect prescriptions.""")

pos("visa", "en", f"""VISA APPLICATION - PART A
Surname: {m(N,'NGUYEN-TRAN')}        Given names: {m(N,'BAO CHAU')}
Date of birth (dd/mm/yyyy): {m(D,'30/07/1995')}      Place of birth: Da Nang
Passport number: {m(ID,'C4829173')}   Issued: 14/01/2022  Expires: 13/01/2032
Home address: {m(A,'Số 18 ngõ 45 phố Hào Nam')}, Đống Đa, Hà Nội
Contact e-mail: {m(E,'baochau.nt95@gmail.com')}   Telephone: {m(P,'+84 912 447 083')}""")

pos("rental", "en", f"""VEHICLE RENTAL AGREEMENT  RA 0039912
Renter: {m(N,'Ignatius Mbeki-Larsson')}
Licence: {m(ID,'LARSS809153IM9AB')} (UK)    DOB {m(D,'15 Sep 1980')}
Card on file: AMEX {m(C,cc('3714 496353 9843'))}
Vehicle: Ford Transit Custom, reg. LN23 XKT
Pick-up: Gatwick North 09:00   Return: Gatwick North 18:00""")

pos("hr", "en", f"""Subject: Payroll change - effective 1 July

Please update bank details for the following staff:
- {m(N,'Roisin Devlin')}: new IBAN {m(I,iban('IE','AIBK 9311 5212 3456 78'))}
- {m(N,'Kaveh Farahani')}: new IBAN {m(I,iban('NL','INGB 0006 5488 31'))}
- {m(N,'Ulrike Brandstätter')}: new IBAN {m(I,iban('AT','1904 3002 3457 3201'))}
Approved by {m(N,'Thandiwe Ncube')}, Finance""")

pos("sms", "en", f"""From: {m(P,'+1 647 209 3381')}
hey it's {m(N,'Zainab')} from the open house on Sat - my sister {m(N,'Ruqayya')} is interested in the 2-bed at {m(A,'88 Dunvegan Rd, unit 5')}. can you text her at {m(P,'647-883-1290')}? thx""")

pos("tsv", "en", "id\tname\temail\tphone\tcountry" + NL
    + f"17\t{m(N,'Alejandro Etxeberria')}\t{m(E,'a.etxeberria@euskalnet.net')}\t{m(P,'+34 688 21 47 90')}\tES" + NL
    + f"18\t{m(N,'Nomvula Sithole')}\t{m(E,'nomvula.s@webmail.co.za')}\t{m(P,'+27 71 904 2268')}\tZA" + NL
    + f"19\t{m(N,'Hamza Benali')}\t{m(E,'hamza.benali@orange.fr')}\t{m(P,'+33 6 47 18 92 05')}\tFR" + NL
    + f"20\t{m(N,'Pham Thi Lan Anh')}\t{m(E,'lananh.pham@fpt.vn')}\t{m(P,'+84 90 318 4472')}\tVN")

pos("attendees", "en", f"""Workshop: Accessible Design Patterns - registered attendees
1. {m(N,'Mariam Tadesse')} - Addis Design Studio
2. {m(N,'Hallvard Eikeland')} - freelance
3. {m(N,'Rukhsana Qureshi')} - NHS Digital
4. {m(N,'Tiago Albuquerque')} - Lisbon Council
5. {m(N,'Eun-ji Seo')} - Kakao
6. {m(N,'Cathal Ó Dálaigh')} - TCD
Dietary: {m(N,'Rukhsana')} halal, {m(N,'Tiago')} vegetarian""")

pos("ticket", "en", f"""Zendesk #930114
From: {m(N,'Aminata Diallo')} <{m(E,'aminata.diallo@yahoo.fr')}>
hello, i ordered on your site but the parcel went to my old address {m(A,'47 Rue Carnot')}, 94100 Saint-Maur instead of my new one, {m(A,'12 Allée des Tilleuls, Bât C, Apt 31')}, 94210 La Varenne. Order 6631-0092. Please help!! my number is {m(P,'06 12 84 37 90')}""")

pos("booking", "en", f"""Booking confirmation - Hotel Alpenrose, Innsbruck
Guest: {m(N,'Nkechi Obiora')}     Guests: 2 adults
Check-in: 14 Aug 2024   Check-out: 18 Aug 2024
Guaranteed with card: {m(C,cc('5555 3412 8810 776'))}
Additional guest: {m(N,'Florian Obiora-Weiss')}
Passport no. (main guest): {m(ID,'B2X9L40K7')}
Contact: {m(P,'+43 660 318 2274')}""")

pos("chat", "en", f"""#it-helpdesk
{m(N,'nadia.haddad')}: printer on 4 is dead again 🙃
{m(N,'callum')}: which one
{m(N,'nadia.haddad')}: the one by {m(N,'Ibrahim')}'s desk
{m(N,'callum')}: mac address on the sticker?
{m(N,'nadia.haddad')}: {m(MAC,'001e.0bc4.7a12')}
{m(N,'callum')}: ok it dropped its lease, rebooting it""")

pos("bank", "en", f"""ACCOUNT OPENING - PERSONAL
Title: Ms   First name: {m(N,'Ottilie')}   Surname: {m(N,'Fairbrother-Singh')}
Date of birth: {m(D,'22/03/1996')}   NI number: {m(ID,'PW 73 81 46 C')}
Residential address: {m(A,'Flat 9, Kestrel House, 5 Wharf Lane')}, Bristol BS1 6AH
Time at address: 2 yrs 4 months
Email: {m(E,'ottie.fs@gmail.com')}   Mobile: {m(P,'+447825310964')}""")

pos("forum", "en", f"""Title: Anyone else getting this scam text?

Got a text from {m(P,'+1 (786) 304-9921')} saying my Amazon account was locked and asking me to confirm my SSN. Obviously not sending it but the weird part is they had my full name ({m(N,'Roderick Ashby')}) and street ({m(A,'3409 Palmetto Ln')}). Reported to FTC.""")

pos("git", "en", f"""$ git log --format='%an <%ae> %s' -5
{m(N,'Kalinda Rao')} <{m(E,'kalinda.rao@helixwave.dev')}> bump deps
{m(N,'Kalinda Rao')} <{m(E,'kalinda.rao@helixwave.dev')}> fix flaky test
{m(N,'Svetozar Petković')} <{m(E,'svetozar@petkovic.rs')}> add serbian locale
{m(N,'Ilse Vermeulen')} <{m(E,'ilse@vermeulen.be')}> Bump lodash from 4.17.20 to 4.17.21
{m(N,'Wairimu Kariuki')} <{m(E,'wairimu.k@helixwave.dev')}> docs: typo""")

pos("letter", "en", f"""{m(N,'Eleri Vaughan')}
{m(A,'Tŷ Gwyn, 3 Heol y Felin')}
Llandeilo SA19 6HF

14th May 2024

Dear Sir or Madam,

I am writing to object to planning application 24/00871/FUL for the land adjacent to my home. My neighbour {m(N,'Iolo Prydderch')} at {m(A,'5 Heol y Felin')} shares my concerns.

Yours faithfully,
{m(N,'Eleri Vaughan')}""")

pos("background", "en", f"""BACKGROUND CHECK REQUEST
Candidate full legal name: {m(N,'Jedidiah Okonjo-Reyes')}
Other names used: {m(N,'Jed Reyes')}
SSN: {m(S,'509 66 3127')}     DOB: {m(D,'Aug 2, 1987')}
Current address: {m(A,'901 Magnolia Blvd #214')}, Burbank CA 91506
Previous address: {m(A,'42-18 Bell Blvd, Apt 3F')}, Bayside NY 11361
Authorised by: {m(N,'Priscilla Haugen')}, HR Business Partner""")

pos("loan", "en", f"""LOAN APPLICATION - STEP 2 OF 4 (auto-saved)
applicant_first = "{m(N,'Rosalind')}"
applicant_last = "{m(N,'Achterhof')}"
ssn = "{m(S,'622-09-4518')}"
dob = "{m(D,'1983-05-19')}"
employer = "Harbor Lights Credit Union"
monthly_income = 6200
bank_routing = "021000021"
debit_card = "{m(C,cc('6011 0009 9013 942'))}\"""")

pos("prescription", "en", f"""Rx #7730192     Fill date 03/02/2024
Patient: {m(N,'ALVARADO, MIGUEL ÁNGEL')}     DOB {m(D,'10/30/1949')}
{m(A,'615 E Camelback Rd Apt 22')}, Phoenix AZ
Prescriber: {m(N,'L. Oyebanji')}, MD    NPI 1730482219
Lisinopril 10 mg tab, #30, 1 PO daily, refills: 5""")

pos("vet", "en", f"""Pawsitive Care Veterinary - Client record
Owner: {m(N,'Gráinne Fitzsimons')}   Phone: {m(P,'087 229 4416')}
Address: {m(A,'2 Ashgrove Lawn')}, Ballincollig, Co. Cork
Pet: "Biscuit" (beagle, M, 4y)
Notes: owner's partner {m(N,'Tadhg')} usually brings him in; pays by card ending 8841.""")

pos("teams", "en", f"""[11:02] {m(N,'Olamide Ajayi')}
@{m(N,'Sunniva')} did the vendor send the new API key?

[11:05] {m(N,'Sunniva Rølvåg')}
yes: {m(K,'pk_' + tok(8, '0123456789abcdef') + '_' + tok(32, '0123456789abcdef'))}
it's the production one so handle with care

[11:06] {m(N,'Olamide Ajayi')}
perfect, thanks. I'll put it in the vault and delete this message""")

pos("signature", "en", f"""Kind regards,

{m(N,'Mohammed Al-Sayegh')}
Regional Sales Manager, MENA
Falconridge Industrial Supplies
Office: {m(P,'+971 4 388 2140')} | Mobile: {m(P,'+971 50 631 7729')}
{m(A,'Office 1204, Al Moosa Tower 2')}, Sheikh Zayed Road, Dubai
{m(E,'m.alsayegh@falconridge.ae')}""")

pos("yaml", "en", f"""# ansible/group_vars/db.yml
postgres_admin_user: dba
postgres_admin_password: "{m(K,'Qv7tX2#mK9wLp4Rs')}"
replication_url: "{m(U,'postgres://replicator:r3pl1c4te-NOW@' + '10.40.1.12:5432/postgres')}"
backup_s3_secret: "{m(K,tok(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'))}"
maintainer: "{m(N,'Evander Mackintosh')} <{m(E,'evander.m@ops.tallyho.io')}>\"""")

pos("school", "en", f"""Permission slip - Year 5 trip to the Natural History Museum
Child's name: {m(N,'Amara Osei-Bonsu')}   Class: 5B
Date of birth: {m(D,'11/06/2014')}
Parent/carer: {m(N,'Kwesi Osei-Bonsu')}   Emergency tel: {m(P,'07903 184 552')}
Medical info: mild asthma (inhaler in bag)
Signed: {m(N,'K. Osei-Bonsu')}""")

pos("gym", "en", f"""MEMBERSHIP AGREEMENT - IronGate Fitness
Member: {m(N,'Rasmus Thorvaldsen')}   Member #: 22-0891
DOB: {m(D,'March 3rd 1998')}
Address: {m(A,'1880 Lakeshore Blvd W, Suite 1906')}, Toronto ON M8V 0A1
Direct debit from account: {m(I,iban('FR','20041 01005 0500013M026 06'))}
Emergency contact: {m(N,'Siv Thorvaldsen')}  {m(P,'+47 913 44 820')}""")

pos("support", "en", f"""Live chat transcript - 2024-06-03 14:11
Agent ({m(N,'Marguerite')}): Hi, thanks for contacting TelcoNet. How can I help?
Customer: hi my internet keeps dropping. router mac {m(MAC,'b8:27:eb:6a:3f:90')}
Agent ({m(N,'Marguerite')}): Thanks. Can I have the account holder's name and date of birth for verification?
Customer: {m(N,'Abdirahman Warsame')}, {m(D,'2 jan 1985')}
Agent ({m(N,'Marguerite')}): Thank you {m(N,'Abdirahman')}. I can see your public IP is {m(IP,'82.132.214.9')} and the line is syncing at 38 Mbps...""")

pos("passport", "en", f"""UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND - PASSPORT (data page, transcribed)
Surname / Nom: {m(N,'WHITTINGHAM')}
Given names / Prénoms: {m(N,'CORDELIA ROSE')}
Nationality: BRITISH CITIZEN
Date of birth / Date de naissance: {m(D,'08 NOV /NOV 88')}
Passport No. / Passeport No.: {m(ID,'533817264')}
Date of expiry: 19 APR /AVR 33""")

pos("slack", "en", f"""{m(N,'lukas')} [4:51 PM]
who has the aws root creds? need to fix billing alarm
{m(N,'gabriela')} [4:52 PM]
@{m(N,'lukas')} {m(N,'Keanu')} had them last. Access key {m(K,'AKIA' + tok(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))} secret {m(K,tok(40))}
{m(N,'lukas')} [4:52 PM]
😬 thanks but we really need to move this to SSO""")

pos("email", "en", f"""To: {m(E,'recruiting@arborline.com')}
Subject: Application - Junior Developer (ref JD-117)

Dear Hiring Team,

please find my CV attached. A little about me: I'm {m(N,'Ifeoma Chukwuemeka')}, I graduated from UNILAG in 2022 and moved to Manchester last year. I can be reached on {m(P,'07412 660 981')}.

Thank you,
{m(N,'Ifeoma')}
{m(A,'56 Ladybarn Lane')}, Manchester M14 6WP""")

pos("csv", "en", f"""emp_no;last_name;first_name;birth_date;ssn;hire_date
30041;{m(N,'Grünewald')};{m(N,'Bettina')};{m(D,'1972-08-14')};{m(S,'147-83-2206')};2015-01-12
30042;{m(N,'Oduya')};{m(N,'Mercy')};{m(D,'1995-12-03')};{m(S,'388-20-6147')};2021-09-01
30043;{m(N,'Kaczmarczyk')};{m(N,'Oskar')};{m(D,'1988-01-27')};{m(S,'092-71-5533')};2019-04-15""")

pos("incident", "en", f"""SECURITY INCIDENT SIR-2024-017
Summary: credentials for the reporting service were committed to a public repo by {m(N,'Benedikt Auer')}.
Leaked value: {m(U,'https://report_bot:Gr33nT3a-Lemon@' + 'reports.corp-internal.net/api')}
Detected by: {m(N,'Shiori Kanda')} (SecOps) on 2024-04-22 09:14 UTC
Source IPs seen using the credential: {m(IP,'45.83.64.201')}, {m(IP,'185.220.101.7')}
Status: credential rotated, repo history rewritten.""")

pos("ticket", "en", f"""Subject: URGENT refund not received!!!

hi, my name is {m(N,'ebunoluwa sanyaolu')} and I returned the blender 3 weeks ago. still no refund on my visa {m(C,cc('4485-2930-1176-480'))}. i called {m(P,'1-800-726-4413')} twice and they said to email. my address is {m(A,'2219 n 54th st')} milwaukee wi 53208. PLEASE respond""")

pos("minutes", "en", f"""Board of Directors - Oakfield Housing Co-operative
Meeting held 9 January 2024 at the community hall
Present: {m(N,'Marjorie Whitcombe')} (Chair), {m(N,'Devendra Pillai')} (Treasurer), {m(N,'Agnieszka Sobczak')}, {m(N,'Lloyd Akintola')}, {m(N,'Fenella Crabtree')}
In attendance: {m(N,'Ruth Abernethy-Oyelaran')} (minutes)
3. Arrears - the Treasurer reported that the tenant at {m(A,'Flat 12, 4 Oakfield Row')} is three months behind. {m(N,'Lloyd')} to write to the tenant.
4. Repairs - {m(N,'Fenella')} confirmed the roof at {m(A,'18-20 Mill Street')} is now fixed.""")

pos("json", "en", f"""[
  {{"passenger": "{m(N,'ADEBAYO/OLUWATOSIN')} MS", "dob": "{m(D,'1991-03-15')}", "passport": "{m(ID,'A10472953')}", "nationality": "NGA"}},
  {{"passenger": "{m(N,'HALVORSEN/TRYGVE')} MR", "dob": "{m(D,'1978-11-02')}", "passport": "{m(ID,'FH3301279')}", "nationality": "NOR"}}
]""")

pos("form", "en", f"""Conference registration - speaker details
Full name: Dr {m(N,'Nilufar Rahmanova')}
Affiliation: Tashkent Institute of Irrigation
Email: {m(E,'n.rahmanova@tiiame.uz')}
Mobile (WhatsApp): {m(P,'+998 90 174 28 63')}
Passport (for visa letter): {m(ID,'FA4027718')}
Date of birth: {m(D,'17.04.1982')}""")

pos("chat", "en", f"""WhatsApp - Flatmates 🏠
[21/03/24, 19:02] {m(N,'Kezia')}: rent's due friday ppl
[21/03/24, 19:03] {m(N,'Tunde')}: send the details again?
[21/03/24, 19:05] {m(N,'Kezia')}: {m(N,'K Abernathy-Lowe')}, sort code 20-45-77, acc 41873390, or IBAN {m(I,iban('GB','BARC 2045 7741 8733 90'))}
[21/03/24, 19:05] {m(N,'Wojtek')}: 👍
[21/03/24, 19:20] {m(N,'Tunde')}: done""")

pos("log", "en", f"""Jun 03 02:14:55 vpn-gw01 charon: 09[IKE] {m(IP,'31.94.22.178')} is initiating an IKE_SA
Jun 03 02:14:55 vpn-gw01 charon: 09[IKE] authentication of '{m(E,'s.okafor@meridianbank.ng')}' with EAP successful
Jun 03 02:14:56 vpn-gw01 charon: 09[IKE] IKE_SA vpn[4412] established between {m(IP,'172.16.0.1')}[vpn.meridian]...{m(IP,'31.94.22.178')}
Jun 03 02:14:56 vpn-gw01 charon: 09[IKE] assigning virtual IP {m(IP,'10.99.0.57')} to peer '{m(E,'s.okafor@meridianbank.ng')}'""")

pos("recipe_blog", "en", f"""This recipe comes from my grandmother {m(N,'Philomena Agbaje')}, who ran a little chop bar on {m(A,'3 Ojuelegba Road')} in the 70s. My cousin {m(N,'Chukwudi')} swears her version had more pepper. If you try it, tag me @{m(N,'adaugo')} 😊""")

pos("hr", "en", f"""Offer letter - acknowledgement
I, {m(N,'Sebastián Altamirano Quispe')}, accept the position of Site Engineer.
Tax ID / SSN: {m(S,'451 82 0937')}
Date of birth: {m(D,'5/14/1990')}
Bank for salary: IBAN {m(I,iban('ES','2100 0418 4502 0005 1332'))}
Signature: ______________  Date: 2024-05-30""")

pos("shell", "en", f"""root@build-07:~# cat /root/.netrc
machine artifacts.corp.lan login {m(N,'gwilym')} password {m(K,'Daffodil#Rain88')}
root@build-07:~# git clone {m(U,'https://gwilym.ap-rhys:glpat-' + tok(20) + '@gitlab.corp.lan/platform/infra.git')}
Cloning into 'infra'...
root@build-07:~# ip link show eth0 | grep ether
    link/ether {m(MAC,'52:54:00:9e:1d:b7')}""")

pos("email", "en", f"""From: {m(N,'Hyacinth Bello-Osagie')} <{m(E,'hyacinth.bo@gmail.com')}>
Subject: Fwd: your parcel

hiya, forwarding this - it's for Auntie {m(N,'Rebekah')}, can you drop it round? she's at {m(A,'22 Gorsedd Gardens')} now, not the old place on Bute St.

---------- Forwarded message ---------
From: ParcelPoint <{m(E,'noreply@parcelpoint-notify.com')}>
Date: Mon, 13 May 2024
Your parcel for {m(N,'REBEKAH BELLO')} could not be delivered.""")

pos("crm", "en", f"""Lead #LD-55810
Name: {m(N,'Tjaša Kranjc')}
Company: Alpina Optics d.o.o.
Email: {m(E,'tjasa.kranjc@alpina-optics.si')}
Phone: {m(P,'+386 41 338 912')}
Source: trade fair Munich, stand B2.114
Notes: knows {m(N,'Dragan')} from our Zagreb office; wants demo with Ms. {m(N,'Kranjc')}'s CTO {m(N,'Matevž Zupančič')}""")

pos("code", "en", f"""# scripts/migrate_users.py
import psycopg2

# TODO move to secrets manager
conn = psycopg2.connect("{m(U,'postgresql://migrator:W1nter!sComing@' + '192.168.50.12/legacy')}")
OWNER = "{m(N,'Isambard Okoye')}"  # ask him before running in prod
SLACK_WEBHOOK = "https://hooks.slack.com/services/T0{tok(8,'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B0{tok(8,'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/{m(K,tok(24))}\"""")

pos("medical", "en", f"""EMERGENCY DEPARTMENT TRIAGE NOTE
Pt: {m(N,'Gunnhild Tveiten')}, 71 y/o F, DOB {m(D,'02-Feb-1953')}
Brought in by son {m(N,'Eirik Tveiten')} (contact {m(P,'+1 206 413 7752')})
Lives at {m(A,'4521 Fauntleroy Way SW')}, Seattle
Medicare ID: {m(ID,'4TR7-JK2-PX91')}
c/o chest pain x 2h, BP 162/94, HR 104""")

pos("hr", "en", f"""Exit interview notes - {m(N,'Montgomery Achterberg-Osei')}
Interviewer: {m(N,'Priya Venkatesan')}
Reasons for leaving: relocation to Lisbon with partner {m(N,'Inês')}
Forwarding address: {m(A,'Rua da Rosa 212, 2.º Dto')}, 1200-389 Lisboa
Personal email for P45: {m(E,'monty.ao@hotmail.co.uk')}""")

pos("chat", "en", f"""Discord #general
{m(N,'Tiberius')} — Today at 18:04
lol {m(N,'marek')} your ip is showing in the screenshot
{m(N,'Tiberius')} — Today at 18:04
{m(IP,'178.43.102.66')}
{m(N,'marek')} — Today at 18:05
bruh. deleting""")

pos("csv", "en", f""""Name","Street","City","Postcode","Phone","Date of Birth"
"{m(N,'Aurelio Benedetti')}","{m(A,'14 Beaumont Street')}","Oxford","OX1 2NA","{m(P,'01865 772 304')}","{m(D,'12/12/1960')}"
"{m(N,'Kiri Te Whatu')}","{m(A,'Flat 3, 27 Canal Street')}","Nottingham","NG1 7EH","{m(P,'0115 948 2210')}","{m(D,'01/07/1983')}"
"{m(N,'Nuala Breathnach')}","{m(A,'9 Lismore Close')}","Bath","BA2 1QR","{m(P,'07855 203 147')}","{m(D,'23/05/1999')}\"""")

pos("police", "en", f"""WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B)
Statement of: {m(N,'Bronwen Tegwen Probert')}
Age if under 18: over 18     Occupation: Pharmacist
Address: {m(A,'17 Bryn Road')}, Swansea SA2 0AP     Tel: {m(P,'07818 442 093')}
Date of birth: {m(D,'29/10/1979')}

On Saturday evening I was working at the pharmacy when a man I now know to be {m(N,'Craig Lewis-Hathaway')} came in and became abusive towards my colleague {m(N,'Mererid')}.""")

pos("court", "en", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

{m(N,'LEONIDAS PAPADIMITRIOU')},
                Plaintiff,
        v.                                   Civil Action No. 2:23-cv-04417
QUANTUM HARBOR LOGISTICS, INC.,
                Defendant.

DECLARATION OF {m(N,'ANASTASIA KOUTSOGIANNI')}
I, {m(N,'Anastasia Koutsogianni')}, declare as follows:
1. I reside at {m(A,'88 Bergen Turnpike, Apt 4')}, Little Ferry, New Jersey.
2. I worked with Plaintiff {m(N,'Papadimitriou')} from 2017 to 2022.""")

pos("backup", "en", f"""# crontab -l  (user: backup)
15 2 * * * /usr/bin/rsync -az /srv/data/ {m(U,'rsync://bkp:x4Mq9pT7vZ@nas01.home.arpa/data')}
30 2 * * * /usr/local/bin/mongodump --uri="{m(U,'mongodb://backup:Blu3berry-Muffin@' + '10.0.0.15:27017/admin')}" --out /backups/mongo
# contact {m(N,'Hesketh')} if this fails: {m(P,'+44 7700 182 664')}""")

pos("invoice", "en", f"""TAX INVOICE  #INV-30018
From: {m(N,'Olusegun Adeleke')} (sole trader)
{m(A,'2/41 Pitt Street')}, Redfern NSW 2016
To: Bluegum Creative Pty Ltd
Services: photography, 12 April 2024 ........ $1,450.00
GST ........................................ $145.00
Please pay to BSB 062-000, account 1234 5678 or via PayID {m(E,'segun.photos@gmail.com')}""")

pos("db_dump", "en", f"""mysql> SELECT id, username, email, last_ip, password_hash FROM users LIMIT 3;
+----+-----------------+----------------------------------+-----------------+--------------------------------------+
| id | username        | email                            | last_ip         | password_hash                        |
+----+-----------------+----------------------------------+-----------------+--------------------------------------+
|  1 | admin           | {m(E,'admin@hollowpine.net')}             | {m(IP,'10.1.1.5')}        | $2y$10$e0MYzXyjpJS7Pd0RVvHwHe... |
|  2 | {m(N,'greta.lindholm')}  | {m(E,'greta.lindholm@hollowpine.net')}    | {m(IP,'83.250.17.132')}   | $2y$10$K8dO1zA6bPp0w4GJr9yYUe... |
|  3 | {m(N,'tobenna')}         | {m(E,'tobenna.e@gmail.com')}              | {m(IP,'102.89.44.17')}    | $2y$10$7QJ0f3JpGzH1sVqjYbW1oO... |
+----+-----------------+----------------------------------+-----------------+--------------------------------------+""")

pos("email", "en", f"""Hi all,

Quick intro: {m(N,'Radhika')} meet {m(N,'Emeka')}, {m(N,'Emeka')} meet {m(N,'Radhika')}. 
{m(N,'Radhika Iyengar')} runs procurement at Solenne and {m(N,'Emeka Nwosu-Adair')} is our new account lead for APAC.
{m(N,'Emeka')} - {m(N,'Radhika')}'s direct line is {m(P,'+65 6732 4410')}.

Best,
{m(N,'Ansgar')}""")

pos("kyc", "en", f"""KYC CHECKLIST - retail onboarding
Customer: {m(N,'Rajesh Kumar Subramaniam')}
PAN: {m(ID,'BQKPS4471M')}
Aadhaar (masked): XXXX XXXX 4471
Passport: {m(ID,'Z4417285')} (Republic of India)
DOB: {m(D,'19-08-1976')}
Residential address: {m(A,'Flat 11B, Sai Krupa Apartments, 4th Cross, Malleswaram')}, Bengaluru 560003
Mobile: {m(P,'+91 98450 31276')}""")

pos("ticket", "en", f"""[Freshdesk] Ticket 55120 - Address change
Requester: {m(N,'Hoang Van Duc')}
Message:
Dear support, please change my delivery address to {m(A,'302-1180 Denman Street')}, Vancouver BC V6G 2M9. My phone also changed: {m(P,'604-331-9087')}. My wife {m(N,'Le Thi Mai')} may receive the parcel.
Thank you""")

pos("chat", "en", f"""Teams - Project Kestrel
{m(N,'Bjørnar')}: @{m(N,'Chiamaka')} do you have the test card for the sandbox?
{m(N,'Chiamaka')}: use the real one from finance, {m(C,cc('5206 8400 0047 311'))} exp 09/26 - joke, don't, use the sandbox ones lol
{m(N,'Bjørnar')}: 😂 ok""")

pos("pdf_form", "en", f"""APPLICATION FOR REPLACEMENT SOCIAL SECURITY CARD
1. NAME TO BE SHOWN ON CARD: {m(N,'WINONA ELSPETH TALLCHIEF')}
   FULL NAME AT BIRTH IF OTHER: {m(N,'WINONA ELSPETH GREYEAGLE')}
2. SOCIAL SECURITY NUMBER: {m(S,'530 44 8192')}
3. PLACE OF BIRTH: Tahlequah, OK      4. DATE OF BIRTH: {m(D,'06/03/1966')}
8. MAILING ADDRESS: {m(A,'11 Cherokee Ridge Rd')}, Park Hill OK 74451
9. DAYTIME PHONE: {m(P,'918 456 2079')}""")

pos("email", "en", f"""Subject: re: re: tuition payment

Dear Mr. {m(N,'Ogunleye')},

Thank you. We received €2,400 from IBAN {m(I,iban('BE','6891 2345 6732'))} for student {m(N,'Tolulope Ogunleye')} (student no. 20231147).

Bursar's Office
Université Libre - International Admissions""")

pos("security", "en", f"""Pentest finding #7 - Hard-coded credentials in mobile app
File: assets/config.json
  "api_base": "{m(U,'https://mobile_svc:Q2wE3rT4y!@api.fieldnote.app/v2')}",
  "maps_key": "{m(K,'AIza' + tok(35))}"
Found by: {m(N,'Yevhenia Kostiuk')}
Recommendation: remove, rotate, and fetch at runtime.""")

pos("application", "en", f"""Scholarship Application 2024
Applicant: {m(N,'Wanjiku Njoroge')}
Date of Birth: {m(D,'21st June 2004')}
National ID No.: {m(ID,'31742096')} (Kenya)
Postal address: P.O. Box 4120-00100, Nairobi
Phone: {m(P,'+254 722 418 305')}
Guardian: {m(N,'Peter Njoroge Mwangi')}""")

# ---------------------------------------------------------------- English, hard negatives

neg("release_notes", "en", """Release notes - Agent 10.4.2.1
- Upgraded bundled OpenSSL to 3.0.13
- Minimum supported server is now 8.12.0.4
- Fixed a regression introduced in 10.4.1.7 where the tray icon disappeared
Build: 2024.06.11.1842 (commit 4e1f9a0c)""")

neg("legal", "en", """12.3.4.1 Notwithstanding clause 9.2.1.6, the Supplier shall maintain records for seven (7) years.
12.3.4.2 Any notice under this Agreement shall be given in accordance with Schedule 4, paragraph 2.1.1.3.
See also Regulation (EU) 2016/679, Art. 28(3)(h), and ISO/IEC 27001:2022 control A.5.23.""")

neg("docs", "en", """## Example request

```
curl -X POST https://api.example.com/v1/contacts \\
  -H "Authorization: Bearer <YOUR_API_TOKEN>" \\
  -d '{"name": "<full name>", "email": "jane@example.com", "phone": "+1 555 0100"}'
```

Replace `<YOUR_API_TOKEN>` with the token from your dashboard. Never commit real tokens.""")

neg("env_example", "en", """# .env.example - copy to .env and fill in
DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=<your-key>
ADMIN_PASSWORD=********
JWT_SECRET=${JWT_SECRET}""")

neg("git", "en", """$ git remote -v
origin  git@github.com:harborlight/payments-service.git (fetch)
origin  git@github.com:harborlight/payments-service.git (push)
upstream  https://github.com/harborlight-oss/payments-core.git (fetch)
$ git describe --tags
v2.18.3-14-g7ac91d2""")

neg("shipping", "en", """Shipment status
Tracking number: 1Z 8V4 27E 03 4471 9920
Order no.: 4017-5520-9183-0064
Invoice: INV-2024-000418
Weight: 2.4 kg   Dimensions: 40 x 30 x 12 cm
Destination ZIP: 30309-4417
Estimated delivery: Thu, 06/13/2024""")

neg("vehicles", "en", """Fleet inventory - Q2
3x Ford Transit 350 (2022), 1x Mercedes-Benz Sprinter, 2x Toyota Hilux
IT: 14x Dell Latitude 7440, 6x Lenovo ThinkPad T14s, 2x Apple MacBook Pro 14
Phones: 20x Samsung Galaxy A54, model SM-A546B/DS
Service contract with Johnson Controls, renewal 2025-01-31""")

neg("hospital_info", "en", """Visiting hours at St. Peter's Hospital (Chertsey) are 11:00-20:00. Maternity visiting at St. Mary's Hospital is restricted to birth partners.
Parking is available on Guildford Road. For the Royal Marsden, take the 213 bus from Sutton station.
Emergency: call 999. Non-emergency: 111.""")

neg("history", "en", """The Congress of Vienna (1814-1815) was dominated by Metternich, Talleyrand and Castlereagh. Napoleon's escape from Elba in February 1815 interrupted the negotiations, and the final act was signed on 9 June 1815, nine days before Waterloo. Historians such as Eric Hobsbawm later described the settlement as the beginning of the "age of revolution".""")

neg("hashes", "en", """Artifacts
sha256  3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea  agent-10.4.2.tar.gz
md5     9e107d9d372bb6826bd81d3542a419d6
request-id: 6f1c2a7e-4b9d-4c3e-9a51-2d7f0e8b4c11
trace_id=00f067aa0ba902b7 span_id=4bf92f3577b34da6""")

neg("isbn", "en", """Reading list - Distributed Systems
1. Designing Data-Intensive Applications, ISBN 978-1-4493-7332-0
2. Database Internals, ISBN 978-1-4920-4034-7
3. Site Reliability Engineering, ISBN 978-1-4919-2912-4
DOI for the Raft paper: 10.5555/2643634.2643666""")

neg("chemistry", "en", """Reagents: sodium chloride (CAS 7647-14-5), ethanol (CAS 64-17-5), acetone (CAS 67-64-1).
Store below 25 °C. UN 1090, packing group II. EC number 200-662-2.
Batch 2024-0613-07, lot L4471-B, expiry 2026-06-30.""")

neg("sports", "en", """Premier League results, Saturday
Arsenal 2-1 Chelsea
Everton 0-0 Brentford
Aston Villa 3-2 Newcastle United
Attendance at Villa Park: 42,640. Next fixture 14.09 at 15:00.""")

neg("phones_fiction", "en", """For the screenplay, all on-screen numbers must come from the reserved fictional range:
(202) 555-0147, (312) 555-0183 and 555-0199. Toll-free examples may use 1-800-555-0100.
Do not use any other number, even in the background of a shot.""")

neg("uuid", "en", """{"event":"order.created","id":"evt_01HXQ2V3G8ZT5K9M4R7N6P2W1A","order_id":"b7c4e0d2-93a1-4f6e-8d25-71c0a9f3e4b8","amount":4999,"currency":"EUR","created":1718112000}""")

neg("streets", "en", """Directions: from the station walk down Abraham Lincoln Boulevard, turn left at Martin Luther King Jr. Avenue, then continue past Nelson Mandela Square. The venue is opposite the Charles Darwin Building on the university campus.""")

neg("brands", "en", """Gift guide: Calvin Klein underwear sets, a Hugo Boss watch, Tommy Hilfiger polos, Ralph Lauren bath towels and a bottle of Jack Daniel's. For the kids, a Ben & Jerry's voucher and a Marks & Spencer hamper.""")

neg("dates", "en", """Key dates
- Contract signed: 14 March 2022
- Go-live: 01/07/2023
- Warranty expires: 2026-06-30
- Next audit: 15.11.2024
- Company founded on 3 February 1998 in Leeds""")

neg("log", "en", """2024-06-11 03:00:01 INFO  scheduler - job nightly-export started (run 2024061103)
2024-06-11 03:00:07 INFO  exporter - wrote 48213 rows to s3://reports-bucket/exports/2024/06/11/part-0001.parquet
2024-06-11 03:00:07 INFO  exporter - checksum 8c3f2a91d0e4b7a6
2024-06-11 03:00:08 INFO  scheduler - job nightly-export finished in 7.214s (exit 0)""")

neg("placeholders", "en", """Customer name: ____________________
Date of birth: __/__/____
SSN: XXX-XX-XXXX
Card number: **** **** **** 4417
Email: [redacted]
Phone: [removed]""")

neg("browser", "en", """User agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36 Edg/124.0.2478.67
Screen: 1920x1080  DPR: 1.25  Timezone: Europe/London""")

neg("snmp", "en", """snmpwalk -v2c -c public localhost 1.3.6.1.2.1.1
SNMPv2-MIB::sysObjectID.0 = OID: 1.3.6.1.4.1.8072.3.2.10
HOST-RESOURCES-MIB::hrSWRunName.1 = STRING: "systemd"
enterprise OID 1.3.6.1.4.1.2021.10.1.3.1""")

neg("places", "en", """Itinerary: fly into Santa Barbara, drive to San José, then Lake Louise and Victoria. Last stop St. Helens before flying home via Charles de Gaulle. Overnight at the Grand Hotel Carlton, Cannes.""")

neg("company", "en", """Vendors approved for FY25: Ernst & Young LLP (audit), Johnson & Johnson (medical supplies), Morgan Stanley (treasury), Dr. Oetker (catering), Philip Morris is excluded under our ESG policy. VAT reg. GB 284 3917 55; company no. 08812344.""")

neg("commands", "en", """# How to connect (documentation)
ssh <username>@<bastion-host>
mysql -h db.internal -u $DB_USER -p
export API_KEY="your-api-key-here"
curl -u "$USER:$TOKEN" https://ci.internal/api/json""")

neg("invoice", "en", """INVOICE 2024-11873
Supplier: Brightline Print Ltd   VAT GB 318 4472 91
PO number: 4500018823      Customer ref: 7730-2291-0048
Item 1: A4 leaflets, 5000 pcs ...... £412.00
Item 2: Delivery ................... £18.50
Payment terms: 30 days. Bank: sort code and account on request.""")

neg("docs_email", "en", """To configure notifications, set `alerts.email` to an address such as ops@example.com or alerts@example.org. For testing you can use user@localhost. The default sender is no-reply@example.net.""")

neg("math", "en", """Exercise 4.2.1: Show that for all n ≥ 1, 1 + 2 + ... + n = n(n+1)/2.
Exercise 4.2.2: Compute 192.168 × 10.4 to two decimal places.
Answer key: 4.2.1 by induction; 4.2.2 = 2001.35""")

neg("weather", "en", """Met Office forecast for Wednesday 12 June: highs of 19 °C, winds NW 15-25 mph, pressure 1013 hPa. Sunrise 04:43, sunset 21:18. UV index 5. Pollen: high. Coordinates 51.5072, -0.1276.""")

neg("timecode", "en", """Edit decision list
001  AX  V  C  00:14:32:07 00:14:41:19 01:00:00:00 01:00:09:12
002  AX  V  C  00:22:05:11 00:22:09:03 01:00:09:12 01:00:13:04
Frame rate 25 fps; total runtime 01:42:17:05""")

neg("sku", "en", """Price list
SKU 4006381333931  Stabilo pens, 10 pack  £6.49
SKU 5010993481129  Lego Classic 11022     £29.99
SKU 0885909950805  Apple USB-C adapter    £19.00
EAN codes scanned at till 07, shift 2""")

neg("test_cards", "en", """When testing the checkout locally, the payment gateway accepts only the dummy number 0000 0000 0000 0000 with any future expiry and CVC 000. Any other number returns error code 4011-0003.""")

neg("mac_like", "en", """Stopwatch splits (4 x 400 m relay)
leg 1 00:52:31
leg 2 00:51:08
leg 3 00:53:47
leg 4 00:50:19
total 03:27:45:00 hundredths""")

neg("forum", "en", """Re: best budget laptop for uni?
honestly just get a Dell Inspiron or a ThinkPad E14. my brother had a HP Pavilion and the hinge broke after a year. whatever you do avoid anything with 8 GB RAM in 2024 lol""")

neg("config", "en", """# nginx.conf excerpt
server {
    listen 443 ssl http2;
    server_name shop.internal;
    ssl_certificate     /etc/ssl/certs/shop.pem;
    ssl_certificate_key /etc/ssl/private/shop.key;
    proxy_pass http://shop-backend:8080;
    client_max_body_size 20m;
}""")

neg("code", "en", """public final class Person {
    private final String firstName;
    private final String lastName;
    private LocalDate dateOfBirth;

    public String getFullName() { return firstName + " " + lastName; }
    public boolean isAdult(Clock clock) { return Period.between(dateOfBirth, LocalDate.now(clock)).getYears() >= 18; }
}""")

neg("error", "en", """java.lang.IllegalStateException: password must not be null
    at com.harborlight.auth.PasswordPolicy.validate(PasswordPolicy.java:88)
    at com.harborlight.auth.SignupService.register(SignupService.java:142)
    at com.harborlight.web.SignupController.post(SignupController.java:57)
Caused by: javax.validation.ConstraintViolationException: email: must be a well-formed email address""")

neg("recipe", "en", """Victoria sponge: 225 g butter, 225 g caster sugar, 4 eggs, 225 g self-raising flour. Bake at 180 °C (gas 4) for 20-25 minutes. Named after Queen Victoria, who reportedly enjoyed a slice with her afternoon tea. Serves 8-10.""")

neg("bank_docs", "en", """IBAN structure: a two-letter country code, two check digits and up to 30 alphanumeric characters (BBAN). In Germany the format is DEkk bbbb bbbb cccc cccc cc, where b is the bank code and c the account number. SWIFT/BIC codes such as DEUTDEFF or COBADEFFXXX identify banks, not customers.""")

neg("stats", "en", """Regression output
Coefficients: intercept 12.4471, age 0.0932, income 1.2e-05
R-squared 0.4417, adj. 0.4390, F-statistic 172.9 on 3 and 4412 DF, p-value < 2.2e-16
Observations: 4,416""")

neg("meeting", "en", """Agenda - Sprint 42 review
1. Demo of the new onboarding flow (Payments squad)
2. Incident INC-2291 post-mortem
3. Capacity for sprint 43: 2 people on leave, 1 public holiday (Whit Monday)
4. AOB
Room: Ada Lovelace (3rd floor). Dial-in details in the calendar invite.""")

neg("dependency", "en", """[INFO] --- maven-dependency-plugin:3.6.1:tree ---
[INFO] com.harborlight:ledger:jar:2.4.0-SNAPSHOT
[INFO] +- org.springframework.boot:spring-boot-starter-web:jar:3.2.5:compile
[INFO] |  \\- org.apache.tomcat.embed:tomcat-embed-core:jar:10.1.20:compile
[INFO] +- com.fasterxml.jackson.core:jackson-databind:jar:2.17.0:compile
[INFO] \\- org.postgresql:postgresql:jar:42.7.3:runtime""")

neg("citation", "en", """Authorities: [2019] EWCA Civ 1044; [1994] 1 AC 212; [1932] UKHL 100; [2020] UKSC 42. See 42 U.S.C. § 1983 and Fed. R. Civ. P. 12(b)(6).""")

neg("serial", "en", """Asset tag: HL-LT-004471
Serial: 5CG3471QZK
Service tag: 8H2K7Q3
Firmware: 1.22.0 (BIOS 2.14.1)
Warranty until: 2027-03-31""")

neg("phones_public", "en", """Emergency numbers in Europe: 112 (all EU), 999 (UK), 911 (US and Canada). Ambulance in Germany: 112; police: 110. In fiction use 555-0134.""")

# ---------------------------------------------------------------- German

pos("email", "de", f"""Von: {m(N,'Annegret Schwarzkopf')} <{m(E,'a.schwarzkopf@kanzlei-schwarzkopf.de')}>
An: {m(N,'Jürgen Wöllner')}
Betreff: AW: Mietvertrag Wohnung 3. OG

Hallo Herr {m(N,'Wöllner')},

anbei der unterschriebene Mietvertrag für die Wohnung in der {m(A,'Körnerstraße 17, 3. OG links')}, 04107 Leipzig. Die Kaution überweisen Sie bitte auf folgendes Konto:
IBAN: {m(I,iban('DE','8605 0000 1100 4471 93'))}
Bei Rückfragen erreichen Sie mich unter {m(P,'0341 2251 8870')}.

Mit freundlichen Grüßen
{m(N,'Annegret Schwarzkopf')}
Rechtsanwältin""")

pos("hr", "de", f"""PERSONALBOGEN
Name, Vorname: {m(N,'Oyelaran-Brandt, Ifeoluwa')}
Geburtsdatum: {m(D,'03.11.1991')}     Geburtsort: Hamburg
Anschrift: {m(A,'Am Mühlbach 7a')}, 22307 Hamburg
Steuer-ID: {m(ID,'47 291 836 054')}
Sozialversicherungsnummer: {m(ID,'12 031191 O 517')}
Bankverbindung: {m(I,iban('DE','2005 0550 1234 5678 90'))}
Telefon privat: {m(P,'040 6382 1147')}   Mobil: {m(P,'+49 176 2231 8840')}""")

pos("chat", "de", f"""[08:47] {m(N,'Kai')}: moin zusammen, weiß jemand das Passwort für den Testserver?
[08:48] {m(N,'Swantje')}: @{m(N,'Kai')} steht im Wiki, aber hier: {m(K,'Fischbrötchen!2024')}
[08:48] {m(N,'Swantje')}: bitte nicht weitergeben 😅
[08:52] {m(N,'Kai')}: danke {m(N,'swantje')}! ach und {m(N,'Dariusz')} fragt, ob du ihn kurz anrufen kannst: {m(P,'0160 9923 4471')}""")

pos("invoice", "de", f"""RECHNUNG Nr. 2024-0316
{m(N,'Hülya Demirtaş')} · Grafikdesign · {m(A,'Sonnenallee 221')} · 12059 Berlin

An:
Bäckerei Vollkorn GmbH
z. Hd. Herrn {m(N,'Wolfram Edelmann')}
{m(A,'Hauptstraße 5')}
15831 Mahlow

Leistung: Logo-Entwicklung, pauschal ........ 1.200,00 €
USt. 19 % .......................................... 228,00 €
Bitte überweisen an {m(I,iban('DE','1001 0010 0987 6543 21'))} innerhalb von 14 Tagen.
Steuernummer: 29/512/04417""")

pos("police", "de", f"""Polizeipräsidium München - Anzeige wegen Diebstahls
Geschädigte: {m(N,'Liesel Aufderheide')}, geb. {m(D,'27.05.1948')}
Wohnhaft: {m(A,'Schleißheimer Str. 114, Rückgebäude')}, 80797 München
Ausweis-Nr.: {m(ID,'L01X4RT79')}
Sachverhalt: Der Geschädigten wurde am 02.06.2024 gegen 14:15 Uhr in der U-Bahn die Handtasche entwendet. Zeuge: {m(N,'Konstantin Aliyev')}, Tel. {m(P,'+49 89 4411 2093')}.""")

pos("arzt", "de", f"""Überweisungsschein
Versicherte/r: {m(N,'Ottokar Brünnhilde-Senf')}   geb. am {m(D,'9. Juli 1955')}
Krankenversichertennr.: {m(ID,'K482917305')}
Anschrift: {m(A,'Bahnhofstr. 3')}, 79098 Freiburg
Überweisung an: Facharzt für Kardiologie, Dr. med. {m(N,'Ramadani')}
Diagnose: I25.9""")

pos("sql", "de", f"""-- Testdaten (bitte vor Go-Live löschen!)
INSERT INTO kunden (vorname, nachname, strasse, plz, ort, geburtsdatum, email) VALUES
('{m(N,'Friedhelm')}', '{m(N,'Kötter')}', '{m(A,'Im Kirchfeld 12')}', '48143', 'Münster', '{m(D,'1966-04-30')}', '{m(E,'f.koetter@t-online.de')}'),
('{m(N,'Svetlana')}', '{m(N,'Rempel')}', '{m(A,'Lindenallee 8b')}', '33602', 'Bielefeld', '{m(D,'1989-10-21')}', '{m(E,'sveta.rempel@gmx.net')}');""")

pos("ticket", "de", f"""Betreff: Lieferadresse falsch!!
Hallo, ich habe gestern bestellt (Bestellnr. 302-4471-1183) aber die Adresse ist falsch. Richtig ist: {m(N,'Mustafa Karagöz')}, {m(A,'Wiener Platz 4, Hinterhaus, 2. Stock')}, 51065 Köln. Handy {m(P,'0152 0443 7781')}. Danke!""")

pos("config", "de", f"""# application-prod.properties
spring.datasource.url=jdbc:postgresql://db01.intern:5432/erp
spring.datasource.username=erp_app
spring.datasource.password={m(K,'Z9u!kLw#42pQ')}
mail.smtp.uri={m(U,'smtp://newsletter:Herbst-Laub-77@' + 'mail.intern.waldner-gmbh.de:587')}
# Ansprechpartner: {m(N,'Waltraud Pfisterer')}, {m(E,'w.pfisterer@waldner-gmbh.de')}""")

pos("lebenslauf", "de", f"""LEBENSLAUF
Persönliche Daten
Name:            {m(N,'Wenzel Habermann')}
Geburtsdatum:    {m(D,'21. Januar 1994')} in Dresden
Anschrift:       {m(A,'Alaunstraße 62')}, 01099 Dresden
Telefon:         {m(P,'+49 (0)351 8104 227')}
E-Mail:          {m(E,'wenzel.habermann@posteo.de')}
Familienstand:   ledig""")

pos("at", "de", f"""Meldezettel (Österreich)
Familienname: {m(N,'Pfeiffenberger')}   Vorname: {m(N,'Theresia')}
Geburtsdatum: {m(D,'14.08.1970')}
Unterkunft: {m(A,'Mariahilfer Straße 88/2/14')}, 1070 Wien
Reisepass Nr.: {m(ID,'P2418357')}
Unterkunftgeber: {m(N,'Ferdinand Zöhrer')}""")

pos("ch", "de", f"""Guten Tag Frau {m(N,'Brügger')}

Wir bestätigen die Eröffnung Ihres Kontos. Ihre IBAN lautet {m(I,iban('CH','0483 5012 3456 7800 9'))}.
AHV-Nr.: {m(ID,ahv('756447122890'))}
Korrespondenzadresse: {m(A,'Spalenberg 21')}, 4051 Basel

Freundliche Grüsse
{m(N,'Reto Aebischer')}, Kundenberater, Tel. {m(P,'+41 61 266 44 71')}""")

pos("teams", "de", f"""{m(N,'Jana Kühnemund')} 10:14
@{m(N,'Björn')} kannst du bitte den MAC vom neuen Drucker freischalten? {m(MAC,'00-80-77-4A-1C-E9')}
{m(N,'Björn Stegemann')} 10:20
erledigt, hat jetzt {m(IP,'192.168.20.35')}. Sag {m(N,'Ömer')} Bescheid, dass er wieder drucken kann""")

neg("docs", "de", """Hinweis zum Datenschutz: Im Formular bitte keine echten Daten eintragen. Beispiel: Vorname Nachname, Straße Hausnummer, PLZ Ort, vorname.nachname@example.com. Die IBAN im Beispiel (DE00 0000 0000 0000 0000 00) ist ungültig.""")

neg("bahn", "de", """Ihre Verbindung: ICE 1007 ab München Hbf 14:28, Gleis 19 - an Berlin Hbf 18:31. Umstieg nicht erforderlich. Auftragsnummer: 7731 4482 9910. Wagen 12, Plätze 41-44. Gültig am 21.06.2024.""")

neg("strassen", "de", """Der Umzug der Verwaltung erfolgt in drei Etappen. Die Buslinie 100 fährt über die Karl-Marx-Allee zum Ernst-Reuter-Platz, weiter über die Konrad-Adenauer-Straße bis zur Goethe-Universität. Die Haltestelle Rosa-Luxemburg-Platz entfällt vorübergehend.""")

neg("gesetz", "de", """Gemäß § 26 Abs. 1 Satz 1 BDSG i. V. m. Art. 6 Abs. 1 lit. b DSGVO ist die Verarbeitung zulässig. Vgl. BGH, Urteil vom 12.07.2018 - III ZR 183/17, BGHZ 219, 243; BGBl. I S. 2097.""")

neg("software", "de", """Update auf Version 4.18.2.0 verfügbar. Änderungen seit 4.17.9.3: Fehlerbehebungen im Modul Lohnabrechnung, neue ELSTER-Schnittstelle (ERiC 39.4.6.0). Build 20240611-1447.""")

# ---------------------------------------------------------------- French

pos("email", "fr", f"""De : {m(N,'Ségolène Vautrin-Diallo')} <{m(E,'segolene.vautrin@laposte.net')}>
Objet : Re: dossier de location

Bonjour Monsieur {m(N,'Lefebvre-Marchal')},

Suite à notre échange, je vous confirme mon adresse actuelle : {m(A,'17 rue des Tanneurs, 2e étage')}, 67000 Strasbourg.
Mon garant sera mon oncle, {m(N,'Mamadou Diallo')}, joignable au {m(P,'06 71 24 88 03')}.

Bien cordialement,
{m(N,'Ségolène')}

> Le 4 juin 2024 à 10:12, {m(N,'Gérald Lefebvre-Marchal')} a écrit :
> Merci de m'envoyer un justificatif de domicile.""")

pos("secu", "fr", f"""ATTESTATION DE DROITS - Assurance Maladie
Assuré(e) : Mme {m(N,'Clémence Aubertin')}
N° de sécurité sociale : {m(ID,nir('2840775112048'))}
Née le : {m(D,'12/07/1984')}
Adresse : {m(A,'Résidence Les Pins, bât. B, 12 avenue Jean-Jaurès')}, 13090 Aix-en-Provence
Médecin traitant : Dr {m(N,'Farid Belkacem')}""")

pos("chat", "fr", f"""[14:02] {m(N,'Maxence')} : salut @{m(N,'Nadège')}, t'as le code du wifi de la salle de réunion ?
[14:03] {m(N,'Nadège')} : oui c'est {m(K,'Croissant_Beurre#57')}
[14:03] {m(N,'Maxence')} : merci {m(N,'nadège')} 🙏
[14:05] {m(N,'Nadège')} : de rien. au fait {m(N,'Aurélien')} est malade aujourd'hui, il t'a laissé son numéro : {m(P,'07 58 13 92 46')}""")

pos("facture", "fr", f"""FACTURE N° F-2024-0412
Émetteur : {m(N,'Timothée Garnier-Ndiaye')}, auto-entrepreneur
{m(A,'3 impasse des Lilas')}, 44300 Nantes
Client : Boulangerie Au Bon Pain
Prestation : refonte du site web ....... 2 400,00 €
Règlement par virement : IBAN {m(I,iban('FR','30003 01234 00050601234 18'))}""")

pos("police", "fr", f"""PROCÈS-VERBAL D'AUDITION
L'an deux mille vingt-quatre, le quinze mai, devant nous, OPJ,
Se présente : {m(N,'ROUSSEL Apolline, Marie, Jeanne')}
Née le {m(D,'3 février 1992')} à Lyon (69)
Demeurant {m(A,'41 cours Gambetta')}, 69003 Lyon
Carte nationale d'identité n° {m(ID,'X4RTBPFW4')}
Qui déclare : « Le 14 mai vers 22 h, mon vélo a été volé devant chez mon ami {m(N,'Yanis Boukhari')}. »""")

pos("cv", "fr", f"""{m(N,'Anaïs Lecoq-Mbappé')}
Ingénieure logiciel
{m(A,'88 boulevard de la Liberté')} - 59000 Lille
{m(P,'+33 6 44 12 90 71')} · {m(E,'anais.lecoq@protonmail.com')}
Née le {m(D,'26/09/1995')} - permis B

EXPÉRIENCE
2021-2024  Développeuse Java, Decathlon Digital""")

pos("be", "fr", f"""Service public fédéral Finances - Avertissement-extrait de rôle
Contribuable : {m(N,'Baudouin Vanderstraeten')}
Numéro national : {m(ID,'85.07.30-033.28')}
Adresse : {m(A,'Rue de la Loi 155, boîte 3')}, 1040 Etterbeek
Remboursement sur le compte {m(I,iban('BE','3100 1234 5661'))}""")

pos("ticket", "fr", f"""Objet : Problème de connexion
Bonjour, je m'appelle {m(N,'Hélène Kerbrat')}, mon compte est bloqué depuis hier. Mon identifiant c'est {m(E,'helene.kerbrat29@free.fr')}. J'habite {m(A,'2 chemin de Kerhuel')}, 29000 Quimper si ça peut aider. Mon adresse IP d'après votre message : {m(IP,'88.172.140.21')}. Merci d'avance !""")

pos("qc", "fr", f"""Formulaire d'inscription - CPE Les Petits Pas (Montréal)
Enfant : {m(N,'Léa-Rose Tremblay-Okafor')}   Date de naissance : {m(D,'2021-03-18')}
Parent 1 : {m(N,'Maxime Tremblay')}   Cell. : {m(P,'514 903-2271')}
Parent 2 : {m(N,'Chinonso Okafor')}   Courriel : {m(E,'chinonso.okafor@videotron.ca')}
Adresse : {m(A,'4470, rue Saint-Denis, app. 3')}, Montréal QC H2J 2L1
No d'assurance maladie (RAMQ) : {m(ID,'TREL 2153 1812')}""")

pos("rgpd", "fr", f"""Demande d'accès (art. 15 RGPD)
Madame, Monsieur,
Je soussigné {m(N,'Gaspard Delacroix-Ben Amor')}, né le {m(D,'08.12.1979')}, demeurant {m(A,'9 place du Marché')}, 21000 Dijon, vous demande copie de toutes les données me concernant, notamment celles associées à l'adresse {m(E,'gaspard.dba@orange.fr')} et au numéro {m(P,'03 80 41 27 66')}.""")

pos("log", "fr", f"""2024-05-02 09:41:17 [ERREUR] Échec d'authentification pour {m(E,'jean-baptiste.rivoire@mairie-annecy.fr')} depuis {m(IP,'90.105.48.33')}
2024-05-02 09:41:39 [INFO] Connexion réussie pour {m(E,'jean-baptiste.rivoire@mairie-annecy.fr')} depuis {m(IP,'90.105.48.33')}
2024-05-02 09:43:02 [INFO] Poste {m(MAC,'E4:5F:01:3A:9B:C7')} enregistré (utilisateur {m(N,'jbrivoire')})""")

neg("histoire", "fr", """La Révolution française débute en 1789. Louis XVI est exécuté le 21 janvier 1793 ; Robespierre tombe le 9 thermidor an II (27 juillet 1794). Napoléon Bonaparte est sacré empereur le 2 décembre 1804 à Notre-Dame.""")

neg("lieux", "fr", """Rendez-vous à la gare Saint-Lazare, puis métro ligne 12 jusqu'à Jules Joffrin. L'hôpital Georges-Pompidou et le lycée Victor-Hugo sont à proximité. Parking rue Jean-Jaurès (payant).""")

neg("produit", "fr", """Notice : Renault Clio V, moteur TCe 90, réf. 8201 446 977. Pression des pneus 2,3 bar. Vidange tous les 30 000 km. Pièce d'origine n° 7701 478 531. Garantie 3 ans.""")

neg("juridique", "fr", """Vu les articles L. 1232-1 et L. 1235-3 du Code du travail ; Cass. soc., 13 sept. 2017, n° 16-13.578 ; CE, 19 juill. 2019, n° 424216. Article 9 du Code civil.""")

# ---------------------------------------------------------------- Spanish

pos("email", "es", f"""De: {m(N,'Itziar Goikoetxea')} <{m(E,'itziar.goiko@euskaltel.net')}>
Para: {m(N,'Rodrigo Valcárcel')}
Asunto: RE: contrato de alquiler

Hola {m(N,'Rodrigo')}:

Te paso mis datos para el contrato:
DNI: {m(ID,dni(72418836))}
Domicilio actual: {m(A,'Calle Mayor 12, 3º B')}, 20001 Donostia
Fecha de nacimiento: {m(D,'4 de marzo de 1990')}
Cuenta para la devolución de la fianza: {m(I,iban('ES','0081 0216 7100 0123 4567'))}

Un saludo,
{m(N,'Itziar')}
{m(P,'+34 688 412 093')}""")

pos("chat", "es", f"""[10:31] {m(N,'Maite')}: buenos días!! alguien tiene el teléfono de {m(N,'Quique')}?
[10:32] {m(N,'Fernando Ruiz-Tagle')}: sí, {m(P,'655 21 47 90')}
[10:32] {m(N,'Maite')}: graciass {m(N,'fernando')}
[10:40] {m(N,'Quique')}: me habéis llamado? estaba en el metro jaja""")

pos("nie", "es", f"""SOLICITUD DE CERTIFICADO DE EMPADRONAMIENTO
Nombre y apellidos: {m(N,'Oksana Melnychuk')}
NIE: {m(ID,nie('Y',4471832))}
Fecha de nacimiento: {m(D,'17/08/1987')}
Domicilio: {m(A,'C/ de Toledo 88, 2º izq.')}, 28005 Madrid
Teléfono: {m(P,'+34 631 904 227')}""")

pos("factura", "es", f"""FACTURA Nº 2024/118
{m(N,'Bernardo Ostolaza Urquijo')} - NIF {m(ID,dni(30982214))}
{m(A,'Avda. de la Constitución 34, local 2')}, 41001 Sevilla
Cliente: Talleres Guadalquivir S.L. (CIF B41234567)
Concepto: reparación de maquinaria ...... 860,00 €
IVA 21% ................................. 180,60 €
Pago con tarjeta: {m(C,cc('4940 1900 3312 788'))}""")

pos("mx", "es", f"""SOLICITUD DE CRÉDITO - DATOS DEL SOLICITANTE
Nombre: {m(N,'Ximena Cuauhtli Ramírez')}
CURP: {m(ID,'CURX890412MDFHMM07')}
RFC: {m(ID,'CURX890412KL3')}
Fecha de nacimiento: {m(D,'12 de abril de 1989')}
Domicilio: {m(A,'Av. Insurgentes Sur 1602, Int. 7')}, Col. Crédito Constructor, 03940 CDMX
Celular: {m(P,'+52 55 4127 9803')}""")

pos("ar", "es", f"""Buenas! Soy {m(N,'Facundo Iturralde')}, les escribo por el reclamo 88213. El técnico nunca vino a {m(A,'Av. Corrientes 4450, piso 6 depto. B')}, CABA. Mi DNI es {m(ID,'32.447.118')} y mi cel {m(P,'+54 9 11 5832-4471')}. Saludos.""")

pos("cl", "es", f"""CERTIFICADO DE ANTIGÜEDAD LABORAL
Se certifica que don {m(N,'Benjamín Araya Villalobos')}, RUT {m(ID,rut(16448203))}, con domicilio en {m(A,'Pasaje Los Aromos 1180')}, Maipú, se desempeña en nuestra empresa desde marzo de 2016.
Se extiende el presente a petición del interesado.
{m(N,'Constanza Pizarro')}, Jefa de RR.HH.""")

pos("sql", "es", f"""INSERT INTO pacientes (nombre, apellidos, fecha_nac, telefono, email) VALUES
('{m(N,'Remedios')}', '{m(N,'Carballo Iglesias')}', '{m(D,'1951-01-09')}', '{m(P,'986 43 21 07')}', NULL),
('{m(N,'Yeray')}', '{m(N,'Santana Cabrera')}', '{m(D,'2003-07-22')}', '{m(P,'+34 628 310 447')}', '{m(E,'yeray.sc03@gmail.com')}');""")

pos("co", "es", f"""Hola {m(N,'Valentina')}, te confirmo la reserva del apartamento en {m(A,'Carrera 43A # 7-50, Apto 1204')}, El Poblado, Medellín. El depósito se hace a nombre de {m(N,'Andrés Felipe Ocampo')}, cédula {m(ID,'1.036.624.118')}. Cualquier cosa me escribes al {m(P,'+57 310 447 2918')}. Abrazo!""")

neg("historia", "es", """En 1492 Cristóbal Colón llegó a Guanahaní. Hernán Cortés desembarcó en Veracruz en 1519 y Francisco Pizarro capturó a Atahualpa en Cajamarca en 1532. La independencia de México se proclamó el 16 de septiembre de 1810.""")

neg("lugares", "es", """Para llegar al Hospital Universitario Virgen del Rocío tome el autobús en la Plaza de San Francisco. El Estadio Santiago Bernabéu está a 10 minutos del Paseo de la Castellana. La Calle Alcalá está cortada por obras.""")

neg("pedido", "es", """Pedido nº 402-7731-5520-9918 · Seguimiento Correos: PQ4B7A0712345670128001S · Factura F24-000991 · CP destino 28013 · Entrega estimada: 14/06/2024 · Importe: 49,90 €""")

neg("normativa", "es", """Según el art. 6.1.c) de la Ley Orgánica 3/2018 y el Real Decreto 1720/2007, así como la STS 4471/2019 de 12 de diciembre (ECLI:ES:TS:2019:4471), el tratamiento es lícito.""")

# ---------------------------------------------------------------- Portuguese

pos("email", "pt", f"""De: {m(N,'Leonor Vasconcelos Antunes')} <{m(E,'leonor.antunes@sapo.pt')}>
Assunto: Dados para faturação

Boa tarde,

Seguem os meus dados para a fatura:
NIF: {m(ID,nif_pt('23581447'))}
Morada: {m(A,'Rua Augusta 120, 3.º Esq.')}, 1100-053 Lisboa
Telemóvel: {m(P,'+351 912 447 381')}

Obrigada,
{m(N,'Leonor')}""")

pos("br_cadastro", "pt", f"""CADASTRO DE CLIENTE
Nome completo: {m(N,'Thiago Nascimento Boaventura')}
CPF: {m(ID,cpf('418552907'))}
RG: {m(ID,'44.812.337-2')}
Data de nascimento: {m(D,'25/11/1993')}
Endereço: {m(A,'Rua Harmonia, 455, apto 72')}, Vila Madalena, São Paulo - SP, 05435-000
Celular: {m(P,'(11) 98447-2160')}
E-mail: {m(E,'thiago.boaventura@uol.com.br')}""")

pos("chat", "pt", f"""[09:12] {m(N,'Juliana')}: gente, alguém sabe a senha do servidor de homologação?
[09:13] {m(N,'Caio')}: @{m(N,'Juliana')} é {m(K,'Acai#Tapioca2024')} mas pede pro {m(N,'Rafael')} trocar depois
[09:15] {m(N,'Juliana')}: valeu {m(N,'caio')}!!""")

pos("pix", "pt", f"""Oi Dona {m(N,'Cida')}, segue o comprovante do aluguel de junho.
Valor: R$ 1.850,00
Pago via PIX para a chave {m(E,'marcos.alencar.aluguel@gmail.com')}
Favorecido: {m(N,'Marcos Alencar de Souza')} - CPF {m(ID,cpf('205331184'))}
Imóvel: {m(A,'Av. Sete de Setembro, 1220, casa 3')}, Salvador - BA
Qualquer coisa me chama no zap {m(P,'+55 71 99281-4470')}""")

pos("medico", "pt", f"""FICHA DE ATENDIMENTO - Unidade de Saúde Familiar da Lapa
Utente: {m(N,'Gonçalo Pimentel Salgueiro')}
N.º de utente SNS: {m(ID,'284 117 593')}
Data de nascimento: {m(D,'02-06-1961')}
Morada: {m(A,'Travessa do Carmo 8, r/c')}, 4050-163 Porto
Contacto: {m(P,'22 208 4419')}""")

pos("log", "pt", f"""[2024-04-18 22:07:44] WARN  Tentativa de login falhou: usuário={m(E,'fernanda.queiroz@bancointer.com.br')} ip={m(IP,'177.38.201.94')}
[2024-04-18 22:07:51] INFO  Login OK: usuário={m(E,'fernanda.queiroz@bancointer.com.br')} ip={m(IP,'177.38.201.94')} dispositivo={m(MAC,'70:3A:CB:18:E2:4D')}""")

pos("contrato", "pt", f"""CONTRATO DE PRESTAÇÃO DE SERVIÇOS
CONTRATANTE: {m(N,'Beatriz Mourão Figueiredo')}, brasileira, solteira, portadora do CPF nº {m(ID,cpf('071448392'))}, residente na {m(A,'Rua dos Inconfidentes, 911, apto 1502')}, Belo Horizonte/MG.
CONTRATADO: {m(N,'Wellington Ferraz')}, inscrito no CPF nº {m(ID,cpf('339107825'))}.
Pagamento por depósito na conta IBAN {m(I,iban('BR','60701190 04471 0008823154 C 1'))}.""")

neg("pt_historia", "pt", """Em 1500 Pedro Álvares Cabral chegou ao Brasil. D. Pedro I proclamou a independência em 7 de setembro de 1822, às margens do Ipiranga. Tiradentes foi executado em 21 de abril de 1792 no Rio de Janeiro.""")

neg("pt_encomenda", "pt", """Encomenda n.º 7731-4482-0019 · Código de rastreio CTT: RR447183925PT · Fatura FT 2024/3318 · Código postal 1000-001 · Versão da app 3.14.2.7 · Total: 62,40 €""")

neg("pt_lugares", "pt", """O Hospital de Santa Maria fica perto da estação Cidade Universitária. Do Marquês de Pombal siga pela Avenida da Liberdade até aos Restauradores. A Ponte Vasco da Gama pode ter trânsito ao fim da tarde.""")

# ---------------------------------------------------------------- Italian

pos("email", "it", f"""Da: {m(N,'Ludovica Santangelo')} <{m(E,'ludovica.santangelo@libero.it')}>
Oggetto: documenti per l'assunzione

Gentile dott.ssa {m(N,'Ferrandi')},

come richiesto le invio i miei dati:
Codice fiscale: {m(ID,codfisc('SNTLVC88A54F205'))}
Nata a Milano il {m(D,'14/01/1988')}
Residenza: {m(A,'Via Gramsci 21, int. 4')}, 20900 Monza (MB)
IBAN per l'accredito dello stipendio: {m(I,iban('IT','K 03069 09606 100000063418'))}

Cordiali saluti,
{m(N,'Ludovica Santangelo')}
cell. {m(P,'347 218 9904')}""")

pos("verbale", "it", f"""VERBALE DI ASSEMBLEA CONDOMINIALE - Condominio "I Glicini"
Presenti: {m(N,'Massimiliano Ferracuti')} (amministratore), {m(N,'Rosaria Lo Giudice')}, {m(N,'Gianpaolo Bertazzoni')}, {m(N,'Nkiruka Obi')}, {m(N,'Wang Lihua')}
Il sig. {m(N,'Bertazzoni')} (int. 7) segnala infiltrazioni dal terrazzo.
La sig.ra {m(N,'Lo Giudice')} chiede la sostituzione del citofono in {m(A,'Corso Vittorio Emanuele II 118, scala B')}.""")

pos("chat", "it", f"""[18:22] {m(N,'Chiara')}: raga chi ha il numero di {m(N,'Pietro')}?
[18:23] {m(N,'Matteo')}: {m(P,'+39 333 481 2207')}
[18:23] {m(N,'Chiara')}: grazie {m(N,'matte')} ❤️
[18:30] {m(N,'Pietro')}: ciao {m(N,'chiara')}, mi hai cercato?""")

pos("anagrafe", "it", f"""CERTIFICATO DI RESIDENZA
Si certifica che {m(N,'FERRACUTI MASSIMILIANO')}, nato a Roma il {m(D,'03/09/1975')}, codice fiscale {m(ID,codfisc('FRRMSM75P03H501'))}, risulta residente in questo Comune in {m(A,'Via dei Volsci 44')}, 00185 Roma.
Carta d'identità n. {m(ID,'CA41873KB')}""")

pos("ordine", "it", f"""Riepilogo ordine #IT-55120
Spedizione a: {m(N,'Agata Sciortino')}, {m(A,'Via Maqueda 302')}, 90134 Palermo
Tel. {m(P,'091 611 4472')}
Pagato con Mastercard {m(C,cc('5404 3611 0027 418'))}
Note per il corriere: citofonare "{m(N,'Sciortino-Ruggeri')}\"""")

pos("config", "it", f"""# impostazioni.ini - gestionale magazzino
[database]
host = {m(IP,'10.8.0.4')}
utente = magazzino
password = {m(K,'Pizzaiolo!Napoli99')}
[ftp]
url = {m(U,'ftp://fornitori:Lim0ncell0@ftp.magazzino-bassi.it/ordini')}
[contatti]
referente = {m(N,'Ottavio Bassi')} <{m(E,'ottavio@magazzino-bassi.it')}>""")

neg("storia", "it", """Giuseppe Garibaldi sbarcò a Marsala l'11 maggio 1860 con i Mille. Camillo Benso di Cavour morì nel 1861, pochi mesi dopo la proclamazione del Regno d'Italia. Vittorio Emanuele II entrò a Roma nel 1871.""")

neg("luoghi", "it", """L'Ospedale San Raffaele si raggiunge con la linea M2 fino a Cascina Gobba. Piazza Garibaldi, Corso Buenos Aires e Via Dante sono zone a traffico limitato. Il Teatro alla Scala resta chiuso ad agosto.""")

neg("auto", "it", """Fiat Panda 1.2 Easy, codice motore 169A4000, omologazione e1*2001/116*0254*13. Revisione entro 06/2025. Pneumatici 175/65 R14 82T.""")

# ---------------------------------------------------------------- Dutch

pos("email", "nl", f"""Van: {m(N,'Femke Dijkgraaf')} <{m(E,'femke.dijkgraaf@ziggo.nl')}>
Onderwerp: gegevens huurcontract

Hoi {m(N,'Joost')},

Hierbij mijn gegevens voor het contract:
BSN: {m(ID,bsn('20341786'))}
Geboortedatum: {m(D,'19-04-1993')}
Huidig adres: {m(A,'Van Woustraat 154 hs')}, 1073 LS Amsterdam
Rekening: {m(I,iban('NL','RABO 0318 4472 90'))}

Groetjes,
{m(N,'Femke')}
{m(P,'06-41872290')}""")

pos("chat", "nl", f"""[13:05] {m(N,'Sander')}: wie heeft het wachtwoord van de NAS?
[13:06] {m(N,'Anouk van der Heijden')}: @{m(N,'Sander')} {m(K,'Stroopwafel_88!Delft')}
[13:06] {m(N,'Anouk van der Heijden')}: en vraag {m(N,'Youssef')} even of hij de backup heeft gecheckt
[13:09] {m(N,'Youssef El Idrissi')}: ja gedaan, alles groen 👍""")

pos("factuur", "nl", f"""FACTUUR 2024-077
{m(N,'Hendrika Bosschaert')} - Vertaalbureau
{m(A,'Keizersgracht 311-II')}, 1016 EE Amsterdam
KvK 71844213 · btw NL003184472B52
Aan: De Groene Vlinder B.V., t.a.v. dhr. {m(N,'Pieterjan Oosterhuis')}
Vertaling NL-EN, 14.200 woorden ......... € 1.846,00
Gelieve te betalen op {m(I,iban('NL','INGB 0007 7314 25'))}""")

pos("huisarts", "nl", f"""Verwijsbrief
Patiënt: mevr. {m(N,'G.J. Hoekstra-Bakker')}   geb. {m(D,'08-08-1947')}
Adres: {m(A,'Dorpsstraat 27')}, 8401 AB Gorredijk
BSN: {m(ID,bsn('17428839'))}
Tel.: {m(P,'0513 46 21 88')}
Huisarts: {m(N,'A. Wijnberg')}""")

pos("be_nl", "nl", f"""Beste {m(N,'Wouter')},

De kinderopvang voor {m(N,'Lotte Verhaegen')} (geboren {m(D,'3 mei 2020')}) is bevestigd. Gelieve het voorschot over te maken op {m(I,iban('BE','0631 2345 6783'))} met vermelding van het rijksregisternummer van je dochter: {m(ID,'20.05.03-146.54')}.
Adres voor de facturen: {m(A,'Kortrijksesteenweg 412 bus 3')}, 9000 Gent.

Vriendelijke groeten,
{m(N,'Mieke Vandenbroucke')}""")

pos("log", "nl", f"""2024-03-07 07:58:02 dhcpd: DHCPACK on {m(IP,'192.168.1.114')} to {m(MAC,'f4:5c:89:b1:07:3e')} (iPhone-van-{m(N,'Jildou')}) via eth0
2024-03-07 07:58:44 sshd[2231]: Accepted password for {m(N,'rutger')} from {m(IP,'77.170.88.12')} port 51122 ssh2""")

neg("nl_geschiedenis", "nl", """Willem van Oranje werd in 1584 in Delft vermoord. Johan van Oldenbarnevelt werd in 1619 onthoofd. Michiel de Ruyter versloeg de Engelsen bij Chatham in juni 1667. Rembrandt schilderde De Nachtwacht in 1642.""")

neg("nl_zending", "nl", """Uw pakket met trackingcode 3SABCD0123456789 wordt morgen tussen 14:00 en 16:30 bezorgd. Ordernummer 1004-7731-8821. Postcode 3511 AX. Artikelnummer 8718692480712.""")

neg("nl_straten", "nl", """Neem tram 2 tot het Johan Cruijff Plein, loop via de Willem de Zwijgerlaan naar het Anne Frank Huis. Het Antoni van Leeuwenhoek ziekenhuis ligt aan de andere kant van de stad.""")

# ---------------------------------------------------------------- Polish

pos("email", "pl", f"""Od: {m(N,'Małgorzata Wiśniewska-Kołodziej')} <{m(E,'m.wisniewska.k@wp.pl')}>
Temat: Re: umowa najmu

Dzień dobry Panie {m(N,'Bartłomieju')},

przesyłam dane do umowy:
PESEL: {m(ID,pesel('860314','0482'))}
Seria i nr dowodu: {m(ID,'CBK 247183')}
Adres zameldowania: {m(A,'ul. Długa 15/7')}, 80-831 Gdańsk
Nr konta: {m(I,iban('PL','1090 1014 0000 0712 1981 2874'))}

Pozdrawiam
{m(N,'Małgorzata Wiśniewska-Kołodziej')}
tel. {m(P,'+48 601 447 318')}""")

pos("chat", "pl", f"""[11:20] {m(N,'Kuba')}: siema, ktoś ma dostęp do panelu klienta?
[11:21] {m(N,'Zosia')}: @{m(N,'Kuba')} login admin, hasło {m(K,'Pierogi#Ruskie77')}
[11:21] {m(N,'Zosia')}: tylko nie zmieniaj nic bez {m(N,'Grzegorza')} 😅
[11:25] {m(N,'Kuba')}: dzięki {m(N,'zosiu')}""")

pos("kadry", "pl", f"""KWESTIONARIUSZ OSOBOWY DLA PRACOWNIKA
Imię (imiona) i nazwisko: {m(N,'Przemysław Andrzej Szczepankiewicz')}
Data urodzenia: {m(D,'22.09.1984')}
PESEL: {m(ID,pesel('840922','1137'))}
Adres zamieszkania: {m(A,'al. Jerozolimskie 123A m. 45')}, 02-017 Warszawa
Telefon: {m(P,'22 628 44 71')}
Osoba do kontaktu: {m(N,'Jadwiga Szczepankiewicz')}, {m(P,'512 904 338')}""")

pos("sklep", "pl", f"""Zamówienie nr 2024/05/1183 - potwierdzenie
Odbiorca: {m(N,'Wiesława Nowosielska')}
Adres dostawy: {m(A,'os. Tysiąclecia 44/112')}, 31-610 Kraków
Płatność: karta {m(C,cc('4543 0911 8620 337'))}
Kontakt: {m(E,'wieslawa.nowosielska@interia.pl')}""")

pos("log", "pl", f"""[2024-02-19 16:44:02] BŁĄD logowania użytkownika {m(E,'tomasz.pietrzak@firma-budmax.pl')} z adresu {m(IP,'83.24.119.205')}
[2024-02-19 16:44:30] OK logowanie użytkownika {m(E,'tomasz.pietrzak@firma-budmax.pl')} z adresu {m(IP,'83.24.119.205')}
[2024-02-19 16:45:12] Zmieniono adres e-mail na {m(E,'t.pietrzak84@gmail.com')}""")

neg("pl_historia", "pl", """Mikołaj Kopernik opublikował „O obrotach sfer niebieskich” w 1543 roku. Konstytucja 3 maja uchwalona została w 1791 r. Józef Piłsudski objął władzę 11 listopada 1918 r.""")

neg("pl_paczka", "pl", """Paczka nr 6200 4471 8823 9910 2231 04 jest w drodze. Paczkomat KRA01M, kod odbioru wyślemy SMS-em. Faktura FV/2024/06/118, NIP sprzedawcy 729-271-44-10.""")

neg("pl_ulice", "pl", """Dojazd: tramwajem nr 4 do ronda Mogilskiego, dalej ulicą Lubicz i aleją Adama Mickiewicza. Szpital im. Jana Pawła II jest po prawej stronie.""")

# ---------------------------------------------------------------- Swedish

pos("email", "sv", f"""Från: {m(N,'Linnéa Åkesson')} <{m(E,'linnea.akesson@telia.com')}>
Ämne: Sv: hyreskontrakt

Hej {m(N,'Mattias')}!

Här är mina uppgifter:
Personnummer: {m(ID,personnummer('910217','238'))}
Adress: {m(A,'Storgatan 12 lgh 1102')}, 852 30 Sundsvall
Kontonummer (IBAN): {m(I,iban('SE','6000 0000 0004 4718 2903'))}
Mobil: {m(P,'070-418 22 93')}

Mvh {m(N,'Linnéa')}""")

pos("chat", "sv", f"""[15:40] {m(N,'Oskar')}: nån som vet wifi-lösenordet på kontoret i Malmö?
[15:41] {m(N,'Elsa Nyqvist')}: @{m(N,'Oskar')} det är {m(K,'Kanelbulle!2024')}
[15:42] {m(N,'Oskar')}: tack {m(N,'elsa')}
[15:50] {m(N,'Elsa Nyqvist')}: {m(N,'Goran')} sa att skrivaren har ny IP, {m(IP,'10.12.4.77')}""")

pos("vard", "sv", f"""Remiss - Kardiologmottagningen
Patient: {m(N,'Birgitta Hjalmarsson')}, {m(ID,personnummer('480603','146', sep='-'))}
Född: {m(D,'3 juni 1948')}
Adress: {m(A,'Götgatan 48, 3 tr')}, 118 26 Stockholm
Tel: {m(P,'08-641 22 09')}
Anhörig: dotter {m(N,'Karin')}, {m(P,'+46 73 224 18 60')}""")

pos("faktura", "sv", f"""Faktura 1044
Ekdahls Snickeri AB, org.nr 559114-2271
{m(A,'Norra Vallgatan 16')}, 211 25 Malmö
Till: {m(N,'Amina Hassan Warsame')}, {m(A,'Rosengårdsvägen 9 lgh 1203')}, 213 72 Malmö
Köksluckor, montering ........ 14 500 kr
Betala till bankgiro 5050-1055 eller swish {m(P,'070 552 19 84')}""")

neg("sv_historia", "sv", """Gustav Vasa valdes till kung den 6 juni 1523. Karl XII stupade vid Fredrikshald 1718. Alfred Nobel testamenterade sin förmögenhet till Nobelpriset 1895.""")

neg("sv_order", "sv", """Ordernummer 7731-2209-4471. Kollinummer 00370726201234567894. Leverans till ombud: ICA Kvantum Liljeholmen. Artikelnr 702.611.50 (IKEA). Version 5.12.3.1 av appen krävs.""")

# ---------------------------------------------------------------- Norwegian

pos("epost", "no", f"""Fra: {m(N,'Sigrid Aasheim')} <{m(E,'sigrid.aasheim@online.no')}>
Emne: Re: leiekontrakt

Hei {m(N,'Torbjørn')},

Fødselsnummeret mitt er {m(ID,fnr('140392','472'))}, og adressen er {m(A,'Thorvald Meyers gate 41B')}, 0555 Oslo.
Depositumet betales fra {m(I,iban('NO','1503 7712 458'))}.

Hilsen {m(N,'Sigrid')}
{m(P,'+47 918 44 207')}""")

pos("chat", "no", f"""[09:02] {m(N,'Eirin')}: god morgen! @{m(N,'Håkon')} har du fått tilgang til VPN?
[09:05] {m(N,'Håkon Brekke')}: nei, får feilmelding fra {m(IP,'84.211.40.19')}
[09:06] {m(N,'Eirin')}: send MAC-adressen din til {m(N,'Vegard')} så fikser han det
[09:07] {m(N,'Håkon Brekke')}: {m(MAC,'A0:CE:C8:52:1F:09')}""")

pos("lege", "no", f"""Epikrise
Pasient: {m(N,'Ragnhild Solheim Nygård')}, f. {m(D,'22.11.1939')}
Adresse: {m(A,'Bygdøy allé 23')}, 0262 Oslo
Pårørende: sønn {m(N,'Asbjørn Nygård')}, tlf. {m(P,'22 44 18 90')}
Innlagt for hoftebrudd, operert 04.05.2024.""")

neg("no_historie", "no", """Roald Amundsen nådde Sydpolen 14. desember 1911. Grunnloven ble undertegnet på Eidsvoll 17. mai 1814. Fridtjof Nansen fikk Nobels fredspris i 1922.""")

# ---------------------------------------------------------------- Danish

pos("email", "da", f"""Fra: {m(N,'Mette Kjærgaard')} <{m(E,'mette.kjaergaard@mail.dk')}>
Emne: oplysninger til lønsystemet

Hej {m(N,'Rasmus')},

CPR-nr.: {m(ID,'270685-1436')}
Adresse: {m(A,'Nørrebrogade 45, 3. tv.')}, 2200 København N
Konto: {m(I,iban('DK','3000 4418 2277 39'))}
Tlf.: {m(P,'+45 28 41 90 37')}

Venlig hilsen
{m(N,'Mette')}""")

pos("chat", "da", f"""[12:11] {m(N,'Frederik')}: hvem har koden til kundeportalen?
[12:12] {m(N,'Signe Holm')}: @{m(N,'Frederik')} {m(K,'Rugbroed&Smoerrebroed7')}
[12:12] {m(N,'Signe Holm')}: og husk at ringe til {m(N,'Nikolaj')} på {m(P,'31 47 22 08')}""")

pos("journal", "da", f"""Journalnotat - Lægehuset Vesterbro
Patient: {m(N,'Ejnar Brøndum')}, født {m(D,'14. februar 1951')}
CPR: {m(ID,'140251-2193')}
Adresse: {m(A,'Istedgade 112, 2. th.')}, 1650 København V
Kontaktperson: {m(N,'Lis Brøndum')} (hustru)""")

neg("da_historie", "da", """Christian IV grundlagde Christianshavn i 1617. Grundloven blev underskrevet 5. juni 1849 af Frederik VII. H.C. Andersen udgav sine første eventyr i 1835.""")

# ---------------------------------------------------------------- Finnish

pos("sahkoposti", "fi", f"""Lähettäjä: {m(N,'Aino Kärkkäinen')} <{m(E,'aino.karkkainen@elisanet.fi')}>
Aihe: Vs: vuokrasopimus

Hei {m(N,'Juhani')},

tässä tietoni sopimusta varten:
Henkilötunnus: {m(ID,hetu('150688','-','246'))}
Osoite: {m(A,'Hämeenkatu 14 B 22')}, 33100 Tampere
Tilinumero: {m(I,iban('FI','4006 1844 7203 19'))}
Puh. {m(P,'040 718 2294')}

Terveisin {m(N,'Aino')}""")

pos("chat", "fi", f"""[10:44] {m(N,'Veeti')}: moi, tietääkö kukaan testipalvelimen salasanan?
[10:45] {m(N,'Kaisa Heinonen')}: @{m(N,'Veeti')} se on {m(K,'Sauna&Salmiakki42')}
[10:46] {m(N,'Veeti')}: kiitti {m(N,'kaisa')}!
[10:50] {m(N,'Kaisa Heinonen')}: {m(N,'Tuomas')} kysyi vielä sun numeroa, laitoin sen: {m(P,'+358 50 441 2087')}""")

pos("potilas", "fi", f"""Lähete - Keski-Suomen keskussairaala
Potilas: {m(N,'Eero Väisänen-Lindroos')}, s. {m(D,'7.3.1962')}
Hetu: {m(ID,hetu('070362','-','517'))}
Osoite: {m(A,'Kauppakatu 31 A 4')}, 40100 Jyväskylä
Omainen: {m(N,'Marjatta Väisänen')}, {m(P,'014 261 7703')}""")

neg("fi_historia", "fi", """Suomi julistautui itsenäiseksi 6. joulukuuta 1917. Talvisota alkoi 30. marraskuuta 1939. Sibelius sävelsi Finlandian vuonna 1899. Mannerheim toimi presidenttinä 1944-1946.""")

# ---------------------------------------------------------------- Czech

pos("email", "cs", f"""Od: {m(N,'Kateřina Procházková')} <{m(E,'katerina.prochazkova@seznam.cz')}>
Předmět: Re: nájemní smlouva

Dobrý den pane {m(N,'Dvořáku')},

posílám údaje do smlouvy:
Rodné číslo: {m(ID,rodne('885421','031'))}
Číslo OP: {m(ID,'204718336')}
Bydliště: {m(A,'Vinohradská 1511/38')}, 120 00 Praha 2
Účet: {m(I,iban('CZ','0100 0001 2347 1882 3901'))}

S pozdravem
{m(N,'Kateřina Procházková')}
tel. {m(P,'+420 604 218 377')}""")

pos("chat", "cs", f"""[14:02] {m(N,'Ondra')}: čau, má někdo heslo k FTP?
[14:03] {m(N,'Lucie Marková')}: @{m(N,'Ondra')} jo: {m(U,'ftp://vyroba:Knedlik_2024@' + 'ftp.pivovar-horak.cz')}
[14:04] {m(N,'Ondra')}: díky {m(N,'lucko')}
[14:10] {m(N,'Lucie Marková')}: a zavolej {m(N,'Vojtěchovi')}, {m(P,'737 441 209')}""")

pos("lekar", "cs", f"""Lékařská zpráva
Pacient: {m(N,'Jaroslav Kučera')}, nar. {m(D,'12. 5. 1957')}
RČ: {m(ID,rodne('570512','218'))}
Adresa: {m(A,'Masarykova 2217/14')}, 602 00 Brno
Pojišťovna: 111""")

neg("cs_historie", "cs", """Karel IV. založil pražskou univerzitu roku 1348. Jan Hus byl upálen 6. července 1415 v Kostnici. Tomáš Garrigue Masaryk se stal prezidentem 14. listopadu 1918.""")

# ---------------------------------------------------------------- Turkish

pos("eposta", "tr", f"""Kimden: {m(N,'Elif Karaosmanoğlu')} <{m(E,'elif.karaosmanoglu@hotmail.com.tr')}>
Konu: kira sözleşmesi bilgileri

Merhaba {m(N,'Serkan')} Bey,

Sözleşme için bilgilerim:
T.C. Kimlik No: {m(ID,tckn('384719265'))}
Doğum tarihi: {m(D,'09.10.1992')}
Adres: {m(A,'Bağdat Cad. No: 212 D: 7')}, Kadıköy/İstanbul
IBAN: {m(I,iban('TR','00062 0 0004400006298765'))}
Cep: {m(P,'0532 418 77 90')}

Saygılarımla,
{m(N,'Elif')}""")

pos("chat", "tr", f"""[16:12] {m(N,'Burak')}: arkadaşlar sunucu şifresi neydi?
[16:13] {m(N,'Zeynep Aydemir')}: @{m(N,'Burak')} {m(K,'Lokum!Baklava2024')}
[16:14] {m(N,'Burak')}: sağol {m(N,'zeynep')}
[16:20] {m(N,'Zeynep Aydemir')}: bu arada {m(N,'Emre')} abi aradı, numarası {m(P,'+90 533 207 41 88')}""")

pos("fatura", "tr", f"""FATURA No: A-2024-0391
Alıcı: {m(N,'Hatice Kübra Yurtsever')}
Adres: {m(A,'Atatürk Mah. Cumhuriyet Sok. No: 14 Daire: 3')}, Çankaya/Ankara
Vergi/TCKN: {m(ID,tckn('159357246'))}
Ödeme: kredi kartı {m(C,cc('4799 1522 0487 310'))}""")

neg("tr_tarih", "tr", """Mustafa Kemal Atatürk 19 Mayıs 1919'da Samsun'a çıktı. Cumhuriyet 29 Ekim 1923'te ilan edildi. Fatih Sultan Mehmet İstanbul'u 1453'te fethetti.""")

# ---------------------------------------------------------------- Romanian

pos("email", "ro", f"""De la: {m(N,'Ioana Dumitrescu-Popa')} <{m(E,'ioana.dumitrescu@yahoo.ro')}>
Subiect: Re: contract de închiriere

Bună ziua domnule {m(N,'Stănescu')},

Vă trimit datele mele:
CNP: {m(ID,cnp('294031240'+'017'))}
Serie și număr CI: {m(ID,'RX 447183')}
Domiciliu: {m(A,'Str. Mihai Eminescu nr. 14, bl. A2, sc. 1, ap. 9')}, Cluj-Napoca
IBAN: {m(I,iban('RO','BTRL 0130 1205 A471 8302'))}
Telefon: {m(P,'0744 218 903')}

Cu stimă,
{m(N,'Ioana Dumitrescu-Popa')}""")

pos("chat", "ro", f"""[13:30] {m(N,'Vlad')}: salut, are cineva parola de la routerul din depozit?
[13:31] {m(N,'Andreea Munteanu')}: @{m(N,'Vlad')} {m(K,'Sarmale#Mici2024')}
[13:32] {m(N,'Vlad')}: mersi {m(N,'andreea')}
[13:35] {m(N,'Andreea Munteanu')}: și sună-l pe {m(N,'Cosmin')} la {m(P,'+40 723 118 490')}""")

pos("medical", "ro", f"""BILET DE TRIMITERE
Pacient: {m(N,'Gheorghița Vlăduțescu')}
Data nașterii: {m(D,'18.02.1958')}
CNP: {m(ID,cnp('258021840'+'034'))}
Adresa: {m(A,'Bd. Unirii nr. 61, bl. F3, ap. 27')}, Sector 3, București
Medic de familie: Dr. {m(N,'Radu Țepeș-Ionescu')}""")

neg("ro_istorie", "ro", """Mihai Viteazul a realizat prima unire a țărilor române în 1600. Alexandru Ioan Cuza a fost ales domn în ianuarie 1859. Marea Unire a avut loc la 1 decembrie 1918 la Alba Iulia.""")

# ---------------------------------------------------------------- Indonesian

pos("email", "id", f"""Dari: {m(N,'Rizky Pratama Siregar')} <{m(E,'rizky.siregar@gmail.com')}>
Perihal: data untuk kontrak kerja

Selamat pagi Ibu {m(N,'Dewi')},

Berikut data saya:
NIK: {m(ID,'3171041208910003')}
Tanggal lahir: {m(D,'12 Agustus 1991')}
Alamat: {m(A,'Jl. Kaliurang KM 5 No. 12, RT 03/RW 07')}, Sleman, Yogyakarta
No. HP: {m(P,'+62 812-2741-8830')}

Terima kasih,
{m(N,'Rizky')}""")

pos("chat", "id", f"""[08:15] {m(N,'Ayu')}: guys password wifi kantor apa ya?
[08:16] {m(N,'Bayu Nugroho')}: @{m(N,'Ayu')} {m(K,'NasiGoreng!88')}
[08:16] {m(N,'Ayu')}: makasih mas {m(N,'bayu')}
[08:20] {m(N,'Bayu Nugroho')}: oh iya Pak {m(N,'Harjono')} minta ditelepon balik, {m(P,'0813 1122 4478')}""")

neg("id_sejarah", "id", """Proklamasi kemerdekaan Indonesia dibacakan oleh Soekarno dan Hatta pada 17 Agustus 1945 di Jalan Pegangsaan Timur. Sumpah Pemuda diikrarkan pada 28 Oktober 1928.""")

# ---------------------------------------------------------------- Vietnamese

pos("email", "vi", f"""Từ: {m(N,'Trần Minh Khoa')} <{m(E,'khoa.tranminh@gmail.com')}>
Tiêu đề: Thông tin hợp đồng

Chào chị {m(N,'Hương')},

Em gửi thông tin cá nhân:
Số CCCD: {m(ID,'079095001847')}
Ngày sinh: {m(D,'24/05/1995')}
Địa chỉ: {m(A,'Số 27 đường Nguyễn Thị Minh Khai, phường Bến Nghé')}, Quận 1, TP. Hồ Chí Minh
Điện thoại: {m(P,'0903 418 772')}

Cảm ơn chị,
{m(N,'Khoa')}""")

pos("chat", "vi", f"""[09:30] {m(N,'Lan')}: mọi người ơi mật khẩu wifi là gì vậy?
[09:31] {m(N,'Đỗ Quang Huy')}: @{m(N,'Lan')} {m(K,'PhoBo#HaNoi2024')}
[09:32] {m(N,'Lan')}: cảm ơn anh {m(N,'huy')}""")

neg("vi_lichsu", "vi", """Chiến thắng Điện Biên Phủ ngày 7 tháng 5 năm 1954. Hồ Chí Minh đọc Tuyên ngôn Độc lập ngày 2 tháng 9 năm 1945 tại Quảng trường Ba Đình. Phố Lê Lợi và đường Hai Bà Trưng là những con phố chính.""")

# ---------------------------------------------------------------- Swahili

pos("barua", "sw", f"""Kutoka: {m(N,'Baraka Mwakilema')} <{m(E,'baraka.mwakilema@gmail.com')}>
Kichwa: Taarifa za mkataba

Habari Bi. {m(N,'Zawadi')},

Hizi ni taarifa zangu:
Namba ya kitambulisho (NIDA): {m(ID,'19880214-11105-00001-27')}
Tarehe ya kuzaliwa: {m(D,'14 Februari 1988')}
Simu: {m(P,'+255 754 318 902')}

Asante,
{m(N,'Baraka')}""")

pos("chat", "sw", f"""[11:00] {m(N,'Neema')}: jamani nenosiri la wifi ni lipi?
[11:01] {m(N,'Juma Athumani')}: @{m(N,'Neema')} ni {m(K,'Chapati&Chai2024')}
[11:02] {m(N,'Neema')}: asante {m(N,'juma')}
[11:05] {m(N,'Juma Athumani')}: pia Mama {m(N,'Halima')} anaomba umpigie {m(P,'0722 418 330')}""")

neg("sw_historia", "sw", """Tanganyika ilipata uhuru tarehe 9 Desemba 1961 chini ya Julius Nyerere. Muungano na Zanzibar ulifanyika tarehe 26 Aprili 1964. Mlima Kilimanjaro una urefu wa mita 5,895.""")

# ---------------------------------------------------------------- Tagalog

pos("email", "tl", f"""Mula kay: {m(N,'Maricel Dimaculangan')} <{m(E,'maricel.dimaculangan@yahoo.com.ph')}>
Paksa: Mga detalye para sa kontrata

Magandang araw po Ma'am {m(N,'Lorna')},

Narito po ang aking mga detalye:
TIN: {m(ID,'418-227-903-000')}
Petsa ng kapanganakan: {m(D,'Marso 3, 1994')}
Tirahan: {m(A,'Blk 5 Lot 12, Mabini St.')}, Brgy. San Isidro, Antipolo City
Cellphone: {m(P,'+63 917 418 2290')}

Salamat po,
{m(N,'Maricel')}""")

pos("chat", "tl", f"""[19:40] {m(N,'Jomar')}: pre ano password ng wifi sa opisina?
[19:41] {m(N,'Kristine Bautista')}: @{m(N,'Jomar')} {m(K,'Adobo&Sinigang77')}
[19:41] {m(N,'Jomar')}: salamat {m(N,'tin')}!
[19:45] {m(N,'Kristine Bautista')}: tawagan mo rin si Aling {m(N,'Nena')} sa {m(P,'0918 224 7719')}""")

neg("tl_kasaysayan", "tl", """Idineklara ni Emilio Aguinaldo ang kalayaan ng Pilipinas noong Hunyo 12, 1898 sa Kawit, Cavite. Si José Rizal ay binaril sa Bagumbayan noong Disyembre 30, 1896.""")

# ---------------------------------------------------------------- more European and other documents

pos("csv", "de", f"""kundennr;name;strasse;plz;ort;telefon;geburtstag
K-1041;{m(N,'Gerlinde Apfelbeck')};{m(A,'Rosenheimer Str. 145e')};81671;München;{m(P,'089 4471 2203')};{m(D,'02.04.1963')}
K-1042;{m(N,'Adebowale Schütte')};{m(A,'Eppendorfer Weg 211')};20253;Hamburg;{m(P,'+49 40 4229 1180')};{m(D,'30.12.1987')}
K-1043;{m(N,'Irmgard Łukaszewicz')};{m(A,'Zeppelinstraße 3/1')};70193;Stuttgart;{m(P,'0711 6573 9902')};{m(D,'11.11.1944')}""")

pos("reise", "de", f"""Buchungsbestätigung - Condor DE 2214 Frankfurt - Windhoek
Passagiere:
1. {m(N,'RIEDLINGER/HANNELORE')} MRS   Reisepass {m(ID,'C01X7T2H9')}   geb. {m(D,'17MAY61')}
2. {m(N,'RIEDLINGER/EBERHARD')} MR     Reisepass {m(ID,'C4F8R61KN')}   geb. {m(D,'02SEP59')}
Buchungscode: 7KQ2LM   Zahlung: Visa {m(C,cc('4271 8830 1164 925'))}""")

neg("de_impressum", "de", """Impressum: Angaben gemäß § 5 TMG. Vertreten durch den Vorstand. Registergericht: Amtsgericht Charlottenburg, HRB 44718 B. USt-IdNr.: DE 811 447 182. Aufsichtsbehörde: BaFin, Bonn. Kontakt über das Formular auf der Webseite.""")

pos("sms", "fr", f"""SMS de {m(P,'+33 7 81 44 20 93')} :
Bonjour c {m(N,'Romane')}, la nounou de {m(N,'Léon')}. Je serai en retard de 10 min, je passe le récupérer au {m(A,'6 bis rue Pasteur')} vers 17h20. Bisous""")

pos("json", "fr", f"""{{"client": {{"nom": "{m(N,'Bouchareb')}", "prenom": "{m(N,'Inès')}", "naissance": "{m(D,'1998-06-01')}", "adresse": "{m(A,'27 avenue Foch, apt 12')}", "cp": "69006", "ville": "Lyon", "tel": "{m(P,'+33478524419')}", "iban": "{m(I,iban('FR','30004 00819 00012345678 61', sep=None))}"}}}}""")

neg("fr_notice", "fr", """Exemple de saisie : Nom : NOM ; Prénom : Prénom ; N° de sécurité sociale : 1 XX XX XX XXX XXX XX. Ne saisissez pas vos vraies données dans la démonstration. Support : support@example.com ou 01 99 00 12 34 (numéro fictif réservé).""")

pos("whatsapp", "es", f"""[2/6/24 21:14] {m(N,'Paloma')}: Mami, te paso los datos de la cuenta de {m(N,'Ignacio')} para el regalo
[2/6/24 21:14] {m(N,'Paloma')}: {m(I,iban('ES','1465 0100 7220 3047 1183'))}
[2/6/24 21:15] Mamá: gracias hija, y su dirección nueva?
[2/6/24 21:16] {m(N,'Paloma')}: {m(A,'Calle Alfonso X el Sabio 4, 1ºD')}, Murcia""")

neg("es_deporte", "es", """Resultados de la jornada 34: Real Betis 2-2 Villarreal, Osasuna 1-0 Getafe, Celta 3-1 Alavés. Clasificación: 1. Girona 78 pts, 2. Real Sociedad 71 pts. Próxima jornada: 18/05, 21:00.""")

pos("log", "pt", f"""2024-01-30T11:02:44Z api-gw {m(IP,'2804:14c:5b70:8a3e:1d4c:22ff:fe08:77a1')} POST /v1/pagamentos 201 usuario={m(E,'renata.lobato@yahoo.com.br')} cartao={m(C,cc('5502 0977 1420 184'))}
2024-01-30T11:02:45Z api-gw {m(IP,'2804:14c:5b70:8a3e:1d4c:22ff:fe08:77a1')} GET /v1/pagamentos/88213 200 usuario={m(E,'renata.lobato@yahoo.com.br')}""")

neg("pt_software", "pt", """Notas de versão 7.2.14.3: corrigido erro no módulo de faturação eletrónica (SAF-T PT 1.04_01). Requer servidor 10.2.0.7 ou superior. Hash do instalador: 4b7f2c19a0e3d8f6b1c52e97a4d03f18.""")

pos("json", "it", f"""{{"prenotazione": "IT-AX7731", "ospiti": [{{"nome": "{m(N,'Corradino Esposito')}", "nascita": "{m(D,'1969-02-11')}", "documento": "{m(ID,'AY4471836')}"}}, {{"nome": "{m(N,'Filomena Esposito')}", "nascita": "{m(D,'1972-08-30')}", "documento": "{m(ID,'CA88213MF')}"}}], "telefono": "{m(P,'+39 081 552 4419')}"}}""")

neg("it_codici", "it", """Codice ATECO 62.01.00; codice tributo 1040; CAP 20121; partita IVA della società 01234560157 (fittizia); articolo 2043 c.c.; D.Lgs. 196/2003, art. 13. Versione modello F24 2024.1.0.3.""")

pos("csv", "nl", f"""klantnummer,naam,adres,postcode,plaats,telefoon,email
55101,{m(N,'Geertruida Wolters')},{m(A,'Oudegracht 214-bis')},3511 NS,Utrecht,{m(P,'030 231 4478')},{m(E,'g.wolters@kpnmail.nl')}
55102,{m(N,'Radjesh Ramsaran')},{m(A,'Laan van Meerdervoort 1187')},2555 AS,Den Haag,{m(P,'+31 6 2294 7381')},{m(E,'radjesh.r@hotmail.nl')}""")

neg("nl_sport", "nl", """Uitslagen Eredivisie: Feyenoord - PSV 2-2, Ajax - AZ 1-3, FC Twente - Heerenveen 4-0. Toeschouwers De Kuip: 47.500. Volgende speelronde: zaterdag 20:00.""")

pos("sql", "pl", f"""INSERT INTO pacjenci (imie, nazwisko, pesel, data_ur, telefon, adres) VALUES
('{m(N,'Bożena')}', '{m(N,'Chmielewska')}', '{m(ID,pesel('550719','0846'))}', '{m(D,'1955-07-19')}', '{m(P,'+48 58 341 22 07')}', '{m(A,'ul. Grunwaldzka 82/4')}'),
('{m(N,'Kacper')}', '{m(N,'Wróblewski-Ngata')}', '{m(ID,pesel('020306','1173'))}', '{m(D,'2002-03-06')}', '{m(P,'698 412 337')}', '{m(A,'ul. Piotrkowska 117 lok. 8')}');""")

pos("log", "sv", f"""Apr 11 06:31:20 fw01 kernel: DROP IN=eth0 SRC={m(IP,'95.209.4.188')} DST={m(IP,'10.0.0.5')} PROTO=TCP DPT=22 MAC={m(MAC,'d8:3a:dd:10:4f:92')}
Apr 11 06:31:22 fw01 sshd[811]: Invalid user {m(N,'henrik')} from {m(IP,'95.209.4.188')}
Apr 11 06:32:00 fw01 CRON[902]: (root) CMD (/opt/notify.sh {m(E,'henrik.falk@vastkust-it.se')})""")

pos("skjema", "no", f"""Søknad om barnehageplass
Barn: {m(N,'Tiril Osmundsen Haugland')}, født {m(D,'09.01.2022')}
Fødselsnummer barn: {m(ID,fnr('090122','504'))}
Forelder: {m(N,'Jørgen Haugland')}, {m(E,'jorgen.haugland@gmail.com')}, {m(P,'+47 482 19 307')}
Adresse: {m(A,'Kong Oscars gate 58, leil. H0302')}, 5017 Bergen""")

pos("faktura", "no", f"""FAKTURA 2024-118
Til: {m(N,'Solveig Tangen')}
{m(A,'Storgata 19')}, 9008 Tromsø
Rørleggerarbeid bad ......... 12 400 kr
Kontonr. for betaling: {m(I,iban('NO','9710 4418 223'))}
Spørsmål? Ring {m(N,'Kjetil')} på {m(P,'77 68 21 40')}""")

neg("no_rute", "no", """Rutetabell linje 31: Fornebu - Tonsenhagen. Avgang hvert 10. minutt mellom 06:00 og 20:00. Stoppested Henrik Ibsens gate, deretter Nationaltheatret. Billettpris sone 1: 42 kr. Oppdatert 2024-06-01.""")

pos("csv", "da", f"""navn,adresse,postnr,by,telefon,foedselsdato
{m(N,'Karoline Thygesen')},{m(A,'Vestergade 8, 1. sal')},8000,Aarhus C,{m(P,'86 12 44 19')},{m(D,'1979-03-22')}
{m(N,'Mikkel Abildgaard')},{m(A,'Strandvejen 211 st. th.')},2900,Hellerup,{m(P,'+45 40 18 72 33')},{m(D,'1990-10-05')}""")

pos("log", "da", f"""2024-05-21 14:22:07 INFO  login bruger={m(E,'anders.lykke@kommune-odense.dk')} ip={m(IP,'87.61.114.202')}
2024-05-21 14:22:09 INFO  enhed registreret mac={m(MAC,'3C-06-30-D1-8A-44')} ejer={m(N,'Anders Lykke')}""")

neg("da_produkt", "da", """Brugsanvisning: LEGO Technic 42115, varenummer 6332651. Bang & Olufsen Beosound A1 2nd Gen, firmware 3.4.2.1877. Garantien gælder til 31.12.2026. Kundeservice via formularen på hjemmesiden.""")

pos("asiakas", "fi", f"""Asiakasrekisteri - ote
Nimi: {m(N,'Pirjo Lehtisalo')}
Syntymäaika: {m(D,'28.08.1966')}
Osoite: {m(A,'Mannerheimintie 102 C 41')}, 00250 Helsinki
Puhelin: {m(P,'09 4172 2308')}
Sähköposti: {m(E,'pirjo.lehtisalo@kolumbus.fi')}
Kortti: {m(C,cc('5169 4411 0287 623'))}""")

neg("fi_tilaus", "fi", """Tilausnumero 4471-8823-0019. Seurantakoodi JJFI64471800123456789. Postinumero 00100. Tuotenumero 6417832093417. Ohjelmistoversio 2.14.0.118.""")

pos("objednavka", "cs", f"""Objednávka č. 2024-5511
Doručit na: {m(N,'Zdeňka Horáková')}, {m(A,'Nádražní 1204/7')}, 702 00 Ostrava
Telefon: {m(P,'+420 596 118 442')}
E-mail: {m(E,'zdenka.horakova@centrum.cz')}
Platba kartou: {m(C,cc('4921 5130 0447 812'))}""")

neg("cs_zakon", "cs", """Podle § 2 odst. 1 zákona č. 110/2019 Sb., o zpracování osobních údajů, a čl. 6 odst. 1 písm. c) GDPR. Viz nález ÚS sp. zn. Pl. ÚS 10/17. Verze formuláře 3.1.4.2.""")

pos("kargo", "tr", f"""Kargo Teslim Formu
Alıcı: {m(N,'Mehmet Ali Korkmazoğlu')}
Adres: {m(A,'Kızılay Mah. Gazi Mustafa Kemal Bulvarı No: 88 Kat: 4 Daire: 12')}, Çankaya/Ankara
Telefon: {m(P,'+90 312 418 22 07')}
Teslim alan: {m(N,'Sevda Korkmazoğlu')} (eşi)""")

neg("tr_urun", "tr", """Ürün kodu 8690504077118, seri numarası TR-AX-4471-0093. Sipariş no 3318-7720-4471. Garanti bitiş tarihi 14.06.2026. Yazılım sürümü 5.4.2.18. Atatürk Bulvarı şubemiz hafta sonu kapalıdır.""")

pos("hr", "ro", f"""FIȘA ANGAJATULUI
Nume și prenume: {m(N,'Costel Mărgineanu')}
Data nașterii: {m(D,'7 septembrie 1983')}
CNP: {m(ID,cnp('183090722'+'541'))}
Adresă: {m(A,'Str. Lăpușneanu nr. 22, ap. 4')}, Iași
Cont salariu: {m(I,iban('RO','RNCB 0074 0112 3344 0001'))}
Telefon: {m(P,'0232 214 778')}""")

neg("ro_versiune", "ro", """Aplicația e-Factura versiunea 1.0.8.2; codul fiscal al companiei RO 18547290; Legea nr. 190/2018, art. 4 alin. (2). Bulevardul Ștefan cel Mare este închis pentru lucrări.""")

pos("pesanan", "id", f"""Detail Pengiriman - Pesanan #INV/20240611/MPL/4471
Penerima: {m(N,'Siti Rahmawati Lubis')}
Alamat: {m(A,'Jl. Dr. Mansyur No. 45, Gg. Sepakat')}, Medan Baru, Sumatera Utara
No. HP: {m(P,'0821-6644-9013')}
Catatan: titip ke Bu {m(N,'Ratna')} kalau rumah kosong""")

neg("id_produk", "id", """Kode produk 8992761136079, nomor resi JNE 0114 4718 2290 3341. Versi aplikasi 4.21.3.1. Jalan Sudirman dan Jalan Gatot Subroto ditutup Minggu pagi untuk car free day.""")

pos("hoso", "vi", f"""PHIẾU KHÁM BỆNH
Họ tên: {m(N,'Nguyễn Thị Thu Hà')}
Ngày sinh: {m(D,'15/10/1986')}
Số CCCD: {m(ID,'001186009274')}
Địa chỉ: {m(A,'Số 18 ngõ 92 phố Nguyễn Khuyến')}, Đống Đa, Hà Nội
SĐT: {m(P,'+84 24 3733 4419')}
Người nhà: {m(N,'Phạm Văn Long')} (chồng)""")

neg("vi_sanpham", "vi", """Mã đơn hàng 2406117731448; mã vận đơn GHN: GYX4R7K2. Phiên bản phần mềm 12.3.0.4. Đường Lê Duẩn và phố Trần Hưng Đạo bị cấm xe vào giờ cao điểm.""")

pos("fomu", "sw", f"""FOMU YA MAOMBI YA MKOPO
Jina kamili: {m(N,'Wanjiru Kamau Gitonga')}
Namba ya kitambulisho: {m(ID,'27841193')}
Tarehe ya kuzaliwa: {m(D,'03/11/1990')}
Anwani: {m(A,'Moi Avenue, Nyumba Na. 14')}, Mombasa
Simu: {m(P,'+254 733 204 581')}
Barua pepe: {m(E,'wanjiru.gitonga@gmail.com')}""")

pos("ujumbe", "sw", f"""Habari {m(N,'Mwanaisha')}, nimetuma pesa kwa M-Pesa namba {m(P,'0712 448 203')} jina {m(N,'Omari Said Mfaume')}. Tafadhali thibitisha ukipokea. Asante sana!""")

pos("form", "tl", f"""BARANGAY CLEARANCE APPLICATION
Pangalan: {m(N,'Rodelio Magsaysay Pangilinan')}
Kapanganakan: {m(D,'Enero 21, 1985')}
Tirahan: {m(A,'#27 Kalye Rizal, Purok 3')}, Brgy. Malanday, Marikina City
SSS No.: {m(ID,'34-1847726-3')}
Contact: {m(P,'0927 441 8830')}""")

neg("tl_balita", "tl", """Nanalo ang Ginebra laban sa Meralco, 98-91, sa Araneta Coliseum. Magsasara ang EDSA-Quezon Avenue flyover mula 10:00 PM hanggang 5:00 AM. Bersyon ng app: 3.8.1.2.""")

# ---------------------------------------------------------------- English, more positives

pos("transcript", "en", f"""Meeting transcript (auto-generated) - Vendor review
00:00:04 {m(N,'Ólafur Gunnarsson')}: Okay, I think everyone's here. {m(N,'Réka')}, do you want to start?
00:00:09 {m(N,'Réka Szabó-Tóth')}: Sure. So the vendor sent over the DPA yesterday, I forwarded it to {m(N,'Chukwuma')}.
00:00:15 {m(N,'Chukwuma Eze')}: Yep, got it. One thing - they want a named contact, I put {m(N,'Xu Jiaming')} since he owns the integration.
00:00:22 {m(N,'Ólafur Gunnarsson')}: Fine by me. {m(N,'Jiaming')}, can you send them your direct line?
00:00:25 {m(N,'Xu Jiaming')}: Will do, it's {m(P,'+86 21 6418 3307')}, I'll email it too.""")

pos("pnr", "en", f"""RP/LON1A0955/LON1A0955            AA/SU  11JUN24/0912Z   5XKT2Q
  1.{m(N,'ABUBAKAR/HAUWA')} MRS   2.{m(N,'ABUBAKAR/IBRAHIM SANI')} MR
  3  KL1002 Y 21JUN 5 LHRAMS HK2  0720 0945
  4  KL 591 Y 21JUN 5 AMSLOS HK2  1025 1710
  5 AP {m(P,'+44 7448 210 935')}
  6 APE {m(E,'hauwa.abubakar@gmail.com')}
  7 SSR DOCS KL HK1 P/NGA/{m(ID,'A09918374')}/NGA/{m(D,'14MAR82')}/F/20OCT29/{m(N,'ABUBAKAR/HAUWA')}
  8 SSR DOCS KL HK1 P/NGA/{m(ID,'A10227715')}/NGA/{m(D,'02JAN79')}/M/11FEB30/{m(N,'ABUBAKAR/IBRAHIM SANI')}""")

pos("compose", "en", f"""# docker-compose.yml
services:
  api:
    image: registry.gitlab.com/quillmark/api:1.9.2
    environment:
      - DATABASE_URL={m(U,'postgres://quill:Hedgehog-Tuesday-91@db:5432/quill')}
      - AMQP_URL={m(U,'amqp://guest_rw:Rabb1tH0le!@rabbitmq:5672/')}
      - OPENAI_API_KEY={m(K,'sk-proj-' + tok(48))}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: {m(K,'Hedgehog-Tuesday-91')}""")

pos("code", "en", f"""import requests

# {m(N,'Anneke')} said this token is temporary - remove before merging!!
HEADERS = {{"Authorization": "Bearer {m(K,'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + tok(60) + '.' + tok(43))}"}}

resp = requests.get("https://api.tallyho.io/v2/customers/4471", headers=HEADERS)
print(resp.json())""")

pos("guestlist", "en", f"""Wedding invitations - addresses (final!!)
- Auntie {m(N,'Grace')} & Uncle {m(N,'Femi')} — {m(A,'14 Kingsbury Road')}, London NW9 7HY
- {m(N,'Siân Rowlands')} + plus one — {m(A,'Flat 7, 3 Mount Stuart Square')}, Cardiff CF10 5EE
- the {m(N,'Nakamura-Brooks')} family — {m(A,'2291 Alder Creek Dr')}, Boulder CO 80304, USA
- {m(N,'Zsuzsanna Fekete')} — {m(A,'Király utca 46, 2. em. 5')}, 1061 Budapest
- {m(N,'Tanvir Hossain')} — {m(A,'House 12, Road 5, Dhanmondi')}, Dhaka""")

pos("payroll", "en", f"""EMPLOYEE_ID|NAME|SSN|DOB|STATE
88104|{m(N,'Delacroix, Antoinette')}|{m(S,'321-67-4409')}|{m(D,'1976-09-14')}|LA
88105|{m(N,'Okwuosa, Emeka')}|{m(S,'580 22 1937')}|{m(D,'1993-01-30')}|TX
88106|{m(N,'Halvorsen-Baptiste, Kirsten')}|{m(S,'145.30.8821')}|{m(D,'1985-05-05')}|NJ""")

pos("forum", "en", f"""[SOLVED] Home Assistant keeps losing my Shelly plug

Posted by {m(N,'thorvald_k')}
So my plug ({m(MAC,'C4:5B:BE:6F:2A:90')}) keeps getting a new IP. Router is a Fritz!Box, I set a static lease at {m(IP,'192.168.178.54')} but it ignores it. Any ideas?

Reply from {m(N,'mpatel')}
Check the lease is bound to the right MAC - yours shows {m(MAC,'C4:5B:BE:6F:2A:91')} in the screenshot, off by one (2.4GHz vs 5GHz interface).""")

pos("email", "en", f"""Dear Mrs {m(N,'Þórhallsdóttir')},

Thank you for meeting with me about {m(N,'Hekla')}'s progress. As discussed, she will join the reading group with {m(N,'Bálint Kovács')} and {m(N,'Aroha Ngata')} from next week.

Could you confirm that the emergency number on file ({m(P,'+354 862 4471')}) is still correct?

Kind regards,
Ms. {m(N,'Wetherall')}
Year 3 teacher""")

pos("bail", "en", f"""MAGISTRATES' COURT - BAIL RECORD
Defendant: {m(N,'Connor Padraig Keohane')}      DOB: {m(D,'04/04/2001')}
Address for bail: {m(A,'67 Dunluce Avenue')}, Belfast BT9 7AW
Conditions: reside at the above address; curfew 21:00-06:00; not to contact {m(N,'Shauna McIlroy')} directly or indirectly.
Surety: {m(N,'Bernadette Keohane')} (mother), £2,000""")

pos("shell", "en", f"""deploy@jump01:~$ history | tail -6
 1207  sshpass -p '{m(K,'Lighthouse#44')}' ssh admin@{m(IP,'10.60.2.14')}
 1208  mysql -u root -p'{m(K,'R00tBeer!Float')}' -h {m(IP,'10.60.2.30')} crm
 1209  scp backup.sql {m(N,'oyebode')}@{m(IP,'10.60.2.31')}:/tmp/
 1210  redis-cli -u {m(U,'redis://admin:s3cr3t-Parsnip@' + '10.60.2.40:6379')} ping
 1211  exit""")

pos("complaint", "en", f"""Subject: Unauthorised charges - please escalate

To whom it may concern,

On 2 May I noticed three charges of £79.99 on my Mastercard {m(C,cc('2221 0043 7719 580'))} which I did not authorise. My name is {m(N,'Hermione Okpara-Lindsay')} and I live at {m(A,'Apartment 1402, Pinnacle Tower, 20 Water Street')}, Liverpool L2 0RG.
Please call me on {m(P,'0151 496 7723')} or write to {m(E,'h.okparalindsay@outlook.com')}.

Regards,
{m(N,'H. Okpara-Lindsay')}""")

pos("roster", "en", f"""| Student | DOB | Guardian | Contact |
|---|---|---|---|
| {m(N,'Keanu Makoa')} | {m(D,'2015-02-18')} | {m(N,'Leilani Makoa')} | {m(P,'(808) 732-4419')} |
| {m(N,'Saanvi Deshmukh')} | {m(D,'2014-11-30')} | {m(N,'Rohit Deshmukh')} | {m(E,'rohit.deshmukh@gmail.com')} |
| {m(N,'Mateus Caldeira')} | {m(D,'2015-07-07')} | {m(N,'Luana Caldeira')} | {m(P,'808-395-0218')} |""")

pos("ticket", "en", f"""GitHub issue #2291: Password reset e-mail shows another user's name

**Describe the bug**
When I reset my password the e-mail greets me as "{m(N,'Ngaire Tamihana')}" - that's not me, I'm {m(N,'Lorcan Ó Fearghail')} ({m(E,'lorcan.ofearghail@gmail.com')}).

**Logs**
```
reset_token issued user_id=5521 email={m(E,'ngaire.tamihana@xtra.co.nz')} ip={m(IP,'122.56.71.190')}
```""")

pos("hotel", "en", f"""GUEST REGISTRATION CARD - The Harbourview, Cape Town
Surname: {m(N,'Mokoena')}        First name(s): {m(N,'Lerato Palesa')}
ID / Passport no.: {m(ID,cc('920315021408'))}       Nationality: ZA
Date of birth: {m(D,'15 March 1992')}
Home address: {m(A,'31 Jan Smuts Avenue')}, Parktown, Johannesburg 2193
Vehicle reg.: CA 447-182
Card guarantee: {m(C,cc('4096 6602 1883 471'))}""")

pos("sms", "en", f"""Hi it's {m(N,'Dagny')} from Fjord Dental, just confirming your appointment Tues 10:30. Reply Y to confirm. If you need to change please call {m(P,'020 7946 1183')}. Please bring your NHS number ({m(ID,'402 771 8399')}).""")

pos("webhook", "en", f"""POST /webhooks/crm HTTP/1.1
Host: hooks.fernleaf.io
X-Signature: sha256=9c1e4a77b2d0f3e8a51c6b94d7e20f3a8b5c1d9e6f7a2b3c4d5e6f7a8b9c0d1e
Content-Type: application/json

{{"event":"contact.updated","contact":{{"name":"{m(N,'Radomir Stefanović')}","email":"{m(E,'radomir.s@mts.rs')}","phone":"{m(P,'+381 63 447 1820')}","street":"{m(A,'Bulevar oslobođenja 88/14')}","city":"Novi Sad"}}}}""")

pos("cv", "en", f"""RÉSUMÉ
{m(N,'Temperance Vanstone-Nkosi')}
{m(A,'5/88 Ponsonby Road')}, Auckland 1011 · {m(P,'+64 21 447 3190')} · {m(E,'temperance.an@gmail.com')}

Referees
{m(N,'Hemi Walker-Rangi')}, Team Lead, Kiwibank - {m(P,'+64 27 318 4470')}
{m(N,'Annika Strömgren')}, former manager - {m(E,'annika.stromgren@live.se')}""")

# ---------------------------------------------------------------- English, more hard negatives

neg("support_docs", "en", """FAQ: How do I update my card?
Go to Settings > Billing > Payment method and enter the new card number (e.g. 4242 4242 4242 4241 will be rejected as invalid). Your card number is never shown in full; we only display the last four digits like •••• 1881.""")

neg("network_docs", "en", """Subnet plan (v3.1.2.0 of the IPAM template)
- Section 10.2.3 describes VLAN tagging
- Sections 10.2.4 to 10.2.9 are reserved
- Firmware 4.2.0.118 required on all access switches
- Ticket reference 2024.06.11.7""")

neg("uuid_log", "en", """2024-06-11T09:12:44.512Z DEBUG cache - evicted key=session:7f3e9a12-44c1-4b0e-9d7a-3c2f1e8b6a50 ttl=0
2024-06-11T09:12:44.517Z DEBUG cache - hit ratio 0.9471 over 18233 lookups
2024-06-11T09:12:45.003Z DEBUG gc - pause 12.4ms heap 1.82G/4.00G""")

neg("essay", "en", """In 1858 Charles Darwin and Alfred Russel Wallace presented their theory of natural selection to the Linnean Society. Darwin published On the Origin of Species on 24 November 1859. Critics such as Richard Owen attacked the book, while Thomas Huxley defended it in the famous 1860 Oxford debate.""")

neg("tracking", "en", """Your FedEx shipment 7749 1183 2209 is on its way. DHL Express waybill 1234567890 handed over. Royal Mail tracking: AB123456789GB. Amazon order 204-7731448-2291836. Estimated delivery 3-5 business days.""")

neg("product", "en", """Compatible models: Dell Latitude 5440, Dell Precision 3581, HP EliteBook 840 G10, Lenovo ThinkPad X1 Carbon Gen 11. Adapter P/N 0G6J41, input 100-240V, 50/60Hz. Made by Foxconn for Dell Technologies.""")

neg("kb_article", "en", """KB-4471: Resetting the admin password
1. Stop the service: `systemctl stop portal`
2. Run `portal-cli reset-password --user admin --password '<new password>'`
3. Start the service and log in at https://portal.local/admin
Note: the default password `********` shown in screenshots is masked.""")

neg("git_remote", "en", """[remote "origin"]
	url = git@gitlab.com:fernleaf/mobile-app.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
[submodule "vendor/sdk"]
	url = ssh://git@bitbucket.org/fernleaf/sdk.git""")

neg("calendar", "en", """Public holidays 2024 (England): 1 January, 29 March, 1 April, 6 May, 27 May, 26 August, 25 December, 26 December. Office closed 24/12/2024 to 01/01/2025. Payroll cut-off 20/12/2024.""")


if __name__ == "__main__":
    emit("blind14", cases)
