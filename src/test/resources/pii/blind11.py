# blind11: hand-written multilingual PII corpus (documents, chats, dumps, forms; ~40% hard negatives), independent of the detector.
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

cases = []

# ---------------------------------------------------------------- English, positives
cases += [
    ("ticket", "en", False,
     "Ticket #48213 | Priority: High | Queue: Billing" + NL +
     "From: " + m(N, "Megan Oduya") + " <" + m(E, "megan.oduya@fastmail.com") + ">" + NL +
     "Subject: Charged twice for order 1139-2207" + NL + NL +
     "Hi, I was charged twice on my Visa ending 4417 for the same order. Please refund one of them. "
     "If it's easier, call me on " + m(P, "(415) 662-0193") + " after 3pm Pacific." + NL + NL +
     "---- reply ----" + NL +
     "Hi " + m(N, "Megan") + ", the duplicate authorization was voided and should drop off within 5 business days. "
     "Sorry for the hassle! - " + m(N, "Darius") + " (Billing)"),

    ("chat", "en", False,
     "[09:14] " + m(N, "tom.breckenridge") + ": can someone reset my vpn pw? locked out again" + NL +
     "[09:15] " + m(N, "priya.n") + ": sure, temp password is " + m(K, "Kx7!rqP2vLm9") + " - change it on first login pls" + NL +
     "[09:16] " + m(N, "tom.breckenridge") + ": thx " + m(N, "priya") + " 🙏" + NL +
     "[09:16] helpdesk-bot: ticket IT-22871 closed automatically"),

    ("csv", "en", False,
     "employee_id,first_name,last_name,dob,ssn,phone,email" + NL +
     "E-10231," + m(N, "Marcus") + "," + m(N, "Delgado-Reyes") + "," + m(D, "1984-03-27") + "," + m(S, "546-12-2647") + "," + m(P, "+1 602 555 0148") + "," + m(E, "mdelgado@proton.me") + NL +
     "E-10232," + m(N, "Shanice") + "," + m(N, "Whitfield") + "," + m(D, "07/19/1991") + "," + m(S, "221-46-8328") + "," + m(P, "(704) 392-1187") + "," + m(E, "shanice.w@gmail.com") + NL +
     "E-10233," + m(N, "Ngozi") + "," + m(N, "Eze") + "," + m(D, "1979-11-02") + "," + m(S, "178602480") + ",," + m(E, "ngozi.eze@outlook.com")),

    ("medical", "en", False,
     "PATIENT INTAKE - Riverside Family Clinic" + NL +
     "Name: " + m(N, "Harold J. Pennington") + "      DOB: " + m(D, "11 Feb 1948") + "      Sex: M" + NL +
     "Home address: " + m(A, "2231 Wexford Lane, Columbus, OH 43221") + NL +
     "Driver's license (photo ID checked): " + m(ID, "RS482910") + NL +
     "Emergency contact: " + m(N, "Ruth Pennington") + " (daughter) " + m(P, "614-555-0192") + NL +
     "Allergies: penicillin (rash). Current meds: metformin 500 mg BID, lisinopril 10 mg." + NL +
     "BP 142/88 taken 2024-05-03 09:40. Next visit in 6 weeks."),

    ("invoice", "en", False,
     "INVOICE No. 2024-0178                     Date: 12 June 2024" + NL +
     "From: " + m(N, "Eleanor Voss") + " - Illustration & Design" + NL +
     m(A, "14 Cobble Row, Bristol BS1 5QT") + NL +
     "Bill to: Hartwell Books Ltd, accounts payable" + NL + NL +
     "Cover illustration 'The Salt Road' (2 rounds of revisions)      £1,450.00" + NL +
     "Spot illustrations x6                                             £720.00" + NL +
     "TOTAL DUE (no VAT, below threshold)                          £2,170.00" + NL + NL +
     "Please pay within 30 days to IBAN " + m(I, "GB60 HBUK 0662 9173 2495 32") + " (BIC HBUKGB4B), reference INV-0178."),

    ("code", "en", False,
     "# .env.production  -- DO NOT COMMIT" + NL +
     "DATABASE_URL=" + m(U, "postgres://app_user:Vf93kLq2xZ@db-prod-02.internal:5432/orders") + NL +
     "STRIPE_SECRET_KEY=" + m(K, "sk_live_sOLpzTsCFnGAmbFCuoGjFbyq") + NL +
     "AWS_ACCESS_KEY_ID=" + m(K, "AKIA63DTK6S5WQFEHS6I") + NL +
     "AWS_SECRET_ACCESS_KEY=" + m(K, "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") + NL +
     "AWS_REGION=eu-west-1" + NL +
     "LOG_LEVEL=info" + NL +
     "PORT=8080"),

    ("log", "en", False,
     "2024-06-03T08:12:44.201Z INFO  auth.login  ok user=" + m(E, "jkowalczyk@outlook.com") + " ip=" + m(IP, "81.214.77.139") + " app_version=4.12.0.3" + NL +
     "2024-06-03T08:12:51.009Z WARN  auth.login  bad password user=" + m(N, "dmitri.volkov") + " ip=" + m(IP, "185.44.207.12") + " attempt=3/5" + NL +
     "2024-06-03T08:13:02.774Z INFO  auth.login  ok user=" + m(N, "dmitri.volkov") + " ip=" + m(IP, "2a02:8108:1440:7a00::1c3") + " mfa=totp" + NL +
     "2024-06-03T08:13:05.120Z DEBUG cache.hit   key=session:7f3e2a ttl=3600"),

    ("police", "en", False,
     "INCIDENT REPORT 24-031877 - Harrisburg Bureau of Police" + NL +
     "Offense: Theft from motor vehicle (18 Pa.C.S. § 3921)" + NL +
     "Reporting party: " + m(N, "Denise Albright") + ", DOB " + m(D, "04/22/1979") + ", of " + m(A, "418 Maple Hollow Rd, Apt 2B, Harrisburg PA 17104") + ", cell " + m(P, "717-555-0163") + "." + NL +
     "Narrative: R/P states that between 2300 hrs and 0640 hrs her 2019 Subaru Outback was entered and a laptop bag was removed. "
     "Neighbor " + m(N, "Kevin Tran") + " reported hearing glass break around 0200 hrs. No suspect information at this time." + NL +
     "Officer: Ptl. " + m(N, "S. Marchetti") + " #5512"),

    ("school", "en", False,
     "Oakfield Primary School" + NL + NL +
     "Dear Mr and Mrs " + m(N, "Castellano") + "," + NL + NL +
     "I am writing to let you know that " + m(N, "Mateo") + " (Year 5, Class 5B) has been selected for the county chess team. "
     "The first tournament is on Saturday 15 June at Linwood Leisure Centre. If you have any questions please contact "
     "Ms " + m(N, "Fairbrother") + " at the school office." + NL + NL +
     "Kind regards," + NL + m(N, "Helen Ashdown") + NL + "Headteacher"),

    ("obituary", "en", False,
     m(N, "Margaret Ann") + " (" + m(N, "Peggy") + ") " + m(N, "Lindqvist") + ", 88, of Duluth, passed away peacefully on March 3, 2024. "
     "She was born on " + m(D, "July 9, 1935") + ", in Two Harbors to " + m(N, "Oscar") + " and " + m(N, "Helga Sundberg") + ". " +
     m(N, "Peggy") + " taught third grade at Lester Park Elementary for 31 years. She is survived by her children " + m(N, "Paul") + " (" + m(N, "Janet") + ") " + m(N, "Lindqvist") +
     " and " + m(N, "Karen Moody") + ", and five grandchildren. A celebration of life will be held Saturday at 11 a.m. at First Lutheran Church."),

    ("classified", "en", False,
     "FOR SALE: 2016 Honda CR-V EX AWD, 84k miles, one owner, new tires, clean title. $14,900 OBO. "
     "Call or text " + m(N, "Luis") + " at " + m(P, "956-555-0117") + " after 5pm. No trades, no lowballers please."),

    ("cv", "en", False,
     "CURRICULUM VITAE" + NL + NL +
     m(N, "Aisha Bello-Carter") + NL +
     m(A, "Flat 3, 27 Hatherley Road, Sidcup DA14 4AZ") + " | " + m(P, "07911 482337") + " | " + m(E, "aisha.bellocarter@gmail.com") + NL +
     "Date of birth: " + m(D, "02.09.1993") + " | Nationality: British" + NL + NL +
     "EXPERIENCE" + NL +
     "2019-present  Data Analyst, NHS Digital, Leeds - built Power BI dashboards for A&E waiting times" + NL +
     "2016-2019     Junior Analyst, Kantar, London" + NL + NL +
     "EDUCATION" + NL + "BSc Mathematics (2:1), University of Kent, 2016"),
]
cases += [
    ("shipping", "en", False,
     "SHIP TO:" + NL +
     m(N, "JAMAL WHITAKER") + NL +
     m(A, "1907 N KEDZIE AVE APT 3") + NL +
     m(A, "CHICAGO IL 60647-4410") + NL +
     "TEL " + m(P, "773 555 0139") + NL +
     "UPS GROUND   TRACKING #: 1Z 9R4 71A 03 4419 2087" + NL +
     "WT 2.3 LB   DWT 12,9,4   REF: PO-88213"),

    ("json", "en", False,
     '{"customer": {"full_name": "' + m(N, "Oluwaseun Adeyemi") + '", "dob": "' + m(D, "1990-12-05") + '", "nationality": "NG", '
     '"nin": "' + m(ID, "10179368246") + '", "passport_no": "' + m(ID, "A09384417") + '", '
     '"phone": "' + m(P, "+234 803 441 2760") + '", "email": "' + m(E, "seun.adeyemi@yahoo.com") + '", '
     '"address": "' + m(A, "14 Admiralty Way, Lekki Phase 1, Lagos") + '"}, '
     '"kyc_level": 2, "risk_score": 0.12, "checked_at": "2024-05-30T14:02:11Z", "reviewer": "auto"}'),

    ("bank", "en", False,
     "Statement period 01/05/2024 - 31/05/2024                 Page 1 of 2" + NL +
     "Account holder: Mr " + m(N, "Gareth Llewellyn") + NL +
     "IBAN: " + m(I, "GB18 BARC 7473 7666 0818 56") + NL + NL +
     "02/05  CARD PAYMENT TESCO STORES 3041 CARDIFF          -23.45" + NL +
     "07/05  TRANSFER TO " + m(N, "R. OKONKWO") + "  REF RENT MAY          -850.00" + NL +
     "15/05  SALARY CARDIFF UNIVERSITY                    +2,914.62" + NL +
     "28/05  DIRECT DEBIT BRITISH GAS                       -61.00" + NL +
     "Closing balance                                     3,118.40"),

    ("email", "en", False,
     "From: " + m(N, "Cheng Wei") + " <" + m(E, "cheng.wei@lumenanalytics.co") + ">" + NL +
     "To: " + m(N, "Samantha Price") + " <" + m(E, "sprice@northgate-capital.com") + ">" + NL +
     "Date: Tue, 4 Jun 2024 16:22:09 +0800" + NL +
     "Subject: RE: NDA - Project Heron" + NL + NL +
     "Hi " + m(N, "Samantha") + "," + NL + "Signed copy attached, countersigned by our GC this morning. Let me know once you've filed it." + NL + NL +
     "Best," + NL + m(N, "Wei") + NL + "--" + NL +
     m(N, "Cheng Wei") + " | Senior Analyst | Lumen Analytics" + NL + "M: " + m(P, "+65 9123 4876")),

    ("form", "en", False,
     "Form W-9 (Rev. March 2024)" + NL +
     "1 Name (as shown on your income tax return): " + m(N, "Brandon T. Kessler") + NL +
     "2 Business name/disregarded entity name: Kessler Woodworks LLC" + NL +
     "5 Address (number, street, and apt. or suite no.): " + m(A, "5120 Juniper Ridge Dr") + NL +
     "6 City, state, and ZIP code: " + m(A, "Boise, ID 83709") + NL +
     "Part I  Taxpayer Identification Number (TIN)" + NL +
     "Social security number: " + m(S, "595 28 9677")),

    ("log", "en", False,
     "Jun  3 07:58:12 gw dhcpd[2211]: DHCPDISCOVER from " + m(MAC, "6b:43:6d:10:89:e1") + " via eth1" + NL +
     "Jun  3 07:58:12 gw dhcpd[2211]: DHCPOFFER on " + m(IP, "192.168.1.47") + " to " + m(MAC, "6b:43:6d:10:89:e1") + " via eth1" + NL +
     "Jun  3 07:58:13 gw dhcpd[2211]: DHCPACK on " + m(IP, "192.168.1.47") + " to " + m(MAC, "6b:43:6d:10:89:e1") + " via eth1" + NL +
     "Jun  3 07:59:40 gw dhcpd[2211]: DHCPREQUEST for " + m(IP, "192.168.1.12") + " from " + m(MAC, "7B:BC:8C:6E:EB:DD") + " via eth1: lease renewed 86400s"),

    ("chat", "en", False,
     "12/03/2024, 18:02 - " + m(N, "Becca Holloway") + ": hey are we still on for saturday?" + NL +
     "12/03/2024, 18:05 - " + m(N, "Jordan") + ": yes!! address is " + m(A, "47 Linden Ave, Oak Park, IL 60302") + " - ring the side door, bell's broken" + NL +
     "12/03/2024, 18:05 - " + m(N, "Jordan") + ": my cell if u get lost " + m(P, "708-555-0121") + NL +
     "12/03/2024, 18:07 - " + m(N, "Becca Holloway") + ": 👍 bringing the lasagna"),

    ("code", "en", False,
     "Getting 401 Bad credentials when running this, any idea?" + NL + NL +
     "```python" + NL +
     "from github import Github" + NL +
     "client = Github('" + m(K, "ghp_PGlz0LBFfnfORvXLU5M0so2T8wtkyvuZQ7sj") + "')" + NL +
     "repo = client.get_repo('octo-org/payments')" + NL +
     "print(repo.get_pulls(state='open').totalCount)" + NL +
     "```" + NL + "PyGithub 2.3.0, Python 3.12.3 on macOS 14.5"),

    ("travel", "en", False,
     "BOOKING CONFIRMATION  -  Ref QX7LPM" + NL +
     "Passenger 1: MS " + m(N, "FATIMA ZAHRA EL IDRISSI") + NL +
     "Passport: " + m(ID, "UZ4819027") + " (MAR)  exp 14AUG2031" + NL +
     "Date of birth: " + m(D, "23MAR1995") + NL +
     "AT 202  CMN 0945 -> JFK 1230  14JUL  Economy (Q)  Seat 32A  Baggage 2PC"),

    ("form", "en", False,
     "CLAIM FORM - Section A: Claimant details" + NL +
     "Full name: " + m(N, "Geneviève Tremblay-Roy") + NL +
     "Social Insurance Number: " + m(ID, "538 815 440") + NL +
     "Date of birth (YYYY-MM-DD): " + m(D, "1982-06-30") + NL +
     "Address: " + m(A, "3418 rue Saint-Denis, app. 5, Montréal (Québec) H2X 3L1") + NL +
     "Daytime phone: " + m(P, "514-555-0148") + NL +
     "Section B: Date of loss 2024-04-18 - water damage, kitchen ceiling"),

    ("hr", "en", False,
     "NEW STARTER DETAILS - Payroll (AU)" + NL +
     "Employee: " + m(N, "Liam O'Sullivan") + NL +
     "Tax file number: " + m(ID, "591 817 886") + NL +
     "DOB: " + m(D, "19/08/1998") + NL +
     "Residential address: " + m(A, "Unit 12/48 Carrington Street, Surry Hills NSW 2010") + NL +
     "Mobile: " + m(P, "0412 558 903") + NL +
     "Start date: 1 July 2024   Award: Clerks - Private Sector Award 2020, Level 2"),

    ("email", "en", False,
     "Hi " + m(N, "Priyanka") + "," + NL + NL +
     "For the payroll setup I still need your National Insurance number - it's printed on your P60 or any payslip from your last employer." + NL + NL +
     "Thanks," + NL + m(N, "Owen") + NL + NL +
     "> Sure, it's " + m(ID, "RX 43 76 15 A") + ". Let me know if you need the P45 as well." + NL + "> " + m(N, "Priyanka")),

    ("ticket", "en", False,
     "Internal note (CS-71920): customer pasted full card details into live chat: "
     "'my card number is " + m(C, "5586 9893 9640 5990") + " exp 08/27 cvv 412, please just charge it manually'. "
     "DO NOT store - redacted from CRM transcript. Customer: " + m(N, "Dolores Whitcombe") + ", account since 2017. "
     "Advised her to use the secure payment link instead."),

    ("form", "en", False,
     "Expense report - Q2 2024" + NL +
     "Employee: " + m(N, "Raj Malhotra") + " (EMP 55812)   Cost centre: 4410-Sales EMEA" + NL +
     "Corporate card: " + m(C, "3798 879908 14389") + " (Amex)" + NL +
     "04/11  Hilton Frankfurt City Centre   2 nights   EUR 412.00" + NL +
     "04/12  Lufthansa LH 903 FRA-LHR               EUR 189.50" + NL +
     "Approved by: " + m(N, "Claire Dunmore") + ", 2024-04-20"),

    ("json", "en", False,
     '{"event":"payment.failed","id":"evt_3PJ2kQ","card":{"number":"' + m(C, "4168498334040892") + '","exp":"11/26","holder":"' + m(N, "ANA LUCIA FERREIRA") + '"},'
     '"amount":129.90,"currency":"BRL","decline_code":"insufficient_funds","created":1717421590}'),

    ("csv", "en", False,
     "asset_tag,mac,ipv4,ipv6,assigned_to" + NL +
     "LT-0418," + m(MAC, "04-74-C3-08-A7-9C") + "," + m(IP, "10.20.4.118") + "," + m(IP, "fd12:3456:789a:1::118") + "," + m(N, "Julia Hernandez") + NL +
     "LT-0431," + m(MAC, "2be3.146a.71a8") + "," + m(IP, "10.20.4.131") + "," + m(IP, "fd12:3456:789a:1::131") + "," + m(N, "Oliver Kim") + NL +
     "PR-0007," + m(MAC, "e7:f8:71:41:f2:e6") + "," + m(IP, "10.20.9.7") + ",,shared (3rd floor printer)"),

    ("code", "en", False,
     "import telebot" + NL + NL +
     "bot = telebot.TeleBot(\"" + m(K, "5646918078:AAd54H9tEmNBXDqACdF5HqZwFi-pDwCXqEZ") + "\")" + NL + NL +
     "@bot.message_handler(commands=['start'])" + NL +
     "def hello(msg):" + NL + "    bot.reply_to(msg, 'Bot is up, v0.3.1')"),

    ("log", "en", False,
     "POST /api/v2/invoices HTTP/1.1" + NL +
     "Host: billing.internal" + NL +
     "Authorization: Bearer " + m(K, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInNjb3BlIjoiaW52b2ljZXM6d3JpdGUiLCJleHAiOjE3MzU2ODk2MDB9.h8F5nUdMnCmKnaII32nEOwVI9N7LVSBgZphp5ZrPLF_") + NL +
     "Content-Type: application/json" + NL +
     "X-Request-Id: 8975aed8-411c-4e88-8286-e48d221165bc" + NL + NL +
     '{"customer_id": 88213, "lines": 3}'),

    ("legal", "en", False,
     "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS - DOMESTIC RELATIONS DIVISION" + NL +
     "In re the Marriage of " + m(N, "DANIEL OKAFOR") + ", Petitioner, and " + m(N, "REBECCA OKAFOR") + ", Respondent." + NL +
     "Case No. 2023 D 004417" + NL +
     "ORDER: Petitioner shall pay temporary child support of $1,120 per month for the parties' minor child (born " + m(D, "2016-02-08") + "), "
     "commencing July 1, 2024."),

    ("chat", "en", False,
     "hey its " + m(N, "marcus") + " - got a new number, old one died in the lake lol. save this one: " + m(P, "312-555-0184")),

    ("contract", "en", False,
     "VEHICLE RENTAL AGREEMENT  RA-5518402" + NL +
     "Renter: " + m(N, "Stephanie Gallo") + "   DOB: " + m(D, "5/11/1990") + NL +
     "Driver license #: " + m(ID, "D4827193") + " (CA)  exp 05/11/2027" + NL +
     "Additional driver: " + m(N, "Victor Gallo") + ", DL " + m(ID, "F1190462") + " (CA)" + NL +
     "Vehicle: 2023 Toyota Camry SE, plate 9KXR217, fuel 8/8, odometer 18,402" + NL +
     "Pick-up: LAX 06/14/2024 10:30   Return: SFO 06/18/2024 17:00"),

    ("form", "en", False,
     "DS-82 continuation page - previous passport" + NL +
     "Applicant: " + m(N, "Kwame Asante-Mensah") + NL +
     "Most recent passport number: " + m(ID, "583920471") + "   Issue date: 03/02/2015" + NL +
     "Date of birth: " + m(D, "October 17, 1986") + "   Place of birth: Kumasi, Ghana" + NL +
     "Mailing address: " + m(A, "6402 Belcrest Rd, Apt 1120, Hyattsville, MD 20782")),

    ("form", "en", False,
     "SEPA DIRECT DEBIT MANDATE - FlexFit Gyms Ireland" + NL +
     "Member name: " + m(N, "Ciarán Ó Murchú") + NL +
     "Address: " + m(A, "14 Griffith Avenue, Drumcondra, Dublin 9, D09 X2K5") + NL +
     "IBAN: " + m(I, "IE95 AIBK 0425 2525 2273 85") + "   BIC: AIBKIE2D" + NL +
     "PPS number (for tax relief on health membership): " + m(ID, "8521502B") + NL +
     "Signed: " + m(N, "C. Ó Murchú") + "   Date: 02/06/2024"),
]
cases += [
    ("yaml", "en", False,
     "# config/production.yml" + NL +
     "cache:" + NL +
     "  url: " + m(U, "redis://:p4ssW0rd-9931@cache-01.prod.lan:6379/0") + NL +
     "  ttl_seconds: 900" + NL +
     "mail:" + NL +
     "  provider: mailgun" + NL +
     "  api_key: " + m(K, "key-9e8a71d062fba73e67acdb8c0e9f36ee") + NL +
     "  domain: mg.shopkite.io" + NL +
     "alerts:" + NL +
     "  oncall_email: " + m(E, "ravi.subramanian@shopkite.io") + NL +
     "  oncall_phone: '" + m(P, "+1 646 555 0182") + "'"),

    ("html", "en", False,
     '<div class="contact-card">' + NL +
     '  <h3>Dr. ' + m(N, "Naomi Feld") + '</h3>' + NL +
     '  <p>Pediatric Dentistry - accepting new patients</p>' + NL +
     '  <a href="mailto:' + m(E, "naomi.feld@brightsmiles-dental.com") + '">' + m(E, "naomi.feld@brightsmiles-dental.com") + '</a>' + NL +
     '  <a href="tel:' + m(P, "+13125550176") + '">' + m(P, "+1 (312) 555-0176") + '</a>' + NL +
     '</div>'),

    ("contract", "en", False,
     "ASSURED SHORTHOLD TENANCY AGREEMENT" + NL +
     "This agreement is made on 28 May 2024 between Harbourside Lettings Ltd, acting as agent for the Landlord, and Mr " + m(N, "Tobias Reinholt") +
     ", born " + m(D, "17 October 1989") + " (the Tenant), currently residing at " + m(A, "9 Quayside Mews, Whitby YO21 3PQ") + "." + NL +
     "The Property: " + m(A, "Flat 4, 22 Skinner Street, Whitby YO21 3AH") + NL +
     "Term: 12 months from 1 July 2024. Rent: £795 per calendar month. Deposit: £917, protected with the DPS."),

    ("medical", "en", False,
     "NURSING HANDOVER - Ward 7B - night shift 19:30" + NL +
     "Bed 4: Mr " + m(N, "Abdullahi Warsame") + ", DOB " + m(D, "14/01/1957") + ". Day 2 post lap chole. Obs stable, NEWS 1. Pain controlled with oral paracetamol. "
     "Wife (" + m(N, "Hodan") + ") visiting tomorrow AM, contact " + m(P, "07700 182 443") + "." + NL +
     "Bed 5: empty - awaiting transfer from ED." + NL +
     "Bed 6: Mrs " + m(N, "Gwen Pryce-Jones") + ", DOB " + m(D, "03/11/1938") + ". Falls risk, bed rails up, 2-hourly turns."),

    ("email", "en", False,
     "Subject: Your order #ZX-20491-88 has shipped!" + NL + NL +
     "Hi " + m(N, "Chloe") + "," + NL + NL +
     "Good news - your Linen Wrap Dress (size 10, sage) is on its way." + NL +
     "Shipping to:" + NL + m(N, "Chloe Bernard") + NL + m(A, "88 Rue Oberkampf") + NL + m(A, "75011 Paris") + NL + "France" + NL + NL +
     "Carrier: Colissimo   Tracking: 6A23184775502   Estimated delivery: Thu 13 June"),

    ("sql", "en", False,
     "INSERT INTO customers (id, handle, email, phone, last_login_ip, created_at) VALUES" + NL +
     "  (1021, 'nightowl77', '" + m(E, "kendra.baptiste@icloud.com") + "', '" + m(P, "+1-404-555-0138") + "', '" + m(IP, "98.207.14.66") + "', '2023-11-02 09:41:00')," + NL +
     "  (1022, 'blueheron', '" + m(E, "felix.wong88@gmail.com") + "', NULL, '" + m(IP, "2600:1700:3ec0:9a10::2f") + "', '2023-11-02 10:03:17')," + NL +
     "  (1023, 'quietstorm', '" + m(E, "r.achterberg@posteo.de") + "', '" + m(P, "+49 1523 884 1902") + "', '" + m(IP, "91.64.118.203") + "', '2023-11-03 22:15:48');"),

    ("code", "en", False,
     "// src/maps.js" + NL +
     "const loader = new Loader({" + NL +
     "  apiKey: \"" + m(K, "AIzajw9vazDT-L_R0snWAnu9ixlkD18wbz4n2e8") + "\"," + NL +
     "  version: \"weekly\"," + NL +
     "  libraries: [\"places\"]" + NL +
     "});" + NL +
     "const center = { lat: 51.5072, lng: -0.1276 }; // London"),

    ("code", "en", False,
     "# .gitlab-ci.yml" + NL +
     "deploy:" + NL +
     "  stage: deploy" + NL +
     "  script:" + NL +
     "    - git push " + m(U, "https://oauth2:glpat-oBzysuSP9t5D1d7FFH4Z@gitlab.com/acme-infra/site.git") + " HEAD:main" + NL +
     "  only: [tags]"),

    ("code", "en", False,
     "; ~/.npmrc" + NL +
     "registry=https://registry.npmjs.org/" + NL +
     "//registry.npmjs.org/:_authToken=" + m(K, "npm_Ayb7lli7x8ryeLEQ3fgQf05YmW47F1edaAhC") + NL +
     "save-exact=true"),

    ("code", "en", False,
     "\"ConnectionStrings\": {" + NL +
     "  \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=acmeprodassets;AccountKey=" + m(K, "693d2r5kX4oUDT3oxCeFNTg89Fe3xqpKiZ8z/Ed4CIEFA4CaL44m0rgCmHM6a6gNWzrRXodoesjLP1Gp7C8TfQ==") + ";EndpointSuffix=core.windows.net\"," + NL +
     "  \"Sql\": \"Server=tcp:acme-sql.database.windows.net,1433;Database=crm;User ID=crm_app;Password=" + m(K, "Mi_&442w%Rh#JMJu") + ";Encrypt=True\"" + NL +
     "}"),

    ("chat", "en", False,
     "<" + m(N, "hannah_mercer") + "> ok who pasted the openai key in #general" + NL +
     "<" + m(N, "j.okoro") + "> oops that was me. " + m(K, "sk-proj-c0uxOQZ_5YQXmL4JCOPlO-RHDfeACh2fewgp0KOJ3R4hjsVU") + " - revoking now" + NL +
     "<" + m(N, "hannah_mercer") + "> ty. also rotate the twilio token, " + m(K, "a86979dfc12061a5eba044d62fc32660") + " is in the same screenshot" + NL +
     "<" + m(N, "j.okoro") + "> on it"),

    ("yaml", "en", False,
     "students:" + NL +
     "  - id: S2024-0113" + NL +
     "    name: " + m(N, "Isabella Marchetti-Wong") + NL +
     "    date_of_birth: " + m(D, "2006-09-21") + NL +
     "    guardian: " + m(N, "Lorenzo Marchetti") + NL +
     "    guardian_phone: \"" + m(P, "+1 917-555-0163") + "\"" + NL +
     "    program: IB Diploma" + NL +
     "  - id: S2024-0114" + NL +
     "    name: " + m(N, "Tendai Moyo") + NL +
     "    date_of_birth: " + m(D, "2007-01-30") + NL +
     "    guardian: " + m(N, "Rutendo Moyo") + NL +
     "    program: A-Levels"),

    ("ticket", "en", False,
     "Support case 00318842 - Can't log in to the customer portal" + NL +
     "Contact: " + m(N, "Yusuf Karimi") + "   Phone: " + m(P, "+44 20 7946 0388") + NL +
     "Description: After the update on Monday the FTP sync stopped too. Our old script uses "
     + m(U, "ftp://ykarimi:Fjord2019!@files.karimi-imports.co.uk/outbound") + " - not sure if that matters." + NL +
     "Resolution: password rotated, customer advised to switch to SFTP with key auth."),

    ("form", "en", False,
     "U.S. Department of State - Form DS-11 (excerpt)" + NL +
     "Last name: " + m(N, "NAKAMURA-LOPEZ") + "   First & middle name: " + m(N, "ELENA SOFIA") + NL +
     "Date of birth (mm/dd/yyyy): " + m(D, "08/03/2001") + "   Sex: F   Place of birth: San Antonio, TX" + NL +
     "Social Security Number: " + m(S, "434-28-5668") + NL +
     "Email: " + m(E, "elena.nakamuralopez@gmail.com") + "   Primary phone: " + m(P, "210-555-0199")),

    ("chat", "en", False,
     "Grandma " + m(N, "Rose") + ": Sweetheart I got a text saying my Amazon account is locked, they want my social security number. Is that real?" + NL +
     m(N, "Nate") + ": NO grandma do not send it!! thats a scam" + NL +
     "Grandma " + m(N, "Rose") + ": oh dear I already sent " + m(S, "269-79-8466") + " 😟" + NL +
     m(N, "Nate") + ": ok dont panic, im calling you now, we'll freeze your credit"),

    ("email", "en", False,
     "Dear Mr. " + m(N, "Papadakis") + "," + NL + NL +
     "Thank you for your application to rent 12B. As part of our screening we ran a credit check using the details provided: "
     + m(N, "Nikolaos Papadakis") + ", SSN ending -3413, DOB " + m(D, "1975-04-02") + ", current address " + m(A, "780 Ocean Pkwy, Apt 6F, Brooklyn, NY 11230") + "." + NL + NL +
     "We are pleased to offer you the apartment. Please sign the lease by Friday." + NL + NL + m(N, "Theresa Lund") + NL + "Leasing Office"),

    ("invoice", "en", False,
     "RECEIPT - Sunrise Veterinary Hospital" + NL +
     "Client: " + m(N, "Omar Haddad") + "   Patient: 'Biscuit' (canine, beagle, 4y)" + NL +
     "Client address: " + m(A, "1216 Cedar Bluff Court, Knoxville, TN 37923") + NL +
     "Vaccination DHPP booster ........ $38.00" + NL +
     "Rabies 3-yr ..................... $27.50" + NL +
     "Paid: Mastercard " + m(C, "5296-3504-7076-7790") + "  AUTH 048213  06/01/2024 14:22"),
]
# ---------------------------------------------------------------- English, hard negatives
cases += [
    ("docs", "en", True,
     "## v2.14.3 (2024-06-04)" + NL +
     "- Bump protobuf-java 3.25.3 -> 4.27.1 (fixes CVE-2024-7254)" + NL +
     "- Netty 4.1.110.Final; Jackson 2.17.1" + NL +
     "- Fix NPE in RetryPolicy when maxAttempts=0 (#4412)" + NL +
     "- Build 20240603.1842, commit d0726277aa4f7678817c6d1a4cae682351472f71" + NL +
     "- Minimum supported Android API level is now 26 (8.0)"),

    ("shipping", "en", True,
     "Your parcels are on the way:" + NL +
     "USPS Priority Mail  9400 1118 9956 1482 7730 41  - In transit, Memphis TN hub" + NL +
     "FedEx Ground  7489 2260 1153  - Label created" + NL +
     "DHL Express  JD014600006281094421  - Out for delivery" + NL +
     "Order 4521 8830 1274 9915 | placed 06/02/2024 | 3 of 3 items shipped"),

    ("docs", "en", True,
     "Further reading" + NL +
     "Orwell, George. Nineteen Eighty-Four. London: Secker & Warburg, 1949. Reprint ISBN 978-0-14-118776-1." + NL +
     "Fitzgerald, F. Scott. The Great Gatsby. New York: Scribner, 2004. ISBN 978-0-7432-7356-5." + NL +
     "Vaswani, A. et al. (2017). Attention Is All You Need. NeurIPS 30. arXiv:1706.03762, doi:10.48550/arXiv.1706.03762"),

    ("prose", "en", True,
     "Abraham Lincoln was born on February 12, 1809, in a one-room log cabin near Hodgenville, Kentucky. "
     "He was elected the 16th President in 1860 and was assassinated by John Wilkes Booth at Ford's Theatre on April 14, 1865."),

    ("sports", "en", True,
     "Premier League, 23 April 2024 - Arsenal 5-0 Chelsea (HT 1-0). Goals: Trossard 4', White 52', 70', Havertz 57', 65'. "
     "Arsenal go three points clear at the top with 80 pts from 34 games."),

    ("recipe", "en", True,
     "Banana bread (one 9x5 in loaf)" + NL +
     "3 ripe bananas, mashed (about 1 1/2 cups)" + NL +
     "1/3 cup melted butter, 3/4 cup brown sugar, 1 egg, 1 tsp vanilla" + NL +
     "1 tsp baking soda, pinch of salt, 1 1/2 cups all-purpose flour" + NL +
     "Bake at 350°F (175°C) for 55-65 min, until a skewer comes out clean. Cool 10 min in the pan."),

    ("timetable", "en", True,
     "Route 42 - Downtown / Airport     Weekdays" + NL +
     "Stop 10472 Union Station    05:55  06:25  06:55  07:20  07:45" + NL +
     "Stop 10488 5th & Pike       06:03  06:33  07:03  07:29  07:54" + NL +
     "Stop 11902 Airport Terminal 06:41  07:11  07:41  08:09  08:34" + NL +
     "Fares: adult $2.75, youth free, ORCA LIFT $1.00. Service alert ALRT-2291 in effect until 06/30."),

    ("prose", "en", True,
     "Mount Rainier's summit, Columbia Crest, sits at 46.8523° N, 121.7603° W and rises to 4,392 m (14,410 ft). "
     "About 10,000 people attempt the climb each year; roughly half reach the top."),

    ("json", "en", True,
     '{"request_id":"01d98b65-9a51-4bbc-8967-1426d5db2379","trace_id":"4110bb5c-6f16-41b2-90df-8c353f58caea",'
     '"status":"ok","latency_ms":183,"region":"us-east-2","build":"2024.06.03-rc2","items":[{"sku":"HX-2291","qty":2}]}'),

    ("legal", "en", True,
     "Processing of health data is permitted under Article 9(2)(h) GDPR (Regulation (EU) 2016/679) and, in the US, "
     "disclosures are governed by 45 C.F.R. § 164.512. See also 42 U.S.C. § 1320d-6 (wrongful disclosure) and Section 230 of the "
     "Communications Decency Act, 47 U.S.C. § 230(c)(1)."),

    ("docs", "en", True,
     "Checkout form - field guide" + NL +
     "Card number: 16 digits, shown to the user as XXXX XXXX XXXX XXXX while typing." + NL +
     "Email: must contain '@', e.g. name@example.com; we never display it back in full." + NL +
     "Phone: E.164 format (leading +, country code, at most 15 digits)." + NL +
     "Date of birth: DD/MM/YYYY; users under 18 are rejected."),

    ("stats", "en", True,
     "The economy added 272,000 jobs in May, while the unemployment rate edged up to 4.0%. Average hourly earnings rose 0.4% "
     "month-over-month to $34.91. The 10-year Treasury yield closed at 4.43%, and the S&P 500 finished at 5,346.99."),

    ("prose", "en", True,
     "The White House is located at 1600 Pennsylvania Avenue NW, Washington, DC 20500. Public tours are free but must be requested "
     "through a Member of Congress at least 21 days in advance."),

    ("log", "en", True,
     "sha256sum -c SHASUMS256.txt" + NL +
     "node-v20.14.0-linux-x64.tar.xz: OK" + NL +
     "c370b8218dec953efba1f80892617f24a519d53d72dd91cd4aceafaab90cedbe  node-v20.14.0-linux-x64.tar.xz" + NL +
     "docker pull ghcr.io/acme/api@sha256:ae7ff29545a9dc8d1f56d9fd9d8fbbd1517610e635c752c7ba53cada6873a158"),

    ("log", "en", True,
     "[2024-06-03 04:00:00,117] INFO  scheduler - job nightly-compaction started (epoch 1717387200)" + NL +
     "[2024-06-03 04:00:09,884] INFO  gc - G1 Young pause 23.4ms, heap 512M->301M(2048M)" + NL +
     "[2024-06-03 04:02:41,002] WARN  pool-3-thread-7 - slow query 2.81s on table orders_2024_q2" + NL +
     "[2024-06-03 04:05:00,000] INFO  scheduler - job nightly-compaction finished, 1,482,337 rows"),

    ("docs", "en", True,
     "Product: Samsung Galaxy S24 Ultra (SM-S928B/DS), 12 GB RAM, 512 GB, Titanium Black. EAN 8806095299297. "
     "Firmware S928BXXS2AXE1, Android 14 / One UI 6.1. Model year 2024."),

    ("docs", "en", True,
     "Router firmware 10.2.0.15 is end-of-life; upgrade to 10.2.1.3 or later. The SNMP uptime OID is 1.3.6.1.2.1.1.3.0 "
     "and the default management subnet in the docs is written as a.b.c.0/24."),

    ("prose", "en", True,
     "\"Stay hungry, stay foolish.\" - Steve Jobs, Stanford University commencement address, June 12, 2005. "
     "Jobs, born in San Francisco in 1955, co-founded Apple with Steve Wozniak in 1976."),

    ("docs", "en", True,
     "Water: CAS 7732-18-5, molar mass 18.015 g/mol, density 0.997 g/cm³ at 25 °C. "
     "Sodium chloride: CAS 7647-14-5, UN number not regulated, melting point 801 °C."),

    ("legal", "en", True,
     "Patent US 11,482,337 B2 (filed 2021-03-09, granted 2022-10-25) is asserted in Case No. 1:23-cv-04417 (D. Del.). "
     "Claims 1-7 and 14 were found invalid under 35 U.S.C. § 101 on 2024-02-12."),

    ("log", "en", True,
     "METAR KSEA 031753Z 27015G22KT 10SM FEW045 BKN250 18/09 A2992 RMK AO2 SLP134 T01830094" + NL +
     "TAF KSEA 031720Z 0318/0424 28012KT P6SM FEW050"),

    ("prose", "en", True,
     "Sherlock Holmes and Dr John Watson lodged at 221B Baker Street, London, with their landlady Mrs Hudson. "
     "The Sherlock Holmes Museum now uses that number even though it sits between 237 and 241."),

    ("news", "en", True,
     "Senator Elizabeth Warren introduced the bill in July 2023 alongside Senator Roger Marshall. The measure, S. 2669, "
     "would extend Bank Secrecy Act rules to crypto wallet providers, miners and validators."),

    ("yaml", "en", True,
     "apiVersion: v1" + NL + "kind: Secret" + NL + "metadata:" + NL + "  name: db-credentials" + NL +
     "stringData:" + NL + "  username: ${DB_USER}" + NL + "  password: ${DB_PASSWORD}" + NL +
     "  api-key: <YOUR_API_KEY_HERE>" + NL + "  url: postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app"),

    ("timetable", "en", True,
     "BA 283  LHR 11:20 -> LAX 14:25  A380-800  Terminal 5 -> TBIT  Daily" + NL +
     "BA 269  LHR 13:55 -> LAX 17:00  B777-300ER  Terminal 5 -> TBIT  Mon, Wed, Fri" + NL +
     "Codeshare: AA 6951 / IB 4171"),

    ("prose", "en", True,
     "Winning numbers for Saturday's Powerball draw: 12 - 29 - 33 - 41 - 52, Powerball 23, Power Play 2x. "
     "Estimated jackpot for Monday: $214 million (cash value $101.3 million)."),

    ("docs", "en", True,
     "Physical constants (CODATA 2018): speed of light c = 299 792 458 m/s; Planck constant h = 6.626 070 15 × 10^-34 J·s; "
     "Avogadro constant N_A = 6.022 140 76 × 10^23 mol^-1; elementary charge e = 1.602 176 634 × 10^-19 C."),

    ("docs", "en", True,
     "Wire instructions for the conference fee: Beneficiary bank Deutsche Bank AG, SWIFT DEUTDEFF. For domestic US payments use "
     "JPMorgan Chase routing number 021000021. Always quote the invoice number (e.g. INV-2024-0918) in the reference field."),

    ("docs", "en", True,
     "AWS documentation example credentials - never use these in production:" + NL +
     "aws_access_key_id = AKIAIOSFODNN7EXAMPLE" + NL +
     "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),

    ("prose", "en", True,
     "Turn left onto Main Street, continue 2.4 km past the fire station, then take exit 17 toward Springfield. "
     "Parking is on Elm Avenue behind the library; the entrance faces Oak Street."),

    ("prose", "en", True,
     "The Metropolitan Museum of Art, 1000 Fifth Avenue, New York, NY 10028, is open Sunday-Tuesday and Thursday 10 am-5 pm, "
     "Friday and Saturday until 9 pm. General admission for out-of-state visitors is $30."),

    ("csv", "en", True,
     "sku,region,units,revenue_usd,return_rate" + NL +
     "HX-2291,NA,1482,35568.00,0.031" + NL +
     "HX-2292,EU,977,24425.50,0.044" + NL +
     "KT-0105,APAC,3310,16550.00,0.012" + NL +
     "TOTAL,,5769,76543.50,"),

    ("code", "en", True,
     "# crontab for the reporting box" + NL +
     "0 3 * * 1-5  /opt/reports/run.sh --since=24h --out=/var/reports/$(date +\\%F).csv" + NL +
     "*/15 * * * * /usr/bin/flock -n /tmp/sync.lock /opt/sync/pull.sh" + NL +
     "@reboot /opt/agent/start --port 9100"),

    ("sports", "en", True,
     "[Event \"FIDE World Championship Match\"] [Site \"Astana KAZ\"] [Date \"2023.04.26\"] [Round \"12\"]" + NL +
     "[White \"Ding Liren\"] [Black \"Ian Nepomniachtchi\"] [Result \"1-0\"] [TimeControl \"40/7200:1800+30\"]"),

    ("log", "en", True,
     "kernel: [ 2.417731] e1000e 0000:00:1f.6 eth0: Intel(R) PRO/1000 Network Connection" + NL +
     "kernel: [ 2.417733] e1000e 0000:00:1f.6 eth0: MAC: 13, PHY: 12, PBA No: FFFFFF-0FF" + NL +
     "systemd[1]: Started Network Time Synchronization. (pid 412, uptime 00:00:04)"),

    ("prose", "en", True,
     "If someone is in immediate danger, call 911. For the Suicide & Crisis Lifeline, call or text 988. "
     "Outside the US, the European emergency number is 112."),

    ("invoice", "en", True,
     "INVOICE INV-2024-0918   PO 7316 0042 9918 2245   Due: 2024-07-03" + NL +
     "Conference registration (early bird) x 2 .......... 1,190.00" + NL +
     "Workshop: Applied Cryptography .................... 350.00" + NL +
     "VAT 19% ........................................... 292.60" + NL +
     "Total EUR ....................................... 1,832.60"),

    ("news", "en", True,
     "Taylor Swift's Eras Tour grossed more than $1 billion, according to Pollstar, making it the highest-grossing tour of all time. "
     "The singer performed 149 shows across five continents between March 2023 and December 2024."),

    ("code", "en", True,
     "def luhn_ok(number: str) -> bool:" + NL +
     "    digits = [int(c) for c in number if c.isdigit()]" + NL +
     "    checksum = sum(digits[-1::-2]) + sum(sum(divmod(2 * d, 10)) for d in digits[-2::-2])" + NL +
     "    return checksum % 10 == 0" + NL + NL +
     "assert not luhn_ok('1234 5678 9012 3456')"),

    ("docs", "en", True,
     "Semantic versioning: given MAJOR.MINOR.PATCH, e.g. 1.4.2 -> 2.0.0 for breaking changes. Pre-releases look like 3.0.0-rc.1+build.5114. "
     "Our LTS line is 18.20.3; the current line is 22.2.0."),
]
# ---------------------------------------------------------------- German
cases += [
    ("hr", "de", False,
     "Personalfragebogen - Neueinstellung zum 01.07.2024" + NL +
     "Name, Vorname: " + m(N, "Wolters") + ", " + m(N, "Katharina") + NL +
     "Geburtsdatum: " + m(D, "14.03.1987") + "   Geburtsort: Bremen" + NL +
     "Anschrift: " + m(A, "Lindenstraße 14, 10969 Berlin") + NL +
     "Steuer-Identifikationsnummer: " + m(ID, "21 095 475 861") + "   Steuerklasse: I" + NL +
     "Rentenversicherungsnummer: " + m(ID, "65 140387 W 518") + NL +
     "Bankverbindung: " + m(I, "DE09 4563 8652 2932 6558 27") + NL +
     "Mobil: " + m(P, "+49 151 28473921")),

    ("chat", "de", False,
     m(N, "Jule") + ": Hey, schickst du mir nochmal die Adresse für Samstag?" + NL +
     m(N, "Deniz") + ": Klar: " + m(A, "Gneisenaustraße 52, 10961 Berlin") + ", 3. OG links" + NL +
     m(N, "Deniz") + ": Klingel steht " + m(N, "Öztürk") + ", die geht aber nur manchmal 🙈 ruf sonst an: " + m(P, "0176 48392107") + NL +
     m(N, "Jule") + ": Perfekt, bis dann!"),

    ("medical", "de", False,
     "Kreisklinik Miesbach - Innere Medizin" + NL + NL +
     "Sehr geehrte Frau Kollegin Dr. " + m(N, "Anzinger") + "," + NL + NL +
     "wir berichten über Ihre Patientin Frau " + m(N, "Brigitte Hölzl") + ", geb. " + m(D, "03.07.1952") + ", wohnhaft " + m(A, "Kirchweg 7a, 83714 Miesbach") +
     ", die sich vom 27.05. bis 01.06.2024 in unserer stationären Behandlung befand." + NL +
     "Diagnosen: Ambulant erworbene Pneumonie rechts basal (J18.9), arterielle Hypertonie (I10)." + NL +
     "Mit freundlichen kollegialen Grüßen" + NL + "Dr. med. " + m(N, "Florian Reiter") + ", Oberarzt"),

    ("contract", "de", False,
     "Mietvertrag über Wohnraum - Anlage 1: Angaben zum Mieter" + NL +
     "Mieter: Herr " + m(N, "Maximilian von Hagen") + NL +
     "Personalausweis-Nr.: " + m(ID, "T229KMNNT") + " (gültig bis 11.2031)" + NL +
     "bisherige Anschrift: " + m(A, "Rüttenscheider Str. 118") + ", " + m(A, "45130 Essen") + NL +
     "Mietobjekt: " + m(A, "Am Stadtgarten 3, 2. OG rechts, 45127 Essen") + NL +
     "Kaution: 3 Nettokaltmieten (2.340,00 EUR), zahlbar auf das Mietkautionskonto."),

    ("classified", "de", False,
     "Verkaufe Kinderfahrrad 20 Zoll (Puky), blau, kaum benutzt, inkl. Klingel und Ständer. 120 € VB. "
     "Nur Abholung in Freiburg-Wiehre. Bei Interesse gern WhatsApp an " + m(P, "0157 / 3829 4410") + " (" + m(N, "Sabine") + ")."),

    ("legal", "de", True,
     "Der Anspruch folgt aus § 823 Abs. 1 BGB i. V. m. Art. 82 Abs. 1 DSGVO. Vgl. BGH, Urteil vom 18.11.2021 - I ZR 214/18; "
     "BVerfG, Beschluss vom 6.11.2019 - 1 BvR 16/13 (Recht auf Vergessen I). Die Frist nach § 195 BGB beträgt drei Jahre."),

    ("timetable", "de", True,
     "ICE 597  München Hbf ab 14:28 Gl. 18  ->  Nürnberg Hbf an 15:34  ->  Berlin Hbf an 18:29" + NL +
     "RE 4001  Ingolstadt Hbf ab 15:02 Gl. 3  ->  Treuchtlingen an 15:44" + NL +
     "Hinweis: Zwischen Erfurt und Halle (Saale) Ersatzverkehr mit Bussen, Reisezeit +35 Min."),

    ("sports", "de", True,
     "Bundesliga, 34. Spieltag: Bayer 04 Leverkusen - FC Augsburg 2:1. Tore für Leverkusen: Xhaka (12.), Andrich (27.). "
     "Leverkusen beendet die Saison 2023/24 als Meister ungeschlagen mit 90 Punkten."),

    ("docs", "de", True,
     "Impressum: Siemens Aktiengesellschaft, Werner-von-Siemens-Straße 1, 80333 München. Registergericht: Amtsgericht München, HRB 6684; "
     "USt-IdNr.: DE129274202. Vorsitzender des Aufsichtsrats: Jim Hagemann Snabe."),
]

# ---------------------------------------------------------------- French
cases += [
    ("form", "fr", False,
     "DEMANDE D'AIDE AU LOGEMENT - Caisse d'allocations familiales du Rhône" + NL +
     "Nom d'usage : " + m(N, "ROUSSET-BENALI") + "   Prénom(s) : " + m(N, "Camille") + NL +
     "Née le : " + m(D, "08/07/1991") + " à Lyon 3e" + NL +
     "N° de sécurité sociale : " + m(ID, "2 91 07 69 383 215 27") + NL +
     "Adresse du logement : " + m(A, "27 rue Paul Bert, 69003 Lyon") + NL +
     "Téléphone portable : " + m(P, "06 71 42 88 19") + "   Courriel : " + m(E, "camille.rousset@laposte.net") + NL +
     "Montant du loyer hors charges : 612,00 €"),

    ("invoice", "fr", False,
     "FACTURE N° 2024-117 - Plomberie Lefèvre (EI)" + NL +
     m(N, "Jean-Baptiste Lefèvre") + ", artisan plombier - SIRET 842 117 509 00018" + NL +
     "Client : Mme " + m(N, "Odile Marchand") + ", " + m(A, "14 allée des Tilleuls, 44300 Nantes") + NL +
     "Remplacement chauffe-eau 200 L + main d'œuvre ........ 1 480,00 € HT" + NL +
     "TVA 10 % ............................................ 148,00 €" + NL +
     "Règlement par virement : " + m(I, "FR76 3000 4012 3471 5937 6555 590")),

    ("chat", "fr", False,
     "coucou c'est " + m(N, "léa") + " !! j'ai changé de num, note le : " + m(P, "07 58 21 44 90") + " 😘 dis à " + m(N, "Manon") + " aussi stp"),

    ("form", "fr", False,
     "Dossier de location - pièces justificatives" + NL +
     "Candidat : M. " + m(N, "Amadou Diallo") + NL +
     "Né le " + m(D, "21 mars 1978") + " à Paris (75)" + NL +
     "Passeport n° " + m(ID, "18AV52931") + ", délivré le 02/09/2018" + NL +
     "N° de sécurité sociale : " + m(ID, "1 78 03 75 056 142 89") + NL +
     "Garant : Mme " + m(N, "Fatoumata Diallo") + ", " + m(P, "+33 6 12 48 77 30")),

    ("legal", "fr", True,
     "Conformément à l'article L. 1111-8 du Code de la santé publique et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, "
     "aux fichiers et aux libertés, modifiée par l'ordonnance n° 2018-1125 du 12 décembre 2018, vous disposez d'un droit d'accès."),

    ("timetable", "fr", True,
     "TGV INOUI 6111  Paris Gare de Lyon 07:30  ->  Lyon Part-Dieu 09:26  ->  Marseille Saint-Charles 10:49" + NL +
     "Voiture 14, place 83 (fenêtre, salle haute)  -  Tarif Seconde Avantage 59,00 €  -  Dossier : KQZ4TR"),

    ("prose", "fr", True,
     "Victor Hugo est né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris. Ses cendres reposent au Panthéon "
     "depuis le 1er juin 1885, après des funérailles nationales suivies par près de deux millions de personnes."),

    ("recipe", "fr", True,
     "Crêpes (pour 15 crêpes) : 250 g de farine, 4 œufs, 50 cl de lait, 1 pincée de sel, 2 c. à s. de sucre, 50 g de beurre fondu. "
     "Laisser reposer la pâte 1 h. Cuire 1 à 2 min de chaque côté dans une poêle bien chaude (th. 7 / 210 °C pour le four si gratinées)."),
]
# ---------------------------------------------------------------- Spanish (Spain and Latin America)
cases += [
    ("contract", "es", False,
     "CONTRATO DE TRABAJO DE DURACIÓN INDEFINIDA" + NL +
     "De una parte, Logística Tajo S.L., con CIF B-84512307, y de otra parte D. " + m(N, "Javier Morcillo Iglesias") + ", con DNI " + m(ID, "35208444K") +
     ", nacido el " + m(D, "4 de noviembre de 1990") + ", con domicilio en " + m(A, "C/ Doctor Fleming 23, 3º B, 28036 Madrid") + " y teléfono " + m(P, "+34 612 48 73 90") + "." + NL +
     "CLÁUSULA SEXTA. El salario se abonará mensualmente en la cuenta " + m(I, "ES80 2100 0418 4748 2994 7083") + "."),

    ("chat", "es", False,
     m(N, "Marta") + ": oye, para el contrato del piso me piden el NIE de tu compañero" + NL +
     m(N, "Sergio") + ": es " + m(ID, "Y7313335Q") + ", a nombre de " + m(N, "Dmytro Kovalenko") + NL +
     m(N, "Marta") + ": genial, y el mío ya lo tienen. el viernes firmamos a las 18h"),

    ("form", "es", False,
     "SOLICITUD DE CRÉDITO NÓMINA - Datos del solicitante" + NL +
     "Nombre(s): " + m(N, "Jimena") + "   Apellido paterno: " + m(N, "Hernández") + "   Apellido materno: " + m(N, "Ruiz") + NL +
     "CURP: " + m(ID, "HERJ960202MJCRZM08") + NL +
     "Fecha de nacimiento: " + m(D, "02/02/1996") + "   Entidad: Jalisco" + NL +
     "Domicilio: " + m(A, "Av. Chapultepec Sur 480, int. 12, Col. Americana, C.P. 44160, Guadalajara, Jal.") + NL +
     "Celular: " + m(P, "33 1842 7719") + "   Correo: " + m(E, "jime.hdz.ruiz@hotmail.com")),

    ("kyc", "es", False,
     "Alta de cliente - Billetera virtual" + NL +
     "Titular: " + m(N, "Florencia Gaitán") + NL +
     "DNI: " + m(ID, "33.377.205") + "   CUIL: " + m(ID, "27-33377205-7") + NL +
     "Fecha de nac.: " + m(D, "14/09/1987") + NL +
     "Domicilio: " + m(A, "Av. Corrientes 4120, piso 7 depto. C, C1194AAR CABA") + NL +
     "Celular: " + m(P, "+54 9 11 5832-4471") + NL +
     "Validación biométrica: OK (score 0,97)"),

    ("police", "es", False,
     "PARTE DE DENUNCIA N° 4418/2024 - 18ª Comisaría de Ñuñoa" + NL +
     "Denunciante: " + m(N, "Rodrigo Andrés Valenzuela Soto") + ", RUT " + m(ID, "10.181.100-K") + ", domiciliado en " + m(A, "Pasaje Los Aromos 1452, Ñuñoa, Santiago") +
     ", fono " + m(P, "+56 9 8412 3377") + "." + NL +
     "Relato: el denunciante señala que el día 02/06/2024 aprox. a las 21:40 horas le sustrajeron su teléfono celular en la intersección de Av. Irarrázaval con Av. Pedro de Valdivia."),

    ("chat", "es", False,
     "[8/06/24 19:12] " + m(N, "Camilo Restrepo") + ": parce, pásame tu cédula para el tiquete" + NL +
     "[8/06/24 19:14] " + m(N, "Valentina") + ": " + m(ID, "1.020.456.789") + " y nací el " + m(D, "3 de abril del 98") + NL +
     "[8/06/24 19:14] " + m(N, "Camilo Restrepo") + ": listo, Avianca AV 9522 el 21 de junio 6:05 am 🛫"),

    ("legal", "es", True,
     "De conformidad con el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018, de 5 de diciembre (BOE núm. 294, de 6 de diciembre de 2018), "
     "y el Real Decreto 1720/2007, el responsable del tratamiento es el Ayuntamiento de Zaragoza, Plaza del Pilar 18, 50003 Zaragoza."),

    ("prose", "es", True,
     "Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca, Colombia, y murió el 17 de abril de 2014 en Ciudad de México. "
     "Recibió el Premio Nobel de Literatura en 1982."),

    ("sports", "es", True,
     "LaLiga EA Sports, jornada 38: Real Madrid 0-0 Real Betis. El Real Madrid cierra la temporada como campeón con 95 puntos, "
     "10 más que el FC Barcelona. Bellingham termina con 19 goles en liga y Toni Kroos se despide del Bernabéu."),

    ("docs", "es", True,
     "Para recargar tu tarjeta SUBE ingresá el número de 16 dígitos que figura al dorso (ej.: 6061 XXXX XXXX XXXX) y elegí el monto. "
     "El saldo negativo máximo permitido es de $ -480,00. Trámite sin costo."),
]

# ---------------------------------------------------------------- Italian
cases += [
    ("form", "it", False,
     "MODULO DI ADESIONE - Fondo pensione aperto" + NL +
     "Cognome: " + m(N, "Ferraresi") + "   Nome: " + m(N, "Chiara") + NL +
     "Nata a Bologna (BO) il " + m(D, "14/03/1987") + NL +
     "Codice fiscale: " + m(ID, "FRRCHR87C54A944X") + NL +
     "Residenza: " + m(A, "Via Saragozza 112, 40135 Bologna") + NL +
     "Cellulare: " + m(P, "+39 347 882 1904") + NL +
     "IBAN per i rimborsi: " + m(I, "IT68 X030 6909 6069 0693 5578 527")),

    ("police", "it", False,
     "VERBALE DI ACCERTAMENTO DI VIOLAZIONE N. 2024/118832 - Polizia Locale di Roma Capitale" + NL +
     "Trasgressore: " + m(N, "BIANCHI LUCA") + ", nato a Roma il " + m(D, "12 dicembre 1979") + ", C.F. " + m(ID, "BNCLCU79T12H501Q") + NL +
     "residente in " + m(A, "Via Appia Nuova 1245, 00178 Roma") + NL +
     "Violazione: art. 142 c. 8 C.d.S. - velocità 78 km/h su limite 50 km/h. Sanzione: € 173,00."),

    ("chat", "it", False,
     m(N, "Giulia") + ": raga chi ha il numero di " + m(N, "Ale") + "?" + NL +
     m(N, "Francesco") + ": " + m(P, "333 918 4427") + NL +
     m(N, "Giulia") + ": grazie!! la festa è da me, " + m(A, "via dei Serragli 41, Firenze") + ", citofono " + m(N, "Mancini")),

    ("legal", "it", True,
     "Informativa ai sensi dell'art. 13 del Regolamento UE 2016/679 e del D.Lgs. 196/2003, come modificato dal D.Lgs. 101/2018. "
     "Titolare del trattamento: Comune di Milano, Piazza della Scala 2, 20121 Milano."),

    ("recipe", "it", True,
     "Spaghetti alla carbonara per 4: 320 g di spaghetti, 150 g di guanciale, 4 tuorli + 1 uovo intero, 50 g di pecorino romano DOP, pepe nero. "
     "Cuocere la pasta 9 minuti, mantecare fuori dal fuoco a circa 65 °C. Niente panna!"),

    ("sports", "it", True,
     "Serie A, 38ª giornata: Inter-Verona 2-2, Juventus-Monza 2-0. Classifica finale: Inter 94, Milan 75, Juventus 71. "
     "Capocannoniere Lautaro Martínez con 24 reti."),
]

# ---------------------------------------------------------------- Portuguese (Brazil and Portugal)
cases += [
    ("form", "pt", False,
     "FICHA CADASTRAL - Locação residencial" + NL +
     "Nome: " + m(N, "Thiago Albuquerque Nogueira") + NL +
     "CPF: " + m(ID, "660.157.165-25") + "   RG: " + m(ID, "24.718.335-6") + " SSP/RJ" + NL +
     "Data de nascimento: " + m(D, "03/05/1992") + NL +
     "Endereço atual: " + m(A, "Rua Voluntários da Pátria, 1480, apto 52, Botafogo, Rio de Janeiro - RJ, 22270-010") + NL +
     "Celular: " + m(P, "(21) 98412-7730") + NL +
     "Cartão para débito automático: " + m(C, "6363 6816 2232 9915") + " (Elo)"),

    ("chat", "pt", False,
     m(N, "Larissa") + ": amg manda o pix dos ingressos pra minha chave, é o CPF " + m(ID, "94385717109") + NL +
     m(N, "Bia") + ": enviado!! R$ 180,00" + NL +
     m(N, "Larissa") + ": recebi, valeu 💚 o show é sábado 20h no Allianz Parque"),

    ("form", "pt", False,
     "Contrato de prestação de serviços - Identificação do cliente" + NL +
     "Nome: " + m(N, "Inês Carvalho Meireles") + NL +
     "NIF: " + m(ID, "280652321") + "   Cartão de Cidadão n.º " + m(ID, "14829307 7 ZY7") + NL +
     "Data de nascimento: " + m(D, "9 de abril de 1984") + NL +
     "Morada: " + m(A, "Rua de Santa Catarina 312, 3.º Esq., 4000-443 Porto") + NL +
     "IBAN: " + m(I, "PT50 9881 0636 5482 5035 8396 1") + "   Telemóvel: " + m(P, "912 384 775")),

    ("ticket", "pt", False,
     "Protocolo 2024061100482 - Reclamação" + NL +
     "Cliente: " + m(N, "Marcos Vinícius de Souza") + " | CPF " + m(ID, "308.166.024-68") + " | " + m(E, "marcos.vsouza@uol.com.br") + NL +
     "Relato: fui cobrado duas vezes na fatura de maio no cartão " + m(C, "5172 5046 9164 6402") + ". Solicito estorno." + NL +
     "Atendente: " + m(N, "Priscila") + " - encaminhado ao setor de contestação, prazo 10 dias úteis."),

    ("legal", "pt", True,
     "Nos termos do art. 7º, inciso V, da Lei n.º 13.709/2018 (LGPD) e do art. 43 do Código de Defesa do Consumidor (Lei n.º 8.078/1990), "
     "o tratamento é necessário para a execução do contrato. Foro da Comarca de São Paulo/SP."),

    ("prose", "pt", True,
     "Pelé (Edson Arantes do Nascimento) nasceu em 23 de outubro de 1940, em Três Corações, Minas Gerais. "
     "Marcou 1.281 gols, segundo o Santos, e venceu três Copas do Mundo (1958, 1962 e 1970)."),

    ("docs", "pt", True,
     "Boleto: linha digitável 34191.79001 01043.510047 91020.150008 8 97740000010000 - vencimento 10/07/2024 - valor R$ 100,00. "
     "Beneficiário: Companhia de Saneamento Básico do Estado de São Paulo - CNPJ 43.776.517/0001-80."),
]
# ---------------------------------------------------------------- Dutch
cases += [
    ("form", "nl", False,
     "Inschrijving huisartsenpraktijk De Pijp" + NL +
     "Achternaam: " + m(N, "de Vries-Bakker") + "   Voornamen: " + m(N, "Sanne Johanna") + NL +
     "Geboortedatum: " + m(D, "17-11-1993") + NL +
     "BSN: " + m(ID, "268892696") + NL +
     "Adres: " + m(A, "Bilderdijkstraat 118-3, 1053 KX Amsterdam") + NL +
     "Telefoon: " + m(P, "06-18374920") + NL +
     "Vorige huisarts: dr. " + m(N, "P. Willemsen") + ", Utrecht"),

    ("email", "nl", False,
     "Beste " + m(N, "Ruud") + "," + NL + NL +
     "Zoals besproken maak ik het voorschot voor de verbouwing over naar jouw rekening " + m(I, "NL11 INGB 7023 4980 28") + " t.n.v. " + m(N, "R. Hoekstra") + ". "
     "Ons nieuwe adres vanaf 1 augustus is " + m(A, "Zonnebloemstraat 9, 3551 AL Utrecht") + "." + NL + NL +
     "Groetjes," + NL + m(N, "Femke")),

    ("docs", "nl", True,
     "Belastingdienst - Postbus 9047, 7300 GS Apeldoorn. BelastingTelefoon is bereikbaar op werkdagen van 8.00 tot 20.00 uur. "
     "KvK-nummer van ons bedrijf: 34187516 (voorbeeld uit de brochure). Vermeld altijd het aanslagnummer 1234.56.789.H.01.2024 bij betaling."),

    ("timetable", "nl", True,
     "Intercity 3542  Amsterdam Centraal 14:16 (spoor 7a)  -  Utrecht Centraal 14:43  -  Eindhoven Centraal 15:35. "
     "Let op: werkzaamheden tussen Den Bosch en Eindhoven op 15 en 16 juni, reistijd +20 min."),
]

# ---------------------------------------------------------------- Polish
cases += [
    ("form", "pl", False,
     "WNIOSEK O WYDANIE KARTY BIBLIOTECZNEJ" + NL +
     "Imię i nazwisko: " + m(N, "Agnieszka Wróblewska") + NL +
     "PESEL: " + m(ID, "94112366303") + NL +
     "Data urodzenia: " + m(D, "23 listopada 1994") + " r." + NL +
     "Adres zamieszkania: " + m(A, "ul. Piotrkowska 157 m. 12, 90-440 Łódź") + NL +
     "Telefon: " + m(P, "+48 601 284 937") + "   E-mail: " + m(E, "a.wroblewska94@wp.pl")),

    ("bank", "pl", False,
     "Potwierdzenie przelewu" + NL +
     "Nadawca: " + m(N, "Krzysztof Zieliński") + ", " + m(A, "ul. Długa 8/3, 31-146 Kraków") + NL +
     "Rachunek nadawcy: " + m(I, "PL81 0751 8363 4745 3082 4838 3464") + NL +
     "Odbiorca: " + m(N, "Ewa Zielińska") + NL +
     "Rachunek odbiorcy: " + m(I, "PL66 7698 9112 7416 1872 7268 7153") + NL +
     "Tytuł: zwrot za bilety, dowód osobisty " + m(ID, "CEK448219") + " do weryfikacji" + NL +
     "Kwota: 420,00 PLN   Data księgowania: 2024-06-05"),

    ("school", "pl", False,
     "Szkoła Podstawowa nr 12 w Gdańsku - lista uczniów zakwalifikowanych na obóz" + NL +
     "1. " + m(N, "Kacper Nowicki") + ", PESEL " + m(ID, "03280500239") + ", opiekun: " + m(N, "Marta Nowicka") + ", tel. " + m(P, "512 093 884") + NL +
     "2. " + m(N, "Zofia Lis") + ", opiekun: " + m(N, "Paweł Lis") + ", tel. " + m(P, "698 441 207")),

    ("legal", "pl", True,
     "Podstawa prawna: art. 6 ust. 1 lit. c RODO oraz ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych (Dz.U. 2019 poz. 1781). "
     "Organ nadzorczy: Prezes Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa."),

    ("prose", "pl", True,
     "Maria Skłodowska-Curie urodziła się 7 listopada 1867 roku w Warszawie przy ulicy Freta 16. "
     "Jako pierwsza osoba otrzymała dwie Nagrody Nobla - z fizyki (1903) i chemii (1911)."),
]

# ---------------------------------------------------------------- Czech, Slovak
cases += [
    ("hr", "cs", False,
     "Osobní dotazník zaměstnance" + NL +
     "Jméno a příjmení: " + m(N, "Tereza Dvořáková") + NL +
     "Rodné číslo: " + m(ID, "015509/6942") + "   Datum narození: " + m(D, "9. 5. 2001") + NL +
     "Trvalé bydliště: " + m(A, "Vinohradská 1511/230, 100 00 Praha 10") + NL +
     "Číslo účtu pro výplatu: " + m(I, "CZ44 5857 6980 9514 2183 6565") + NL +
     "Zdravotní pojišťovna: 111 (VZP)   Telefon: " + m(P, "+420 731 482 906")),

    ("legal", "cs", True,
     "Podle § 5 zákona č. 110/2019 Sb., o zpracování osobních údajů, a čl. 37 nařízení (EU) 2016/679 jmenuje správce pověřence. "
     "Úřad pro ochranu osobních údajů sídlí na adrese Pplk. Sochora 27, 170 00 Praha 7."),

    ("medical", "sk", False,
     "Výmenný lístok - odporúčanie na odborné vyšetrenie" + NL +
     "Pacientka: " + m(N, "Zuzana Horváthová") + ", r. č. " + m(ID, "886104/9395") + NL +
     "Bydlisko: " + m(A, "Obchodná 37, 811 06 Bratislava") + NL +
     "Dg.: M54.5 Bolesti dolnej časti chrbta. Odosiela: MUDr. " + m(N, "Peter Kováč") + ", všeobecný lekár"),

    ("sports", "sk", True,
     "EURO 2024, skupina E, Frankfurt: Belgicko - Slovensko 0:1 (0:1). Gól: Schranz 7'. "
     "Belgičanom neuznali dva góly po kontrole VAR. Slovensko postúpilo zo skupiny so 4 bodmi."),
]

# ---------------------------------------------------------------- Hungarian, Romanian, Bulgarian
cases += [
    ("form", "hu", False,
     "Beléptetési adatlap" + NL +
     "Név: " + m(N, "Nagy Eszter") + "   Születési név: " + m(N, "Kovács Eszter") + NL +
     "Születési idő: " + m(D, "1979. június 21.") + "   Anyja neve: " + m(N, "Szabó Ilona") + NL +
     "Adóazonosító jel: " + m(ID, "8410788160") + "   TAJ-szám: " + m(ID, "845 458 893") + NL +
     "Lakcím: " + m(A, "1137 Budapest, Pozsonyi út 38. II. em. 5.") + NL +
     "Bankszámla: " + m(I, "HU71 2375 9665 5826 5681 0335 1243") + "   Telefon: " + m(P, "+36 30 482 1937")),

    ("prose", "hu", True,
     "Petőfi Sándor 1823. január 1-jén született Kiskőrösön. A Nemzeti dal 1848. március 15-én hangzott el a Nemzeti Múzeum lépcsőjén."),

    ("kyc", "ro", False,
     "Formular de deschidere cont - persoană fizică" + NL +
     "Nume și prenume: " + m(N, "Popescu Andreea-Ioana") + NL +
     "CNP: " + m(ID, "2920830427316") + "   Data nașterii: " + m(D, "30.08.1992") + NL +
     "CI: " + m(ID, "RD 418273") + NL +
     "Domiciliu: " + m(A, "Str. Vasile Lascăr nr. 96, bl. B, ap. 14, sector 2, București") + NL +
     "Telefon: " + m(P, "0744 381 927") + NL +
     "IBAN: " + m(I, "RO10 BTRL 6890 0675 1592 4181")),

    ("legal", "ro", True,
     "Conform Legii nr. 190/2018 și Regulamentului (UE) 2016/679, operatorul este Primăria Municipiului Cluj-Napoca, "
     "str. Moților nr. 3, 400001 Cluj-Napoca. Hotărârea Consiliului Local nr. 415 din 12.09.2023."),

    ("email", "bg", False,
     "Здравейте, г-жо " + m(N, "Петрова") + "," + NL + NL +
     "Потвърждаваме записването на дъщеря Ви " + m(N, "Десислава Петрова") + ", ЕГН " + m(ID, "0244171878") + ", родена на " + m(D, "17.04.2002") + " г., "
     "за летния курс по програмиране. Моля, преведете таксата по сметка до 20.06." + NL + NL +
     "За връзка с родителя: " + m(N, "Мария Петрова") + ", " + m(P, "+359 88 412 7390") + ", " + m(A, "ул. „Граф Игнатиев“ 42, ет. 3, ап. 7, 1000 София")),

    ("prose", "bg", True,
     "Христо Ботев е роден на 6 януари 1848 г. в Калофер. Загива на 1 юни 1876 г. във Врачанския Балкан. "
     "Денят 2 юни е обявен за Ден на Ботев и на загиналите за свободата на България."),
]

# ---------------------------------------------------------------- Croatian, Serbian, Slovenian
cases += [
    ("invoice", "hr", False,
     "RAČUN br. 58-1-1  (obrt) " + NL +
     "Kupac: " + m(N, "Ivana Kovačević") + ", OIB " + m(ID, "60301341550") + NL +
     "Adresa: " + m(A, "Ilica 215, 10000 Zagreb") + NL +
     "Usluga: najam apartmana 14.-21.7.2024. ........ 840,00 EUR" + NL +
     "Plaćanje na " + m(I, "HR20 6672 8168 0587 3566 2") + ", poziv na broj HR01 58-1-2024"),

    ("hr", "sr", False,
     "Пријава на обавезно социјално осигурање (М-А)" + NL +
     "Име и презиме: " + m(N, "Марко Јовановић") + NL +
     "ЈМБГ: " + m(ID, "0411992710608") + "   Датум рођења: " + m(D, "04.11.1992.") + NL +
     "Адреса: " + m(A, "Булевар краља Александра 73, 11000 Београд") + NL +
     "Телефон: " + m(P, "+381 64 218 3370") + "   Датум ступања на рад: 01.06.2024."),

    ("medical", "sl", False,
     "Napotnica za specialistični pregled" + NL +
     "Pacientka: " + m(N, "Maja Novak") + ", EMŠO " + m(ID, "1907983505618") + ", roj. " + m(D, "19. 7. 1983") + NL +
     "Naslov: " + m(A, "Trubarjeva cesta 18, 1000 Ljubljana") + "   Tel.: " + m(P, "041 382 917") + NL +
     "Diagnoza: H52.1 Kratkovidnost. Stopnja nujnosti: redno."),

    ("sports", "hr", True,
     "Euro 2024, skupina B: Hrvatska - Italija 1:1 (0:0). Strijelci: Modrić 55', Zaccagni 90+8'. "
     "Hrvatska završava s 2 boda i čeka rasplet ostalih skupina."),
]
# ---------------------------------------------------------------- Nordic and Baltic
cases += [
    ("form", "sv", False,
     "Anmälan om flyttning - Skatteverket (kopia till hyresvärd)" + NL +
     "Namn: " + m(N, "Linnea Bergström") + NL +
     "Personnummer: " + m(ID, "850617-3247") + NL +
     "Ny adress: " + m(A, "Götgatan 38, 118 26 Stockholm") + NL +
     "Tidigare adress: " + m(A, "Storgatan 12 B, 852 30 Sundsvall") + NL +
     "Flyttdatum: 2024-06-01   Telefon: " + m(P, "070-482 19 37")),

    ("chat", "sv", False,
     m(N, "Olle") + ": kan du swisha mig för hyrbilen? " + m(P, "073 918 44 02") + NL +
     m(N, "Johanna") + ": japp, 850 kr skickat. kvittot ligger i gruppen" + NL +
     m(N, "Olle") + ": tack! och pappa behöver ditt personnummer till försäkringen, skicka till honom direkt inte här 😅"),

    ("prose", "sv", True,
     "Alfred Nobel föddes den 21 oktober 1833 i Stockholm och dog den 10 december 1896 i Sanremo. "
     "Nobelprisen delas ut varje år på hans dödsdag i Stockholms konserthus och i Oslo rådhus."),

    ("medical", "nb", False,
     "Epikrise - Ullevål, Ortopedisk avdeling" + NL +
     "Pasient: " + m(N, "Ingrid Hauge") + ", f.nr. " + m(ID, "03027935442") + NL +
     "Adresse: " + m(A, "Thorvald Meyers gate 42, 0555 Oslo") + "   Mobil: " + m(P, "+47 924 81 337") + NL +
     "Innlagt 04.06.2024 etter fall på sykkel. Distal radiusfraktur venstre, operert med volar plate. Kontroll om 2 uker hos fastlege."),

    ("bank", "nb", True,
     "Renten i Norges Bank er 4,50 prosent. Neste rentemøte er 20. juni 2024 kl. 10.00. "
     "Konsumprisindeksen steg 3,0 prosent siste tolv måneder (KPI-JAE 4,1 prosent)."),

    ("form", "da", False,
     "Tilmelding til fritidsordning - Københavns Kommune" + NL +
     "Barnets navn: " + m(N, "Freja Kjærgaard") + NL +
     "Forælder: " + m(N, "Mads Kjærgaard") + ", CPR-nr. " + m(ID, "120488-3307") + NL +
     "Adresse: " + m(A, "Nørrebrogade 142, 3. tv., 2200 København N") + NL +
     "Telefon: " + m(P, "+45 28 41 93 07") + "   Betaling fra konto: " + m(I, "DK55 4722 3413 6049 68")),

    ("prose", "da", True,
     "H.C. Andersen blev født den 2. april 1805 i Odense. Hans fødselsdag fejres i dag som den internationale børnebogsdag. "
     "Den lille havfrue på Langelinie blev afsløret den 23. august 1913."),

    ("hr", "fi", False,
     "Työsopimus - työntekijän tiedot" + NL +
     "Nimi: " + m(N, "Päivi Nieminen") + NL +
     "Henkilötunnus: " + m(ID, "250365-2745") + NL +
     "Osoite: " + m(A, "Hämeenkatu 21 B 14, 33200 Tampere") + NL +
     "Puhelin: " + m(P, "040 718 3392") + "   Tilinumero: " + m(I, "FI45 8666 8531 4501 27") + NL +
     "Työsuhde alkaa 1.8.2024, koeaika 6 kuukautta."),

    ("school", "fi", False,
     "Wilma-viesti: Hei " + m(N, "Jari Laine") + "! " + m(N, "Eetu") + " (hetu " + m(ID, "080703A561N") + ") on ilmoitettu ylioppilaskirjoituksiin syksyllä. "
     "Tarkistathan, että tiedot ovat oikein. Terveisin " + m(N, "Hanna Virtanen") + ", opinto-ohjaaja"),

    ("kyc", "is", False,
     "Umsókn um bankareikning" + NL +
     "Nafn: " + m(N, "Guðrún Sigurðardóttir") + NL +
     "Kennitala: " + m(ID, "110482-7959") + NL +
     "Heimilisfang: " + m(A, "Hringbraut 88, 107 Reykjavík") + NL +
     "Sími: " + m(P, "+354 862 4417") + NL +
     "Reikningur: " + m(I, "IS57 0133 2600 4821 1104 8279 59")),

    ("form", "et", False,
     "Üürileping - üürniku andmed" + NL +
     "Nimi: " + m(N, "Kadri Tamm") + ", isikukood " + m(ID, "48905210995") + NL +
     "Elukoht: " + m(A, "Tartu mnt 84a-17, 10112 Tallinn") + NL +
     "Telefon: " + m(P, "+372 5382 1174") + "   E-post: " + m(E, "kadri.tamm@gmail.com") + NL +
     "Üür tasutakse kontole " + m(I, "EE18 1005 8684 3234 1259")),

    ("form", "lv", False,
     "Iesniegums dzīvesvietas deklarēšanai" + NL +
     "Vārds, uzvārds: " + m(N, "Elīna Bērziņa") + NL +
     "Personas kods: " + m(ID, "260593-10237") + NL +
     "Deklarētā adrese: " + m(A, "Brīvības iela 144-12, Rīga, LV-1012") + NL +
     "Tālrunis: " + m(P, "+371 2948 3317") + "   Konts: " + m(I, "LV87 HABA 0323 8220 7383 1")),

    ("email", "lt", False,
     "Laba diena, " + m(N, "Tomai") + "," + NL +
     "patvirtiname Jūsų registraciją. Jūsų duomenys: " + m(N, "Tomas Kazlauskas") + ", asmens kodas " + m(ID, "37709169430") +
     ", adresas " + m(A, "Gedimino pr. 28-5, LT-01104 Vilnius") + ". Mokestis bus nurašytas iš sąskaitos " + m(I, "LT41 7093 2308 9784 7671") + "." + NL +
     "Pagarbiai, " + m(N, "Rūta Jankauskienė")),

    ("prose", "fi", True,
     "Jean Sibelius syntyi 8. joulukuuta 1865 Hämeenlinnassa. Finlandia-hymni valmistui vuonna 1899, "
     "ja Sibelius-monumentti paljastettiin Helsingissä vuonna 1967."),
]
# ---------------------------------------------------------------- Russian, Ukrainian
cases += [
    ("hr", "ru", False,
     "Анкета соискателя" + NL +
     "ФИО: " + m(N, "Смирнова Екатерина Игоревна") + NL +
     "Дата рождения: " + m(D, "12 апреля 1988 г.") + NL +
     "Паспорт РФ: серия и номер " + m(ID, "45 17 823041") + ", выдан ГУ МВД России по г. Москве 19.05.2017" + NL +
     "ИНН: " + m(ID, "771218236874") + "   СНИЛС: " + m(ID, "118-642-216 50") + NL +
     "Адрес регистрации: " + m(A, "г. Москва, ул. Профсоюзная, д. 93, кв. 214") + NL +
     "Телефон: " + m(P, "+7 (916) 482-31-07") + "   E-mail: " + m(E, "e.smirnova88@yandex.ru")),

    ("chat", "ru", False,
     m(N, "Дима") + ": " + m(N, "Кать") + ", скинь номер карты, переведу за билеты" + NL +
     m(N, "Катя") + ": " + m(C, "2202 9179 6350 5430") + " Сбер, " + m(N, "Екатерина И.") + NL +
     m(N, "Дима") + ": отправил 4 800 ₽ 👍" + NL +
     m(N, "Катя") + ": пришло, спасибо!"),

    ("shipping", "ru", False,
     "СДЭК  Накладная № 1482339071" + NL +
     "Получатель: " + m(N, "Ахмедов Рустам Камилович") + NL +
     "Адрес: " + m(A, "630099, г. Новосибирск, ул. Советская, д. 18, кв. 47") + NL +
     "Тел.: " + m(P, "8 913 744-28-61") + NL +
     "Вес 1,2 кг, объявленная ценность 3 500 ₽, наложенный платёж 0 ₽"),

    ("docs", "ru", True,
     "Реквизиты: ПАО Сбербанк, ИНН 7707083893, КПП 773601001, ОГРН 1027700132195, БИК 044525225, "
     "корр. счёт 30101810400000000225 в ГУ Банка России по ЦФО. Юридический адрес: 117312, г. Москва, ул. Вавилова, д. 19."),

    ("prose", "ru", True,
     "Лев Николаевич Толстой родился 9 сентября 1828 года в усадьбе Ясная Поляна Тульской губернии. "
     "Роман «Война и мир» публиковался с 1865 по 1869 год."),

    ("timetable", "ru", True,
     "Поезд 752А «Сапсан»: Москва Ленинградская 13:40 - Тверь 14:44 - Санкт-Петербург Главный 17:39. "
     "Вагон 5, места 041-044. Время в пути 3 ч 59 мин, стоянка в Твери 1 мин."),

    ("form", "uk", False,
     "Заява про надання соціальної допомоги" + NL +
     "Прізвище, ім'я, по батькові: " + m(N, "Коваленко Оксана Петрівна") + NL +
     "Дата народження: " + m(D, "14.09.1986") + NL +
     "РНОКПП: " + m(ID, "3166872508") + "   ID-картка № " + m(ID, "004817263") + NL +
     "Адреса: " + m(A, "м. Київ, вул. Велика Васильківська, 72, кв. 18") + NL +
     "Телефон: " + m(P, "+380 67 412 8830") + NL +
     "Рахунок для виплат: " + m(I, "UA11 6074 3182 4364 6930 3285 6943 706")),

    ("chat", "uk", False,
     m(N, "Андрій") + ": Привіт! Нова Пошта просить дані отримувача" + NL +
     m(N, "Олена") + ": " + m(N, "Гнатюк Олена") + ", " + m(P, "093 218 47 75") + ", відділення №14 у Львові" + NL +
     m(N, "Андрій") + ": ок, ТТН 20450882144718, приїде в четвер"),

    ("prose", "uk", True,
     "Тарас Григорович Шевченко народився 9 березня 1814 року в селі Моринці на Київщині. "
     "Перше видання «Кобзаря» вийшло друком у Санкт-Петербурзі 1840 року."),
]

# ---------------------------------------------------------------- Turkish, Greek
cases += [
    ("kyc", "tr", False,
     "MÜŞTERİ BİLGİ FORMU" + NL +
     "Adı Soyadı: " + m(N, "Elif Şahin Karaca") + NL +
     "T.C. Kimlik No: " + m(ID, "53701662954") + NL +
     "Doğum Tarihi: " + m(D, "14.02.1989") + "   Doğum Yeri: İzmir" + NL +
     "Adres: " + m(A, "Bağdat Cad. No: 214 D: 9, 34728 Kadıköy/İstanbul") + NL +
     "Cep Telefonu: " + m(P, "0532 418 27 93") + NL +
     "IBAN: " + m(I, "TR21 6258 3065 6461 7173 9811 40")),

    ("ticket", "tr", False,
     "Şikayet #778120: Merhaba, " + m(C, "9792 0539 3141 8760") + " numaralı Troy kartımdan 2 kez 1.249,90 TL çekildi. "
     "İade istiyorum. " + m(N, "Burak Yıldız") + ", " + m(E, "burakyildiz_34@hotmail.com") + NL +
     "Yanıt (" + m(N, "Selin") + ", müşteri hizmetleri): Mükerrer provizyon 3 iş günü içinde iptal edilecektir."),

    ("legal", "tr", True,
     "6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 10. maddesi uyarınca aydınlatma metnidir. "
     "Mustafa Kemal Atatürk 1881 yılında Selanik'te doğmuştur; 29 Ekim 1923'te Cumhuriyet ilan edilmiştir."),

    ("medical", "el", False,
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΕΞΕΤΑΣΕΩΝ" + NL +
     "Ασθενής: " + m(N, "Κωνσταντίνα Παπαδοπούλου") + NL +
     "ΑΜΚΑ: " + m(ID, "22037649369") + "   Ημ. γέννησης: " + m(D, "22/03/1976") + NL +
     "ΑΦΜ: " + m(ID, "191867465") + "   ΑΔΤ: " + m(ID, "ΑΚ 482193") + NL +
     "Διεύθυνση: " + m(A, "Αγίου Δημητρίου 18, 546 30 Θεσσαλονίκη") + "   Κιν.: " + m(P, "694 812 3307") + NL +
     "Εξετάσεις: Γενική αίματος, TSH, φερριτίνη. Ιατρός: " + m(N, "Γ. Αλεξίου")),

    ("legal", "el", True,
     "Σύμφωνα με το άρθρο 9Α του Συντάγματος και τον ν. 4624/2019 (ΦΕΚ Α' 137/29.08.2019), η Αρχή Προστασίας Δεδομένων "
     "Προσωπικού Χαρακτήρα εδρεύει στην οδό Κηφισίας 1-3, 115 23 Αθήνα."),

    ("prose", "el", True,
     "Ο Νίκος Καζαντζάκης γεννήθηκε στις 18 Φεβρουαρίου 1883 στο Ηράκλειο της Κρήτης. "
     "Ο «Βίος και Πολιτεία του Αλέξη Ζορμπά» εκδόθηκε το 1946."),
]

# ---------------------------------------------------------------- Caucasus and Central Asia
cases += [
    ("form", "ka", False,
     "განაცხადი ბინის ქირავნობაზე" + NL +
     "სახელი, გვარი: " + m(N, "ნინო ბერიძე") + NL +
     "პირადი ნომერი: " + m(ID, "01024058731") + NL +
     "დაბადების თარიღი: " + m(D, "12.05.1991") + NL +
     "მისამართი: " + m(A, "თბილისი, ჭავჭავაძის გამზ. 37, ბინა 12") + NL +
     "ტელეფონი: " + m(P, "+995 599 48 21 37") + NL +
     "ანგარიში: " + m(I, "GE26 TB47 3085 2441 7953 68")),

    ("prose", "ka", True,
     "შოთა რუსთაველის პოემა „ვეფხისტყაოსანი“ XII საუკუნის ბოლოს შეიქმნა. საქართველოს ეროვნული ბიბლიოთეკა "
     "1846 წელს დაარსდა და დღეს 3 მილიონზე მეტ ერთეულს ინახავს."),

    ("form", "hy", False,
     "Դիմում-հայտ վարկի ստացման համար" + NL +
     "Անուն, ազգանուն: " + m(N, "Անի Հովհաննիսյան") + NL +
     "Ծննդյան ամսաթիվ: " + m(D, "03.11.1994") + NL +
     "Անձնագիր: " + m(ID, "AU0482917") + "   ՀԾՀ: " + m(ID, "4711940482") + NL +
     "Հասցե: " + m(A, "Երևան, Կոմիտասի պող. 54, բն. 23") + NL +
     "Հեռախոս: " + m(P, "+374 91 482 731")),

    ("prose", "hy", True,
     "Մեսրոպ Մաշտոցը հայոց այբուբենը ստեղծել է 405 թվականին։ Մատենադարանը, որտեղ պահվում է ավելի քան 23 000 ձեռագիր, "
     "գտնվում է Երևանում։"),

    ("kyc", "kk", False,
     "Клиент туралы мәліметтер" + NL +
     "Аты-жөні: " + m(N, "Сәрсенбаева Айгерім Болатқызы") + NL +
     "ЖСН: " + m(ID, "910618465477") + "   Туған күні: " + m(D, "18.06.1991") + NL +
     "Мекенжайы: " + m(A, "Алматы қ., Абай даңғылы 150, 34-пәтер") + NL +
     "Телефон: " + m(P, "+7 701 482 1930") + "   Шот: " + m(I, "KZ06 0906 5438 9342 1395")),

    ("form", "mn", False,
     "Ажилд орох өргөдөл" + NL +
     "Овог нэр: " + m(N, "Батбаярын Энхтуяа") + NL +
     "Регистрийн дугаар: " + m(ID, "УБ91061812") + NL +
     "Төрсөн огноо: " + m(D, "1991 оны 6 сарын 18") + NL +
     "Хаяг: " + m(A, "Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Чингисийн өргөн чөлөө 24, 56 тоот") + NL +
     "Утас: " + m(P, "9911 4827")),
]
# ---------------------------------------------------------------- Arabic, Hebrew, Persian, Urdu
cases += [
    ("kyc", "ar", False,
     "نموذج فتح حساب - فرد" + NL +
     "الاسم الكامل: " + m(N, "عبدالله بن فهد القحطاني") + NL +
     "رقم الهوية الوطنية: " + m(ID, "1169965181") + NL +
     "تاريخ الميلاد: " + m(D, "١٤٠٩/٠٣/١٢هـ") + NL +
     "العنوان الوطني: " + m(A, "٨٢٢٨ طريق الأمير محمد بن عبدالعزيز، حي العليا، الرياض ١٢٢٤١") + NL +
     "الجوال: " + m(P, "+966 55 481 2270") + NL +
     "الآيبان: " + m(I, "SA03 7784 7178 6259 9764 4795")),

    ("hr", "ar", False,
     "بيانات الموظف - إدارة الموارد البشرية" + NL +
     "الاسم: " + m(N, "محمد أنور حسين") + "   الجنسية: باكستاني" + NL +
     "رقم الإقامة: " + m(ID, "2341528780") + NL +
     "رقم جواز السفر: " + m(ID, "AB4821937") + NL +
     "تاريخ الميلاد: " + m(D, "1987-07-03") + NL +
     "رقم الجوال: " + m(P, "0503184427")),

    ("form", "ar", False,
     "طلب تأشيرة إقامة - الإمارات العربية المتحدة" + NL +
     "اسم الكفيل: " + m(N, "سارة خليفة المنصوري") + NL +
     "رقم الهوية الإماراتية: " + m(ID, "784-1989-5149985-8") + NL +
     "هاتف متحرك: " + m(P, "050 318 4427") + NL +
     "رقم الحساب: " + m(I, "AE18 9851 7247 3247 5230 211") + NL +
     "المكفول: " + m(N, "ماريا سانتوس") + " (عاملة منزلية)، جواز فلبيني رقم " + m(ID, "P4829173A")),

    ("police", "ar", False,
     "محضر رقم ٤٤١٨ لسنة ٢٠٢٤ - قسم شرطة مدينة نصر أول" + NL +
     "حضر المواطن/ " + m(N, "أحمد مصطفى عبد الرحمن") + "، رقم قومي " + m(ID, "29604120104873") + "، ومقيم في " + m(A, "١٧ شارع عباس العقاد، مدينة نصر، القاهرة") +
     "، وقرر بسرقة هاتفه المحمول. رقم هاتف الشاكي: " + m(P, "01012847730") + "."),

    ("chat", "ar", False,
     m(N, "ليلى") + ": يا " + m(N, "رامي") + "، ابعتلي رقم حسابك عشان أحولك فلوس الرحلة" + NL +
     m(N, "رامي") + ": " + m(I, "JO88 ARAB 9488 7787 4623 1611 7998 61") + " باسم " + m(N, "رامي خوري") + NL +
     m(N, "ليلى") + ": تم ✅ ١٢٠ دينار"),

    ("prose", "ar", True,
     "وُلد نجيب محفوظ في ١١ ديسمبر ١٩١١ في حي الجمالية بالقاهرة، وحصل على جائزة نوبل في الأدب عام ١٩٨٨. "
     "من أشهر أعماله الثلاثية: بين القصرين (١٩٥٦)، قصر الشوق (١٩٥٧)، السكرية (١٩٥٧)."),

    ("stats", "ar", True,
     "أغلق مؤشر السوق الرئيسية (تاسي) عند ١٢٬١٠٤٫٥٥ نقطة منخفضاً ٠٫٤٪، بتداولات بلغت ٧٫٣ مليار ريال. "
     "وارتفع سهم أرامكو (٢٢٢٢) إلى ٢٧٫٩٠ ريال."),

    ("docs", "ar", True,
     "قال تعالى في سورة البقرة (٢:٢٥٥) آية الكرسي. ورقم الإيداع بدار الكتب ٢٠١٨/١٤٥٢٣، والترقيم الدولي ISBN 978-977-09-3471-0. "
     "الطبعة الثالثة، دار الشروق، القاهرة."),

    ("medical", "he", False,
     "סיכום ביקור - מרפאת עור" + NL +
     "שם המטופלת: " + m(N, "נועה אברהמי") + NL +
     "ת.ז.: " + m(ID, "026821637") + "   תאריך לידה: " + m(D, "15.3.1990") + NL +
     "כתובת: " + m(A, "רחוב הנביאים 45 דירה 8, חיפה") + NL +
     "טלפון נייד: " + m(P, "052-748-3310") + NL +
     "אבחנה: אקזמה במגע. טיפול: משחת סטרואידים חלשה פעמיים ביום למשך שבועיים."),

    ("chat", "he", False,
     m(N, "יונתן") + ": אחי תשלח לי את מספר תעודת הזהות שלך לטופס של המילואים" + NL +
     m(N, "עומר") + ": " + m(ID, "124459058") + NL +
     m(N, "יונתן") + ": תודה, שלחתי ל" + m(N, "רונית") + " מהמשרד"),

    ("prose", "he", True,
     "דוד בן-גוריון נולד ב-16 באוקטובר 1886 בפלונסק. הוא הכריז על הקמת המדינה ב-14 במאי 1948 בבית דיזנגוף, שדרות רוטשילד 16 בתל אביב."),

    ("form", "fa", False,
     "فرم ثبت‌نام دوره آموزشی" + NL +
     "نام و نام خانوادگی: " + m(N, "مریم رضایی") + NL +
     "کد ملی: " + m(ID, "0023499151") + NL +
     "تاریخ تولد: " + m(D, "۱۳۶۸/۰۴/۲۱") + NL +
     "نشانی: " + m(A, "تهران، خیابان ولیعصر، کوچه توانیر، پلاک ۱۲، واحد ۴") + NL +
     "تلفن همراه: " + m(P, "۰۹۱۲ ۳۴۸ ۷۷۲۱") + NL +
     "شماره شبا: " + m(I, "IR310170000000453331478932")),

    ("prose", "fa", True,
     "حافظ شیرازی در حدود سال ۷۲۶ هجری قمری در شیراز به دنیا آمد. آرامگاه او، حافظیه، هر سال در ۲۰ مهر "
     "که روز بزرگداشت حافظ است میزبان هزاران بازدیدکننده است."),

    ("form", "ur", False,
     "درخواست برائے قرض" + NL +
     "نام: " + m(N, "عائشہ ملک") + NL +
     "شناختی کارڈ نمبر: " + m(ID, "35202-4819374-2") + NL +
     "تاریخ پیدائش: " + m(D, "12 جنوری 1993") + NL +
     "پتہ: " + m(A, "مکان نمبر 27، گلی نمبر 4، ماڈل ٹاؤن، لاہور") + NL +
     "موبائل: " + m(P, "0300 4827193") + NL +
     "اکاؤنٹ: " + m(I, "PK83 MEZN 5677 1790 1534 4415")),

    ("news", "ur", True,
     "پاکستان نے 18 جون 2017 کو اوول میں بھارت کو 180 رنز سے ہرا کر چیمپئنز ٹرافی جیتی۔ فائنل میں فخر زمان نے 114 رنز بنائے۔ "
     "اسٹیٹ بینک نے جون 2024 میں شرح سود 22 سے کم کر کے 20.5 فیصد کر دی۔"),
]
# ---------------------------------------------------------------- South Asia
cases += [
    ("kyc", "hi", False,
     "केवाईसी फ़ॉर्म - बचत खाता" + NL +
     "नाम: " + m(N, "प्रिया शर्मा") + NL +
     "पिता का नाम: " + m(N, "राजेश कुमार शर्मा") + NL +
     "जन्म तिथि: " + m(D, "15/08/1992") + NL +
     "आधार संख्या: " + m(ID, "4544 5552 4308") + "   पैन: " + m(ID, "BQRPS4821K") + NL +
     "पता: " + m(A, "फ्लैट नं. 304, साईं कृपा अपार्टमेंट, सेक्टर 21, द्वारका, नई दिल्ली 110077") + NL +
     "मोबाइल: " + m(P, "+91 98214 36750")),

    ("chat", "hi", False,
     m(N, "रोहित") + ": भाई UPI नहीं चल रहा, कार्ड से कर दे" + NL +
     m(N, "अमन") + ": ले " + m(C, "6521 0661 2110 1719") + " एक्सपायरी 09/28, OTP मैं बता दूँगा" + NL +
     m(N, "रोहित") + ": पागल है क्या, ऐसे कार्ड नंबर मत भेजा कर 😂"),

    ("prose", "hi", True,
     "महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था। दांडी मार्च 12 मार्च 1930 को साबरमती आश्रम से शुरू हुआ "
     "और 6 अप्रैल 1930 को दांडी पहुँचा।"),

    ("timetable", "hi", True,
     "गाड़ी संख्या 12951 मुंबई सेंट्रल - नई दिल्ली तेजस राजधानी एक्सप्रेस: मुंबई सेंट्रल 17:00 प्रस्थान, वडोदरा 21:58, "
     "कोटा 03:15, नई दिल्ली 08:32 आगमन। PNR स्थिति के लिए 139 पर एसएमएस करें।"),

    ("form", "en", False,
     "Rental agreement - Annexure A (Tenant KYC)" + NL +
     "Tenant: " + m(N, "Karthik Subramanian") + ", S/o " + m(N, "V. Subramanian") + NL +
     "Aadhaar No.: " + m(ID, "7511 9339 6690") + NL +
     "PAN: " + m(ID, "AKFPS7312M") + NL +
     "DOB: " + m(D, "28-Jan-1989") + NL +
     "Permanent address: " + m(A, "No. 12, 3rd Cross, Kamaraj Salai, Mylapore, Chennai 600004") + NL +
     "Mobile: " + m(P, "94440 18273")),

    ("form", "ta", False,
     "விண்ணப்பப் படிவம் - கல்வி உதவித்தொகை" + NL +
     "மாணவர் பெயர்: " + m(N, "கார்த்திகா செல்வராஜ்") + NL +
     "பிறந்த தேதி: " + m(D, "04.06.2006") + NL +
     "தந்தை பெயர்: " + m(N, "செல்வராஜ் முருகன்") + NL +
     "முகவரி: " + m(A, "45/2, பாரதியார் தெரு, தி. நகர், சென்னை 600017") + NL +
     "கைபேசி: " + m(P, "98401 72365")),

    ("prose", "ta", True,
     "திருவள்ளுவர் இயற்றிய திருக்குறள் 1330 குறள்களைக் கொண்டது. கன்னியாகுமரியில் உள்ள திருவள்ளுவர் சிலை "
     "133 அடி உயரம் கொண்டது; இது 1 ஜனவரி 2000 அன்று திறக்கப்பட்டது."),

    ("form", "bn", False,
     "চাকরির আবেদনপত্র" + NL +
     "নাম: " + m(N, "তানভীর আহমেদ") + NL +
     "জাতীয় পরিচয়পত্র নম্বর: " + m(ID, "৪৮২ ৯১৩ ৭৭০৬") + NL +
     "জন্ম তারিখ: " + m(D, "১২ মার্চ ১৯৯৫") + NL +
     "ঠিকানা: " + m(A, "বাড়ি ২৭, রোড ৪, ধানমন্ডি, ঢাকা ১২০৫") + NL +
     "মোবাইল: " + m(P, "০১৭১১-৪৮২৯৩৭")),

    ("prose", "bn", True,
     "রবীন্দ্রনাথ ঠাকুর ১৮৬১ সালের ৭ মে কলকাতার জোড়াসাঁকোয় জন্মগ্রহণ করেন। ১৯১৩ সালে গীতাঞ্জলির জন্য তিনি সাহিত্যে নোবেল পুরস্কার পান।"),

    ("form", "ne", False,
     "रोजगार आवेदन फाराम" + NL +
     "नाम थर: " + m(N, "सरिता श्रेष्ठ") + NL +
     "नागरिकता प्रमाणपत्र नं.: " + m(ID, "27-01-74-04812") + NL +
     "जन्म मिति (वि.सं.): " + m(D, "२०४८/०५/१२") + NL +
     "ठेगाना: " + m(A, "ललितपुर महानगरपालिका वडा नं. ३, पुल्चोक, घर नं. १४") + NL +
     "मोबाइल: " + m(P, "९८४१२३७७१०")),

    ("form", "si", False,
     "රැකියා අයදුම්පත" + NL +
     "නම: " + m(N, "නිලූකා පෙරේරා") + NL +
     "ජාතික හැඳුනුම්පත් අංකය: " + m(ID, "198773504127") + NL +
     "උපන් දිනය: " + m(D, "1987-08-22") + NL +
     "ලිපිනය: " + m(A, "නො. 45, ගාලු පාර, කොළඹ 03") + NL +
     "දුරකථන: " + m(P, "077 482 1936")),

    ("prose", "si", True,
     "ශ්‍රී දළදා මාළිගාව මහනුවර නගරයේ පිහිටා ඇත. ඇසළ පෙරහැර සෑම වසරකම ජූලි හෝ අගෝස්තු මාසයේදී පැවැත්වේ."),
]
# ---------------------------------------------------------------- Chinese
cases += [
    ("hr", "zh", False,
     "员工入职登记表" + NL +
     "姓名：" + m(N, "王志强") + "    性别：男    出生日期：" + m(D, "1988年4月12日") + NL +
     "身份证号码：" + m(ID, "110105198804128931") + NL +
     "现住址：" + m(A, "北京市朝阳区建国路88号院3号楼1502室") + NL +
     "手机：" + m(P, "138 1047 2296") + "    邮箱：" + m(E, "wangzq1988@163.com") + NL +
     "工资卡（银联）：" + m(C, "6281 8624 6863 7200 961") + NL +
     "紧急联系人：" + m(N, "李秀兰") + "（母亲）" + m(P, "139-0107-5521")),

    ("shipping", "zh", False,
     "顺丰速运 运单号 SF1402387719245" + NL +
     "收件人：" + m(N, "林晓雯") + "  " + m(P, "159-2088-3146") + NL +
     "收件地址：" + m(A, "广东省深圳市南山区桃园路南头古城西街12号501室") + NL +
     "寄件人：优品数码旗舰店  托寄物：耳机 x1  保价：￥0"),

    ("chat", "zh", False,
     m(N, "陈思琪") + "：亲爱的，帮我订一下周五去杭州的高铁票呗" + NL +
     m(N, "周航") + "：好，把你身份证号发我" + NL +
     m(N, "陈思琪") + "：" + m(ID, "440305199508179162") + NL +
     m(N, "周航") + "：订好了，G7371 上海虹桥 08:05 开，二等座 7车12F"),

    ("form", "zh", False,
     "住院病歷首頁" + NL +
     "姓名：" + m(N, "林怡君") + "    出生日期：" + m(D, "民國84年3月7日") + NL +
     "身分證字號：" + m(ID, "A228186640") + NL +
     "住址：" + m(A, "臺北市大安區忠孝東路四段216巷27弄5號3樓") + NL +
     "聯絡電話：" + m(P, "0928-417-365") + NL +
     "入院診斷：急性闌尾炎 (K35.80)"),

    ("form", "zh", False,
     "會員登記表格" + NL +
     "姓名：" + m(N, "陳嘉欣") + " (CHAN Ka Yan)" + NL +
     "香港身份證號碼：" + m(ID, "K011603(3)") + NL +
     "地址：" + m(A, "九龍旺角通菜街132號5樓B室") + NL +
     "手提電話：" + m(P, "6482 3917")),

    ("prose", "zh", True,
     "鲁迅（1881年9月25日－1936年10月19日），原名周樟寿，浙江绍兴人。1918年5月发表《狂人日记》，"
     "是中国现代文学史上第一篇白话小说。"),

    ("stats", "zh", True,
     "沪深两市收盘：上证指数报3051.28点，涨0.27%；贵州茅台（600519）收于1645.00元，成交额52.3亿元。"
     "国家统计局：5月CPI同比上涨0.3%。"),

    ("legal", "zh", True,
     "依据《中华人民共和国个人信息保护法》第十三条及国家标准GB/T 35273-2020《信息安全技术 个人信息安全规范》，"
     "本公司（统一社会信用代码 91310000MA1K4E2T3X）仅在必要范围内处理信息。"),
]

# ---------------------------------------------------------------- Japanese
cases += [
    ("cv", "ja", False,
     "履　歴　書　　　　2024年6月1日現在" + NL +
     "ふりがな　さとう　みさき" + NL +
     "氏　　名　" + m(N, "佐藤　美咲") + NL +
     m(D, "昭和62年5月3日") + "生（満37歳）　女" + NL +
     "現住所　〒155-0031　" + m(A, "東京都世田谷区北沢2丁目14番9号 メゾン北沢203") + NL +
     "電話　" + m(P, "090-4821-3376") + "　　E-mail　" + m(E, "misaki.sato87@docomo.ne.jp") + NL +
     "平成22年3月　早稲田大学 商学部 卒業"),

    ("email", "ja", False,
     "件名：【年末調整】マイナンバーのご提出について" + NL + NL +
     m(N, "田中") + "さん" + NL + NL +
     "お疲れさまです。総務の" + m(N, "山本") + "です。" + NL +
     "ご提出いただいた個人番号（" + m(ID, "9773 5407 5320") + "）と、扶養家族 " + m(N, "田中 由美") + " さんの個人番号（" + m(ID, "840598832160") + "）を確認しました。" + NL +
     "生年月日（" + m(D, "1992年11月8日") + "）の記載漏れがありましたので追記しております。"),

    ("chat", "ja", False,
     m(N, "ゆうき") + "：明日の荷物、どこに送ればいい？" + NL +
     m(N, "あや") + "：" + m(A, "大阪府大阪市北区天神橋4-8-15-602") + " でお願い！　" + m(N, "中村") + "宛てで" + NL +
     m(N, "あや") + "：電話は " + m(P, "080-3317-9264") + " ね" + NL +
     m(N, "ゆうき") + "：了解〜"),

    ("form", "ja", False,
     "ビザ申請書（抜粋）" + NL +
     "氏名：" + m(N, "鈴木 大翔") + "（SUZUKI HIROTO）" + NL +
     "旅券番号：" + m(ID, "TR4829173") + NL +
     "生年月日：" + m(D, "2001年7月19日") + NL +
     "本籍：北海道"),

    ("prose", "ja", True,
     "夏目漱石（1867年2月9日〈慶応3年1月5日〉－1916年12月9日）は、日本の小説家。代表作に『吾輩は猫である』『こゝろ』などがある。"
     "1984年から2004年まで千円札の肖像に採用された。"),

    ("timetable", "ja", True,
     "のぞみ 21号　東京 9:00 発 → 品川 9:07 → 新横浜 9:18 → 名古屋 10:33 → 京都 11:09 → 新大阪 11:24 着。"
     "N700S、16両編成、指定席 3号車～16号車。"),

    ("docs", "ja", True,
     "お問い合わせ先：内閣府 〒100-8914 東京都千代田区永田町1-6-1。文字コードはJIS X 0208およびUnicode 15.1に準拠します。"
     "受付番号の例：2024-06-0001234。"),
]

# ---------------------------------------------------------------- Korean
cases += [
    ("cv", "ko", False,
     "입 사 지 원 서" + NL +
     "성명: " + m(N, "김지은") + " (金智恩)" + NL +
     "주민등록번호: " + m(ID, "900215-2234341") + NL +
     "생년월일: " + m(D, "1990년 2월 15일") + NL +
     "주소: " + m(A, "서울특별시 마포구 성산로 120, 101동 1203호") + NL +
     "휴대전화: " + m(P, "010-4827-1936") + "  이메일: " + m(E, "jieun.kim90@naver.com")),

    ("form", "ko", False,
     "보험금 청구서" + NL +
     "피보험자: " + m(N, "박준호") + "  주민등록번호: " + m(ID, "831104-1536207") + NL +
     "주소: " + m(A, "부산광역시 해운대구 좌동순환로 433, 203동 1504호 (중동)") + NL +
     "연락처: " + m(P, "010-9183-2274") + NL +
     "사고일시: 2024.05.28 14:30  사고내용: 계단에서 넘어져 발목 골절"),

    ("chat", "ko", False,
     m(N, "민수") + ": 형 계좌 좀 알려줘, 회비 보낼게" + NL +
     m(N, "태윤") + ": 카뱅 3333-08-4827193 " + m(N, "이태윤") + NL +
     m(N, "민수") + ": 보냈어! 그리고 " + m(N, "수진") + "이 번호 바뀌었대 " + m(P, "010-2284-7719")),

    ("prose", "ko", True,
     "세종대왕(1397년 5월 15일 ~ 1450년 4월 8일)은 조선의 제4대 국왕으로, 1443년 훈민정음을 창제하고 1446년에 반포하였다. "
     "한글날은 매년 10월 9일이다."),

    ("legal", "ko", True,
     "「개인정보 보호법」 제24조의2에 따라 주민등록번호는 법령에서 허용한 경우에만 처리할 수 있습니다. "
     "문의: 개인정보보호위원회, 서울특별시 종로구 세종대로 209 정부서울청사."),

    ("timetable", "ko", True,
     "KTX 101  서울 05:13 → 광명 05:29 → 대전 06:12 → 동대구 06:59 → 부산 07:47  (일반실 59,800원)"),
]
# ---------------------------------------------------------------- Southeast Asia
cases += [
    ("form", "th", False,
     "ใบสมัครงาน" + NL +
     "ชื่อ-นามสกุล: นางสาว" + m(N, "พิมพ์ชนก ศรีสุวรรณ") + NL +
     "เลขประจำตัวประชาชน: " + m(ID, "1-2049-23372-86-5") + NL +
     "วันเกิด: " + m(D, "12 มีนาคม 2538") + NL +
     "ที่อยู่: " + m(A, "99/123 หมู่ 4 ถนนรัตนาธิเบศร์ ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี 11000") + NL +
     "โทรศัพท์มือถือ: " + m(P, "081-472-3390")),

    ("chat", "th", False,
     m(N, "ต้น") + ": ขอเลขบัตรประชาชนหน่อย จะจองตั๋วเครื่องบินให้" + NL +
     m(N, "แพรว") + ": " + m(ID, "3299692725084") + " ค่ะ" + NL +
     m(N, "ต้น") + ": โอเค เที่ยวบิน FD3015 ดอนเมือง-เชียงใหม่ 07:10 นะ"),

    ("legal", "th", True,
     "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 26 ห้ามมิให้เก็บรวบรวมข้อมูลส่วนบุคคลเกี่ยวกับเชื้อชาติ "
     "โดยไม่ได้รับความยินยอมโดยชัดแจ้ง กฎหมายมีผลบังคับใช้เต็มรูปแบบเมื่อวันที่ 1 มิถุนายน 2565"),

    ("form", "vi", False,
     "TỜ KHAI ĐĂNG KÝ TẠM TRÚ" + NL +
     "Họ và tên: " + m(N, "Nguyễn Thị Thu Hà") + NL +
     "Ngày sinh: " + m(D, "ngày 07 tháng 10 năm 1995") + NL +
     "Số CCCD: " + m(ID, "001195024817") + NL +
     "Nơi ở hiện tại: " + m(A, "Số 18 ngõ 45 phố Hào Nam, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội") + NL +
     "Số điện thoại: " + m(P, "0912 483 775")),

    ("chat", "vi", False,
     m(N, "Minh") + ": a ơi em chuyển khoản rồi nhé, tên tài khoản " + m(N, "TRAN QUOC MINH") + NL +
     m(N, "Huy") + ": ok e, a nhận được rồi. gửi hàng về " + m(A, "12 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM") + " đúng ko?" + NL +
     m(N, "Minh") + ": dạ đúng, sđt " + m(P, "0903 718 264")),

    ("prose", "vi", True,
     "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập ngày 2 tháng 9 năm 1945 tại Quảng trường Ba Đình, Hà Nội. "
     "Tổng cục Thống kê: GDP quý I/2024 tăng 5,66% so với cùng kỳ."),

    ("form", "id", False,
     "FORMULIR PENDAFTARAN PASIEN BARU" + NL +
     "Nama: " + m(N, "Siti Rahmawati") + NL +
     "NIK: " + m(ID, "3174056108920003") + NL +
     "Tanggal lahir: " + m(D, "21 Agustus 1992") + NL +
     "Alamat: " + m(A, "Jl. Kemang Raya No. 17, RT 005/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730") + NL +
     "No. HP: " + m(P, "0812-8834-1927") + NL +
     "Penjamin: BPJS Kesehatan"),

    ("prose", "id", True,
     "Proklamasi Kemerdekaan Indonesia dibacakan oleh Soekarno pada 17 Agustus 1945 di Jalan Pegangsaan Timur 56, Jakarta. "
     "BPS mencatat inflasi Mei 2024 sebesar 2,84 persen (yoy)."),

    ("kyc", "ms", False,
     "Borang Permohonan Pembiayaan Peribadi" + NL +
     "Nama: " + m(N, "Muhammad Hafiz bin Abdullah") + NL +
     "No. Kad Pengenalan: " + m(ID, "900714-14-5679") + NL +
     "Tarikh lahir: " + m(D, "14 Julai 1990") + NL +
     "Alamat: " + m(A, "No. 23, Jalan SS 2/55, 47300 Petaling Jaya, Selangor") + NL +
     "No. telefon: " + m(P, "012-384 7721")),

    ("form", "tl", False,
     "APLIKASYON PARA SA PAUTANG" + NL +
     "Pangalan: " + m(N, "Maricel Dela Cruz") + NL +
     "Petsa ng kapanganakan: " + m(D, "Marso 5, 1991") + NL +
     "TIN: " + m(ID, "418-293-057-000") + NL +
     "Tirahan: " + m(A, "Blk 12 Lot 8, Phase 2, Brgy. San Isidro, Cainta, Rizal") + NL +
     "Cellphone: " + m(P, "0917 482 3390")),

    ("chat", "tl", False,
     m(N, "Jomar") + ": pre pa-GCash naman sa " + m(P, "0998 214 7736") + ", " + m(N, "Jomar Villanueva") + " yung name" + NL +
     "Kuya " + m(N, "Ben") + ": sige pre, 500 lang ha" + NL +
     m(N, "Jomar") + ": salamat kuya!"),

    ("docs", "ms", True,
     "Waktu operasi Jabatan Pendaftaran Negara (JPN) Putrajaya: Isnin-Jumaat 8.00 pagi-5.00 petang. "
     "Akta Perlindungan Data Peribadi 2010 [Akta 709] terpakai kepada transaksi komersial."),
]

# ---------------------------------------------------------------- Africa
cases += [
    ("form", "am", False,
     "የሥራ ማመልከቻ ቅጽ" + NL +
     "ሙሉ ስም: " + m(N, "ሰላማዊት ተስፋዬ") + NL +
     "የትውልድ ቀን: " + m(D, "12/04/1988 ዓ.ም") + NL +
     "ፋይዳ ቁጥር: " + m(ID, "4829 1735 6620 9143") + NL +
     "አድራሻ: " + m(A, "አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1245") + NL +
     "ስልክ: " + m(P, "+251 91 148 2730")),

    ("prose", "am", True,
     "የዓድዋ ጦርነት የካቲት 23 ቀን 1888 ዓ.ም ተካሄደ። ኢትዮጵያ በዓመት 13 ወራት ያሏት ሲሆን አዲሱ ዓመት እንቁጣጣሽ መስከረም 1 ይከበራል።"),

    ("chat", "sw", False,
     m(N, "Wanjiru") + ": Habari " + m(N, "Otieno") + ", nitumie pesa ya chama kwa M-Pesa " + m(P, "0712 483 920") + NL +
     m(N, "Otieno") + ": Sawa, nimetuma KSh 2,000. Pia nahitaji namba yako ya kitambulisho kwa fomu ya SACCO" + NL +
     m(N, "Wanjiru") + ": ID ni " + m(ID, "28473916") + ", KRA PIN " + m(ID, "A012948375Z")),

    ("sports", "sw", True,
     "Ligi Kuu Tanzania Bara: Simba SC 2-1 Yanga SC katika Uwanja wa Benjamin Mkapa, Dar es Salaam. "
     "Mahudhurio 60,000. Ratiba ya mzunguko wa pili itatangazwa Jumatatu."),

    ("form", "yo", False,
     "Fọ́ọ̀mù ìforúkọsílẹ̀ ọmọ ẹgbẹ́" + NL +
     "Orúkọ: " + m(N, "Adébáyọ̀ Ọlátúnjí") + NL +
     "Ọjọ́ ìbí: " + m(D, "14 Oṣù Kẹta 1992") + NL +
     "NIN: " + m(ID, "48193027761") + NL +
     "Àdírẹ́sì: " + m(A, "No. 7, Òpópónà Adéọlá, Bódìjà, Ìbàdàn") + NL +
     "Fóònù: " + m(P, "0812 947 3381")),

    ("form", "ha", False,
     "Fom ɗin rajista" + NL +
     "Suna: " + m(N, "Abubakar Sani Danladi") + NL +
     "Ranar haihuwa: " + m(D, "3 ga Yuni, 1985") + NL +
     "Adireshi: " + m(A, "Lamba 14, Titin Zaria, Nasarawa GRA, Kano") + NL +
     "Lambar waya: " + m(P, "+234 706 218 4490")),

    ("form", "zu", False,
     "Ifomu yokufaka isicelo semali mboleko" + NL +
     "Igama: " + m(N, "Sipho Dlamini") + NL +
     "Inombolo kamazisi: " + m(ID, "8507195923087") + NL +
     "Usuku lokuzalwa: " + m(D, "19 Julayi 1985") + NL +
     "Ikheli: " + m(A, "14 Mthembu Street, Umlazi, 4031") + NL +
     "Ucingo: " + m(P, "082 418 3390")),

    ("form", "af", False,
     "Aansoekvorm - Huurooreenkoms" + NL +
     "Naam: " + m(N, "Annelie van der Merwe") + NL +
     "ID-nommer: " + m(ID, "9911230158080") + NL +
     "Geboortedatum: " + m(D, "23 November 1999") + NL +
     "Adres: " + m(A, "Kerkstraat 23, Stellenbosch, 7600") + NL +
     "Selfoon: " + m(P, "072 918 4406") + "   E-pos: " + m(E, "annelie.vdmerwe@gmail.com")),

    ("prose", "af", True,
     "Jan van Riebeeck het op 6 April 1652 in Tafelbaai aangekom. Die Afrikaanse Taalmonument in die Paarl is op 10 Oktober 1975 ingewy."),

    ("prose", "zu", True,
     "UNelson Mandela wazalwa ngomhla ziyi-18 kuJulayi 1918 eMvezo. Waba nguMongameli wokuqala weNingizimu Afrika owakhethwa ngentando yeningi ngo-1994."),
]
# ---------------------------------------------------------------- smaller European languages
cases += [
    ("form", "ca", False,
     "Sol·licitud de plaça d'aparcament municipal" + NL +
     "Nom i cognoms: " + m(N, "Núria Puigdomènech i Vila") + NL +
     "DNI: " + m(ID, "40753116Z") + NL +
     "Adreça: " + m(A, "Carrer de Mallorca 284, 4t 2a, 08037 Barcelona") + NL +
     "Telèfon: " + m(P, "+34 622 18 47 93") + NL +
     "Matrícula del vehicle: 4821 KZT"),

    ("prose", "ca", True,
     "Antoni Gaudí va néixer el 25 de juny de 1852 a Reus o a Riudoms. La Sagrada Família, al carrer de Mallorca 401 de Barcelona, "
     "va rebre la llicència d'obres l'any 2019, 137 anys després de començar-la."),

    ("email", "eu", False,
     "Kaixo " + m(N, "Ane") + "," + NL +
     "Zure matrikula jaso dugu. Datuak: " + m(N, "Ane Etxeberria Goikoetxea") + ", NAN " + m(ID, "06309473K") + ", jaiotze-data " + m(D, "1999ko maiatzaren 3a") + ", "
     "helbidea " + m(A, "Kale Nagusia 14, 3. eskuina, 20003 Donostia") + "." + NL +
     "Ondo izan," + NL + m(N, "Iñaki")),

    ("form", "ga", False,
     "Foirm iarratais - Deontas Tithíochta" + NL +
     "Ainm: " + m(N, "Siobhán Ní Bhriain") + NL +
     "Uimhir PSP: " + m(ID, "1942222QA") + NL +
     "Dáta breithe: " + m(D, "14 Bealtaine 1986") + NL +
     "Seoladh: " + m(A, "12 Ascaill Uí Dhonnchadha, Gaillimh H91 X7C2") + NL +
     "Fón póca: " + m(P, "087 418 2293")),

    ("prose", "cy", True,
     "Ganwyd Dylan Thomas yn Abertawe ar 27 Hydref 1914, yn 5 Cwmdonkin Drive. Mae Eisteddfod Genedlaethol 2024 "
     "yn cael ei chynnal ym Mhontypridd rhwng 3 a 10 Awst."),

    ("hr", "cy", False,
     "Ffurflen gychwynnol gweithiwr newydd" + NL +
     "Enw: " + m(N, "Rhodri ap Gwilym") + NL +
     "Rhif Yswiriant Gwladol: " + m(ID, "GJ 00 10 18 A") + NL +
     "Dyddiad geni: " + m(D, "9 Mawrth 1995") + NL +
     "Cyfeiriad: " + m(A, "7 Heol y Bont, Caernarfon LL55 1SH") + NL +
     "Ffôn: " + m(P, "07823 417 902")),

    ("bank", "mt", False,
     "Talba għal trasferiment" + NL +
     "Isem: " + m(N, "Ġorġ Camilleri") + "   Karta tal-Identità: " + m(ID, "0482917M") + NL +
     "Indirizz: " + m(A, "14, Triq il-Kbira, Ħal Qormi QRM 2011") + NL +
     "IBAN: " + m(I, "MT56 VALL 9323 3851 2607 1847 1157 913") + NL +
     "Ammont: €1,250.00 - ħlas tal-kera"),

    ("form", "sq", False,
     "Formular aplikimi për pasaportë" + NL +
     "Emri dhe mbiemri: " + m(N, "Erjona Hoxha") + NL +
     "Numri personal: " + m(ID, "J85412037K") + NL +
     "Datëlindja: " + m(D, "12.04.1998") + NL +
     "Adresa: " + m(A, "Rruga e Kavajës, Pallati 12, Shk. 2, Ap. 8, Tiranë") + NL +
     "Telefon: " + m(P, "+355 69 482 1137") + NL +
     "Llogaria: " + m(I, "AL96 8074 0159 2119 3041 6244 7473")),

    ("form", "mk", False,
     "Барање за издавање уверение" + NL +
     "Име и презиме: " + m(N, "Билјана Стојановска") + NL +
     "ЕМБГ: " + m(ID, "2206987455025") + NL +
     "Адреса: " + m(A, "ул. Македонија 28/3-5, 1000 Скопје") + NL +
     "Телефон: " + m(P, "070 384 219") + NL +
     "Сметка: " + m(I, "MK07 1785 3076 7906 852")),

    ("legal", "mk", True,
     "Согласно Законот за заштита на личните податоци („Службен весник на РМ“ бр. 42/2020), Агенцијата за заштита на "
     "личните податоци е надлежна за надзор. Гоце Делчев е роден на 4 февруари 1872 година во Кукуш."),

    ("sports", "ga", True,
     "Craobh Iomána na hÉireann 2023: Luimneach 0-30, Cill Chainnigh 2-15. Ceathrú craobh as a chéile do Luimneach, "
     "os comhair 82,300 duine i bPáirc an Chrócaigh."),

    ("prose", "sq", True,
     "Gjergj Kastrioti Skënderbeu lindi në vitin 1405 dhe vdiq më 17 janar 1468 në Lezhë. "
     "Sheshi Skënderbej në Tiranë u rinovua në vitin 2017."),
]
# ---------------------------------------------------------------- more English (regional formats)
cases += [
    ("sms", "en", False,
     "Raffles Medical: Dear " + m(N, "Tan Wei Ling") + " (NRIC " + m(ID, "S8356588H") + "), your appointment with Dr " + m(N, "Lim") +
     " is confirmed for 14 Jun 2024, 10:30am. Reply Y to confirm. Your registered address: " + m(A, "Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412") +
     ". Queries: " + m(P, "+65 9734 2218") + " (your mobile on file)."),

    ("payslip", "en", False,
     "PAYSLIP - May 2024 - Coastal Freight (Pty) Ltd, Durban" + NL +
     "Employee: " + m(N, "Thabo Nkosi") + "   Emp no: 00418" + NL +
     "ID number: " + m(ID, "9204255836081") + NL +
     "Basic salary R 18,450.00   UIF -R 177.12   PAYE -R 1,904.33" + NL +
     "Net pay R 16,368.55 paid to account ending 7719" + NL +
     "Leave balance: 11.5 days"),

    ("letter", "en", False,
     "DVLA - Your driving licence has been renewed" + NL + NL +
     "Ms " + m(N, "Chiamaka Adaeze Okafor") + NL +
     m(A, "31 Belgrave Gardens") + NL + m(A, "Leicester LE4 6GB") + NL + NL +
     "Driver number: " + m(ID, "OKAFO853167CA9LR") + NL +
     "Date of birth: " + m(D, "16.03.1987") + NL +
     "Your new photocard licence is valid until 11.06.2034."),

    ("form", "en", False,
     "TENANT INFORMATION - Westlands Court, Nairobi" + NL +
     "Name: " + m(N, "Grace Wambui Mwangi") + NL +
     "National ID No: " + m(ID, "31847205") + "   KRA PIN: " + m(ID, "A009371846K") + NL +
     "Phone: " + m(P, "+254 722 418 390") + NL +
     "Next of kin: " + m(N, "Peter Mwangi") + " (brother), " + m(P, "0733 912 047") + NL +
     "Unit: B4, rent KES 65,000 per month, payable by the 5th."),

    ("log", "en", False,
     "May 31 23:41:07 bastion sshd[77120]: Failed password for invalid user admin from " + m(IP, "45.143.203.11") + " port 51844 ssh2" + NL +
     "May 31 23:41:09 bastion sshd[77120]: Failed password for invalid user admin from " + m(IP, "45.143.203.11") + " port 51844 ssh2" + NL +
     "May 31 23:52:30 bastion sshd[77301]: Accepted publickey for " + m(N, "lfischer") + " from " + m(IP, "84.57.192.6") + " port 60122 ssh2: ED25519 SHA256:3f9kQ2vTt1mYp8Zr0nWcL4uE7xHbA6sJdG5oKqR1iVM" + NL +
     "May 31 23:52:30 bastion sshd[77301]: pam_unix(sshd:session): session opened for user " + m(N, "lfischer") + "(uid=1004)"),

    ("http", "en", False,
     "POST /contact HTTP/1.1" + NL + "Host: www.greenleaf-landscaping.com" + NL +
     "Content-Type: application/x-www-form-urlencoded" + NL + NL +
     "name=" + m(N, "Rachel+Adeyemi") + "&email=" + m(E, "rachel.adeyemi%40gmail.com") + "&phone=" + m(P, "%2B1+470+555+0136") +
     "&message=Quote+for+backyard+patio%2C+approx+400+sq+ft&consent=on"),

    ("code", "en", False,
     "import sendgrid" + NL +
     "sg = sendgrid.SendGridAPIClient(api_key=\"" + m(K, "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") + "\")" + NL +
     "msg = Mail(from_email=SENDER, to_emails='" + m(E, "dana.whitfield@gmail.com") + "', subject='Your weekly digest')" + NL +
     "sg.send(msg)"),

    ("ticket", "en", False,
     "Shopify app review - rejection reason #3: your app bundle contains a hard-coded Admin API token ("
     + m(K, "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") + ") in assets/config.js line 12. Rotate it and load it from a server-side secret store. "
     "Reviewer: " + m(N, "Anika Sorensen")),

    ("sql", "en", False,
     "-- legacy_billing.sql (2009 export, cards were stored in clear text before PCI remediation)" + NL +
     "INSERT INTO payment_methods VALUES (311, 'VISA', '" + m(C, "4162877680433") + "', '03/11', '" + m(N, "Harriet Bloom") + "');" + NL +
     "INSERT INTO payment_methods VALUES (312, 'DISC', '" + m(C, "6011316453078929") + "', '09/12', '" + m(N, "Calvin Reyes") + "');" + NL +
     "INSERT INTO payment_methods VALUES (313, 'DINERS', '" + m(C, "36871910441387") + "', '01/10', '" + m(N, "Mei Ling Chow") + "');"),

    ("medical", "en", False,
     "EXPLANATION OF BENEFITS - claim 24-118-00392" + NL +
     "Patient: " + m(N, "Deshawn Miller") + "   DOB: " + m(D, "1999-08-14") + NL +
     "Subscriber: " + m(N, "Tanya Miller") + ", SSN " + m(S, "685-44-6886") + NL +
     "Provider: Lakeside Orthopedics   Service date: 04/29/2024" + NL +
     "Billed $1,240.00   Allowed $612.18   Plan paid $489.74   You owe $122.44"),

    ("chat", "en", False,
     "[Discord] #dev-bots" + NL +
     m(N, "kai_nakamura") + ": bot keeps going offline, here's my config" + NL +
     "```json" + NL + '{ "token": "' + m(K, "kcvs4Q24pWTcjU33kxnVPuwM.e3Ao15.sgIZU22C6veZlm-JGcfFplRysDmPZ6X1K63ROJ") + '", "prefix": "!", "shard_count": 1 }' + NL + "```" + NL +
     "mod-bot: ⚠️ message hidden - possible token detected. Please reset it in the developer portal."),

    ("form", "en", False,
     "Ontario - Accident report, driver information" + NL +
     "Driver: " + m(N, "Sophie Marchand") + NL +
     "Driver's licence: " + m(ID, "M2471-38295-85621") + NL +
     "Address: " + m(A, "52 Wellesley St E, Unit 1408, Toronto ON M4Y 1G7") + NL +
     "Phone: " + m(P, "(416) 555-0177") + NL +
     "Insurer: Intact, policy 882-4410-09"),
]
# ---------------------------------------------------------------- more documents in other languages
cases += [
    ("letter", "de", False,
     "Finanzamt Köln-Süd - Mitteilung über die steuerliche Identifikationsnummer" + NL + NL +
     "Herrn" + NL + m(N, "Emre Yılmaz-Hoffmann") + NL + m(A, "Bonner Str. 271") + NL + m(A, "50968 Köln") + NL + NL +
     "Ihre Identifikationsnummer lautet: " + m(ID, "89061557434") + NL +
     "Geburtsdatum laut Melderegister: " + m(D, "19.09.1981")),

    ("ticket", "de", False,
     "IT-Ticket #20931 - Laptop nach Update ohne WLAN" + NL +
     "Melder: " + m(N, "Uwe Brandstätter") + " (Buchhaltung, Durchwahl 4417)" + NL +
     "Gerät: ThinkPad T14 Gen 4, WLAN-MAC " + m(MAC, "04:7C:16:A9:3E:B2") + ", zuletzt gesehen mit IP " + m(IP, "172.16.40.88") + NL +
     "Lösung: Treiber Intel AX211 auf 23.40.0.4 zurückgesetzt, MAC im RADIUS neu freigegeben. - " + m(N, "Selin K.")),

    ("form", "de", False,
     "Anmeldung Fitnessstudio - Wien" + NL +
     "Name: " + m(N, "Lukas Gruber") + NL +
     "Sozialversicherungsnummer: " + m(ID, "8315 140872") + "   Geb.: " + m(D, "14.08.1972") + NL +
     "Adresse: " + m(A, "Mariahilfer Straße 88/2/14, 1070 Wien") + NL +
     "Tel.: " + m(P, "+43 664 382 1947") + NL +
     "Lastschrift von: " + m(I, "AT03 3283 8668 5913 8406")),

    ("form", "de", False,
     "Personalien - Neueintritt (Schweiz)" + NL +
     "Name: " + m(N, "Reto Baumgartner") + NL +
     "AHV-Nr.: " + m(ID, "756.6816.4987.43") + NL +
     "Wohnadresse: " + m(A, "Seefeldstrasse 112, 8008 Zürich") + NL +
     "Lohnkonto: " + m(I, "CH05 0314 9312 7663 5133 2") + NL +
     "Natel: " + m(P, "079 482 31 66")),

    ("email", "nl", False,
     "Dag " + m(N, "Pieter") + "," + NL + NL +
     "Voor de huurwaarborg heb ik je rijksregisternummer nodig. - Geen probleem: " + m(ID, "85.07.30-035.26") + ". "
     "Storten mag op " + m(I, "BE87 0182 2128 4894") + " op naam van " + m(N, "Pieter Claes") + "." + NL + NL +
     "Met vriendelijke groeten," + NL + m(N, "Annick Peeters") + NL + m(A, "Kortrijksesteenweg 512, 9000 Gent")),

    ("chat", "fr", False,
     m(N, "Maxime") + " : tu peux me rembourser le resto sur mon compte ? " + m(I, "FR76 2004 1010 0581 9397 2605 292") + NL +
     m(N, "Inès") + " : c'est fait ✅ 37,50 €" + NL +
     m(N, "Maxime") + " : merci ! et dis à " + m(N, "Hugo") + " que la carte Maestro qu'il m'a prêtée c'est la " + m(C, "6759 0556 1991 6376") + ", je la lui rends demain"),

    ("form", "es", False,
     "FICHA DE MATRÍCULA - Instituto de Idiomas" + NL +
     "Alumno: " + m(N, "Diego Alonso Quispe Mamani") + NL +
     "DNI (Perú): " + m(ID, "72418395") + NL +
     "Fecha de nacimiento: " + m(D, "23-10-2002") + NL +
     "Dirección: " + m(A, "Jr. Huancavelica 318, dpto. 402, Cercado de Lima") + NL +
     "Celular: " + m(P, "987 412 336") + NL +
     "Pago con tarjeta Diners: " + m(C, "3687 191044 1387")),

    ("chat", "es", False,
     m(N, "Catalina") + ": mamá necesito tu RUT para el formulario de la beca" + NL +
     "Mamá: el tuyo es " + m(ID, "21.458.099-3") + ", el mío te lo mando por privado" + NL +
     m(N, "Catalina") + ": ya gracias 😘"),

    ("shop", "ja", False,
     "【ご注文確認】注文番号：250-4418-0031" + NL +
     "お届け先：" + m(N, "高橋 翔太") + " 様" + NL +
     "〒464-0850 " + m(A, "愛知県名古屋市千種区今池5丁目24-3 今池ハイツ705号") + NL +
     "お支払い方法：JCBカード " + m(C, "3528-6926-4138-8278") + NL +
     "ご連絡先：" + m(P, "052-241-8873")),

    ("chat", "zh", False,
     m(N, "小雨") + "：你上次说的那张卡号发我一下，我帮你绑到12306" + NL +
     m(N, "阿杰") + "：" + m(C, "6228536060627573") + "，农行的，户名" + m(N, "何俊杰") + NL +
     m(N, "小雨") + "：好了，记得改密码"),

    ("form", "zh", False,
     "新加坡學生准證申請（家長資料）" + NL +
     "家長姓名：" + m(N, "黃志明") + NL +
     "身分證字號（台灣）：" + m(ID, "F149535931") + NL +
     "學生姓名：" + m(N, "黃子涵") + "   學生 NRIC：" + m(ID, "T0445313H") + NL +
     "學生出生日期：" + m(D, "2004年6月2日")),

    ("medical", "ru", False,
     "Направление на госпитализацию" + NL +
     "Пациент: " + m(N, "Кузнецов Алексей Владимирович") + ", " + m(D, "02.01.1973") + " г.р." + NL +
     "СНИЛС: " + m(ID, "698-298-408 89") + NL +
     "ИНН: " + m(ID, "540397590921") + NL +
     "Адрес: " + m(A, "г. Новосибирск, Красный проспект, д. 77, кв. 12") + NL +
     "Диагноз: I20.8 Другие формы стенокардии"),

    ("log", "ru", False,
     "2024-06-04 03:17:55 [WARN] nginx: превышен лимит запросов, клиент " + m(IP, "95.165.14.208") + ", server: shop.example.ru" + NL +
     "2024-06-04 03:17:56 [INFO] auth: вход пользователя " + m(E, "a.sokolova@mail.ru") + " с " + m(IP, "5.18.231.47") + NL +
     "2024-06-04 03:18:02 [INFO] cron: резервная копия 4,2 ГБ, 00:01:13"),

    ("form", "uk", False,
     "Договір оренди квартири (витяг)" + NL +
     "Орендар: " + m(N, "Бондаренко Сергій Миколайович") + ", РНОКПП " + m(ID, "2666532433") + NL +
     "Паспорт: " + m(ID, "FA482193") + " (закордонний)" + NL +
     "Телефон: " + m(P, "+380 50 381 2274") + NL +
     "Оплата на рахунок орендодавця: " + m(I, "UA98 8666 4312 8009 7253 7719 1603 731")),

    ("form", "fa", False,
     "فرم درخواست وام قرض‌الحسنه" + NL +
     "نام: " + m(N, "علی محمدی") + NL +
     "کد ملی: " + m(ID, "7376362592") + NL +
     "تاریخ تولد: " + m(D, "۱۵ اسفند ۱۳۵۹") + NL +
     "شبا: " + m(I, "IR280120000000880407238625") + NL +
     "آدرس: " + m(A, "اصفهان، خیابان چهارباغ بالا، کوچه ۱۸، پلاک ۷")),

    ("kyc", "pt", False,
     "Abertura de conta digital" + NL +
     "Nome completo: " + m(N, "Gabriela Fonseca Lima") + NL +
     "CPF: " + m(ID, "943.857.171-09") + NL +
     "Data de nascimento: " + m(D, "11/11/2000") + NL +
     "Cartão vinculado: Hipercard " + m(C, "6062 4473 1019 0355") + NL +
     "Endereço: " + m(A, "Av. Boa Viagem, 3420, apto 1201, Recife - PE, 51020-001")),

    ("invoice", "it", False,
     "Fattura n. 41/2024 - Prestazione occasionale" + NL +
     "Prestatore: " + m(N, "Davide Russo") + ", " + m(A, "Corso Vittorio Emanuele 88, 80121 Napoli") + NL +
     "Committente: Studio Associato Ferri" + NL +
     "Compenso lordo € 1.200,00 - ritenuta d'acconto 20% € 240,00 - netto € 960,00" + NL +
     "Pagamento su " + m(I, "IT59 Q020 0801 6642 6039 8706 746")),

    ("json", "ko", False,
     '{"주문번호": "20240605-0048213", "주문자": "' + m(N, "정하늘") + '", "연락처": "' + m(P, "010-5532-8190") + '", '
     '"배송지": "' + m(A, "경기도 성남시 분당구 내정로 54, 301동 1203호") + '", "결제": {"카드": "' + m(C, "4897-3957-7220-0749") + '", "할부": 0}}'),

    ("csv", "sv", False,
     "medlemsnr;namn;personnummer;epost;telefon" + NL +
     "1042;" + m(N, "Karl-Johan Lindqvist") + ";" + m(ID, "19610930-6271") + ";" + m(E, "kj.lindqvist@telia.com") + ";" + m(P, "+46 70 218 44 93") + NL +
     "1043;" + m(N, "Amira Haddad") + ";;" + m(E, "amira.h@outlook.se") + ";" + NL +
     "1044;Föreningen Vänner av Stadsparken;802416-1290;;"),
]
# ---------------------------------------------------------------- more hard negatives, assorted languages
cases += [
    ("docs", "pl", True,
     "ORLEN Spółka Akcyjna, ul. Chemików 7, 09-411 Płock. NIP 774-00-01-454, REGON 610188201, KRS 0000028860. "
     "Kapitał zakładowy w pełni opłacony. Numer zamówienia: ZAM/2024/06/004417."),

    ("docs", "ko", True,
     "삼성전자주식회사 | 대표이사 한종희 | 사업자등록번호 124-81-00998 | 경기도 수원시 영통구 삼성로 129 (매탄동). "
     "제품 모델명 SM-S928N, 펌웨어 S928NKSU2AXE1."),

    ("docs", "fr", True,
     "Électricité de France, société anonyme au capital de 2 084 365 041 €, SIREN 552 081 317 RCS Paris, siège social : "
     "22-30 avenue de Wagram, 75008 Paris. Numéro de TVA intracommunautaire FR03552081317."),

    ("news", "ja", True,
     "6月3日6時31分ごろ、石川県能登地方を震源とする地震があり、最大震度5強を観測しました。震源の深さは約14km、"
     "地震の規模（マグニチュード）は5.9と推定されます。この地震による津波の心配はありません。"),

    ("docs", "de", True,
     "Deutscher Bundestag, Platz der Republik 1, 11011 Berlin. Besuch der Kuppel des Reichstagsgebäudes nur mit vorheriger "
     "Online-Anmeldung, täglich 8 bis 24 Uhr, letzter Einlass 21.45 Uhr. Der Eintritt ist frei."),

    ("sports", "hi", True,
     "भारत ने 29 जून 2024 को बारबाडोस में दक्षिण अफ्रीका को 7 रन से हराकर टी20 विश्व कप जीता। "
     "विराट कोहली ने 59 गेंदों पर 76 रन बनाए और जसप्रीत बुमराह प्लेयर ऑफ द टूर्नामेंट चुने गए।"),

    ("timetable", "ar", True,
     "مواقيت الصلاة - القاهرة - الأربعاء ٥ يونيو ٢٠٢٤: الفجر ٤:٠٨ ص، الشروق ٥:٥٤ ص، الظهر ١٢:٥٤ م، العصر ٤:٣٠ م، "
     "المغرب ٧:٥٤ م، العشاء ٩:٢٧ م."),

    ("recipe", "zh", True,
     "红烧肉（4人份）：五花肉500克，冰糖30克，生抽2汤匙，老抽1汤匙，料酒3汤匙，姜5片，八角2个。"
     "小火炖60分钟，大火收汁约5分钟。"),

    ("recipe", "vi", True,
     "Phở bò cho 4 người: 1,5 kg xương ống, 500 g thịt bò tái, 2 củ hành tây nướng, 1 nhánh gừng, 3 hoa hồi, 1 thanh quế. "
     "Ninh nước dùng 6-8 tiếng, nêm 3 muỗng canh nước mắm."),

    ("docs", "id", True,
     "Catatan rilis v3.8.12 (build 20240602.7): memperbaiki kebocoran memori pada modul sinkronisasi, "
     "memperbarui OpenSSL ke 3.0.14, dan menaikkan minimum Android ke API 24. Checksum: e6d439b8a8f045fc0b690a4290b2bdff688be85f."),

    ("timetable", "el", True,
     "Δρομολόγια πλοίων Πειραιάς - Σαντορίνη: Blue Star Delos αναχ. 07:25, άφ. 15:20 (μέσω Πάρου, Νάξου, Ίου). "
     "SeaJets WorldChampion Jet αναχ. 07:00, άφ. 12:15. Τιμή καταστρώματος από 39,50 €."),

    ("prose", "gl", True,
     "Rosalía de Castro naceu o 24 de febreiro de 1837 en Santiago de Compostela. Cantares gallegos publicouse o 17 de maio de 1863, "
     "data que hoxe se celebra como Día das Letras Galegas."),

    ("recipe", "nl", True,
     "Boerenkoolstamppot (4 pers.): 1,5 kg kruimige aardappelen, 600 g gesneden boerenkool, 1 rookworst, 150 ml warme melk, "
     "50 g roomboter. Kook de aardappelen met de boerenkool 20 minuten."),

    ("stats", "tr", True,
     "TÜİK verilerine göre Mayıs 2024'te yıllık enflasyon %75,45 oldu. BIST 100 endeksi günü 10.512,66 puandan tamamladı; "
     "dolar/TL 32,25 seviyesinde."),

    ("docs", "et", True,
     "Riigi Teataja: isikuandmete kaitse seadus (RT I, 04.01.2019, 11), § 10 lg 2. Andmekaitse Inspektsioon, Tatari 39, 10134 Tallinn. "
     "Versioon 2.3.1 kehtib alates 01.07.2024."),

    ("form", "lb", False,
     "Formulaire fir d'Aschreiwung an der Musekschoul" + NL +
     "Numm: " + m(N, "Claude Weber") + NL +
     "Matricule: " + m(ID, "1985031527484") + NL +
     "Adress: " + m(A, "12, rue de la Gare, L-3236 Bettembourg") + NL +
     "Telefon: " + m(P, "+352 621 482 937") + NL +
     "Kont: " + m(I, "LU61 9850 1436 7207 0480")),
]
emit("blind11", cases)
