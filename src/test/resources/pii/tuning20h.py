"""Development corpus tuning20h: realistic documents in 20 languages, with many hard negatives.

Run: python3 tuning20h.py > corpus-tuning20h.jsonl
"""
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

TAB = "\t"


def L(*lines):
    return NL.join(lines)


cases = [
    # ================================================================ English (US / UK), positives
    ("ticket", "en", False, L(
        "Ticket #48213 | Priority: High | Channel: Phone",
        "Agent: " + m(N, "kbrooks"),
        "Caller: " + m(N, "Dana Whitfield") + ", verified with DOB " + m(D, "07/22/1981") + " and SSN " + m(S, "412-68-3390"),
        "Issue: 1099-INT was mailed to the old address. Customer moved to " +
        m(A, "2218 Maple Grove Ave, Columbus, OH 43215") + " in January.",
        "Callback: " + m(P, "(614) 382-7719") + " after 5pm ET.",
        "Resolution: mailing address updated, form reissued, no fee.")),
    ("chat", "en", False, L(
        "#it-helpdesk",
        m(N, "mike.r") + "  10:02 AM  hey " + m(N, "anna") + ", can you whitelist " + m(N, "devon") + "'s laptop for the vpn?",
        m(N, "anna.k") + "  10:03 AM  sure, need the wifi MAC",
        m(N, "mike.r") + "  10:04 AM  " + m(MAC, "3c:22:fb:91:7a:0e") + " - he's connecting from home, " + m(IP, "73.162.48.201"),
        m(N, "anna.k") + "  10:06 AM  done. tell him to reboot",
        m(N, "devon.p") + "  10:31 AM  works now, thanks both \U0001f64f")),
    ("form", "en", False, L(
        "NEW HIRE INFORMATION - CONFIDENTIAL",
        "Legal name: " + m(N, "Marcus T. Delgado"),
        "Social Security No.: " + m(S, "529-31-0847"),
        "Date of birth: " + m(D, "March 3, 1990"),
        "Home address: " + m(A, "87 Linden Street, Apt 4B, Somerville, MA 02143"),
        "Personal email: " + m(E, "marcus.delgado90@gmail.com"),
        "Emergency contact: " + m(N, "Rosa Delgado") + " (mother), " + m(P, "617-294-0382"),
        "Start date: 06/17/2024   Dept: Facilities   Badge: FAC-2291")),
    ("sql", "en", False, L(
        "INSERT INTO patients (id, full_name, ssn, dob, phone) VALUES",
        "(1021, '" + m(N, "Latoya Jenkins") + "', '" + m(S, "261-47-9053") + "', '" + m(D, "1976-11-08") + "', '" +
        m(P, "+1 404-829-1173") + "'),",
        "(1022, '" + m(N, "Trevor Haskins") + "', '" + m(S, "318-22-6714") + "', '" + m(D, "1988-02-29") + "', '" +
        m(P, "+1 770-315-4480") + "');")),
    ("code", "en", False, L(
        "# tests/conftest.py -- TODO move to vault before merge!!",
        "import os",
        "",
        "os.environ[\"AWS_ACCESS_KEY_ID\"] = \"" + m(K, "AKIANBXU0SF9D2IZEBK1") + "\"",
        "os.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"" + m(K, "DOio8F6dIfIFwNwUgBPmTi/EkQr8jy47f3lUf1A4") + "\"",
        "REPORTS_DB = \"" + m(U, "postgresql://svc_reports:Qm7!rT2vLx@db-prod-03.acme-int.net:5432/reports") + "\"",
        "SLACK_BOT_TOKEN = \"" + m(K, "xoxb-898236310353-9883657604276-FDNJFqExTdnDoqlnevxkrF7A") + "\"")),
    ("email", "en", False, L(
        "From: " + m(N, "Harriet Coleman") + " <" + m(E, "h.coleman@btinternet.com") + ">",
        "To: " + m(N, "Owen Pryce") + " <" + m(E, "owen@pryce-lettings.co.uk") + ">",
        "Subject: Re: deposit return",
        "",
        "Hi " + m(N, "Owen") + ",",
        "",
        "Thanks for confirming. Please send the cheque to my new address rather than the flat:",
        m(A, "14 Ashdown Road" + NL + "Reigate" + NL + "RH2 7BQ"),
        "",
        "If anything's unclear, my mobile is " + m(P, "07911 482306") + ".",
        "",
        "Best wishes,",
        m(N, "Harriet"),
        "",
        "> On 2 May, Pryce Lettings wrote:",
        "> The inspection went fine, just let us know where to post the cheque.")),
    ("claim", "en", False, L(
        "FIRST NOTICE OF LOSS - Auto",
        "Claim no.: AC-2024-118734   Policy: PAP 40-2281-9930",
        "Insured driver: " + m(N, "Robert Kowalczyk") + ", IL DL " + m(ID, "K420-9668-3107"),
        "Insured address: " + m(A, "3341 N Kedzie Ave, Chicago, IL 60618"),
        "Other party: " + m(N, "Samantha Ortiz") + ", IL DL " + m(ID, "O632-4185-9027") + ", tel. " + m(P, "(773) 640-2915"),
        "Location: intersection of W Belmont Ave and N Pulaski Rd, approx. 7:40 AM",
        "Description: OP rear-ended insured at red light. Police report filed with CPD, RD# JH-274519.",
        "Adjuster: " + m(N, "L. Fairbanks"))),
    ("booking", "en", False, L(
        "BOOKING REF QX7TLM   ISSUED 14APR24",
        " 1." + m(N, "OKAFOR/CHINEDU") + " MR   2." + m(N, "HALVORSEN/INGRID") + " MS",
        " 3 BA 762 Y 21MAY LHROSL HK2 0715 1020",
        " 4 SSR DOCS BA HK1 P/NGA/" + m(ID, "A09384716") + "/NGA/" + m(D, "12MAR85") + "/M/09NOV29/" + m(N, "OKAFOR/CHINEDU") + "/P1",
        " 5 SSR DOCS BA HK1 P/NOR/" + m(ID, "FM8240573") + "/NOR/" + m(D, "30JUL88") + "/F/21JAN31/" + m(N, "HALVORSEN/INGRID") + "/P2",
        " 6 APM " + m(P, "+47 915 38 204") + "/P2",
        " 7 TKT/TIME LIMIT 1.TAW14APR/")),
    ("log", "en", False, L(
        "Run actions/checkout@v4",
        "Syncing repository: acme/payments-api",
        "[command]/usr/bin/git remote add origin " +
        m(U, "https://x-access-token:ghp_MNaap8F2GqZGpqTwutqncf5wBSkrRroM06DK@github.com/acme/payments-api"),
        "[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --depth=1 origin +e68f5a44f63e485458cd70af54518537a8641778",
        "+ export HF_TOKEN=" + m(K, "hf_qx38BcSk5aqol2e8rhtBGHgHOHobB8kpZS"),
        "Warning: a secret was printed because 'set -x' is enabled in scripts/ci.sh")),
    ("review", "en", False, L(
        "\u2605\u2605\u2605\u2605\u2606  Quick trade-in, long queue",
        "Great service at the Elm Street store. " + m(N, "Jake") + " in the phone section sorted my trade-in in ten minutes "
        "and even moved my photos across. Only downside was waiting 20 min at the till.",
        "- " + m(N, "sarah_m82") + ", verified buyer")),
    ("csv", "en", False, L(
        "asset_tag,owner,model,wifi_mac,last_vpn_ip",
        "LT-0421," + m(N, "Priya Raman") + ",Dell Latitude 7440," + m(MAC, "f0:18:98:4b:2c:7e") + "," + m(IP, "98.207.113.54"),
        "LT-0422," + m(N, "Gareth Llewellyn") + ",MacBook Pro 14," + m(MAC, "a4:83:e7:1c:5d:92") + "," + m(IP, "86.142.57.210"),
        "LT-0423,(spare),Dell Latitude 7440,,")),
    ("code", "en", False, L(
        "@Test",
        "void refundsToOriginalCard() {",
        "    Customer c = new Customer(\"" + m(N, "Evelyn Marsh") + "\", \"" + m(E, "evelyn.marsh@fastmail.com") + "\");",
        "    Card card = new Card(\"" + m(C, "4316334742569308") + "\", YearMonth.of(2027, 5));",
        "    // copied from prod ticket SUP-8812, replace with a test PAN",
        "    assertThat(service.refund(c, card, Money.of(\"49.90\", \"USD\"))).isSuccessful();",
        "}")),
    ("report", "en", False, L(
        "TENANT SCREENING REPORT  #TS-77120",
        "Applicant: " + m(N, "Kevin Andrew Moreau"),
        "SSN: " + m(S, "604-18-2273") + "    DOB: " + m(D, "1985-09-14"),
        "Current address: " + m(A, "4410 Rainier Ave S, Apt 302, Seattle, WA 98118"),
        "Previous address: " + m(A, "917 E Pike St, Seattle, WA 98122"),
        "Phone: " + m(P, "(206) 718-4421"),
        "Employer: verified   Evictions: none   Result: APPROVED (score 712)")),
    ("transcript", "en", False, L(
        "AGENT: Thanks for calling Lakeside Credit Union, this is " + m(N, "Tamika") + ". Can I have your name?",
        "CALLER: Yeah, it's " + m(N, "Greg Sorensen") + ".",
        "AGENT: Thanks " + m(N, "Greg") + ". For verification, can you give me your Social?",
        "CALLER: " + m(S, "538-60-4127") + ".",
        "AGENT: And your date of birth?",
        "CALLER: " + m(D, "October 9th, 1972") + ".",
        "AGENT: Great. I see the card ending 4417 was flagged for a purchase in Denver this morning.")),
    ("email", "en", False, L(
        "Hi " + m(N, "Jennifer") + ",",
        "",
        "For your 2023 return I still need your husband's W-2 and the childcare receipts. I have your Social (" +
        m(S, "327-51-8846") + ") on file. Can you also confirm that " + m(N, "Miguel") + " was born on " + m(D, "04/15/2015") + "?",
        "",
        "Thanks,",
        m(N, "Deborah Kline") + ", EA",
        "Kline Tax Services | " + m(P, "(512) 903-6671"))),
    ("log", "en", False, L(
        "May 14 03:12:07 web01 sshd[21877]: Accepted publickey for " + m(N, "jdoyle") + " from " + m(IP, "109.76.201.33") +
        " port 51522 ssh2: ED25519 SHA256:Yk3t0qz0rj5d2Lw8",
        "May 14 03:13:40 web01 sshd[21902]: Failed password for invalid user admin from " + m(IP, "185.220.101.47") + " port 40112 ssh2",
        "May 14 03:14:51 web01 sudo: " + m(N, "jdoyle") + " : TTY=pts/0 ; PWD=/srv/www ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx")),
    ("html", "en", False, L(
        "<div class=\"staff-card\">",
        "  <h3>Dr. " + m(N, "Amara Nwosu") + "</h3>",
        "  <p class=\"role\">Consultant Cardiologist</p>",
        "  <a href=\"mailto:" + m(E, "a.nwosu@stlukes-clinic.org") + "\">" + m(E, "a.nwosu@stlukes-clinic.org") + "</a>",
        "  <a href=\"tel:" + m(P, "+12126470318") + "\">" + m(P, "(212) 647-0318") + "</a>",
        "</div>")),
    ("minutes", "en", False, L(
        "## Sprint 42 retro",
        "| Name | Team |",
        "|---|---|",
        "| " + m(N, "Nadia Petrov") + " | PM |",
        "| " + m(N, "Sam O'Neill") + " | Backend |",
        "| " + m(N, "Keisha Brown") + " | QA |",
        "",
        "### Actions",
        "- " + m(N, "Sam") + " to rotate the Stripe key; the old one (`" +
        m(K, "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") +
        "`) was pasted in #general",
        "- " + m(N, "Keisha") + " to re-run the regression suite on staging")),
    ("letter", "en", False, L(
        "Mrs " + m(N, "Aileen McBride"),
        m(A, "Flat 2/1" + NL + "47 Hyndland Road" + NL + "Glasgow" + NL + "G12 9UP"),
        "",
        "18 March 2024",
        "",
        "Dear Mrs " + m(N, "McBride") + ",",
        "",
        "Blue Badge application BB-0023-77418",
        "We have verified your National Insurance number " + m(ID, "JR 48 73 16 C") +
        " and your badge will be posted within ten working days.")),
    ("delivery", "en", False, L(
        "DELIVERY NOTE  DN-558102",
        "Ship to: " + m(N, "Carlos Mendez"),
        m(A, "1125 W 6th St, Unit 9" + NL + "Austin, TX 78703"),
        "Phone: " + m(P, "512-771-3308"),
        "Items: 2 x Herman Miller Aeron chair (size B), 1 x floor mat",
        "Driver: " + m(N, "Luis") + "   Received by: " + m(N, "C. Mendez"))),
    ("forum", "en", False, L(
        "Re: Landlord won't return deposit",
        "Posted by " + m(N, "throwaway_kt") + " on 03/11/2024",
        "Update for anyone following: my landlord (" + m(N, "Gary Pruitt") + ") still hasn't replied to the certified letter. "
        "I moved out of " + m(A, "58 Birchwood Ct, Lexington, KY 40503") + " on Jan 31 and it's been 45 days. Small claims next?")),
    ("yaml", "en", False, L(
        "# fixtures/payroll_seed.yml  (copied from prod export - scrub before commit)",
        "employees:",
        "  - name: " + m(N, "Hannah Lindqvist"),
        "    ssn: \"" + m(S, "145-72-8391") + "\"",
        "    dob: " + m(D, "1991-06-30"),
        "    address: \"" + m(A, "62 Orchard Ln, Princeton, NJ 08540") + "\"",
        "    email: " + m(E, "hannah.lindqvist@proton.me"),
        "    pay_grade: E4")),
    ("email", "en", False, L(
        "Good morning Sir,",
        "",
        "I write to request the update of my records. My NIN is " + m(ID, "48273619054") + " and my BVN is already linked.",
        "My new residential address is " + m(A, "15 Adeola Odeku Street, Victoria Island, Lagos") + ".",
        "",
        "Yours faithfully,",
        m(N, "Adebayo Ogunleye"),
        m(P, "0803 417 2296"))),
    ("chat", "en", False, L(
        "[7:02 pm] " + m(N, "Chioma") + ": abeg " + m(N, "emeka") + " send me your details for the contribution",
        "[7:05 pm] " + m(N, "Emeka Obi") + ": just send am to my opay, " + m(P, "0816 392 0471"),
        "[7:06 pm] " + m(N, "Chioma") + ": sharp, thanks bro")),
    ("log", "en", False, L(
        "2024-05-14 08:02:11 radius: Access-Accept user=" + m(N, "mvaldez") + " calling-station-id=" + m(MAC, "8C-85-90-3E-11-7B") +
        " nas=sw-3f-east port=Gi1/0/14 vlan=120",
        "2024-05-14 08:02:15 dhcpd: DHCPACK to " + m(MAC, "8c:85:90:3e:11:7b") + " via vlan120 lease=28800s")),
    ("readme", "en", False, L(
        "## Running the ETL jobs locally",
        "```",
        "git clone " + m(U, "https://jmorales:Summer2024!@bitbucket.org/northwind/etl-jobs.git"),
        "cd etl-jobs && make run",
        "```",
        "Ask the data team if the clone fails.")),
    ("log", "en", False, L(
        "Started by timer",
        "Running as SYSTEM",
        "Building in workspace /var/jenkins_home/workspace/terraform-plan",
        " > git fetch --tags --force --progress -- " +
        m(U, "https://deploy-bot:glpat-GX_AASY4N8Yn4K2MFTzR@gitlab.internal.io/infra/terraform.git") +
        " +refs/heads/*:refs/remotes/origin/*",
        "Checking out Revision cbf7cdcc07e007f6b5c708ef54f3339349ed58e1 (origin/main)")),
    ("code", "en", False, L(
        "// src/firebase.js",
        "const firebaseConfig = {",
        "  apiKey: \"" + m(K, "AIzaSyhXFt4RVJe68gZIb2pcPHG01jnth-iksgE") + "\",",
        "  authDomain: \"field-notes-4821.firebaseapp.com\",",
        "  projectId: \"field-notes-4821\",",
        "  appId: \"1:582913740211:web:9c0e81f32ada5f94\"",
        "};")),
    ("ticket", "en", False, L(
        "SUP-9104  Server access for contractor",
        "Reporter: " + m(N, "Oliver Grant"),
        "Description: " + m(N, "Oliver") + " attached the key he uses for the bastion, please add it to authorized_keys:",
        m(K, "-----BEGIN OPENSSH PRIVATE KEY-----" + NL +
          "NC12xvt9vpwADoRqh45dzis3hXsWaHEm2xuVIYtV5b4BTJjX6wYh9Dviq55zI7FKyoKFpvfP6/9t01L9MY5yEA==" + NL +
          "h6n7uttt57YKLDJ8BtSeujQoYNpR058MNyIYyl+/E1K6gjV8B9cmr/5dLc/H7qweS9byygmpEdCbxZp2jCwm1+H1" + NL +
          "-----END OPENSSH PRIVATE KEY-----"),
        "Comment (" + m(N, "r.osei") + "): that's the PRIVATE key. Revoke it and send the .pub, please.")),
    ("chat", "en", False, L(
        "Live chat transcript - ref LC-33190",
        "Visitor (" + m(N, "Tom Whitaker") + "): hi, my payment keeps failing",
        "Agent " + m(N, "Bella") + ": Sorry about that! Which card are you using?",
        "Visitor (" + m(N, "Tom Whitaker") + "): amex " + m(C, "3432 700341 53762") + " exp 11/26",
        "Agent " + m(N, "Bella") + ": Please don't share full card numbers here, I've masked it on our side.")),
]

cases += [
    # ================================================================ English, hard negatives
    ("release_notes", "en", True, L(
        "## v4.12.0 (2024-05-02)",
        "- Bump netty from 4.1.108.Final to 4.1.109.Final",
        "- Fix NPE in OrderMapper when shipTo is null (#2291)",
        "- Default bind address changed from 0.0.0.0 to 127.0.0.1",
        "- Image: ghcr.io/acme/orders:4.12.0@sha256:d23aa5c69240844005e8c830761046f7a57be23b13c82e37815f7c1e0e74ec24",
        "## v4.11.3 (2024-04-18)",
        "- Security: upgrade jackson-databind to 2.17.0 (CVE-2023-35116)")),
    ("email", "en", True, L(
        "Thank you for your order!",
        "Order number: 112-4839201-7715623",
        "Invoice: INV-2024-0048213",
        "Shipped via UPS, tracking 1Z 4E8 W19 03 1842 7756",
        "Estimated delivery: Tue, May 21",
        "Items: Anker PowerCore 20000 (A1271) x1 - $49.99",
        "Questions? Reply to this email or visit our Help Center.")),
    ("docs", "en", True, L(
        "### Testing payments",
        "Use these test card numbers in test mode only; they never move real money.",
        "| Brand | Number | CVC | Date |",
        "|---|---|---|---|",
        "| Visa | 4242 4242 4242 4242 | Any 3 digits | Any future date |",
        "| Mastercard | 5555 5555 5555 4444 | Any 3 digits | Any future date |",
        "| American Express | 3782 822463 10005 | Any 4 digits | Any future date |",
        "| Generic decline | 4000 0000 0000 0002 | Any 3 digits | Any future date |",
        "Never enter real card details while in test mode.")),
    ("docs", "en", True, L(
        "In examples, use the documentation ranges from RFC 5737 and RFC 3849: 192.0.2.0/24 (TEST-NET-1), "
        "198.51.100.0/24 (TEST-NET-2), 203.0.113.0/24 (TEST-NET-3) and 2001:db8::/32 for IPv6.",
        "For instance `ping 192.0.2.15` or `ip -6 addr add 2001:db8:0:1::10/64 dev eth0`.",
        "The MAC address 00:00:5e:00:53:01 is reserved for documentation by RFC 7042.")),
    ("cli", "en", True, L(
        "$ git log --oneline -4",
        "871aa7b (HEAD -> main) Merge pull request #412 from release/3.7",
        "e68f5a4 Bump version to 3.7.0",
        "cbf7cdc Fix flaky ConsumerGroupTest",
        "188c510 Update NOTICE year",
        "$ cat SHA256SUMS",
        "1c337f59bb3f95ac75754ebbe77a94435c4ef696fe2b49b3b114e1bb9a725792  kafka_2.13-3.7.0.tgz",
        "$ sha256sum -c SHA256SUMS",
        "kafka_2.13-3.7.0.tgz: OK")),
    ("sports", "en", True, L(
        "Premier League - Matchday 34",
        "Arsenal 2-0 Tottenham",
        "Man City 3-1 Nottingham Forest",
        "Aston Villa 1-1 Liverpool",
        "Brentford 4-2 Wolves",
        "Attendance at the Emirates: 60,214. Next round kicks off Saturday 15:00 BST.")),
    ("notes", "en", True,
     "Book club notes: in \"Harry Potter and the Philosopher's Stone\", Harry lives with the Dursleys at 4 Privet Drive, "
     "Little Whinging, until Hagrid turns up on his eleventh birthday, 31 July. Compare Sherlock Holmes's lodgings at "
     "221B Baker Street, which he shares with Dr Watson and their landlady Mrs Hudson."),
    ("docs", "en", True, L(
        "## Customer API - request body",
        "| Field | Type | Example |",
        "|---|---|---|",
        "| name | string | `Jane Doe` |",
        "| email | string | `jane.doe@example.com` |",
        "| phone | string (E.164) | `+1-555-0100` |",
        "| ssn | string | `XXX-XX-XXXX` |",
        "| dob | date | `YYYY-MM-DD` |",
        "Replace `YOUR_API_KEY` with the key from your dashboard.")),
    ("news", "en", True,
     "Q1 healthcare movers: Johnson & Johnson (JNJ) -2.1%, Eli Lilly (LLY) +4.8%, Abbott Laboratories +0.6%. "
     "Banks: Morgan Stanley and Goldman Sachs both beat estimates, while Charles Schwab slipped 3% after guidance. "
     "In retail, Dick's Sporting Goods rose on strong footwear sales and Ben & Jerry's parent Unilever was flat."),
    ("notice", "en", True, L(
        "Campus events this week",
        "Tue 18:00 - Careers fair in Einstein Hall (ground floor)",
        "Wed 19:30 - Jazz night at the Lincoln Center annex",
        "Thu 09:30 - Shuttle from JFK Terminal 4, stopping at Roosevelt Island",
        "Room bookings via the Marie Curie Building reception, ext. 2200.")),
    ("log", "en", True, L(
        "2024-05-14T08:21:33.517Z INFO  request_id=f9a9d12f-5a40-410c-9ccd-ec76f7cc8b68 GET /api/v2/orders/48213 200 12ms",
        "2024-05-14T08:21:33.902Z DEBUG netlink: gratuitous ARP sent on eth0, dst ff:ff:ff:ff:ff:ff",
        "2024-05-14T08:21:34.004Z WARN  pool-3-thread-7 retrying in 00:00:05 (attempt 2/5)",
        "2024-05-14T08:21:39.118Z INFO  span=3db73939-b598-4de0-a3de-cd46ec111b0d completed in 5114ms")),
    ("history", "en", True,
     "Abraham Lincoln was born in a log cabin near Hodgenville, Kentucky, in 1809 and became the 16th president in 1861. "
     "His Gettysburg Address of 19 November 1863 lasted barely two minutes. Frederick Douglass, who met him three times, "
     "later described him as the first great man he could talk with freely."),
    ("catalog", "en", True, L(
        "Compatible devices: Samsung Galaxy S24 Ultra (SM-S928B), Google Pixel 8 Pro (GC3VE), iPhone 15 Pro Max (A3106),",
        "Dell XPS 13 9340, Lenovo ThinkPad X1 Carbon Gen 12 (21KC0037US).",
        "Firmware 2.4.18 or later required; units with serial numbers starting R58W are covered by recall 24V-193.")),
    ("sql", "en", True, L(
        "CREATE TABLE customers (",
        "  id BIGSERIAL PRIMARY KEY,",
        "  full_name VARCHAR(200) NOT NULL,",
        "  email VARCHAR(320) UNIQUE,",
        "  ssn CHAR(11) CHECK (ssn ~ '^[0-9]{3}-[0-9]{2}-[0-9]{4}$'),",
        "  iban VARCHAR(34),",
        "  created_at TIMESTAMPTZ DEFAULT now()",
        ");",
        "INSERT INTO customers (full_name, email) SELECT 'user_' || g, 'user_' || g || '@test.invalid' FROM generate_series(1, 1000) g;")),
    ("config", "en", True, L(
        "# config/application.example.yml",
        "spring:",
        "  datasource:",
        "    url: jdbc:postgresql://localhost:5432/app",
        "    username: ${DB_USER}",
        "    password: ${DB_PASSWORD}",
        "stripe:",
        "  secret-key: <your-stripe-secret-key>",
        "  webhook-secret: <your-webhook-secret>",
        "sentry:",
        "  dsn: https://<key>@o0.ingest.sentry.io/<project>")),
    ("news", "en", True,
     "Dangote Cement Plc reported full-year revenue of N2.2tn; shares closed at N480.00 on the NGX. "
     "Transaction ref FT24135Q8821X, session ID 000013240514182736491827364512. The Obafemi Awolowo University "
     "convocation holds on 18 May at the Amphitheatre."),
]

cases += [
    # ================================================================ German
    ("email", "de", False, L(
        "Betreff: AW: Erstattung Kaution - Whg. 3. OG",
        "",
        "Hallo Herr " + m(N, "Brandt") + ",",
        "",
        "vielen Dank für die schnelle Wohnungsabnahme. Bitte überweisen Sie die Kaution auf mein neues Konto:",
        "Kontoinhaberin: " + m(N, "Sabine Köhler"),
        "IBAN: " + m(I, "DE58 3704 0044 2482 0789 57"),
        "BIC: COBADEFFXXX",
        "",
        "Viele Grüße",
        m(N, "Sabine Köhler"),
        "Mobil " + m(P, "+49 176 3861 2295"))),
    ("letter", "de", False, L(
        "Finanzamt Köln-Süd",
        "",
        "Herrn",
        m(N, "Jonas Weißenberger"),
        m(A, "Lindenallee 27" + NL + "50968 Köln"),
        "",
        "Steuernummer: " + m(ID, "219/5083/2271"),
        "Identifikationsnummer: " + m(ID, "47 036 892 816"),
        "",
        "Bescheid für 2023 über Einkommensteuer",
        "",
        "Sehr geehrter Herr " + m(N, "Weißenberger") + ",",
        "die Veranlagung ergibt eine Erstattung von 1.284,00 EUR.")),
    ("chat", "de", False, L(
        "[12.03.24, 19:41] " + m(N, "Lena") + ": hey " + m(N, "tobi") + ", schickst du mir nochmal deine adresse für die einladungen?",
        "[12.03.24, 19:43] " + m(N, "Tobi Schreiner") + ": " + m(A, "Gneisenaustraße 63, 10961 Berlin, 3. OG links") + " \U0001f60a",
        "[12.03.24, 19:43] " + m(N, "Lena") + ": danke! deine handynummer hat sich auch geändert oder?",
        "[12.03.24, 19:44] " + m(N, "Tobi Schreiner") + ": ja, neu ist " + m(P, "0176 48213957"))),
    ("report", "de", False, L(
        "Verkehrsunfallanzeige  Az. 0471-24-118236",
        "Unfallort: Kreuzung Münchener Straße / Innstraße, Rosenheim",
        "Beteiligter 1: " + m(N, "Dieter Ahlers") + ", geb. " + m(D, "22.05.1958") + ", wohnhaft " +
        m(A, "Am Mühlbach 12, 83022 Rosenheim"),
        "Führerschein-Nr.: " + m(ID, "H1T04KF2X81"),
        "Beteiligte 2: " + m(N, "Svenja Lorenz") + ", geb. " + m(D, "03.11.1996") + ", Tel. " + m(P, "0151 27480136"),
        "Sachschaden ca. 4.500 EUR, keine Verletzten. Sachbearbeiter: PHK " + m(N, "Huber"))),
    ("tsv", "de", False, L(
        "Kundennr" + TAB + "Name" + TAB + "Anschrift" + TAB + "Telefon" + TAB + "E-Mail",
        "100482" + TAB + m(N, "Miriam Hoffmann-Yilmaz") + TAB + m(A, "Kastanienweg 4, 71034 Böblingen") + TAB +
        m(P, "07031 48 27 19") + TAB + m(E, "m.hoffmann-yilmaz@web.de"),
        "100483" + TAB + m(N, "Konstantin Wolff") + TAB + m(A, "Schönhauser Allee 141, 10437 Berlin") + TAB +
        m(P, "030 44 71 93 02") + TAB + m(E, "konstantin.wolff@gmx.de"))),
    ("ticket", "de", False, L(
        "Störungsmeldung #DSL-884120",
        "Kunde: Herr " + m(N, "Ralf Petersen"),
        "Gerät: FRITZ!Box 7590, WAN-MAC " + m(MAC, "2c:91:ab:47:e0:1d"),
        "Letzte öffentliche IP: " + m(IP, "87.178.34.215"),
        "Rückruf erwünscht unter " + m(P, "0421 69 30 48 17") + " (ab 17 Uhr)",
        "Status: Techniker-Termin angefragt")),
    ("yaml", "de", False, L(
        "# application-prod.yml",
        "mail:",
        "  host: smtp.strato.de",
        "  username: bestellungen",
        "  password: " + m(K, "Kf8#pL2wQz!9"),
        "datasource:",
        "  url: " + m(U, "mysql://shop:Wd9xT4mqP2@db.shop-intern.de:3306/shop"),
        "# TODO Zugangsdaten in Vault verschieben (" + m(N, "Felix") + ")")),
    ("html", "de", False, L(
        "<table class=\"teilnehmer\">",
        "<tr><th>Name</th><th>Geburtsdatum</th><th>Notfallnummer</th></tr>",
        "<tr><td>" + m(N, "Lukas Brenner") + "</td><td>" + m(D, "02.08.2011") + "</td><td>" + m(P, "0911 3482 771") + "</td></tr>",
        "<tr><td>" + m(N, "Emma Schuster") + "</td><td>" + m(D, "19.01.2012") + "</td><td>" + m(P, "0911 2297 405") + "</td></tr>",
        "</table>")),
    ("sports", "de", True,
     "33. Spieltag: Bayer 04 Leverkusen - VfB Stuttgart 2:2, RB Leipzig - Werder Bremen 3:1, 1. FC Union Berlin - "
     "SC Freiburg 0:1. Zuschauer in der BayArena: 30.210. Anstoß am Samstag um 15:30 Uhr."),
    ("invoice", "de", True, L(
        "Rechnung Nr. RE-2024-004817 vom 03.05.2024",
        "Kundennummer: 58213 · Bestellnummer: 302-7719034-2284",
        "Pos. 1  Bosch Professional GSR 18V-55 (06019H5202)  1 Stk.  189,00 EUR",
        "Pos. 2  Fischer Dübel UX 6x35 R (077869)  2 Pck.  8,98 EUR",
        "DHL-Sendungsnummer: 00340434161094042557",
        "Zahlbar innerhalb von 14 Tagen ohne Abzug.")),
    ("directions", "de", True,
     "Anfahrt: Vom Hauptbahnhof folgen Sie der Goethestraße bis zum Schillerplatz und biegen dann rechts in die "
     "Bismarckstraße ein. Das Parkhaus liegt gegenüber dem Konrad-Adenauer-Ufer, Einfahrt über die Beethovenstraße. "
     "Die Straßenbahnlinie 4 hält an der Haltestelle Willy-Brandt-Platz."),
    ("release_notes", "de", True, L(
        "FRITZ!OS 7.57 - Versionshinweise",
        "- Verbesserung: WireGuard-VPN mit bis zu 20 Verbindungen",
        "- Behoben: DECT-Telefone verloren sporadisch die Verbindung (Build 110387)",
        "- Werkseinstellung: Benutzeroberfläche unter http://fritz.box bzw. 192.168.178.1",
        "- Prüfsumme (MD5) der Firmware: 9134610968cd89f358c0e8977fad4726")),

    # ================================================================ French
    ("email", "fr", False, L(
        "Objet : Changement de coordonnées bancaires",
        "",
        "Bonjour " + m(N, "Julien") + ",",
        "",
        "Suite à mon changement de banque, merci de prélever désormais le loyer sur le compte suivant :",
        "Titulaire : " + m(N, "Élodie Marchand"),
        "IBAN : " + m(I, "FR80 3000 4008 2387 6596 6034 667"),
        "BIC : BNPAFRPPXXX",
        "",
        "Je reste joignable au " + m(P, "06 72 41 85 39") + ".",
        "",
        "Cordialement,",
        m(N, "Élodie Marchand"))),
    ("form", "fr", False, L(
        "ADHÉSION MUTUELLE - BULLETIN INDIVIDUEL",
        "Nom : " + m(N, "LEFÈVRE"),
        "Prénom(s) : " + m(N, "Antoine Mathieu"),
        "Date de naissance : " + m(D, "11/06/1992"),
        "N° de sécurité sociale : " + m(ID, "1 92 06 69 388 112 62"),
        "Adresse : " + m(A, "14 rue des Tanneurs, 69007 Lyon"),
        "Téléphone : " + m(P, "07 81 29 46 53"),
        "Courriel : " + m(E, "antoine.lefevre92@orange.fr"))),
    ("chat", "fr", False, L(
        "<" + m(N, "clem") + "> salut " + m(N, "manu") + ", t'as toujours l'accès au vps ?",
        "<" + m(N, "manu_") + "> ouais : ssh root@" + m(IP, "51.15.204.87") + ", mdp " + m(K, "Xr4!vLq9tB"),
        "<" + m(N, "clem") + "> merci, je change le mdp après",
        "<" + m(N, "manu_") + "> ok, et préviens " + m(N, "juliette"))),
    ("letter", "fr", False, L(
        "Madame " + m(N, "Nathalie Girard"),
        m(A, "Résidence Les Pins, bâtiment B, appt 12" + NL + "8 allée des Peupliers" + NL + "33600 Pessac"),
        "",
        "Bordeaux, le 6 mai 2024",
        "",
        "Objet : mise en demeure - loyers impayés",
        "",
        "Madame " + m(N, "Girard") + ",",
        "Malgré nos relances, les loyers de mars et avril restent impayés.",
        "",
        m(N, "Pierre-Yves Castel"),
        "Gérant, Agence Castel Immobilier")),
    ("minutes", "fr", False, L(
        "Compte rendu - réunion d'équipe du 4 avril",
        "Présents : " + m(N, "Sophie Bernard") + ", " + m(N, "Karim Benali") + ", " + m(N, "Hugo Lambert"),
        "Excusée : " + m(N, "Chloé Dufour"),
        "",
        "1. Planning de l'été : " + m(N, "Karim") + " centralise les demandes de congés avant le 30 avril.",
        "2. Salon VivaTech : " + m(N, "Hugo") + " et " + m(N, "Sophie") + " tiendront le stand.")),
    ("html", "fr", False, L(
        "<div class=\"vcard\">",
        "  <span class=\"fn\">" + m(N, "Yannick Le Goff") + "</span>",
        "  <span class=\"tel\">" + m(P, "02 98 44 17 63") + "</span>",
        "  <span class=\"adr\">" + m(A, "5 quai de l'Odet, 29000 Quimper") + "</span>",
        "  <a href=\"mailto:" + m(E, "yannick.legoff@laposte.net") + "\">Écrire</a>",
        "</div>")),
    ("ticket", "fr", False, L(
        "Incident n° INC-2024-55813 - perte de synchronisation",
        "Client : " + m(N, "Mathieu Roux"),
        "Équipement : Livebox 6, adresse MAC " + m(MAC, "A4:3E:51:9C:07:D2"),
        "IP publique : " + m(IP, "90.112.47.183"),
        "Ligne fixe : " + m(P, "04 78 62 19 30"),
        "Action : redémarrage à distance effectué, surveillance 48 h.")),
    ("history", "fr", True,
     "Napoléon Bonaparte, né en Corse en 1769, devient empereur en 1804. Victor Hugo publie Les Misérables en 1862 ; "
     "Jean Valjean et Cosette y traversent Paris. Aujourd'hui, le lycée Victor-Hugo et l'avenue de la Grande-Armée "
     "rappellent encore cette époque."),
    ("invoice", "fr", True, L(
        "Facture n° FA-2024-00931 du 12/03/2024",
        "N° de commande : CMD-784512",
        "SIRET : 542 107 651 00019 - Code APE 4791A",
        "Article : Cafetière Moulinex Subito FT3621 x 1 - 39,99 EUR TTC",
        "Livraison Colissimo n° 6A19283746512",
        "TVA non applicable, art. 293 B du CGI")),
    ("sports", "fr", True,
     "Résultats de la 30e journée : PSG 3-1 Lyon, OM 2-2 Lens, Rennes 1-0 Nice, Lille 0-0 Monaco. "
     "Prochain match au Parc des Princes le 28/04 à 21h00."),
    ("directions", "fr", True,
     "Depuis la gare, prenez la rue de Rivoli jusqu'à la place de la Concorde, puis longez le quai d'Orsay. "
     "Le musée se trouve à l'angle du boulevard Saint-Germain et de la rue du Bac. Métro : Solférino (ligne 12)."),

    # ================================================================ Spanish
    ("form", "es", False, L(
        "SOLICITUD DE ALTA",
        "Nombre y apellidos: " + m(N, "María José Fernández Ruiz"),
        "DNI: " + m(ID, "48291736Q"),
        "Fecha de nacimiento: " + m(D, "03/04/1985"),
        "Domicilio: " + m(A, "Calle de Embajadores 112, 3º B, 28045 Madrid"),
        "Teléfono móvil: " + m(P, "612 487 309"),
        "Correo electrónico: " + m(E, "mjfernandez.ruiz@hotmail.es"))),
    ("email", "es", False, L(
        "Hola " + m(N, "Pablo") + ",",
        "",
        "Te paso mi número de cuenta para lo de la cena de empresa:",
        m(I, "ES56 2100 0418 7828 4019 2659") + " (titular: " + m(N, "Lucía Gómez Herrera") + ")",
        "",
        "Si hay algún problema me llamas al " + m(P, "+34 655 230 817") + ".",
        "",
        "Un abrazo,",
        m(N, "Lucía"))),
    ("form", "es", False, L(
        "FORMULARIO DE ADMISIÓN - Clínica Comunitaria del Valle",
        "Nombre del paciente: " + m(N, "Rafael Ortega Quintanilla"),
        "Fecha de nacimiento: " + m(D, "15/08/1979"),
        "Número de Seguro Social: " + m(S, "582-14-6037"),
        "Dirección: " + m(A, "1907 Calle del Sol, Laredo, TX 78040"),
        "Teléfono: " + m(P, "(956) 724-3318"),
        "Contacto de emergencia: " + m(N, "Yolanda Ortega") + " (esposa)")),
    ("chat", "es", False, L(
        "[20/04/24, 21:15] " + m(N, "Carmen Ruiz") + ": chicos, el cumple de " + m(N, "Álvaro") + " es el sábado en su casa",
        "[20/04/24, 21:16] " + m(N, "Nacho") + ": ¿me pasáis la dirección?",
        "[20/04/24, 21:16] " + m(N, "Carmen Ruiz") + ": " + m(A, "Calle Mayor 23, 2º izq., 28801 Alcalá de Henares"),
        "[20/04/24, 21:17] " + m(N, "Nacho") + ": gracias " + m(N, "carmen") + " \U0001f44d")),
    ("sql", "es", False,
     "INSERT INTO clientes (nie, nombre, tarjeta, email) VALUES ('" + m(ID, "X4619283D") + "', '" + m(N, "Oksana Melnyk") +
     "', '" + m(C, "4159837302461955") + "', '" + m(E, "oksana.melnyk@gmail.com") + "');"),
    ("report", "es", False, L(
        "ATESTADO Nº 2024-004127",
        "El denunciante, D. " + m(N, "Sergio Navarro Gil") + ", con DNI " + m(ID, "71638205J") + ", nacido el " +
        m(D, "27 de septiembre de 1968") + " y domiciliado en " + m(A, "Avda. de Blasco Ibáñez 47, pta. 9, 46021 Valencia") +
        ", manifiesta que sobre las 23:40 horas le fue sustraída la cartera en la Plaza del Ayuntamiento.")),
    ("inventory", "es", False, L(
        "Dispositivos registrados en la red de invitados",
        "Usuario: " + m(N, "Iker Etxeberria"),
        "- portátil: " + m(MAC, "d8:bb:c1:52:3f:a0"),
        "- móvil: " + m(MAC, "f2:6d:9e:14:8b:07"),
        "Caducidad del acceso: 30/06/2024")),
    ("literature", "es", True,
     "En un lugar de la Mancha vive un hidalgo que, de tanto leer libros de caballerías, se convierte en don Quijote "
     "y sale a los caminos con su escudero Sancho Panza en honor de Dulcinea del Toboso. Miguel de Cervantes publicó "
     "la primera parte en 1605."),
    ("email", "es", True, L(
        "Pedido n.º 402-8812931-5520 confirmado.",
        "Envío por Correos Express, n.º de seguimiento PQ4B7L0412883190108001B.",
        "Factura F-2024/018273. Importe: 64,90 EUR.",
        "Referencia del producto: 3421/512/800.")),
    ("sports", "es", True,
     "Jornada 32: Real Madrid 3-0 Athletic Club, Girona 2-1 Betis, Sevilla 1-1 Valencia. "
     "Próximo partido en el Santiago Bernabéu el domingo a las 21:00."),
    ("directions", "es", True,
     "Para llegar, baja por la Calle de Alcalá hasta la Puerta del Sol y gira a la izquierda por la Calle Mayor. "
     "El mercado está junto a la Plaza de San Miguel, frente a la parada de autobús de la línea 3."),
]

cases += [
    # ================================================================ Portuguese (Brazil)
    ("form", "pt", False, L(
        "FICHA CADASTRAL",
        "Nome completo: " + m(N, "João Pedro Albuquerque Santos"),
        "CPF: " + m(ID, "286.514.930-70"),
        "Data de nascimento: " + m(D, "22/09/1994"),
        "Endereço: " + m(A, "Rua Haddock Lobo, 595, apto 81 - Cerqueira César, São Paulo - SP, 01414-001"),
        "Celular: " + m(P, "(11) 98734-2210"))),
    ("chat", "pt", False, L(
        "[08:12, 15/05/2024] " + m(N, "Bia") + ": oi " + m(N, "rafa") + ", me passa teu pix pra eu te devolver a grana do uber",
        "[08:13, 15/05/2024] " + m(N, "Rafael Moura") + ": é meu cpf mesmo, " + m(ID, "741.038.265-17"),
        "[08:13, 15/05/2024] " + m(N, "Rafael Moura") + ": ou o email " + m(E, "rafael.moura.rj@gmail.com"),
        "[08:14, 15/05/2024] " + m(N, "Bia") + ": feito! valeu")),
    ("email", "pt", False, L(
        "Olá " + m(N, "Thomas") + ",",
        "",
        "Seguem os dados para a transferência internacional:",
        "Beneficiária: " + m(N, "Camila Duarte Nogueira"),
        "IBAN: " + m(I, "BR29 6208 2748 5070 5426 9991 487C 1"),
        "SWIFT: BRASBRRJXXX",
        "",
        "Atenciosamente,",
        m(N, "Camila Duarte"),
        m(P, "+55 21 99612-4873"))),
    ("json", "pt", False,
     "{\"pedido\": \"BR-2024-558120\", \"cliente\": {\"nome\": \"" + m(N, "Fernanda Rocha Siqueira") + "\", \"email\": \"" +
     m(E, "fe.siqueira@uol.com.br") + "\", \"telefone\": \"" + m(P, "+55 31 98422-0176") + "\"}, \"pagamento\": {\"cartao\": \"" +
     m(C, "5308000809007956") + "\", \"validade\": \"08/29\", \"parcelas\": 3}, \"entrega\": {\"endereco\": \"" +
     m(A, "Av. Afonso Pena, 1500, sala 702, Belo Horizonte - MG, 30130-005") + "\"}}"),
    ("review", "pt", False, L(
        "Entrega no endereço errado!!",
        "Comprei uma geladeira Brastemp e o entregador deixou no prédio vizinho. Meu endereço é " +
        m(A, "Av. Sete de Setembro, 1840, bloco C, apto 304, Salvador - BA") + " e está certinho no pedido. "
        "Liguei e a atendente " + m(N, "Jéssica") + " disse que iam resolver em 48h. Nada até agora.",
        "- " + m(N, "Marcos V.") + ", Salvador")),
    ("sports", "pt", True,
     "Brasileirão - 5ª rodada: Flamengo 2 x 1 Palmeiras, Corinthians 0 x 0 São Paulo, Grêmio 3 x 2 Internacional. "
     "Público no Maracanã: 62.418 pagantes."),
    ("invoice", "pt", True, L(
        "NF-e nº 000.184.273  Série 1",
        "Chave de acesso: 3524 0547 9609 5000 0121 5500 1000 1842 7310 0184 2738",
        "Emitente: Magazine Luiza S/A - CNPJ 47.960.950/0001-21",
        "Protocolo de autorização: 135240001827364",
        "Código de rastreio: QB482193745BR")),
    ("history", "pt", True,
     "Tiradentes foi executado em 1792 no Rio de Janeiro; hoje dá nome à Praça Tiradentes e a um feriado nacional em "
     "21 de abril. Dom Pedro I proclamou a independência às margens do Ipiranga em 7 de setembro de 1822."),
    ("invoice", "pt", True, L(
        "Boleto - Pedido #PED-93817",
        "Linha digitável: 34191.79001 01043.510047 91020.150008 8 96510000026035",
        "Vencimento: 10/06/2024   Valor: R$ 260,35")),

    # ================================================================ Italian
    ("form", "it", False, L(
        "MODULO DI ISCRIZIONE - Palestra Fit&Go",
        "Cognome e nome: " + m(N, "Ferraro Giulia"),
        "Codice fiscale: " + m(ID, "FRRGLI87C54A944F"),
        "Nata il: " + m(D, "14/03/1987") + " a Bologna",
        "Residenza: " + m(A, "Via San Vitale 58, 40125 Bologna"),
        "Cellulare: " + m(P, "347 218 9043"),
        "E-mail: " + m(E, "giulia.ferraro87@libero.it"))),
    ("email", "it", False, L(
        "Gentile dott.ssa " + m(N, "Marchetti") + ",",
        "",
        "come da accordi le comunico le coordinate per il rimborso:",
        "Intestatario: " + m(N, "Salvatore Esposito"),
        "C.F.: " + m(ID, "SPSSVT75S02F839R"),
        "IBAN: " + m(I, "IT93 X054 2811 1019 7177 3960 310"),
        "",
        "Distinti saluti,",
        m(N, "Salvatore Esposito"),
        "Tel. " + m(P, "081 552 7394"))),
    ("chat", "it", False, L(
        m(N, "marco_b") + ": ciao " + m(N, "fra") + ", hai il numero dell'idraulico?",
        m(N, "francesca.r") + ": sì, è il sig. " + m(N, "Gianni Lombardi") + ", " + m(P, "339 804 1275"),
        m(N, "marco_b") + ": grazie! ci sentiamo stasera")),
    ("minutes", "it", False, L(
        "VERBALE DI ASSEMBLEA CONDOMINIALE",
        "Condominio di " + m(A, "Via Nizza 142, 10126 Torino"),
        "Presenti: sig. " + m(N, "Bruno Colombo") + " (int. 3), sig.ra " + m(N, "Anna Ricci") + " (int. 7), sig. " +
        m(N, "Paolo Greco") + " (int. 12, delega a " + m(N, "Anna Ricci") + ")",
        "Amministratore: rag. " + m(N, "Lorenzo Conti"),
        "La sig.ra " + m(N, "Ricci") + " segnala infiltrazioni dal lastrico solare.")),
    ("booking", "it", False, L(
        "Conferma prenotazione n. 58213 - Hotel Belvedere, Taormina",
        "Ospite: " + m(N, "Davide Marino"),
        "Arrivo 12/07/2024, partenza 16/07/2024, camera doppia vista mare",
        "Garanzia: Mastercard " + m(C, "2221 6056 4903 2922") + ", scad. 10/27",
        "Contatto: " + m(E, "davide.marino@tiscali.it"))),
    ("config", "it", False, L(
        "# notifiche.ini",
        "[smtp]",
        "url = " + m(U, "smtps://avvisi:Pz7kQ2mW9r@mail.studiolegale-rinaldi.it:465"),
        "mittente = avvisi")),
    ("timetable", "it", True,
     "Frecciarossa 9512 Milano Centrale 07:00 - Roma Termini 10:10, binario 14. Italo 8917 in ritardo di 25 minuti. "
     "Codice prenotazione (PNR): K7XQ2M, carrozza 6, posto 9A."),
    ("history", "it", True,
     "Leonardo da Vinci nacque a Vinci nel 1452; Giuseppe Garibaldi guidò la spedizione dei Mille nel 1860. "
     "A Milano, il Museo Nazionale della Scienza e della Tecnologia Leonardo da Vinci si trova in via San Vittore."),
    ("news", "it", True,
     "Serie A, 34ª giornata: Inter 2-0 Torino, Juventus 1-1 Milan, Napoli 3-2 Lecce. In Borsa bene Ferrari (+2,1%) e "
     "Brunello Cucinelli (+1,4%), in calo Salvatore Ferragamo (-0,8%)."),

    # ================================================================ Dutch
    ("ticket", "nl", False, L(
        "Ticket #NL-204381",
        "Klant: " + m(N, "Daan de Vries-Bakker"),
        "Adres: " + m(A, "Prinsengracht 412-III, 1016 JD Amsterdam"),
        "Telefoon: " + m(P, "06-41872390"),
        "IBAN voor terugbetaling: " + m(I, "NL55 RABO 7122 9232 41"),
        "Opmerking: klant vraagt restitutie van dubbele afschrijving; BSN " + m(ID, "231847592") +
        " opgegeven ter verificatie (niet nodig!).")),
    ("chat", "nl", False, L(
        m(N, "sanne.v") + " 09:12 hoi " + m(N, "joost") + ", heb jij de sleutel van de serverruimte?",
        m(N, "joost") + " 09:14 nee, die heeft " + m(N, "pieter") + " sinds vrijdag",
        m(N, "sanne.v") + " 09:15 ok dan bel ik hem, " + m(P, "06 28 49 17 30") + " toch?",
        m(N, "joost") + " 09:15 klopt")),
    ("table", "nl", False, L(
        "| Naam | Afdeling | E-mail |",
        "|---|---|---|",
        "| " + m(N, "Femke Jansen") + " | HR | " + m(E, "f.jansen@dekoepel-zorg.nl") + " |",
        "| " + m(N, "Mohammed El Amrani") + " | ICT | " + m(E, "m.elamrani@dekoepel-zorg.nl") + " |",
        "| " + m(N, "Ruud van der Linden") + " | Financiën | " + m(E, "r.vanderlinden@dekoepel-zorg.nl") + " |")),
    ("claim", "nl", False, L(
        "Schadeformulier autoschade - dossier 24-0718823",
        "Verzekerde: " + m(N, "Willemijn Smit") + ", geboren " + m(D, "08-12-1990") + ", " +
        m(A, "Oudegracht 231, 3511 NK Utrecht"),
        "Tegenpartij: " + m(N, "Kees Mulder") + ", rijbewijsnummer " + m(ID, "5104728391"),
        "Toedracht: tegenpartij reed achteruit de parkeerplaats af en raakte het linkerportier.")),
    ("config", "nl", False, L(
        "# .env.acceptatie",
        "RABBITMQ_URL=" + m(U, "amqps://orders:h7Tq9wLz3M@mq.acc.winkelhuis.nl:5671/orders"),
        "LOG_LEVEL=debug")),
    ("ad", "nl", True,
     "Deze week bij Albert Heijn: 2e halve prijs op Douwe Egberts koffie en 1+1 gratis op Hak groenten. "
     "Bonusactie geldig t/m zondag 12 mei. Artikelnummer 8718452317209."),
    ("notice", "nl", True,
     "Storing tussen Utrecht Centraal en Amersfoort: treinen rijden niet tot ca. 16:45. Intercity 3517 vervalt. "
     "Reisadvies: neem de sprinter via Hilversum."),
    ("sports", "nl", True,
     "Eredivisie speelronde 30: Ajax 2-2 AZ, PSV 4-0 Go Ahead Eagles, Feyenoord 3-1 FC Twente. "
     "Johan Cruijff ArenA: 54.033 toeschouwers."),

    # ================================================================ Polish
    ("form", "pl", False, L(
        "WNIOSEK O WYDANIE KARTY BIBLIOTECZNEJ",
        "Imię i nazwisko: " + m(N, "Katarzyna Zielińska"),
        "PESEL: " + m(ID, "86072304622"),
        "Data urodzenia: " + m(D, "23.07.1986"),
        "Adres zamieszkania: " + m(A, "ul. Piotrkowska 148 m. 12, 90-063 Łódź"),
        "Telefon: " + m(P, "+48 601 284 937"))),
    ("email", "pl", False, L(
        "Dzień dobry Panie " + m(N, "Tomaszu") + ",",
        "",
        "w nawiązaniu do rozmowy przesyłam numer rachunku do zwrotu zaliczki: " + m(I, "PL39 9590 2532 9203 4227 0853 8165") + ".",
        "",
        "Pozdrawiam serdecznie",
        m(N, "Agnieszka Wójcik"),
        "tel. " + m(P, "512 309 884"))),
    ("report", "pl", False, L(
        "NOTATKA URZĘDOWA",
        "W dniu 14.05.2024 r. o godz. 22:10 zgłosił się " + m(N, "Marcin Dąbrowski") + ", PESEL " + m(ID, "92110213856") +
        ", zam. " + m(A, "ul. Długa 7/3, 80-827 Gdańsk") + ", legitymujący się dowodem osobistym " + m(ID, "DBC382913") +
        ", informując o kradzieży roweru marki Kross spod bloku.")),
    ("chat", "pl", False, L(
        "[19:02] " + m(N, "kuba_w") + ": siema " + m(N, "ola") + ", wrzucisz mi hasło do wifi w biurze?",
        "[19:03] " + m(N, "ola.nowak") + ": " + m(K, "BiuroKrk#2024!") + " ale nie rozsyłaj dalej",
        "[19:03] " + m(N, "kuba_w") + ": jasne, a pliki dla drukarni wrzucam na " +
        m(U, "ftp://grafik:Ps2024xq@ftp.drukarnia-kolor.pl/upload"),
        "[19:04] " + m(N, "ola.nowak") + ": ok")),
    ("history", "pl", True,
     "Mikołaj Kopernik urodził się w Toruniu w 1473 roku. Jego imię nosi dziś Uniwersytet Mikołaja Kopernika "
     "oraz port lotniczy we Wrocławiu, a Maria Skłodowska-Curie patronuje uczelni w Lublinie."),
    ("email", "pl", True, L(
        "Zamówienie nr 2024/05/118273 zostało wysłane.",
        "Numer przesyłki InPost: 630029412283190012846127",
        "Faktura VAT nr FV/2024/05/0192",
        "Paczkomat KRA01M, odbiór do 18.05.")),
    ("sports", "pl", True,
     "Ekstraklasa, 30. kolejka: Legia Warszawa 2:1 Lech Poznań, Raków Częstochowa 0:0 Jagiellonia, "
     "Pogoń Szczecin 3:1 Cracovia."),

    # ================================================================ Romanian
    ("form", "ro", False,
     "Subsemnatul " + m(N, "Andrei Mureșan") + ", CNP " + m(ID, "1790418123410") + ", născut la data de " + m(D, "18.04.1979") +
     ", domiciliat în " + m(A, "Str. Observatorului nr. 34, ap. 7, 400500 Cluj-Napoca") + ", telefon " + m(P, "0744 219 603") +
     ", solicit eliberarea unui certificat de atestare fiscală."),
    ("email", "ro", False, L(
        "Bună ziua, doamna " + m(N, "Dumitrescu") + ",",
        "",
        "Vă trimit contul pentru restituirea garanției: " + m(I, "RO11 BTRL RONC RT86 4076 9256") + ", titular " + m(N, "Ioana Popescu") + ".",
        "",
        "Cu stimă,",
        m(N, "Ioana Popescu"),
        m(P, "0722 481 305"))),
    ("csv", "ro", False, L(
        "marca,nume,cnp,data_nasterii,adresa",
        "1187," + m(N, "Elena Stanciu") + "," + m(ID, "2900930401721") + "," + m(D, "30.09.1990") + ",\"" +
        m(A, "Bd. Iuliu Maniu nr. 7, bl. 2, sc. B, ap. 41, sector 6, București") + "\"")),
    ("history", "ro", True,
     "Ștefan cel Mare a domnit în Moldova între 1457 și 1504, iar Mihai Viteazul a realizat prima unire în 1600. "
     "Astăzi, bulevardul Ștefan cel Mare din Iași duce spre Palatul Culturii."),
    ("sports", "ro", True,
     "Superliga, etapa 28: FCSB 2-1 CFR Cluj, Universitatea Craiova 0-0 Rapid, Farul Constanța 3-0 Petrolul Ploiești."),
    ("email", "ro", True,
     "Comanda nr. 384729105 a fost predată curierului Fan Courier, AWB 2418273645102. Produs: Philips Airfryer "
     "HD9252/90. Factura EMG24 nr. 0048213."),
]

cases += [
    # ================================================================ Norwegian
    ("form", "no", False, L(
        "Navn: " + m(N, "Ingrid Solbakken"),
        "Fødselsnummer: " + m(ID, "05028441233"),
        "Fødselsdato: " + m(D, "05.02.1984"),
        "Adresse: " + m(A, "Thorvald Meyers gate 52B, 0555 Oslo"),
        "Mobil: " + m(P, "412 38 905"),
        "E-post: " + m(E, "ingrid.solbakken@online.no"))),
    ("chat", "no", False, L(
        m(N, "kristian.h") + " 08:47 hei " + m(N, "marte") + ", er du på kontoret i dag?",
        m(N, "marte") + " 08:49 hjemmekontor, ring meg på " + m(P, "934 17 268") + " hvis det haster",
        m(N, "kristian.h") + " 08:50 flott. du har fått tilgang til grafana, passord: " + m(K, "Fjell&Fjord2024"))),
    ("email", "no", False, L(
        "Hei " + m(N, "Sigrid") + ",",
        "",
        "Her er kontoinformasjonen for refusjon av reiseutgiftene:",
        "IBAN: " + m(I, "NO53 7985 9063 902"),
        "",
        "Med vennlig hilsen",
        m(N, "Espen Haugland"),
        m(P, "+47 926 41 857"))),
    ("timetable", "no", True,
     "MS Richard With går fra Bergen kl. 22:30 og anløper Ålesund, Trondheim og Bodø. MS Nordnorge og MS Kong Harald "
     "har justerte rutetider i mai. Ordrenummer: HRG-7731942."),
    ("notice", "no", True,
     "Tog R10 fra Drammen til Lillehammer er innstilt mellom Oslo S og Lillestrøm på grunn av signalfeil. "
     "Avgangen kl. 14:12 erstattes av buss for tog fra Nationaltheatret."),
    ("sports", "no", True,
     "Eliteserien: Bodø/Glimt 3-1 Molde, Rosenborg 2-2 Brann, Viking 1-0 Lillestrøm. Neste runde søndag kl. 17:00."),

    # ================================================================ Danish
    ("form", "da", False, L(
        "Navn: " + m(N, "Mette Kjærgaard Nielsen"),
        "CPR-nr.: " + m(ID, "140387-2004"),
        "Fødselsdato: " + m(D, "14.03.1987"),
        "Adresse: " + m(A, "Jægersborggade 19, 2. th., 2200 København N"),
        "Tlf.: " + m(P, "28 41 93 06"))),
    ("email", "da", False, L(
        "Hej " + m(N, "Camilla") + ",",
        "",
        "Tak for i går. Her er mit kontonummer til udlægget for julefrokosten: " + m(I, "DK44 4469 3089 1097 86") + ".",
        "",
        "Venlig hilsen",
        m(N, "Rasmus Holm"),
        m(P, "+45 31 72 48 09"))),
    ("delivery", "da", False, L(
        "FØLGESEDDEL nr. 88213",
        "Levering til: " + m(N, "Søren Bech Andersen"),
        m(A, "Vestergade 8, 1. sal" + NL + "8000 Aarhus C"),
        "Tlf. " + m(P, "40 12 87 36"),
        "Ordrenr.: DK-558201 · Kolli: 2",
        "Bemærk: stil pakken ved døren, hvis " + m(N, "Søren") + " ikke er hjemme.")),
    ("catalog", "da", True,
     "LEGO Technic 42115 Lamborghini Sián FKP 37 - 3.696 elementer, varenr. 6288714. LEGO Ideas 21330 Home Alone. "
     "Pris 2.999,95 kr. Lagerstatus: 14 stk."),
    ("literature", "da", True,
     "H.C. Andersen udgav \"Den lille havfrue\" i 1837. Havfruen giver sin stemme til havheksen for at få ben og vinde "
     "prinsen. Statuen på Langelinie blev afsløret i 1913."),
    ("sports", "da", True,
     "Superligaen: FC København 2-1 Brøndby, FC Midtjylland 3-0 AGF, Silkeborg 1-1 Randers."),

    # ================================================================ Turkish
    ("form", "tr", False, L(
        "Ad Soyad: " + m(N, "Elif Yıldırım"),
        "T.C. Kimlik No: " + m(ID, "38294716550"),
        "Doğum Tarihi: " + m(D, "12.06.1993"),
        "Adres: " + m(A, "Bağdat Cad. No: 214 D: 9, 34728 Kadıköy/İstanbul"),
        "Cep Telefonu: " + m(P, "0532 418 76 29"),
        "E-posta: " + m(E, "elif.yildirim93@hotmail.com"))),
    ("chat", "tr", False, L(
        "[14:05] " + m(N, "Murat Kaya") + ": " + m(N, "Ayşe") + " hanım merhaba, kirayı hangi hesaba yatırayım?",
        "[14:07] " + m(N, "Ayşe Demir") + ": " + m(N, "Murat") + " bey, " + m(I, "TR19 0006 2015 0553 1790 6482 62") +
        " nolu hesaba, alıcı " + m(N, "Ayşe Demir"),
        "[14:08] " + m(N, "Murat Kaya") + ": tamamdır, dekontu atarım")),
    ("json", "tr", False,
     "{\"siparis_no\": \"TY-88213745\", \"alici\": \"" + m(N, "Burak Şahin") + "\", \"teslimat_adresi\": \"" +
     m(A, "Atatürk Bulvarı No: 117 Daire: 5, 06680 Çankaya/Ankara") + "\", \"kart_no\": \"" + m(C, "4575912807257491") +
     "\", \"telefon\": \"" + m(P, "+90 505 276 14 83") + "\"}"),
    ("chat", "tr", False, L(
        "#backend kanalı",
        m(N, "cem.aydin") + ": " + m(N, "selin") + " staging veritabanı bağlantısı lazım",
        m(N, "selin.k") + ": " + m(U, "mongodb+srv://admin:Kz4xP9qLm2@cluster0.t7rqz.mongodb.net/staging") + " ama kimseyle paylaşma")),
    ("history", "tr", True,
     "Mustafa Kemal Atatürk 1881'de Selanik'te doğdu; Cumhuriyet 29 Ekim 1923'te ilan edildi. Bugün Atatürk Havalimanı "
     "ve Atatürk Kültür Merkezi onun adını taşıyor."),
    ("email", "tr", True,
     "Siparişiniz kargoya verildi. Sipariş No: 2024051488213, Kargo takip no: 7289104455213 (Yurtiçi Kargo). "
     "Fatura No: TRD2024000048213. Ürün: Arçelik 9 kg çamaşır makinesi (7112 CM)."),
    ("sports", "tr", True,
     "Süper Lig 33. hafta: Galatasaray 3-1 Beşiktaş, Fenerbahçe 2-0 Trabzonspor, Başakşehir 1-1 Sivasspor. "
     "Maç saat 20.00'de başlayacak."),

    # ================================================================ Russian
    ("form", "ru", False, L(
        "АНКЕТА СОИСКАТЕЛЯ",
        "ФИО: " + m(N, "Смирнова Екатерина Андреевна"),
        "Дата рождения: " + m(D, "17.04.1989"),
        "Паспорт: " + m(ID, "45 17 638291"),
        "СНИЛС: " + m(ID, "148-392-017 76"),
        "Адрес регистрации: " + m(A, "125009, г. Москва, ул. Большая Дмитровка, д. 9, кв. 34"),
        "Телефон: " + m(P, "+7 916 204-38-71"))),
    ("chat", "ru", False, L(
        "[21:03] " + m(N, "dimon") + ": привет, " + m(N, "саш") + ", скинь данные от сервера",
        "[21:05] " + m(N, "Саша Волков") + ": ssh admin@" + m(IP, "95.163.12.74") + ", пароль " + m(K, "Vlk!2024srv"),
        "[21:05] " + m(N, "dimon") + ": спасибо, ща гляну")),
    ("email", "ru", False, L(
        "Добрый день, " + m(N, "Ирина Владимировна") + "!",
        "",
        "Направляю реквизиты для возврата средств по договору № 17/0324.",
        "Получатель: " + m(N, "Кузнецов Олег Петрович"),
        "Номер карты: " + m(C, "2200 7013 4478 5925"),
        "",
        "С уважением,",
        m(N, "Олег Кузнецов"),
        m(P, "+7 921 583-17-46"))),
    ("config", "ru", False, L(
        "# .env.production - не коммитить!",
        "DATABASE_URL=" + m(U, "postgres://app_user:Zp8mK2vQ4x@db1.crm-prod.ru:5432/crm"),
        "SENTRY_ENVIRONMENT=production",
        "# доступы выдал " + m(N, "Андрей") + " 12.05")),
    ("literature", "ru", True,
     "Александр Сергеевич Пушкин родился в Москве в 1799 году. «Евгений Онегин» - роман в стихах, в котором Татьяна "
     "Ларина пишет письмо Онегину. Памятник поэту стоит на Пушкинской площади."),
    ("email", "ru", True,
     "Заказ № 48213-0917 передан в службу доставки СДЭК, трек-номер 1482930417. Артикул товара: 182736455. "
     "Сумма к оплате: 4 590 руб."),
    ("release_notes", "ru", True,
     "Обновление платформы 1С:Предприятие 8.3.24.1467. Контрольная сумма MD5: 96a0f5b378e0ed2c8d80ccbe5c0a9524. "
     "Сборка от 14.05.2024 12:30:45, номер задачи 10178233."),

    # ================================================================ Arabic
    ("form", "ar", False, L(
        "استمارة تسجيل",
        "الاسم: " + m(N, "محمد عبدالله القحطاني"),
        "رقم الهوية الوطنية: " + m(ID, "1084629375"),
        "تاريخ الميلاد: " + m(D, "1988/05/14"),
        "الجوال: " + m(P, "+966 55 318 4027"),
        "العنوان: " + m(A, "2784 شارع أنس بن مالك، حي الملقا، الرياض 13521"),
        "البريد الإلكتروني: " + m(E, "m.alqahtani88@gmail.com"))),
    ("email", "ar", False, L(
        "الأستاذ " + m(N, "خالد العتيبي") + " المحترم،",
        "",
        "السلام عليكم ورحمة الله وبركاته،",
        "أرجو تحويل مستحقات العقد إلى الحساب التالي:",
        "اسم المستفيد: " + m(N, "سارة الحربي"),
        "الآيبان: " + m(I, "SA05 8057 3297 8887 8783 9466"),
        "",
        "مع خالص التحية،",
        m(N, "سارة الحربي"),
        m(P, "050 482 6193"))),
    ("chat", "ar", False, L(
        "[10:21] " + m(N, "أحمد") + ": صباح الخير يا " + m(N, "منى") + "، العنوان إيه بالظبط؟",
        "[10:23] " + m(N, "منى حسن") + ": " + m(A, "15 شارع شجرة الدر، الزمالك، القاهرة، الدور التالت شقة 6"),
        "[10:24] " + m(N, "أحمد") + ": تمام، هكلمك على " + m(P, "010 2284 7163") + " لما أوصل")),
    ("ticket", "ar", False, L(
        "تذكرة دعم #58213",
        "العميل: " + m(N, "يوسف الشمري"),
        "رقم البطاقة: " + m(C, "5585061100305840"),
        "عنوان IP: " + m(IP, "94.99.187.26"),
        "المشكلة: تم خصم المبلغ مرتين من البطاقة.")),
    ("history", "ar", True,
     "وُلد صلاح الدين الأيوبي في تكريت عام 1137م، واستعاد القدس عام 1187م. ويحمل اسمه اليوم شارع صلاح الدين في القدس "
     "ومحافظة صلاح الدين في العراق."),
    ("email", "ar", True,
     "تم شحن طلبك رقم 402-7731942-5581 عبر أرامكس، رقم التتبع 34829104725. رقم الفاتورة INV-SA-2024-00918. "
     "المنتج: سامسونج جالكسي S24 ألترا (SM-S928B)."),
    ("sports", "ar", True,
     "دوري روشن السعودي: الهلال 3-1 النصر، الاتحاد 2-2 الأهلي، الشباب 1-0 الفتح. المباراة القادمة على ملعب الملك فهد الدولي."),

    # ================================================================ Hebrew
    ("form", "he", False, L(
        "שם מלא: " + m(N, "נועה לוי-כהן"),
        "מספר זהות: " + m(ID, "315284760"),
        "תאריך לידה: " + m(D, "02.09.1991"),
        "כתובת: " + m(A, "רחוב אבן גבירול 88, דירה 14, תל אביב-יפו 6416209"),
        "טלפון נייד: " + m(P, "052-384-1176"))),
    ("email", "he", False, L(
        "שלום " + m(N, "יעל") + ",",
        "",
        "מצרף את פרטי החשבון להחזר: " + m(I, "IL38 0108 0001 4113 4016 932") + " על שם " + m(N, "אבי מזרחי") + ".",
        "",
        "בברכה,",
        m(N, "אבי מזרחי"),
        m(P, "054-772-3918"))),
    ("chat", "he", False, L(
        "[09:41] " + m(N, "דני") + ": בוקר טוב " + m(N, "רונית") + ", מה הכתובת של ההורים שלך?",
        "[09:43] " + m(N, "רונית שפירא") + ": " + m(A, "רחוב הרצל 27, רחובות"),
        "[09:43] " + m(N, "רונית שפירא") + ": ואבא שלי ביקש שתתקשר אליו, " + m(P, "050-619-2284"))),
    ("directions", "he", True,
     "מהתחנה המרכזית ממשיכים ברחוב הרצל עד כיכר רבין, ופונים שמאלה לשדרות בן גוריון. החניון נמצא מול גן מאיר."),
    ("booking", "he", True,
     "טיסה LY315 מנמל התעופה בן גוריון לבריסל ממריאה ב-07:40 מטרמינל 3. מספר הזמנה: 8X4KQL. מספר כרטיס: 1142183746520."),
    ("release_notes", "he", True,
     "גרסה 3.14.2 של האפליקציה כוללת תיקון לבאג #4821. מזהה בנייה: 20240514.3, מזהה בקשה 37ddf333-8e76-46f8-bd81-ac9dc856fb7e."),
]

cases += [
    # ================================================================ Chinese
    ("delivery", "zh", False, L(
        "【顺丰速运】电子面单",
        "收件人：" + m(N, "王丽娟"),
        "电话：" + m(P, "138 1024 6673"),
        "地址：" + m(A, "北京市朝阳区建国路88号SOHO现代城3号楼1206室"),
        "寄件人：" + m(N, "李建国") + " " + m(P, "159 2083 4471"),
        "运单号：SF1428301957264",
        "备注：易碎品，请轻放")),
    ("chat", "zh", False, L(
        m(N, "张伟") + "：" + m(N, "小李") + "，明天见客户的材料你带上",
        m(N, "李娜") + "：好的" + m(N, "张") + "总。客户是" + m(N, "陈志强") + "，身份证号" + m(ID, "310104198503214319") + "，合同已经打印了",
        m(N, "张伟") + "：他手机号也发我一下",
        m(N, "李娜") + "：" + m(P, "139 1677 2048"))),
    ("form", "zh", False, L(
        "员工信息登记表",
        "姓名：" + m(N, "林晓雯"),
        "性别：女",
        "出生日期：" + m(D, "1992年11月27日"),
        "身份证号码：" + m(ID, "440306199211275184"),
        "现住址：" + m(A, "广东省深圳市宝安区新安街道创业二路138号翡翠明珠花园7栋1503"),
        "联系电话：" + m(P, "186 2045 7392"),
        "电子邮箱：" + m(E, "linxiaowen1127@163.com"))),
    ("ticket", "zh", False, L(
        "工单编号：CS-20240514-0382",
        "用户：" + m(N, "赵磊") + "（账号 " + m(N, "zhaolei_88") + "）",
        "问题：路由器无法联网",
        "WAN口MAC：" + m(MAC, "c8:3a:35:1f:8e:42"),
        "公网IP：" + m(IP, "114.247.50.18"),
        "处理人：" + m(N, "周敏"))),
    ("history", "zh", True,
     "孔子生于公元前551年，是儒家学派的创始人。鲁迅原名周树人，1918年发表《狂人日记》。上海的鲁迅公园和中山公园都是热门景点。"),
    ("email", "zh", True,
     "您的订单 202405141829371 已发货，快递单号 YT7418293056172（圆通速递）。发票号码 24442000000048213097。商品：小米14 Pro 12GB+256GB。"),
    ("release_notes", "zh", True,
     "版本 v2.8.13（构建号 20240514.1）更新说明：修复内存泄漏；安装包 SHA-256："
     "48f40da2204bc87369c2356ebe79f61fd6cdbda13c8c192446b762d018500897；默认监听地址 0.0.0.0:8080。"),

    # ================================================================ Thai
    ("form", "th", False, L(
        "ใบสมัครสมาชิก",
        "ชื่อ-นามสกุล: นางสาว" + m(N, "สุนิสา วงศ์สวัสดิ์"),
        "เลขประจำตัวประชาชน: " + m(ID, "1-1037-00415-92-1"),
        "วันเกิด: " + m(D, "14 กุมภาพันธ์ 2533"),
        "ที่อยู่: " + m(A, "99/45 หมู่บ้านพฤกษา ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ 10230"),
        "โทรศัพท์: " + m(P, "081-547-2398"))),
    ("chat", "th", False, L(
        "พี่" + m(N, "ต้น") + ": น้อง" + m(N, "แพร") + " ส่งที่อยู่มาหน่อย จะส่งของขวัญไปให้",
        m(N, "แพร") + ": " + m(A, "88/12 ถนนนิมมานเหมินท์ ซอย 9 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ เชียงใหม่ 50200") + " ค่ะ",
        "พี่" + m(N, "ต้น") + ": โอเค เบอร์ยังเป็น " + m(P, "089-316-7042") + " ใช่มั้ย",
        m(N, "แพร") + ": ใช่ค่ะพี่")),
    ("booking", "th", False, L(
        "ยืนยันการจองห้องพัก เลขที่ BK-7731942",
        "ผู้เข้าพัก: นาย" + m(N, "ธนากร ศรีสุข"),
        "อีเมล: " + m(E, "thanakorn.s@gmail.com"),
        "บัตรเครดิต: " + m(C, "4202754541632816"),
        "เช็คอิน 12 มิ.ย. 2567 เช็คเอาท์ 14 มิ.ย. 2567")),
    ("email", "th", True,
     "คำสั่งซื้อเลขที่ 240514ABCD8821 จัดส่งโดย Kerry Express หมายเลขพัสดุ KEX1829304715 ยอดชำระ 1,290 บาท"),
    ("directions", "th", True,
     "จากสถานีบีทีเอสอโศก เดินไปตามถนนสุขุมวิท แล้วเลี้ยวเข้าถนนอโศกมนตรี ร้านอยู่ตรงข้ามห้างเทอร์มินอล 21"),
    ("literature", "th", True,
     "สุนทรภู่ กวีเอกของไทย เกิดเมื่อ พ.ศ. 2329 ผลงานเด่นคือ พระอภัยมณี ซึ่งมีตัวละครอย่างนางผีเสื้อสมุทรและสุดสาคร"),

    # ================================================================ Tagalog
    ("form", "tl", False, L(
        "Pangalan: " + m(N, "Maria Cristina Dela Cruz"),
        "Petsa ng kapanganakan: " + m(D, "Hunyo 12, 1995"),
        "Tirahan: " + m(A, "1423 Kalye Mabini, Brgy. 699, Malate, Maynila 1004"),
        "SSS No.: " + m(ID, "34-2918473-6"),
        "Cellphone: " + m(P, "0917 582 4409"))),
    ("chat", "tl", False, L(
        m(N, "joy_santos") + ": hi ate " + m(N, "lorna") + "! pakisend naman ng gcash number mo",
        m(N, "lorna.b") + ": " + m(P, "0918 274 6630") + " yan, " + m(N, "Lorna Bautista") + " ang name",
        m(N, "joy_santos") + ": salamat po ate! send ko na mamaya")),
    ("email", "tl", False, L(
        "Magandang araw po, G. " + m(N, "Reyes") + ",",
        "",
        "Ipinapadala ko po ang aking TIN: " + m(ID, "318-472-905-000") + " at passport number " + m(ID, "P4829173B") +
        " para sa visa application.",
        "",
        "Lubos na gumagalang,",
        m(N, "Jerome Villanueva"),
        m(E, "jerome.villanueva@yahoo.com"))),
    ("history", "tl", True,
     "Ipinanganak si Jose Rizal sa Calamba, Laguna noong 1861. Isinulat niya ang Noli Me Tangere, kung saan tampok sina "
     "Crisostomo Ibarra at Maria Clara. Ngayon, dinarayo ng mga turista ang Rizal Park sa Maynila."),
    ("receipt", "tl", True,
     "GCash: Matagumpay ang bayad na PHP 1,500.00 sa Meralco. Ref. No. 8012 483 917264. 14 May 2024 3:42 PM. "
     "Salamat sa paggamit ng GCash!"),
    ("sports", "tl", True,
     "PBA Philippine Cup: San Miguel Beermen 112-98 Barangay Ginebra, TNT Tropang Giga 101-95 Meralco Bolts. "
     "Susunod na laro sa Smart Araneta Coliseum, 7:30 PM."),

    # ================================================================ Yoruba
    ("letter", "yo", False, L(
        "Ẹ kú àárọ̀ o, Ọ̀gbẹ́ni " + m(N, "Kúnlé") + ".",
        "Àdírẹ́sì mi tuntun ni " + m(A, "23 Òpópónà Bódìjà, Ìbàdàn") + ".",
        "Nọ́mbà fóònù mi ni " + m(P, "0806 294 1735") + ".",
        "Ẹ ṣé gan-an,",
        m(N, "Fọláṣadé Ògúnníyì"))),
    ("form", "yo", False, L(
        "Orúkọ: " + m(N, "Olúwaṣeun Adérìnsọ́lá Ọlátúnjí"),
        "Ọjọ́ ìbí: " + m(D, "04/10/1990"),
        "Nọ́mbà ìdánimọ̀ (NIN): " + m(ID, "71938402651"),
        "Àdírẹ́sì: " + m(A, "12 Ìgbọ̀nà Road, Òṣogbo"),
        "Fóònù: " + m(P, "0703 518 2246"))),
    ("chat", "yo", False, L(
        "[8:14] " + m(N, "tayo_ade") + ": ẹ kú ìrọ̀lẹ́ gbogbo yín \U0001f64f",
        "[8:15] " + m(N, "bisi.o") + ": ẹ kú ìrọ̀lẹ́ o, " + m(N, "Táyọ̀") + ". ṣé ìpàdé ọ̀la ṣì wà?",
        "[8:16] " + m(N, "tayo_ade") + ": bẹ́ẹ̀ ni, ní ilé Alhaja " + m(N, "Rẹ̀mí Bello") + ", " +
        m(A, "41 Ajayi Crowther Street, Ìbàdàn"))),
    ("history", "yo", True,
     "Odùduwà ni a gbàgbọ́ pé ó jẹ́ baba ńlá àwọn Yorùbá, tí ó tẹ̀dó sí Ilé-Ifẹ̀. Lónìí, Yunifásítì Ọbáfẹ́mi Awólọ́wọ̀ "
     "wà ní Ilé-Ifẹ̀, ọjà Dàngótè sì wà káàkiri."),

    # ================================================================ Irish
    ("form", "ga", False, L(
        "FOIRM IARRATAIS",
        "Ainm: " + m(N, "Siobhán Ní Bhriain"),
        "Uimhir PSP: " + m(ID, "6284913N"),
        "Dáta breithe: " + m(D, "19/07/1988"),
        "Seoladh: " + m(A, "27 Bóthar na Trá, Bearna, Co. na Gaillimhe H91 C8T2"),
        "Fón póca: " + m(P, "087 392 4518"))),
    ("email", "ga", False, L(
        "A " + m(N, "Sheáin") + ", a chara,",
        "",
        "Go raibh maith agat as an gcruinniú inné. Seo sonraí mo chuntais don aisíoc: " + m(I, "IE67 AIBK 9311 5221 3414 53") + ".",
        "",
        "Le dea-mhéin,",
        m(N, "Úna Nic Giolla Phádraig"),
        m(P, "+353 86 417 2093"))),
    ("minutes", "ga", False, L(
        "Miontuairiscí - Coiste na Scoile",
        "I láthair: " + m(N, "Aoife Ní Chonaill") + " (cathaoirleach), " + m(N, "Diarmuid Ó Sé") + ", " + m(N, "Caoimhe de Búrca"),
        "Leithscéal: " + m(N, "Cian Mac Aodha"),
        "1. D'aontaigh " + m(N, "Diarmuid") + " an halla a chur in áirithe don 14 Meitheamh.")),
    ("history", "ga", True,
     "Rugadh Mícheál Ó Coileáin i gCo. Chorcaí sa bhliain 1890 agus maraíodh é i mBéal na Bláth sa bhliain 1922. "
     "Ainmníodh Beairic Uí Choileáin i gCorcaigh ina dhiaidh."),
    ("directions", "ga", True,
     "Ón stáisiún, siúil feadh Shráid Uí Chonaill go dtí an droichead, ansin cas ar chlé ar Ché Eden agus lean ar aghaidh go Sráid na Mainistreach."),
    ("sports", "ga", True,
     "Craobh na hÉireann: Gaillimh 1-15 Ciarraí 0-17; Baile Átha Cliath 2-20 Corcaigh 1-14. Páirc an Chrócaigh, 3.30 i.n."),
]

emit("tuning20h", cases)
