# Blind evaluation corpus 9: hand-written whole documents (tickets, threads, chats, code, dumps, letters) in many languages, ~40 % hard negatives.
# Run: python3 blind9.py > corpus-blind9.jsonl
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

T = "\t"
cases = []

# ====================================================================== English — positives
cases += [
    ("ticket", "en", False,
     "Freshdesk #771204 | Status: Pending | Type: Refund" + NL +
     "Contact: " + m(N, "Shauna Pettigrew") + " (" + m(E, "shaunapettigrew77@yahoo.com") + ")" + NL +
     "Created: Tue 09 Apr 2024 07:51 CDT via Web Widget" + NL + NL +
     "Subject: charged twice for order 100-4478213-55" + NL + NL +
     "hello, I was charged twice for the same order. the bank statement shows two pending charges of $84.19 on my Mastercard ending 3673 "
     "(full number " + m(C, "5498 5726 3178 3673") + " if you need it). please refund one. "
     "shipping address on the order is " + m(A, "2210 Delmar Ave Apt 3R, Granite City, IL 62040") + ", phone " + m(P, "(618) 555-2931") + NL + NL +
     "--- Internal note (" + m(N, "Hector V.") + ") ---" + NL +
     "Duplicate auth, not a capture. Customer pasted PAN — redacting via macro. Replied w/ template R-07, told her it drops off in 3–5 business days."),

    ("email", "en", False,
     "From: " + m(N, "Oluwaseun Adeyemi-Clarke") + " <" + m(E, "s.adeyemi-clarke@farrowlegal.co.uk") + ">" + NL +
     "Sent: 14 May 2024 16:02" + NL +
     "To: " + m(N, "Bethan Lloyd") + " <" + m(E, "bethanlloyd@btinternet.com") + ">" + NL +
     "Cc: " + m(E, "conveyancing@farrowlegal.co.uk") + NL +
     "Subject: RE: Completion statement – 7 Ffordd y Glowyr" + NL + NL +
     "Dear Ms " + m(N, "Lloyd") + "," + NL + NL +
     "Thank you for returning the ID documents. For our AML file I have noted your National Insurance number as " + m(ID, "JT 48 17 62 C") +
     " and the passport number " + m(ID, "548203917") + ". The balance of £12,406.55 should be sent to our client account; please telephone me on " +
     m(P, "029 2048 7713") + " to confirm the details verbally before you transfer anything — we never change bank details by e-mail." + NL + NL +
     "Kind regards," + NL + NL + m(N, "Seun Adeyemi-Clarke") + NL + "Associate Solicitor, Farrow Legal LLP" + NL +
     m(A, "3rd Floor, 18 Windsor Place, Cardiff CF10 3BY") + NL + NL +
     "-----Original Message-----" + NL +
     "From: " + m(N, "Bethan Lloyd") + NL +
     "Sent: 13 May 2024 21:40" + NL +
     "> Hi, scans attached. My new correspondence address from June is " + m(A, "Flat 2, 41 Heol y Parc, Pontypridd CF37 2LA") + "." + NL +
     "> My mobile is " + m(P, "07700 914 362") + " if easier. Thanks, " + m(N, "Beth")),

    ("chat_export", "en", False,
     '[' + NL +
     '  {"ts": "1712912401.229519", "user": "U04QK7Z1M", "user_name": "' + m(N, "dmitri.kovac") + '", "text": "deploy to staging is failing on the s3 step again"},' + NL +
     '  {"ts": "1712912466.001200", "user": "U02B8PX9A", "user_name": "' + m(N, "anjali") + '", "text": "which creds is the runner using?"},' + NL +
     '  {"ts": "1712912530.334800", "user": "U04QK7Z1M", "user_name": "' + m(N, "dmitri.kovac") + '", "text": "the ones in the vars, AWS_ACCESS_KEY_ID=' + m(K, "AKIA4QZ7XNRT2WBELK5H") + ' and secret ' + m(K, "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") + '"},' + NL +
     '  {"ts": "1712912588.410100", "user": "U02B8PX9A", "user_name": "' + m(N, "anjali") + '", "text": "dude don\'t paste secrets in #eng-deploys. rotating now, <@U04QK7Z1M> please delete that msg"},' + NL +
     '  {"ts": "1712912602.515000", "user": "U01SLACKBOT", "user_name": "slackbot", "text": "Reminder: standup in 15 minutes"}' + NL +
     ']'),

    ("config", "en", False,
     "# .env.production — DO NOT COMMIT (it got committed, see INC-2291)" + NL +
     "NODE_ENV=production" + NL +
     "PORT=8080" + NL +
     "DATABASE_URL=" + m(U, "postgres://orders_rw:Tq8%23vLm2pX9w@db-prod-01.internal.tallyhq.net:5432/orders") + NL +
     "REDIS_URL=redis://cache-prod.internal.tallyhq.net:6379/0" + NL +
     "STRIPE_SECRET_KEY=" + m(K, "sk_live_51Nc8QpKz3RbW7TyH0aVuLmX2dE9fGjP4sQ6wYtZ1kBnM5oC8rU") + NL +
     "SENDGRID_API_KEY=" + m(K, "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") + NL +
     "SESSION_SECRET=" + m(K, "c1b9e4f07a52d8836e0f4ab19d2c7e65") + NL +
     "FEATURE_FLAGS=checkout_v2,apple_pay" + NL +
     "ADMIN_NOTIFY=" + m(E, "ngozi.eze@tallyhq.net") + NL),

    ("sql_dump", "en", False,
     "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)" + NL +
     "-- Host: " + m(IP, "10.20.4.11") + "    Database: clinic_portal" + NL +
     "LOCK TABLES `patients` WRITE;" + NL +
     "INSERT INTO `patients` (`id`,`first_name`,`last_name`,`dob`,`ssn`,`phone`,`email`,`created_at`) VALUES "
     "(20411,'" + m(N, "Tremaine") + "','" + m(N, "Goodwin") + "','" + m(D, "1979-02-11") + "','" + m(S, "413-62-5174") + "','" + m(P, "404-555-7719") + "','" + m(E, "tgoodwin79@gmail.com") + "','2023-11-02 10:14:09')," +
     "(20412,'" + m(N, "Mei-Ling") + "','" + m(N, "Tsao") + "','" + m(D, "1990-08-27") + "','" + m(S, "167-40-5823") + "','" + m(P, "+1 770 290 4418") + "','" + m(E, "meiling.tsao@outlook.com") + "','2023-11-02 10:19:44')," +
     "(20413,'" + m(N, "Ezequiel") + "','" + m(N, "Barragán Ortiz") + "','" + m(D, "1956-12-30") + "','" + m(S, "289-62-7743") + "',NULL,'" + m(E, "ebarraganortiz@icloud.com") + "','2023-11-03 08:02:51');" + NL +
     "UNLOCK TABLES;"),

    ("log", "en", False,
     m(IP, "66.249.79.12") + ' - - [22/Mar/2024:03:14:07 +0000] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1"' + NL +
     m(IP, "98.207.144.63") + ' - ' + m(N, "lwhitaker") + ' [22/Mar/2024:03:14:52 +0000] "POST /account/login HTTP/1.1" 302 0 "https://portal.kestrelbank.com/login" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"' + NL +
     m(IP, "98.207.144.63") + ' - ' + m(N, "lwhitaker") + ' [22/Mar/2024:03:15:10 +0000] "GET /account/statements?email=' + m(E, "lena.whitaker@comcast.net") + '&year=2023 HTTP/1.1" 200 18422 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"' + NL +
     m(IP, "2600:1700:5d40:8a0:c9e2:11f4:7b3a:9e01") + ' - - [22/Mar/2024:03:16:33 +0000] "GET /static/app.9f3c1d.js HTTP/2.0" 304 0 "-" "curl/8.4.0"'),

    ("hr_letter", "en", False,
     "CONFIDENTIAL — OFFER OF EMPLOYMENT" + NL + NL +
     "June 3, 2024" + NL + NL +
     m(N, "Jamal Okonkwo-Reyes") + NL + m(A, "4817 N Sheridan Rd, Unit 1205" + NL + "Chicago, IL 60640") + NL + NL +
     "Dear " + m(N, "Jamal") + "," + NL + NL +
     "We are pleased to offer you the position of Senior Data Engineer at Lakeshore Analytics, Inc., reporting to " + m(N, "Colleen Marsh") +
     ", with a start date of July 8, 2024 and an annual base salary of $168,000." + NL + NL +
     "Before your first day, please complete Form I-9 and bring original documents. Our records currently show your date of birth as " +
     m(D, "March 22, 1988") + " and SSN as " + m(S, "103-77-5537") + "; if either is incorrect, contact People Ops at " + m(P, "312-555-0186") + "." + NL + NL +
     "Sincerely," + NL + m(N, "Colleen Marsh") + NL + "VP Engineering"),

    ("medical_letter", "en", False,
     "ST ALDHELM'S HOSPITAL NHS FOUNDATION TRUST — Department of Rheumatology" + NL + NL +
     "Clinic date: 19/02/2024          Dictated: 19/02/2024   Typed: 21/02/2024" + NL + NL +
     "Dr " + m(N, "Fiona Gallacher") + NL + "Riverside Medical Practice" + NL + m(A, "2 Quay Street, Totnes TQ9 5HT") + NL + NL +
     "Re: Mr " + m(N, "Desmond Ashworth-Pryce") + "   DOB: " + m(D, "04/09/1951") + "   NHS No: " + m(ID, "471 954 0619") + "   Hosp No: " + m(ID, "RA0482217") + NL +
     m(A, "Orchard Cottage, 11 Mill Lane, Dartington, Totnes TQ9 6JB") + NL + NL +
     "Dear Dr " + m(N, "Gallacher") + "," + NL + NL +
     "Thank you for referring this pleasant 72-year-old retired engineer with a 6-month history of symmetrical small-joint polyarthritis. "
     "CRP 38, anti-CCP strongly positive. We have started methotrexate 10 mg weekly with folic acid. His daughter, " + m(N, "Imogen") +
     ", who attended with him, is happy to be contacted on " + m(P, "07823 448019") + " regarding blood monitoring." + NL + NL +
     "Yours sincerely," + NL + NL + "Dr " + m(N, "Anil Chaudhary") + ", Consultant Rheumatologist"),
]

cases += [
    ("cv", "en", False,
     m(N, "KATHLEEN (KATE) O'SULLIVAN-BRAY") + NL +
     m(A, "22 Rathgar Avenue, Dublin 6, D06 F9X2") + "  ·  " + m(P, "+353 87 412 9930") + "  ·  " + m(E, "kate.osb@protonmail.com") + NL +
     NL +
     "PROFILE" + NL +
     "Clinical trials coordinator with 9 years in oncology research (Phase I–III), GCP certified, fluent in Irish and French." + NL + NL +
     "EXPERIENCE" + NL +
     "2019–present  Trial Coordinator, St James's Hospital, Dublin" + NL +
     "2015–2019     Research Nurse, Cork University Hospital" + NL + NL +
     "REFERENCES" + NL +
     "Prof. " + m(N, "Declan Mac Giolla Phádraig") + ", Principal Investigator — " + m(E, "dmacgp@tcd.ie") + NL +
     m(N, "Aoife Ní Bhriain") + ", Clinical Nurse Manager — " + m(P, "021 492 2870")),

    ("meeting_minutes", "en", False,
     "Riverside Tenants' Association — Minutes, AGM, 12 March 2024, Community Room B" + NL + NL +
     "Present: " + m(N, "Gloria Mbatha") + " (chair), " + m(N, "Tom Redfern") + " (treasurer), " + m(N, "Yusuf Demir") + ", " + m(N, "Agnieszka Wróbel") + ", " + m(N, "Pat Hanlon") + NL +
     "Apologies: " + m(N, "Ruth Ellery") + NL + NL +
     "1. Treasurer's report. " + m(N, "Tom") + " reported a balance of £2,841.17. Dues for 2024 stay at £12/household." + NL +
     "2. Damp in Block C. " + m(N, "Yusuf") + " (" + m(A, "flat 14, Block C, 3 Canal Walk, Leeds LS11 5QT") + ") showed photos; the housing officer has still not visited. "
     "ACTION: " + m(N, "Gloria") + " to escalate to the council ombudsman." + NL +
     "3. Bike store. Agreed to ask Leeds City Council for a quote. " + m(N, "Agnieszka") + " will collect names; text her on " + m(P, "07451 203 886") + "." + NL +
     "4. AOB: none. Meeting closed 20:55. Next meeting: 11 June."),

    ("travel_booking", "en", False,
     "BOOKING CONFIRMATION — Reservation code: QX7H2M" + NL +
     "Issued 02APR24 by Skyline Travel Desk" + NL + NL +
     "PASSENGERS" + NL +
     "1. " + m(N, "HALVORSEN/INGRID") + " MS    ADT   DOB " + m(D, "17MAR1985") + "   PPT " + m(ID, "FP8834120") + " (NOR)   Exp 11JUN2031" + NL +
     "2. " + m(N, "HALVORSEN/MAGNUS") + " MR    CHD   DOB " + m(D, "02SEP2016") + "   PPT " + m(ID, "FP9051337") + " (NOR)   Exp 30JAN2029" + NL + NL +
     "ITINERARY" + NL +
     "SK 4611  OSL-LHR  14MAY  07:05-08:50  Seats 18A/18B  Baggage 1PC" + NL +
     "BA 0117  LHR-JFK  14MAY  11:25-14:15  Seats 32K/32J" + NL + NL +
     "Contact: " + m(P, "+47 915 38 204") + " / " + m(E, "ingrid.halvorsen@online.no") + NL +
     "Form of payment: CC " + m(C, "4959 1163 7418 7661") + " exp 08/27" + NL +
     "Ticket numbers: 117-2398810442, 117-2398810443"),

    ("irc_log", "en", False,
     "--- Log opened Sat Jan 20 14:00:01 2024" + NL +
     "14:02 -!- " + m(N, "wren_k") + " [~wren@" + m(IP, "81.156.212.47") + "] has joined #homelab" + NL +
     "14:03 < " + m(N, "wren_k") + "> my pihole keeps giving the same lease to two boxes, anyone seen that?" + NL +
     "14:04 < " + m(N, "oskar") + "> post the macs" + NL +
     "14:05 < " + m(N, "wren_k") + "> nas is " + m(MAC, "b8:27:eb:4f:a1:93") + " and the printer is " + m(MAC, "00:1E:0B:7C:22:D5") + NL +
     "14:06 < " + m(N, "oskar") + "> b8:27:eb is a raspberry pi OUI, not a nas. you sure?" + NL +
     "14:07 < " + m(N, "wren_k") + "> lol yes the 'nas' is a pi with a usb drive" + NL +
     "14:09 -!- " + m(N, "mbeckett") + " [~mb@" + m(IP, "2a02:c7c:4b21:e400::1f") + "] has quit [Ping timeout: 250 seconds]"),

    ("invoice", "en", False,
     "INVOICE No. 2024-0117" + NL + "Date: 31 January 2024    Due: 14 February 2024" + NL + NL +
     "From: " + m(N, "Niamh Gallagher") + ", Wedding & Portrait Photographer" + NL + m(A, "Unit 4, The Old Tannery, Mill Road, Galway H91 X2P4") + NL + m(E, "hello@niamhgallagherphoto.ie") + NL + NL +
     "Bill to: " + m(N, "Conor") + " & " + m(N, "Lisa Kinsella") + NL + m(A, "9 Seaview Terrace, Salthill, Galway") + NL + NL +
     "Wedding package (Saturday 18 Nov 2023) ............ €2,400.00" + NL +
     "Additional album (30x30, 40 pages) .................. €  350.00" + NL +
     "Total due ........................................... €2,750.00" + NL + NL +
     "Payment by bank transfer to " + m(I, "IE67 AIBK 5479 6834 3014 67") + " (BIC AIBKIE2D), reference INV-2024-0117." + NL +
     "Thank you!"),

    ("test_fixture", "en", False,
     "# tests/conftest.py" + NL +
     "import pytest" + NL + NL +
     "from app.models import Customer" + NL + NL + NL +
     "@pytest.fixture" + NL +
     "def customer(db):" + NL +
     "    return Customer.objects.create(" + NL +
     "        first_name=\"" + m(N, "Priya") + "\"," + NL +
     "        last_name=\"" + m(N, "Raman") + "\"," + NL +
     "        email=\"" + m(E, "priya.raman@example.com") + "\"," + NL +
     "        phone=\"" + m(P, "+1-202-555-0147") + "\"," + NL +
     "        date_of_birth=date(" + m(D, "1992, 5, 14") + ")," + NL +
     "        card_token=\"tok_visa\"," + NL +
     "    )" + NL),

    ("git_log", "en", False,
     "commit 9c4e1a7f2b3d8e05a6c1f4b27d9e0a3c5f8b1d26" + NL +
     "Author: " + m(N, "Tobias Lindqvist") + " <" + m(E, "tobias.lindqvist@fjordline.dev") + ">" + NL +
     "Date:   Thu Feb 29 17:43:12 2024 +0100" + NL + NL +
     "    Remove hard-coded webhook token (thanks " + m(N, "@rachelng") + " for spotting)" + NL + NL +
     "diff --git a/deploy/notify.sh b/deploy/notify.sh" + NL +
     "-curl -s -X POST \"https://hooks.slack.com/services/T03K1ZQ8H/B06PQ7L2M4R/" + m(K, "xQ9vTz3LmB7kWp2RcY8nHf4s") + "\" -d @payload.json" + NL +
     "+curl -s -X POST \"$SLACK_WEBHOOK_URL\" -d @payload.json" + NL + NL +
     "commit 3b7f0d2a91c64e8f5a0b2c7d1e9f3a4b6c8d0e12" + NL +
     "Merge: 1a2b3c4 5d6e7f8" + NL +
     "Author: " + m(N, "Rachel Ng") + " <" + m(E, "rachel.ng@fjordline.dev") + ">" + NL +
     "Date:   Thu Feb 29 11:05:57 2024 +0800" + NL + NL +
     "    Merge pull request #412 from fjordline/feature/retry-backoff"),

    ("insurance_claim", "en", False,
     "MOTOR CLAIM NOTIFICATION FORM (Page 1 of 3)" + NL +
     "Policy number: PMV-5520917-03     Claim ref: CLM24-088213" + NL + NL +
     "SECTION A — POLICYHOLDER" + NL +
     "Full name: " + m(N, "Dwayne Archibald Forsythe") + NL +
     "Address: " + m(A, "1187 Peachtree Industrial Blvd, Suite 200, Duluth, GA 30097-4312") + NL +
     "Date of birth: " + m(D, "11/30/1974") + "        Driver's licence no.: " + m(ID, "058291473") + " (GA)" + NL +
     "Daytime phone: " + m(P, "770.841.3305") + NL + NL +
     "SECTION B — OTHER DRIVER" + NL +
     "Name: " + m(N, "Kimberly Tran") + "      Insurer: Allstate     Plate: GA TDK-4471" + NL +
     "Phone: " + m(P, "678-392-1048") + NL + NL +
     "SECTION C — DESCRIPTION" + NL +
     "Rear-ended at the light at Pleasant Hill Rd and Satellite Blvd on 03/02/2024 at approx. 5:40 pm. Police report #24-031177."),
]

# ====================================================================== English — hard negatives
cases += [
    ("api_docs", "en", True,
     "## Testing your integration" + NL + NL +
     "Use the following card numbers in test mode. Any future expiry date and any 3-digit CVC will work." + NL + NL +
     "| Brand      | Number              | Result                |" + NL +
     "|------------|---------------------|-----------------------|" + NL +
     "| Visa       | 4242 4242 4242 4242 | Succeeds              |" + NL +
     "| Visa       | 4000 0000 0000 0002 | Declined (generic)    |" + NL +
     "| Mastercard | 5555 5555 5555 4444 | Succeeds              |" + NL +
     "| Amex       | 3782 822463 10005   | Succeeds              |" + NL + NL +
     "To simulate a customer, pass `email=jenny.rosen@example.com` and `phone=+1 415 555 0123`. Requests from `203.0.113.42` are always scored as low risk in test mode." + NL +
     "Authenticate with your test secret key, e.g. `Authorization: Bearer sk_test_<your-key>`."),

    ("release_notes", "en", True,
     "v4.12.0 (2024-05-21)" + NL + NL +
     "Security" + NL +
     "- Bump openssl to 3.0.13 (CVE-2024-0727, CVE-2023-6237)." + NL +
     "- Tokens are now hashed with argon2id (m=19456, t=2, p=1) before storage." + NL + NL +
     "Fixed" + NL +
     "- #8841 Import failed for CSV files larger than 2,147,483,647 bytes." + NL +
     "- #8850 Dates before 1900-01-01 were shown as 1899-12-31 in Safari 17.4." + NL +
     "- #8862 Regression from 4.11.3: build 20240514.3 crashed on ARM64 (commit a91f3e2)." + NL + NL +
     "Checksums (SHA-256)" + NL +
     "linux-x64.tar.gz  5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8" + NL +
     "darwin-arm64.zip  2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),

    ("shipping_notice", "en", True,
     "Your package is on the way!" + NL + NL +
     "Order #114-7730291-2208155 shipped on Monday, April 15." + NL +
     "Carrier: UPS Ground    Tracking: 1Z 999 AA1 01 2345 6784" + NL +
     "Estimated delivery: Thursday, April 18 by 8:00 pm" + NL + NL +
     "Items: Anker PowerCore 26800 (x1), Logitech MX Master 3S — Graphite (x1)" + NL +
     "Shipped from our Lebanon, TN 37090-8202 fulfillment center." + NL + NL +
     "Questions? Visit Your Orders or reply HELP to the text alerts. Return window closes May 18, 2024."),

    ("news", "en", True,
     "Hurricane Beryl weakens to tropical storm after landfall near Matagorda" + NL + NL +
     "HOUSTON (AP) — Beryl made landfall early Monday as a Category 1 hurricane, knocking out power to more than 2.2 million homes. "
     "Gov. Greg Abbott, who was traveling in Asia, said acting governor Dan Patrick had issued a disaster declaration for 121 counties. "
     "Flooding closed parts of Westheimer Road and Washington Avenue, and METRO suspended bus service on the 82 route. "
     "The storm was centered at 28.7°N, 96.0°W, moving north-northeast at 12 mph. Forecasters said the next name on the 2024 list is Chris."),

    ("recipe", "en", True,
     "Beef Wellington (serves 6)" + NL + NL +
     "Ingredients: 1.2 kg centre-cut beef fillet, 500 g chestnut mushrooms, 8 slices Parma ham, 500 g puff pastry, 2 egg yolks, "
     "1 tbsp English mustard (Colman's)." + NL + NL +
     "1. Sear the fillet 2 min per side; brush with mustard." + NL +
     "2. Blitz mushrooms and cook to a dry duxelles, ~10 min." + NL +
     "3. Roll in ham and duxelles, chill 20 min, wrap in pastry, chill another 10." + NL +
     "4. Bake at 200°C / 400°F / Gas 6 for 35–40 min until the core reads 52°C." + NL + NL +
     "Tip from Gordon Ramsay's classic version: rest for 10 minutes before carving. Pair with a 2015 Château Lynch-Bages."),

    ("k8s_manifest", "en", True,
     "apiVersion: v1" + NL + "kind: Secret" + NL + "metadata:" + NL + "  name: payments-db" + NL + "  namespace: prod" + NL +
     "type: Opaque" + NL + "stringData:" + NL +
     "  # values are injected by the External Secrets operator from Vault path kv/prod/payments-db" + NL +
     "  DB_USER: \"${DB_USER}\"" + NL +
     "  DB_PASSWORD: \"<set-by-vault>\"" + NL +
     "  API_TOKEN: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"" + NL + "---" + NL +
     "apiVersion: apps/v1" + NL + "kind: Deployment" + NL + "metadata:" + NL + "  name: payments-api" + NL +
     "spec:" + NL + "  replicas: 3" + NL + "  template:" + NL + "    spec:" + NL + "      containers:" + NL +
     "        - name: api" + NL + "          image: ghcr.io/acme/payments-api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" + NL +
     "          ports: [{containerPort: 8443}]"),

    ("legal_reference", "en", True,
     "MEMORANDUM — Applicability of federal claims" + NL + NL +
     "The complaint pleads a claim under 42 U.S.C. § 1983 and a pendent state claim under Cal. Civ. Code § 1798.150. "
     "Under Monell v. Department of Social Services, 436 U.S. 658 (1978), municipal liability requires a policy or custom. "
     "See also Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). For the EU-facing portion, Art. 6(1)(f) and Recital 47 of Regulation (EU) 2016/679 apply. "
     "Docket No. 3:23-cv-04417-JSC; hearing set for 10:00 a.m., Courtroom 8, 19th Floor."),

    ("readme", "en", True,
     "# hamilton-ode" + NL + NL +
     "Symplectic integrators for Hamiltonian systems, named after William Rowan Hamilton." + NL + NL +
     "```bash" + NL + "git clone git@github.com:numerics-lab/hamilton-ode.git" + NL + "cd hamilton-ode && pip install -e .[dev]" + NL + "```" + NL + NL +
     "Requires Python >= 3.10 and numpy 1.26. Tested on Ubuntu 22.04 and macOS 14.4." + NL + NL +
     "```python" + NL + "from hamilton_ode import Leapfrog" + NL + "sol = Leapfrog(dt=1e-3).run(H, q0=[1.0, 0.0], p0=[0.0, 1.0], steps=100_000)" + NL + "```" + NL + NL +
     "Cite via CITATION.cff (DOI 10.5281/zenodo.8123456). Licence: BSD-3-Clause."),

    ("sports", "en", True,
     "Premier League — Matchday 34 results" + NL +
     "Arsenal 5-0 Chelsea (Ødegaard 2', Trossard 4', White 52', 70'; Havertz 57')" + NL +
     "Liverpool 2-0 Fulham" + NL + "Man City 4-1 Brighton (De Bruyne 17', Foden 34', 62')" + NL + NL +
     "Table: 1. Arsenal 77 pts, 2. Man City 76, 3. Liverpool 74. Attendance at the Emirates: 60,354."),

    ("form_template", "en", True,
     "NEW PATIENT REGISTRATION (please print clearly)" + NL + NL +
     "Surname: ______________________   Forename(s): ______________________" + NL +
     "Date of birth: DD / MM / YYYY      NHS number (if known): ___ ___ ____" + NL +
     "Address: _____________________________________________  Postcode: ________" + NL +
     "Mobile: _______________   Email: ____________________@__________" + NL + NL +
     "Example: Surname SMITH, Forename(s) JOHN, Date of birth 01 / 01 / 1970." + NL +
     "Form GMS1 (rev. 03/2023). Return to reception or post it in the box by Room 3."),
]

# ====================================================================== German — positives
cases += [
    ("ticket", "de", False,
     "Betreff: [#DE-330918] Rücksendung – Erstattung fehlt immer noch" + NL +
     "Von: " + m(N, "Annegret Schulze-Wehninck") + " <" + m(E, "a.schulze-wehninck@web.de") + ">" + NL +
     "An: " + m(E, "service@moebel-kontor.de") + NL + NL +
     "Sehr geehrte Damen und Herren," + NL + NL +
     "am 04.03. habe ich den Sessel „Lund“ (Art.-Nr. 4402-117) zurückgeschickt, die Sendungsnummer war 00340434161094042557. "
     "Bis heute ist keine Gutschrift eingegangen. Bitte überweisen Sie den Betrag von 389,00 € auf mein Konto " + m(I, "DE96 4847 2790 1196 0361 05") + " (Sparkasse Bielefeld)." + NL + NL +
     "Meine Lieferadresse war: " + m(A, "Am Johannisberg 7, 2. OG rechts, 33615 Bielefeld") + NL +
     "Tagsüber erreichen Sie mich unter " + m(P, "0521 9876 4410") + ", abends mobil " + m(P, "0176 2239 8814") + "." + NL + NL +
     "Mit freundlichen Grüßen" + NL + m(N, "A. Schulze-Wehninck")),

    ("email", "de", False,
     "Von: " + m(N, "Karl-Heinz von der Heydt") + " <" + m(E, "kh.vdheydt@heydt-architekten.de") + ">" + NL +
     "Gesendet: Mittwoch, 17. April 2024 09:12" + NL +
     "An: " + m(N, "Özlem Yıldırım") + " <" + m(E, "oezlem.yildirim@gmx.net") + ">" + NL +
     "Betreff: AW: Bauantrag Gartenhaus – fehlende Unterlagen" + NL + NL +
     "Hallo Frau " + m(N, "Yıldırım") + "," + NL + NL +
     "vom Bauamt fehlen noch der Lageplan im Maßstab 1:500 und Ihre Unterschrift auf Seite 3. Die Unterlagen können Sie mir gern per Post "
     "an das Büro schicken oder donnerstags persönlich vorbeibringen." + NL + NL +
     "Viele Grüße" + NL + m(N, "Karl-Heinz von der Heydt") + NL + "Dipl.-Ing. Architekt" + NL +
     "Heydt Architekten PartGmbB | " + m(A, "Bleichstraße 22, 60313 Frankfurt am Main") + NL +
     "Tel. " + m(P, "+49 69 2713 880-14") + NL + NL +
     "-----Ursprüngliche Nachricht-----" + NL +
     "Von: " + m(N, "Özlem Yıldırım") + NL +
     "Gesendet: Dienstag, 16. April 2024 22:47" + NL +
     "> Lieber Herr " + m(N, "von der Heydt") + ", was braucht das Amt noch von uns? Das Grundstück ist " + m(A, "Im Wiesengrund 3a, 61440 Oberursel (Taunus)") + "." + NL +
     "> Gruß, " + m(N, "Özlem")),

    ("cv", "de", False,
     "LEBENSLAUF" + NL + NL +
     "Persönliche Daten" + NL +
     "Name:            " + m(N, "Friederike Löwenthal") + NL +
     "Anschrift:       " + m(A, "Kastanienallee 41, Hinterhaus, 10435 Berlin") + NL +
     "Geburtsdatum:    " + m(D, "23.11.1994") + " in Rostock" + NL +
     "Telefon:         " + m(P, "+49 157 3380 2261") + NL +
     "E-Mail:          " + m(E, "f.loewenthal@posteo.de") + NL +
     "Steuer-ID:       " + m(ID, "82715983666") + NL + NL +
     "Berufserfahrung" + NL +
     "seit 10/2021     UX Researcherin, Zalando SE, Berlin" + NL +
     "04/2019–09/2021  Werkstudentin Usability, SAP SE, Walldorf" + NL + NL +
     "Ausbildung" + NL +
     "2014–2019        M.Sc. Psychologie, Humboldt-Universität zu Berlin (Note 1,3)"),

    ("medical_letter", "de", False,
     "Universitätsklinikum Tübingen · Medizinische Klinik, Abt. II" + NL +
     "Entlassungsbrief (vorläufig)" + NL + NL +
     "Patient: " + m(N, "Dietmar Brückner") + ", geb. " + m(D, "14.03.1961") + NL +
     "Anschrift: " + m(A, "Uhlandstraße 19/1, 72127 Kusterdingen") + NL +
     "Versichertennr.: " + m(ID, "K482917365") + " (AOK Baden-Württemberg)   Fallnr.: 24005531" + NL + NL +
     "Sehr geehrter Herr Kollege Dr. " + m(N, "Rapp") + "," + NL + NL +
     "wir berichten über Ihren Patienten, der sich vom 02.04. bis 09.04.2024 in unserer stationären Behandlung befand." + NL +
     "Diagnosen: NSTEMI (I21.4), arterielle Hypertonie (I10.90), Diabetes mellitus Typ 2 (E11.90)." + NL +
     "Therapie: PCI mit DES-Implantation RIVA." + NL +
     "Die Ehefrau, Frau " + m(N, "Gudrun Brückner") + ", wurde telefonisch (" + m(P, "07071 63 4428") + ") über die Verlegung informiert." + NL + NL +
     "Mit kollegialen Grüßen" + NL + "Dr. med. " + m(N, "Lea Sauerbrey") + ", Assistenzärztin"),

    ("contract", "de", False,
     "MIETVERTRAG ÜBER WOHNRAUM (Auszug)" + NL + NL +
     "§ 1 Vertragsparteien" + NL +
     "Vermieterin: " + m(N, "Hannelore Kießling") + ", " + m(A, "Schillerplatz 4, 01309 Dresden") + NL +
     "Mieter: " + m(N, "Jonas Pfeiffer") + ", geb. " + m(D, "02.06.1997") + ", Personalausweis-Nr. " + m(ID, "L01X00T47") + NL + NL +
     "§ 2 Mietsache" + NL +
     "Vermietet wird die Wohnung im " + m(A, "Hechtstraße 57, 3. OG Mitte, 01097 Dresden") + ", bestehend aus 2 Zimmern, Küche, Bad, Kellerabteil Nr. 12." + NL + NL +
     "§ 4 Miete" + NL +
     "Die Grundmiete beträgt 612,00 €, Vorauszahlung Betriebskosten 145,00 €. Die Zahlung erfolgt bis zum 3. Werktag auf das Konto der Vermieterin, IBAN " +
     m(I, "DE40 8154 5525 8283 0757 98") + "." + NL + NL +
     "Dresden, den 28.02.2024"),

    ("chat", "de", False,
     "Microsoft Teams – Kanal „IT-Support Standort Köln“" + NL + NL +
     m(N, "Melanie Ostrowski") + "  08:31" + NL + "guten morgen, mein vpn verbindet nicht mehr seit dem update 😕" + NL + NL +
     m(N, "Sven Hartl") + "  08:34" + NL + "moin " + m(N, "melanie") + ", welche IP zeigt dir ipconfig an?" + NL + NL +
     m(N, "Melanie Ostrowski") + "  08:36" + NL + m(IP, "172.16.40.118") + ", MAC " + m(MAC, "3C-52-82-A9-0E-71") + NL + NL +
     m(N, "Sven Hartl") + "  08:39" + NL + "ok, dein zertifikat war abgelaufen. hab dir ein neues ausgestellt, einmal neu starten bitte. das temporäre kennwort für den login ist " + m(K, "Rhein!Blick7429") + ", bitte direkt ändern" + NL + NL +
     m(N, "Melanie Ostrowski") + "  08:51" + NL + "läuft wieder, danke dir " + m(N, "sven") + "!"),

    ("form", "de", False,
     "ÖSTERREICHISCHE GESUNDHEITSKASSE – Antrag auf Kostenerstattung (Wahlarzt)" + NL + NL +
     "Versicherte Person" + NL +
     "Familienname: " + m(N, "Brandstätter") + "        Vorname: " + m(N, "Theresia") + NL +
     "Versicherungsnummer: " + m(ID, "1238 040891") + "   Geburtsdatum: " + m(D, "04.08.1991") + NL +
     "Wohnadresse: " + m(A, "Mariahilfer Straße 88/3/14, 1070 Wien") + NL +
     "Telefon: " + m(P, "+43 664 512 38 09") + NL + NL +
     "Bankverbindung für die Überweisung" + NL +
     "Kontoinhaber/in: " + m(N, "Theresia Brandstätter") + "   IBAN: " + m(I, "AT62 6003 8300 2628 2885") + NL + NL +
     "Beigelegte Honorarnoten: 3   Gesamtbetrag: € 286,40" + NL +
     "Ich bestätige die Richtigkeit der Angaben.   Wien, am 12.03.2024   Unterschrift: ____________"),

    ("hr_record", "de", False,
     "Personalstammblatt – Eintritt per 01.05.2024" + NL +
     "Firma: Rüegg Präzisionstechnik AG, Winterthur" + NL + NL +
     "Name / Vorname:      " + m(N, "Gämperli") + " / " + m(N, "Urs-Beat") + NL +
     "Adresse:             " + m(A, "Rosenbergstrasse 12, Postfach 318, 8400 Winterthur") + NL +
     "AHV-Nummer:          " + m(ID, "756.9458.0730.26") + NL +
     "Geburtsdatum:        " + m(D, "19.07.1983") + "     Zivilstand: verheiratet" + NL +
     "Natel:               " + m(P, "079 418 22 63") + NL +
     "Lohnkonto (IBAN):    " + m(I, "CH42 4814 2007 7502 3621 5") + NL +
     "Notfallkontakt:      " + m(N, "Regula Gämperli-Frei") + " (Ehefrau), " + m(P, "052 212 40 77") + NL),
]

# ====================================================================== German — hard negatives
cases += [
    ("press_release", "de", True,
     "Pressemitteilung – Goethe-Institut eröffnet Bertolt-Brecht-Lesesaal" + NL + NL +
     "München, 8. Mai 2024. Zum 125. Geburtstag von Bertolt Brecht hat das Goethe-Institut am Montag einen neuen Lesesaal eröffnet. "
     "Der Raum in der Dachauer Straße bietet 40 Arbeitsplätze und ist Mo–Fr von 9 bis 18 Uhr geöffnet. "
     "Die Ausstellung „Brecht und Weill“ zeigt Erstausgaben der Dreigroschenoper (1928). Der Eintritt ist frei; Gruppen ab 10 Personen melden sich bitte über das Online-Formular an."),

    ("product_sheet", "de", True,
     "Produktdatenblatt gemäß Verordnung (EU) 2019/2014" + NL +
     "Modellkennung: WAX32M40 (Serie 8)   Hersteller: BSH Hausgeräte GmbH" + NL +
     "Nennkapazität: 9 kg   Energieeffizienzklasse: A   Energieverbrauch: 52 kWh/100 Zyklen" + NL +
     "Schleuderdrehzahl: 1.600 U/min   Geräuschemission: 71 dB(A) re 1 pW" + NL +
     "Abmessungen (H×B×T): 848 × 598 × 590 mm   EAN: 4242005212345" + NL +
     "Normen: DIN EN 60335-2-7, DIN EN 60456   FD-Nummer: 1004 30   Softwarestand: 2.14.3"),

    ("timetable", "de", True,
     "Reiseverbindung Hamburg Hbf → München Hbf, Fr. 14.06.2024" + NL +
     "ab 06:01 Gleis 13  ICE 1003  an Nürnberg Hbf 10:24 Gleis 8" + NL +
     "ab 10:35 Gleis 9   ICE 1001  an München Hbf 11:41 Gleis 19" + NL +
     "Auftragsnummer: 8K4Z2P  |  Sitzplatz: Wagen 27, Platz 54 (Großraum, Fenster)  |  BahnCard 25, 2. Klasse" + NL +
     "Preis: 84,90 €. Hinweis: Bauarbeiten zwischen Würzburg und Nürnberg, +15 Min."),

    ("weather", "de", True,
     "Unwetterwarnung des DWD für den Landkreis Garmisch-Partenkirchen" + NL +
     "Gültig von Sonntag, 02.06.2024, 14:00 Uhr bis Montag, 03.06.2024, 06:00 Uhr." + NL +
     "Tief „Orinoco“ bringt ergiebigen Dauerregen von 60 bis 90 l/m² in 24 Stunden, in Staulagen bis 120 l/m². "
     "Pegel Loisach bei Kochel (47.6594° N, 11.3658° E) erreicht voraussichtlich Meldestufe 3."),

    ("legal_text", "de", True,
     "LG Köln, Urteil vom 12.10.2023 – Az. 14 O 187/22" + NL + NL +
     "Leitsatz: Ein Anspruch aus § 823 Abs. 1 BGB i.V.m. Art. 2 Abs. 1, Art. 1 Abs. 1 GG besteht nicht, wenn die Veröffentlichung "
     "nach Art. 6 Abs. 1 lit. f DSGVO gerechtfertigt ist. Der Streitwert wird auf 15.000,00 € festgesetzt (§ 3 ZPO). "
     "Vgl. BGH, Urt. v. 13.01.2015 – VI ZR 386/13, NJW 2015, 1097."),

    ("recipe", "de", True,
     "Omas Käsespätzle (4 Portionen)" + NL +
     "400 g Mehl (Type 405), 4 Eier (Größe M), 150 ml Mineralwasser, 1 TL Salz, 250 g Bergkäse, 3 Zwiebeln, 40 g Butter." + NL +
     "Teig schlagen, bis er Blasen wirft, 10 Min. ruhen lassen. Mit dem Spätzlehobel portionsweise ins kochende Salzwasser, "
     "abwechselnd mit Käse in eine Form schichten, bei 180 °C Umluft 10 Min. in den Ofen. Dazu passt ein Glas Müller-Thurgau."),
]

# ====================================================================== French — positives
cases += [
    ("email", "fr", False,
     "De : " + m(N, "Margaux Delacroix-Benoît") + " <" + m(E, "margaux.delacroix@orange.fr") + ">" + NL +
     "Envoyé : jeudi 11 avril 2024 18:26" + NL +
     "À : Service Client Literie Moreau <" + m(E, "sav@literie-moreau.fr") + ">" + NL +
     "Objet : Re: Livraison matelas – commande n° LM-2024-08812" + NL + NL +
     "Bonjour," + NL + NL +
     "Le livreur est passé pendant que j'étais au travail. Pourriez-vous reprogrammer la livraison un samedi ? "
     "Mon adresse exacte est " + m(A, "12 bis rue des Lilas, bât. B, 3e étage, porte gauche, 69003 Lyon") + ". "
     "Vous pouvez joindre mon compagnon, " + m(N, "Thibault") + ", au " + m(P, "06 71 28 44 93") + "." + NL + NL +
     "Cordialement," + NL + m(N, "Margaux Delacroix-Benoît") + NL + NL +
     "Le mer. 10 avr. 2024 à 09:02, Service Client <" + m(E, "sav@literie-moreau.fr") + "> a écrit :" + NL +
     "> Madame, votre livraison est prévue le 11/04 entre 8h et 13h. Le transporteur vous appellera 30 minutes avant." + NL +
     "> " + m(N, "Clémence") + ", Service Client"),
]

cases += [
    ("hr_record", "fr", False,
     "FICHE DE RENSEIGNEMENTS SALARIÉ — À retourner au service RH avant le 15/05/2024" + NL + NL +
     "Nom de naissance : " + m(N, "N'DIAYE") + "          Nom d'usage : " + m(N, "LEFEBVRE") + NL +
     "Prénoms : " + m(N, "Aïssatou Marie") + NL +
     "Né(e) le : " + m(D, "27/03/1992") + " à Dakar (Sénégal)" + NL +
     "N° de sécurité sociale : " + m(ID, "2 92 03 69 123 045 27") + NL +
     "Adresse : " + m(A, "Résidence Les Tilleuls, appt 214, 8 avenue Jean-Jaurès, 94200 Ivry-sur-Seine") + NL +
     "Téléphone : " + m(P, "07 58 31 20 64") + "     Courriel : " + m(E, "aissatou.lefebvre@free.fr") + NL +
     "RIB / IBAN : " + m(I, "FR37 2248 1344 460A 6G71 62AF 995") + NL +
     "Personne à prévenir en cas d'urgence : " + m(N, "Ousmane N'Diaye") + " (frère) — " + m(P, "+221 77 645 12 09")),

    ("forum_post", "fr", False,
     "Forum Auto-Entrepreneurs › URSSAF › Sujet : « Prélèvement en double ce mois-ci ??? »" + NL + NL +
     m(N, "kiki_des_vosges") + " — posté le 03/02/2024 à 22:14" + NL +
     "Bonsoir à tous, l'URSSAF m'a prélevé deux fois ma cotisation de janvier (412 €). Quelqu'un a déjà eu ça ? "
     "J'ai écrit via la messagerie, pas de réponse. Mon SIRET c'est 852 117 903 00021 si ça peut aider quelqu'un qui bosse là-bas lol" + NL + NL +
     m(N, "Jean-Mi_68") + " — posté le 03/02/2024 à 22:40" + NL +
     m(N, "@kiki_des_vosges") + " ne mets pas tes infos ici ! Appelle le 3957, c'est ce qui a marché pour moi." + NL + NL +
     m(N, "kiki_des_vosges") + " — posté le 04/02/2024 à 08:05" + NL +
     "Merci " + m(N, "Jean-Mi") + ". Pour ceux qui veulent m'aider en MP : " + m(E, "christelle.hummel88@laposte.net") + " (" + m(N, "Christelle") + ")"),

    ("invoice", "fr", False,
     "FACTURE N° F-2024-0339                                   Date : 29/02/2024" + NL + NL +
     "Atelier de reliure " + m(N, "Gaspard Rousseau-Vidal") + ", artisan (SIRET 901 224 665 00018)" + NL +
     m(A, "5 impasse du Moulin, 35000 Rennes") + "  —  " + m(P, "02 99 38 71 46") + NL + NL +
     "Client : M. " + m(N, "Évariste Le Gall") + ", " + m(A, "La Ville-Hervé, 22130 Pluduno") + NL + NL +
     "Restauration d'un missel (XIXe), reliure plein cuir ........ 480,00 €" + NL +
     "TVA non applicable, art. 293 B du CGI" + NL +
     "Net à payer : 480,00 € — Règlement par virement : " + m(I, "FR02 8084 9174 2470 C4DK 91GK F18") + NL +
     "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de 40 €."),

    ("log", "fr", False,
     "2024-03-18T14:22:07.118+01:00 WARN  [auth-service] Échec d'authentification pour l'utilisateur '" + m(N, "p.garnier") + "' depuis " + m(IP, "88.172.14.203") + " (tentative 3/5)" + NL +
     "2024-03-18T14:22:31.590+01:00 INFO  [auth-service] Réinitialisation du mot de passe demandée pour " + m(E, "pauline.garnier@mairie-vannes.fr") + NL +
     "2024-03-18T14:22:31.604+01:00 DEBUG [mailer] SMTP RCPT OK, queue-id=4VxK2m0Zb3z9" + NL +
     "2024-03-18T14:23:55.002+01:00 INFO  [auth-service] Connexion réussie '" + m(N, "p.garnier") + "' depuis " + m(IP, "88.172.14.203") + ", session=8f1c0b7e-44aa-4b1d-9f3e-2c5d6a7b8e90"),

    ("letter", "fr", False,
     "SPF Finances — Administration générale de la Fiscalité" + NL +
     "Centre de contrôle de Namur" + NL + NL +
     "Madame " + m(N, "Séverine Dubois-Wauters") + NL + m(A, "Rue Haute 145/3" + NL + "1000 Bruxelles") + NL + NL +
     "Bruxelles, le 22 janvier 2024" + NL +
     "Concerne : Avertissement-extrait de rôle — exercice d'imposition 2023" + NL +
     "Numéro de registre national : " + m(ID, "85.07.30-033.28") + NL + NL +
     "Madame," + NL + NL +
     "Suite à l'examen de votre déclaration, un montant de 1.284,17 EUR reste dû. Nous vous prions de l'acquitter avant le 31 mars 2024. "
     "Si vous souhaitez un plan d'apurement, contactez votre gestionnaire de dossier, M. " + m(N, "Pieterjan Claes") + ", au " + m(P, "02 578 64 12") + "." + NL + NL +
     "Veuillez agréer, Madame, l'expression de nos sentiments distingués."),

    ("rental_application", "fr", False,
     "DEMANDE DE LOCATION — Gestion Immobilière Beaubien" + NL + NL +
     "Requérant : " + m(N, "Maxime Tremblay-Gagnon") + "        Date de naissance : " + m(D, "1989-10-04") + NL +
     "Adresse actuelle : " + m(A, "4520, rue Saint-Denis, app. 3, Montréal (Québec)  H2J 2L3") + NL +
     "Téléphone (cell.) : " + m(P, "514 829-3307") + NL +
     "NAS (facultatif) : " + m(ID, "046 454 286") + NL + NL +
     "Employeur : Hydro-Québec, depuis 2016 — Superviseur : " + m(N, "Josée Bouchard") + ", " + m(P, "514 289-2211") + " poste 4471" + NL +
     "Co-requérante : " + m(N, "Anne-Sophie Gagnon") + NL + NL +
     "Logement visé : 5 1/2, 3e étage, libre le 1er juillet. J'autorise la vérification de crédit auprès d'Equifax."),
]

# ====================================================================== French — hard negatives
cases += [
    ("recipe", "fr", True,
     "Tarte Tatin (pour 8 personnes)" + NL +
     "Préparation : 30 min — Cuisson : 45 min — Th. 6/7 (200 °C)" + NL + NL +
     "1,2 kg de pommes Reine des Reinettes, 150 g de sucre, 80 g de beurre demi-sel, 1 pâte feuilletée. "
     "Faire un caramel blond, ajouter le beurre, ranger les quartiers de pommes serrés. Couvrir de pâte, enfourner 35 à 40 min. "
     "Démouler tiède. Servir avec une crème fraîche d'Isigny AOP. Recette inspirée des sœurs Tatin, Lamotte-Beuvron, 1880."),

    ("tourism", "fr", True,
     "Balade littéraire dans le Marais" + NL +
     "Départ place des Vosges, devant la Maison de Victor Hugo (n° 6), puis rue de Turenne et rue Vieille-du-Temple jusqu'au musée Picasso. "
     "Comptez 2 h 30 pour 3,4 km. Le lycée Charlemagne et l'hôtel de Sully sont ouverts lors des Journées du patrimoine (21 et 22 septembre). "
     "Coordonnées du point de départ : 48.8556, 2.3655."),

    ("product_manual", "fr", True,
     "Notice d'utilisation — Aspirateur balai ROWENTA X-Force Flex 11.60 (réf. RH98A8WO)" + NL +
     "Tension : 25,2 V   Autonomie : jusqu'à 65 min   Temps de charge : 3 h" + NL +
     "Le numéro de série (format SN 2403 4F7 0012 8831) figure sous le bloc moteur. "
     "Code erreur E07 : brosse bloquée. Pour toute pièce détachée, utilisez la référence ZR009008. Garantie 2 ans, prolongeable à 10 ans pour les pièces."),

    ("train_notice", "fr", True,
     "SNCF Voyageurs — Information trafic" + NL +
     "Le TGV INOUI n° 6613 Paris-Gare-de-Lyon → Marseille-Saint-Charles du 24/07 circulera avec un retard estimé de 40 min "
     "en raison d'un heurt d'animal près de Montbard. Votre placement (voiture 14, place 82) reste inchangé. "
     "Dossier de réservation : QZKLMP. Compensation G30 disponible à partir de 30 min de retard."),

    ("legal_text", "fr", True,
     "Conditions générales de vente — Article 9 : Droit de rétractation" + NL +
     "Conformément à l'article L. 221-18 du Code de la consommation, le consommateur dispose d'un délai de quatorze jours pour exercer son droit de rétractation. "
     "Le formulaire type figure à l'annexe de l'article R. 221-1. Médiateur : CM2C, saisine via le site. RCS Nanterre B 552 081 317, capital 1 200 000 €."),
]

# ====================================================================== Spanish — positives
cases += [
    ("whatsapp", "es", False,
     "[12/03/24, 18:42:10] " + m(N, "Lucía Fernández Ortega") + ": chicos, para la reserva del piso de Cádiz necesito los DNI de todos" + NL +
     "[12/03/24, 18:43:55] " + m(N, "Pablo") + ": el mío es " + m(ID, "45333147D") + NL +
     "[12/03/24, 18:44:02] " + m(N, "Irene Caño") + ": " + m(ID, "07238625L") + " 👍" + NL +
     "[12/03/24, 18:47:31] " + m(N, "Lucía Fernández Ortega") + ": y " + m(N, "rafa") + "? que no contesta" + NL +
     "[12/03/24, 18:50:12] " + m(N, "Pablo") + ": llámalo al " + m(P, "+34 622 18 40 97") + ", el otro número ya no lo usa" + NL +
     "[12/03/24, 19:05:48] " + m(N, "Lucía Fernández Ortega") + ": vale. la señal son 150€, bizum a mi número " + m(P, "611 302 775") + " antes del viernes porfa" + NL +
     "[12/03/24, 19:06:00] " + m(N, "Irene Caño") + ": <Multimedia omitido>"),

    ("contract", "es", False,
     "CONTRATO DE ARRENDAMIENTO DE VIVIENDA" + NL + NL +
     "En Madrid, a 1 de febrero de 2024." + NL + NL +
     "REUNIDOS" + NL +
     "De una parte, D.ª " + m(N, "María del Pilar Sánchez de la Fuente") + ", mayor de edad, con DNI " + m(ID, "89328804R") +
     " y domicilio en " + m(A, "Paseo de la Castellana, 128, 6.º izda., 28046 Madrid") + ", en adelante LA ARRENDADORA." + NL +
     "De otra parte, D. " + m(N, "Andrei Popescu") + ", con NIE " + m(ID, "Y3331138Q") + ", nacido el " + m(D, "9 de noviembre de 1990") + ", en adelante EL ARRENDATARIO." + NL + NL +
     "EXPONEN" + NL +
     "I. Que LA ARRENDADORA es propietaria de la vivienda sita en " + m(A, "C/ de Alcalá, 214, 3.º B, 28028 Madrid") + ", con referencia catastral 9872023VH5797S0001WX." + NL +
     "II. Que la renta mensual se fija en 1.150 euros, pagaderos por transferencia a la cuenta " + m(I, "ES44 4139 1439 4488 4339 8677") + "."),

    ("ticket", "es", False,
     "Ticket #MX-58120 · Prioridad: Alta · Canal: Chat" + NL + NL +
     "Cliente: " + m(N, "Rosalinda Gómez Rivas") + NL +
     "CURP: " + m(ID, "GORR850312MDFMVS04") + "   RFC: " + m(ID, "GORR850312QK7") + NL +
     "Domicilio fiscal: " + m(A, "Av. Insurgentes Sur 1602, Int. 804, Col. Crédito Constructor, Alc. Benito Juárez, C.P. 03940, Ciudad de México") + NL +
     "Tel.: " + m(P, "55 4321 8890") + NL + NL +
     "Resumen: La clienta no puede timbrar facturas (CFDI 4.0) desde el 28/02; el portal marca error CFDI40147. "
     "Agente " + m(N, "Jorge Iván") + " reinició el certificado de sello digital y le pidió reenviar el archivo .cer. Pendiente respuesta."),

    ("form", "es", False,
     "SOLICITUD DE ALTA — Obra Social de Empleados de Comercio" + NL + NL +
     "Apellido y nombre: " + m(N, "Bianchi, Valentina Soledad") + NL +
     "DNI: " + m(ID, "31.458.902") + "     CUIL: " + m(ID, "27-31458902-0") + NL +
     "Fecha de nacimiento: " + m(D, "18/01/1985") + NL +
     "Domicilio: " + m(A, "Av. Corrientes 3247, piso 5 depto. C, C1193AAE CABA") + NL +
     "Celular: " + m(P, "+54 9 11 5873-2041") + "     E-mail: " + m(E, "vale.bianchi85@hotmail.com.ar") + NL +
     "Grupo familiar: " + m(N, "Tomás Bianchi") + " (hijo, DNI " + m(ID, "52.117.430") + ")"),

    ("json_api", "es", False,
     "GET /api/v2/pacientes/884213 → 200 OK" + NL +
     "{" + NL +
     '  "id": 884213,' + NL +
     '  "nombre": "' + m(N, "Juan Camilo") + '",' + NL +
     '  "apellidos": "' + m(N, "Restrepo Arango") + '",' + NL +
     '  "cedula": "' + m(ID, "1.037.622.418") + '",' + NL +
     '  "fecha_nacimiento": "' + m(D, "1996-05-03") + '",' + NL +
     '  "direccion": "' + m(A, "Calle 10 Sur # 43A-27, apto 1502, Medellín, Antioquia") + '",' + NL +
     '  "telefono": "' + m(P, "+57 314 662 0915") + '",' + NL +
     '  "eps": "SURA",' + NL +
     '  "ultima_cita": "2024-04-02T10:30:00-05:00",' + NL +
     '  "creado_por": "svc_agenda"' + NL + "}"),

    ("email", "es", False,
     "Asunto: Re: Acceso al servidor de pruebas" + NL +
     "De: " + m(N, "Nerea Etxeberria") + " <" + m(E, "nerea.etxeberria@ikaslan-soft.eus") + ">" + NL +
     "Para: " + m(N, "Gorka") + NL + NL +
     "Kaixo " + m(N, "Gorka") + ", te paso el acceso temporal, caduca el viernes:" + NL + NL +
     "  host: " + m(IP, "10.4.12.77") + " (ssh puerto 2222)" + NL +
     "  usuario: " + m(N, "gurrutia") + NL +
     "  contraseña: " + m(K, "Txing0rr@-2024") + NL + NL +
     "Y el repo interno ya sin usuario en la URL, que el otro día lo pegaste así: " + m(U, "https://gurrutia:ghp_7fLq2XwR9tNc4VbK8mYzP1sJ6dHa3uE0oG5i@git.ikaslan-soft.eus/plataforma/api.git") + " 🙈" + NL + NL +
     "Un saludo," + NL + m(N, "Nerea")),
]

# ====================================================================== Spanish — hard negatives
cases += [
    ("recipe", "es", True,
     "Paella valenciana (6 raciones)" + NL +
     "Ingredientes: 600 g de arroz bomba, 1 pollo troceado, 1/2 conejo, 300 g de judía ferraura, 150 g de garrofó, 1 tomate rallado, azafrán, romero y aceite de oliva." + NL +
     "Sofreír la carne 15 min, añadir verdura y tomate, 1,8 l de agua y hervir 20 min. Echar el arroz en cruz y cocer 18 min sin remover. "
     "Reposar 5 min. Receta del concurso de Sueca, edición 2023."),

    ("sports_news", "es", True,
     "El Real Madrid remonta ante el Villarreal (3-2)" + NL +
     "Con doblete de Vinícius Júnior y un gol de Jude Bellingham en el 88', el equipo de Carlo Ancelotti sumó su victoria 24 de la temporada. "
     "El Santiago Bernabéu registró 71.342 espectadores. Próximo partido: sábado 20 de abril, 21:00 h, contra el Sevilla en el Ramón Sánchez-Pizjuán."),

    ("tech_bulletin", "es", True,
     "Boletín técnico BT-2024-017 — Actualización de firmware" + NL +
     "Equipos afectados: routers ZTE F6640 con firmware V9.0.10P1N6 y anteriores." + NL +
     "Acceda a la interfaz de administración (por ejemplo http://192.0.2.1) con las credenciales impresas en la etiqueta del equipo, "
     "y cargue el archivo F6640_V9.0.12P2N1.bin (MD5 3f2a9c1e7b4d8a06c5e1f9b2d7a40c83). No apague el equipo durante los 6 minutos que dura el proceso. "
     "Expediente de incidencia: INC0048213."),

    ("calendar", "es", True,
     "Calendario laboral 2024 — Comunidad de Madrid" + NL +
     "1 ene (Año Nuevo), 6 ene (Epifanía), 28 mar (Jueves Santo), 29 mar (Viernes Santo), 1 may (Fiesta del Trabajo), 2 may (Comunidad de Madrid), "
     "15 may (San Isidro, solo capital), 15 ago (Asunción), 12 oct (Fiesta Nacional), 1 nov, 6 dic (Constitución), 9 dic, 25 dic." + NL +
     "Los días de San Isidro y la Almudena (9 nov) dependen del municipio."),

    ("product_listing", "es", True,
     "Samsung Galaxy A55 5G 8GB/256GB Azul Hielo" + NL +
     "Ref.: SM-A556BLBCEUB · EAN 8806095467023 · Garantía 3 años" + NL +
     "Pantalla 6,6\" Super AMOLED 120 Hz, procesador Exynos 1480, batería 5000 mAh, carga 25 W." + NL +
     "Envío gratis en 24/48 h. Pedido mínimo 0 €. Valoración: 4,6/5 (1.284 opiniones)."),
]

# ====================================================================== Italian — positives
cases += [
    ("pec_email", "it", False,
     "Da: " + m(E, "studio.dangelo@pec.commercialisti.it") + NL +
     "A: " + m(E, "giulia.bernardi82@gmail.com") + NL +
     "Oggetto: Dichiarazione 730/2024 – documenti mancanti" + NL + NL +
     "Gentile Sig.ra " + m(N, "Bernardi") + "," + NL + NL +
     "per completare il 730 ci servono ancora le ricevute delle spese mediche e la CU dell'INPS. "
     "Le confermo i dati anagrafici in nostro possesso:" + NL +
     "- Codice fiscale: " + m(ID, "BRNGLI82E52F205O") + NL +
     "- Residenza: " + m(A, "Via Giuseppe Garibaldi 23, scala B, int. 7, 10122 Torino (TO)") + NL +
     "- Nata a Milano il " + m(D, "12/05/1982") + NL + NL +
     "Cordiali saluti" + NL + "Dott. " + m(N, "Raffaele D'Angelo") + NL + "Studio Commercialista D'Angelo & Associati" + NL +
     m(A, "Corso Vittorio Emanuele II 71, 10128 Torino") + " · tel. " + m(P, "011 562 4418")),

    ("medical_report", "it", False,
     "AZIENDA OSPEDALIERA UNIVERSITARIA CAREGGI — U.O. Radiologia" + NL + NL +
     "Paziente: " + m(N, "FERRARI ANTONELLA") + "   Nata il: " + m(D, "01/01/1990") + "   Sesso: F" + NL +
     "C.F.: " + m(ID, "FRRNTN90A41L219M") + "   Tessera sanitaria n.: " + m(ID, "80380001200458213360") + NL +
     "N. accettazione: 24RX0098172   Medico richiedente: Dr.ssa " + m(N, "Chiara Lo Presti") + NL + NL +
     "RX TORACE IN DUE PROIEZIONI" + NL +
     "Non addensamenti parenchimali in atto. Seni costofrenici liberi. Ombra cardiaca nei limiti." + NL + NL +
     "Firenze, 05/03/2024 — Il medico refertante: Dr. " + m(N, "Tommaso Ghelardini")),

    ("quote", "it", False,
     "PREVENTIVO N. 44/2024" + NL + "Ditta individuale " + m(N, "Salvatore Esposito") + ", impianti idraulici e termici" + NL +
     "P.IVA 07811230634 — " + m(A, "Via Tasso 180, 80127 Napoli") + NL +
     "Cell. " + m(P, "+39 347 882 1093") + " — " + m(E, "esposito.idraulica@libero.it") + NL + NL +
     "Spett.le " + m(N, "Carmela Ruocco") + NL + m(A, "Viale Augusto 45, pal. C, 80125 Napoli") + NL + NL +
     "Sostituzione caldaia a condensazione 24 kW, compreso smaltimento vecchio impianto ... € 2.350,00" + NL +
     "Detrazione Ecobonus 65% applicabile. Acconto 30% alla conferma su IBAN " + m(I, "IT67 X968 3675 2896 8558 1643 275") + "."),

    ("config", "it", False,
     "# config/produzione.yml — gestionale magazzino" + NL +
     "database:" + NL +
     "  host: " + m(IP, "10.12.0.45") + NL +
     "  porta: 5432" + NL +
     "  utente: magazzino_app" + NL +
     "  password: \"" + m(K, "Pr0sciutto&Melone!91") + "\"" + NL +
     "smtp:" + NL +
     "  server: smtps.aruba.it" + NL +
     "  utente: " + m(E, "notifiche@ferramentacolombo.it") + NL +
     "  password: " + m(K, "aR8!vq2LpZx") + NL +
     "# referente tecnico: " + m(N, "Matteo Colombo") + " (" + m(P, "335 610 2287") + ")" + NL +
     "log_level: info"),

    ("meeting_minutes", "it", False,
     "VERBALE DI ASSEMBLEA CONDOMINIALE — Condominio di " + m(A, "Via Roma 12, 40121 Bologna") + NL +
     "Il giorno 14 marzo 2024 alle ore 21:00, presso la sala parrocchiale, si è riunita l'assemblea ordinaria." + NL + NL +
     "Presenti: " + m(N, "Di Stefano Vincenzo") + " (int. 1), " + m(N, "D'Amico Rosaria") + " (int. 3), " + m(N, "De Luca Francesco") + " (int. 4, per delega a " + m(N, "Lorenza De Luca") + "), " +
     m(N, "Marchetti Enrico") + " (int. 7)." + NL +
     "Amministratore: rag. " + m(N, "Gianfranco Pellegrini") + NL + NL +
     "Punto 1 — Rifacimento facciata: approvato con 742/1000 millesimi. Il sig. " + m(N, "Marchetti") + " chiede di mettere a verbale la sua contrarietà." + NL +
     "Punto 2 — Varie: la sig.ra " + m(N, "D'Amico") + " segnala infiltrazioni dal lastrico solare."),

    ("id_scan_ocr", "it", False,
     "REPUBBLICA ITALIANA — CARTA D'IDENTITÀ" + NL +
     "COGNOME / SURNAME  " + m(N, "RUSSO") + NL +
     "NOME / NAME  " + m(N, "MARCO") + NL +
     "LUOGO E DATA DI NASCITA  ROMA (RM) " + m(D, "10.12.1975") + NL +
     "SESSO M   STATURA 178   CITTADINANZA ITA" + NL +
     "EMISSIONE 22.06.2021   SCADENZA 10.12.2031" + NL +
     "N. " + m(ID, "CA48215BX") + NL +
     "CODICE FISCALE " + m(ID, "RSSMRC75T10H501O")),
]

# ====================================================================== Italian — hard negatives
cases += [
    ("recipe", "it", True,
     "Spaghetti alla carbonara (4 persone)" + NL +
     "320 g di spaghetti, 150 g di guanciale, 4 tuorli + 1 uovo intero, 50 g di pecorino romano DOP, pepe nero." + NL +
     "Rosolare il guanciale senza olio 8 minuti. Cuocere la pasta 2 minuti in meno rispetto alla confezione (n. 5 Barilla: 9 min). "
     "Mantecare fuori dal fuoco con le uova e un mestolo d'acqua di cottura. Niente panna!"),

    ("tourism", "it", True,
     "Firenze in un giorno" + NL +
     "Si parte da Piazza del Duomo, si prosegue per Via dei Calzaiuoli fino a Piazza della Signoria e agli Uffizi (prenotazione consigliata, biglietto 25 €). "
     "Dopo il Ponte Vecchio, Palazzo Pitti e il Giardino di Boboli. Alla Galleria dell'Accademia il David di Michelangelo; "
     "in Santa Croce le tombe di Galileo Galilei e Niccolò Machiavelli. Tramonto a Piazzale Michelangelo."),

    ("timetable", "it", True,
     "Frecciarossa 9521 Milano Centrale 07:00 → Roma Termini 10:10" + NL +
     "Carrozza 6, posto 11A — Standard — Codice biglietto (PNR): X7QJ2M — CP 2611 0442 9801" + NL +
     "Offerta Economy, modifiche consentite fino alla partenza con integrazione. Binario comunicato 15 min prima."),

    ("public_tender", "it", True,
     "COMUNE DI PERUGIA — Determinazione dirigenziale n. 1187 del 19/04/2024" + NL +
     "Oggetto: affidamento del servizio di manutenzione del verde pubblico — CIG A04F2B7C91 — CUP C94H23000410004." + NL +
     "Importo a base d'asta: € 248.500,00 oltre IVA. Termine per la presentazione delle offerte: 20/05/2024 ore 12:00. "
     "Riferimento normativo: art. 50, comma 1, lett. b) del D.Lgs. 36/2023. Protocollo n. 0087731/2024."),
]

# ====================================================================== Portuguese — positives
cases += [
    ("invoice", "pt", False,
     "FATURA-RECIBO FR 2024/118" + NL +
     "Emitente: " + m(N, "Inês Carvalho Magalhães") + " — Tradutora certificada — NIF " + m(ID, "252173481") + NL +
     m(A, "Rua de Santa Catarina, 112, 2.º Esq., 4000-442 Porto") + NL + NL +
     "Adquirente: " + m(N, "Rui Miguel Tavares") + ", NIF " + m(ID, "154575534") + NL +
     "Morada: " + m(A, "Travessa do Carvalho, 9, r/c, 1200-097 Lisboa") + NL + NL +
     "Tradução EN→PT de certidão de casamento (3 páginas) .......... 90,00 €" + NL +
     "IVA — isento ao abrigo do art. 53.º do CIVA" + NL +
     "Pagamento por transferência: " + m(I, "PT50 4774 1431 2018 0789 0524 7") + NL +
     "Processado por programa certificado n.º 2231/AT"),

    ("registration", "pt", False,
     "CADASTRO DE CLIENTE — Ótica Visão Clara" + NL + NL +
     "Nome completo: " + m(N, "Thiago Henrique dos Santos Albuquerque") + NL +
     "CPF: " + m(ID, "613.639.734-01") + "     RG: " + m(ID, "38.447.120-6") + " SSP/SP" + NL +
     "Data de nascimento: " + m(D, "07/08/1993") + NL +
     "Endereço: " + m(A, "Rua Augusta, 1508, apto 42, Consolação, São Paulo - SP, 01304-001") + NL +
     "Celular/WhatsApp: " + m(P, "(11) 98765-4321") + NL +
     "E-mail: " + m(E, "thiago.albuquerque93@uol.com.br") + NL + NL +
     "Receita: OD -1,75 / OE -2,00 — Dr. " + m(N, "Marcelo Kenji Hayashi") + ""),

    ("whatsapp", "pt", False,
     "08/04/2024 21:13 - Dona " + m(N, "Cida") + " Síndica: boa noite, o gás do bloco B acabou de novo" + NL +
     "08/04/2024 21:15 - " + m(N, "Leandro Pacheco") + ": aqui no 304 também" + NL +
     "08/04/2024 21:16 - " + m(N, "Fernanda Ap. Lima") + ": alguém tem o número do técnico?" + NL +
     "08/04/2024 21:18 - Dona " + m(N, "Cida") + " Síndica: é o seu " + m(N, "Valdir") + ", " + m(P, "(31) 99214-0387") + ", fala que é do Residencial Ipê" + NL +
     "08/04/2024 21:20 - " + m(N, "Leandro Pacheco") + ": eu pago o pix dele e vocês me devolvem, a chave é o cpf " + m(ID, "531.579.972-70") + " né?" + NL +
     "08/04/2024 21:22 - Dona " + m(N, "Cida") + " Síndica: isso, " + m(N, "Valdir Gonçalves") + ". manda o comprovante aqui depois" + NL +
     "08/04/2024 21:40 - " + m(N, "Fernanda Ap. Lima") + ": <Mídia oculta>"),

    ("appointment", "pt", False,
     "SNS 24 — Confirmação de consulta" + NL + NL +
     "Utente: " + m(N, "Maria João Figueiredo Antunes") + NL +
     "N.º de utente: " + m(ID, "287 416 093") + "     Cartão de Cidadão: " + m(ID, "14872235 6 ZX9") + NL +
     "Data de nascimento: " + m(D, "22-02-1958") + NL +
     "Morada: " + m(A, "Largo do Chafariz, 3, 1.º Dto., 3000-132 Coimbra") + NL + NL +
     "Consulta: Cardiologia — Hospital da Universidade de Coimbra" + NL +
     "Data/hora: 15-05-2024, 10:40 — Piso 4, balcão 2" + NL +
     "Médica: Dra. " + m(N, "Sofia Brandão") + NL +
     "Em caso de impedimento, ligue " + m(P, "239 400 400") + " ou responda a este SMS para " + m(P, "+351 912 447 083") + "."),

    ("log", "pt", False,
     "[2024-02-11 03:12:44] pix.api INFO  Transferência iniciada id=E18236120202402110312s0a9f2c4d origem=conta 00041782-3 chave_destino=" + m(E, "carla.menezes@gmail.com") + NL +
     "[2024-02-11 03:12:44] pix.api INFO  Cliente " + m(N, "Carla Menezes") + " ip=" + m(IP, "177.104.22.198") + " device=SM-A546E" + NL +
     "[2024-02-11 03:12:45] fraud.rule WARN valor=R$ 4.980,00 acima do perfil; chave_destino=" + m(P, "+5521988104422") + " (recém-criada)" + NL +
     "[2024-02-11 03:12:45] fraud.rule INFO ação=BLOQUEIO_PREVENTIVO ticket=FRD-77120"),

    ("cv", "pt", False,
     "CURRICULUM VITAE" + NL + NL +
     m(N, "Gonçalo Vasconcelos de Sá") + NL +
     "Engenheiro Civil (Ordem dos Engenheiros)" + NL +
     m(A, "Avenida da Liberdade, 245, 5.º andar, 1250-143 Lisboa") + " | " + m(P, "+351 936 118 204") + " | " + m(E, "goncalo.vsa@sapo.pt") + NL +
     "Data de nascimento: " + m(D, "30 de junho de 1987") + " | Nacionalidade: portuguesa" + NL + NL +
     "Experiência" + NL +
     "2018 – atual · Diretor de obra, Mota-Engil, Angola e Portugal" + NL +
     "2012 – 2018 · Engenheiro de estruturas, Teixeira Duarte" + NL + NL +
     "Línguas: português (nativo), inglês (C1), francês (B2)"),
]

# ====================================================================== Portuguese — hard negatives
cases += [
    ("recipe", "pt", True,
     "Bolo de cenoura com cobertura de chocolate" + NL +
     "3 cenouras médias, 3 ovos, 1 xícara de óleo, 2 xícaras de açúcar, 2 1/2 xícaras de farinha de trigo, 1 colher (sopa) de fermento." + NL +
     "Bata no liquidificador a cenoura, os ovos e o óleo. Misture os secos, asse a 180 °C por 40 minutos em forma 20×30. "
     "Cobertura: 4 colheres de chocolate em pó, 1 de manteiga, 1 xícara de açúcar e 5 de leite."),

    ("sports_news", "pt", True,
     "Benfica vence o Sporting por 2-1 no Estádio da Luz" + NL +
     "Rafa Silva abriu o marcador aos 23 minutos e Di María ampliou de penálti; Gyökeres reduziu aos 81'. "
     "Com o resultado, as águias somam 65 pontos em 27 jornadas. Roger Schmidt elogiou a exibição de António Silva. Assistência: 62 711."),

    ("tech_manual", "pt", True,
     "Manual de instalação — Inversor solar Growatt MIN 5000TL-X" + NL +
     "Número de série: ver etiqueta lateral (formato XXXXXXXXXX, 10 caracteres). Firmware mínimo: GH1.0/ZBDC. "
     "Ligue o módulo Wi-Fi ShineWiFi-X (v3.1.0.0) antes de fechar a tampa. "
     "Binário máximo dos terminais CC: 1,2 N·m. Norma: IEC 62109-1/-2, EN 50549-1."),

    ("weather", "pt", True,
     "IPMA — Aviso laranja para os distritos de Viana do Castelo, Braga e Porto" + NL +
     "Depressão Óscar: precipitação persistente e por vezes forte entre as 06h de sábado, 20/01, e as 18h de domingo, 21/01. "
     "Vento do quadrante sul com rajadas até 90 km/h no litoral e 110 km/h nas terras altas. Agitação marítima: ondas de 6 a 7 metros."),
]

# ====================================================================== Dutch — positives
cases += [
    ("email", "nl", False,
     "Van: " + m(N, "Joost van den Berg") + " <" + m(E, "joostvdberg@ziggo.nl") + ">" + NL +
     "Aan: " + m(E, "klantenservice@woonwinkel-dekker.nl") + NL +
     "Onderwerp: Re: Bezorging bank – ordernummer 7712-0458" + NL + NL +
     "Goedemiddag," + NL + NL +
     "De bank is gisteren beschadigd afgeleverd (scheur in de armleuning, foto's in de bijlage). Ik wil graag een nieuwe laten leveren op hetzelfde adres: "
     + m(A, "Kerkstraat 12-III, 1017 GM Amsterdam") + ". Let op: derde verdieping, geen lift. Mijn vrouw, " + m(N, "Fleur de Vries") +
     ", is doordeweeks thuis en bereikbaar op " + m(P, "06-41 28 93 70") + "." + NL + NL +
     "Met vriendelijke groet," + NL + m(N, "Joost van den Berg") + NL + NL +
     "Op 9 apr. 2024 om 14:05 schreef " + m(N, "Sanne") + " | Woonwinkel Dekker:" + NL +
     "> Beste heer " + m(N, "Van den Berg") + ", uw bestelling wordt donderdag tussen 8:00 en 12:00 bezorgd."),

    ("hr_record", "nl", False,
     "PERSONEELSDOSSIER — indiensttreding" + NL +
     "Werkgever: Bakkerij Het Gouden Korenschoof B.V., Zwolle" + NL + NL +
     "Achternaam:        " + m(N, "Bakker-Hoekstra") + NL +
     "Voornamen:         " + m(N, "Wilhelmina Johanna (Mieke)") + NL +
     "Geboortedatum:     " + m(D, "03-10-1979") + NL +
     "BSN:               " + m(ID, "343122200") + NL +
     "Adres:             " + m(A, "Thorbeckegracht 88 A, 8011 VS Zwolle") + NL +
     "Rekeningnummer:    " + m(I, "NL57 ABNA 1236 1723 84") + NL +
     "Loonheffingskorting: ja     Contract: 24 uur, bepaalde tijd t/m 31-12-2024" + NL +
     "Ingevoerd door: " + m(N, "R. Scholten") + " (P&O), 26-04-2024"),

    ("letter", "nl", False,
     "Stad Antwerpen — Dienst Burgerzaken" + NL + NL +
     "Mevrouw " + m(N, "Lotte Vermeulen") + NL + m(A, "Meir 44 bus 3" + NL + "2000 Antwerpen") + NL + NL +
     "Antwerpen, 5 maart 2024" + NL +
     "Uw kenmerk: —     Ons kenmerk: BZ/2024/11873" + NL +
     "Betreft: aanvraag elektronische identiteitskaart" + NL + NL +
     "Mevrouw," + NL + NL +
     "Uw nieuwe identiteitskaart (kaartnummer " + m(ID, "592-3817442-61") + ") ligt klaar aan het loket. Breng de brief met uw PIN- en PUK-codes mee. "
     "Uw rijksregisternummer is " + m(ID, "92.02.14-178.87") + ". Voor vragen kunt u terecht bij " + m(N, "Dries Peeters") + " op " + m(P, "03 338 22 61") + "." + NL + NL +
     "Met vriendelijke groeten," + NL + "namens de burgemeester"),

    ("csv", "nl", False,
     "lidnummer;voornaam;achternaam;geboortedatum;telefoon;email;team" + NL +
     "10231;" + m(N, "Daan") + ";" + m(N, "van 't Hof") + ";" + m(D, "2011-06-14") + ";" + m(P, "0612345978") + ";" + m(E, "ouders.vanthof@kpnmail.nl") + ";JO13-1" + NL +
     "10232;" + m(N, "Noor") + ";" + m(N, "El Amrani") + ";" + m(D, "2011-09-02") + ";" + m(P, "0687719023") + ";" + m(E, "n.elamrani.ouders@gmail.com") + ";MO13-1" + NL +
     "10240;" + m(N, "Sem") + ";" + m(N, "de Groot") + ";" + m(D, "2012-01-27") + ";;" + m(E, "fam.degroot@hetnet.nl") + ";JO12-2" + NL +
     "# export ledenadministratie VV Zuidvogels, 2024-03-01"),

    ("chat", "nl", False,
     "[10:14] " + m(N, "bram.kuipers") + ": iemand het wachtwoord van de gedeelde mailbox facturatie? " + m(N, "marloes") + " is met vakantie" + NL +
     "[10:16] " + m(N, "yasmina.b") + ": staat in de kluis maar vooruit: " + m(K, "Tulpen2024!Fact") + NL +
     "[10:16] " + m(N, "yasmina.b") + ": en niet doorsturen hè" + NL +
     "[10:21] " + m(N, "bram.kuipers") + ": thx. de klant van gisteren belde trouwens terug, meneer " + m(N, "Jansen") + ", hij wil dat je hem terugbelt op " + m(P, "+31 6 2450 1187") + NL +
     "[10:22] " + m(N, "yasmina.b") + ": 👍 ik pak hem op"),
]

# ====================================================================== Dutch — hard negatives
cases += [
    ("news", "nl", True,
     "Rijksmuseum toont voor het eerst alle Vermeers uit eigen collectie samen" + NL +
     "AMSTERDAM — Vanaf 8 februari hangen Het melkmeisje, Het straatje en de Brievenlezeres in één zaal, naast werk van Rembrandt en Frans Hals. "
     "Het museum aan de Museumstraat verwacht 450.000 bezoekers. Tickets kosten € 22,50; tot 18 jaar gratis. "
     "De tentoonstelling loopt t/m 4 juni en is onderdeel van het programma rond 'Vermeer 2023'."),

    ("service_notice", "nl", True,
     "NS Reisinformatie — storing Utrecht Centraal" + NL +
     "Door een seinstoring rijden er tussen Utrecht Centraal en 's-Hertogenbosch minder treinen. Intercity 3547 en 3549 vallen uit. "
     "Verwachte duur: tot ongeveer 17:30. Reisadvies: reis via Arnhem Centraal of neem de extra bussen (lijn 910). "
     "Storingsnummer 2024-11822. Gepland onderhoud op 13 en 14 april tussen Geldermalsen en Tiel."),

    ("product_manual", "nl", True,
     "Gebruiksaanwijzing Philips Airfryer XXL HD9867/90" + NL +
     "Vermogen 2225 W · Inhoud 7,3 l · Typeplaatje onderzijde: 'HD9867 Made in China 2417 AB' (productiecode, jaar/week)." + NL +
     "Frites: 800 g, 180 °C, 22 min, halverwege schudden. Reset: houd de aan-knop 10 seconden ingedrukt. Foutcode E2: temperatuursensor."),

    ("recipe", "nl", True,
     "Boerenkoolstamppot met rookworst" + NL +
     "1,5 kg kruimige aardappelen (Bintje of Eigenheimer), 500 g gesneden boerenkool, 1 Hema-rookworst, 100 ml warme melk, 30 g roomboter, snufje nootmuskaat." + NL +
     "Kook de aardappelen 20 min met de kool erop. Stamp fijn met melk en boter. Rookworst 10 min in heet water. Serveer met een kuiltje jus en piccalilly van Van Wijngaarden's."),
]

# ====================================================================== Polish — positives
cases += [
    ("complaint", "pl", False,
     "REKLAMACJA TOWARU — formularz nr RK/2024/03/118" + NL + NL +
     "Imię i nazwisko: " + m(N, "Małgorzata Wiśniewska-Kołodziej") + NL +
     "PESEL: " + m(ID, "72110268148") + NL +
     "Adres: " + m(A, "ul. Marszałkowska 84/92 m. 115, 00-514 Warszawa") + NL +
     "Telefon: " + m(P, "+48 601 234 567") + "     E-mail: " + m(E, "m.wisniewska.k@wp.pl") + NL + NL +
     "Towar: pralka Amica WA1S610CLiS, nr seryjny 2310A0448712, data zakupu 14.11.2023, paragon nr 0042/11/23." + NL +
     "Opis wady: po 4 miesiącach bęben przestał się obracać, na wyświetlaczu kod E:21." + NL +
     "Żądanie: wymiana na nowy / zwrot 1 899,00 zł na rachunek " + m(I, "PL60 4128 7852 4330 0264 5990 6206") + "." + NL + NL +
     "Przyjęła: " + m(N, "Ewelina Dąbrowska") + ", 18.03.2024"),

    ("contract", "pl", False,
     "UMOWA O DZIEŁO nr 7/2024" + NL + NL +
     "zawarta w Krakowie w dniu 2 kwietnia 2024 r. pomiędzy:" + NL +
     "Fundacją „Dom Kultury Podgórze”, " + m(A, "ul. Rynek Podgórski 1, 30-533 Kraków") + ", KRS 0000412235, reprezentowaną przez " + m(N, "Bożenę Szczepańską") + " — Prezeskę Zarządu," + NL +
     "a" + NL +
     "Panem " + m(N, "Grzegorzem Żółtowskim") + ", urodzonym " + m(D, "17.04.1986") + " r., PESEL " + m(ID, "86041710832") + ", legitymującym się dowodem osobistym " + m(ID, "AYE 482913") + ", "
     "zamieszkałym " + m(A, "os. Złotego Wieku 34/12, 31-618 Kraków") + "," + NL + NL +
     "§ 1. Wykonawca zobowiązuje się do wykonania ilustracji do publikacji „Legendy krakowskie” (12 plansz)." + NL +
     "§ 4. Wynagrodzenie 4 800,00 zł brutto płatne przelewem na rachunek " + m(I, "PL88 1693 0722 4551 1553 8335 7639") + " w terminie 14 dni."),

    ("email", "pl", False,
     "Od: " + m(N, "Piotr Zawadzki") + " <" + m(E, "piotr.zawadzki@softpol.com.pl") + ">" + NL +
     "Do: " + m(N, "Katarzyna Lewandowska") + " <" + m(E, "k.lewandowska@softpol.com.pl") + ">" + NL +
     "Temat: Odp: dostęp do VPN dla nowej osoby" + NL + NL +
     "Cześć " + m(N, "Kasia") + "," + NL + NL +
     "konto dla " + m(N, "Michała") + " założone, login " + m(N, "mnowicki") + ", hasło startowe " + m(K, "Wisla#Krk_8812") + " (wymusi zmianę przy pierwszym logowaniu). "
     "Adres MAC jego laptopa (" + m(MAC, "F0:2F:74:1C:9B:E6") + ") dodałem do whitelisty, dostanie stały adres " + m(IP, "10.50.3.141") + "." + NL + NL +
     "Pozdrawiam" + NL + m(N, "Piotrek") + NL + NL +
     "> Wiadomość napisana przez " + m(N, "Katarzyna Lewandowska") + " w dniu 08.04.2024, o godz. 09:17:" + NL +
     "> " + m(N, "Piotrek") + ", od poniedziałku dołącza " + m(N, "Michał Nowicki") + ", tel. " + m(P, "512 880 341") + ". Ogarniesz mu dostęp?"),

    ("discord", "pl", False,
     m(N, "szczurek_92") + " — Dzisiaj o 21:04" + NL +
     "ktos gra jutro raid? potrzebujemy healera" + NL + NL +
     m(N, "Mroczny Bartek") + " — Dzisiaj o 21:06" + NL +
     "ja moge, ale dopiero po 20. " + m(N, "@szczurek_92") + " oddaj mi te 50 zł za wejsciowki xd" + NL + NL +
     m(N, "szczurek_92") + " — Dzisiaj o 21:07" + NL +
     "dobra wysle blikiem, daj numer" + NL + NL +
     m(N, "Mroczny Bartek") + " — Dzisiaj o 21:07" + NL +
     m(P, "698 114 207") + " (" + m(N, "Bartosz Kamiński") + " jak cos)"),

    ("invoice", "pl", False,
     "FAKTURA VAT nr FV/2024/04/021" + NL +
     "Data wystawienia: 30.04.2024     Termin płatności: 14.05.2024" + NL + NL +
     "Sprzedawca: " + m(N, "Zbigniew Kwiatkowski") + " — usługi remontowo-budowlane" + NL +
     m(A, "ul. Długa 17, 83-000 Pruszcz Gdański") + NL +
     "NIP " + m(ID, "593-104-22-87") + "     tel. " + m(P, "58 682 41 90") + NL + NL +
     "Nabywca: " + m(N, "Renata Pawlak") + NL +
     m(A, "ul. Ogrodowa 3 lok. 2, 80-868 Gdańsk") + NL + NL +
     "1. Malowanie mieszkania 54 m² — 3 200,00 zł netto, VAT 8% 256,00 zł, brutto 3 456,00 zł" + NL +
     "Rachunek: " + m(I, "PL07 1919 3316 8402 1712 2111 1876")),
]

# ====================================================================== Polish — hard negatives
cases += [
    ("news", "pl", True,
     "Konkurs Chopinowski: ogłoszono listę uczestników" + NL +
     "Narodowy Instytut Fryderyka Chopina opublikował listę 85 pianistów dopuszczonych do XIX Międzynarodowego Konkursu Pianistycznego im. Fryderyka Chopina. "
     "Przesłuchania odbędą się w Filharmonii Narodowej przy ulicy Jasnej od 2 do 23 października 2025 r. "
     "Zwycięzca otrzyma 60 000 euro i złoty medal. Bilety w sprzedaży od 1 września."),

    ("timetable", "pl", True,
     "PKP Intercity — EIC 1302 „Sobieski” Gdynia Główna → Warszawa Centralna" + NL +
     "Odjazd 06:05, przyjazd 09:01. Wagon 7, miejsce 45 (okno, strefa ciszy). Numer biletu: eIC 84721560301. "
     "Cena: 169,00 zł (taryfa Super Promo). Skład: ED250 Pendolino. Zmiana peronu w Malborku możliwa."),

    ("recipe", "pl", True,
     "Pierogi ruskie (ok. 50 sztuk)" + NL +
     "Ciasto: 500 g mąki, 250 ml ciepłej wody, 2 łyżki oleju, szczypta soli. Farsz: 1 kg ziemniaków, 400 g twarogu półtłustego, 2 cebule, pieprz." + NL +
     "Gotować partiami 2–3 minuty od wypłynięcia. Podawać ze skwarkami. Przepis z Koła Gospodyń Wiejskich w Wąchocku, 1 miejsce na festiwalu w 2019 r."),

    ("regulation", "pl", True,
     "Rozporządzenie Ministra Zdrowia z dnia 8 marca 2024 r. (Dz.U. 2024 poz. 352)" + NL +
     "§ 3 ust. 2 pkt 4 otrzymuje brzmienie: „4) numer księgi wieczystej, o ile został założony”." + NL +
     "Sygn. akt II CSK 612/21. NIP urzędu: 525-10-08-593. Wchodzi w życie po upływie 14 dni od dnia ogłoszenia."),
]

# ====================================================================== Swedish
cases += [
    ("form", "sv", False,
     "Försäkringskassan — Ansökan om tillfällig föräldrapenning (VAB)" + NL + NL +
     "Sökande: " + m(N, "Elin Åkesson Lindgren") + "     Personnummer: " + m(ID, "850921-5730") + NL +
     "Adress: " + m(A, "Södra Förstadsgatan 47 lgh 1203, 211 43 Malmö") + NL +
     "Telefon: " + m(P, "070-284 19 36") + NL + NL +
     "Barn: " + m(N, "Vilgot") + ", personnummer " + m(ID, "160412-4477") + NL +
     "Datum för vård: 2024-02-19 — 2024-02-21 (hel dag)" + NL +
     "Den andra föräldern: " + m(N, "Mattias Lindgren") + ", " + m(ID, "790314-8950") + NL +
     "Utbetalning till konto: Swedbank, clearing 8327-9, kontonr 994 127 334-1"),

    ("slack", "sv", False,
     m(N, "frida.ek") + "  09:02" + NL + "god morgon! kan någon kolla varför betalfilen till Bankgirot studsade?" + NL + NL +
     m(N, "mikael") + "  09:05" + NL + "den hade fel iban på rad 14, " + m(I, "SE41 6561 3259 9386 1790 8887") + " tillhör " + m(N, "Sture Nilsson") + " men namnet i filen var " + m(N, "Sture Nilsson Bergqvist") + NL + NL +
     m(N, "frida.ek") + "  09:06" + NL + "ah, han bytte efternamn i mars. jag uppdaterar leverantörsregistret, hans nya adress är " + m(A, "Kungsgatan 12B, 852 32 Sundsvall") + NL + NL +
     m(N, "mikael") + "  09:07" + NL + "👍"),

    ("press_release", "sv", True,
     "Pressmeddelande 2024-03-05 — Nobelmuseet byter namn till Nobelprismuseet" + NL +
     "Museet vid Stortorget i Gamla stan har sedan 2001 visat utställningar om Alfred Nobel och pristagare som Selma Lagerlöf och Marie Curie. "
     "Det nya namnet gäller från 1 juni. Öppettider: tis–sön 11–17, fredagar till 21. Entré 140 kr, fri entré under 18 år. Org.nr 802400-9147."),

    ("product_manual", "sv", True,
     "IKEA KALLAX hylla 77×147 cm, vitt — artikelnummer 802.758.87" + NL +
     "Monteringsanvisning AA-2047253-4. Förpackning 1/2 och 2/2. Använd väggfäste (ingår ej). "
     "Max belastning per fack: 13 kg. Produktionsort: Polen, batch 2403. Skruv 110789 (8 st), plugg 101350 (16 st)."),
]

# ====================================================================== Norwegian
cases += [
    ("email", "no", False,
     "Fra: " + m(N, "Sigrid Haugland Bø") + " <" + m(E, "sigrid.bo@lyse.net") + ">" + NL +
     "Til: " + m(E, "post@tannlegeiveland.no") + NL +
     "Emne: Endre time – " + m(N, "Eirik") + " (8 år)" + NL + NL +
     "Hei!" + NL + NL +
     "Sønnen min " + m(N, "Eirik Haugland Bø") + " har time hos dere tirsdag 16. april kl. 14.30, men han har fotballkamp da. Går det an å flytte til uka etter? "
     "Fødselsnummeret hans er " + m(ID, "23031662141") + ", og han er født " + m(D, "23.03.2016") + " hvis dere trenger det." + NL + NL +
     "Mvh" + NL + m(N, "Sigrid") + NL + m(P, "934 72 105") + NL + NL +
     "Den man. 8. apr. 2024 kl. 10:12 skrev Tannlege Iveland AS <" + m(E, "post@tannlegeiveland.no") + ">:" + NL +
     "> Påminnelse: " + m(N, "Eirik") + " har time 16.04.2024 kl. 14:30 hos tannpleier " + m(N, "Kari Nordvik") + ", " + m(A, "Kirkegata 21, 4006 Stavanger") + "."),

    ("payslip", "no", False,
     "LØNNSSLIPP — april 2024" + NL +
     "Arbeidsgiver: Nordlys Sjømat AS, org.nr. 915 448 201" + NL + NL +
     "Ansatt: " + m(N, "Ola Mathias Sæther") + "     Ansattnr.: 0471" + NL +
     "Fødselsnr.: " + m(ID, "03039145595") + NL +
     "Adresse: " + m(A, "Storgata 118, 9008 Tromsø") + NL +
     "Kontonummer: " + m(I, "NO45 9177 8497 378") + NL + NL +
     "Timelønn 248,50 × 162,5 t .......... 40 381,25" + NL +
     "Forskuddstrekk (tabell 7100) ........ −11 204,00" + NL +
     "Utbetalt 30.04.2024 ................. 29 177,25"),

    ("forum_post", "no", False,
     "Tråd: Naboen har satt opp overvåkingskamera mot hagen vår — lov?" + NL + NL +
     m(N, "Trondheimsjenta_87") + " skrev:" + NL +
     "Naboen i nr. 14 har montert kamera som filmer rett inn på terrassen vår. Vi har snakket med ham (" + m(N, "Arve") + "), men han nekter. Noen som vet hva Datatilsynet sier?" + NL + NL +
     m(N, "jusstudent_b") + " svarte:" + NL +
     "Han kan ikke filme din eiendom. Send klage til Datatilsynet, og ta bilder av kameraplasseringen først."),

    ("news", "no", True,
     "Storm «Ingunn» skaper trafikkaos i Trøndelag" + NL +
     "Ekstremværet gir vindkast på over 40 m/s på kysten. E6 er stengt ved Skjerdingen og Saltfjellet, og Hurtigruten innstiller anløp i Rørvik. "
     "Statnett melder at 28 000 kunder er uten strøm. Kong Harald avlyser sitt besøk til Bodø. Meteorologisk institutt har sendt ut rødt farevarsel."),
]

# ====================================================================== Danish
cases += [
    ("letter", "da", False,
     "Københavns Kommune — Borgerservice" + NL + NL +
     m(N, "Mette Kjærgaard Østergaard") + NL + m(A, "Vesterbrogade 142, 3. th." + NL + "1620 København V") + NL + NL +
     "Dato: 14. februar 2024" + NL +
     "Sagsnr.: 2024-0031877" + NL + NL +
     "Kære " + m(N, "Mette Kjærgaard Østergaard") + NL + NL +
     "Vi har modtaget din anmodning om nyt sundhedskort. Dit CPR-nummer " + m(ID, "220768-6388") + " er registreret med adresseændring pr. 1. februar 2024. "
     "Kortet sendes til adressen ovenfor inden for 14 dage. Har du spørgsmål, kan du ringe til din sagsbehandler " + m(N, "Rasmus Holm") + " på " + m(P, "33 66 14 72") + "." + NL + NL +
     "Med venlig hilsen" + NL + "Borgerservice"),

    ("sms_thread", "da", False,
     m(N, "Frederik") + " (" + m(P, "+45 28 91 44 06") + "):" + NL +
     "hej " + m(N, "line") + "! har du mobilepay'et for hytten?" + NL +
     m(N, "Line Bech") + ":" + NL +
     "ja, 1.250 kr til " + m(N, "Asger") + ". hans reg. og konto er " + m(I, "DK89 3519 8396 4607 65") + " hvis du hellere vil overføre" + NL +
     m(N, "Frederik") + ":" + NL +
     "perfekt. adressen på hytten var " + m(A, "Klitvej 7, Vejlby Klit, 7620 Lemvig") + " ikk?" + NL +
     m(N, "Line Bech") + ":" + NL +
     "jo, og wifi-koden er " + m(K, "Klitvej7!Hytte") + " står der på køleskabet"),

    ("product_manual", "da", True,
     "Brugsanvisning — LEGO® Technic 42151 Bugatti Bolide" + NL +
     "905 elementer, alder 9+. Pose 1–6. Byggevejledning 6427148 (bog 1 af 2). "
     "Mangler du en klods, så oplys elementnummer 6391545 og den 5-cifrede kode fra kassens bagside (f.eks. 2A4C7) på LEGO.com/service."),

    ("news", "da", True,
     "Dronning Margrethe åbner udstilling på Koldinghus" + NL +
     "Udstillingen ’Tegninger til Ringenes Herre’ viser 120 værker, som Hendes Majestæt tegnede i 1970’erne under pseudonymet Ingahild Grathmer. "
     "Den åbner 1. maj og kan ses til 15. september. Billetter 150 kr. H.C. Andersen-prisen uddeles samme aften i Odense."),
]

# ====================================================================== Finnish
cases += [
    ("hr_record", "fi", False,
     "HENKILÖTIETOLOMAKE — uusi työntekijä" + NL + NL +
     "Sukunimi: " + m(N, "Väisänen-Kokkonen") + NL +
     "Etunimet: " + m(N, "Aino Helmi Maria") + NL +
     "Henkilötunnus: " + m(ID, "150377-325E") + NL +
     "Lähiosoite: " + m(A, "Hämeenkatu 21 B 14, 33200 Tampere") + NL +
     "Puhelin: " + m(P, "040 718 2293") + NL +
     "Sähköposti: " + m(E, "aino.vaisanen@kolumbus.fi") + NL +
     "Tilinumero: " + m(I, "FI59 7003 1675 6905 75") + NL +
     "Lähiomainen: " + m(N, "Petteri Kokkonen") + " (puoliso), " + m(P, "050 339 8140")),

    ("ticket", "fi", False,
     "Tukipyyntö #FI-20931 — Verkkopankkitunnukset lukittu" + NL +
     "Asiakas: " + m(N, "Jukka-Pekka Heikkinen") + ", asiakasnro 4471902" + NL + NL +
     "Asiakas soitti klo 8.42. Tunnistettiin henkilötunnuksella " + m(ID, "110762-056J") + " ja syntymäajalla " + m(D, "11.7.1962") + ". "
     "Viimeisin kirjautuminen IP-osoitteesta " + m(IP, "91.152.78.204") + " 22.3. klo 23.15, asiakas ei tunnista. "
     "Tunnukset nollattu, uudet postitetaan osoitteeseen " + m(A, "Rantatie 8, 90500 Oulu") + ". Käsittelijä: " + m(N, "Minna R.")),

    ("irc_log", "fi", False,
     "[21:04] <" + m(N, "tuomasv") + "> moi, onko kellään kokemusta tuosta uudesta Home Assistant 2024.4:stä?" + NL +
     "[21:05] <" + m(N, "karhu") + "> joo, päivitin eilen, zigbee meni sekaisin" + NL +
     "[21:06] <" + m(N, "tuomasv") + "> mulla sama. koordinaattori on verkossa, mac " + m(MAC, "7c:87:ce:2b:40:1f") + " ja ip " + m(IP, "192.168.1.57") + NL +
     "[21:07] <" + m(N, "karhu") + "> poista laite ja paritta uudelleen, ja päivitä firmis ensin"),

    ("news", "fi", True,
     "Sibelius-viikko alkaa Lahdessa" + NL +
     "Sinfonia Lahti esittää Jean Sibeliuksen kaikki seitsemän sinfoniaa Sibeliustalossa 5.–8. syyskuuta. Kapellimestarina toimii Dalia Stasevska. "
     "Liput 25–68 €, opiskelijoille −50 %. Mannerheimintien ja Runebergin esplanadin kulmassa sijaitseva lipunmyynti on auki arkisin."),

    ("invoice_negative", "fi", True,
     "LASKU — Tampereen Sähkölaitos Oy" + NL +
     "Laskun numero 7301144892 · Viitenumero 12345 67891 23 · Eräpäivä 28.05.2024" + NL +
     "Käyttöpaikka 643007 · Mittari 0918273 · Sähkön kulutus 1.4.–30.4.2024 412 kWh × 8,49 snt/kWh" + NL +
     "Perusmaksu 4,90 €/kk · ALV 24 % · Yhteensä 41,87 €. Maksa e-laskulla tai verkkopankissa."),
]

# ====================================================================== Turkish
cases += [
    ("ticket", "tr", False,
     "Destek Talebi #TR-448120 — Kargo teslim edilmedi" + NL +
     "Müşteri: " + m(N, "Zeynep Gül Aydoğan") + NL +
     "T.C. Kimlik No: " + m(ID, "83179144232") + NL +
     "Teslimat adresi: " + m(A, "Bağdat Cad. No: 214 D: 9, Caddebostan Mah., 34728 Kadıköy/İstanbul") + NL +
     "Cep: " + m(P, "0532 418 27 90") + NL + NL +
     "Not (" + m(N, "Emre K.") + "): Kargo firması teslim edildi diyor ama imza başkasına ait (\"" + m(N, "Hüseyin") + "\" yazıyor, apartman görevlisi olabilir). "
     "Müşteri iade talep ediyor; ödeme kredi kartı ile yapılmış, kart sahibi " + m(N, "Mehmet Aydoğan") + "."),

    ("whatsapp", "tr", False,
     "[03.05.2024 19:12] " + m(N, "Burak Şahin") + ": abi yarın maç var mı" + NL +
     "[03.05.2024 19:14] " + m(N, "Ozan") + ": var, halı saha 21:00, Çiçek Spor Tesisleri" + NL +
     "[03.05.2024 19:15] " + m(N, "Burak Şahin") + ": tamam. saha parası kime" + NL +
     "[03.05.2024 19:16] " + m(N, "Ozan") + ": " + m(N, "Serkan") + "'a at, IBAN " + m(I, "TR10 1340 4065 5020 9868 8101 11") + " " + m(N, "Serkan Yılmaz") + NL +
     "[03.05.2024 19:16] " + m(N, "Ozan") + ": kişi başı 150 tl" + NL +
     "[03.05.2024 19:30] " + m(N, "Burak Şahin") + ": gönderdim 👍"),

    ("hr_letter", "tr", False,
     "İŞE GİRİŞ BİLDİRGESİ — Personel Bilgi Formu" + NL + NL +
     "Adı Soyadı: " + m(N, "Elif Nur Karaca") + NL +
     "T.C. Kimlik No: " + m(ID, "30198603998") + NL +
     "Doğum Tarihi / Yeri: " + m(D, "08.02.1995") + " / Konya" + NL +
     "Anne Adı: " + m(N, "Hatice") + "   Baba Adı: " + m(N, "Mustafa") + NL +
     "İkamet Adresi: " + m(A, "Atatürk Bulvarı No: 133/7, Kızılay, 06420 Çankaya/Ankara") + NL +
     "GSM: " + m(P, "+90 505 771 42 16") + "   E-posta: " + m(E, "elifnur.karaca@hotmail.com") + NL +
     "Maaş IBAN: " + m(I, "TR02 1973 7072 2851 4233 9048 68")),

    ("config", "tr", False,
     "# settings_prod.py — Sipariş servisi" + NL +
     "DEBUG = False" + NL +
     "ALLOWED_HOSTS = [\"siparis.anadolumarket.com.tr\"]" + NL +
     "DATABASES = {\"default\": {\"ENGINE\": \"django.db.backends.postgresql\", \"NAME\": \"siparis\", \"USER\": \"siparis_app\", \"PASSWORD\": \"" + m(K, "Kapadokya#2023!x") + "\", \"HOST\": \"" + m(IP, "10.8.1.22") + "\"}}" + NL +
     "IYZICO_SECRET_KEY = \"" + m(K, "sandbox-Qm3Vb8xTz1pLr6Kw9YnH2sDf4gJc7aE0") + "\"" + NL +
     "# TODO(" + m(N, "cagatay") + "): bunu env'e taşı, " + m(N, "Selin") + " hanım uyardı"),

    ("news", "tr", True,
     "Galatasaray, Fenerbahçe derbisinde 1-0 kazandı" + NL +
     "Rams Park'ta oynanan karşılaşmanın tek golünü 42. dakikada Mauro Icardi attı. Okan Buruk'un öğrencileri puanını 99'a yükseltti. "
     "Maçı 52.000 taraftar izledi; hakem Halil Umut Meler'di. Lig'in son haftası 26 Mayıs Pazar günü oynanacak."),

    ("recipe", "tr", True,
     "Karnıyarık (4 kişilik)" + NL +
     "6 adet kemer patlıcan, 300 g dana kıyma, 2 soğan, 3 sivri biber, 2 domates, 1 yemek kaşığı biber salçası." + NL +
     "Patlıcanları alacalı soyup kızartın. İç harcı hazırlayın, patlıcanları yarıp doldurun. 180 °C fırında 25 dakika pişirin. Pilav ve cacıkla servis edin."),

    ("legal_text", "tr", True,
     "6698 sayılı Kişisel Verilerin Korunması Kanunu, Madde 6 — Özel nitelikli kişisel veriler" + NL +
     "Resmî Gazete tarih: 07.04.2016, sayı: 29677. Kurul Karar No: 2018/10, Esas No: 2024/331. "
     "Veri sorumlusu sicil numarası (VERBİS) örnek formatı: 0000-0000-0000. Ticaret Sicil No: 875421. Mersis No: 0123456789012345."),
]

# ====================================================================== Romanian
cases += [
    ("form", "ro", False,
     "CERERE DE ELIBERARE A CĂRȚII DE IDENTITATE" + NL + NL +
     "Nume: " + m(N, "POPA") + "     Prenume: " + m(N, "Ioana-Cristina") + NL +
     "CNP: " + m(ID, "2910130406949") + NL +
     "Data nașterii: " + m(D, "30.01.1991") + "     Locul nașterii: București, Sector 4" + NL +
     "Domiciliul: " + m(A, "Str. Nerva Traian nr. 3, bl. M101, sc. 2, et. 5, ap. 48, sector 3, București, cod 031041") + NL +
     "Telefon: " + m(P, "0722 518 304") + NL +
     "Actul de identitate anterior: CI " + m(ID, "RT 418273") + ", expirat la 30.01.2024"),

    ("email", "ro", False,
     "De la: " + m(N, "Mihai-Alexandru Ionescu") + " <" + m(E, "mihai.ionescu@clujtech.ro") + ">" + NL +
     "Către: " + m(N, "Ana Maria Dumitrescu") + NL +
     "Subiect: Re: Rambursare cheltuieli deplasare Iași" + NL + NL +
     "Bună " + m(N, "Ana") + "," + NL + NL +
     "Am atașat bonurile. Te rog să faci plata în contul " + m(I, "RO27 BRDE 9961 7821 4927 4566") + " (BRD, titular " + m(N, "Mihai-Alexandru Ionescu") + "). "
     "Pentru contabilitate, CNP-ul meu este " + m(ID, "1830624126685") + "." + NL + NL +
     "Mulțumesc," + NL + m(N, "Mihai") + NL + "Senior Developer · ClujTech SRL · " + m(A, "Str. Memorandumului 28, 400114 Cluj-Napoca") + NL + NL +
     "> On 12.04.2024 10:03, " + m(N, "Ana Maria Dumitrescu") + " wrote:" + NL +
     "> Salut, trimite-mi te rog IBAN-ul și bonurile până vineri."),

    ("sql_dump", "ro", False,
     "-- pg_dump: baza de date camin_studentesc, tabela public.studenti" + NL +
     "COPY public.studenti (id, nume, prenume, cnp, data_nasterii, telefon, email, camera) FROM stdin;" + NL +
     "311" + T + m(N, "Stoica") + T + m(N, "Darius-Andrei") + T + m(ID, "5040311224643") + T + m(D, "2004-03-11") + T + m(P, "0745 220 918") + T + m(E, "darius.stoica@student.uaic.ro") + T + "C3-214" + NL +
     "312" + T + m(N, "Munteanu") + T + m(N, "Bianca") + T + m(ID, "2671002128878") + T + m(D, "1967-10-02") + T + m(P, "+40 264 591 220") + T + "\\N" + T + "B1-007" + NL +
     "313" + T + m(N, "Rusu") + T + m(N, "Ștefan") + T + m(ID, "1580419405749") + T + m(D, "1958-04-19") + T + "\\N" + T + m(E, "stefan.rusu58@yahoo.ro") + T + "—" + NL +
     "\\."),

    ("chat", "ro", False,
     "[Teams] Canal: #suport-clienti" + NL +
     m(N, "Răzvan Georgescu") + " 11:02: clientul " + m(N, "Constantin Văduva") + " iar a sunat, zice că nu i-a venit factura de gaz" + NL +
     m(N, "Oana") + " 11:05: ce adresă avem pe contract?" + NL +
     m(N, "Răzvan Georgescu") + " 11:06: " + m(A, "Aleea Trandafirilor nr. 7, Sat Mogoșoaia, Comuna Mogoșoaia, jud. Ilfov, 077135") + NL +
     m(N, "Oana") + " 11:07: ah, pe factură e nr. 17. corectez acum, spune-i că o retrimitem pe " + m(E, "costel.vaduva@gmail.com") + NL +
     m(N, "Răzvan Georgescu") + " 11:07: mersi " + m(N, "oana") + " 🙏"),
]

cases += [
    ("news", "ro", True,
     "Festivalul George Enescu 2025 își anunță programul" + NL +
     "Ediția a XXVII-a va avea loc între 24 august și 21 septembrie la Ateneul Român și Sala Palatului. "
     "Orchestra Filarmonicii din Berlin, dirijată de Kirill Petrenko, deschide festivalul cu Simfonia a 9-a de Beethoven. "
     "Abonamentele costă între 250 și 1.800 de lei. Strada Mihai Eminescu va fi închisă traficului în serile de concert."),

    ("product_sheet", "ro", True,
     "Fișă tehnică — Centrală termică Ariston Clas One 24 kW" + NL +
     "Cod produs: 3301046 · Cod EAN: 8059573012345 · Clasa de eficiență A (încălzire), A (ACM)." + NL +
     "Presiune maximă circuit încălzire: 3 bar. Tensiune 230 V / 50 Hz. Număr de serie: pe plăcuța de timbru, format 2204-xxxxxxx. "
     "Garanție 5 ani cu punere în funcțiune prin service autorizat. Certificat CE 0085CS0013."),

    ("invoice_negative", "ro", True,
     "Factura fiscală seria ENG nr. 00482117 din 05.03.2024" + NL +
     "Furnizor: Engie Romania SA, CUI RO13093222, J40/5447/2000" + NL +
     "Cod loc de consum: 5001234567 · Cod client: 2004118872 · Perioada: 01.02–29.02.2024" + NL +
     "Consum: 118 mc × 0,31 lei/kWh · Total de plată: 412,56 lei · Scadență: 04.04.2024. Plata prin ghișeele Poștei Române sau online."),
]

# ====================================================================== Czech
cases += [
    ("form", "cs", False,
     "PŘIHLÁŠKA K ZDRAVOTNÍMU POJIŠTĚNÍ — Všeobecná zdravotní pojišťovna" + NL + NL +
     "Příjmení: " + m(N, "Nováková") + "     Jméno: " + m(N, "Kateřina") + NL +
     "Rodné číslo: " + m(ID, "785312/2079") + NL +
     "Datum narození: " + m(D, "12. 3. 1978") + NL +
     "Trvalý pobyt: " + m(A, "Vinohradská 1511/230, 100 00 Praha 10 – Strašnice") + NL +
     "Telefon: " + m(P, "+420 603 418 227") + "     E-mail: " + m(E, "katerina.novakova@seznam.cz") + NL +
     "Předchozí pojišťovna: ČPZP (205), ukončeno 31. 12. 2023"),

    ("email", "cs", False,
     "Od: " + m(N, "Ondřej Dvořák") + " <" + m(E, "ondrej.dvorak@brnosoft.cz") + ">" + NL +
     "Komu: " + m(N, "Lucie Procházková") + NL +
     "Předmět: Re: přístup do Jiry a na staging" + NL + NL +
     "Ahoj " + m(N, "Lucko") + "," + NL + NL +
     "staging běží na " + m(IP, "10.30.7.19") + ", přístup přes SSH s tvým klíčem. Do Jiry tě přidal " + m(N, "Honza") + ". "
     "Token pro CI, co jsi chtěla (prosím ulož do trezoru, ne do Slacku): " + m(K, "glpat-Xr7kQ2mNv9Lw4TzB8pYs") + NL + NL +
     "Díky," + NL + m(N, "Ondra") + NL + m(P, "+420 777 112 908") + NL + NL +
     "Dne 15. 4. 2024 v 9:41 " + m(N, "Lucie Procházková") + " napsal(a):" + NL +
     "> Ahoj, potřebovala bych přístup na staging a token pro GitLab CI. Díky, L."),

    ("invoice", "cs", False,
     "FAKTURA — DAŇOVÝ DOKLAD č. 2024018" + NL + NL +
     "Dodavatel: Ing. " + m(N, "Jaroslav Kučera") + " — projekční kancelář" + NL +
     m(A, "Masarykova 427/31, 602 00 Brno") + NL +
     "IČO: 71834521   DIČ: " + m(ID, "CZ8403276079") + NL +
     "Tel.: " + m(P, "541 212 870") + NL + NL +
     "Odběratel: " + m(N, "Zdeňka Horáková") + NL +
     m(A, "Na Výsluní 12, 664 34 Kuřim") + NL + NL +
     "Předmět: projektová dokumentace pro stavební povolení — rodinný dům, parc. č. 1873/4, k. ú. Kuřim" + NL +
     "Základ 38 000 Kč, DPH 21 % 7 980 Kč, celkem 45 980 Kč" + NL +
     "Splatnost: 30. 4. 2024   Variabilní symbol: 2024018" + NL +
     "Číslo účtu: " + m(I, "CZ28 6917 5844 2037 6303 6703")),

    ("chat", "cs", False,
     "WhatsApp — skupina „Chata Šumava 🌲“" + NL +
     "[18.06.24 20:11] " + m(N, "Petr Hájek") + ": tak kdo jede v pátek? potřebuju vědět kvůli klíčům" + NL +
     "[18.06.24 20:13] " + m(N, "Marketa") + ": já a " + m(N, "Vojta") + ", přijedem kolem 18h" + NL +
     "[18.06.24 20:20] " + m(N, "Petr Hájek") + ": ok, adresa pro navigaci: " + m(A, "Zadov 83, 384 73 Stachy") + NL +
     "[18.06.24 20:21] " + m(N, "Petr Hájek") + ": a kdyby něco, soused pan " + m(N, "Šimek") + " má náhradní klíč, tel. " + m(P, "606 331 470") + NL +
     "[18.06.24 20:25] " + m(N, "Marketa") + ": super, díky " + m(N, "peťo") + " 👍"),
]

cases += [
    ("news", "cs", True,
     "Smetanova Litomyšl letos uvede Prodanou nevěstu v novém nastudování" + NL +
     "Festival se koná od 12. června do 6. července na zámeckém nádvoří. Vstupenky od 390 Kč. "
     "Zahajovací koncert řídí Jakub Hrůša s Českou filharmonií. Ulice Bedřicha Smetany bude v den zahájení uzavřena od 17:00."),

    ("product_manual", "cs", True,
     "Návod k obsluze — Škoda Octavia IV (NX), modelový rok 2024" + NL +
     "VIN se nachází pod čelním sklem vlevo (17 znaků, např. TMBxxxxxxxxxxxxxx). Motor 2.0 TDI 110 kW, kód motoru DTRD. "
     "Tlak pneumatik 225/45 R17: 2,4 bar vpředu, 2,2 bar vzadu. Servisní interval: 30 000 km nebo 2 roky. Olej VW 507 00, 5W-30."),

    ("legal_text", "cs", True,
     "Nález Ústavního soudu sp. zn. Pl. ÚS 19/22 ze dne 1. 2. 2023" + NL +
     "Ústavní soud návrh na zrušení § 89 odst. 2 zákona č. 110/2019 Sb., o zpracování osobních údajů, zamítl. "
     "Publikováno ve Sbírce zákonů pod č. 77/2023 Sb. ECLI:CZ:US:2023:Pl.US.19.22.1."),
]

# ====================================================================== Irish (ga)
cases += [
    ("email", "ga", False,
     "Ó: " + m(N, "Caoimhe Nic Giolla Bhríde") + " <" + m(E, "caoimhe.nicgiollabhride@gmail.com") + ">" + NL +
     "Chuig: " + m(E, "oifig@gaelscoilnaspeire.ie") + NL +
     "Ábhar: Clárú – " + m(N, "Oisín Ó Dálaigh") + ", Naíonáin Bheaga 2024/25" + NL + NL +
     "A chara," + NL + NL +
     "Ba mhaith liom mo mhac, " + m(N, "Oisín") + ", a chlárú do Mheán Fómhair. Rugadh é ar an " + m(D, "14 Márta 2020") + ". "
     "Is é a Uimhir PSP ná " + m(ID, "0189024V") + ". Ár seoladh: " + m(A, "12 Bóthar na Trá, An Spidéal, Co. na Gaillimhe, H91 T2C8") + "." + NL + NL +
     "Is féidir glaoch orm ar " + m(P, "086 331 4420") + " nó ar a athair, " + m(N, "Tadhg Ó Dálaigh") + ", ar " + m(P, "087 912 0583") + "." + NL + NL +
     "Le gach dea-ghuí," + NL + m(N, "Caoimhe")),

    ("form", "ga", False,
     "FOIRM IARRATAIS — Deontas Tithíochta (Comhairle Contae Dhún na nGall)" + NL +
     "Ainm an iarratasóra: " + m(N, "Pádraig Mac Suibhne") + NL +
     "Uimhir PSP: " + m(ID, "6174923D") + "     Dáta breithe: " + m(D, "02/11/1961") + NL +
     "Seoladh: " + m(A, "Baile an Chnoic, Gort an Choirce, Leitir Ceanainn, Co. Dhún na nGall, F92 K7W3") + NL +
     "Uimhir IBAN le haghaidh íocaíochta: " + m(I, "IE29 AIBK 0860 5420 6116 68")),

    ("news", "ga", True,
     "Oireachtas na Gaeilge 2024 i gCill Airne" + NL +
     "Beidh Oireachtas na Samhna ar siúl in Óstán an Gleneagle ó 30 Deireadh Fómhair go 3 Samhain. Bronnfar Corn Uí Riada ar an amhránaí sean-nóis is fearr. "
     "Tá ticéid ar fáil ó €15. Ceiliúrfar freisin 200 bliain ó rugadh Peadar Ó Laoghaire agus saothar Sheosaimh Uí Éanaí."),
]

# ====================================================================== Icelandic (is)
cases += [
    ("hr_record", "is", False,
     "Starfsmannaskrá — Nýr starfsmaður" + NL +
     "Nafn: " + m(N, "Guðrún Ósk Sigurðardóttir") + NL +
     "Kennitala: " + m(ID, "170488-1569") + NL +
     "Heimilisfang: " + m(A, "Laugavegur 58b, 3. hæð, 101 Reykjavík") + NL +
     "Sími: " + m(P, "+354 862 4417") + NL +
     "Netfang: " + m(E, "gudrun.osk@simnet.is") + NL +
     "Bankareikningur: " + m(I, "IS24 2470 5289 5386 4321 0613 44") + NL +
     "Næsti aðstandandi: " + m(N, "Sigurður Þór Jónsson") + " (faðir), " + m(P, "894 2210")),

    ("chat", "is", False,
     "[14:20] " + m(N, "Einar") + ": hæ " + m(N, "bjössi") + ", ertu búinn að senda reikninginn til " + m(N, "Hildar") + "?" + NL +
     "[14:22] " + m(N, "Björn Ragnarsson") + ": já, sendi á " + m(E, "hildur.kristjansdottir@internet.is") + " í morgun" + NL +
     "[14:23] " + m(N, "Einar") + ": flott. kennitalan hennar er " + m(ID, "041162-4309") + " ef bókhaldið spyr"),

    ("tourism", "is", True,
     "Gullni hringurinn — dagsferð frá Reykjavík" + NL +
     "Brottför kl. 08:30 frá BSÍ. Þingvellir (um 1 klst.), Geysir og Strokkur (gýs á 5–10 mínútna fresti), Gullfoss. "
     "Heimkoma um kl. 17:00. Verð 12.900 kr. Leiðsögn á íslensku og ensku. Munið hlý föt; hiti í dag 4 °C, vindur 12 m/s. Hnit Gullfoss: 64.3271° N, 20.1199° W."),
]

# ====================================================================== Hungarian (hu)
cases += [
    ("letter", "hu", False,
     "Nemzeti Egészségbiztosítási Alapkezelő — Értesítés" + NL + NL +
     m(N, "Kovácsné Szabó Erzsébet") + " részére" + NL +
     m(A, "Budapest, Váci út 76. III. em. 12." + NL + "1133") + NL + NL +
     "Tisztelt " + m(N, "Kovácsné Szabó Erzsébet") + "!" + NL + NL +
     "Tájékoztatjuk, hogy a " + m(ID, "973 846 122") + " TAJ-számhoz tartozó jogviszonyát 2024. március 1-jei hatállyal rendeztük. "
     "Születési dátum a nyilvántartásunkban: " + m(D, "1969. 05. 21.") + ". Kérdés esetén ügyintézője " + m(N, "Tóth Gábor") + ", telefon: " + m(P, "+36 1 298 2210") + "." + NL + NL +
     "Budapest, 2024. április 3."),

    ("invoice", "hu", False,
     "SZÁMLA — sorszám: BK-2024/0317" + NL +
     "Eladó: " + m(N, "Horváth Levente") + " egyéni vállalkozó, " + m(A, "6720 Szeged, Kárász utca 9. 2/5.") + NL +
     "Adóazonosító jel: " + m(ID, "8431725907") + NL + NL +
     "Vevő: " + m(N, "Farkas Dóra") + ", " + m(A, "6723 Szeged, Csongor tér 3.") + NL +
     "Tétel: esküvői fotózás, 8 óra ............ 240 000 Ft (AAM)" + NL +
     "Fizetés átutalással: " + m(I, "HU42 1078 1126 2305 8038 7592 9371")),

    ("news", "hu", True,
     "Liszt Ferenc Nemzetközi Repülőtér: új járatok nyáron" + NL +
     "A budapesti repülőtér 2024 nyarán 14 új úti céllal bővül. A Wizz Air W6 2381-es járata heti háromszor repül Dubajba. "
     "A 2B terminál felújítása 3,2 milliárd forintba kerül. Az Andrássy úton és a Petőfi hídon 8 és 10 óra között forgalomkorlátozás várható."),

    ("recipe", "hu", True,
     "Gulyásleves (6 személyre)" + NL +
     "80 dkg marhalábszár, 2 fej vöröshagyma, 3 gerezd fokhagyma, 2 ek szegedi édes pirospaprika, 1 tk köménymag, 4 burgonya, 2 sárgarépa, csipetke." + NL +
     "A hagymát zsíron üvegesre pároljuk, hozzáadjuk a húst és a paprikát, felöntjük 2,5 l vízzel. 1,5 óra főzés után jöhet a zöldség. Gundel Károly szakácskönyve szerint."),
]

# ====================================================================== Greek (el)
cases += [
    ("form", "el", False,
     "ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ — Δημοτικός Παιδικός Σταθμός Καλαμαριάς" + NL + NL +
     "Ονοματεπώνυμο γονέα: " + m(N, "Παπαδοπούλου Αικατερίνη") + " του " + m(N, "Γεωργίου") + NL +
     "ΑΔΤ: " + m(ID, "ΑΚ 482193") + "     ΑΦΜ: " + m(ID, "612330663") + NL +
     "Διεύθυνση: " + m(A, "Εθνικής Αντιστάσεως 114, 551 34 Καλαμαριά, Θεσσαλονίκη") + NL +
     "Κινητό: " + m(P, "694 712 3380") + "     Email: " + m(E, "k.papadopoulou@otenet.gr") + NL + NL +
     "Στοιχεία παιδιού: " + m(N, "Νικόλαος Παπαδόπουλος") + ", ημερ. γέννησης " + m(D, "14/02/2021") + ", ΑΜΚΑ " + m(ID, "14022134168")),

    ("email", "el", False,
     "Από: " + m(N, "Δημήτρης Κωνσταντινίδης") + " <" + m(E, "d.konstantinidis@aegeanlogistics.gr") + ">" + NL +
     "Προς: " + m(N, "Ελένη Μαυρίδη") + NL +
     "Θέμα: RE: Μισθοδοσία Μαΐου" + NL + NL +
     "Καλημέρα " + m(N, "Ελένη") + "," + NL + NL +
     "ο νέος συνάδελφος, " + m(N, "Σταύρος Αλεξίου") + ", μου έδωσε τα στοιχεία του: ΑΜΚΑ " + m(ID, "02079620007") + ", ΑΦΜ " + m(ID, "970587155") +
     ", IBAN " + m(I, "GR16 6777 8661 2303 8306 6000 444") + ". Παρακαλώ πέρασέ τα στο σύστημα πριν το κλείσιμο." + NL + NL +
     "Ευχαριστώ," + NL + m(N, "Δημήτρης") + NL + "Aegean Logistics Α.Ε. · " + m(A, "Ακτή Μιαούλη 47, 185 36 Πειραιάς") + " · " + m(P, "210 429 1187")),

    ("tourism", "el", True,
     "Οδηγός Ακρόπολης" + NL +
     "Ώρες λειτουργίας: 08:00–20:00 (Απρίλιος–Οκτώβριος). Εισιτήριο 20 €. Η είσοδος από την οδό Διονυσίου Αρεοπαγίτου. "
     "Ο Παρθενώνας χτίστηκε επί Περικλή (447–432 π.Χ.) με γλύπτη τον Φειδία. Το Μουσείο Ακρόπολης βρίσκεται 300 μ. νότια. Μετρό: στάση «Ακρόπολη», γραμμή 2."),

    ("product_manual", "el", True,
     "Οδηγίες χρήσης — Κλιματιστικό Inventor Comfort CMVI-12WF/CMVO-12" + NL +
     "Ψυκτική ικανότητα 12.000 BTU/h, ψυκτικό R32 (0,55 kg). Κωδικός σφάλματος E5: υπέρταση. "
     "Ο σειριακός αριθμός (S/N) βρίσκεται στο πλάι της εσωτερικής μονάδας. Εγγύηση 5 έτη στον συμπιεστή. Έκδοση λογισμικού 1.0.7."),
]

# ====================================================================== Russian (ru)
cases += [
    ("hr_record", "ru", False,
     "АНКЕТА СОТРУДНИКА" + NL + NL +
     "Фамилия, имя, отчество: " + m(N, "Кузнецова Анастасия Игоревна") + NL +
     "Дата рождения: " + m(D, "19.09.1990") + ", г. Нижний Новгород" + NL +
     "Паспорт: серия и номер " + m(ID, "22 15 604817") + ", выдан ГУ МВД России по Нижегородской обл. 03.10.2015" + NL +
     "СНИЛС: " + m(ID, "006-636-214 28") + "     ИНН: " + m(ID, "453832364047") + NL +
     "Адрес регистрации: " + m(A, "603005, г. Нижний Новгород, ул. Большая Покровская, д. 37, кв. 12") + NL +
     "Мобильный телефон: " + m(P, "+7 (910) 384-27-16") + NL +
     "Эл. почта: " + m(E, "a.kuznetsova90@yandex.ru")),

    ("telegram", "ru", False,
     m(N, "Дима Орлов") + ", [11.03.2024 22:41]" + NL + "кто-нибудь знает, почему бот перестал отвечать?" + NL + NL +
     m(N, "Sergey K") + ", [11.03.2024 22:43]" + NL + "токен протух наверное. " + m(N, "@lenka_dev") + " ты же его перевыпускала?" + NL + NL +
     m(N, "Лена Соколова") + ", [11.03.2024 22:50]" + NL + "да, вот новый, положите в .env и удалите сообщение: " + m(K, "6874215509:AAHq7Zx-2LmPb9Tk4RvWc8sYdN3fJ1oQeU0") + NL + NL +
     m(N, "Дима Орлов") + ", [11.03.2024 22:52]" + NL + "спасибо, " + m(N, "Лен") + ", заработало"),

    ("letter", "ru", False,
     "Генеральному директору ООО «СеверСтройИнвест»" + NL + "от " + m(N, "Петрова Виктора Николаевича") + "," + NL +
     "проживающего по адресу: " + m(A, "197198, Санкт-Петербург, Большой пр. П.С., д. 54/2, лит. А, кв. 31") + "," + NL +
     "тел. " + m(P, "8 921 640-17-83") + NL + NL +
     "ПРЕТЕНЗИЯ" + NL + NL +
     "12 февраля 2024 г. по договору долевого участия № ДДУ-2219/К мне была передана квартира с дефектами (трещины в стяжке, промерзание оконных блоков). "
     "Прошу в течение 10 дней устранить недостатки либо возместить расходы в размере 186 400 руб. на мой счёт в ПАО Сбербанк." + NL + NL +
     "04.03.2024                    " + m(N, "В. Н. Петров")),

    ("news", "ru", True,
     "В Большом театре покажут новую постановку «Евгения Онегина»" + NL +
     "Премьера оперы Петра Чайковского по роману Александра Пушкина состоится 22 мая на Исторической сцене. "
     "Билеты от 3 500 до 25 000 рублей поступят в продажу 1 апреля. Станция метро «Театральная», выход на Театральную площадь. Продолжительность спектакля — 3 часа 20 минут."),

    ("tech_doc", "ru", True,
     "Инструкция по настройке роутера Keenetic Giga (KN-1011)" + NL +
     "1. Подключите кабель провайдера в порт 0. 2. Откройте веб-интерфейс my.keenetic.net. 3. Задайте пароль администратора (не менее 8 символов; не используйте «admin» или «12345678»). "
     "Версия KeeneticOS: 4.1.2. Серийный номер указан на наклейке (формат S2xxxxxxxxxxx). ГОСТ Р 52459.17-2009."),
]

# ====================================================================== Ukrainian (uk)
cases += [
    ("form", "uk", False,
     "ЗАЯВА про призначення допомоги" + NL + NL +
     "Прізвище, ім'я, по батькові: " + m(N, "Шевчук Оксана Петрівна") + NL +
     "РНОКПП: " + m(ID, "7220033221") + NL +
     "Паспорт (ID-картка): № " + m(ID, "004817236") + NL +
     "Дата народження: " + m(D, "28.07.1983") + NL +
     "Адреса: " + m(A, "вул. Городоцька, буд. 174, кв. 9, м. Львів, 79022") + NL +
     "Телефон: " + m(P, "+380 67 412 55 80") + NL +
     "Рахунок для виплат: " + m(I, "UA66 0473 0327 3232 5209 0287 1072 4")),

    ("viber", "uk", False,
     "[08:15] " + m(N, "Тарас") + ": Доброго ранку! " + m(N, "Ірино") + ", скинь будь ласка номер картки для збору на дрон" + NL +
     "[08:17] " + m(N, "Ірина Бондаренко") + ": " + m(C, "5168 7450 1276 3394") + " (приват, " + m(N, "Бондаренко І.") + ")" + NL +
     "[08:18] " + m(N, "Тарас") + ": дякую, закинув 2000" + NL +
     "[08:40] " + m(N, "Олег Мельник") + ": я теж, і ще посилку відправив на Нову пошту, відділення №12, отримувач " + m(N, "Ірина") + ", " + m(P, "063 118 40 27")),

    ("news", "uk", True,
     "У Києві відкрили оновлений Музей Тараса Шевченка" + NL +
     "Після реконструкції експозиція на бульварі Тараса Шевченка займає 24 зали. Серед експонатів — прижиттєве видання «Кобзаря» 1840 року. "
     "Вхід 150 грн, для студентів 75 грн. Графік: вт–нд, 10:00–18:00. Найближча станція метро — «Театральна»."),

    ("tech_doc", "uk", True,
     "Дія: як поділитися цифровими документами" + NL +
     "Відкрийте застосунок, оберіть документ і натисніть «Поділитися». Буде згенеровано QR-код, дійсний 3 хвилини, або 16-значний код на кшталт XXXX-XXXX-XXXX-XXXX. "
     "Версія застосунку 4.12.0 (збірка 2024.05.2). Підтримуються Android 8.0+ та iOS 15+."),
]

# ====================================================================== Vietnamese (vi)
cases += [
    ("form", "vi", False,
     "PHIẾU ĐĂNG KÝ KHÁM BỆNH — Bệnh viện Bạch Mai" + NL + NL +
     "Họ và tên: " + m(N, "Nguyễn Thị Thu Hằng") + "     Giới tính: Nữ" + NL +
     "Ngày sinh: " + m(D, "05/11/1988") + NL +
     "Số CCCD: " + m(ID, "001188004512") + NL +
     "Số thẻ BHYT: " + m(ID, "DN4010120345678") + NL +
     "Địa chỉ: " + m(A, "Số 12, ngõ 45 phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội") + NL +
     "Điện thoại: " + m(P, "0912 345 078") + NL +
     "Người liên hệ khi cần: " + m(N, "Trần Văn Minh") + " (chồng), " + m(P, "0988 217 430")),

    ("zalo_chat", "vi", False,
     m(N, "Phạm Quang Huy") + " 20:14: " + m(N, "Linh") + " ơi gửi anh số tài khoản để chuyển tiền đặt cọc nhé" + NL +
     m(N, "Lê Mỹ Linh") + " 20:16: Vietcombank 0071001234567, chủ TK " + m(N, "LE MY LINH") + NL +
     m(N, "Lê Mỹ Linh") + " 20:16: nhà ở " + m(A, "88/14 Nguyễn Đình Chiểu, Phường Đa Kao, Quận 1, TP.HCM") + " nha anh" + NL +
     m(N, "Phạm Quang Huy") + " 20:20: ok em, anh chuyển rồi. mai anh qua xem phòng lúc 9h"),

    ("news", "vi", True,
     "Lễ hội pháo hoa quốc tế Đà Nẵng 2024 khai mạc" + NL +
     "Tối 8/6, DIFF 2024 khai mạc bên bờ sông Hàn với chủ đề 'Vượt thời gian'. Đội Việt Nam và Phần Lan tranh tài đêm đầu tiên. "
     "Giá vé khán đài từ 1.000.000 đồng. Đường Bạch Đằng và cầu Trần Thị Lý cấm xe từ 17h. Dự kiến 200.000 lượt khách."),

    ("product_listing", "vi", True,
     "Điện thoại Xiaomi Redmi Note 13 Pro 8GB/256GB — Mã SP: 23117RA68G" + NL +
     "Giá: 7.290.000₫ (giảm 12%). Bảo hành 18 tháng chính hãng. IMEI hiển thị khi bấm *#06#. "
     "Trả góp 0% qua thẻ tín dụng. Mã giảm giá: SALE66 (hết hạn 30/06/2024)."),
]

# ====================================================================== Indonesian (id)
cases += [
    ("form", "id", False,
     "FORMULIR PEMBUKAAN REKENING — Bank Rakyat Indonesia" + NL + NL +
     "Nama lengkap (sesuai KTP): " + m(N, "Siti Rahmawati Nasution") + NL +
     "NIK: " + m(ID, "3174054708920003") + NL +
     "Tempat/Tgl. Lahir: Medan, " + m(D, "07-08-1992") + NL +
     "NPWP: " + m(ID, "09.254.294.3-407.000") + NL +
     "Alamat: " + m(A, "Jl. Kebon Sirih Raya No. 23, RT 005/RW 002, Kel. Kebon Sirih, Kec. Menteng, Jakarta Pusat 10340") + NL +
     "No. HP: " + m(P, "0812-8834-1207") + "     Email: " + m(E, "siti.rahma92@gmail.com") + NL +
     "Nama ibu kandung: " + m(N, "Nurhayati")),

    ("whatsapp", "id", False,
     "[15/04/24 07.02] Pak " + m(N, "Budi") + " RT 05: Selamat pagi warga, iuran keamanan bulan April Rp50.000 ya, transfer ke BCA 5271 0934 18 a.n. " + m(N, "Budi Santoso") + NL +
     "[15/04/24 07.10] " + m(N, "Rina Kusumawati") + ": siap pak. pak, lampu jalan depan rumah saya " + m(A, "Jl. Melati IV No. 17") + " mati lagi" + NL +
     "[15/04/24 07.15] " + m(N, "Dedi Gunawan") + ": sekalian pak, kalau ada tamu cari saya tolong telp " + m(P, "+62 857-1044-2398") + NL +
     "[15/04/24 07.21] Pak " + m(N, "Budi") + " RT 05: oke bu " + m(N, "Rina") + ", nanti saya lapor ke PLN"),

    ("news", "id", True,
     "Timnas Indonesia menang 2-0 atas Vietnam di Stadion Gelora Bung Karno" + NL +
     "Gol dicetak Egy Maulana Vikri menit ke-9 dan Ramadhan Sananta menit ke-48. Pelatih Shin Tae-yong memuji disiplin para pemain. "
     "Laga Kualifikasi Piala Dunia 2026 ini disaksikan 65.218 penonton. Jalan Jenderal Sudirman ditutup sementara pukul 17.00–23.00 WIB."),

    ("recipe", "id", True,
     "Rendang Daging Sapi (8 porsi)" + NL +
     "1 kg daging sapi has dalam, 1,5 l santan dari 3 butir kelapa, 5 lembar daun jeruk, 2 batang serai, 1 lembar daun kunyit, 2 lembar daun salam." + NL +
     "Bumbu halus: 15 cabai merah, 10 bawang merah, 6 bawang putih, 4 cm jahe, 4 cm lengkuas. Masak dengan api kecil 4–5 jam hingga kering. Resep Minang, Bukittinggi."),
]

# ====================================================================== Tagalog (tl)
cases += [
    ("messenger", "tl", False,
     m(N, "Mariel Dizon") + ": ate " + m(N, "joy") + " pa-send naman po ng details para sa padala" + NL +
     m(N, "Joy Villanueva-Reyes") + ": sige. " + m(N, "Josefina V. Reyes") + ", " + m(A, "Blk 7 Lot 12, Phase 2, Brgy. San Isidro, Cainta, Rizal 1900") + NL +
     m(N, "Joy Villanueva-Reyes") + ": cp ko " + m(P, "0917 552 8104") + NL +
     m(N, "Mariel Dizon") + ": salamat po! GCash na lang po ba? " + m(P, "0928 113 6407") + " po yung sakin" + NL +
     m(N, "Joy Villanueva-Reyes") + ": oo GCash na lang, ingat kayo ni kuya " + m(N, "Ramil") + " 🙏"),
]

cases += [
    ("hr_record", "tl", False,
     "PERSONAL DATA SHEET — Lungsod ng Quezon, Human Resource Management Office" + NL + NL +
     "Apelyido: " + m(N, "DELA CRUZ") + "   Pangalan: " + m(N, "Ma. Theresa") + "   Gitnang pangalan: " + m(N, "Santiago") + NL +
     "Petsa ng kapanganakan: " + m(D, "12/08/1990") + "   Lugar: Lungsod ng Quezon" + NL +
     "GSIS BP No.: " + m(ID, "2004871236") + "   PhilHealth No.: " + m(ID, "19-051284773-6") + NL +
     "TIN: " + m(ID, "412-885-302-000") + "   SSS No.: " + m(ID, "34-5678901-2") + NL +
     "Tirahan: " + m(A, "23 Kalye Maginhawa, Brgy. Teachers Village East, Quezon City 1101") + NL +
     "Cellphone: " + m(P, "+63 915 408 2271")),

    ("news", "tl", True,
     "Bagyong Aghon, lumakas habang papalapit sa Quezon" + NL +
     "Itinaas ng PAGASA ang Signal No. 2 sa Catanduanes at Camarines Norte. Ang bagyo ay may lakas na 75 km/h malapit sa gitna at bugso na hanggang 90 km/h. "
     "Kanselado ang mga biyahe sa pantalan ng Batangas. Walang pasok sa lahat ng antas sa Lungsod ng Lucena bukas, ayon sa anunsiyo noong 5:00 n.h."),
]

# ====================================================================== Swahili (sw)
cases += [
    ("sms_log", "sw", False,
     "M-PESA  QDF8H2K7L1 Imethibitishwa. Ksh2,500.00 imetumwa kwa " + m(N, "JOSEPH OTIENO") + " " + m(P, "0722 418 903") + " tarehe 3/4/24 saa 8:14 PM. Salio lako ni Ksh12,043.50." + NL +
     "[20:20] " + m(N, "Wanjiru Kamau") + ": " + m(N, "Joseph") + ", nimekutumia pesa ya kodi. Tafadhali nipe risiti." + NL +
     "[20:31] " + m(N, "Joseph Otieno") + ": Asante mama " + m(N, "Wanjiru") + ". Risiti nitaileta kesho. Kumbuka nyumba ni " + m(A, "Nyumba Na. 14, Mtaa wa Tom Mboya, Kisumu") + "."),

    ("form", "sw", False,
     "FOMU YA USAJILI WA MWANACHAMA — Chama cha Ushirika cha Akiba na Mikopo (SACCO)" + NL + NL +
     "Jina kamili: " + m(N, "Amina Said Mwinyi") + NL +
     "Nambari ya Kitambulisho: " + m(ID, "28451903") + "     KRA PIN: " + m(ID, "A012845193Z") + NL +
     "Tarehe ya kuzaliwa: " + m(D, "21/06/1987") + NL +
     "Anwani: " + m(A, "S.L.P. 45781-00100, Nairobi") + NL +
     "Simu: " + m(P, "+254 712 604 881") + "     Barua pepe: " + m(E, "amina.mwinyi@gmail.com") + NL +
     "Mrithi: " + m(N, "Hassan Said Mwinyi") + " (kaka), simu " + m(P, "0733 290 117")),

    ("news", "sw", True,
     "Mvua kubwa zaendelea kunyesha Pwani" + NL +
     "Idara ya Hali ya Hewa imetabiri mvua ya milimita 50 hadi 80 katika kaunti za Mombasa, Kilifi na Kwale kati ya tarehe 24 na 28 Aprili. "
     "Barabara ya Moi Avenue imefungwa kwa muda. Kimbunga Hidaya kinatarajiwa kupungua nguvu kabla ya kufika pwani ya Tanzania."),
]

# ====================================================================== Yoruba (yo)
cases += [
    ("letter", "yo", False,
     "Ìwé ìbéèrè fún àkáǹtì — Ilé-ìfowópamọ́ GTBank, ẹ̀ka Ìbàdàn" + NL + NL +
     "Orúkọ: " + m(N, "Adébáyọ̀ Olúwaṣeun Ọláńrewájú") + NL +
     "Ọjọ́ ìbí: " + m(D, "3 Oṣù Kẹta 1994") + NL +
     "NIN: " + m(ID, "48203917562") + "     BVN: " + m(ID, "22184730915") + NL +
     "Àdírẹ́sì: " + m(A, "No. 17, Òpópónà Agbowó, Ìbàdàn, Ìpínlẹ̀ Ọ̀yọ́") + NL +
     "Fóònù: " + m(P, "0803 472 1190") + NL +
     "Ẹni tí a lè kàn sí: " + m(N, "Fúnmiláyọ̀ Ọláńrewájú") + " (ìyá), " + m(P, "+234 805 318 2276")),

    ("proverbs", "yo", True,
     "Òwe Yorùbá fún ọ̀sẹ̀ yìí" + NL +
     "1. Àgbà kì í wà lọ́jà kí orí ọmọ títun wọ́. 2. Bí ọmọdé bá mọ ọwọ́ wẹ̀, á bá àgbà jẹun. " + NL +
     "Ẹ wá sí ìpàdé wa ní Ọjọ́ Àbámẹ́ta, 18 Oṣù Karùn-ún, ní aago mẹ́rin ìrọ̀lẹ́, ní gbọ̀ngàn Wọlé Ṣóyínká ti Yunifásítì Ìbàdàn."),
]

# ====================================================================== Arabic (ar)
cases += [
    ("form", "ar", False,
     "نموذج طلب تأشيرة عائلية — المملكة العربية السعودية" + NL + NL +
     "اسم مقدم الطلب: " + m(N, "عبد الرحمن بن خالد العتيبي") + NL +
     "رقم الهوية الوطنية: " + m(ID, "1266473782") + NL +
     "تاريخ الميلاد: " + m(D, "1985/04/17") + NL +
     "العنوان الوطني: " + m(A, "٣٢١٤ طريق الملك فهد، حي العليا، الرياض ١٢٢١٤") + NL +
     "الجوال: " + m(P, "+966 55 412 8830") + NL +
     "البريد الإلكتروني: " + m(E, "a.alotaibi85@hotmail.com") + NL +
     "الآيبان: " + m(I, "SA06 0596 3873 5966 0395 2118") + NL +
     "اسم الزوجة: " + m(N, "نورة محمد القحطاني") + "   رقم الجواز: " + m(ID, "T482913") ),

    ("email", "ar", False,
     "من: " + m(N, "منى عبد الفتاح") + " <" + m(E, "mona.abdelfattah@nileholding.com.eg") + ">" + NL +
     "إلى: قسم الموارد البشرية" + NL +
     "الموضوع: تحديث بيانات الموظف " + m(N, "أحمد سمير الشافعي") + NL + NL +
     "الزملاء الأعزاء،" + NL +
     "برجاء تحديث بيانات الأستاذ " + m(N, "أحمد سمير الشافعي") + " كما يلي: الرقم القومي " + m(ID, "28807232101935") + "، العنوان الجديد " +
     m(A, "١٤ شارع جامعة الدول العربية، الدور الخامس، شقة ١٠، المهندسين، الجيزة") + "، ورقم المحمول " + m(P, "0100 482 7731") + "." + NL + NL +
     "مع التحية،" + NL + m(N, "منى")),

    ("news", "ar", True,
     "افتتاح المتحف المصري الكبير جزئياً أمام الزوار" + NL +
     "يضم المتحف قرب أهرامات الجيزة أكثر من ١٠٠ ألف قطعة أثرية، أبرزها كنوز الملك توت عنخ آمون وتمثال رمسيس الثاني في البهو العظيم. "
     "سعر التذكرة ١٢٠٠ جنيه للأجانب. يقع المتحف على طريق القاهرة–الإسكندرية الصحراوي، على بعد ٢ كم من هضبة الأهرامات."),

    ("product_manual", "ar", True,
     "دليل المستخدم — مكيف سبليت جري Pular بقدرة 18000 وحدة" + NL +
     "رقم الموديل: GWC18AGD-D6NNA1A. كفاءة الطاقة EER ١١٫٥. كود الخطأ E1: ضغط عالٍ. "
     "الرقم التسلسلي مطبوع على الوحدة الخارجية. الضمان ١٠ سنوات على الكمبروسر. لخدمة العملاء استخدم التطبيق أو الموقع الرسمي."),
]

# ====================================================================== Hebrew (he)
cases += [
    ("email", "he", False,
     "מאת: " + m(N, "נועה בן-דוד") + " <" + m(E, "noa.bendavid@walla.co.il") + ">" + NL +
     "אל: " + m(E, "office@rozen-law.co.il") + NL +
     "נושא: מסמכים לתיק ירושה" + NL + NL +
     "שלום עו״ד " + m(N, "רוזן") + "," + NL +
     "מצורפים צילום תעודת הזהות שלי (מס' " + m(ID, "257212845") + ") ושל אחי " + m(N, "איתי בן-דוד") + " (מס' " + m(ID, "415840248") + "). "
     "הכתובת למשלוח דואר: " + m(A, "רחוב הרצל 56, דירה 8, רמת גן 5225418") + ". הטלפון שלי " + m(P, "052-784-1163") + "." + NL + NL +
     "תודה," + NL + m(N, "נועה")),

    ("bank_form", "he", False,
     "טופס הוראת קבע — בנק לאומי" + NL +
     "שם בעל החשבון: " + m(N, "יוסף אלמוג") + NL +
     "ת.ז.: " + m(ID, "304117922") + NL +
     "IBAN: " + m(I, "IL64 5086 0261 2835 4323 521") + NL +
     "כתובת: " + m(A, "שדרות בן גוריון 12, חיפה 3465712") + NL +
     "המוטב: ועד הבית, אסמכתא 118/24, סכום חודשי 250 ש״ח"),

    ("news", "he", True,
     "התזמורת הפילהרמונית הישראלית חוגגת 88 שנה" + NL +
     "בקונצרט החגיגי בהיכל התרבות בתל אביב תנגן התזמורת את הסימפוניה השנייה של מאהלר בניצוח לאהב שני. "
     "הכרטיסים יעלו בין 150 ל-450 ש״ח. שדרות רוטשילד ייסגרו לתנועה בין השעות 19:00 ל-23:30."),
]

# ====================================================================== Chinese (zh)
cases += [
    ("express_order", "zh", False,
     "顺丰速运 电子运单" + NL +
     "运单号：SF1428839027611" + NL +
     "寄件人：" + m(N, "王晓燕") + "  " + m(P, "138 1024 7735") + NL +
     "寄件地址：" + m(A, "北京市朝阳区建国路88号SOHO现代城5号楼1203室") + NL +
     "收件人：" + m(N, "陈志强") + "  " + m(P, "+86 159 2077 4816") + NL +
     "收件地址：" + m(A, "广东省深圳市南山区科技园南区高新南七道18号深大源大厦B座902") + NL +
     "托寄物：文件  保价：否  付款方式：寄付月结  月结卡号：7551234567"),

    ("hr_record", "zh", False,
     "员工入职登记表" + NL + NL +
     "姓名：" + m(N, "李梓涵") + "    性别：女    民族：汉" + NL +
     "出生日期：" + m(D, "1992年2月28日") + NL +
     "身份证号码：" + m(ID, "440306199202287482") + NL +
     "户籍地址：" + m(A, "广东省深圳市宝安区新安街道海旺社区宝兴路6号海滨广场2栋1506") + NL +
     "手机：" + m(P, "186 8827 3041") + "    邮箱：" + m(E, "lizihan0228@163.com") + NL +
     "紧急联系人：" + m(N, "李建国") + "（父亲）" + m(P, "0755-2683 4419") + NL +
     "工资卡：招商银行 " + m(C, "6225 8835 6230 1239") + "（请核对）"),

    ("wechat", "zh", False,
     "【群聊：3号楼业主群】" + NL +
     m(N, "张") + "阿姨：谁家的快递放错了？写的" + m(N, "刘洋") + "，3单元602" + NL +
     m(N, "Kevin刘洋") + "：是我的是我的！谢谢" + m(N, "张") + "阿姨🙏" + NL +
     "物业-" + m(N, "小周") + "：各位业主，本周六上午9点停水检修，预计11点恢复。有问题请联系" + m(N, "周") + "经理：" + m(P, "137 0191 2256") + NL +
     m(N, "赵磊") + "：收到"),

    ("news", "zh", True,
     "故宫博物院推出“千里江山”数字展" + NL +
     "北京故宫博物院于6月1日起在午门展厅推出北宋王希孟《千里江山图》数字展，展期三个月。门票60元，需提前七天在官方小程序预约。"
     "展厅位于东华门内，地铁1号线天安门东站B口步行约15分钟。据统计，2023年故宫接待观众1700万人次。"),

    ("product_listing", "zh", True,
     "华为 Mate 60 Pro 12GB+512GB 雅川青" + NL +
     "型号：ALN-AL00  产品编号：51097NQE  电池容量：5000mAh（典型值）" + NL +
     "支持北斗卫星消息；屏幕 6.82 英寸 OLED；HarmonyOS 4.0。售价：¥7,999。发货时间：付款后48小时内，顺丰包邮。"),
]

# ====================================================================== Japanese (ja)
cases += [
    ("form", "ja", False,
     "転入届（記入例ではありません）" + NL + NL +
     "氏名：" + m(N, "佐藤 美咲") + "（さとう みさき）" + NL +
     "生年月日：" + m(D, "平成5年7月14日") + NL +
     "新住所：" + m(A, "〒150-0043 東京都渋谷区道玄坂二丁目10番7号 新大宗ビル3号館 1203号室") + NL +
     "旧住所：" + m(A, "〒530-0001 大阪府大阪市北区梅田一丁目3番1-800号") + NL +
     "個人番号（マイナンバー）：" + m(ID, "0364 2621 2999") + NL +
     "電話番号：" + m(P, "090-4418-2276") + NL +
     "世帯主：" + m(N, "佐藤 健太") + "（夫）"),

    ("email", "ja", False,
     "件名：Re: 面接日程のご連絡" + NL +
     "差出人：" + m(N, "高橋 悠斗") + " <" + m(E, "yuto.takahashi@gmail.com") + ">" + NL +
     "宛先：株式会社ミライテック 人事部 " + m(N, "山本") + "様" + NL + NL +
     m(N, "山本") + "様" + NL + NL +
     "お世話になっております。" + m(N, "高橋") + "です。" + NL +
     "4月18日（木）14時からの二次面接、承知いたしました。当日は" + m(A, "東京都千代田区丸の内1-9-2 グラントウキョウサウスタワー 21階") + "に伺います。" + NL +
     "念のため携帯番号をお知らせいたします：" + m(P, "080-3127-6604") + NL + NL +
     "何卒よろしくお願い申し上げます。" + NL + NL +
     m(N, "高橋 悠斗") + NL + NL +
     "> " + m(N, "高橋") + "様" + NL +
     "> 二次面接を4月18日14時より実施いたします。ご都合をお知らせください。" + NL +
     "> 株式会社ミライテック 人事部 " + m(N, "山本 恵理子")),

    ("log", "ja", False,
     "2024-05-09 10:22:41.118 JST [web-03] INFO  ログイン成功 user_id=4481207 login=" + m(N, "k.nakamura") + " ip=" + m(IP, "126.78.203.45") + NL +
     "2024-05-09 10:23:05.874 JST [web-03] WARN  配送先変更 user_id=4481207 新住所=\"" + m(A, "福岡県福岡市中央区天神2-5-28 天神ビル805") + "\" 電話=\"" + m(P, "092-711-4830") + "\"" + NL +
     "2024-05-09 10:23:06.002 JST [web-03] INFO  決済 order=JP-20240509-00871 card=****-****-****-4412 amount=¥12,800"),

    ("news", "ja", True,
     "東京都、隅田川花火大会の有料席を発表" + NL +
     "第47回隅田川花火大会は7月27日（土）19時から開催される。打ち上げ数は約2万発。有料観覧席は1席1万5000円で、6月10日から抽選受付。"
     "言問橋や駒形橋周辺は18時から交通規制。雨天時は翌日に順延。問い合わせは台東区役所観光課まで。"),

    ("tech_doc", "ja", True,
     "【手順書】社内Wi-Fi（SSID: CORP-5G）接続設定 Ver.2.3" + NL +
     "1. 設定 > ネットワーク > Wi-Fi を開く。2. 認証方式「PEAP / MSCHAPv2」を選択。3. ユーザー名には社員番号（例：E000000）、パスワードには社内ポータルのパスワードを入力。"
     "※パスワードをこの手順書に記入しないこと。証明書：CORP-ROOT-CA-2024（SHA-1 指紋は情報システム部のポータルで確認）。"),
]

# ====================================================================== Korean (ko)
cases += [
    ("form", "ko", False,
     "입사지원서" + NL + NL +
     "성명: " + m(N, "김서연") + " (金瑞妍)" + NL +
     "주민등록번호: " + m(ID, "880419-2781462") + NL +
     "생년월일: " + m(D, "1988년 4월 19일") + NL +
     "주소: " + m(A, "서울특별시 강남구 테헤란로 152, 12층 1204호 (역삼동)") + NL +
     "휴대전화: " + m(P, "010-4827-3915") + "   이메일: " + m(E, "seoyeon.kim88@naver.com") + NL +
     "비상연락처: " + m(N, "박준호") + " (배우자) " + m(P, "010-2291-6680")),

    ("kakaotalk", "ko", False,
     "[" + m(N, "이민준") + "] [오후 3:12] " + m(N, "민지") + "야 택배 주소 다시 보내줄래?" + NL +
     "[" + m(N, "정민지") + "] [오후 3:14] " + m(A, "부산광역시 해운대구 센텀중앙로 97, 103동 2201호") + NL +
     "[" + m(N, "정민지") + "] [오후 3:14] 받는 사람 " + m(N, "정민지") + " " + m(P, "010-7734-0218") + NL +
     "[" + m(N, "이민준") + "] [오후 3:15] ㅇㅋ 내일 보낼게"),

    ("news", "ko", True,
     "세종문화회관, 이순신 장군 탄신 479주년 기념 공연" + NL +
     "서울 세종대로 광화문광장 일대에서 4월 28일 기념식이 열린다. 국립국악관현악단이 '난중일기'를 주제로 한 창작곡을 초연한다. "
     "관람은 무료이며, 지하철 5호선 광화문역 2번 출구를 이용하면 된다. 당일 세종대로 일부 구간은 오후 2시부터 통제된다."),

    ("product_listing", "ko", True,
     "삼성전자 비스포크 AI 콤보 25kg/18kg WD25DB8995BZ" + NL +
     "모델명: WD25DB8995BZ · 에너지소비효율 1등급 · 출시 2024.03" + NL +
     "가격 3,890,000원, 카드 무이자 12개월. 배송 예정일: 주문 후 3~5일. 고객센터 운영시간 평일 09:00~18:00."),
]

# ====================================================================== Hindi (hi)
cases += [
    ("form", "hi", False,
     "केवाईसी आवेदन पत्र — भारतीय स्टेट बैंक, शाखा द्वारका सेक्टर 10" + NL + NL +
     "आवेदक का नाम: " + m(N, "सुनीता देवी शर्मा") + NL +
     "पिता/पति का नाम: " + m(N, "राजेश कुमार शर्मा") + NL +
     "जन्म तिथि: " + m(D, "15/08/1979") + NL +
     "आधार संख्या: " + m(ID, "6736 4520 8722") + "     पैन: " + m(ID, "BNZPS2501F") + NL +
     "पता: " + m(A, "फ्लैट 302, साईं कृपा अपार्टमेंट, प्लॉट 14, सेक्टर 12, द्वारका, नई दिल्ली 110075") + NL +
     "मोबाइल: " + m(P, "+91 98110 47263") + NL +
     "ईमेल: " + m(E, "sunita.sharma79@rediffmail.com")),

    ("whatsapp", "hi", False,
     "[22/03/24, 9:41 pm] " + m(N, "Rohit") + " Bhaiya" + ": " + m(N, "Ananya") + ", कल की ट्रेन का PNR भेज दो" + NL +
     "[22/03/24, 9:44 pm] " + m(N, "Ananya Iyer") + ": PNR 4521873906, 12951 राजधानी, B4 कोच, सीट 33 और 36" + NL +
     "[22/03/24, 9:45 pm] " + m(N, "Ananya Iyer") + ": स्टेशन पर अप्पा लेने आएंगे, उनका नंबर " + m(P, "94440 18327") + NL +
     "[22/03/24, 9:47 pm] " + m(N, "Rohit") + " Bhaiya" + ": ठीक है 👍 पहुंचकर कॉल करना"),

    ("news", "hi", True,
     "महात्मा गांधी मार्ग पर नई मेट्रो लाइन का उद्घाटन" + NL +
     "प्रधानमंत्री नरेंद्र मोदी ने रविवार को 12.4 किलोमीटर लंबी मेट्रो लाइन का उद्घाटन किया, जिसमें 9 स्टेशन हैं। किराया 10 से 40 रुपये के बीच होगा। "
     "सरदार वल्लभभाई पटेल चौक और इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे के बीच यात्रा का समय 45 मिनट से घटकर 18 मिनट हो जाएगा।"),

    ("recipe", "hi", True,
     "पनीर बटर मसाला (4 लोगों के लिए)" + NL +
     "सामग्री: 250 ग्राम पनीर, 4 टमाटर, 1 प्याज़, 10 काजू, 2 चम्मच मक्खन, 1 चम्मच कसूरी मेथी, 1/2 कप क्रीम, नमक स्वादानुसार।" + NL +
     "विधि: टमाटर-काजू की ग्रेवी 15 मिनट पकाएँ, पीसकर छान लें, मक्खन में मसाले डालें, पनीर मिलाकर 5 मिनट धीमी आँच पर पकाएँ।"),
]

# ====================================================================== Thai (th)
cases += [
    ("form", "th", False,
     "ใบสมัครสมาชิกสหกรณ์ออมทรัพย์" + NL + NL +
     "ชื่อ-นามสกุล: นางสาว" + m(N, "พิมพ์ชนก ศรีสวัสดิ์") + NL +
     "เลขประจำตัวประชาชน: " + m(ID, "1-1037-00234-56-0") + NL +
     "วันเกิด: " + m(D, "9 มีนาคม 2535") + NL +
     "ที่อยู่: " + m(A, "99/123 หมู่บ้านพฤกษา 12 ซอยรามอินทรา 40 แขวงนวลจันทร์ เขตบึงกุ่ม กรุงเทพฯ 10230") + NL +
     "โทรศัพท์: " + m(P, "081-447-2918") + NL +
     "ผู้รับผลประโยชน์: นาย" + m(N, "สมชาย ศรีสวัสดิ์") + " (บิดา)"),

    ("line_chat", "th", False,
     "Nong " + m(N, "Fah") + " 14:02: พี่" + m(N, "ต้น") + "คะ ส่งเลขบัญชีให้หน่อยค่ะ จะโอนค่าเสื้อ" + NL +
     m(N, "Ton Kittipong") + " 14:05: กสิกร 038-2-71945-6 " + m(N, "กิตติพงษ์ ใจดี") + " ครับ" + NL +
     m(N, "Ton Kittipong") + " 14:05: หรือพร้อมเพย์เบอร์ " + m(P, "089-551-3027") + " ก็ได้" + NL +
     "Nong " + m(N, "Fah") + " 14:09: โอนแล้วค่ะ 590 บาท ส่งของไปที่ " + m(A, "88/7 ถนนนิมมานเหมินท์ ซอย 9 ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200") + " นะคะ"),

    ("tourism", "th", True,
     "เที่ยวอยุธยา 1 วัน" + NL +
     "เริ่มที่วัดมหาธาตุ ชมเศียรพระในรากไม้ ต่อด้วยวัดพระศรีสรรเพชญ์และวิหารพระมงคลบพิตร ค่าเข้าชมวัดละ 50 บาท "
     "ช่วงเย็นล่องเรือรอบเกาะเมือง 1 ชั่วโมง 200 บาทต่อคน รถไฟขบวน 111 ออกจากสถานีกรุงเทพอภิวัฒน์ 07:00 น. ถึงอยุธยา 08:28 น."),
]

# ====================================================================== Extra documents (HTML, keys, code, notices) — mixed languages
cases += [
    ("html", "en", False,
     '<section class="team">' + NL +
     '  <h2>Your local team</h2>' + NL +
     '  <div class="card" itemscope itemtype="https://schema.org/Person">' + NL +
     '    <img src="/img/staff/bm-portland.jpg" alt="Portrait of ' + m(N, "Marguerite Hollis") + '">' + NL +
     '    <h3 itemprop="name">' + m(N, "Marguerite Hollis") + '</h3>' + NL +
     '    <p itemprop="jobTitle">Branch Manager</p>' + NL +
     '    <a href="mailto:' + m(E, "m.hollis@harbourcu.org") + '">' + m(E, "m.hollis@harbourcu.org") + '</a>' + NL +
     '    <a href="tel:' + m(P, "+12075550143") + '">' + m(P, "(207) 555-0143") + '</a>' + NL +
     '  </div>' + NL +
     '  <div class="card" itemscope itemtype="https://schema.org/Person">' + NL +
     '    <h3 itemprop="name">' + m(N, "Tobiah Quarles") + '</h3>' + NL +
     '    <p itemprop="jobTitle">Mortgage Advisor (NMLS #1840277)</p>' + NL +
     '    <a href="mailto:' + m(E, "tquarles@harbourcu.org") + '">Email ' + m(N, "Tobiah") + '</a> · <span>' + m(P, "207-874-3316") + ' ext. 204</span>' + NL +
     '  </div>' + NL +
     '  <address>Harbour Credit Union, ' + m(A, "411 Fore Street, Portland, ME 04101") + '</address>' + NL +
     '</section>'),

    ("html", "de", False,
     "<h2>Vorstand des TSV Grünwald 1911 e.V.</h2>" + NL +
     "<table>" + NL +
     "  <tr><th>Funktion</th><th>Name</th><th>Telefon</th><th>E-Mail</th></tr>" + NL +
     "  <tr><td>1. Vorsitzender</td><td>" + m(N, "Maximilian Freiherr von Aretin") + "</td><td>" + m(P, "089 641 82 207") + "</td><td>" + m(E, "vorsitz@tsv-gruenwald.de") + "</td></tr>" + NL +
     "  <tr><td>Kassenwartin</td><td>" + m(N, "Brigitte Obermaier") + "</td><td>" + m(P, "0172 8841 093") + "</td><td>" + m(E, "b.obermaier@t-online.de") + "</td></tr>" + NL +
     "  <tr><td>Jugendleiter</td><td>" + m(N, "Kemal Arslan") + "</td><td>–</td><td>" + m(E, "jugend@tsv-gruenwald.de") + "</td></tr>" + NL +
     "</table>" + NL +
     "<p>Postanschrift: c/o " + m(N, "Brigitte Obermaier") + ", " + m(A, "Tölzer Straße 9, 82031 Grünwald") + "</p>"),
]

cases += [
    ("github_issue", "en", False,
     "### Deploy key rejected after upgrading to 2.41 #1187" + NL + NL +
     "**" + m(N, "haruto-dev") + "** opened this issue on Mar 4" + NL + NL +
     "After upgrading, `git fetch` from the runner fails with `Permission denied (publickey)`. Here's the key the runner uses, in case the format is the problem:" + NL + NL +
     "```" + NL +
     m(K, "-----BEGIN OPENSSH PRIVATE KEY-----" + NL +
       "b3BlbnNzaC1rZXktdjEAIpHYzcMQQR5+wnN4pmHJNRh8B+TVY26bw8QAsnJEuM06l/Ea5l" + NL +
       "EHBQamigLw4WGvN/hsuQeHOMNw8H6NO1g7rTjCdfNK7QVq1uqO7KQZL6H+udxLHr5V5bj5" + NL +
       "toDv92yB1OmrME1Ilvnhf9jwgWSW2gh6Pr7MZ2qqLF2M4bPGrLxfFnCpghvHKYXXZF59uw" + NL +
       "d4C0602fudl5RkpSsrgDr7A8UziuvcjDtng1jz2JNadehEqIyb9boBYsjb0vTi8L2DzyGE" + NL +
       "-----END OPENSSH PRIVATE KEY-----") + NL +
     "```" + NL + NL +
     "**" + m(N, "mkowalczyk") + "** commented on Mar 4 · Maintainer" + NL + NL +
     m(N, "@haruto-dev") + " please revoke that key right now, it's a private key and this repo is public. I've hidden your comment. "
     "The 2.41 change is that `ssh-rsa` with SHA-1 signatures is disabled; generate an ed25519 key instead."),
]

cases += [
    ("html", "en", True,
     '<!doctype html>' + NL + '<html lang="en"><head><title>Contact us – Northwind Kettles</title>' + NL +
     '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Earl Grey Kettle 1.7L","sku":"NWK-1700-EG","gtin13":"5056175912345","offers":{"@type":"Offer","price":"49.99","priceCurrency":"GBP"}}</script>' + NL +
     '</head><body>' + NL +
     '<form action="/contact" method="post">' + NL +
     '  <label>Your name <input name="name" placeholder="e.g. Jane Doe"></label>' + NL +
     '  <label>Email <input type="email" name="email" placeholder="you@example.com"></label>' + NL +
     '  <label>Order number <input name="order" placeholder="NW-000000" pattern="NW-[0-9]{6}"></label>' + NL +
     '  <input type="hidden" name="csrf" value="{{ csrf_token }}">' + NL +
     '  <button>Send</button>' + NL + '</form>' + NL +
     '<footer>© 2024 Northwind Kettles Ltd · Company no. 09876543 · VAT GB 123 4567 89</footer></body></html>'),

    ("source_code", "en", True,
     "import hashlib" + NL + "import re" + NL + "import uuid" + NL + NL +
     "EMAIL_RE = re.compile(r\"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$\", re.I)" + NL +
     "MAX_RETRIES = 5" + NL + "DEFAULT_TIMEOUT = 30.0  # seconds" + NL + NL + NL +
     "def anonymise(email: str, salt: bytes) -> str:" + NL +
     "    \"\"\"Return a stable pseudonym, e.g. anonymise('alice@example.com', b'x') -> 'u_3f2a9c1e'.\"\"\"" + NL +
     "    if not EMAIL_RE.match(email):" + NL +
     "        raise ValueError(\"not an e-mail address\")" + NL +
     "    return \"u_\" + hashlib.sha256(salt + email.lower().encode()).hexdigest()[:8]" + NL + NL + NL +
     "def new_request_id() -> str:" + NL +
     "    return str(uuid.uuid4())  # e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427" + NL),

    ("dockerfile", "fr", False,
     "# Dockerfile — image de build du front (équipe Paiements)" + NL +
     "FROM node:20-alpine AS build" + NL +
     "WORKDIR /app" + NL +
     "# FIXME(" + m(N, "lgirard") + ") : le registre privé exige une auth, à sortir dans un secret BuildKit" + NL +
     "RUN npm config set registry " + m(U, "https://deploy-front:Zq4t9LmW2xVb@nexus.paiements-interne.fr/repository/npm-group/") + NL +
     "ENV NPM_TOKEN=" + m(K, "npm_8fKq2LwX7vRt4NzY1bMc9PdE3sJh6GaU0oTi") + NL +
     "COPY package*.json ./" + NL +
     "RUN npm ci && npm run build" + NL +
     "LABEL maintainer=\"" + m(N, "Laurent Girard") + " <" + m(E, "laurent.girard@paiements-interne.fr") + ">\""),

    ("log", "it", True,
     "2024-06-12 02:00:01,004 INFO  [backup-scheduler] job=nightly-pg avvio, host=db-replica-2.milano.dc, utente=svc_backup" + NL +
     "2024-06-12 02:14:37,882 INFO  [backup-scheduler] dump completato: 48.3 GiB, sha256=9e107d9d372bb6826bd81d3542a419d6e1c5b2f0a8f4e3d2c1b0a9f8e7d6c5b4" + NL +
     "2024-06-12 02:14:38,017 WARN  [retention] 3 snapshot oltre i 35 giorni rimossi (id 7731, 7732, 7733)" + NL +
     "2024-06-12 02:15:02,440 INFO  [s3-upload] bucket=bk-prod-eu-south-1 key=pg/2024/06/12/base.tar.zst richiesta=7c9e6679-7425-40de-944b-e07fc1f90ae7" + NL +
     "2024-06-12 02:21:55,118 INFO  [backup-scheduler] job=nightly-pg terminato con esito OK in 00:21:54"),

    ("privacy_notice", "nl", True,
     "Privacyverklaring — Huisartsenpraktijk De Linde" + NL +
     "Wij verwerken de volgende persoonsgegevens: naam, adres, geboortedatum, burgerservicenummer (BSN), telefoonnummer, e-mailadres en medische gegevens. "
     "De grondslag is artikel 6 lid 1 sub c AVG en artikel 9 lid 2 sub h AVG; het gebruik van het BSN is verplicht op grond van de Wet gebruik BSN in de zorg. "
     "Wij bewaren dossiers 20 jaar (art. 7:454 BW). Klachten kunt u indienen bij de Autoriteit Persoonsgegevens. Versie 3.1, vastgesteld op 1 januari 2024."),

    ("booking", "es", False,
     "IBERIA — Confirmación de reserva  ·  Localizador: 5JKQ8T" + NL + NL +
     "Pasajeros" + NL +
     "  Sr. " + m(N, "Álvaro Domínguez Llorente") + " — Pasaporte " + m(ID, "PAB123784") + " — Fecha de nacimiento " + m(D, "21/04/1982") + " — Iberia Plus IB 48213377" + NL +
     "  Sra. " + m(N, "Carmen Ruiz Benítez") + " — NIE " + m(ID, "Z7981135W") + " — Fecha de nacimiento " + m(D, "03/12/1984") + NL + NL +
     "Vuelos" + NL +
     "  IB 3166  MAD 10:35 → LIS 10:50  12 JUL  Turista  Asientos 14A, 14B" + NL +
     "  IB 3169  LIS 19:10 → MAD 21:25  19 JUL  Turista  Asientos 09C, 09D" + NL + NL +
     "Contacto de emergencia: " + m(N, "Rocío Domínguez") + ", " + m(P, "+34 657 228 914") + NL +
     "Pago: VISA ····7728 — Titular " + m(N, "ÁLVARO DOMÍNGUEZ LLORENTE") + NL +
     "Facturación online disponible 24 h antes de la salida en iberia.com."),
]

cases += [
    ("form_example", "ja", True,
     "【記入例】住民票の写し等交付請求書" + NL +
     "請求者氏名：山田 太郎（ヤマダ タロウ）　生年月日：昭和○年○月○日" + NL +
     "住所：○○県○○市○○町1-2-3　電話番号：000-0000-0000" + NL +
     "※上記は記入例です。実際の請求書には、ご本人の情報を楷書でご記入ください。手数料は1通300円です。マイナンバー（個人番号）の記載を希望する場合は、□にチェックしてください。"),

    ("tsv", "en", False,
     "registration_id" + T + "full_name" + T + "email" + T + "dietary" + T + "tshirt" + T + "emergency_contact" + NL +
     "REG-0412" + T + m(N, "Ifeoma Chukwu") + T + m(E, "ifeoma.chukwu@unilag.edu.ng") + T + "vegetarian" + T + "M" + T + m(N, "Obinna Chukwu") + " " + m(P, "+234 802 331 6604") + NL +
     "REG-0413" + T + m(N, "Lars-Erik Åberg") + T + m(E, "lars-erik.aberg@kth.se") + T + "none" + T + "L" + T + m(P, "+46 73 912 44 08") + NL +
     "REG-0414" + T + m(N, "Whitney Yazzie") + T + m(E, "wyazzie@navajotech.edu") + T + "gluten-free" + T + "S" + T + m(N, "Darlene Yazzie") + " (mom) " + m(P, "928-871-2290") + NL +
     "REG-0415" + T + m(N, "Nguyễn Bảo Châu") + T + m(E, "chau.nguyen@hcmus.edu.vn") + T + "halal" + T + "S" + T + "—"),

    ("explainer", "sv", True,
     "Så är personnumret uppbyggt" + NL +
     "Ett svenskt personnummer skrivs ÅÅMMDD-NNNK, där de tre N-siffrorna är ett födelsenummer (udda för män, jämnt för kvinnor) och K en kontrollsiffra enligt Luhn-algoritmen. "
     "Den som fyllt 100 år får ett plustecken i stället för bindestreck. Samordningsnummer har 60 adderat till födelsedagen. Organisationsnummer börjar med 16 i tolvsiffrig form, t.ex. 16XXXXXX-XXXX."),

    ("config", "fi", False,
     "# /etc/postfix/sasl_passwd — vain root:lla lukuoikeus" + NL +
     "# ylläpitäjä: " + m(N, "Janne Lehtonen") + ", " + m(P, "044 219 7735") + NL +
     "[smtp.elisa.fi]:587    " + m(E, "laskutus@kahvilasiilinjarvi.fi") + ":" + m(K, "Pulla&Kahvi2024") + NL +
     "# vanha, poistettu 2024-01-10:" + NL +
     "# [smtp.gmail.com]:587 " + m(E, "kahvila.siilinjarvi@gmail.com") + ":" + m(K, "xqvmzrjtplkwbnsd")),

    ("release_notes", "de", True,
     "Änderungsprotokoll — Kassensystem „Gutenberg POS“ 7.3.0 (Build 7300.2211)" + NL +
     "- TSE-Anbindung gemäß KassenSichV aktualisiert (BSI-TR-03153, Zertifikat BSI-K-TR-0490-2023)." + NL +
     "- Fehler #5512 behoben: Z-Bon zeigte bei Datum 29.02.2024 den 01.03.2024." + NL +
     "- Neue Zahlart „Kauf auf Rechnung“; Standardtext: „Zahlbar innerhalb von 14 Tagen ohne Abzug.“" + NL +
     "- Beispielkonfiguration: kasse.ini → [DB] user=<benutzer> password=<passwort>" + NL +
     "SHA-1 des Installers: 3f786850e387550fdab836ed7e6dc881de23001b"),
]

# ====================================================================== More positives: leases, tax forms, connection strings, card leaks
cases += [
    ("dhcp_leases", "en", False,
     "# /var/lib/dhcp/dhcpd.leases — exported for ticket NET-3318 (user reports duplicate IP)" + NL +
     "lease " + m(IP, "10.44.8.131") + " {" + NL +
     "  starts 3 2024/04/10 07:58:11;" + NL + "  ends 3 2024/04/10 19:58:11;" + NL +
     "  hardware ethernet " + m(MAC, "d8:bb:c1:07:5e:2a") + ";" + NL +
     "  client-hostname \"DESKTOP-7G2K1QF\";" + NL + "}" + NL +
     "lease " + m(IP, "10.44.8.132") + " {" + NL +
     "  starts 3 2024/04/10 08:02:47;" + NL + "  ends 3 2024/04/10 20:02:47;" + NL +
     "  hardware ethernet " + m(MAC, "f4:5c:89:b3:10:e7") + ";" + NL +
     "  client-hostname \"iPad-3\";" + NL + "}" + NL +
     "# reporter: " + m(N, "Grace Achterberg") + ", ext. 4471 — her laptop is the first lease"),

    ("tax_form", "en", False,
     "Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number and Certification" + NL + NL +
     "1 Name (as shown on your income tax return): " + m(N, "Rosario Delgado-Whitfield") + NL +
     "2 Business name/disregarded entity name, if different: Delgado Translation Services" + NL +
     "3a Federal tax classification: [X] Individual/sole proprietor" + NL +
     "5 Address (number, street, and apt. or suite no.): " + m(A, "7420 W Camelback Rd, Apt 2117") + NL + "6 City, state, and ZIP code: " + m(A, "Phoenix, AZ 85033") + NL + NL +
     "Part I  Taxpayer Identification Number (TIN)" + NL +
     "Social security number: " + m(S, "526-83-1049") + NL +
     "Employer identification number: (blank)" + NL + NL +
     "Signature of U.S. person: /s/ " + m(N, "Rosario Delgado-Whitfield") + "    Date: 04/02/2024"),

    ("config", "de", False,
     "# application-prod.properties (Warenwirtschaft, Filiale Kassel)" + NL +
     "spring.datasource.url=jdbc:mariadb://" + m(IP, "10.0.12.5") + ":3306/wawi" + NL +
     "spring.datasource.username=wawi_app" + NL +
     "spring.datasource.password=" + m(K, "Ahle-Wurscht#1990") + NL +
     "spring.rabbitmq.addresses=" + m(U, "amqp://kasse:S3cr3t!Lager@rabbit01.intern.wawi-kassel.de:5672") + NL +
     "app.mail.from=" + m(E, "bestellung@feinkost-hessen.de") + NL +
     "# Ansprechpartner Betrieb: " + m(N, "Dennis Rühl") + NL +
     "server.port=8443"),

    ("env_file", "pt", False,
     "# .env (backend da loja) — NÃO versionar!" + NL +
     "PORT=3333" + NL +
     "MONGODB_URI=" + m(U, "mongodb+srv://loja_admin:Acai%40Tigela2024@cluster0.x8k2q.mongodb.net/loja?retryWrites=true&w=majority") + NL +
     "JWT_SECRET=" + m(K, "4f9c2b7e81d06a35c9e1f4b2a7d08c63e5b91f2a") + NL +
     "MERCADOPAGO_ACCESS_TOKEN=" + m(K, "APP_USR-5528114907731462-041015-9b7c2e1f4a8d3b6c0e5f9a2d7c1b4e8f-1384920571") + NL +
     "ADMIN_EMAIL=" + m(E, "rafaela.moura@lojadarafa.com.br") + NL +
     "# criado por " + m(N, "Rafaela") + " em 10/04"),

    ("phone_order", "ja", False,
     "電話注文メモ（受付：" + m(N, "松本") + "）2024/03/21 15:40" + NL +
     "お客様：" + m(N, "藤原 直樹") + " 様" + NL +
     "お届け先：" + m(A, "〒460-0008 愛知県名古屋市中区栄3-15-33 栄ガスビル 7F") + NL +
     "電話：" + m(P, "052-261-7384") + NL +
     "商品：特選和牛すき焼きセット（4人前）×1　¥21,600" + NL +
     "お支払い：JCB " + m(C, "3528 6639 2332 1469") + "　有効期限 09/27" + NL +
     "備考：のし（御祝）、お名前「" + m(N, "藤原") + "」。カード番号は決済後にシュレッダー処理すること。"),

    ("webhook_log", "es", False,
     "2024-05-02T11:48:19Z pasarela-pagos ERROR fallo de tokenización, reintentando con payload crudo:" + NL +
     "{\"event\":\"charge.failed\",\"amount\":18990,\"currency\":\"EUR\",\"card\":{\"number\":\"" + m(C, "378819736993566") + "\",\"exp\":\"11/26\",\"holder\":\"" + m(N, "MONTSERRAT VILAPLANA") + "\"}," +
     "\"billing\":{\"line1\":\"" + m(A, "Carrer de Mallorca, 401, 4t 2a, 08013 Barcelona") + "\"},\"email\":\"" + m(E, "montse.vilaplana@telefonica.net") + "\",\"ip\":\"" + m(IP, "83.44.127.201") + "\"}" + NL +
     "2024-05-02T11:48:20Z pasarela-pagos WARN PAN en claro en logs — abrir incidencia PCI (PCI-2024-019)"),

    ("ticket", "ko", False,
     "[고객문의 #KR-77120] 결제 오류 문의" + NL +
     "작성자: " + m(N, "최유나") + " (" + m(E, "yuna.choi@kakao.com") + ")" + NL +
     "연락처: " + m(P, "010-3382-9051") + NL + NL +
     "안녕하세요. 어제 주문(주문번호 20240414-008812)에서 결제가 두 번 된 것 같습니다. 카드번호는 " + m(C, "4327-2951-8175-6044") + " 이고, 국민카드입니다. 한 건 취소 부탁드립니다." + NL + NL +
     "└ 상담원 " + m(N, "한지훈") + ": 고객님, 카드번호 전체는 보안상 기재하지 않으셔도 됩니다. 중복 승인 건은 3영업일 내 자동 취소됩니다."),

    ("jira_comment", "en", False,
     "OPS-2207 · Scanner uploads failing on 3rd floor" + NL + NL +
     m(N, "Marisol Quintero") + " added a comment — 11/Apr/24 4:52 PM" + NL +
     "The Ricoh is configured with " + m(U, "ftp://scan2folder:Kx82!scan@10.1.4.20/incoming") + " but the FTP service on that box was decommissioned last week. "
     "Can we point it at the new file server instead? Its MAC is " + m(MAC, "00:26:73:5A:C4:19") + " if you need to reserve an address." + NL + NL +
     m(N, "Femi Adebanjo") + " added a comment — 12/Apr/24 9:10 AM" + NL +
     "Reserved " + m(IP, "10.1.4.61") + " and switched it to SMB. Also changed that password since it was just posted in a ticket, " + m(N, "@mquintero") + "."),
]

# ====================================================================== More hard negatives
cases += [
    ("tutorial", "en", True,
     "## Reading the ARP table" + NL + NL +
     "On Linux, run `ip neigh`. You'll see something like:" + NL + NL +
     "```" + NL +
     "192.0.2.1 dev eth0 lladdr 00:00:5e:00:53:01 REACHABLE" + NL +
     "198.51.100.23 dev eth0 lladdr 00:00:5e:00:53:af STALE" + NL +
     "2001:db8::1 dev eth0 lladdr 00:00:5e:00:53:02 router REACHABLE" + NL +
     "```" + NL + NL +
     "The 00:00:5e:00:53:xx range is reserved for documentation (RFC 7042), just like 192.0.2.0/24 and 2001:db8::/32 (RFC 5737, RFC 3849). "
     "Replace them with the values from your own network. A MAC has 48 bits written as six hex octets; an EUI-64 has eight."),

    ("safety_datasheet", "de", True,
     "SICHERHEITSDATENBLATT gemäß Verordnung (EG) Nr. 1907/2006 — Ethanol 96 % vergällt" + NL +
     "Abschnitt 1: Produktnummer 1.00971.2500 · Version 5.2 · Überarbeitet am 11.01.2024" + NL +
     "Abschnitt 3: CAS-Nr. 64-17-5 · EG-Nr. 200-578-6 · Index-Nr. 603-002-00-5 · REACH-Reg.-Nr. 01-2119457610-43-XXXX" + NL +
     "Abschnitt 2: H225 Flüssigkeit und Dampf leicht entzündbar. P210, P233, P403+P235." + NL +
     "Abschnitt 14: UN 1170, Klasse 3, Verpackungsgruppe II. Flammpunkt 13 °C. Giftnotruf: siehe Abschnitt 1.4 (Landesinformationszentrale)."),
]

emit("blind9", cases)
