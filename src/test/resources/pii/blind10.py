# Blind evaluation corpus 10: hand-written real-world documents (tickets, threads, chats, letters, records, code, dumps) in 40+ languages, ~40 % hard negatives.
# Run: python3 blind10.py > corpus-blind10.jsonl
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

T = "\t"
cases = []

# ====================================================================== English — positives
cases += [
    ("ticket", "en", False, NL.join([
        "Zendesk | Ticket #448192 | Priority: High | Group: Account Security",
        "Requester: " + m(N, "Marisol Quintanilla-Reyes") + " <" + m(E, "mquintanilla.reyes@outlook.com") + ">",
        "Channel: Phone callback requested — " + m(P, "+1 (956) 412-0388"),
        "",
        "Customer says she was locked out after 5 failed logins she did not make. Verified identity with DOB " + m(D, "03/22/1979") +
        " and last four of SSN; she then read out the full number (" + m(S, "421-67-9038") + ") before I could stop her — please purge from call notes.",
        "Billing address on file: " + m(A, "1407 W Jackson Ave, Harlingen, TX 78550") + ".",
        "Login attempts came from " + m(IP, "185.220.101.47") + " and " + m(IP, "2a02:6b8:c0e:500:1:7::2") + ", neither matches her usual ISP.",
        "",
        "— " + m(N, "Devon") + " (Tier 2)",
        "Escalated to " + m(N, "priya.natarajan") + " for fraud review; forced password reset + revoked all sessions.",
    ])),

    ("email", "en", False, NL.join([
        "From: Gareth Pryce-Whitfield <" + m(E, "gpw.lettings@gmail.com") + ">",
        "To: " + m(E, "hannah.okafor92@hotmail.co.uk"),
        "Date: Mon, 2 Sep 2024 09:14:07 +0100",
        "Subject: Re: Deposit – Flat 3, 27 Albion Terrace",
        "",
        "Hi " + m(N, "Hannah") + ",",
        "",
        "I've been through the check-out report with " + m(N, "Lorraine") + " from the inventory company. Apart from the scorch mark on the worktop I'm happy to return the full deposit. "
        "Can you confirm the account you want it paid into? I still have the old one ending 4471 and I know you changed banks.",
        "",
        "Also, the council says there's a post redirection request still open for " + m(A, "Flat 3, 27 Albion Terrace, Sheffield S6 3BN") + " — if you haven't set one up to your new place you might want to.",
        "",
        "Cheers,",
        m(N, "Gareth"),
        m(P, "07834 215 906"),
        "",
        "On Sun, 1 Sep 2024 at 22:41, " + m(N, "Hannah Okafor") + " <" + m(E, "hannah.okafor92@hotmail.co.uk") + "> wrote:",
        "> Hi " + m(N, "Gareth") + ", keys are with the concierge. New address for anything that turns up is",
        "> " + m(A, "112 Crookesmoor Road"),
        "> " + m(A, "Sheffield S10 1BA"),
        "> Please pay the deposit into " + m(I, "GB09 NWBK 6520 7063 5427 58") + " (Nationwide, my name). Thanks! H",
    ]).replace("From: Gareth Pryce-Whitfield", "From: " + m(N, "Gareth Pryce-Whitfield"))),

    ("chat_export", "en", False, NL.join([
        "#infra-alerts — exported 2024-06-18",
        "[08:02] ops-bot: :rotating_light: api-gw-3 (" + m(IP, "10.42.7.19") + ") p99 latency > 2s",
        "[08:04] tom.breckenridge: looking",
        "[08:09] tom.breckenridge: pgbouncer is refusing conns. can someone with prod creds check?",
        "[08:11] aisling: ok I'm on it. using the break-glass url " + m(U, "postgres://svc_ledger:Kw8%23vPz2!qLr@pg-prod-01.int.halyard.io:5432/ledger") + " from the vault note",
        "[08:11] aisling: ...and I just pasted that in a public channel. rotating now 🙃",
        "[08:13] ravi k: also revoke the AWS key from yesterday's runbook: " + m(K, "AKIA4QWERTYX7J2M9ZDL") + " / " + m(K, "tF9c0bJm3XwQk7yR2vLpN8sHq1aEeZu5dGi6oTnB"),
        "[08:15] tom.breckenridge: @" + m(N, "aisling") + " thanks. @" + m(N, "ravi k") + " done, deactivated",
        "[08:20] ops-bot: :white_check_mark: api-gw-3 recovered",
    ]).replace("tom.breckenridge:", m(N, "tom.breckenridge") + ":").replace("] aisling:", "] " + m(N, "aisling") + ":").replace("] ravi k:", "] " + m(N, "ravi k") + ":")),

    ("chat_export", "en", False, NL.join([
        "[14/07/2024, 18:22:05] Auntie Bev: Right who's picking nan up on Sunday",
        "[14/07/2024, 18:23:41] Kieran: I can if someone sends me her new address I've only been to the old bungalow",
        "[14/07/2024, 18:24:10] Auntie Bev: " + m(A, "Rosewood Court, Flat 12, 4 Chapel Street, Ormskirk L39 2AT"),
        "[14/07/2024, 18:24:30] Auntie Bev: buzzer doesn't work ring her landline " + m(P, "01695 577 213"),
        "[14/07/2024, 18:26:02] Shaz 💅: kier bring her blue pills they're still at mine",
        "[14/07/2024, 18:26:40] Kieran: 👍 shaz what's your number again new phone",
        "[14/07/2024, 18:27:15] Shaz 💅: " + m(P, "07912 448 130"),
        "[14/07/2024, 18:30:51] Auntie Bev: and tell Deano he owes me £20",
    ]).replace("Auntie Bev:", "Auntie " + m(N, "Bev") + ":").replace("] Kieran:", "] " + m(N, "Kieran") + ":").replace("Shaz 💅:", m(N, "Shaz") + " 💅:")
      .replace("kier bring", m(N, "kier") + " bring").replace("👍 shaz", "👍 " + m(N, "shaz")).replace("tell Deano", "tell " + m(N, "Deano"))),

    ("obituary", "en", False,
     m(N, "Dorothy Mae Kettering") + " (née " + m(N, "Albright") + "), 91, of Ashtabula, passed away peacefully on Tuesday, October 8, 2024, at Lakeside Hospice. "
     "She was born on " + m(D, "February 17, 1933") + ", in Conneaut to the late " + m(N, "Walter") + " and " + m(N, "Ida Albright") + ". "
     "" + m(N, "Dot") + " worked for thirty-one years in the cafeteria at Harbor High School, where generations of students knew her as the lady who always slipped them an extra roll. "
     "She is survived by her daughters " + m(N, "Carol Jean Pfeiffer") + " (" + m(N, "Ron") + ") of Geneva and " + m(N, "Linda Szabo") + " of Erie, PA; "
     "her grandchildren " + m(N, "Megan") + ", " + m(N, "Tyler") + " and " + m(N, "Brooke") + "; and her beloved cat, Biscuit. "
     "She was preceded in death by her husband of 58 years, " + m(N, "Harold \"Hal\" Kettering") + ", and her brother " + m(N, "Eugene") + ". "
     "Calling hours will be Friday from 4 to 7 p.m. at Potts-Ducro Funeral Home. In lieu of flowers, the family asks that donations be sent to "
     "the Ashtabula County Animal Protective League. Condolences may be mailed to the family c/o " + m(N, "Carol Pfeiffer") + ", " + m(A, "1120 Rt. 534 S, Geneva, OH 44041") + "."),

    ("news", "en", False,
     "Two hurt in Route 9 crash near Hadley" + NL +
     "HADLEY — A Belchertown man and his teenage passenger were taken to Baystate Medical Center on Saturday night after their pickup truck left Route 9 and struck a utility pole near the Hadley–Amherst line. "
     "Police identified the driver as " + m(N, "Jeffrey Lemieux") + ", 47, of " + m(A, "38 Stebbins Street, Belchertown") + ". His nephew, " + m(N, "Caden Lemieux") + ", 16, suffered a broken wrist. "
     "\"I heard the bang and ran out with a flashlight,\" said " + m(N, "Norma Vasquez-Pratt") + ", whose house sits about fifty yards from the pole. \"" + m(N, "Jeff") + " was talking, which was a relief.\" "
     "About 1,400 Eversource customers lost power for roughly three hours. Hadley Police Chief Michael Mason said the crash remains under investigation and that speed may have been a factor." + NL +
     "Anyone who witnessed the crash is asked to call Officer " + m(N, "Dana Kowalczyk") + " at " + m(P, "413-584-1699") + " ext. 214."),

    ("medical", "en", False, NL.join([
        "DISCHARGE SUMMARY — Royal Gwent Hospital, Ward C4 (Respiratory)",
        "Patient: " + m(N, "RHYS, Glenys Margaret"),
        "DOB: " + m(D, "09/11/1946") + "    NHS No: " + m(ID, "485 777 3457") + "    Hosp No: RG0774312",
        "Address: " + m(A, "17 Heol Glyn, Risca, Newport NP11 6DF"),
        "GP: Dr " + m(N, "A. Banerjee") + ", Risca Health Centre",
        "NOK: " + m(N, "Owain Rhys") + " (son) " + m(P, "07700 183 442"),
        "",
        "Admitted 02/05/2024 with infective exacerbation of COPD. Treated with nebulised salbutamol, prednisolone 30 mg OD x5 days and doxycycline. "
        "Mrs " + m(N, "Rhys") + " lives alone; daughter-in-law " + m(N, "Sian") + " visits daily. Mobility with frame, declined package of care.",
        "",
        "Plan: complete steroid course; respiratory nurse " + m(N, "Bethan Howells") + " to review at home within 7 days; rescue pack issued.",
        "Signed: Dr " + m(N, "K. Oyelaran") + " (FY2), bleep 4417, 08/05/2024",
    ])),

    ("hr", "en", False, NL.join([
        "NEW HIRE RECORD — CONFIDENTIAL (Payroll / Benefits)",
        "Employee ID: E-20931    Start date: 2024-08-05    Dept: Warehouse Ops, Reno NV",
        "Legal name: " + m(N, "Tomasz J. Wierzbicki"),
        "Preferred name: " + m(N, "Tom"),
        "Date of birth: " + m(D, "1990-12-04"),
        "SSN: " + m(S, "532-61-4478"),
        "Home address: " + m(A, "2295 Kietzke Ln Apt 114, Reno, NV 89502"),
        "Mobile: " + m(P, "(775) 230-8814") + "   Personal email: " + m(E, "tomwierz90@gmail.com"),
        "Driver license: NV " + m(ID, "1103458827"),
        "Emergency contact: " + m(N, "Agnieszka Wierzbicka") + " (spouse) — " + m(P, "(775) 230-9127"),
        "Direct deposit: Wells Fargo, routing 121042882, acct ****6650",
        "I-9 verified by: " + m(N, "Lucia Ferreira") + ", HR Generalist, 08/05/2024",
    ])),

    ("cv", "en", False, NL.join([
        m(N, "NIAMH O'SULLIVAN-BRENNAN"),
        m(A, "Apt 6, Granary Hall, 14 Ship Street Little, Dublin 8, D08 X2T4") + " | " + m(P, "+353 87 419 2260") + " | " + m(E, "niamh.osb@protonmail.com"),
        "Date of birth: " + m(D, "21 June 1995") + " | PPSN: " + m(ID, "7293516WA"),
        "",
        "PROFILE",
        "Bilingual (English/Irish) payroll specialist with six years in multi-entity payroll for SMEs. Comfortable with Sage, BrightPay and Xero.",
        "",
        "EXPERIENCE",
        "2021–present  Payroll Lead, Tolka Accountancy Services, Drumcondra",
        "2018–2021     Payroll Administrator, Harcourt Recruitment, Dublin 2",
        "",
        "REFEREES",
        m(N, "Declan Furlong") + ", Managing Partner, Tolka Accountancy — " + m(E, "d.furlong@tolkaaccountancy.ie") + ", " + m(P, "01 837 4412"),
        m(N, "Mary-Kate Doherty") + ", former line manager — available on request",
    ])),

    ("contract", "en", False, NL.join([
        "RESIDENTIAL TENANCY AGREEMENT (Ontario Standard Form — summary page)",
        "Landlord: " + m(N, "Harjit Singh Grewal"),
        "Address for service: " + m(A, "88 Heart Lake Rd, Brampton, ON L6Z 2H1"),
        "Tenant(s): " + m(N, "Chloé Tremblay") + " and " + m(N, "Mathieu Gagnon-Lavoie"),
        "Rental unit: " + m(A, "Unit B (basement), 41 Crestview Drive, Brampton, ON L6Z 3J7"),
        "Term: 1 October 2024 to 30 September 2025, monthly rent $1,850.00 due on the 1st",
        "",
        "Tenant contact: " + m(P, "437-881-2094") + " / " + m(E, "chloe.tremblay@videotron.ca"),
        "Landlord contact: " + m(P, "905-846-3371"),
        "",
        "Rent deposit received: $1,850.00 (cheque #0217 drawn on the account of " + m(N, "M. Gagnon-Lavoie") + ").",
        "For the credit check only the tenant provided SIN " + m(ID, "527 384 911") + "; landlord agrees to destroy the copy after screening.",
        "",
        "Signed: ____________ " + m(N, "H. S. Grewal") + "      ____________ " + m(N, "C. Tremblay") + "      ____________ " + m(N, "M. Gagnon-Lavoie"),
    ])),

    ("invoice", "en", False, NL.join([
        "TAX INVOICE  #INV-2024-0193",
        "Kev's Plumbing & Gas — " + m(N, "Kevin Drummond") + ", Gas Safe Reg. 583217",
        m(A, "Unit 4, Barrowfield Works, 22 Main Street, Kilsyth G65 0AQ"),
        "Tel " + m(P, "01236 823 517") + " · Mob " + m(P, "07764 390 118") + " · " + m(E, "kevsplumbing.kilsyth@gmail.com"),
        "",
        "Bill to: Mrs " + m(N, "Fiona Laing"),
        m(A, "9 Birkenburn Road"),
        m(A, "Cumbernauld G67 4PB"),
        "",
        "Date       Description                                   Qty   Amount",
        "12/03/24   Replace Worcester Bosch 30i diverter valve       1   £165.00",
        "12/03/24   Labour (2.5 h)                                 2.5   £112.50",
        "           Subtotal £277.50   VAT 20% £55.50   TOTAL £333.00",
        "",
        "Payment by bank transfer: " + m(N, "K Drummond") + ", sort code 83-44-12, acc 10459837, ref INV-2024-0193.",
    ])),

    ("bank_statement", "en", False, NL.join([
        "Monzo — Statement for " + m(N, "Adebayo Fashola"),
        m(A, "Flat 9, Lister House, 61 Stamford Hill, London N16 5TU"),
        "Account: 04-00-04 31267759   IBAN " + m(I, "GB62 MONZ 0400 0431 2677 59") + "   Period: 01 Apr 2024 – 30 Apr 2024",
        "",
        "Date        Description                             Out        In       Balance",
        "02 Apr      Salary HALLIDAY LOGISTICS LTD                     2,412.60  2,655.19",
        "03 Apr      Faster Payment to " + m(N, "TEMITOPE FASHOLA") + "  350.00                2,305.19",
        "06 Apr      TfL Travel Charge                        14.80               2,290.39",
        "11 Apr      Faster Payment from " + m(N, "J OKONKWO") + " \"rent share\"        475.00  2,765.39",
        "15 Apr      Standing order " + m(N, "P NWANKWO") + " rent        950.00               1,815.39",
        "22 Apr      Card 4473 02** **** 0372 Tesco Stores     42.16               1,773.23",
    ])),

    ("insurance", "en", False, NL.join([
        "MOTOR CLAIM NOTIFICATION — Claim ref AUM-7741902",
        "Policyholder: " + m(N, "Bronwyn Hatzidakis") + "   DOB " + m(D, "14/08/1983"),
        "Address: " + m(A, "3/27 Wattle Grove, Brunswick East VIC 3057"),
        "Phone: " + m(P, "0412 908 557") + "   Email: " + m(E, "bron.hatz@bigpond.com"),
        "Driver licence (VIC): " + m(ID, "047 812 395") + "   Medicare: " + m(ID, "4271 80538 1"),
        "",
        "Circumstances: I was stationary at the lights on Lygon St when a white van rear-ended me. The other driver, " + m(N, "Stavros Karamanlis") +
        ", gave me his number " + m(P, "0433 175 284") + " and said his insurer is NRMA. A witness, " + m(N, "Jess Nguyen") + ", left a note on my windscreen.",
        "Vehicle: 2019 Mazda CX-5, rego 1XY-4RT. Damage to rear bumper and tailgate.",
    ])),

    ("police", "en", False, NL.join([
        "INCIDENT REPORT  #24-018833   Maricopa Co. Sheriff's Office   Reporting Deputy: " + m(N, "R. Halvorsen") + " #4471",
        "Date/Time: 06/29/2024 2317 hrs   Location: Circle K, 8800 block W Indian School Rd",
        "",
        "SUBJECT 1 (arrested): " + m(N, "DARNELL EUGENE WATTS") + "  B/M  DOB " + m(D, "07/02/1998"),
        "  Res: " + m(A, "7316 W Mackenzie Dr, Phoenix AZ 85033") + "   AZ DL " + m(ID, "D04129876"),
        "VICTIM: " + m(N, "Yesenia Olvera") + "  H/F  DOB " + m(D, "11/19/2001") + "  Ph " + m(P, "602-338-7145"),
        "",
        "NARRATIVE: On arrival I contacted the victim, who stated that " + m(N, "Watts") + " (her ex-boyfriend) grabbed her phone and pushed her against the ice machine. "
        "Store clerk " + m(N, "Hamid Rezaei") + " confirmed and provided CCTV. " + m(N, "Watts") + " was located in the parking lot and detained without incident. "
        "Booked into 4th Ave Jail on ARS 13-1203. Victim advised of rights; VINE pamphlet provided.",
    ])),

    ("court", "en", False,
     "MAGISTRATES' COURT ROUND-UP — Swindon" + NL +
     m(N, "Lee Anthony Pascoe") + ", 34, of " + m(A, "Whitworth Road, Swindon") + ", admitted drink-driving on the A419 at Blunsdon on 3 March. He was banned for 20 months and fined £640." + NL +
     m(N, "Kayleigh Morrissey") + ", 27, of " + m(A, "Flat 5, 12 Ferndale Road, Swindon") + ", was given a community order after she admitted stealing £1,100 of cosmetics from Boots in the Brunel Centre. "
     "Her solicitor said she had been under pressure from a former partner, " + m(N, "Jordan Blake") + ", who was not in court." + NL +
     m(N, "Ionut Stanciu") + ", 41, of no fixed abode, was remanded in custody to appear at Swindon Crown Court charged with burglary of a house in Wroughton."),

    ("log", "en", False, NL.join([
        "Jun 18 02:14:07 bastion-1 sshd[22817]: Failed password for invalid user admin from " + m(IP, "45.148.10.92") + " port 51922 ssh2",
        "Jun 18 02:14:11 bastion-1 sshd[22817]: Failed password for invalid user oracle from " + m(IP, "45.148.10.92") + " port 51940 ssh2",
        "Jun 18 07:58:33 bastion-1 sshd[23104]: Accepted publickey for " + m(N, "jmcallister") + " from " + m(IP, "81.174.155.23") + " port 60211 ssh2: ED25519 SHA256:q3Pv2xYtq8bJ6f0GmH1l8m1u0nX7wZcRkS4yVdTe2aU",
        "Jun 18 07:58:33 bastion-1 systemd-logind[611]: New session 4412 of user " + m(N, "jmcallister") + ".",
        "Jun 18 08:03:19 bastion-1 sudo: " + m(N, "jmcallister") + " : TTY=pts/1 ; PWD=/home/" + m(N, "jmcallister") + " ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
        "Jun 18 08:15:02 dhcp-1 dhcpd[902]: DHCPACK on " + m(IP, "192.168.20.117") + " to " + m(MAC, "3c:22:fb:9a:41:0e") + " (Sinead-MBP) via eth1",
        "Jun 18 08:15:40 dhcp-1 dhcpd[902]: DHCPACK on " + m(IP, "192.168.20.131") + " to " + m(MAC, "a4:83:e7:2c:5d:90") + " (iPhone-van-Rooyen) via eth1",
    ]).replace("(Sinead-MBP)", "(" + m(N, "Sinead") + "-MBP)").replace("(iPhone-van-Rooyen)", "(iPhone-" + m(N, "van-Rooyen") + ")")),

    ("csv", "en", False, NL.join([
        "customer_id,first_name,last_name,email,phone,dob,postcode,card_number",
        "C10291," + m(N, "Eilidh") + "," + m(N, "MacPhail") + "," + m(E, "eilidh.macphail@icloud.com") + "," + m(P, "+44 7723 550981") + "," + m(D, "1988-02-29") + ",IV2 4JB," + m(C, "4938 1666 2263 1883"),
        "C10292," + m(N, "Rajesh") + "," + m(N, "Venkataraman") + "," + m(E, "rajesh.v@venkat.me") + "," + m(P, "+44 7400 128 377") + "," + m(D, "1975-10-13") + ",LE4 6SL," + m(C, "5352 5177 6052 1936"),
        "C10293," + m(N, "Zofia") + "," + m(N, "Kamińska-Hart") + "," + m(E, "zkh@zofiahart.co.uk") + "," + m(P, "+44 7511 904 222") + "," + m(D, "2001-07-07") + ",BS3 1QF," + m(C, "3724 784776 28414"),
        "C10294,,,,,,,",
    ])),

    ("sql", "en", False, NL.join([
        "-- dump of staging.users taken 2024-05-02 for bug #3318 (DO NOT COMMIT)",
        "INSERT INTO users (id, username, full_name, email, api_token, last_login_ip, created_at) VALUES",
        "(101, '" + m(N, "bwashington") + "', '" + m(N, "Brianna Washington") + "', '" + m(E, "brianna.washington@ymail.com") + "', '" + m(K, "tok_live_8f3KqZ0vR2mX7pLcB1nW9yHe") + "', '" + m(IP, "73.158.22.204") + "', '2023-11-02 10:11:54'),",
        "(102, '" + m(N, "akhil.menon") + "', '" + m(N, "Akhil Menon") + "', '" + m(E, "akhil.menon@rediffmail.com") + "', '" + m(K, "tok_live_Y6tGd2sP0aLq9vKx4ZrN1cUe") + "', '" + m(IP, "2601:647:4d00:3f0::1a2") + "', '2024-01-19 22:40:03'),",
        "(103, 'qa_bot', 'QA Automation', 'qa-bot@example.com', NULL, NULL, '2024-02-01 00:00:00');",
    ])),

    ("git_log", "en", False, NL.join([
        "commit 9f2c4e1a7b3d58e06c1f2a94b7d0e3c5a8f61b27",
        "Author: " + m(N, "Ngozi Eze-Whitaker") + " <" + m(E, "ngozi.ezewhitaker@gmail.com") + ">",
        "Date:   Thu Mar 14 23:52:10 2024 +0000",
        "",
        "    hotfix: webhook retries (sorry, committed from personal laptop)",
        "",
        "diff --git a/config/prod.env b/config/prod.env",
        "+STRIPE_SECRET_KEY=" + m(K, "sk_live_51NqzT2Hk8vWcX3oPq7LmRa0bYf4dJe9sKu1Gz6Tn"),
        "+SLACK_WEBHOOK_TOKEN=" + m(K, "xoxb-5527310849-7204415583920-QvR3nTbWk8sLmZ2dXa9YcPfe"),
        "",
        "commit 1d7e0b93c4a2f56e8b19d0a3c7f4e25b6a81d9c0",
        "Author: " + m(N, "Piotr Zieliński") + " <" + m(E, "piotr.zielinski@kestrelpay.io") + ">",
        "Date:   Fri Mar 15 08:03:47 2024 +0100",
        "",
        "    revert 9f2c4e1: remove leaked secrets, keys rotated (cc @" + m(N, "ngozi") + ")",
    ])),

    ("forum", "en", False,
     "r/Scams — Someone opened a credit card in my dad's name, what now?" + NL +
     "posted by u/throwaway_ktb · 6h" + NL + NL +
     "My dad (" + m(N, "Kenneth Bergstrom") + ", 72, lives alone in Duluth) got a letter from Capital One welcoming him to a card he never applied for. "
     "The application had his real DOB (" + m(D, "4/30/1952") + "), his SSN " + m(S, "471-28-9035") + " and an address that isn't his — " + m(A, "5521 N 38th Ave, Omaha, NE 68111") + ". "
     "Phone on the application is " + m(P, "(402) 939-6620") + " which goes to voicemail for someone called \"" + m(N, "Trina") + "\". "
     "We've frozen his credit at all three bureaus. Should I also file with the FTC? Sorry for the long post, I'm on mobile." + NL + NL +
     "> top comment by u/" + m(N, "marcy_delgado") + ": yes, identitytheft.gov, and a police report. Also don't post his SSN here lol, edit that out"),

    ("announcement", "en", False,
     "BIRTHS — Gazette & Herald" + NL +
     m(N, "ASHWORTH") + " — " + m(N, "Tom") + " and " + m(N, "Priya") + " (née " + m(N, "Raval") + ") are overjoyed to announce the safe arrival of " + m(N, "Isla Kamala Ashworth") + ", born on " + m(D, "11 January 2024") +
     " at York Hospital, weighing 7 lb 2 oz. A little sister for " + m(N, "Arlo") + ". Huge thanks to midwife " + m(N, "Jo Pickersgill") + " and the team on Ward 16." + NL + NL +
     "MARRIAGES — " + m(N, "HOLGATE") + " : " + m(N, "FENWICK") + ". The marriage took place on 24 August at St Gregory's, Malton, between " + m(N, "Daniel") + ", son of " + m(N, "Peter") + " and " + m(N, "Anne Holgate") + " of Norton, and " + m(N, "Rebecca") +
     ", daughter of " + m(N, "Graham") + " and the late " + m(N, "Susan Fenwick") + " of Pickering."),

    ("newsletter", "en", False, (
     "ST AIDAN'S PRIMARY — Friday Bulletin, Week 7" + NL + NL +
     "Star of the Week: Year 2's " + m(N, "Oliwia Nowak") + " for her brilliant rainforest poster, and Year 5's " + m(N, "Zain Mahmood") + " for kindness on the playground." + NL +
     "Lost property: a navy fleece labelled \"" + m(N, "T. Ferreira") + "\" has been handed in at the office." + NL +
     "PTA: thank you to " + m(N, "Gemma Lowther") + " and " + m(N, "Rob Carey") + " who ran the cake sale and raised £312. If you can help at the Christmas Fayre, please text Gemma on " + m(P, "07889 301 776") + "." + NL +
     "Reminder: Mrs Patel's class trip to the Yorkshire Museum is on Tuesday; please return consent forms by Monday." + NL + NL +
     "Mr D. Whitcombe, Headteacher").replace("please text Gemma on", "please text " + m(N, "Gemma") + " on").replace("Reminder: Mrs Patel's", "Reminder: Mrs " + m(N, "Patel") + "'s").replace("Mr D. Whitcombe, Headteacher", "Mr " + m(N, "D. Whitcombe") + ", Headteacher")),

    ("yaml", "en", False, NL.join([
        "# deploy/values-prod.yaml — owner: " + m(N, "lena.hoffmann") + " (platform)",
        "image:",
        "  repository: registry.gitlab.com/ardent/checkout",
        "  tag: 3.14.2",
        "env:",
        "  DATABASE_URL: " + m(U, "mysql://checkout:Xr7!vL2p9QzB@10.20.4.11:3306/checkout"),
        "  REDIS_HOST: " + m(IP, "10.20.4.15"),
        "  SENDGRID_API_KEY: " + m(K, "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"),
        "  GITHUB_TOKEN: " + m(K, "ghp_7Rk2Lm9QxT4vZ0pW8sN3bY6cH1dJ5fG0aE2u"),
        "  ADMIN_CONTACT: " + m(E, "lena.hoffmann@ardent-retail.com"),
        "nodeSelector:",
        "  kubernetes.io/hostname: worker-7",
    ])),
]

# ====================================================================== English — hard negatives
cases += [
    ("markdown", "en", True, NL.join([
        "## Quick start",
        "",
        "Create a customer with the sandbox key (never commit a live key):",
        "",
        "```bash",
        "export PAYFLOW_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
        "curl https://api.payflow.dev/v2/customers \\",
        "  -u \"$PAYFLOW_KEY:\" \\",
        "  -d name=\"Jane Doe\" \\",
        "  -d email=\"jane.doe@example.com\" \\",
        "  -d phone=\"+1-202-555-0147\"",
        "```",
        "",
        "Use the test card `4242 4242 4242 4242` with any future expiry and any CVC. To simulate a decline, use `4000 0000 0000 0002`.",
        "",
        "| Field | Example | Notes |",
        "|-------|---------|-------|",
        "| `name` | John Q. Public | free text, max 256 chars |",
        "| `postal_code` | 12345 | validated per country |",
        "| `metadata.order_id` | ORD-2024-000187 | your own reference |",
        "",
        "See RFC 5322 for address syntax. Placeholders like `user@example.org` are rejected in live mode.",
    ])),

    ("news", "en", True,
     "Storm Ciarán: thousands without power as Environment Agency issues flood warnings" + NL + NL +
     "More than 150,000 homes in Cornwall and Devon lost power overnight as Storm Ciarán brought gusts of 104mph to the Needles and forced the closure of the A30 at Chiverton Cross. "
     "National Highways said the Tamar Bridge would reopen at 10:00. The Met Office's chief meteorologist, Paul Gundersen, said the pressure recorded at Plymouth was the lowest for November since records began. "
     "Prime Minister Rishi Sunak chaired a COBR meeting on Thursday morning, while the Mayor of London, Sadiq Khan, urged commuters to check TfL updates before travelling. "
     "In Jersey, the States of Jersey Police said the Grand Prix Hotel had lost part of its roof. Ferries operated by Brittany Ferries and the Condor Liberation were cancelled. "
     "The Environment Agency's Floodline is on 0345 988 1188; in an emergency call 999."),

    ("references", "en", True, NL.join([
        "References",
        "",
        "1. Kahneman, D., & Tversky, A. (1979). Prospect theory: An analysis of decision under risk. Econometrica, 47(2), 263–291. https://doi.org/10.2307/1914185",
        "2. Ostrom, E. (1990). Governing the Commons. Cambridge University Press. ISBN 978-0-521-40599-7",
        "3. Piketty, T. (2014). Capital in the Twenty-First Century (A. Goldhammer, Trans.). Belknap Press.",
        "4. Smith, J. A., García-López, M., & Nakamura, H. (2021). Nudges at scale. Journal of Behavioral Public Policy, 5(3), 112–140.",
        "5. World Health Organization. (2022). World health statistics 2022. Geneva: WHO. Licence: CC BY-NC-SA 3.0 IGO.",
    ])),

    ("timetable", "en", True, NL.join([
        "Northern — Leeds to Skipton via Keighley (Airedale Line) — Mon–Sat from 19 May 2024",
        "",
        "Leeds            07:05  07:35  08:05  08:35  09:05",
        "Kirkstall Forge  07:10  07:40  08:10  08:40  09:10",
        "Shipley          07:19  07:49  08:19  08:49  09:19",
        "Bingley          07:25  07:55  08:25  08:55  09:25",
        "Keighley         07:30  08:00  08:30  09:00  09:30",
        "Skipton          07:45  08:15  08:45  09:15  09:45",
        "",
        "Bus replacement between Keighley and Skipton on Sundays 2, 9 and 16 June (Keighley Bus Company route X84).",
        "Ticket office: Leeds station, New Station Street, Leeds LS1 4DY. National Rail Enquiries 03457 48 49 50.",
    ])),

    ("stats", "en", True, NL.join([
        "Table 3.2 — Population by local authority, mid-2023 estimates (ONS)",
        "",
        "Code\tLocal authority\tPersons\tMales\tFemales\tChange since 2022 (%)",
        "E06000014\tYork\t204,912\t99,418\t105,494\t+0.6",
        "E07000163\tCraven\t58,092\t28,341\t29,751\t+0.4",
        "E08000035\tLeeds\t822,483\t403,117\t419,366\t+0.9",
        "E06000001\tHartlepool\t94,532\t46,108\t48,424\t+0.2",
        "W06000015\tCardiff\t372,089\t181,552\t190,537\t+1.1",
        "",
        "Source: Office for National Statistics, released 15 July 2024. Crown copyright.",
    ])),

    ("code", "en", True, NL.join([
        "import uuid",
        "from dataclasses import dataclass",
        "",
        "SCHEMA_VERSION = \"2.7.1\"",
        "DEFAULT_REGION = \"eu-west-2\"",
        "ARTIFACT_SHA256 = \"3b7f0e2c9a41d8e5f6a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2\"",
        "",
        "@dataclass",
        "class Shipment:",
        "    id: uuid.UUID",
        "    tracking_number: str  # e.g. '1Z 999 AA1 01 2345 6784'",
        "    carrier: str = \"DHL\"",
        "",
        "def make_fixture() -> Shipment:",
        "    return Shipment(id=uuid.UUID(\"6f1c2e7a-4b3d-4c8e-9a51-2d0b7f3e8c19\"), tracking_number=\"JJD000390007845612345\")",
        "",
        "# TODO(ticket PLAT-4412): move tolerance to config; keep MAX_RETRIES = 5 until then",
    ])),

    ("review", "en", True,
     "★★★★☆ Great vacuum, rubbish app" + NL +
     "Swapped from a Dyson V11 to the Shark Stratos and honestly the suction on carpets is the same. Battery lasts about 45 min on eco. "
     "The Anti Hair Wrap brush actually works with our Bernese Mountain Dog. Minus one star because the SharkClean app keeps losing Wi-Fi and asks me to re-pair every week. "
     "Firmware 2.4.17 didn't fix it. Customer service (ticket SRV-00918274) sent a replacement dock within three days though. Would buy again over the Miele or the Henry Hoover." + NL +
     "— Verified purchase, Currys, March 2024"),

    ("fiction", "en", True,
     "Book club notes — 'Middlemarch', chapters 1–22" + NL +
     "We mostly argued about Dorothea Brooke's decision to marry Mr Casaubon. Several of us thought Celia saw him more clearly than her sister did. "
     "Will Ladislaw only turns up properly in Rome, and Lydgate's arrival in the town sets up the fever hospital plot with Mr Bulstrode. "
     "Someone pointed out that George Eliot published it in instalments in 1871–72, which explains the cliffhangers. Next month: 'Wolf Hall' by Hilary Mantel — we'll do Thomas Cromwell's rise up to Anne Boleyn's coronation."),

    ("notice", "en", True,
     "PUBLIC NOTICE — Town and Country Planning Act 1990" + NL +
     "Leeds City Council gives notice that an application (ref 24/03318/FU) has been received for the erection of a two-storey extension to the Thackray Museum of Medicine, Beckett Street, Leeds LS9 7LN. "
     "Plans may be inspected at Merrion House, 110 Merrion Centre, Leeds LS2 8BB, between 9am and 5pm, Monday to Friday, or online at the Public Access portal. "
     "Comments must be made in writing to the Chief Planning Officer by 14 November 2024. Enquiries: 0113 222 4409."),

    ("release_notes", "en", True, NL.join([
        "# Changelog",
        "",
        "## [4.18.2] — 2024-04-30",
        "### Security",
        "- Bump OpenSSL to 3.0.13 (CVE-2024-0727).",
        "- Reject JWTs signed with `alg: none` (GHSA-8cf7-32gw-wr33).",
        "### Fixed",
        "- Windows build failed on 10.0.19045.4291 because of a path length limit (#2291).",
        "- `Retry-After` header was ignored for HTTP 503 (#2302, thanks to @octocat for the report).",
        "### Changed",
        "- Minimum Node.js is now 18.18.0; Python bindings require 3.9+.",
        "- Docker image `ghcr.io/acme/edge-proxy:4.18.2` (digest sha256:5d41402abc4b2a76b9719d911017c592ae5b1d5a4f3b2e1c0d9a8b7c6d5e4f3a).",
    ])),

    ("email", "en", True, NL.join([
        "From: Amazon.co.uk <shipment-tracking@amazon.co.uk>",
        "Subject: Your order 204-7731558-9902746 has been dispatched",
        "",
        "Hello,",
        "",
        "Your package with 1 item is on its way. Arriving Thursday 18 April.",
        "Carrier: Royal Mail · Tracking ID: QH052841736GB",
        "Paid with Visa ending in 0419 · Order total £23.98",
        "",
        "Items: Anker PowerCore 20000 (black) × 1",
        "",
        "Track your package at amazon.co.uk/orders. Please don't reply to this email — this mailbox isn't monitored.",
        "Amazon EU S.à r.l., 38 Avenue John F. Kennedy, L-1855 Luxembourg. VAT reg GB727255821.",
    ])),

    ("sports", "en", True,
     "Haaland double keeps City top" + NL +
     "Erling Haaland scored twice in four minutes as Manchester City beat Aston Villa 3-1 at the Etihad. Phil Foden added a third from the edge of the box before Ollie Watkins pulled one back late on. "
     "Pep Guardiola said afterwards that Rodri's return had changed the rhythm of the midfield. Villa manager Unai Emery was unhappy with referee Anthony Taylor's decision to rule out a Jhon Durán header. "
     "Attendance: 53,282. Next fixture: Brighton (A), Saturday 3pm, live on Sky Sports Main Event."),

    ("history", "en", True,
     "The Yalta Conference (4–11 February 1945) brought together Franklin D. Roosevelt, Winston Churchill and Joseph Stalin at the Livadia Palace near Yalta in Crimea. "
     "The leaders agreed on the post-war division of Germany and on Soviet entry into the war against Japan. Critics such as George F. Kennan later argued that the agreement ceded Eastern Europe to Soviet control. "
     "Roosevelt died at Warm Springs, Georgia, on 12 April 1945, two months after the conference, and was succeeded by Harry S. Truman."),

    ("log", "en", True, NL.join([
        "2024-05-14T09:12:03.118Z INFO  [req=8d2f4b1e-7c3a-4e59-b0d6-1a9c2e7f5b38] GET /api/v1/orders/ORD-77120 200 41ms",
        "2024-05-14T09:12:03.402Z WARN  [req=c41e0a77-2b9d-4f16-8e3a-5d7b9c1f0e24] slow query 1284ms: SELECT * FROM orders WHERE status = $1 (param count 1)",
        "2024-05-14T09:12:04.015Z INFO  [worker-3] batch 55 committed: 1000 rows, checksum 0x9F3A11C2",
        "2024-05-14T09:12:05.771Z ERROR [req=0b7e2d91-6a4c-4f38-9d15-e3c8a0b2f764] upstream timeout after 30000ms (service=inventory, attempt=3/3)",
        "2024-05-14T09:12:06.000Z INFO  health: cpu=63.2% mem=71.8% gc_pause_p99=12ms build=v2.31.0+g4e1d9a7",
    ])),

    ("guide", "en", True,
     "Walking tour: Liverpool's Georgian Quarter" + NL +
     "Start at the Anglican Cathedral on St James Mount and walk down Hope Street past the Philharmonic Dining Rooms to the Metropolitan Cathedral, known locally as Paddy's Wigwam. "
     "Turn into Rodney Street, where William Gladstone was born at No. 62 in 1809, then continue to the Florence Nightingale memorial and the Martin Luther King Jr. building on Hardman Street. "
     "Finish at the Walker Art Gallery on William Brown Street to see works by Turner, Rossetti and Hockney. Tourist information: 0151 707 0729, open daily 10:00–17:00."),

    ("ship_report", "en", True, NL.join([
        "Port of Southampton — expected arrivals, week 22",
        "Date   Vessel                          Flag  Berth  Agent",
        "27/05  QUEEN MARY 2                    BM    QEII   Cunard",
        "28/05  MSC VIRTUOSA                    MT    101    MSC Cruises",
        "29/05  RRS SIR DAVID ATTENBOROUGH      GB    Dock Head  BAS",
        "30/05  EVER ACE                        PA    204    Evergreen Line",
        "31/05  HMS PRINCE OF WALES             GB    Naval  RN",
        "VTS Southampton VHF Ch 14. Harbour Master's office: Ocean Gate, Atlantic Way, SO14 3QN.",
    ])),
]

# ====================================================================== German
cases += [
    ("email", "de", False, NL.join([
        "Von: " + m(N, "Ingrid Schönfelder") + " <" + m(E, "i.schoenfelder@web.de") + ">",
        "An: Hausverwaltung Brandt & Partner <info@hv-brandt.de>",
        "Betreff: AW: Nebenkostenabrechnung 2023 – Wohnung 3. OG links",
        "",
        "Sehr geehrter Herr " + m(N, "Kowalczyk") + ",",
        "",
        "vielen Dank für Ihre schnelle Antwort. Die Gutschrift über 214,37 € überweisen Sie bitte nicht mehr auf mein altes Konto, sondern auf",
        m(I, "DE40 9128 1581 7563 8349 74") + " (Kontoinhaberin: " + m(N, "Ingrid Schönfelder") + ").",
        "Meine Tochter " + m(N, "Katrin") + " kümmert sich ab nächstem Monat um meine Post, da ich zu ihr ziehe. Ihre Anschrift lautet:",
        "",
        m(N, "Katrin Ahlers-Schönfelder"),
        m(A, "Am Kiekeberg 7a"),
        m(A, "21224 Rosengarten-Ehestorf"),
        "",
        "Telefonisch bin ich weiterhin unter " + m(P, "040 790 18 552") + " erreichbar, mobil meine Tochter unter " + m(P, "0171 4429 803") + ".",
        "",
        "Mit freundlichen Grüßen",
        m(N, "Ingrid Schönfelder"),
        m(A, "Eißendorfer Straße 118, 21073 Hamburg"),
        "",
        "> Am 03.06.2024 um 10:12 schrieb " + m(N, "Jan Kowalczyk") + " (Hausverwaltung Brandt & Partner):",
        "> Sehr geehrte Frau " + m(N, "Schönfelder") + ", anbei die korrigierte Abrechnung. Bitte teilen Sie uns Ihre Bankverbindung mit.",
    ])),

    ("medical", "de", False, NL.join([
        "Klinikum Nürnberg Süd · Klinik für Innere Medizin 3 – Kardiologie",
        "Breslauer Straße 201 · 90471 Nürnberg",
        "",
        "Herrn Dr. med. " + m(N, "Reinhold Matejka") + "",
        "Facharzt für Allgemeinmedizin",
        m(A, "Hauptstraße 41"),
        m(A, "91207 Lauf an der Pegnitz"),
        "",
        "Entlassungsbrief",
        "Patient: " + m(N, "Gerlinde Hufnagel") + ", geb. " + m(D, "12.08.1951") + ", Versichertennr. " + m(ID, "K830491754") + " (AOK Bayern)",
        "wohnhaft " + m(A, "Bürgermeister-Dietz-Ring 9, 91227 Leinburg"),
        "",
        "Sehr geehrter Herr Kollege " + m(N, "Matejka") + ",",
        "wir berichten über Ihre Patientin Frau " + m(N, "Hufnagel") + ", die sich vom 14.05. bis 21.05.2024 in unserer stationären Behandlung befand.",
        "Diagnosen: Tachykardes Vorhofflimmern (ED), arterielle Hypertonie, Diabetes mellitus Typ 2.",
        "Therapie: Elektrische Kardioversion am 16.05. erfolgreich. Antikoagulation mit Apixaban 5 mg 1-0-1.",
        "Die Patientin wird von ihrem Ehemann " + m(N, "Erwin") + " versorgt; Rückfragen gern unter " + m(P, "0911 398-2716") + ".",
        "",
        "Mit kollegialen Grüßen",
        "OA Dr. " + m(N, "Yusuf Demirtaş") + "            Ass.-Ärztin " + m(N, "L. Brenninkmeyer"),
    ])),

    ("news", "de", False,
     "Feuer in Mehrfamilienhaus: Nachbar rettet Seniorin" + NL +
     "Großeinsatz am Dienstagabend in Gelsenkirchen-Buer: In einem Mehrfamilienhaus an der " + m(A, "Horster Straße 62") + " brach gegen 21.40 Uhr im Erdgeschoss ein Feuer aus. "
     "Der 34-jährige " + m(N, "Mehmet Ç.") + ", der im zweiten Stock wohnt, trug seine 86 Jahre alte Nachbarin durch das verrauchte Treppenhaus ins Freie. "
     "„Ich habe nur an Frau " + m(N, "Wilczek") + " gedacht, die kommt ja allein nicht mehr die Treppe runter“, sagte er später. "
     "Die Seniorin wurde mit einer leichten Rauchgasvergiftung ins Marienhospital gebracht. Laut Polizei entstand ein Schaden von rund 80.000 Euro; "
     "die Ermittlungen zur Brandursache dauern an. Die Hausbewohnerin " + m(N, "Sabine Terhorst") + " hat für die betroffenen Familien eine Spendenaktion gestartet."),

    ("chat_export", "de", False, NL.join([
        "Microsoft Teams – Chat „Lager Süd“ – exportiert 11.07.2024",
        "[07:48] " + m(N, "Bernd Ostermeier") + ": moin zusammen, wer hat gestern den Stapler 3 nicht geladen??",
        "[07:50] " + m(N, "jana") + ": war nicht ich 🙈 " + m(N, "dominik") + " hatte spätschicht",
        "[07:52] " + m(N, "Dominik Roth") + ": sorry mein fehler, lade ihn jetzt",
        "[08:15] " + m(N, "Bernd Ostermeier") + ": @" + m(N, "jana") + " kannst du für den neuen kollegen (" + m(N, "Luca Ferreira Santos") + ") den zugang beantragen? geb. " + m(D, "02.04.2003") + ", wohnt " + m(A, "Lindenweg 4, 73760 Ostfildern"),
        "[08:16] " + m(N, "jana") + ": klar, brauch noch seine handynummer",
        "[08:19] " + m(N, "Bernd Ostermeier") + ": " + m(P, "0157 3381 2045"),
        "[08:20] " + m(N, "jana") + ": erledigt, initialpasswort für das WMS ist " + m(K, "Lager!Sued2024#7") + " – muss er beim ersten login ändern",
    ])),

    ("cv", "de", False, NL.join([
        "LEBENSLAUF",
        "",
        "Persönliche Daten",
        "Name:           " + m(N, "Aleksandra Woźniak-Bauer"),
        "Anschrift:      " + m(A, "Gustav-Freytag-Str. 23, 04277 Leipzig"),
        "Telefon:        " + m(P, "+49 341 9612 0748"),
        "E-Mail:         " + m(E, "a.wozniak-bauer@posteo.de"),
        "Geburtsdatum:   " + m(D, "17. Mai 1992") + " in Wrocław",
        "Steuer-ID:      " + m(ID, "57381942066"),
        "Ausweis-Nr.:    " + m(ID, "L01X47RT26"),
        "",
        "Berufserfahrung",
        "seit 03/2020    Lohnbuchhalterin, Kanzlei Dr. Seifert & Kollegen, Leipzig",
        "2016–2020       Sachbearbeiterin Personal, Porsche Leipzig GmbH",
        "",
        "Ausbildung",
        "2013–2016       B.A. Betriebswirtschaft, HTWK Leipzig",
        "",
        "Leipzig, 02.09.2024                                  " + m(N, "A. Woźniak-Bauer"),
    ])),

    ("bulletin", "de", False,
     "Gemeindebrief St. Martin, Bad Aibling – Juni/Juli 2024" + NL + NL +
     "Aus unserer Gemeinde" + NL +
     "Getauft wurden: " + m(N, "Emilia Huber") + ", Tochter von " + m(N, "Franziska") + " und " + m(N, "Thomas Huber") + "; " + m(N, "Jonas Leitner") + "." + NL +
     "Kirchlich getraut wurden: " + m(N, "Verena Stadler") + " und " + m(N, "Maximilian Aigner") + "." + NL +
     "Verstorben sind: " + m(N, "Gottlieb Ebner") + " (geb. " + m(D, "3. März 1934") + "), " + m(N, "Rosa Maierhofer") + ", 88 Jahre." + NL + NL +
     "Wir gratulieren Frau " + m(N, "Kreszenz Obermaier") + " aus der " + m(A, "Rosenheimer Straße 14") + " herzlich zum 95. Geburtstag! "
     "Wer beim Seniorennachmittag mithelfen möchte, meldet sich bitte bei " + m(N, "Hildegard Wimmer") + ", Tel. " + m(P, "08061 49 37 22") + "." + NL + NL +
     "Pfarrer " + m(N, "Stefan Lackner")),

    ("hr", "de", False, NL.join([
        "Personalstammblatt – vertraulich",
        "Arbeitgeber: Tischlerei Gruber GmbH, Wien",
        "Name: " + m(N, "Gruber-Hasenöhrl, Lukas"),
        "Geburtsdatum: " + m(D, "12.08.1984"),
        "SV-Nummer: " + m(ID, "1276 120884"),
        "Wohnadresse: " + m(A, "Simmeringer Hauptstraße 112/3/14, 1110 Wien"),
        "Bankverbindung: " + m(I, "AT64 5387 3238 1076 0284"),
        "Notfallkontakt: " + m(N, "Melanie Gruber-Hasenöhrl") + ", " + m(P, "+43 664 218 4470"),
    ])),
]

cases += [
    ("press_release", "de", True,
     "Pressemitteilung Nr. 42/2024 – Bundesministerium für Digitales und Verkehr" + NL +
     "Bundesminister Volker Wissing hat am Montag in Berlin den Förderaufruf für den Gigabitausbau 2024 vorgestellt. Insgesamt stehen 3 Milliarden Euro bereit. "
     "Anträge können Kommunen bis zum 31. Oktober über das Förderportal einreichen. „Schnelles Internet darf keine Frage des Wohnorts sein“, sagte Wissing." + NL +
     "Pressestelle: Invalidenstraße 44, 10115 Berlin · Telefon 030 18300-7200 · pressestelle@bmdv.bund.de"),

    ("guide", "de", True,
     "Stadtspaziergang Weimar: Vom Goethehaus am Frauenplan geht es über die Schillerstraße zum Deutschen Nationaltheater mit dem Goethe-Schiller-Denkmal. "
     "Weiter über den Herderplatz zur Stadtkirche St. Peter und Paul, in der das Cranach-Altarbild hängt. Im Bauhaus-Museum am Stéphane-Hessel-Platz sieht man Arbeiten von Walter Gropius, "
     "Marianne Brandt und Wilhelm Wagenfeld. Mittagspause im Café Frauentor oder bei Thüringer Rostbratwurst am Marktplatz. Tourist-Information: Markt 10, 99423 Weimar, Tel. 03643 745-0."),

    ("docs", "de", True, NL.join([
        "### Beispiel: SEPA-Lastschriftmandat anlegen",
        "",
        "```json",
        '{',
        '  "kontoinhaber": "Max Mustermann",',
        '  "iban": "DE89 3704 0044 0532 0130 00",',
        '  "bic": "COBADEFFXXX",',
        '  "anschrift": "Musterstraße 1, 12345 Musterstadt",',
        '  "mandatsreferenz": "MANDAT-2024-000001",',
        '  "glaeubiger_id": "DE98ZZZ09999999999"',
        '}',
        "```",
        "",
        "Hinweis: Die IBAN im Beispiel ist die offizielle Test-IBAN der Bundesbank-Dokumentation. Erika Mustermann steht für eine weibliche Beispielperson.",
    ])),

    ("sports", "de", True,
     "Bundesliga, 27. Spieltag: Bayer Leverkusen – VfB Stuttgart 2:1 (1:0). Tore: 1:0 Florian Wirtz (23.), 1:1 Deniz Undav (61.), 2:1 Victor Boniface (88.). "
     "Xabi Alonso lobte nach dem Abpfiff die Moral seiner Mannschaft. Zuschauer: 30.210 (ausverkauft) in der BayArena. Schiedsrichter: Deniz Aytekin (Oberasbach). "
     "Nächste Spiele: Union Berlin – Leverkusen (Sa., 15.30 Uhr), Stuttgart – Borussia Dortmund (So., 17.30 Uhr)."),
]

# ====================================================================== French
cases += [
    ("ticket", "fr", False, NL.join([
        "Assistance Freebox — Demande n° 2024-0618-33917",
        "Client : M. " + m(N, "Thibault Rousseau-Diallo") + " · identifiant abonné 45118273",
        "Adresse d'installation : " + m(A, "Résidence Les Tilleuls, Bât. C, esc. 2, 3e étage porte gauche, 14 allée des Érables, 69200 Vénissieux"),
        "Tél. : " + m(P, "06 72 48 19 05") + " · Courriel : " + m(E, "thibault.rousseau.d@free.fr"),
        "",
        "Message du client :",
        "Bonjour, depuis l'orage de jeudi la box redémarre toutes les 10 minutes. J'ai déjà changé le câble. Ma voisine Mme " + m(N, "Benhamou") + " (même palier) a le même souci.",
        "",
        "Diagnostic technicien (" + m(N, "K. Lemaire") + ") : IP WAN " + m(IP, "82.64.133.207") + ", synchro VDSL instable, MAC serveur " + m(MAC, "F4:CA:E5:4B:2D:81") + ".",
        "Intervention programmée le 21/06 entre 8 h et 12 h. Le client sera rappelé la veille.",
    ])),

    ("letter", "fr", False, NL.join([
        m(N, "Hélène Garnier"),
        m(A, "7, rue du Pont-Neuf"),
        m(A, "29200 Brest"),
        "N° de sécurité sociale : " + m(ID, "2 86 04 69 123 045 46"),
        "",
        "CPAM du Finistère",
        "Service des prestations",
        "1 bis rue de Kerfautras, 29200 Brest",
        "",
        "Brest, le 4 mars 2024",
        "",
        "Objet : contestation du remboursement – feuille de soins du 12/01/2024",
        "",
        "Madame, Monsieur,",
        "Née le " + m(D, "4 avril 1986") + " à Lyon, je suis affiliée à votre caisse depuis 2015. Le remboursement de la consultation du Dr " + m(N, "Le Bihan") + " ne m'a été versé qu'à hauteur de 16,50 € alors que mon médecin traitant est bien déclaré. "
        "Je vous prie de bien vouloir régulariser la situation sur mon compte " + m(I, "FR60 3720 3836 6508 8612 8394 420") + ".",
        "Vous pouvez me joindre au " + m(P, "02 98 44 61 37") + ".",
        "",
        "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        m(N, "H. Garnier"),
    ])),

    ("obituary", "fr", False,
     "Carnet — Ouest-France, édition de Quimper" + NL +
     "Pont-l'Abbé. Mme " + m(N, "Yvonne Le Goff") + ", née " + m(N, "Tanguy") + ", ancienne commerçante, est décédée le 2 février, à l'âge de 93 ans. "
     "Ses obsèques seront célébrées samedi à 10 h 30 en l'église Notre-Dame-des-Carmes. De la part de " + m(N, "Jean-Yves") + " et " + m(N, "Martine Le Goff") + ", " + m(N, "Annick") + " et " + m(N, "Bernard Quéméner") +
     ", ses enfants ; " + m(N, "Gwenaël") + ", " + m(N, "Maëlys") + ", " + m(N, "Erwan") + ", ses petits-enfants. Condoléances : " + m(A, "12, rue Jean-Jaurès, 29120 Pont-l'Abbé") + "."),

    ("chat_export", "fr", False, NL.join([
        "=== Discord — serveur « Les Randonneurs du Vercors » — #sorties — export 2024-05-27 ===",
        "[2024-05-25 19:02] " + m(N, "margaux.b") + " : qui vient dimanche au Grand Veymont ? départ 7h parking de la Coche",
        "[2024-05-25 19:05] " + m(N, "Seb_Durand") + " : moi + " + m(N, "lulu") + " normalement",
        "[2024-05-25 19:07] " + m(N, "margaux.b") + " : top. " + m(N, "seb") + " tu peux prendre " + m(N, "Anaïs") + " ? elle habite " + m(A, "3 impasse des Chardonnerets à Seyssinet") + ", c'est sur ta route",
        "[2024-05-25 19:09] " + m(N, "Seb_Durand") + " : ok envoie-moi son 06 en mp",
        "[2024-05-25 19:10] " + m(N, "margaux.b") + " : " + m(P, "06 19 83 27 44") + " (oups pas en mp 😅)",
        "[2024-05-25 19:14] " + m(N, "JP Vallier") + " : pensez aux frontales, le retour par le pas de la Ville peut être long",
    ])),

    ("minutes", "fr", False,
     "Compte rendu de l'assemblée générale ordinaire — Copropriété « Le Clos Saint-Roch », 18 avenue Thiers, 06000 Nice" + NL +
     "Présents : " + "M. " + m(N, "Ferracci") + " (lots 3 et 4), " + "Mme " + m(N, "Ouellet-Barbier") + " (lot 7), " + "M. et Mme " + m(N, "Zerbib") + " (lot 12), Cabinet Foncia représenté par M. " + m(N, "Arnaud Pelletier") + "." + NL +
     "1. Élection du président de séance : " + m(N, "Dominique Ferracci") + " est élu à l'unanimité." + NL +
     "2. Ravalement de façade : le devis de l'entreprise Bati-Sud (84 200 € TTC) est approuvé. " + "Mme " + m(N, "Ouellet-Barbier") + " vote contre." + NL +
     "3. Questions diverses : " + "M. " + m(N, "Zerbib") + " signale des infiltrations dans la cave n° 9 ; le syndic mandatera un plombier. "
     "Les copropriétaires peuvent joindre le conseil syndical via " + m(E, "cs.closstroch@gmail.com") + "."),

    ("form", "fr", False, NL.join([
        "Formulaire de demande d'allocation — Famifed / Région de Bruxelles-Capitale",
        "Nom : " + m(N, "Mbuyi") + "                 Prénom(s) : " + m(N, "Grâce Nsimba"),
        "Date de naissance : " + m(D, "16/07/1985") + "      N° de registre national : " + m(ID, "85.07.16-234.53"),
        "Adresse : " + m(A, "Rue de la Brasserie 71 bte 4, 1050 Ixelles"),
        "Enfant 1 : " + m(N, "Mbuyi, Divine") + " — née le " + m(D, "11/02/2005") + " — NN " + m(ID, "05.02.11-386.14"),
        "Compte bancaire : " + m(I, "BE52 4405 9071 8083"),
        "GSM : " + m(P, "0487 31 62 09"),
        "Fait à Ixelles, le 12/09/2023. Signature : " + m(N, "G. Mbuyi"),
    ])),
]

cases += [
    ("press_release", "fr", True,
     "Communiqué de presse — Préfecture de la Gironde, Bordeaux, le 22 juillet 2024" + NL +
     "Le préfet de la Nouvelle-Aquitaine, préfet de la Gironde, Étienne Guyot, a réuni ce matin le centre opérationnel départemental à la suite des incendies de La Teste-de-Buch. "
     "Près de 450 sapeurs-pompiers du SDIS 33 sont mobilisés. La RD 218 est fermée entre Cazaux et le Pyla. La population est invitée à ne pas se rendre en forêt. "
     "Contact presse : 2 esplanade Charles-de-Gaulle, 33077 Bordeaux Cedex — 05 56 90 60 60. En cas d'urgence, composez le 18 ou le 112."),

    ("guide", "fr", True,
     "Le lycée Jean-Moulin se trouve boulevard Victor-Hugo, entre la place Charles-de-Gaulle et la médiathèque Marguerite-Duras. "
     "Bus 7 arrêt « Pasteur », tram B station « Jean-Jaurès ». Le gymnase Marcel-Cerdan et la piscine Alfred-Nakache sont ouverts aux élèves le mercredi après-midi. "
     "La fresque du hall, signée Jean Cocteau, a été restaurée en 2019 grâce au mécénat de la Fondation Crédit Agricole."),

    ("timetable", "fr", True, NL.join([
        "TER Auvergne-Rhône-Alpes — Ligne 51 Lyon Part-Dieu ↔ Grenoble — du 7 juillet au 31 août 2024",
        "Train n°      17603   17607   17611   17615",
        "Lyon Part-Dieu 06:12  07:12   08:12   09:12",
        "Bourgoin-J.    06:35  07:35   08:35   09:35",
        "Voiron         07:18  08:18   09:18   10:18",
        "Grenoble       07:33  08:33   09:33   10:33",
        "Circule tous les jours sauf le 15/08. Renseignements : Contact TER 0 800 335 731 (service et appel gratuits).",
    ])),

    ("docs", "fr", True,
     "Exemple de fiche contact à importer (format vCard 3.0) :" + NL +
     "BEGIN:VCARD" + NL + "VERSION:3.0" + NL + "FN:Jean Dupont" + NL + "N:Dupont;Jean;;;" + NL + "EMAIL;TYPE=INTERNET:jean.dupont@example.fr.invalid" + NL +
     "TEL;TYPE=CELL:+33 6 00 00 00 00" + NL + "ADR;TYPE=HOME:;;1 rue de l'Exemple;Ville;;00000;France" + NL + "END:VCARD" + NL +
     "Remplacez « Jean Dupont » et les valeurs fictives par les données réelles avant l'import. Les numéros en 00 00 00 00 sont refusés par le validateur."),
]

# ====================================================================== Spanish
cases += [
    ("police", "es", False, NL.join([
        "ATESTADO N.º 2024-004817 — Policía Local de Getafe",
        "DILIGENCIA DE DECLARACIÓN DE LA DENUNCIANTE",
        "En Getafe, siendo las 11:40 horas del día 9 de abril de 2024, comparece " + m(N, "Dña. Rocío Benítez Carmona") + ", con DNI " + m(ID, "48213907L") +
        ", nacida el " + m(D, "27 de septiembre de 1990") + " en Jerez de la Frontera, con domicilio en " + m(A, "C/ Madrid n.º 84, 3.º B, 28902 Getafe") + " y teléfono " + m(P, "634 218 907") + ", quien MANIFIESTA:",
        "Que sobre las 23:00 horas de ayer, al llegar a su portal, un varón le arrebató el bolso. Que su vecino del 2.º, " + m(N, "Jesús Ortega Palomino") + ", salió al oír los gritos y vio huir al autor en un patinete.",
        "Que en el bolso llevaba su teléfono, la tarjeta " + m(C, "4549 2679 5810 8883") + " (ya bloqueada) y las llaves del domicilio.",
        "Leída la presente, la encuentra conforme y firma con el instructor, agente con TIP 11.482.",
    ]).replace(m(N, "Dña. Rocío Benítez Carmona"), "Dña. " + m(N, "Rocío Benítez Carmona"))),

    ("contract", "es", False, NL.join([
        "CONTRATO DE ARRENDAMIENTO DE VIVIENDA",
        "En Valencia, a 1 de julio de 2024.",
        "REUNIDOS",
        "De una parte, D. " + m(N, "Vicente Llorens Ferrer") + ", mayor de edad, con DNI " + m(ID, "72561348M") + " y domicilio en " + m(A, "Avda. del Puerto 212, pta. 14, 46023 València") + ", en calidad de ARRENDADOR.",
        "De otra, Dña. " + m(N, "Ioana Popescu") + ", con NIE " + m(ID, "Y4410287M") + ", nacida el " + m(D, "15/03/1994") + ", en calidad de ARRENDATARIA.",
        "EXPONEN",
        "I. Que el ARRENDADOR es propietario de la vivienda sita en " + m(A, "C/ Sueca 31, esc. izq., 4.º 8.ª, 46006 València") + ", con referencia catastral 5827304YJ2752F0019KL.",
        "CLÁUSULAS",
        "Tercera. La renta mensual será de 950 € que se abonará en la cuenta " + m(I, "ES85 8609 2887 9399 2343 8497") + " del ARRENDADOR dentro de los cinco primeros días de cada mes.",
        "Décima. A efectos de notificaciones: " + m(E, "vllorensf@gmail.com") + " / " + m(E, "ioana.popescu94@yahoo.es") + ".",
    ])),

    ("chat_export", "es", False, NL.join([
        "[3/5/24 21:14:02] " + "Mamá" + ": chicos el domingo comemos en casa de la abuela",
        "[3/5/24 21:15:40] " + m(N, "Nacho") + ": vale. le digo a " + m(N, "lucía") + " que traiga la tarta",
        "[3/5/24 21:16:11] " + m(N, "Lucía 🌻") + ": yo no puedo hasta las 3, trabajo 😩",
        "[3/5/24 21:18:33] " + "Mamá" + ": pues la abuela se ha mudado al piso de la tía " + m(N, "Merche") + ", apuntad: " + m(A, "Calle Doctor Fleming 9, 2º izda, Albacete"),
        "[3/5/24 21:19:02] " + m(N, "Nacho") + ": ¿el de al lado del Mercadona?",
        "[3/5/24 21:19:50] " + "Mamá" + ": ese. si no abre llamad al fijo " + m(P, "967 21 44 83"),
        "[3/5/24 21:25:17] " + m(N, "Lucía 🌻") + ": ok. " + m(N, "nachete") + " me pasas el bizum de lo del regalo? " + m(P, "+34 655 901 238"),
    ]).replace(m(N, "Lucía 🌻"), m(N, "Lucía") + " 🌻")),

    ("obituary", "es", False,
     "ROGAD A DIOS EN CARIDAD POR EL ALMA DE" + NL +
     "DOÑA " + m(N, "MARÍA DEL CARMEN ARRIBAS DE LA FUENTE") + NL +
     "Viuda de D. " + m(N, "Anselmo Villalobos Ruiz") + NL +
     "Falleció en Salamanca el día 12 de enero de 2024, a los 89 años de edad, habiendo recibido los Santos Sacramentos." + NL +
     "D. E. P." + NL +
     "Sus hijos, " + m(N, "Anselmo") + ", " + m(N, "Pilar") + " y " + m(N, "Fernando") + "; hijos políticos, " + m(N, "Begoña Sastre") + " y " + m(N, "Julián Montero") +
     "; nietos, " + m(N, "Carmen") + ", " + m(N, "Iker") + ", " + m(N, "Álvaro") + " y " + m(N, "Nerea") + "; hermana, sor " + m(N, "María Inmaculada") + "; y demás familia" + NL +
     "RUEGAN una oración por su alma. Funeral: lunes 15, a las 12:00, en la parroquia de San Juan de Sahagún. Tanatorio San Carlos Borromeo, sala 3."),

    ("medical", "es", False, NL.join([
        "HOSPITAL CIVIL DE GUADALAJARA FRAY ANTONIO ALCALDE — NOTA DE EGRESO",
        "Nombre: " + m(N, "HERNÁNDEZ GARCÍA LUCÍA") + "     Expediente: 1187342",
        "Fecha de nacimiento: " + m(D, "12/03/1987") + "     CURP: " + m(ID, "HEGL870312MJCRRC02"),
        "Domicilio: " + m(A, "Av. Patria 1520, int. 4, Col. Jardines Universidad, 45110 Zapopan, Jal."),
        "Tel.: " + m(P, "33 3641 2087") + "   Responsable: " + m(N, "Jorge Ramírez Martínez") + " (esposo), " + m(P, "33 1598 4420"),
        "Diagnóstico de egreso: Colecistitis litiásica aguda. Colecistectomía laparoscópica sin complicaciones.",
        "Plan: dieta blanda, paracetamol 500 mg c/8 h, cita con el Dr. " + m(N, "Sotelo") + " en consulta externa en 10 días.",
        "Elaboró: Dra. " + m(N, "Paulina Ibarra Quezada") + ", R2 Cirugía General.",
    ])),

    ("invoice", "es", False, NL.join([
        "FACTURA N.º 2024/057",
        "Emisor: " + m(N, "Aitana Soler Bonet") + " — Fisioterapia a domicilio",
        "NIF: " + m(ID, "16473092D") + " · " + m(A, "C/ Pintor Sorolla 5, bajo, 03501 Benidorm (Alicante)"),
        "Tel. " + m(P, "628 440 193") + " · " + m(E, "aitana.fisio@gmail.com"),
        "",
        "Cliente: " + m(N, "Gerard Pujol i Serra") + " — " + m(A, "Urb. Sierra Helada, c/ Brasil 18, 03503 Benidorm"),
        "",
        "Concepto                          Sesiones   Precio   Importe",
        "Sesión de fisioterapia (45 min)       6       45,00    270,00",
        "Base imponible 270,00 € · IVA exento (art. 20.Uno.3.º LIVA) · Total 270,00 €",
        "Forma de pago: transferencia a " + m(I, "ES85 0496 5732 5075 1892 1682"),
    ])),
]

cases += [
    ("notice", "es", True,
     "AYUNTAMIENTO DE ZARAGOZA — ANUNCIO" + NL +
     "Por Decreto de la Consejera de Urbanismo, de fecha 14 de marzo de 2024, se aprueba inicialmente la modificación del Plan Especial del Área de Intervención G-44-2 (Avenida de Cesáreo Alierta). "
     "El expediente 0123456/2024 podrá consultarse durante un mes en el Servicio de Ordenación Urbana, Edificio Seminario, Vía Hispanidad 20, 50009 Zaragoza, de 9:00 a 14:00 horas. "
     "Teléfono de información municipal: 976 72 10 00 / 010. Zaragoza, 18 de marzo de 2024. La Alcaldesa, Natalia Chueca Muñoz."),

    ("sports", "es", True,
     "El Real Madrid gana 3-1 al Girona y acaricia la Liga. Vinícius Jr. abrió el marcador en el minuto 6 tras un pase de Jude Bellingham; Toni Kroos firmó el segundo de falta y Bellingham cerró el partido. "
     "Artem Dovbyk recortó para los de Míchel. Carlo Ancelotti dio descanso a Rüdiger y Carvajal pensando en la Champions. "
     "Próxima jornada: Mallorca–Real Madrid, sábado a las 21:00 en el Estadi de Son Moix (Movistar LaLiga)."),

    ("timetable", "es", True, NL.join([
        "Renfe Cercanías Madrid — Línea C-3 — Horarios desde Atocha (laborables)",
        "Atocha      05:46  06:06  06:26  06:46  07:06",
        "Villaverde  05:54  06:14  06:34  06:54  07:14",
        "Pinto       06:08  06:28  06:48  07:08  07:28",
        "Aranjuez    06:35  06:55  07:15  07:35  07:55",
        "Atención al cliente: 912 320 320. Objetos perdidos: Estación de Chamartín-Clara Campoamor, vestíbulo principal.",
    ])),

    ("docs", "es", True,
     "Guía de integración — Alta de cliente" + NL +
     "Para pruebas utiliza los datos ficticios de Fulano de Tal: DNI 00000000T, teléfono 600 000 000, correo fulano@ejemplo.test. "
     "El endpoint POST /v1/clientes devuelve 201 con el identificador interno (UUID v4, p. ej. 9b2e6c1a-0f3d-4d8b-a7e4-51c0d92f6b38). "
     "Los números de tarjeta de prueba de Redsys (4548 8120 4940 0004) sólo funcionan en el entorno de integración. Versión de la API: 3.2.0."),
]

# ====================================================================== Italian
cases += [
    ("minutes", "it", False,
     "VERBALE DI ASSEMBLEA CONDOMINIALE — Condominio di " + m(A, "Via Nizza 147, 10126 Torino") + NL +
     "Il giorno 20 febbraio 2024 alle ore 21:00, presso il salone parrocchiale di San Secondo, si è riunita in seconda convocazione l'assemblea del condominio. "
     "Sono presenti i condòmini " + m(N, "Lorenza Ferraro") + " (scala A, int. 3), " + m(N, "Salvatore Cutrupi") + " (scala A, int. 7), " + m(N, "Gianpiero") + " e " + m(N, "Wanda Bosio") + " (scala B, int. 11) e, per delega, la sig.ra " + m(N, "Olga Tkachenko") + ". "
     "Presiede l'avv. " + m(N, "Cutrupi") + ", verbalizza la sig.ra " + m(N, "Ferraro") + "." + NL +
     "Punto 2 — Sostituzione caldaia: l'amministratore rag. " + m(N, "Enrico Valsania") + " illustra i tre preventivi. Il sig. " + m(N, "Bosio") + " chiede di rinviare la decisione. Approvato il preventivo Termoidraulica Astigiana con 612/1000 millesimi." + NL +
     "La sig.ra " + m(N, "Ferraro") + " comunica il nuovo recapito per le urgenze: " + m(P, "347 882 1946") + "."),

    ("email", "it", False, NL.join([
        "Da: " + m(N, "Marco Benocci") + " <" + m(E, "marco.benocci72@libero.it") + ">",
        "A: segreteria@studiofalzoni.it",
        "Oggetto: Dichiarazione 730/2024 – documenti mancanti",
        "",
        "Gentile dott.ssa " + m(N, "Falzoni") + ",",
        "come d'accordo Le invio i dati che mancavano per la precompilata di mia moglie e mia:",
        "- " + m(N, "Benocci Marco") + ", nato a Milano il " + m(D, "15/03/1972") + ", C.F. " + m(ID, "BNCMRC72C15F205X"),
        "- " + m(N, "Russo Giulia") + ", nata a Roma il " + m(D, "01/08/1985") + ", C.F. " + m(ID, "RSSGLI85M41H501S"),
        "Residenza: " + m(A, "Via Privata Giovanni Ventura 12, scala B, int. 5, 20134 Milano"),
        "Per il rimborso usate pure l'IBAN " + m(I, "IT44 X134 2039 9982 4469 8344 898") + " (cointestato).",
        "",
        "Cordiali saluti,",
        m(N, "Marco Benocci"),
        "cell. " + m(P, "+39 338 415 2290"),
    ])),

    ("medical", "it", False, NL.join([
        "AZIENDA OSPEDALIERO-UNIVERSITARIA CAREGGI — SOD Ortopedia",
        "LETTERA DI DIMISSIONE",
        "Paziente: " + m(N, "FERRARO LORENZA") + " — nata il " + m(D, "23/12/1990") + " — C.F. " + m(ID, "FRRLNZ90T63L219Y"),
        "Residente in " + m(A, "Via Faenza 88, 50123 Firenze") + " — tel. " + m(P, "055 219 4476"),
        "Ricovero dal 02/04/2024 al 06/04/2024",
        "Diagnosi: frattura scomposta del malleolo peroneale destro (caduta dalla bicicletta). Intervento di osteosintesi con placca il 03/04.",
        "Terapia domiciliare: enoxaparina 4000 UI s.c. per 30 giorni; carico sfiorante con stampelle.",
        "Controllo ambulatoriale tra 15 giorni (prenotare al CUP). Medico curante: dott. " + m(N, "Iacopo Martelli") + ".",
        "Il medico di reparto: dott.ssa " + m(N, "Chiara Lombardi Rinaldi"),
    ])),

    ("obituary", "it", False,
     "È mancata all'affetto dei suoi cari" + NL +
     m(N, "ADELE PANIZZA") + NL + "ved. " + m(N, "Scarabelli") + NL + "di anni 94" + NL +
     "Ne danno il triste annuncio i figli " + m(N, "Franco") + " con " + m(N, "Luisa") + ", " + m(N, "Paola") + " con " + m(N, "Giorgio") + ", i nipoti " + m(N, "Matteo") + ", " + m(N, "Elisa") + " e " + m(N, "Tommaso") + ", la cognata " + m(N, "Rina") + " e parenti tutti. "
     "Un ringraziamento particolare alla badante " + m(N, "Svetlana") + " per le amorevoli cure. Il rosario sarà recitato domani alle 20 nella chiesa di Sant'Antonino; il funerale avrà luogo giovedì alle 10. "
     "Non fiori ma opere di bene. Piacenza, 7 novembre 2024. O.F. Scotti, " + m(P, "0523 320 158") + "."),

    ("chat_export", "it", False, NL.join([
        "Telegram — gruppo «Calcetto giovedì» — esportazione",
        m(N, "Ale Bianchini") + ", [12.09.24 18:01] ragazzi stasera siamo 9, manca uno",
        m(N, "Fede") + ", [12.09.24 18:03] chiedo a mio cugino " + m(N, "nico") + " ma arriva tardi",
        m(N, "Ale Bianchini") + ", [12.09.24 18:04] ok. il campo è sempre quello di via Ripamonti, pagate a " + m(N, "Gigi") + " 8€ a testa",
        m(N, "Luigi Colombo") + ", [12.09.24 18:10] satispay o paypal a " + m(E, "gigi.colombo84@gmail.com") + " 👍",
        m(N, "Fede") + ", [12.09.24 18:22] " + m(N, "nico") + " c'è. il suo numero se serve " + m(P, "349 077 6612"),
    ])),
]

cases += [
    ("notice", "it", True,
     "COMUNE DI BOLOGNA — AVVISO ALLA CITTADINANZA" + NL +
     "Si informa che dal 3 al 14 giugno via Indipendenza sarà chiusa al traffico nel tratto tra piazza XX Settembre e via dei Mille per lavori sulla linea rossa del tram. "
     "Le linee TPER 11, 27 e 36 saranno deviate su via Marconi. Per informazioni: URP, piazza Maggiore 6, 40124 Bologna, tel. 051 219 3111. Il Sindaco, Matteo Lepore."),

    ("docs", "it", True,
     "Esempio di compilazione del modulo F24 (dati fittizi)" + NL +
     "Contribuente: ROSSI MARIO, nato a Roma il 01/01/1970, codice fiscale RSSMRA70A01H501S, domicilio fiscale Via Roma 1, 00100 Roma. "
     "Sezione Erario: codice tributo 4001, anno di riferimento 2023, importo a debito 1.234,56 €. "
     "Attenzione: i dati di Mario Rossi sono quelli d'esempio presenti nelle istruzioni dell'Agenzia delle Entrate e non vanno usati."),

    ("sports", "it", True,
     "Serie A, 30ª giornata: l'Inter batte l'Empoli 2-0 con i gol di Federico Dimarco e Alexis Sánchez. Simone Inzaghi ha fatto riposare Lautaro Martínez in vista della sfida con l'Udinese. "
     "A San Siro 72.811 spettatori. Arbitro: Daniele Chiffi di Padova. Classifica: Inter 79, Milan 65, Juventus 59, Bologna 57."),

    ("guide", "it", True,
     "Visitare Ravenna in un giorno: iniziate dalla Basilica di San Vitale e dal Mausoleo di Galla Placidia, poi proseguite verso la Tomba di Dante in via Dante Alighieri. "
     "Pranzo in piazza del Popolo, sotto il Palazzo Merlato, quindi Sant'Apollinare Nuovo con i mosaici di Teodorico. Il biglietto cumulativo (10,50 €) si acquista all'Opera di Religione, via San Vitale 17. "
     "Informazioni turistiche: 0544 35755. Treno regionale da Bologna Centrale ogni ora (1h 20')."),
]

# ====================================================================== Portuguese (Brazil)
cases += [
    ("police", "pt-BR", False, NL.join([
        "BOLETIM DE OCORRÊNCIA Nº 1.842/2024 — 14º DP (Pinheiros) — Polícia Civil do Estado de São Paulo",
        "Natureza: Furto de veículo (art. 155 CP)",
        "VÍTIMA: " + m(N, "Juliana Aparecida dos Santos Moura") + ", brasileira, solteira, analista de sistemas, RG " + m(ID, "38.471.205-6") + " SSP/SP, CPF " + m(ID, "418.392.657-28") +
        ", nascida em " + m(D, "19/06/1993") + ", residente à " + m(A, "Rua Cardeal Arcoverde, 1745, apto 92, Pinheiros, São Paulo/SP, CEP 05407-002") + ", fone " + m(P, "(11) 98472-3310") + ".",
        "HISTÓRICO: Relata a vítima que estacionou seu veículo Onix placa FJX-7D21 na Rua dos Pinheiros por volta das 19h e, ao retornar às 22h40, não o encontrou. "
        "O porteiro do edifício vizinho, Sr. " + m(N, "Edivaldo Ferreira da Silva") + ", informou ter visto dois indivíduos mexendo no carro. Nada mais.",
        "Delegado: Dr. Marcelo Augusto Tavares. Escrivã: " + m(N, "Thaís Okamoto") + ".",
    ]).replace("Delegado: Dr. Marcelo Augusto Tavares", "Delegado: Dr. " + m(N, "Marcelo Augusto Tavares"))),

    ("chat_export", "pt-BR", False, NL.join([
        "[22/08/2024 20:11] " + m(N, "Dona Cida") + ": gente o churrasco do aniversário do " + m(N, "Tiaguinho") + " vai ser no sítio do " + m(N, "Zé") + " mesmo",
        "[22/08/2024 20:13] " + m(N, "Rafa") + ": manda a localização mãe, da última vez me perdi",
        "[22/08/2024 20:15] " + m(N, "Dona Cida") + ": " + m(A, "Estrada Municipal do Capivari, km 4, Sítio Boa Esperança, Bairro dos Pires, Atibaia") + ". depois da porteira azul",
        "[22/08/2024 20:16] " + m(N, "Rafa") + ": kkkk porteira azul ajudou muito",
        "[22/08/2024 20:20] " + m(N, "José Roberto") + ": qualquer coisa liga no meu " + m(P, "(11) 99731-4806") + ". pix pra vaquinha da carne é meu cpf " + m(ID, "305.871.946-93"),
        "[22/08/2024 20:22] " + m(N, "Rafa") + ": feito! mandei 50 😄",
    ]).replace(m(N, "Dona Cida"), "Dona " + m(N, "Cida"))),

    ("cv", "pt-BR", False, NL.join([
        "CURRÍCULO",
        m(N, "Letícia Nakashima Albuquerque"),
        "Brasileira, 29 anos · " + m(A, "Av. Boa Viagem, 3280, ap. 1402, Boa Viagem, Recife – PE, 51020-000"),
        m(P, "(81) 99218-5507") + " · " + m(E, "leticia.nalbuquerque@gmail.com"),
        "",
        "OBJETIVO: Analista de Dados Pleno",
        "EXPERIÊNCIA",
        "Porto Digital / CESAR — Cientista de Dados Jr. (2021–atual): modelos de churn em Python e Spark.",
        "Magazine Luiza — Estagiária de BI (2019–2021).",
        "FORMAÇÃO: Estatística, UFPE (2019).",
        "REFERÊNCIA: Prof. " + m(N, "Ricardo Vasconcelos Lins") + " — " + m(E, "rvlins@de.ufpe.br"),
    ])),

    ("invoice", "pt-BR", False, NL.join([
        "RECIBO DE PRESTAÇÃO DE SERVIÇOS",
        "Recebi de " + m(N, "Carlos Eduardo Pinheiro") + ", CPF " + m(ID, "527.104.839-04") + ", a importância de R$ 1.800,00 (mil e oitocentos reais),",
        "referente à reforma do banheiro do imóvel situado na " + m(A, "Rua Padre Anchieta, 455, casa 2, Vila Nova, Joinville/SC") + ".",
        "Pagamento via PIX para a chave " + m(P, "(47) 99125-6084") + ".",
        "Joinville, 5 de julho de 2024.",
        "",
        "_______________________________",
        m(N, "Valdir Schmitt") + " — Pedreiro autônomo",
        "Contato: " + m(P, "(47) 3422-1793"),
    ])),
]
cases += [
    ("news", "pt-BR", True,
     "O presidente Luiz Inácio Lula da Silva sancionou nesta terça-feira (16) a lei que cria o programa Pé-de-Meia, em cerimônia no Palácio do Planalto. "
     "O ministro da Educação, Camilo Santana, afirmou que 2,5 milhões de estudantes do ensino médio serão beneficiados. Segundo o IBGE, a taxa de abandono escolar caiu para 5,9% em 2023. "
     "O Ministério da Educação fica na Esplanada dos Ministérios, Bloco L, Brasília (DF); a central de atendimento é o 0800 616161."),

    ("docs", "pt-BR", True,
     "Exemplo de payload para cadastro (dados fictícios de Fulano de Tal e Beltrano da Silva):" + NL +
     '{"nome": "Fulano de Tal", "cpf": "000.000.000-00", "email": "fulano@exemplo.com.br.invalid", "telefone": "(00) 00000-0000", "cep": "01001-000"}' + NL +
     "O CEP 01001-000 corresponde à Praça da Sé e é usado em todos os exemplos da documentação dos Correios. Versão do schema: 1.4.2; id de rastreio do exemplo: AA123456789BR."),
]

# ====================================================================== Portuguese (Portugal)
cases += [
    ("contract", "pt-PT", False, NL.join([
        "CONTRATO DE ARRENDAMENTO PARA FIM HABITACIONAL COM PRAZO CERTO",
        "PRIMEIRO OUTORGANTE (Senhorio): " + m(N, "Fernando Manuel Teixeira Amorim") + ", NIF " + m(ID, "234819561") + ", residente na " + m(A, "Rua de Santa Catarina, n.º 612, 3.º Esq., 4000-446 Porto") + ".",
        "SEGUNDA OUTORGANTE (Arrendatária): " + m(N, "Inês Carvalho Rebelo") + ", NIF " + m(ID, "219073422") + ", portadora do Cartão de Cidadão n.º " + m(ID, "14876302 4 ZY9") + ", nascida a " + m(D, "3 de fevereiro de 1998") + ".",
        "CLÁUSULA 1.ª — O Primeiro Outorgante dá de arrendamento a fração autónoma designada pela letra «F», correspondente ao " + m(A, "2.º andar direito do prédio sito na Rua do Breiner, n.º 85, 4050-126 Porto") + ".",
        "CLÁUSULA 4.ª — A renda mensal é de 780 € (setecentos e oitenta euros), paga por transferência para o IBAN " + m(I, "PT51 8849 3795 4534 0589 6805 7") + ".",
        "Contactos: senhorio " + m(P, "912 408 336") + "; arrendatária " + m(P, "936 711 025") + " / " + m(E, "ines.c.rebelo@sapo.pt") + ".",
    ])),

    ("email", "pt-PT", False, NL.join([
        "De: " + m(N, "Rui Gonçalo Mendes") + " <" + m(E, "rgmendes@netcabo.pt") + ">",
        "Para: Junta de Freguesia de Arroios <geral@jf-arroios.pt>",
        "Assunto: Pedido de atestado de residência",
        "",
        "Boa tarde,",
        "Venho solicitar a emissão de um atestado de residência em meu nome e no da minha mãe, " + m(N, "Maria de Fátima Mendes") + ", que vive comigo desde janeiro.",
        "Morada: " + m(A, "Avenida Almirante Reis, 137, 5.º Dto., 1150-015 Lisboa"),
        "O meu NIF é " + m(ID, "246503181") + " e o número de utente da minha mãe é " + m(ID, "281 447 905") + ".",
        "Testemunhas (vizinhos, recenseados na freguesia): " + m(N, "Abdul Karim Hossain") + " (3.º Esq.) e " + m(N, "Teresa Valadas") + " (r/c).",
        "",
        "Com os melhores cumprimentos,",
        m(N, "Rui Mendes"),
        "Tlm. " + m(P, "968 302 447"),
    ])),

    ("news", "pt-PT", False,
     "Idosa encontrada com vida após dois dias desaparecida em Arouca" + NL +
     "Uma mulher de 81 anos que estava desaparecida desde domingo foi encontrada ontem de manhã numa zona de mato perto da aldeia de Drave. " +
     m(N, "Albertina Soares") + " tinha saído de casa, no lugar de Regoufe, para ir apanhar castanhas. Foi o vizinho " + m(N, "Manuel Brandão") + ", pastor, quem ouviu os pedidos de ajuda. "
     "«Reconheci logo a voz da tia " + m(N, "Albertina") + "», contou ao JN. A idosa foi transportada ao Hospital de São Sebastião, em Santa Maria da Feira, com sinais de hipotermia. A GNR e os Bombeiros de Arouca mobilizaram 60 operacionais nas buscas."),
]
cases += [
    ("timetable", "pt-PT", True, NL.join([
        "CP — Comboios de Portugal · Linha de Sintra · Rossio → Sintra (dias úteis)",
        "Rossio        06:08  06:28  06:48  07:08",
        "Benfica       06:17  06:37  06:57  07:17",
        "Amadora       06:24  06:44  07:04  07:24",
        "Queluz-Belas  06:28  06:48  07:08  07:28",
        "Sintra        06:48  07:08  07:28  07:48",
        "Linha de Apoio ao Cliente CP: 707 210 220. Bilheteira do Rossio: Rua 1.º de Dezembro.",
    ])),

    ("news", "pt-PT", True,
     "O Presidente da República, Marcelo Rebelo de Sousa, promulgou o diploma do Governo sobre o IRS Jovem. Em Belém, o chefe de Estado lembrou que o Tribunal Constitucional ainda pode ser chamado a pronunciar-se. "
     "O primeiro-ministro, Luís Montenegro, falou à saída do Conselho de Ministros. Entretanto, a tempestade Kirk deixou 300 mil clientes da E-Redes sem eletricidade no distrito de Leiria, segundo a Proteção Civil."),
]

# ====================================================================== Dutch
cases += [
    ("email", "nl", False, NL.join([
        "Van: " + m(N, "Femke van der Heijden-Bakker") + " <" + m(E, "femke.vdheijden@ziggo.nl") + ">",
        "Aan: Woonstichting De Key <verhuur@dekey.nl>",
        "Onderwerp: Re: huuropzegging " + m(A, "Javastraat 88-III") + "",
        "",
        "Beste meneer " + m(N, "Oudkerk") + ",",
        "",
        "Dank voor de bevestiging. Zoals gevraagd mijn nieuwe adres voor de eindafrekening:",
        m(A, "Kerkstraat 14"),
        m(A, "1741 AB Schagen"),
        "De waarborgsom mag terug op " + m(I, "NL10 RABO 4310 7551 47") + " t.n.v. " + m(N, "F. van der Heijden") + ".",
        "Mijn partner " + m(N, "Joost Bakker") + " is bij de eindinspectie; hij is bereikbaar op " + m(P, "06-41 28 73 90") + ".",
        "",
        "Met vriendelijke groet,",
        m(N, "Femke van der Heijden"),
        "",
        "Op 12 mrt. 2024 om 09:31 schreef " + m(N, "Erik Oudkerk") + " <e.oudkerk@dekey.nl>:",
        "> Geachte mevrouw " + m(N, "Van der Heijden") + ", hierbij bevestigen wij de opzegging per 1 mei.",
    ]).replace("<e.oudkerk@dekey.nl>", "<" + m(E, "e.oudkerk@dekey.nl") + ">")),

    ("obituary", "nl", False,
     "Verdrietig, maar dankbaar voor alles wat zij voor ons betekend heeft, geven wij kennis van het overlijden van onze lieve moeder, schoonmoeder en oma" + NL + NL +
     m(N, "Geertruida Johanna (Truus) Kooistra-de Vries") + NL +
     "weduwe van " + m(N, "Sjoerd Kooistra") + NL +
     "* Leeuwarden, " + m(D, "14 oktober 1931") + "   † Drachten, 2 maart 2024" + NL + NL +
     m(N, "Hylke") + " en " + m(N, "Anneke") + NL + m(N, "Wietske") + " en " + m(N, "Pieter") + NL + "Klein- en achterkleinkinderen" + NL + NL +
     "Correspondentieadres: " + m(A, "Noorderdwarsvaart 41, 9202 MB Drachten") + NL +
     "Mam is thuisgebracht. Gelegenheid tot afscheid nemen en condoleren donderdag van 19.00 tot 20.00 uur in uitvaartcentrum De Bining."),

    ("ticket", "nl", False, NL.join([
        "Ticket #NL-558102 | Kanaal: webchat | Onderwerp: Verkeerde incasso zorgverzekering",
        "Klant: " + m(N, "Mohamed el Idrissi") + " | Geboortedatum " + m(D, "08-11-1982") + " | BSN " + m(ID, "193847565"),
        "Adres: " + m(A, "Burgemeester de Vlugtlaan 201-2, 1063 BJ Amsterdam"),
        "",
        "[14:02] klant: goedemiddag, er is twee keer premie afgeschreven in juni",
        "[14:03] " + m(N, "Sanne") + " (medewerker): Vervelend! Ik zie inderdaad twee incasso's van € 142,95 op " + m(I, "NL43 INGB 4091 8913 81") + ". Klopt dat rekeningnummer?",
        "[14:04] klant: ja klopt. mijn vrouw " + m(N, "Khadija") + " staat ook op de polis, haar premie moet apart",
        "[14:06] " + m(N, "Sanne") + " (medewerker): Ik zet de dubbele incasso terug. Mag ik uw mobiele nummer voor de bevestiging?",
        "[14:06] klant: " + m(P, "06 18 39 42 75"),
    ])),

    ("form", "nl", False, NL.join([
        "AANMELDFORMULIER — Sportvereniging Rapide '07, afdeling volleybal",
        "Naam lid: " + m(N, "Noor Verhoeven"),
        "Geboortedatum: " + m(D, "23-06-2012"),
        "Adres: " + m(A, "Hoogstraat 7b, 5061 BW Oisterwijk"),
        "Naam ouder/verzorger: " + m(N, "Bram Verhoeven"),
        "Telefoon ouder: " + m(P, "013-528 44 06") + "   E-mail: " + m(E, "bram.verhoeven@kpnmail.nl"),
        "Machtiging contributie: IBAN " + m(I, "NL58 ABNA 4533 3147 89") + ", t.n.v. " + m(N, "B.J.M. Verhoeven"),
        "Medische bijzonderheden: astma (puffer in tas)",
    ])),

    ("form", "nl", False, NL.join([
        "Inschrijving kinderopvang 't Kabouterhuis (Gent)",
        "Kind: " + m(N, "Lotte De Smet") + "  — geboren op " + m(D, "19/08/2022"),
        "Ouders: " + m(N, "Pieter-Jan De Smet") + " (rijksregisternr. " + m(ID, "92.03.04-157.27") + ") en " + m(N, "Eline Vermeulen"),
        "Adres: " + m(A, "Brugsesteenweg 352 bus 3, 9000 Gent"),
        "GSM: " + m(P, "0476 82 15 39"),
    ])),
]
cases += [
    ("notice", "nl", True,
     "Bekendmaking — Gemeente Utrecht" + NL +
     "Burgemeester en wethouders van Utrecht maken bekend dat zij een omgevingsvergunning hebben verleend voor het restaureren van de gevel van het Centraal Museum, Agnietenstraat 1. "
     "Tegen dit besluit kan binnen zes weken bezwaar worden gemaakt bij het college, Postbus 16200, 3500 CE Utrecht. Inlichtingen: Stadskantoor, Stadsplateau 1, telefoon 14 030. "
     "Namens het college, de burgemeester, Sharon Dijksma."),

    ("timetable", "nl", True, NL.join([
        "NS Intercity Amsterdam Centraal – Vlissingen (geldig vanaf 10 december 2023)",
        "Amsterdam C.  dep 07:08  07:38  08:08",
        "Schiphol      dep 07:22  07:52  08:22",
        "Leiden C.     dep 07:38  08:08  08:38",
        "Den Haag HS   dep 07:51  08:21  08:51",
        "Rotterdam C.  dep 08:11  08:41  09:11",
        "Vlissingen    arr 09:44  10:14  10:44",
        "Werkzaamheden: op 3 en 4 februari rijden er bussen tussen Roosendaal en Goes. NS Klantenservice: 030 751 51 55.",
    ])),

    ("review", "nl", True,
     "Heerlijk gegeten bij Restaurant De Librije in Zwolle. Het menu van Jonnie Boer blijft verrassen: de paling met Zeeuwse oester was het hoogtepunt. "
     "Het gebouw (de oude Spanjaardspoort gevangenis) is prachtig. Reserveren via de website, tafel 14 aan het raam aanbevolen. Prijs €295 p.p. exclusief wijn. "
     "Parkeren kan in garage Noordereiland. Philips-lampen en Gispen-stoelen in de lounge, voor wie op design let."),
]

# ====================================================================== Polish
cases += [
    ("contract", "pl", False, NL.join([
        "UMOWA NAJMU LOKALU MIESZKALNEGO",
        "zawarta w dniu 1 października 2024 r. w Krakowie pomiędzy:",
        "Panią " + m(N, "Bożeną Wiśniewską") + ", zam. " + m(A, "ul. Królewska 57/12, 30-081 Kraków") + ", legitymującą się dowodem osobistym " + m(ID, "DEW542817") + ", PESEL " + m(ID, "75122391352") + ", zwaną dalej Wynajmującą,",
        "a",
        "Panem " + m(N, "Oleksandrem Melnykiem") + ", ur. " + m(D, "14.07.1988") + ", PESEL " + m(ID, "88071416834") + ", zwanym dalej Najemcą.",
        "§ 1. Wynajmująca oświadcza, że jest właścicielką lokalu nr 4 położonego w " + m(A, "Krakowie przy ul. Miodowej 21") + ".",
        "§ 4. Czynsz w wysokości 2800 zł płatny będzie do 10. dnia miesiąca na rachunek " + m(I, "PL31 9058 8000 7966 3110 6501 4400") + ".",
        "§ 9. Do kontaktu: Wynajmująca tel. " + m(P, "601 482 337") + ", Najemca tel. " + m(P, "+48 572 190 664") + ", e-mail " + m(E, "o.melnyk88@gmail.com") + ".",
        "",
        "Wynajmująca: " + m(N, "B. Wiśniewska") + "                Najemca: " + m(N, "O. Melnyk"),
    ])),

    ("obituary", "pl", False,
     "Z głębokim żalem zawiadamiamy, że dnia 3 marca 2024 r. zmarł w wieku 79 lat nasz ukochany Mąż, Tata i Dziadek" + NL + NL +
     "śp. " + m(N, "Tadeusz Grabowski") + NL + "emerytowany nauczyciel fizyki w II LO w Tarnowie" + NL + NL +
     "Msza św. żałobna zostanie odprawiona 7 marca o godz. 11.00 w kościele pw. Najświętszego Serca Pana Jezusa, po czym nastąpi odprowadzenie na cmentarz Krzyż." + NL +
     "Pogrążeni w smutku: żona " + m(N, "Halina") + ", córki " + m(N, "Agnieszka") + " i " + m(N, "Małgorzata") + " z mężami, wnukowie " + m(N, "Kuba") + ", " + m(N, "Zosia") + " i " + m(N, "Filip") + "." + NL +
     "Za pomoc w ostatnich miesiącach dziękujemy pani doktor " + m(N, "Ewie Sołtys") + " i pielęgniarce " + m(N, "Annie Pawlik") + "."),

    ("chat_export", "pl", False, NL.join([
        "Messenger — „Wspólnota Lipowa 8” — 14.11.2024",
        m(N, "Krzysiek") + " (3 piętro): Ktoś wie kto zastawił garaż białym passatem? WGM 4K21",
        m(N, "Pani Jadzia") + ": To chyba znajomy pana " + m(N, "Marka") + " spod siódemki",
        m(N, "Marek Zając") + ": sorry, już przestawia. To mój szwagier " + m(N, "Darek") + ", przyjechał z Gdańska",
        m(N, "Krzysiek") + " (3 piętro): ok dzięki. a propos, administratorka prosiła o numer do kogoś z zarządu",
        m(N, "Marek Zając") + ": dajcie jej mój " + m(P, "507 224 918") + " albo do " + m(N, "Basi Nowickiej") + " " + m(P, "698 031 572"),
    ]).replace(m(N, "Pani Jadzia"), "Pani " + m(N, "Jadzia"))),

    ("ticket", "pl", False, NL.join([
        "Zgłoszenie #PL-20931 — Allegro Pomoc — Zwrot środków",
        "Kupujący: " + m(N, "Weronika Kaczmarczyk") + " (login: " + m(N, "weronika_kaczmarczyk") + ")",
        "Adres dostawy: " + m(A, "ul. Piotrkowska 212 m. 34, 90-369 Łódź"),
        "Tel.: " + m(P, "+48 604 117 853"),
        "Treść: Paczka przyszła uszkodzona, kurier " + m(N, "pan Grzegorz") + " kazał mi podpisać protokół. Proszę o zwrot 349 zł na kartę " + m(C, "5740 1069 8153 3010") + ".",
        "Odpowiedź konsultanta (" + m(N, "Kamil S.") + "): Zwrot zlecony, środki wrócą w ciągu 3 dni roboczych.",
    ]).replace(m(N, "pan Grzegorz"), "pan " + m(N, "Grzegorz"))),

    ("newsletter", "pl", False,
     "Gazetka Szkoły Podstawowej nr 12 w Rzeszowie — listopad 2024" + NL +
     "Gratulujemy! W Wojewódzkim Konkursie Matematycznym tytuł laureata zdobyła " + m(N, "Julia Kwiatkowska") + " z klasy 7b, a " + m(N, "Antoni Lewandowski") + " z 8a został finalistą. "
     "Opiekunem uczniów była pani " + m(N, "Renata Duda") + "." + NL +
     "Samorząd Uczniowski dziękuje rodzicom: państwu " + m(N, "Kowalczykom") + " za upieczenie ciast na kiermasz oraz panu " + m(N, "Tomaszowi Pietrzakowi") + " za naprawę ławek. "
     "Zebrano 1 450 zł na schronisko dla zwierząt."),
]
cases += [
    ("notice", "pl", True,
     "OBWIESZCZENIE Prezydenta Miasta Gdańska z dnia 12 sierpnia 2024 r." + NL +
     "Na podstawie art. 49 Kpa zawiadamiam, że w sprawie budowy linii tramwajowej w ciągu al. Józefa Piłsudskiego (od ul. Jana Heweliusza do pl. Solidarności) wydano decyzję o środowiskowych uwarunkowaniach. "
     "Z treścią decyzji można zapoznać się w Wydziale Środowiska Urzędu Miejskiego w Gdańsku, ul. Wały Jagiellońskie 1, pok. 204, tel. 58 323 60 00. Prezydent Miasta Gdańska Aleksandra Dulkiewicz."),

    ("docs", "pl", True,
     "Przykładowe dane do formularza (fikcyjne): Jan Kowalski, ul. Przykładowa 1, 00-001 Warszawa, PESEL 00000000000, NIP 000-000-00-00, tel. 000 000 000. "
     "Pole „numer zamówienia” ma format ZAM/2024/000123, a numer przesyłki InPost to 24 cyfry (np. 520000012345678912345678). Wersja formularza: 2.1.7, identyfikator: 3f8a2c1e-9b7d-4e60-a5f4-0c1d2e3f4a5b."),

    ("history", "pl", True,
     "Maria Skłodowska-Curie urodziła się w Warszawie przy ulicy Freta 16. Wraz z Piotrem Curie odkryła polon i rad, za co w 1903 r. otrzymała Nagrodę Nobla z fizyki razem z Henrim Becquerelem. "
     "Dziś w kamienicy mieści się Muzeum Marii Skłodowskiej-Curie prowadzone przez Polskie Towarzystwo Chemiczne. W pobliżu stoi pomnik Syrenki i Barbakan; most Śląsko-Dąbrowski prowadzi na Pragę."),
]

# ====================================================================== Catalan
cases += [
    ("form", "ca", False, NL.join([
        "SOL·LICITUD DE PREINSCRIPCIÓ — Curs 2024-2025 — Escola Pública Mas Casanovas (Barcelona)",
        "Dades de l'alumne/a",
        "Nom i cognoms: " + m(N, "Pau Serrat Vilaró") + "    Data de naixement: " + m(D, "06/05/2020"),
        "Codi d'identificació personal (TSI): " + m(ID, "SEVI1200506004"),
        "Adreça: " + m(A, "C. de Sant Antoni Maria Claret 281, 4t 2a, 08041 Barcelona"),
        "Dades del pare, mare o tutor/a",
        "1. " + m(N, "Marta Vilaró Puigdomènech") + " — DNI " + m(ID, "39018264Y") + " — tel. " + m(P, "659 34 18 27") + " — " + m(E, "marta.vilaro@gmail.com"),
        "2. " + m(N, "Jordi Serrat Bosch") + " — DNI " + m(ID, "45620871A") + " — tel. " + m(P, "93 456 21 09"),
        "Germans matriculats al centre: " + m(N, "Laia Serrat Vilaró") + " (P5).",
    ])),

    ("news", "ca", False,
     "Un veí de Sant Celoni salva un gos atrapat al Tordera" + NL +
     "La crescuda del riu Tordera de dimarts a la tarda va atrapar un gos en un illot prop del pont de la carretera C-35. "
     "En " + m(N, "Xavier Comas") + ", de 52 anys, que passejava per la llera, es va llançar a l'aigua amb una corda lligada a un arbre. "
     "«Ho vaig fer sense pensar», explicava ahir a la seva botiga de bicicletes del " + m(A, "carrer Major, 114") + ". La propietària del gos, la " + m(N, "Montserrat Puigdollers") + ", de 76 anys, "
     "no se'n sap avenir: «En " + m(N, "Xavi") + " és un sant». Els Bombers de la Generalitat recorden que no s'ha d'entrar mai en un riu en crescuda."),
]
cases += [
    ("notice", "ca", True,
     "EDICTE — Ajuntament de Girona" + NL +
     "L'alcalde, per decret de 8 de maig de 2024, ha aprovat inicialment el projecte de reurbanització de la plaça de Catalunya i del pont de Pedra. "
     "L'expedient es pot consultar a l'Oficina d'Atenció Ciutadana, plaça del Vi, 1, 17004 Girona, o al telèfon 972 419 010, durant trenta dies hàbils. "
     "Girona, 10 de maig de 2024. L'alcalde, Lluc Salellas i Vilar."),

    ("guide", "ca", True,
     "Ruta modernista per l'Eixample: comenceu a la Casa Batlló i la Casa Amatller al passeig de Gràcia, obres d'Antoni Gaudí i Josep Puig i Cadafalch. "
     "Continueu fins a la Pedrera, a la cantonada amb el carrer de Provença, i pugeu per la Diagonal fins a la Casa de les Punxes. "
     "Acabeu a la Sagrada Família (accés pel carrer de la Marina). Metro L5 Sagrada Família; bus V17. Entrades a partir de 26 €."),
]

# ====================================================================== Slovak
cases += [
    ("form", "sk", False, NL.join([
        "ŽIADOSŤ O PRÍSPEVOK NA BÝVANIE — Mestský úrad Košice",
        "Meno a priezvisko: " + m(N, "Mgr. Zuzana Hudáková"),
        "Dátum narodenia: " + m(D, "14. 7. 1989") + "    Rodné číslo: " + m(ID, "895714/1237"),
        "Číslo OP: " + m(ID, "EA418207"),
        "Trvalý pobyt: " + m(A, "Hlavná 47, 040 01 Košice"),
        "Prechodný pobyt: " + m(A, "Bauerova 12, byt č. 34, 040 23 Košice-Sídlisko KVP"),
        "Telefón: " + m(P, "+421 905 312 447") + "    E-mail: " + m(E, "zuzana.hudakova@azet.sk"),
        "Spoločne posudzované osoby: " + m(N, "Matej Hudák") + " (syn, nar. " + m(D, "10. 3. 2001") + ", RČ " + m(ID, "010310/4562") + ")",
        "Číslo účtu: " + m(I, "SK73 1633 4885 8212 9089 8553"),
    ]).replace(m(N, "Mgr. Zuzana Hudáková"), "Mgr. " + m(N, "Zuzana Hudáková"))),

    ("news", "sk", False,
     "V Liptovskom Mikuláši oslávila 100. narodeniny pani " + m(N, "Mária Kováčová") + ". Starosta jej odovzdal kyticu a pamätný list, "
     "gratulovať prišla aj jej najmladšia vnučka " + m(N, "Petra") + " s manželom " + m(N, "Jánom Hudecom") + ". "
     "„Mamka celý život pracovala v Tatraľane a ešte vlani chodila sama na nákupy,“ povedal jej syn " + m(N, "Štefan Kováč") + ". "
     "Pani " + m(N, "Kováčová") + " žije so synovou rodinou v rodinnom dome na " + m(A, "Hodžovej ulici č. 18") + " a jej recept na dlhovekosť je vraj jednoduchý: „Bryndzové halušky a nehnevať sa.“"),
]
cases += [
    ("notice", "sk", True,
     "OZNÁMENIE — Hlavné mesto SR Bratislava" + NL +
     "Od 1. júla 2024 bude z dôvodu rekonštrukcie električkovej trate uzavretá Špitálska ulica v úseku Mickiewiczova – Americké námestie. "
     "Linky DPB 4 a 9 budú odklonené cez Šancovú. Informácie poskytne Zákaznícke centrum DPB, Olejkárska 1, 814 52 Bratislava, tel. 02/5950 5950. Primátor Matúš Vallo."),

    ("guide", "sk", True,
     "Na Hviezdoslavovom námestí stojí socha Pavla Országha Hviezdoslava a neďaleko Slovenské národné divadlo. "
     "Pri Dunaji sa oplatí pozrieť na Most SNP s reštauráciou UFO a na pamätník Milana Rastislava Štefánika. "
     "Vstupné do Bratislavského hradu je 10 €, otvorené denne okrem pondelka od 10:00 do 18:00."),
]

# ====================================================================== Croatian
cases += [
    ("contract", "hr", False, NL.join([
        "UGOVOR O NAJMU STANA",
        "sklopljen u Zagrebu dana 15. rujna 2024. između:",
        "1. " + m(N, "Dragica Marković") + ", OIB: " + m(ID, "69203847512") + ", iz Zagreba, " + m(A, "Ulica Ivana Gundulića 14") + " (u daljnjem tekstu: Najmodavac),",
        "2. " + m(N, "Tin Radić") + ", OIB: " + m(ID, "18472903658") + ", rođen " + m(D, "22. 3. 1999.") + " u Splitu, iz Splita, " + m(A, "Put Firula 9, 21000 Split") + " (u daljnjem tekstu: Najmoprimac).",
        "Članak 1. Najmodavac daje u najam dvosoban stan na adresi " + m(A, "Trnjanska cesta 37, 3. kat, stan br. 11, 10000 Zagreb") + ".",
        "Članak 3. Najamnina iznosi 650,00 EUR mjesečno i plaća se na račun " + m(I, "HR27 8698 7257 1538 0009 7") + ".",
        "Kontakt najmoprimca: " + m(P, "091 528 4417") + ", " + m(E, "tin.radic99@gmail.com") + ".",
    ])),

    ("obituary", "hr", False,
     "Tužnim srcem javljamo svim rođacima, prijateljima i znancima da nas je u 84. godini napustila naša draga majka, baka i prabaka" + NL + NL +
     m(N, "ANKA BLAŽEVIĆ") + " rođ. " + m(N, "Perić") + NL + NL +
     "Ispraćaj drage nam pokojnice bit će u petak, 8. studenoga 2024. u 14.15 sati na Gradskom groblju Mirogoj. " +
     "Ožalošćeni: sin " + m(N, "Ivica") + " sa suprugom " + m(N, "Snježanom") + ", kći " + m(N, "Vesna") + " sa suprugom " + m(N, "Zdravkom") + ", unuci " + m(N, "Luka") + ", " + m(N, "Ana") + " i " + m(N, "Marin") + " te ostala rodbina. "
     "Posebna zahvala susjedi " + m(N, "Mirjani Kovač") + " na brizi i pažnji."),
]
cases += [
    ("notice", "hr", True,
     "Hrvatske ceste obavještavaju da će zbog radova na vijaduktu Krka od 3. do 7. lipnja biti zatvorena državna cesta D8 između Dramlja i Crikvenice. "
     "Obilazak je moguć autocestom A7. Informacije o stanju u prometu: HAK, tel. 072 777 777. Ministar mora, prometa i infrastrukture Oleg Butković obišao je radove u ponedjeljak."),

    ("guide", "hr", True,
     "Dubrovnik u jednom danu: ulaz kroz Vrata od Pila, šetnja Stradunom do Kneževa dvora i katedrale. Obiđite gradske zidine (35 €) i tvrđavu Lovrjenac. "
     "Žičarom na Srđ za pogled na Lokrum. Spomenik Marinu Držiću stoji ispred Kneževa dvora, a Gundulićeva poljana dobila je ime po pjesniku Ivanu Gunduliću. Turistički ured: Brsalje 5."),
]

# ====================================================================== Serbian (Latin)
cases += [
    ("form", "sr-Latn", False, NL.join([
        "PRIJAVA NA KONKURS ZA STUDENTSKI DOM — Studentski centar Beograd",
        "Ime i prezime: " + m(N, "Milica Jovanović"),
        "JMBG: " + m(ID, "0305979715329"),
        "Adresa prebivališta: " + m(A, "Bulevar kralja Aleksandra 73/II, stan 9, 11000 Beograd"),
        "Telefon: " + m(P, "064 318 2291") + "    E-mail: " + m(E, "milica.jovanovic@gmail.com"),
        "Roditelj/staratelj: " + m(N, "Dragan Jovanović") + ", JMBG " + m(ID, "0506971710048") + ", tel. " + m(P, "063 7742 118"),
        "Izjavljujem pod krivičnom i materijalnom odgovornošću da su podaci tačni. U Beogradu, 2. jula 2024. " + m(N, "M. Jovanović"),
    ])),

    ("chat_export", "sr-Latn", False, NL.join([
        "Viber — „Kum i ekipa”",
        "[18.5. 20:04] " + m(N, "nenad") + ": ljudi kad se skupljamo za svadbu kod " + m(N, "vlade") + " i " + m(N, "jelene") + "?",
        "[18.5. 20:06] " + m(N, "Bojana") + ": subota, crkva u 13h, posle restoran Stara Koliba na Adi",
        "[18.5. 20:07] " + m(N, "nenad") + ": a gde da nosimo poklon, kod njih u stan?",
        "[18.5. 20:09] " + m(N, "Bojana") + ": da, " + m(A, "Njegoševa 41, treći sprat, stan 12") + ". zvonite " + m(N, "Petroviću") + " ne " + m(N, "Vladi") + " 😂",
        "[18.5. 20:10] " + m(N, "Uroš") + ": ja skupljam pare za koverat, uplatite mi na račun ili pošaljite na ips " + m(P, "065 210 4473"),
    ])),
]
cases += [
    ("sports", "sr-Latn", True,
     "Novak Đoković osvojio je zlatnu medalju na Olimpijskim igrama u Parizu pošto je u finalu savladao Karlosa Alkaraza sa 7:6, 7:6. "
     "Na teren Filip Šatrije došli su i predsednik Olimpijskog komiteta Srbije Božidar Maljković i selektor Viktor Troicki. "
     "Doček u Beogradu zakazan je za ponedeljak u 19 časova ispred Doma Narodne skupštine."),
]

# ====================================================================== Serbian (Cyrillic)
cases += [
    ("police", "sr-Cyrl", False,
     "ЗАПИСНИК О ПРИЈЕМУ УСМЕНЕ КРИВИЧНЕ ПРИЈАВЕ — ПС Нови Сад" + NL +
     "Дана 14.03.2024. године у 10,30 часова у службене просторије дошла је " + m(N, "Славица Милошевић") + ", рођена " + m(D, "27.08.1985") + ". године у Новом Саду, ЈМБГ " + m(ID, "2708985805040") +
     ", са пребивалиштем у " + m(A, "Улици Војводе Мишића 22, стан 7, Нови Сад") + ", контакт телефон " + m(P, "021 6341 905") + ", и пријавила да јој је непозната особа са текућег рачуна подигла 48.000 динара. "
     "Наводи да је сумња на бившег подстанара " + m(N, "Горана Пејића") + " који је имао приступ њеној картици." + NL +
     "Записник сачинио: полицијски службеник " + m(N, "Н. Бабић")),

    ("obituary", "sr-Cyrl", False,
     "ТУЖНО СЕЋАЊЕ" + NL + "на нашу драгу мајку и баку" + NL + m(N, "ДЕСАНКУ ТОДОРОВИЋ") + NL + "1941–2024" + NL +
     "Прошло је тужних шест месеци откако ниси са нама. Твоја доброта и осмех остају у нашим срцима. " +
     "Твоји: син " + m(N, "Милан") + ", снаха " + m(N, "Гордана") + ", унуци " + m(N, "Никола") + " и " + m(N, "Теодора") + ". Помен у суботу у 11 часова на Новом гробљу."),
]
cases += [
    ("press_release", "sr-Cyrl", True,
     "Министарство просвете саопштава да ће завршни испит за ученике осмог разреда бити одржан 17, 18. и 19. јуна 2024. године. "
     "Министарка Славица Ђукић Дејановић обишла је школу „Вук Караџић” у Крагујевцу. Информације на телефон 011 361 6489 и на адреси Немањина 22–26, Београд."),
]

# ====================================================================== Bulgarian
cases += [
    ("contract", "bg", False, NL.join([
        "ТРУДОВ ДОГОВОР № 47/02.09.2024 г.",
        "Днес, 02.09.2024 г., в гр. София, между „Бяла Лоджистикс“ ЕООД, представлявано от управителя " + m(N, "Стоян Кирилов") + ", и",
        m(N, "Десислава Петрова Иванова") + ", ЕГН " + m(ID, "8706231542") + ", л.к. № " + m(ID, "647218053") + ", издадена на 11.05.2021 г. от МВР – София,",
        "с постоянен адрес: " + m(A, "гр. София 1784, ж.к. Младост 1, бл. 27, вх. Б, ет. 4, ап. 12") + ",",
        "тел. " + m(P, "0888 214 739") + ", e-mail: " + m(E, "desi.ivanova87@abv.bg") + ",",
        "се сключи настоящият трудов договор за длъжността „Оператор склад“ с основно месечно възнаграждение 1 650 лв.",
        "Възнаграждението се превежда по сметка " + m(I, "BG56 BNBG 3924 8593 8035 74") + ".",
    ])),

    ("obituary", "bg", False,
     "ТЪЖНА ВЕСТ" + NL + "На 4 ноември 2024 г. почина нашият скъп съпруг, баща и дядо" + NL +
     m(N, "ГЕОРГИ ИВАНОВ ДИМИТРОВ") + NL + "роден на " + m(D, "11 февруари 1975") + " г." + NL +
     "Поклонението ще се състои на 6 ноември от 12:00 ч. в ритуална зала на Централни софийски гробища. " +
     "Скърбят: съпругата " + m(N, "Мария") + ", децата " + m(N, "Иван") + " и " + m(N, "Елена") + ", внучката " + m(N, "Виктория") + ", брат му " + m(N, "Петко") + " и близките."),
]
cases += [
    ("news", "bg", True,
     "Президентът Румен Радев връчи мандат на ГЕРБ-СДС за съставяне на правителство. Кандидатът за министър-председател Росен Желязков заяви, че ще търси подкрепа от всички парламентарни сили. "
     "Според данни на НСИ инфлацията през октомври е 2,4%. БНБ запазва основния лихвен процент. Адрес на президентската институция: бул. „Княз Александър Дондуков“ 2, София."),

    ("timetable", "bg", True, NL.join([
        "БДЖ — Разписание София – Пловдив (от 15.12.2024)",
        "Влак №   8611   8613   8617",
        "София    06:35  08:00  13:20",
        "Ихтиман  07:39  09:04  14:24",
        "Септември 08:29 09:54  15:14",
        "Пловдив  09:05  10:30  15:50",
        "Информация: Централна гара София, бул. „Княгиня Мария Луиза“ 102А, тел. 0700 10 200.",
    ])),
]

# ====================================================================== Lithuanian
cases += [
    ("contract", "lt", False, NL.join([
        "GYVENAMOSIOS PATALPOS NUOMOS SUTARTIS Nr. 2024/08",
        "Vilnius, 2024 m. rugpjūčio 1 d.",
        "Nuomotojas: " + m(N, "Rimantas Jankauskas") + ", a. k. " + m(ID, "38809261508") + ", gyv. " + m(A, "Savanorių pr. 176-41, LT-03154 Vilnius") + ", tel. " + m(P, "+370 612 48 391") + ";",
        "Nuomininkė: " + m(N, "Gintarė Žukauskaitė") + ", a. k. " + m(ID, "49504120839") + ", gim. " + m(D, "1995-04-12") + ", el. p. " + m(E, "gintare.zukauskaite@gmail.com") + ".",
        "1. Nuomotojas išnuomoja butą, esantį " + m(A, "Žirmūnų g. 68-14, LT-09124 Vilnius") + ".",
        "3. Nuomos mokestis – 620 Eur per mėnesį, mokamas į sąskaitą " + m(I, "LT38 6616 3432 1504 4769") + ".",
        "Parašai: " + m(N, "R. Jankauskas") + " / " + m(N, "G. Žukauskaitė"),
    ])),

    ("news", "lt", False,
     "Kaune per gaisrą daugiabutyje nukentėjo senolė" + NL +
     "Antradienio vakarą ugniagesiai buvo iškviesti į daugiabutį " + m(A, "Pramonės prospekte 31") + ". Liepsnos kilo penktame aukšte esančiame bute. "
     "Pasak kaimynės " + m(N, "Aušros Petrauskienės") + ", dūmus pirmas pajuto jos vyras " + m(N, "Vytautas") + ", kuris ir paskambino bendruoju pagalbos telefonu. "
     "Su apsinuodijimo dūmais požymiais į ligoninę išvežta 86 metų " + m(N, "Genovaitė Kazlauskienė") + ". Jos anūkas " + m(N, "Jonas Kazlauskas") + " sakė, kad močiutė jaučiasi gerai. "
     "Gaisro priežastis tiriama."),

    ("email", "lt", False, NL.join([
        "Nuo: " + m(N, "Dalia Rimkutė") + " <" + m(E, "dalia.rimkute@splius.lt") + ">",
        "Kam: buhalterija@mokykla-saule.lt",
        "Tema: Dėl dukros maitinimo lengvatos",
        "",
        "Laba diena,",
        "siunčiu prašymą dėl nemokamo maitinimo dukrai " + m(N, "Emilijai Rimkutei") + " (5b klasė). Mano asmens kodas " + m(ID, "46707310216") + ", deklaruota gyvenamoji vieta " + m(A, "Klaipėdos g. 12-3, Šiauliai") + ".",
        "Pažymą iš Sodros pridedu. Jei ko trūksta, skambinkite " + m(P, "8 687 30 415") + ".",
        "",
        "Pagarbiai",
        m(N, "Dalia Rimkutė"),
    ])),
]
cases += [
    ("notice", "lt", True,
     "Vilniaus miesto savivaldybė informuoja: nuo birželio 3 d. Gedimino prospekte tarp Katedros aikštės ir Vinco Kudirkos aikštės bus atnaujinama grindinio danga. "
     "Eismas bus nukreiptas Totorių gatve. Meras Valdas Benkunskas pažadėjo, kad darbai baigsis iki Joninių. Daugiau informacijos: Konstitucijos pr. 3, tel. 1664."),
]

# ====================================================================== Latvian
cases += [
    ("form", "lv", False, NL.join([
        "IESNIEGUMS — Rīgas valstspilsētas pašvaldības Labklājības departaments",
        "Vārds, uzvārds: " + m(N, "Ilze Ozoliņa"),
        "Personas kods: " + m(ID, "170692-10454"),
        "Deklarētā adrese: " + m(A, "Brīvības iela 144-17, Rīga, LV-1012"),
        "Tālrunis: " + m(P, "+371 2914 8830") + "   E-pasts: " + m(E, "ilze.ozolina@inbox.lv"),
        "Lūdzu piešķirt pabalstu bērna ar invaliditāti kopšanai manam dēlam " + m(N, "Mārtiņam Ozoliņam") + " (personas kods " + m(ID, "290501-20887") + ").",
        "Pielikumā: VDEĀVK atzinums. " + m(N, "I. Ozoliņa") + ", 12.02.2024.",
    ])),

    ("forum", "lv", False,
     "Tēma: Pazudis suns Jūrmalā, Dzintaros!!!" + NL +
     "Autors: " + m(N, "laura_kalnina") + " » 05.07.2024 21:14" + NL +
     "Šodien ap 18:00 no mājas " + m(A, "Edinburgas prospektā 58") + " izskrēja mūsu taksis Ričijs (brūns, sarkana kaklasiksna). Ja kāds redz, lūdzu zvaniet man " + m(P, "26 418 503") + " vai vīram " + m(N, "Andrim") + " " + m(P, "29 107 336") + ". "
     "Atlīdzība garantēta!" + NL +
     "Atbilde no " + m(N, "JānisB") + ": redzēju līdzīgu suni pie Dzintaru koncertzāles pirms pusstundas, pajautājiet sargam " + m(N, "Valdim") + "."),
]
cases += [
    ("news", "lv", True,
     "Valsts prezidents Edgars Rinkēvičs Rīgas pilī tikās ar Igaunijas prezidentu Alaru Karisu. Sarunā tika pārrunāta Rail Baltica būvniecība un reģionālā drošība. "
     "Ministru prezidente Evika Siliņa paziņoja, ka valdība nākamnedēļ izskatīs budžeta projektu. Centrālās statistikas pārvaldes dati liecina, ka inflācija septembrī bija 1,2 %."),

    ("timetable", "lv", True, NL.join([
        "Rīgas satiksme — 11. tramvaja maršruts: Centrālā stacija – Mežaparks (darba dienās)",
        "Centrālā stacija  05:31  05:51  06:11  06:26",
        "Stacijas laukums  05:33  05:53  06:13  06:28",
        "Brīvības iela     05:38  05:58  06:18  06:33",
        "Mežaparks         05:59  06:19  06:39  06:54",
        "Informatīvais tālrunis 8000 1919. Biļešu kase: Centrālā stacija, Stacijas laukums 2.",
    ])),
]

# ====================================================================== Estonian
cases += [
    ("medical", "et", False, NL.join([
        "SA Põhja-Eesti Regionaalhaigla — EPIKRIIS",
        "Patsient: " + m(N, "Kadri Tamm") + "   Isikukood: " + m(ID, "49103052711"),
        "Sünniaeg: " + m(D, "05.03.1991") + "   Elukoht: " + m(A, "Tartu mnt 52-18, 10115 Tallinn"),
        "Kontakt: " + m(P, "+372 5342 7718") + "; lähedane " + m(N, "Margus Tamm") + " (abikaasa) " + m(P, "+372 5561 0294"),
        "Haiglas viibimise aeg: 11.06.2024–14.06.2024",
        "Diagnoos: Äge apenditsiit. Teostatud laparoskoopiline apendektoomia 11.06.2024.",
        "Soovitused: füüsilise koormuse piiramine 2 nädalat, õmbluste eemaldamine perearsti juures (dr " + m(N, "Liis Kask") + ") 10. päeval.",
        "Raviarst: dr " + m(N, "Priit Saar"),
    ])),

    ("chat_export", "et", False, NL.join([
        "#arendus — Slack eksport 2024-03-21",
        "10:02 " + m(N, "mihkel") + ": kes muutis staging'u konfi? api ei käivitu",
        "10:04 " + m(N, "triin.kuusk") + ": mina, vabandust. panin uue redis'e aadressi " + m(IP, "172.16.40.23"),
        "10:05 " + m(N, "mihkel") + ": ok aga parool on nüüd plaintextina repos: " + m(K, "hT7#qw92!Lmk3Zp"),
        "10:06 " + m(N, "triin.kuusk") + ": 😬 vahetan kohe ära",
        "10:11 " + m(N, "Rasmus Lepik") + ": palun ka " + m(N, "Siimile") + " öelda, tema deploy'b homme",
    ])),
]
cases += [
    ("notice", "et", True,
     "Tallinna Linnavalitsus teatab, et Vabaduse väljakul toimub 24. veebruaril Eesti Vabariigi 106. aastapäeva paraad. "
     "Liiklus on suletud Kaarli puiesteel ja Pärnu maanteel kella 9–14. Paraadi võtab vastu Vabariigi President Alar Karis. Info: Tallinna infotelefon 1345, Vabaduse väljak 7."),

    ("guide", "et", True,
     "Tartu vanalinnas tasub alustada Raekoja platsilt, kus seisab „Suudlevad tudengid“ skulptuur. Edasi Toomemäele, kust leiab Karl Ernst von Baeri mälestussamba ja Kristjan Jaak Petersoni kuju. "
     "Eesti Rahva Muuseum asub Raadil, Muuseumi tee 2. Bussid 5 ja 22 sõidavad kesklinnast iga 15 minuti järel."),
]

# ====================================================================== Slovenian
cases += [
    ("form", "sl", False, NL.join([
        "VLOGA ZA UVELJAVLJANJE PRAVIC IZ JAVNIH SREDSTEV — CSD Ljubljana",
        "Ime in priimek: " + m(N, "Nina Zupančič"),
        "EMŠO: " + m(ID, "1410977506244") + "    Davčna številka: " + m(ID, "51283476"),
        "Naslov: " + m(A, "Celovška cesta 150, 1000 Ljubljana"),
        "Telefon: " + m(P, "041 382 917") + "    E-pošta: " + m(E, "nina.zupancic@siol.net"),
        "Družinski član: " + m(N, "Aljaž Zupančič") + " (sin), EMŠO " + m(ID, "1803987500122"),
        "Transakcijski račun: " + m(I, "SI55 3525 5313 4237 419"),
    ])),

    ("obituary", "sl", False,
     "ZAHVALA" + NL + "V 88. letu nas je zapustil dragi mož, oče, dedek in pradedek" + NL + m(N, "FRANC KRANJC") + NL + "z " + m(A, "Vrhnike, Tržaška cesta 31") + NL +
     "Iskreno se zahvaljujemo sorodnikom, sosedom in prijateljem za izrečeno sožalje. Posebna hvala dr. " + m(N, "Mateji Novak") + " in patronažni sestri " + m(N, "Barbari") + ". " +
     "Žalujoči: žena " + m(N, "Marija") + ", hčerka " + m(N, "Irena") + " z družino, sin " + m(N, "Tomaž") + " z družino."),
]
cases += [
    ("press_release", "sl", True,
     "Vlada Republike Slovenije je na današnji seji sprejela interventni zakon za odpravo posledic poplav. Predsednik vlade Robert Golob je po seji povedal, da bo za obnovo v letu 2024 namenjenih 520 milijonov evrov. "
     "Informacije: Urad vlade za komuniciranje, Gregorčičeva ulica 20, 1000 Ljubljana, tel. 01 478 2600."),

    ("guide", "sl", True,
     "Na Bledu obiščite Blejski grad in otok s cerkvijo Marijinega vnebovzetja; pletna vas tja pelje za 18 €. Prešernova hiša v Vrbi je le 10 km stran. "
     "V Ljubljani se sprehodite čez Tromostovje do Prešernovega trga, mimo Plečnikovih tržnic in Zmajskega mostu. Turistični informacijski center: Adamič-Lundrovo nabrežje 2."),
]

# ====================================================================== Welsh
cases += [
    ("email", "cy", False, NL.join([
        "Oddi wrth: " + m(N, "Elin Haf Pritchard") + " <" + m(E, "elinhafpritchard@btinternet.com") + ">",
        "At: pennaeth@ysgolgymraegbrynmawr.cymru",
        "Pwnc: Absenoldeb " + m(N, "Gruffydd") + " – Blwyddyn 4",
        "",
        "Annwyl Mr " + m(N, "Llywelyn") + ",",
        "",
        "Ysgrifennaf i roi gwybod y bydd fy mab, " + m(N, "Gruffydd Pritchard") + ", yn absennol ddydd Iau a dydd Gwener gan fod ganddo apwyntiad yn Ysbyty Gwynedd. "
        "Mae ei dad-cu, " + m(N, "Dafydd Wyn Pritchard") + ", wedi cytuno i'w gasglu am hanner dydd. Rydym wedi symud tŷ dros yr haf, felly dyma'r cyfeiriad newydd:",
        m(A, "Bryn Eithin, 12 Stryd y Castell"),
        m(A, "Caernarfon LL55 1SE"),
        "Rhif ffôn symudol: " + m(P, "07812 336 940"),
        "",
        "Diolch yn fawr,",
        m(N, "Elin Pritchard"),
    ])),

    ("announcement", "cy", False,
     "PRIODAS — Llongyfarchiadau mawr i " + m(N, "Siwan Morgan") + ", merch " + m(N, "Huw") + " a " + m(N, "Glenys Morgan") + ", " + m(A, "Fferm Tŷ Gwyn, Llanuwchllyn") + ", a " + m(N, "Rhodri ap Iorwerth") +
     ", mab " + m(N, "Meinir") + " a'r diweddar " + m(N, "Iorwerth Jones") + ", Y Bala, a briodwyd yng Nghapel Peniel ar 17 Awst. Y gwas priodas oedd " + m(N, "Osian Puw") + " a'r forwyn " + m(N, "Lowri Haf") + ". "
     "Bydd y pâr ifanc yn ymgartrefu yn " + m(A, "2 Teras Tegid, Y Bala LL23 7AH") + "."),
]
cases += [
    ("notice", "cy", True,
     "HYSBYSIAD CYHOEDDUS — Cyngor Gwynedd" + NL +
     "Bydd Stryd Fawr, Porthmadog ar gau rhwng Pont y Cob a Stryd yr Wyddfa o 8 Ionawr tan 2 Chwefror er mwyn gosod pibellau dŵr newydd gan Dŵr Cymru. "
     "Ymholiadau: Swyddfa'r Cyngor, Stryd y Jêl, Caernarfon LL55 1SH, ffôn 01766 771000. Arweinydd y Cyngor, y Cynghorydd Nia Jeffreys."),

    ("guide", "cy", True,
     "Taith gerdded: o Gastell Harlech ewch ar hyd Llwybr Arfordir Cymru tua'r gogledd. Mae cofeb Owain Glyndŵr ger y castell, ac mae Theatr Ardudwy ar y ffordd i'r traeth. "
     "Cymerwch drên Rheilffordd Arfordir y Cambrian yn ôl o Benrhyndeudraeth. Yn yr haf mae Canolfan Ymwelwyr Eryri ar agor bob dydd rhwng 10:00 a 17:00."),
]

# ====================================================================== Basque
cases += [
    ("form", "eu", False, NL.join([
        "IZEN-EMATE ORRIA — Tolosako Udal Euskaltegia, 2024-2025 ikasturtea",
        "Izen-abizenak: " + m(N, "Ane Etxeberria Urkizu"),
        "NAN: " + m(ID, "30567812F") + "    Jaioteguna: " + m(D, "1996/09/14"),
        "Helbidea: " + m(A, "Kale Nagusia 23, 3. ezk., 20400 Tolosa (Gipuzkoa)"),
        "Telefonoa: " + m(P, "688 41 27 09") + "    Posta elektronikoa: " + m(E, "ane.etxeberria@euskalnet.net"),
        "Maila: B2    Ordutegia: arratsaldez",
        "Larrialdietan deitu: " + m(N, "Jon Ander Goikoetxea") + " (bikotekidea), " + m(P, "943 67 18 22"),
    ])),

    ("news", "eu", False,
     "Hernaniko baserritar batek 105 urte bete ditu" + NL +
     m(N, "Joxepa Arrizabalaga") + " andreak 105 urte bete zituen atzo, " + m(A, "Epele auzoko Zelaieta baserrian") + ", bertan jaio eta bizi izan den etxean. "
     "Alkateak lore-sorta eman zion, eta bilobak, " + m(N, "Maddi") + " eta " + m(N, "Unai Lasarte") + ", trikitixa jotzen aritu ziren. "
     "« Amonak oraindik egunero irakurtzen du Berria », kontatu zuen " + m(N, "Karmele Lasarte") + " alabak. Auzokide " + m(N, "Iñaki Zubeldiak") + " gogoratu zuenez, gerra garaian ere ez zuen inoiz baserria utzi."),
]
cases += [
    ("notice", "eu", True,
     "IRAGARKIA — Bilboko Udala" + NL +
     "Alkateak, 2024ko martxoaren 4ko dekretuaren bidez, Abandoibarrako hiri-antolamenduko plan berezia hasiera batean onartu du. "
     "Espedientea Udaletxean, Ernesto Erkoreka plaza 1, 48007 Bilbo, aztertu ahal izango da, hilabeteko epean. Informazioa: 010 edo 944 20 42 00. Alkatea: Juan Mari Aburto."),

    ("guide", "eu", True,
     "Bilbon, Guggenheim museotik abiatu eta itsasadarraren ondotik joan Zubizuri zubiraino. Eduardo Txillidaren eskulturak eta Jeff Koonsen Puppy txakurra ikusiko dituzu. "
     "Alde Zaharrean, Zazpi Kaleetan, Santiago katedrala eta Arriaga antzokia daude. Metroa: Abando geltokia. Turismo bulegoa: Plaza Biribila 1, 944 79 57 60."),
]

# ====================================================================== Malay
cases += [
    ("form", "ms", False, NL.join([
        "BORANG PERMOHONAN BANTUAN PERSEKOLAHAN — Majlis Agama Islam Selangor",
        "Nama pemohon (ibu/bapa/penjaga): " + m(N, "Noraini binti Abdul Rahman"),
        "No. Kad Pengenalan: " + m(ID, "880614-14-5174"),
        "Tarikh lahir: " + m(D, "14 Jun 1988"),
        "Alamat: " + m(A, "No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor"),
        "No. telefon bimbit: " + m(P, "012-348 7719") + "    E-mel: " + m(E, "noraini.ar88@yahoo.com.my"),
        "Nama suami: " + m(N, "Mohd Faizal bin Hassan") + " (pemandu lori, pendapatan RM2,100 sebulan)",
        "Anak yang dipohon: " + m(N, "Nur Aisyah binti Mohd Faizal") + " (Tahun 3, SK Taman SEA) dan " + m(N, "Muhammad Irfan") + " (Tingkatan 1).",
        "Pengesahan ketua kampung/imam: Ustaz " + m(N, "Zulkifli Othman") + ", Surau Al-Hidayah SS2.",
    ])),

    ("chat_export", "ms", False, NL.join([
        "[9/3/24 21:40] " + "Kak Long" + ": Assalamualaikum semua, kenduri doa selamat rumah baru " + "Adik" + " hari Sabtu ni lepas Zohor ya",
        "[9/3/24 21:42] " + m(N, "Azlan") + ": InsyaAllah. alamat baru mana dik?",
        "[9/3/24 21:44] " + m(N, "Adik Farah") + ": " + m(A, "Lot 1128, Kampung Batu 9, Jalan Kuala Selangor, 45600 Bestari Jaya") + " 🏡 rumah pagar hijau depan kedai runcit Pak Mat",
        "[9/3/24 21:45] " + m(N, "Azlan") + ": ok. mak nak tumpang siapa?",
        "[9/3/24 21:47] " + "Kak Long" + ": mak ikut " + "Kak Long" + ". kalau sesat call " + m(N, "Farah") + " " + m(P, "+60 17-285 4410"),
    ]).replace(m(N, "Adik Farah"), "Adik " + m(N, "Farah")).replace("kedai runcit Pak Mat", "kedai runcit Pak " + m(N, "Mat"))),
]
cases += [
    ("press_release", "ms", True,
     "KENYATAAN MEDIA — Kementerian Kesihatan Malaysia" + NL +
     "Menteri Kesihatan, Datuk Seri Dr. Dzulkefly Ahmad, hari ini merasmikan Hospital Cyberjaya yang mempunyai 288 katil. Orang ramai boleh menghubungi Talian Bantuan KKM di 1-800-88-4774 atau "
     "berkunjung ke Blok E1, Kompleks E, Pusat Pentadbiran Kerajaan Persekutuan, 62590 Putrajaya. Kadar vaksinasi HPV dalam kalangan pelajar Tingkatan 1 kini mencecah 91.2 peratus."),

    ("timetable", "ms", True, NL.join([
        "Jadual KTM Komuter — Laluan Pelabuhan Klang (hari bekerja)",
        "KL Sentral     06:10  06:40  07:10  07:40",
        "Subang Jaya    06:32  07:02  07:32  08:02",
        "Shah Alam      06:44  07:14  07:44  08:14",
        "Klang          06:58  07:28  07:58  08:28",
        "Pelabuhan Klang 07:15 07:45  08:15  08:45",
        "Pusat Panggilan KTMB: 03-2267 1200. Tiket boleh dibeli melalui aplikasi KITS.",
    ])),
]

# ====================================================================== Bengali
cases += [
    ("contract", "bn", False, NL.join([
        "বাড়ি ভাড়ার চুক্তিপত্র",
        "প্রথম পক্ষ (বাড়িওয়ালা): জনাব " + m(N, "মোঃ আব্দুল করিম ভূঁইয়া") + ", পিতা: মরহুম " + "হাজী " + m(N, "আব্দুল জব্বার") + ", জাতীয় পরিচয়পত্র নং " + m(ID, "4651287390") + ",",
        "ঠিকানা: " + m(A, "বাড়ি নং ৪২, রোড নং ১১, ব্লক সি, বনানী, ঢাকা-১২১৩") + "।",
        "দ্বিতীয় পক্ষ (ভাড়াটিয়া): " + m(N, "সুমাইয়া ইসলাম") + ", স্বামী: " + m(N, "রাকিবুল হাসান") + ", জন্ম তারিখ: " + m(D, "১২/০৯/১৯৯৪") + ", জাতীয় পরিচয়পত্র নং " + m(ID, "19942692541003817") + "।",
        "১। প্রথম পক্ষ তাঁর বাড়ির তৃতীয় তলার দক্ষিণ পাশের ফ্ল্যাটটি মাসিক ২৫,০০০/- (পঁচিশ হাজার) টাকা ভাড়ায় দ্বিতীয় পক্ষকে প্রদান করিলেন।",
        "২। ভাড়া প্রতি মাসের ৫ তারিখের মধ্যে বিকাশ নম্বর " + m(P, "০১৭১১-৪৮২৩৯০") + " এ পরিশোধ করিতে হইবে।",
        "দ্বিতীয় পক্ষের মোবাইল: " + m(P, "01819-273645"),
        "সাক্ষী: ১. " + m(N, "তানভীর আহমেদ") + "  ২. " + m(N, "শাহনাজ পারভীন"),
    ])),

    ("obituary", "bn", False,
     "শোক সংবাদ" + NL +
     "নারায়ণগঞ্জের বিশিষ্ট ব্যবসায়ী ও সমাজসেবক " + "আলহাজ্ব " + m(N, "মোঃ নুরুল ইসলাম") + " (৭৮) গতকাল রাত ১১টায় বার্ধক্যজনিত কারণে নিজ বাসভবন " + m(A, "১৪/২ বঙ্গবন্ধু সড়ক, চাষাঢ়া") + "-য় ইন্তেকাল করেছেন (ইন্না লিল্লাহি ওয়া ইন্না ইলাইহি রাজিউন)। "
     "তিনি স্ত্রী " + m(N, "রাবেয়া খাতুন") + ", দুই ছেলে " + m(N, "শফিকুল") + " ও " + m(N, "রফিকুল") + " এবং এক মেয়ে " + m(N, "নাসরিন") + "সহ অসংখ্য আত্মীয়স্বজন রেখে গেছেন। "
     "আজ বাদ জোহর চাষাঢ়া কেন্দ্রীয় জামে মসজিদে জানাজা শেষে তাঁকে পারিবারিক কবরস্থানে দাফন করা হবে। যোগাযোগ: " + m(P, "০১৯১২-৩৪৫৬৭৮") + "।"),
]
cases += [
    ("news", "bn", True,
     "প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস আজ সচিবালয়ে বন্যা পরিস্থিতি নিয়ে বৈঠক করেছেন। বাংলাদেশ পানি উন্নয়ন বোর্ডের তথ্য অনুযায়ী ফেনী ও কুমিল্লায় ১২ লাখ মানুষ পানিবন্দি। "
     "আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী ৪৮ ঘণ্টায় চট্টগ্রাম বিভাগে ভারী বৃষ্টি হতে পারে। জরুরি সহায়তার জন্য জাতীয় হেল্পলাইন ৯৯৯ নম্বরে যোগাযোগ করতে বলা হয়েছে।"),

    ("timetable", "bn", True, NL.join([
        "বাংলাদেশ রেলওয়ে — ঢাকা–চট্টগ্রাম আন্তঃনগর ট্রেনের সময়সূচি",
        "ট্রেন         ছাড়ে (কমলাপুর)   পৌঁছায় (চট্টগ্রাম)   সাপ্তাহিক ছুটি",
        "সোনার বাংলা   ০৭:০০              ১২:১০                মঙ্গলবার",
        "সুবর্ণ এক্সপ্রেস ১৬:৩০            ২১:৪০                শুক্রবার",
        "মহানগর প্রভাতী ০৭:৪৫             ১৪:২৫                নেই",
        "তথ্যের জন্য: কমলাপুর রেলওয়ে স্টেশন, হেল্পলাইন ১৩১।",
    ])),
]

# ====================================================================== Urdu
cases += [
    ("contract", "ur", False, NL.join([
        "کرایہ نامہ",
        "منجانب مالک مکان: " + m(N, "محمد اشفاق چوہدری") + " ولد " + m(N, "چوہدری غلام رسول") + "، شناختی کارڈ نمبر " + m(ID, "35202-4829173-5") + "،",
        "سکنہ " + m(A, "مکان نمبر 14، گلی نمبر 7، سیکٹر G-9/2، اسلام آباد") + "۔",
        "بحق کرایہ دار: " + m(N, "عائشہ صدیقی") + " زوجہ " + m(N, "فیصل صدیقی") + "، شناختی کارڈ نمبر " + m(ID, "61101-7365284-2") + "، تاریخ پیدائش " + m(D, "18-02-1991") + "۔",
        "یہ کہ مالک مکان نے اپنا مکان کی بالائی منزل مبلغ 65,000 روپے ماہانہ کرایہ پر گیارہ ماہ کے لیے دیا ہے۔",
        "کرایہ ہر ماہ کی 5 تاریخ تک بینک اکاؤنٹ " + m(I, "PK57 MEZN 3597 9513 1200 7895") + " میں جمع کروایا جائے گا۔",
        "رابطہ: مالک مکان " + m(P, "0300-5142873") + "، کرایہ دار " + m(P, "0321-8874106"),
        "گواہان: (1) " + m(N, "راجہ طارق محمود") + " (2) " + m(N, "نوید اختر"),
    ])),

    ("news", "ur", False,
     "لاہور: گلبرگ میں ڈکیتی کی واردات، شہری زخمی" + NL +
     "پولیس کے مطابق گزشتہ رات دو موٹر سائیکل سوار ملزمان نے " + m(A, "مین بلیوارڈ گلبرگ III، مکان نمبر 87-E") + " کے باہر " + m(N, "شاہد محمود") + " نامی شہری سے موبائل فون اور نقدی چھین لی اور مزاحمت پر فائرنگ کر دی۔ "
     "زخمی کو سروسز اسپتال منتقل کیا گیا۔ متاثرہ شخص کے بھائی " + m(N, "عمران محمود") + " نے بتایا کہ ملزمان کی ویڈیو پڑوسی " + "حاجی " + m(N, "نذیر") + " کے سی سی ٹی وی کیمرے میں محفوظ ہے۔"),
]
cases += [
    ("news", "ur", True,
     "وزیر اعظم شہباز شریف نے آج اسلام آباد میں وفاقی کابینہ کے اجلاس کی صدارت کی۔ وزیر خزانہ محمد اورنگزیب نے بتایا کہ مہنگائی کی شرح کم ہو کر 6.9 فیصد رہ گئی ہے۔ "
     "اسٹیٹ بینک آف پاکستان نے شرح سود 17.5 فیصد مقرر کی ہے۔ قائد اعظم محمد علی جناح کے یوم پیدائش پر مزار قائد کراچی میں تقریب منعقد ہوگی۔"),

    ("timetable", "ur", True, NL.join([
        "پاکستان ریلوے — گرین لائن ایکسپریس (5UP / 6DN)",
        "کراچی کینٹ    روانگی  22:00",
        "حیدرآباد      آمد     23:50",
        "روہڑی         آمد     05:10",
        "ملتان کینٹ    آمد     10:05",
        "لاہور         آمد     15:15",
        "اسلام آباد    آمد     20:45",
        "معلومات کے لیے: ریلوے ہیلپ لائن 117۔",
    ])),
]

# ====================================================================== Persian
cases += [
    ("form", "fa", False, NL.join([
        "فرم ثبت‌نام کلاس زبان — آموزشگاه سپهر",
        "نام و نام خانوادگی: " + m(N, "نگار رضایی‌فر"),
        "کد ملی: " + m(ID, "0072158395") + "     تاریخ تولد: " + m(D, "۱۳۷۲/۰۴/۱۵"),
        "نشانی: " + m(A, "تهران، خیابان شریعتی، بالاتر از پل صدر، کوچه یاس، پلاک ۱۲، واحد ۳"),
        "تلفن همراه: " + m(P, "۰۹۱۲ ۳۴۵ ۶۷۸۹") + "     ایمیل: " + m(E, "negar.rezaeifar@gmail.com"),
        "نام ولی (برای زیر ۱۸ سال): —",
        "معرف: " + m(N, "آقای بهزاد کرمانی") + "، همکلاسی دوره قبل",
    ]).replace(m(N, "آقای بهزاد کرمانی"), "آقای " + m(N, "بهزاد کرمانی"))),

    ("obituary", "fa", False,
     "آگهی ترحیم" + NL +
     "با نهایت تأسف و تأثر درگذشت پدر عزیزمان شادروان " + "حاج " + m(N, "محمدحسین طاهری") + " را به اطلاع دوستان و آشنایان می‌رساند. "
     "مراسم ختم روز جمعه ۱۴۰۳/۰۷/۲۰ از ساعت ۱۵ تا ۱۶:۳۰ در مسجد الرضا، واقع در اصفهان، خیابان چهارباغ بالا برگزار می‌گردد. " + NL +
     "از طرف خانواده‌های: " + m(N, "طاهری") + "، " + m(N, "نوروزی") + "، " + m(N, "اصفهانیان") + NL +
     "فرزندان: " + m(N, "علیرضا") + "، " + m(N, "مریم") + "، " + m(N, "زهرا") + " — تلفن تماس: " + m(P, "۰۳۱-۳۶۲۴۸۸۱۰")),
]
cases += [
    ("news", "fa", True,
     "رئیس‌جمهور مسعود پزشکیان امروز در جلسه هیئت دولت درباره بودجه سال ۱۴۰۴ سخن گفت. به گفته بانک مرکزی، نرخ تورم نقطه‌به‌نقطه در شهریور به ۳۱٫۲ درصد رسید. "
     "سازمان هواشناسی برای استان‌های گیلان و مازندران هشدار نارنجی صادر کرده است. شماره تماس اورژانس ۱۱۵ و آتش‌نشانی ۱۲۵ است."),

    ("history", "fa", True,
     "حافظ شیرازی در قرن هشتم هجری در شیراز زندگی می‌کرد و آرامگاه او در باغ مصلی، در خیابان گلستان شیراز، قرار دارد. سعدی، نویسنده گلستان و بوستان، نیز در همین شهر به خاک سپرده شده است. "
     "فردوسی شاهنامه را در حدود سال ۴۰۰ هجری به پایان رساند و رستم و سهراب از شخصیت‌های مشهور آن هستند."),
]

# ====================================================================== Hausa
cases += [
    ("letter", "ha", False, NL.join([
        "Zuwa ga: Manajan Reshe, Bankin Jaiz, Reshen Kano",
        "Daga: " + m(N, "Hajiya Hauwa Abubakar Sani"),
        "Adireshi: " + m(A, "Gida mai lamba 14, Titin Zaria, Unguwar Rimi, Kano"),
        "Lambar waya: " + m(P, "0803 412 7765"),
        "Kwanan wata: 12 ga Maris, 2024",
        "",
        "Magana: Neman buɗe asusun ajiya ga ɗana",
        "",
        "Ina rubuto wannan wasiƙa ne domin neman buɗe asusun ajiya ga ɗana, " + m(N, "Muhammad Auwal Sani") + ", wanda aka haifa a ranar " + m(D, "3 ga Yuni, 2006") + ". "
        "Lambar NIN ɗinsa ita ce " + m(ID, "48291730652") + ", ni kuma tawa ita ce " + m(ID, "71038462915") + ". Mahaifinsa, Alhaji " + m(N, "Sani Garba") + ", ya rasu a bara.",
        "Na gode.",
        m(N, "Hauwa A. Sani"),
    ]).replace(m(N, "Hajiya Hauwa Abubakar Sani"), "Hajiya " + m(N, "Hauwa Abubakar Sani"))),

    ("news", "ha", False,
     "Ambaliyar ruwa ta lalata gidaje a ƙauyen Gwarzo" + NL +
     "Mazauna ƙauyen Unguwar Dorayi sun ce ruwan sama mai ƙarfi da aka yi a daren Lahadi ya rushe gidaje fiye da talatin. "
     "Malam " + m(N, "Ibrahim Musa Gwarzo") + ", wanda gidansa ya rushe, ya ce: “Mun fita da yara a cikin dare, komai ya tafi.” "
     "Maƙwabciyarsa " + m(N, "Aisha Lawan") + " ta ce ta rasa dabbobinta guda biyar. Shugaban matasan unguwar, " + m(N, "Nasiru Dan Baba") + ", ya roƙi gwamnati ta kawo agaji. "
     "Za a iya tuntuɓar kwamitin agajin ta lambar " + m(P, "0706 318 2254") + "."),
]
cases += [
    ("news", "ha", True,
     "Shugaban Najeriya Bola Ahmed Tinubu ya gana da gwamnonin jihohin Arewa a fadar Aso Rock da ke Abuja. Gwamnan Jihar Kano, Abba Kabir Yusuf, ya ce sun tattauna kan tsaro da noman rani. "
     "Hukumar Kididdiga ta Ƙasa (NBS) ta ce hauhawar farashi ta kai kashi 33.2 cikin ɗari a watan Satumba."),

    ("sports", "ha", True,
     "Ƙungiyar Super Eagles ta Najeriya ta doke Benin da ci 3-0 a wasan neman gurbin shiga gasar cin kofin Afirka. Ademola Lookman ya ci ƙwallaye biyu, Victor Osimhen ya ci ɗaya. "
     "Kocin riƙon ƙwarya Augustine Eguavoen ya yaba wa 'yan wasan. Za a buga wasa na gaba a filin wasa na Godswill Akpabio da ke Uyo ranar Talata."),
]

# ====================================================================== Zulu
cases += [
    ("form", "zu", False, NL.join([
        "IFOMU LESICELO SEMFUNDAZWE — uMasipala weTheku",
        "Igama nesibongo: " + m(N, "Sibusiso Themba Mthembu"),
        "Inombolo kamazisi: " + m(ID, "8806145123081") + "    Usuku lokuzalwa: " + m(D, "14 June 1988"),
        "Ikheli: " + m(A, "14 Mthembu Street, Umlazi Section G, Durban 4031"),
        "Inombolo yocingo: " + m(P, "072 418 5530") + "    I-imeyili: " + m(E, "sbu.mthembu88@gmail.com"),
        "Umzali noma umbheki: " + m(N, "Nomvula Mthembu") + " (umama), " + m(P, "031 906 2271"),
        "Isikole: Umlazi Comtech High School. Ngiyaqinisekisa ukuthi imininingwane engenhla iyiqiniso. — " + m(N, "S.T. Mthembu"),
    ])),

    ("obituary", "zu", False,
     "ISAZISO SOMNGCWABO" + NL +
     "Umndeni wakwa" + m(N, "Dlamini") + " uyazisa ngokudlula emhlabeni kukaMama " + m(N, "Thandiwe Gladys Dlamini") + " (u" + m(N, "MaNgcobo") + "), owazalwa ngomhla ka-" + m(D, "25 January 1952") + ". "
     "Umkhuleko uzoba sekhaya, " + m(A, "Indlu 2247, Isigaba B, KwaMashu") + ", njalo kusihlwa kusukela ngoMsombuluko. Umngcwabo uzoba ngoMgqibelo ebandleni lase-St Mary's. "
     "Uzobe ekhunjulwa ngabantwana bakhe " + m(N, "Sipho") + ", " + m(N, "Zanele") + " no-" + m(N, "Lindiwe") + ". Imininingwane: " + m(N, "Sipho Dlamini") + " " + m(P, "083 517 2046") + "."),
]
cases += [
    ("news", "zu", True,
     "UMongameli Cyril Ramaphosa uvule ngokusemthethweni iphalamende eKapa, lapho akhulume khona ngokuqinisa ugesi kanye nokulwa nobugebengu. "
     "UNdunankulu waKwaZulu-Natal, uThami Ntuli, uthe uhulumeni wesifundazwe uzosiza abathintwe yizikhukhula eThekwini. I-Eskom ithe ukucishwa kukagesi ngeke kube khona kuleli sonto."),

    ("guide", "zu", True,
     "Uma uvakashele eThekwini, vakashela i-uShaka Marine World naseMoses Mabhida Stadium. INelson Mandela Capture Site iseHowick, cishe amakhilomitha angama-90 ukusuka edolobheni. "
     "Imnyuziyamu iKwaMuhle ikuGdumbe Street. Izinombolo zosizo lwezokuvakasha: Durban Tourism, 031 322 4164."),
]

# ====================================================================== Swahili
cases += [
    ("police", "sw", False, NL.join([
        "JAMHURI YA MUUNGANO WA TANZANIA — JESHI LA POLISI",
        "TAARIFA YA TUKIO (RB NA. KRK/RB/1187/2024) — Kituo cha Polisi Kariakoo",
        "Mlalamikaji: " + m(N, "Rehema Juma Mwakyusa") + ", umri miaka 34, mfanyabiashara, Namba ya NIDA " + m(ID, "19900412-14110-00023-27") + ",",
        "anaishi " + m(A, "Mtaa wa Congo, Nyumba Na. 47, Kariakoo, Dar es Salaam") + ", simu " + m(P, "0754 218 930") + ".",
        "Maelezo: Mnamo tarehe 4/5/2024 saa 3 usiku, mlalamikaji alivamiwa dukani kwake na watu wawili waliochukua fedha taslimu Tsh 1,200,000 na simu. "
        "Shahidi ni jirani yake " + m(N, "Baraka Mollel") + " aliyemtambua mmoja wa wahalifu kama " + m(N, "Hamisi") + " maarufu kama \"Bonge\".",
        "Mpelelezi: D/Sgt " + m(N, "Neema Kimaro"),
    ])),

    ("chat_export", "sw", False, NL.join([
        "[12/08/2024, 19:02] " + m(N, "Mama Wanjiku") + ": Jamani msiba wa babu " + m(N, "Kamau") + " ni Jumamosi huko Nyeri",
        "[12/08/2024, 19:04] " + m(N, "Otieno") + ": Pole sana familia. Michango tutume wapi?",
        "[12/08/2024, 19:06] " + m(N, "Mama Wanjiku") + ": M-Pesa kwa " + m(N, "Njeri") + " " + m(P, "0722 418 395") + " jina " + m(N, "Grace Njeri Kamau"),
        "[12/08/2024, 19:07] " + m(N, "Kiprop") + ": Nimetuma 2,000. Mazishi ni nyumbani kwake " + m(A, "Kijiji cha Gatitu, karibu na shule ya msingi ya Gatitu, Nyeri") + "?",
        "[12/08/2024, 19:09] " + m(N, "Mama Wanjiku") + ": Ndiyo. Basi litaondoka Nairobi saa 12 asubuhi kutoka kanisa la PCEA Riruta",
    ]).replace(m(N, "Mama Wanjiku"), "Mama " + m(N, "Wanjiku"))),
]
cases += [
    ("news", "sw", True,
     "Rais Samia Suluhu Hassan amezindua rasmi safari za treni ya kisasa ya SGR kati ya Dar es Salaam na Dodoma. Waziri wa Uchukuzi, Prof. Makame Mbarawa, amesema safari itachukua saa tatu na nusu. "
     "Shirika la Reli Tanzania (TRC) limesema tiketi zinapatikana kupitia mfumo wa mtandaoni. Kwa maswali piga namba ya huduma kwa wateja ya TRC: 0800 110 042."),

    ("timetable", "sw", True, NL.join([
        "RATIBA YA TRENI — SGR Dar es Salaam – Morogoro – Dodoma",
        "Treni    Inaondoka Dar   Morogoro   Inafika Dodoma",
        "Express  06:00           07:45      09:35",
        "Ordinary 08:00           10:05      12:40",
        "Express  15:30           17:15      19:05",
        "Tiketi: Stesheni ya Magufuli, Dar es Salaam. Watoto chini ya miaka 4 husafiri bure.",
    ])),
]

# ====================================================================== Turkish
cases += [
    ("contract", "tr", False, NL.join([
        "KONUT KİRA SÖZLEŞMESİ",
        "Kiraya veren: " + m(N, "Hüseyin Aktaş") + " — T.C. Kimlik No: " + m(ID, "21508364920") + " — Adres: " + m(A, "Fenerbahçe Mah. Kalamış Fener Cad. No: 41 D: 3, 34726 Kadıköy/İstanbul"),
        "Kiracı: " + m(N, "Ayşe Yıldırım Koç") + " — T.C. Kimlik No: " + m(ID, "38491720510") + " — Doğum tarihi: " + m(D, "09.11.1992"),
        "Kiralanan yer: " + m(A, "Caferağa Mah. Moda Cad. Bahariye Apt. No: 118 Kat: 4 Daire: 9, Kadıköy/İstanbul"),
        "Aylık kira bedeli: 28.000 TL; her ayın 5'ine kadar " + m(I, "TR78 3249 2070 5669 8655 9422 90") + " numaralı hesaba yatırılacaktır.",
        "Kefil: " + m(N, "Mustafa Koç") + " (kiracının eşi), tel. " + m(P, "0532 418 27 63"),
        "Kiraya verenin telefonu: " + m(P, "0216 336 41 90") + " · e-posta: " + m(E, "huseyin.aktas@hotmail.com"),
    ])),

    ("forum", "tr", False,
     "Şikayetvar » Kargo » Paketim başkasına teslim edildi!" + NL +
     "3 gündür bekliyorum, sistemde \"teslim edildi\" görünüyor ama bana gelen bir şey yok. Kargo görevlisi " + m(N, "Emre") + " Bey paketi alt kattaki komşum " + m(N, "Necla") + " Hanım'a bırakmış, "
     "onun da haberi yok! Adresim açık: " + m(A, "Atatürk Bulvarı No: 76/12, Çankaya/Ankara") + ". Şubeyi aradım (" + m(P, "0312 419 55 20") + "), müdür " + m(N, "Serkan Yavuz") + " geri dönüş yapacağını söyledi ama dönmedi. "
     "Sipariş sahibi: " + m(N, "Zeynep Arslan") + ". Lütfen " + m(N, "Zeynep") + "'e değil, doğrudan bana ulaşın: " + m(P, "0541 207 93 18")),

    ("email", "tr", False, NL.join([
        "Kimden: " + m(N, "Burcu Şahin") + " <" + m(E, "burcu.sahin@ozkanlojistik.com.tr") + ">",
        "Kime: " + m(N, "Cem Öztürk") + " <" + m(E, "cem.ozturk@ozkanlojistik.com.tr") + ">",
        "Konu: Yeni personel SGK girişi",
        "",
        "Merhaba " + m(N, "Cem") + ",",
        "Pazartesi başlayacak depo elemanı " + m(N, "Oğuzhan Kılıç") + " için SGK işe giriş bildirgesini yapabilir misin? Bilgileri:",
        "TCKN: " + m(ID, "52730184628") + ", doğum tarihi " + m(D, "17.05.2001") + ", adres " + m(A, "Yeşilyurt Mah. 2143 Sok. No: 7, Karşıyaka/İzmir") + ", cep " + m(P, "0553 612 40 87") + ".",
        "Teşekkürler,",
        m(N, "Burcu"),
        "İnsan Kaynakları · Özkan Lojistik A.Ş.",
    ])),
]
cases += [
    ("news", "tr", True,
     "Cumhurbaşkanı Recep Tayyip Erdoğan, Beştepe'deki Kabine Toplantısı'nın ardından açıklama yaptı. Hazine ve Maliye Bakanı Mehmet Şimşek, enflasyonun yıl sonunda yüzde 42'ye gerileyeceğini söyledi. "
     "TÜİK verilerine göre işsizlik oranı yüzde 8,5 oldu. Meteoroloji, Karadeniz için turuncu kodlu uyarı verdi. Acil durumlarda 112 aranmalıdır."),

    ("guide", "tr", True,
     "İstanbul'da bir gün: Sultanahmet Meydanı'ndan başlayıp Ayasofya ve Mimar Sinan'ın eseri Süleymaniye Camii'ni ziyaret edin. Kapalıçarşı'dan sonra Galata Köprüsü'nü geçip Galata Kulesi'ne çıkın. "
     "Akşam Beşiktaş'taki Dolmabahçe Sarayı'nda Atatürk'ün son günlerini geçirdiği odayı görebilirsiniz. Atatürk Kültür Merkezi Taksim Meydanı'ndadır. Müze Kart: 1.300 TL."),
]

# ====================================================================== Russian
cases += [
    ("letter", "ru", False, NL.join([
        "Генеральному директору ООО «УК Профсоюзная»",
        "от " + m(N, "Гусевой Натальи Викторовны") + ",",
        "паспорт: серия " + m(ID, "45 17 382915") + ", выдан ОВД «Коньково» г. Москвы 14.03.2017,",
        "СНИЛС " + m(ID, "142-857-390 82") + ",",
        "проживающей по адресу: " + m(A, "г. Москва, ул. Профсоюзная, д. 104, корп. 2, кв. 57") + ",",
        "тел. " + m(P, "+7 (916) 482-19-37") + ", e-mail: " + m(E, "n.guseva1979@mail.ru"),
        "",
        "ЗАЯВЛЕНИЕ",
        "Прошу произвести перерасчёт платы за горячее водоснабжение за период с 01.02.2024 по 29.02.2024 в связи с отсутствием горячей воды. "
        "Факт отсутствия подтверждают соседи: " + m(N, "Петренко Игорь Сергеевич") + " (кв. 58) и " + m(N, "Абдуллаева Зарина") + " (кв. 61).",
        "",
        "11.03.2024                                   " + m(N, "Н. В. Гусева"),
    ])),

    ("chat_export", "ru", False, NL.join([
        "Telegram · «Дача Ковалёвых» · 2024-06-07",
        "Мама" + ": Дети, в субботу едем сажать картошку. Кто берёт бабушку?",
        m(N, "Серёга") + ": я могу, но у меня в машине только два места, " + m(N, "наташку") + " с мелким не возьму",
        m(N, "Наташа Ковалёва") + ": мы с " + m(N, "Тёмой") + " на электричке доедем, не переживайте",
        "Мама" + ": " + m(N, "Серёжа") + ", бабушка теперь живёт у тёти " + m(N, "Гали") + ", " + m(A, "Тула, ул. Епифанская, 12, кв. 34") + ", домофон не работает, звони ей " + m(P, "8 (4872) 31-44-06"),
        m(N, "Серёга") + ": ок, заберу в 8",
        m(N, "Наташа Ковалёва") + ": и кто-нибудь скиньте " + m(N, "Олегу") + " мой новый номер " + m(P, "+7 953 190-27-48") + ", он меня потерял",
    ])),

    ("cv", "ru", False, NL.join([
        "РЕЗЮМЕ",
        m(N, "Арсений Дмитриевич Волков"),
        "Дата рождения: " + m(D, "3 октября 1990 г."),
        "Город: Екатеринбург, " + m(A, "ул. Малышева, 84, кв. 112") + " · Телефон: " + m(P, "+7 912 604-38-15") + " · Telegram: @" + m(N, "arseniy_volkov"),
        "E-mail: " + m(E, "a.volkov.dev@yandex.ru"),
        "ИНН: " + m(ID, "772816493005"),
        "",
        "Опыт работы",
        "2020 — н. в.  Ведущий Java-разработчик, СКБ Контур (Екатеринбург)",
        "2016 — 2020   Разработчик, Уральские авиалинии",
        "Образование: УрФУ им. Б. Н. Ельцина, прикладная математика (2013).",
        "Рекомендации: " + m(N, "Марина Сергеевна Лебедева") + ", руководитель отдела, " + m(P, "+7 343 227-15-90"),
    ])),

    ("news", "ru", False,
     "В Туле задержан подозреваемый в серии краж из автомобилей" + NL +
     "Сотрудники полиции задержали 34-летнего жителя Пролетарского района " + m(N, "Артёма Гусева") + ". По данным следствия, с марта по май он вскрыл не менее 12 машин во дворах на улице Металлургов. "
     "«Я увидела, как мужчина в капюшоне возится с дверью машины соседа, и сразу позвонила в полицию», — рассказала пенсионерка " + m(N, "Валентина Никифоровна Жукова") + ". "
     "Потерпевший " + m(N, "Руслан Ахмедов") + " уже получил назад свой видеорегистратор. " + m(N, "Гусеву") + " грозит до пяти лет лишения свободы."),
]
cases += [
    ("news", "ru", True,
     "Мэр Москвы Сергей Собянин открыл после реконструкции станцию метро «Достоевская». По словам заместителя мэра Максима Ликсутова, пассажиропоток Большой кольцевой линии превысил 1,2 млн человек в сутки. "
     "Станция названа в честь Фёдора Михайловича Достоевского, а её вестибюль выходит на Суворовскую площадь. Справочная метрополитена: 8 (495) 539-54-54."),

    ("docs", "ru", True, NL.join([
        "## Пример заполнения анкеты (тестовые данные)",
        "ФИО: Иванов Иван Иванович",
        "Паспорт: 0000 000000",
        "Адрес: г. Город, ул. Примерная, д. 1, кв. 1",
        "Телефон: +7 (000) 000-00-00",
        "E-mail: ivanov@example.ru.invalid",
        "",
        "Ответ сервера: `{\"status\": \"ok\", \"id\": \"a3f1c9e2-77b4-4d21-9c0e-5e8b1f2a6d40\", \"version\": \"5.4.1\"}`",
        "Номер заказа формируется как ЗК-2024-000001; трек-номер Почты России — 14 цифр (например, 10100012345678).",
    ])),
]

# ====================================================================== Ukrainian
cases += [
    ("letter", "uk", False, NL.join([
        "Голові ОСББ «Липки-37»",
        m(N, "Ковальчуку Б. П."),
        "від " + m(N, "Оксани Іванівни Коваленко") + ",",
        "РНОКПП " + m(ID, "3145820974") + ", паспорт (ID-картка) № " + m(ID, "004817263") + ",",
        "що мешкає за адресою: " + m(A, "м. Київ, вул. Січових Стрільців, 37/41, кв. 18") + ",",
        "тел. " + m(P, "+380 67 412 8830") + ", e-mail: " + m(E, "oksana.kovalenko@ukr.net"),
        "",
        "ЗАЯВА",
        "Прошу надати дозвіл на встановлення сонячних панелей на балконі моєї квартири. Сусід з кв. 19 пан " + m(N, "Богдан Мельник") + " не заперечує (підпис додається).",
        "",
        "15.04.2024          " + m(N, "О. І. Коваленко"),
    ])),

    ("chat_export", "uk", False, NL.join([
        "Viber · «Батьки 3-Б» · 02.09.2024",
        m(N, "Ірина Степанівна") + ": Доброго ранку! Нагадую, що завтра в укритті буде урок безпеки. Приносьте воду.",
        m(N, "тато Марка") + ": а хто забирає " + m(N, "Марка") + " і " + m(N, "Софійку") + " після уроків? я до 18:00 на роботі",
        m(N, "Олена Шевчук") + ": я заберу, вони в нас до вечора, " + m(A, "вул. Героїв Дніпра, 12, під'їзд 3, кв. 76") + ". мій номер " + m(P, "097 215 40 83"),
        m(N, "тато Марка") + ": дякую, " + m(N, "Олено") + "! 🙏",
    ]).replace(m(N, "тато Марка"), "тато " + m(N, "Марка"))),

    ("hr", "uk", False, NL.join([
        "ОСОБОВА КАРТКА ПРАЦІВНИКА (типова форма № П-2)",
        "Прізвище, ім'я, по батькові: " + m(N, "Ткаченко Андрій Васильович"),
        "Дата народження: " + m(D, "21.09.1987") + "    РНОКПП: " + m(ID, "2874195608"),
        "Місце проживання: " + m(A, "м. Львів, вул. Городоцька, 174, кв. 5"),
        "Телефон: " + m(P, "+380 50 331 72 09"),
        "Склад сім'ї: дружина — " + m(N, "Ткаченко Юлія Олегівна") + ", 1990 р. н.; син — " + m(N, "Ткаченко Максим Андрійович") + ", 2015 р. н.",
        "Військовий облік: придатний, ВОС 837",
    ])),
]
cases += [
    ("timetable", "uk", True, NL.join([
        "Укрзалізниця — Інтерсіті+ № 743/744 Київ – Львів",
        "Київ-Пасажирський   відпр. 06:45",
        "Житомир             відпр. 08:08",
        "Рівне               відпр. 09:44",
        "Львів               приб. 11:52",
        "Під час повітряної тривоги потяг може затримуватися. Довідкова: 0 800 503 111.",
    ])),

    ("news", "uk", True,
     "Президент України Володимир Зеленський провів зустріч із Генеральним секретарем НАТО Марком Рютте у Києві. Міністр закордонних справ Андрій Сибіга заявив, що йшлося про посилення ППО. "
     "Київська міська військова адміністрація повідомила, що уламки пошкодили будівлю на вулиці Богдана Хмельницького. Постраждалих немає. Гаряча лінія КМДА: 15-51."),
]

# ====================================================================== Japanese
cases += [
    ("cv", "ja", False, NL.join([
        "履　歴　書　　　　　　　　　2024年 6月 1日現在",
        "ふりがな　やまもと　あやか",
        "氏　　名　" + m(N, "山本 彩花"),
        "生年月日　" + m(D, "1995年7月22日") + "生（満28歳）　性別　女",
        "現住所　" + m(A, "〒150-0001 東京都渋谷区神宮前4丁目12-8 ハイツ青山203号"),
        "電　話　" + m(P, "090-4821-3307") + "　　E-mail　" + m(E, "ayaka.yamamoto0722@gmail.com"),
        "連絡先（現住所以外に連絡を希望する場合のみ記入）　" + m(A, "〒790-0003 愛媛県松山市三番町3丁目7-15") + "（実家・" + m(N, "山本 浩二") + "方）　" + m(P, "089-941-5526"),
        "",
        "年　月　学歴・職歴",
        "2018　3　早稲田大学 文学部 卒業",
        "2018　4　株式会社リクルート 入社",
        "2022　9　同社 退社",
    ])),

    ("chat_export", "ja", False, NL.join([
        "#営業2課 — Slack エクスポート 2024/05/14",
        "09:12 " + m(N, "佐藤 健太") + ": おはようございます。今日の大阪出張、" + m(N, "田中") + "さんの代わりに" + m(N, "鈴木") + "さんが行きます",
        "09:15 " + m(N, "鈴木 美咲") + ": 了解です！新幹線は9:33の のぞみ21号 です",
        "09:20 " + m(N, "佐藤 健太") + ": 先方の担当は" + m(N, "中村") + "部長。携帯は " + m(P, "080-3371-9024") + " です",
        "09:22 " + m(N, "鈴木 美咲") + ": ありがとうございます。あと経費精算の件、" + m(N, "けんたさん") + "に後で相談させてください🙏",
        "09:40 " + m(N, "高橋") + ": VPN のパスワード変わりました→ " + m(K, "Eigyo#2024!Kx9") + "（今日中に各自変更して）",
    ]).replace(m(N, "けんたさん"), m(N, "けんた") + "さん")),

    ("shipping", "ja", False, NL.join([
        "ヤマト運輸　宅急便　送り状（お客様控）　伝票番号 4481-2297-3360",
        "お届け先",
        "　〒" + m(A, "064-0804 北海道札幌市中央区南4条西11丁目1293-5 グランドメゾン円山 701"),
        "　" + m(N, "小林 真理子") + " 様　　TEL " + m(P, "011-522-4087"),
        "ご依頼主",
        "　〒" + m(A, "812-0011 福岡県福岡市博多区博多駅前2-19-24"),
        "　" + m(N, "松本 翔太") + "　　TEL " + m(P, "092-481-3356"),
        "品名：明太子（冷蔵）　お届け予定日：6月18日　時間帯：14〜16時",
    ])),
]
cases += [
    ("news", "ja", True,
     "石破茂首相は１日、首相官邸で記者団の取材に応じ、能登半島地震の復興について「政府一丸となって取り組む」と述べた。林芳正官房長官は午後の記者会見で、被災地への追加支援を発表した。"
     "気象庁によると、石川県輪島市では最大震度5弱を観測した。問い合わせは内閣府防災担当（代表 03-5253-2111）まで。"),

    ("timetable", "ja", True, NL.join([
        "東海道新幹線　東京→新大阪（平日ダイヤ）",
        "列車名　　　　東京発　品川発　新横浜発　名古屋着　新大阪着",
        "のぞみ1号　　06:00　 06:07　 06:18　　 07:33　　08:21",
        "のぞみ3号　　06:21　 06:28　 06:39　　 08:00　　08:51",
        "ひかり633号  06:33　 06:40　 06:51　　 08:27　　09:25",
        "JR東海テレホンセンター：050-3772-3910（6:00〜24:00）",
    ])),
]

# ====================================================================== Chinese
cases += [
    ("shipping", "zh", False, NL.join([
        "顺丰速运 电子面单　运单号：SF1428830197245",
        "收件人：" + m(N, "王晓燕") + "　手机：" + m(P, "138 1024 5567"),
        "收件地址：" + m(A, "上海市浦东新区张杨路1288弄7号1502室"),
        "寄件人：" + m(N, "陈建国") + "　电话：" + m(P, "0755-2698 3314"),
        "寄件地址：" + m(A, "广东省深圳市宝安区新安街道创业二路62号华丰大厦3楼"),
        "清关信息（跨境件）：收件人身份证号 " + m(ID, "310115199308270060"),
        "托寄物：茶叶 2 盒　付款方式：寄付月结　保价：2000 元",
    ])),

    ("chat_export", "zh", False, NL.join([
        "微信群「302宿舍永不散」聊天记录",
        "[2024-09-01 20:15] " + m(N, "小李") + "：兄弟们，十一回学校聚一下？",
        "[2024-09-01 20:17] " + m(N, "张伟") + "：可以啊，我在杭州，坐高铁过去一个小时",
        "[2024-09-01 20:18] " + m(N, "胖子") + "：我老婆二号生，估计去不了😂",
        "[2024-09-01 20:21] " + m(N, "小李") + "：恭喜恭喜！那就定四号，住我家，地址 " + m(A, "南京市鼓楼区汉中门大街301号3栋2单元601") + "，到了给我打电话 " + m(P, "159 5182 7730"),
        "[2024-09-01 20:25] " + m(N, "刘洋") + "：@" + m(N, "张伟") + " 你把" + m(N, "老赵") + "的微信推给我，他换号了",
    ])),

    ("contract", "zh", False, NL.join([
        "房屋租赁合同",
        "出租方（甲方）：" + m(N, "周海涛") + "　身份证号码：" + m(ID, "440306197602142136") + "　联系电话：" + m(P, "13602418859"),
        "承租方（乙方）：" + m(N, "李明轩") + "　身份证号码：" + m(ID, "110108198805123410") + "　联系电话：" + m(P, "18911327046"),
        "第一条　甲方将位于" + m(A, "北京市海淀区中关村南大街5号院12号楼3单元402室") + "的房屋出租给乙方居住使用，建筑面积86平方米。",
        "第三条　月租金人民币8500元，押一付三。乙方于每季度首月5日前支付至甲方银行账户。",
        "第九条　本合同一式两份，甲乙双方各执一份。",
        "甲方（签字）：" + m(N, "周海涛") + "　　　乙方（签字）：" + m(N, "李明轩") + "　　　2024年3月1日",
    ])),
]
cases += [
    ("news", "zh", True,
     "国家统计局15日发布数据，前三季度国内生产总值同比增长4.8%。国家统计局新闻发言人付凌晖在国务院新闻办公室新闻发布会上表示，经济运行总体平稳。"
     "中国人民银行同日宣布下调存款准备金率0.5个百分点。北京市发布暴雨蓝色预警，市民可拨打12345政务服务便民热线咨询。"),

    ("history", "zh", True,
     "鲁迅原名周樟寿，后改名周树人，浙江绍兴人，代表作有《狂人日记》《阿Q正传》。绍兴鲁迅故里位于鲁迅中路，包括鲁迅祖居、百草园和三味书屋。"
     "《阿Q正传》中的阿Q、赵太爷和小D都是虚构人物。孔子故里曲阜的孔庙、孔府、孔林于1994年被列入世界遗产名录。"),
]

# ====================================================================== Korean
cases += [
    ("form", "ko", False, NL.join([
        "입 사 지 원 서",
        "성명: " + m(N, "김민준") + " (한자: 金敏俊)",
        "주민등록번호: " + m(ID, "870315-1024511"),
        "생년월일: " + m(D, "1987년 3월 15일"),
        "주소: " + m(A, "서울특별시 마포구 월드컵북로12길 34, 502호 (연남동)"),
        "휴대폰: " + m(P, "010-4821-7730") + "   이메일: " + m(E, "minjun.kim87@naver.com"),
        "비상연락처: " + m(N, "이서연") + " (배우자) " + m(P, "010-2259-6614"),
        "병역: 육군 병장 만기제대 (2007.03–2009.02)",
    ])),

    ("chat_export", "ko", False, NL.join([
        "카카오톡 대화 — 동네 맘카페 번개",
        "[오후 3:12] " + m(N, "지현맘") + ": 내일 키즈카페 가실 분~?",
        "[오후 3:14] " + m(N, "박수진") + ": 저요! " + m(N, "서준") + "이 데리고 갈게요",
        "[오후 3:15] " + m(N, "지현맘") + ": 그럼 11시에 우리 집 앞에서 만나요. " + m(A, "래미안아파트 104동 1203호") + " 아시죠?",
        "[오후 3:17] " + m(N, "최은비") + ": 저도 " + m(N, "하린") + "이랑 갈게요~ 혹시 늦으면 " + m(P, "010-7734-2081") + "로 연락주세요",
        "[오후 3:20] " + m(N, "박수진") + ": " + m(N, "은비") + "씨 번호 저장했어요 ㅎㅎ",
    ]).replace(m(N, "지현맘"), m(N, "지현") + "맘")),

    ("medical", "ko", False, NL.join([
        "진료의뢰서",
        "환자 성명: " + m(N, "정예은") + "   주민등록번호: " + m(ID, "950722-2340189"),
        "주소: " + m(A, "부산광역시 해운대구 센텀중앙로 97, 1802동 3301호"),
        "연락처: " + m(P, "010-5518-0937"),
        "상병명: 갑상선 결절 (E04.1)",
        "의뢰 내용: 초음파상 1.8cm 결절 확인되어 세침흡인검사 및 정밀 진료 의뢰드립니다.",
        "의뢰 의사: 해운대 " + "한솔" + "내과의원 원장 " + m(N, "한지훈") + "  (" + m(P, "051-744-2280") + ")",
    ])),
]
cases += [
    ("news", "ko", True,
     "한덕수 국무총리는 오늘 정부서울청사에서 열린 국무회의에서 집중호우 피해 복구 대책을 논의했다. 기상청은 내일까지 충청과 전북 지역에 최대 150mm의 비가 내릴 것으로 예보했다. "
     "행정안전부는 재난안전대책본부 비상 2단계를 유지한다고 밝혔다. 긴급 상황 시 119로 신고하면 된다."),

    ("timetable", "ko", True, NL.join([
        "KTX 경부선 서울 → 부산 (평일)",
        "열차번호  서울   광명   대전   동대구  부산",
        "KTX 001  05:13  05:28  06:10  06:58  07:51",
        "KTX 003  05:30  —      06:28  07:17  08:12",
        "KTX 011  06:28  06:44  07:26  08:13  09:07",
        "코레일 고객센터 1544-7788. 승차권은 코레일톡 앱에서 예매하실 수 있습니다.",
    ])),
]

# ====================================================================== Vietnamese
cases += [
    ("contract", "vi", False, NL.join([
        "HỢP ĐỒNG THUÊ NHÀ",
        "Bên cho thuê (Bên A): Ông " + m(N, "Nguyễn Văn Hùng") + ", sinh ngày " + m(D, "12/08/1968") + ", CCCD số " + m(ID, "001068012347") + ",",
        "thường trú tại " + m(A, "Số 18, ngõ 52, phố Tô Ngọc Vân, phường Quảng An, quận Tây Hồ, Hà Nội") + ", điện thoại " + m(P, "0912 345 718") + ".",
        "Bên thuê (Bên B): Bà " + m(N, "Trần Thị Mai Anh") + ", CCCD số " + m(ID, "079195004821") + ", điện thoại " + m(P, "0938 107 264") + ", email " + m(E, "maianh.tran95@gmail.com") + ".",
        "Điều 1. Bên A đồng ý cho Bên B thuê căn hộ tại " + m(A, "Phòng 1205, tòa B, chung cư Golden Westlake, 162B Hoàng Hoa Thám, Ba Đình, Hà Nội") + ".",
        "Điều 2. Giá thuê 12.000.000 đồng/tháng, thanh toán vào ngày 5 hằng tháng.",
    ])),

    ("chat_export", "vi", False, NL.join([
        "Zalo — nhóm «Lớp 12A1 THPT Phan Đình Phùng (2012)»",
        "[20:05] " + m(N, "Hoàng Long") + ": Họp lớp 12 năm vào thứ bảy 14/12 nhé mọi người",
        "[20:07] " + m(N, "Thu Trang") + ": Ok, địa điểm ở đâu thế?",
        "[20:08] " + m(N, "Hoàng Long") + ": Nhà hàng bên hồ Tây. Ai chưa có số của cô " + m(N, "Hạnh") + " thì nhắn em, cô ở " + m(A, "số 7 ngách 14/2 phố Đội Cấn") + " nhé",
        "[20:12] " + m(N, "Minh") + ": chuyển khoản quỹ lớp cho ai nhỉ?",
        "[20:13] " + m(N, "Thu Trang") + ": cho mình nhé, " + m(N, "Phạm Thu Trang") + " — Vietcombank, hoặc Momo số " + m(P, "0987 224 513"),
    ])),
]
cases += [
    ("news", "vi", True,
     "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 10 tại trụ sở Chính phủ. Theo Tổng cục Thống kê, GDP quý III tăng 7,4%. "
     "Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng cho biết vốn FDI giải ngân đạt mức cao nhất trong 5 năm. Trung tâm Dự báo Khí tượng Thủy văn cảnh báo mưa lớn ở miền Trung."),

    ("guide", "vi", True,
     "Tham quan Hà Nội: buổi sáng viếng Lăng Chủ tịch Hồ Chí Minh ở quảng trường Ba Đình, sau đó đến Văn Miếu – Quốc Tử Giám. Buổi chiều dạo quanh hồ Hoàn Kiếm, đền Ngọc Sơn và phố Hàng Gai. "
     "Buổi tối xem múa rối nước tại Nhà hát Thăng Long, 57B Đinh Tiên Hoàng. Đường dây nóng du lịch Hà Nội: 1800 1159."),
]

# ====================================================================== Arabic
cases += [
    ("contract", "ar", False, NL.join([
        "عقد إيجار وحدة سكنية (منصة إيجار) — رقم العقد 10482931755",
        "المؤجر: " + m(N, "عبدالله بن فهد العتيبي") + "، هوية وطنية رقم " + m(ID, "1048293755") + "، جوال " + m(P, "+966 55 418 2093"),
        "المستأجر: " + m(N, "محمد أنور الخطيب") + "، إقامة رقم " + m(ID, "2317508642") + "، تاريخ الميلاد " + m(D, "1991/04/17") + "م، جوال " + m(P, "0503 771 264"),
        "العين المؤجرة: شقة رقم 7، الدور الثاني، " + m(A, "حي الملقا، شارع أنس بن مالك، مبنى 4521، الرياض 13521"),
        "قيمة الإيجار السنوي: 48,000 ريال تُدفع على دفعتين في حساب المؤجر " + m(I, "SA61 2754 3122 6346 9175 5766"),
        "البريد الإلكتروني للمستأجر: " + m(E, "m.alkhatib91@gmail.com"),
    ])),

    ("police", "ar", False,
     "محضر رقم 4187 لسنة 2024 إداري مصر الجديدة" + NL +
     "حضرت إلينا السيدة/ " + m(N, "منى عبد الحميد السيد") + "، الرقم القومي " + m(ID, "29005140102387") + "، المقيمة في " + m(A, "١٢ شارع الثورة، الدور الرابع، شقة ٩، مصر الجديدة، القاهرة") +
     "، وتليفونها " + m(P, "010 2345 6781") + "، وقررت أن جارها المدعو " + m(N, "أشرف كمال") + " قام بكسر باب شقتها أثناء غيابها وسرقة مصوغات ذهبية. "
     "وأضافت أن البواب " + "عم " + m(N, "سيد") + " شاهده يخرج من العمارة في الساعة الثانية فجرًا. وبسؤال الشاهد " + m(N, "سيد حسانين") + " أيد أقوالها." + NL +
     "تحرر المحضر بمعرفتنا، النقيب/ " + m(N, "كريم الشناوي")),

    ("chat_export", "ar", False, NL.join([
        "واتساب — مجموعة «شلة الجامعة 🎓»",
        "[10/02/2024, 21:03] " + m(N, "ريم") + ": بنات، عيد ميلاد " + m(N, "لولو") + " يوم الجمعة، نسويلها مفاجأة؟",
        "[10/02/2024, 21:05] " + m(N, "سارة الحمادي") + ": أكيد! عندي في البيت، " + m(A, "فيلا 23، شارع 14، الوصل، دبي") + "، الساعة 8",
        "[10/02/2024, 21:06] " + m(N, "ريم") + ": تمام، منو يجيب الكيكة؟",
        "[10/02/2024, 21:08] " + m(N, "نوف") + ": أنا. حولوا لي حصتكم، رقمي " + m(P, "+971 50 612 4478"),
        "[10/02/2024, 21:10] " + m(N, "سارة الحمادي") + ": وحطوا رقم هويتها للحجز في المطعم إذا نروح بعدين: " + m(ID, "784-1987-3904815-9"),
    ])),
]
cases += [
    ("news", "ar", True,
     "استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان في الرياض الرئيس الفرنسي إيمانويل ماكرون، وبحث الجانبان تطوير العلاقات الثنائية. "
     "وأعلنت الهيئة العامة للإحصاء أن معدل التضخم بلغ 1.6% في سبتمبر. ويقع مقر وزارة الخارجية في طريق الملك عبدالعزيز بالرياض، ويمكن التواصل عبر الرقم الموحد 920000000."),

    ("history", "ar", True,
     "وُلد ابن خلدون في تونس سنة 1332م، وألّف «المقدمة» التي تُعد من أوائل الكتب في علم الاجتماع. أما صلاح الدين الأيوبي فقد استعاد القدس سنة 1187م بعد معركة حطين. "
     "وتحمل جامعة الملك سعود وشارع صلاح الدين في القدس ومكتبة الإسكندرية أسماء شخصيات وأماكن تاريخية، وكذلك مستشفى الملك فيصل التخصصي."),
]

# ====================================================================== Hebrew
cases += [
    ("letter", "he", False, NL.join([
        "לכבוד",
        "המוסד לביטוח לאומי — סניף רמת גן",
        "",
        "הנדון: בקשה לקצבת זקנה — " + m(N, "שושנה אברהמי"),
        "",
        "שמי " + m(N, "יעל אברהמי-כהן") + ", ת\"ז " + m(ID, "315880427") + ", ואני פונה בשם אמי " + m(N, "שושנה אברהמי") + ", ת\"ז " + m(ID, "034728154") + ", ילידת " + m(D, "2 במרץ 1957") + ".",
        "כתובת המגורים של אמי: " + m(A, "רחוב הרצל 45, דירה 12, רמת גן 5251301") + ".",
        "אבקש שכל המכתבים יישלחו אליי: " + m(A, "רחוב הגפן 8, קריית אונו") + ". טלפון נייד: " + m(P, "054-7721934") + ", דוא\"ל: " + m(E, "yael.avrahami@gmail.com") + ".",
        "",
        "בברכה,",
        m(N, "יעל אברהמי-כהן"),
    ])),

    ("chat_export", "he", False, NL.join([
        "וואטסאפ — ועד בית ביאליק 12",
        "[18:40] " + m(N, "דני") + ": מישהו יודע למה המעלית שוב תקועה?",
        "[18:42] " + m(N, "אורית לוי") + ": דיברתי עם הטכנאי, " + m(N, "משה") + " מחברת שינדלר, מגיע מחר ב־9",
        "[18:43] " + m(N, "דני") + ": תודה אורית 🙏 אפשר את הטלפון שלו?",
        "[18:45] " + m(N, "אורית לוי") + ": " + m(P, "052-6634190") + ". ותזכירו ל" + m(N, "אבי") + " מדירה 7 לשלם את הוועד",
    ]).replace("תודה אורית", "תודה " + m(N, "אורית"))),
]
cases += [
    ("news", "he", True,
     "ראש הממשלה בנימין נתניהו נפגש היום בירושלים עם מזכיר המדינה האמריקאי. שר האוצר בצלאל סמוטריץ' הציג את עיקרי תקציב המדינה לשנת 2025. "
     "לפי הלשכה המרכזית לסטטיסטיקה, מדד המחירים לצרכן עלה ב־0.5% בחודש ספטמבר. השירות המטאורולוגי צופה גשם מקומי בצפון."),

    ("guide", "he", True,
     "סיור בתל אביב: מתחילים בשדרות רוטשילד, ממשיכים לבית העצמאות ולכיכר הבימה. משם הולכים לכיכר רבין ולגן מאיר. "
     "בערב כדאי לבקר בנמל יפו ובמגדל השעון. מוזיאון תל אביב לאמנות נמצא בשדרות שאול המלך 27. מוקד העירייה: 106."),
]

# ====================================================================== Greek
cases += [
    ("form", "el", False, NL.join([
        "ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ — ΚΑΠΗ Δήμου Θεσσαλονίκης",
        "Επώνυμο: " + m(N, "ΠΑΠΑΔΟΠΟΥΛΟΥ") + "    Όνομα: " + m(N, "ΕΛΕΝΗ"),
        "Πατρώνυμο: " + m(N, "ΓΕΩΡΓΙΟΣ") + "    Ημ. γέννησης: " + m(D, "22/09/1951"),
        "ΑΜΚΑ: " + m(ID, "22095100726") + "    ΑΦΜ: " + m(ID, "137829462") + "    ΑΔΤ: " + m(ID, "ΑΚ 482913"),
        "Διεύθυνση: " + m(A, "Ερμού 58, 3ος όροφος, 546 23 Θεσσαλονίκη"),
        "Τηλέφωνο: " + m(P, "2310 284 917") + "    Κινητό: " + m(P, "694 521 3087"),
        "Σε περίπτωση ανάγκης ειδοποιείται: " + m(N, "Νίκος Παπαδόπουλος") + " (γιος), " + m(P, "697 330 1845"),
    ])),

    ("obituary", "el", False,
     "ΚΗΔΕΙΑ" + NL +
     "Ο πολυαγαπημένος μας σύζυγος, πατέρας και παππούς" + NL + m(N, "ΔΗΜΗΤΡΙΟΣ ΚΑΡΑΓΙΑΝΝΗΣ") + NL + "ετών 86" + NL +
     "απεβίωσε. Η εξόδιος ακολουθία θα ψαλεί σήμερα Τρίτη στις 3 μ.μ. στον Ιερό Ναό Αγίου Δημητρίου Αμπελοκήπων. " +
     "Οι τεθλιμμένοι: η σύζυγος " + m(N, "Βασιλική") + ", τα τέκνα " + m(N, "Γιώργος") + " και " + m(N, "Κατερίνα") + ", τα εγγόνια " + m(N, "Δημήτρης") + ", " + m(N, "Ελένη") + ", " + m(N, "Άννα") + ". "
     "Ευχαριστούμε θερμά την κυρία " + m(N, "Μαρία Σταυροπούλου") + " για τη φροντίδα του " + m(N, "Δημήτρη") + " τα τελευταία χρόνια. Τα συλλυπητήρια δεκτά στην οικία, " + m(A, "Λεωφόρος Αλεξάνδρας 112, Αθήνα") + "."),
]
cases += [
    ("news", "el", True,
     "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε στο Μέγαρο Μαξίμου με τον πρόεδρο της Κομισιόν. Ο υπουργός Οικονομικών Κωστής Χατζηδάκης ανακοίνωσε τον προϋπολογισμό του 2025. "
     "Σύμφωνα με την ΕΛΣΤΑΤ, η ανεργία υποχώρησε στο 9,5%. Η ΕΜΥ εξέδωσε έκτακτο δελτίο για την Κρήτη λόγω της κακοκαιρίας «Μπόρα»."),

    ("guide", "el", True,
     "Βόλτα στην Αθήνα: ξεκινήστε από το Μουσείο της Ακρόπολης στην οδό Διονυσίου Αρεοπαγίτου και ανεβείτε στον Παρθενώνα. Κατεβείτε στην Πλάκα και στην πλατεία Μοναστηρακίου. "
     "Το Εθνικό Αρχαιολογικό Μουσείο βρίσκεται στην οδό Πατησίων 44. Ο σταθμός μετρό «Σύνταγμα» είναι δίπλα στη Βουλή και στο Μνημείο του Άγνωστου Στρατιώτη."),
]

# ====================================================================== Hungarian
cases += [
    ("contract", "hu", False, NL.join([
        "LAKÁSBÉRLETI SZERZŐDÉS",
        "amely létrejött egyrészről " + m(N, "Kovácsné Szabó Erzsébet") + " (szül.: Budapest, " + m(D, "1962. május 9.") + "; anyja neve: " + m(N, "Horváth Mária") + "; adóazonosító jel: " + m(ID, "8439521707") +
        "; lakcím: " + m(A, "1137 Budapest, Pozsonyi út 38. III. em. 12.") + ") mint bérbeadó,",
        "másrészről " + m(N, "Farkas Bence") + " (szül.: Debrecen, " + m(D, "1998. október 2.") + "; szem. ig. szám: " + m(ID, "482913AE") + "; TAJ: " + m(ID, "038124594") + ") mint bérlő között.",
        "1. A bérbeadó bérbe adja a " + m(A, "1067 Budapest, Teréz körút 24. II. em. 5.") + " szám alatti, 48 m²-es lakást.",
        "3. A havi bérleti díj 240 000 Ft, amelyet a bérlő minden hónap 10. napjáig a " + m(I, "HU59 5612 8775 1833 2143 3750 8305") + " számlára utal.",
        "Elérhetőségek: bérbeadó " + m(P, "+36 30 418 2270") + ", bérlő " + m(P, "+36 70 519 6033") + ", " + m(E, "farkas.bence98@freemail.hu"),
    ])),

    ("news", "hu", False,
     "Kigyulladt egy családi ház Gödöllőn" + NL +
     "Kedd hajnalban tűz ütött ki egy családi házban a " + m(A, "Szabadság út 71.") + " szám alatt. A szomszédban lakó " + m(N, "Nagy István") + " vette észre a füstöt, és azonnal felébresztette a házban alvó " + m(N, "Tóth") + " családot. "
     "„" + m(N, "Pistának") + " köszönhetjük az életünket” – mondta " + m(N, "Tóth Annamária") + ", aki két gyermekével menekült ki. A tűzoltók szerint elektromos zárlat okozhatta a tüzet. "
     "A polgármesteri hivatal " + m(N, "Tóthéknak") + " ideiglenes szállást biztosít, a helyiek pedig gyűjtést szerveztek " + m(N, "Kiss Katalin") + " vezetésével."),

    ("chat_export", "hu", False, NL.join([
        "Messenger — „Balaton 2024 🏖️”",
        m(N, "Réka") + ": sziasztok, megvan a szállás! " + m(A, "Siófok, Petőfi sétány 14., 2. emelet 6-os apartman") + ", kulcs a portán",
        m(N, "Dani") + ": király 😎 mennyit utaljunk és kinek?",
        m(N, "Réka") + ": fejenként 38 ezer, " + m(N, "Gergőnek") + " utaljátok, ő fizette ki",
        m(N, "Szabó Gergő") + ": számlaszám: " + m(I, "HU65 6996 7849 1796 4844 7309 7100") + ", közlemény: balaton",
        m(N, "Dani") + ": ok. " + m(N, "Petrát") + " is hozom, ugye belefér?",
    ])),
]
cases += [
    ("news", "hu", True,
     "Orbán Viktor miniszterelnök a Karmelita kolostorban fogadta az osztrák kancellárt. Matolcsy György, a Magyar Nemzeti Bank elnöke szerint az infláció az év végére 4 százalék körül alakul. "
     "A KSH adatai szerint a munkanélküliségi ráta 4,5 százalék. Az Országos Meteorológiai Szolgálat hőségriasztást adott ki Budapestre és Pest vármegyére."),

    ("guide", "hu", True,
     "Budapesti séta: a Hősök teréről az Andrássy úton sétáljon az Operaházig, majd tovább a Szent István-bazilikáig. A Széchenyi lánchíd a Clark Ádám térre vezet, ahonnan a sikló a Budavári Palotához visz. "
     "A Széchenyi gyógyfürdő napijegye 11 900 Ft. A Liszt Ferenc Zeneakadémia a Liszt Ferenc téren található. Turinform: Sütő utca 2."),
]

# ====================================================================== Finnish
cases += [
    ("contract", "fi", False, NL.join([
        "ASUINHUONEISTON VUOKRASOPIMUS",
        "Vuokranantaja: " + m(N, "Pekka Johannes Lehtonen") + ", hetu " + m(ID, "140886-4174") + ", osoite " + m(A, "Mannerheimintie 112 A 9, 00250 Helsinki") + ", puh. " + m(P, "040 718 2265"),
        "Vuokralainen: " + m(N, "Aino Mäkelä") + ", hetu " + m(ID, "020503A362S") + ", syntynyt " + m(D, "2.5.2003") + ", sähköposti " + m(E, "aino.makela@outlook.com") + ", puh. " + m(P, "050 391 8824"),
        "Vuokrattava huoneisto: " + m(A, "Hämeentie 48 B 27, 00500 Helsinki") + ", 1h+kk, 28 m².",
        "Vuokra 890 €/kk maksetaan kuukauden 2. päivään mennessä tilille " + m(I, "FI38 0926 4395 5360 16") + ".",
        "Vakuus: kahden kuukauden vuokra. Takaaja: " + m(N, "Marjatta Mäkelä") + " (äiti).",
    ])),

    ("news", "fi", False,
     "Mökkinaapuri pelasti hukkumaisillaan olleen miehen Päijänteellä" + NL +
     "Sunnuntai-iltana Padasjoella kalastamassa ollut 67-vuotias mies putosi veneestä, kun moottori sammui aallokossa. Naapurimökiltä tilannetta seurannut " + m(N, "Liisa Korhonen") + " hälytti apua ja lähti miehensä " + m(N, "Jarmon") + " kanssa soutuveneellä paikalle. "
     "\"" + m(N, "Matti Virtaselle") + " kävi onneksi hyvin, hän piti kiinni veneen laidasta\", " + m(N, "Korhonen") + " kertoo. Pelastuslaitos kiittää " + m(N, "Korhosia") + " nopeasta toiminnasta. " +
     m(N, "Virtasen") + " mökki sijaitsee " + m(A, "Kasiniementie 214") + ":ssä, noin kilometrin päässä."),

    ("chat_export", "fi", False, NL.join([
        "WhatsApp — Sählyporukka",
        "[14.3.2024 17.02] " + m(N, "Ville") + ": tänään vuoro klo 20 Liikuntamyllyssä, kuka tulee?",
        "[14.3.2024 17.05] " + m(N, "Tuomas H") + ": mä + " + m(N, "jussi"),
        "[14.3.2024 17.06] " + m(N, "Ville") + ": " + m(N, "jussilta") + " puuttuu vielä viime kuun maksu 15€, mobilepay " + m(P, "044 512 7730"),
        "[14.3.2024 17.20] " + m(N, "Jussi Nieminen") + ": sori, maksoin just 👍",
    ])),
]
cases += [
    ("news", "fi", True,
     "Tasavallan presidentti Alexander Stubb vieraili tiistaina Kainuun prikaatissa Kajaanissa. Pääministeri Petteri Orpo kertoi hallituksen budjettiriihen tuloksista Säätytalolla. "
     "Tilastokeskuksen mukaan työttömyysaste oli elokuussa 8,4 prosenttia. Ilmatieteen laitos varoittaa myrsky Ilonan tuomasta tuulesta Lapissa."),

    ("timetable", "fi", True, NL.join([
        "VR Kaukoliikenne — Helsinki → Tampere (ma–pe)",
        "Juna   Helsinki  Pasila  Tikkurila  Riihimäki  Tampere",
        "IC 9   06:06     06:11   06:18      06:48      07:40",
        "S 41   07:00     07:05   07:12      —          08:34",
        "IC 13  08:06     08:11   08:18      08:48      09:40",
        "VR:n asiakaspalvelu 0600 41 902. Aikataulut voimassa 11.12.2023 alkaen.",
    ])),
]

# ====================================================================== Swedish
cases += [
    ("letter", "sv", False, NL.join([
        "Till Försäkringskassan",
        "Ärende: Ansökan om bostadstillägg",
        "",
        "Sökande: " + m(N, "Ingrid Margareta Lindqvist") + "   Personnummer: " + m(ID, "650102-0785"),
        "Adress: " + m(A, "Götgatan 48, 3 tr, 118 26 Stockholm"),
        "Telefon: " + m(P, "070-482 19 36") + "   E-post: " + m(E, "ingrid.lindqvist@telia.com"),
        "",
        "Jag bor sedan i höstas tillsammans med min dotter " + m(N, "Sofia Lindqvist Berg") + " (personnummer " + m(ID, "930927-5148") + ") som studerar på halvtid. "
        "Hyran betalas till hyresvärden Stockholmshem. Min gode man, " + m(N, "Lars-Erik Holm") + ", kan kontaktas på " + m(P, "08-643 20 15") + " om ni har frågor.",
        "",
        "Stockholm den 3 oktober 2024",
        m(N, "Ingrid Lindqvist"),
    ])),

    ("obituary", "sv", False,
     "Vår älskade" + NL + m(N, "Karin Elisabet Sjöberg") + NL + "född " + m(D, "12 april 1932") + NL + "har idag lämnat oss i stor sorg och saknad." + NL + "Umeå 28 september 2024" + NL + NL +
     m(N, "Gunnar") + NL + m(N, "Anna") + " och " + m(N, "Magnus") + NL + m(N, "Lisa") + ", " + m(N, "Johan") + " med familjer" + NL + "Barnbarn och barnbarnsbarn" + NL + NL +
     "Begravningen äger rum i Ersta kyrka fredagen den 18 oktober kl. 13.00. Tänk gärna på Cancerfonden, pg 90 1986-4. Ett varmt tack till personalen på Strandgårdens äldreboende, särskilt " + m(N, "Fatima") + " och " + m(N, "Elin") + "."),

    ("ticket", "sv", False, NL.join([
        "Ärende #SE-48192 — Telia Bredband — Prioritet: Normal",
        "Kund: " + m(N, "Oskar Nyström") + "   Kundnr: 7712094",
        "Installationsadress: " + m(A, "Kungsgatan 7 lgh 1102, 411 19 Göteborg"),
        "Kontakt: " + m(P, "073-615 48 20") + " / " + m(E, "oskar.nystrom@gmail.com"),
        "",
        "Kunden uppger att routern tappar anslutningen varje kväll runt 22.",
        "Tekniker " + m(N, "Maja") + ": WAN-IP " + m(IP, "90.229.14.187") + ", router-MAC " + m(MAC, "00:1E:8C:4A:7D:2F") + ", fiberkonverterare OK. Byter router, skickas till kunden. Grannen " + m(N, "Berglund") + " i samma trappuppgång har samma problem — se ärende #SE-48195.",
    ])),
]
cases += [
    ("news", "sv", True,
     "Statsminister Ulf Kristersson besökte på tisdagen Volvo Cars fabrik i Torslanda. Finansminister Elisabeth Svantesson presenterade höstbudgeten i riksdagen dagen därpå. "
     "Enligt SCB steg arbetslösheten till 8,5 procent i augusti. SMHI varnar för kraftiga vindar i samband med stormen Babet. Kungliga Dramatiska Teatern ställer in kvällens föreställning."),

    ("timetable", "sv", True, NL.join([
        "SL Pendeltåg J41 — Södertälje centrum → Uppsala C (vardagar)",
        "Södertälje c  06:02  06:17  06:32",
        "Flemingsberg  06:17  06:32  06:47",
        "Stockholm C   06:37  06:52  07:07",
        "Arlanda C     —      07:17  —",
        "Uppsala C     —      07:36  —",
        "SL Kundtjänst 08-600 10 00. Ändringar i trafiken vid Strindbergsgatan pga banarbete.",
    ])),
]

# ====================================================================== Norwegian
cases += [
    ("medical", "no", False, NL.join([
        "LEGEERKLÆRING VED ARBEIDSUFØRHET — del D (til arbeidsgiver)",
        "Pasient: " + m(N, "Ingvild Haugland Berntsen") + "   Fødselsnummer: " + m(ID, "15038940071"),
        "Adresse: " + m(A, "Thereses gate 22 B, 0168 Oslo"),
        "Telefon: " + m(P, "+47 912 48 305"),
        "Arbeidsgiver: Ruter AS, ved leder " + m(N, "Kjetil Solberg"),
        "Sykmeldt 100 % fra 04.03.2024 til 17.03.2024. Pasienten kan ikke utføre sitt vanlige arbeid som bussjåfør.",
        "Sykmelder: lege " + m(N, "Amira Hassan") + ", Bislett legesenter, tlf. " + m(P, "22 46 18 90"),
    ])),

    ("forum", "no", False,
     "Savnet katt på Grünerløkka!" + NL +
     "Siden fredag har katten vår Tussi (grå og hvit, rød halsbånd) vært borte fra " + m(A, "Markveien 31") + ". Naboen vår " + m(N, "Eirik") + " i 2. etasje tror han så henne i bakgården til Schous bryggeri. "
     "Ring " + m(P, "936 14 208") + " (" + m(N, "Marte") + ") eller " + m(P, "466 02 971") + " (" + m(N, "Henrik Aasen") + ") hvis du ser henne! Finnerlønn 🐱" + NL +
     "Svar fra " + m(N, "Solveig Nilsen") + ": delt i Facebook-gruppa «Grünerløkka nabolag», lykke til!"),
]
cases += [
    ("press_release", "no", True,
     "Pressemelding fra Statsministerens kontor: Statsminister Jonas Gahr Støre tar i dag imot Finlands president på Akershus festning. Næringsminister Cecilie Myrseth deltar på møtet om havvind. "
     "Ifølge SSB var arbeidsledigheten 4,0 prosent i september. Pressekontakt: Regjeringskvartalet, Akersgata 42, 0180 Oslo, sentralbord 22 24 90 90."),

    ("timetable", "no", True, NL.join([
        "Vy — Bergensbanen Oslo S → Bergen (daglig)",
        "Tog    Oslo S  Drammen  Hønefoss  Geilo  Finse  Voss   Bergen",
        "601    06:25   —        07:39     09:40  10:38  12:00  13:06",
        "603    08:25   —        09:39     11:40  12:38  14:00  15:07",
        "Togbuss mellom Hønefoss og Gol 12.–14. april. Vy kundeservice: 61 05 19 10.",
    ])),
]

# ====================================================================== Danish
cases += [
    ("contract", "da", False, NL.join([
        "LEJEKONTRAKT FOR BEBOELSE (Typeformular A, 10. udgave) — uddrag",
        "Udlejer: " + m(N, "Henrik Bach Sørensen") + ", CPR " + m(ID, "251148-0615") + ", " + m(A, "Strandvejen 212, 2900 Hellerup") + ", tlf. " + m(P, "40 28 17 36"),
        "Lejer: " + m(N, "Mette Kjærgaard Holm") + ", CPR " + m(ID, "120584-1632") + ", tlf. " + m(P, "+45 28 41 93 07") + ", e-mail " + m(E, "mette.k.holm@gmail.com"),
        "Det lejede: " + m(A, "Jægersborggade 14, 2. tv., 2200 København N") + ", 2 værelser, 64 m².",
        "Månedlig leje: 11.400 kr. Indbetales til " + m(I, "DK41 8476 7610 6224 29") + ".",
        "Depositum svarende til 3 måneders leje. Indflytning 1. august 2024.",
    ])),

    ("newsletter", "da", False,
     "Besked fra 3.B — Aula, Ålholm Skole" + NL +
     "Kære forældre. Tak for en dejlig lejrskole! En særlig tak til " + m(N, "Rasmus") + "' far, " + m(N, "Jens Thomsen") + ", som kørte bagagen, og til " + m(N, "Freja") + "s mor, " + m(N, "Louise Dahl") + ", der stod for madplanen. " +
     m(N, "Aske Mortensen") + " glemte sin sovepose — den ligger på kontoret. Forældremødet er flyttet til torsdag kl. 17; kontakt forældrerådets formand " + m(N, "Nadia El-Sayed") + " på " + m(P, "31 74 06 92") + " ved spørgsmål." + NL +
     "Mvh. " + m(N, "Birgitte") + " og " + m(N, "Kasper") + ", klasselærere"),
]
cases += [
    ("news", "da", True,
     "Statsminister Mette Frederiksen præsenterede tirsdag regeringens klimaudspil på Marienborg. Udenrigsminister Lars Løkke Rasmussen deltog i et NATO-møde i Bruxelles. "
     "Danmarks Statistik oplyser, at ledigheden er uændret på 2,9 procent. DMI varsler skybrud over Sjælland, og H.C. Andersen Airport i Odense melder om forsinkelser."),

    ("timetable", "da", True, NL.join([
        "DSB — Intercity København H → Aarhus H (hverdage)",
        "Tog     København H  Odense  Fredericia  Aarhus H",
        "IC 115  06:00        07:15   07:50       08:51",
        "IC 121  07:00        08:15   08:50       09:51",
        "ICL 137 08:30        09:39   —           11:09",
        "Sporarbejde mellem Nyborg og Odense 2.–5. maj. DSB Kundecenter: 70 13 14 15.",
    ])),
]

# ====================================================================== Additional technical / record-heavy positives (mixed languages)
cases += [
    ("log", "en", False, NL.join([
        m(IP, "86.142.19.201") + " - - [21/Oct/2024:10:14:02 +0000] \"GET /wp-login.php HTTP/1.1\" 404 162 \"-\" \"Mozilla/5.0\"",
        m(IP, "146.70.118.43") + " - - [21/Oct/2024:10:14:05 +0000] \"POST /xmlrpc.php HTTP/1.1\" 403 199 \"-\" \"python-requests/2.31.0\"",
        m(IP, "2a01:4f8:c2c:7d1e::1") + " - - [21/Oct/2024:10:14:09 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"",
        m(IP, "94.23.158.12") + " - " + m(N, "cwinterbottom") + " [21/Oct/2024:10:15:31 +0000] \"GET /admin/export.csv HTTP/1.1\" 200 48211 \"-\" \"curl/8.4.0\"",
        "# curl was run as: curl " + m(U, "https://cwinterbottom:Hx9!mQ2v@intranet.brackenfield.co.uk/admin/export.csv"),
        m(IP, "81.2.69.160") + " - - [21/Oct/2024:10:16:44 +0000] \"GET /api/v1/me HTTP/2.0\" 401 57 \"-\" \"okhttp/4.12.0\"",
        m(IP, "192.168.1.54") + " - - [21/Oct/2024:10:17:12 +0000] \"GET /static/app.9f3c2e.js HTTP/1.1\" 304 0 \"https://intranet.brackenfield.co.uk/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"",
    ])),

    ("json", "en", False, NL.join([
        '[',
        '  {"id": 58120, "name": "' + m(N, "Tamsin Achterberg") + '", "email": "' + m(E, "tamsin.achterberg@gmail.com") + '", "dob": "' + m(D, "1984-06-30") + '", "phone": "' + m(P, "+44 7700 118 492") + '", "signup_ip": "' + m(IP, "51.9.102.33") + '", "marketing": false},',
        '  {"id": 58121, "name": "' + m(N, "Obinna Chukwuemeka") + '", "email": "' + m(E, "obinna.c@outlook.com") + '", "dob": "' + m(D, "1999-01-08") + '", "phone": "' + m(P, "+234 803 555 1920") + '", "signup_ip": "' + m(IP, "102.89.34.17") + '", "marketing": true},',
        '  {"id": 58122, "name": "' + m(N, "Saoirse Ní Bhriain") + '", "email": "' + m(E, "saoirse.nibhriain@eircom.net") + '", "dob": "' + m(D, "1971-11-23") + '", "phone": "' + m(P, "+353 86 224 7719") + '", "signup_ip": "' + m(IP, "2001:bb6:4a1f:6e00:8d2:1c3b:9e4f:21") + '", "marketing": false},',
        '  {"id": 58123, "name": "test user", "email": "test@example.com", "dob": null, "phone": null, "signup_ip": null, "marketing": false}',
        ']',
    ])),

    ("config", "en", False, NL.join([
        "# .env.production — copied into ticket OPS-2210 by mistake",
        "NODE_ENV=production",
        "PORT=8080",
        "DATABASE_URL=" + m(U, "postgresql://orders_rw:p4Ss-Wd_9921x@orders-db.cluster-c7x2.eu-west-1.rds.amazonaws.com:5432/orders"),
        "REDIS_URL=" + m(U, "redis://default:Q8zVt3LmN0pRx2Wc@10.0.12.40:6379/0"),
        "AWS_ACCESS_KEY_ID=" + m(K, "AKIAZ7Q4WXR2N5LHTB3M"),
        "AWS_SECRET_ACCESS_KEY=" + m(K, "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"),
        "JWT_SIGNING_SECRET=" + m(K, "f1c9a7e2b84d3f60c5e17a92b4d08f3ce6a15b72d9084e3f"),
        "TWILIO_AUTH_TOKEN=" + m(K, "9b2f0c84e7a1d3f56c8e2b9a0d4f7e31"),
        "SENTRY_DSN=https://4f2c1b9e7a3d@o451122.ingest.sentry.io/5523190",
        "LOG_LEVEL=info",
        "FEATURE_FLAGS=checkout_v2,fast_refunds",
    ])),

    ("form", "en", False, NL.join([
        "2023 TAX ORGANIZER — Personal Information (Hendricks & Co. CPAs)",
        "Taxpayer: " + m(N, "Marcus D. Whitfield") + "      SSN " + m(S, "618-40-2291") + "      DOB " + m(D, "08/14/1978"),
        "Spouse:   " + m(N, "Renée Whitfield") + "        SSN " + m(S, "239-87-1146") + "      DOB " + m(D, "02/03/1981"),
        "Address:  " + m(A, "4418 Maple Hollow Ln, Cary, NC 27519"),
        "Phone:    " + m(P, "(919) 462-0837") + "     Email: " + m(E, "mwhitfield78@att.net"),
        "",
        "Dependents           SSN            DOB          Relationship   Months in home",
        m(N, "Jalen Whitfield") + "      " + m(S, "508-33-7712") + "    " + m(D, "05/21/2009") + "   Son            12",
        m(N, "Amara Whitfield") + "      " + m(S, "144-62-0958") + "    " + m(D, "10/30/2013") + "   Daughter       12",
        "",
        "Direct deposit: routing 053000219  account 7730018842 (checking)",
        "Driver's license (NC): " + m(ID, "000028491736") + ", exp 08/14/2029",
    ])),

    ("csv", "en", False, NL.join([
        "dispute_id,opened,cardholder,card_number,amount,merchant,contact_email",
        "DSP-90211,2024-07-01," + m(N, "Gwendolyn Achebe") + "," + m(C, "4729 4364 8375 6894") + ",129.99,AIRBNB * HMXK2,"  + m(E, "gwen.achebe@gmail.com"),
        "DSP-90212,2024-07-01," + m(N, "Lars Ottesen") + "," + m(C, "5136 3303 0485 9694") + ",14.20,UBER *TRIP," + m(E, "lars.ottesen@live.no"),
        "DSP-90213,2024-07-02," + m(N, "Priyanka Deshmukh") + "," + m(C, "3719 890918 28504") + ",842.00,DELTA AIR 0067," + m(E, "priyanka.deshmukh@yahoo.co.in"),
        "DSP-90214,2024-07-02," + m(N, "Hugo Lindahl") + "," + m(C, "6011 5098 6113 0825") + ",59.00,SPOTIFY," + m(E, "hugo.lindahl@protonmail.com"),
        "DSP-90215,2024-07-03," + m(N, "Aiyana Redcloud") + "," + m(C, "2221 2027 3531 3430") + ",310.45,WALMART.COM," + m(E, "aiyana.redcloud@icloud.com"),
    ])),

    ("spreadsheet", "en", False, NL.join([
        "IT asset register — Leeds office (exported from Snipe-IT, 2024-09-12)",
        "Asset\tModel\tAssigned to\tHostname\tMAC\tIP (reserved)",
        "LT-0412\tThinkPad T14 G4\t" + m(N, "Harriet Mbeki") + "\tLDS-HMBEKI\t" + m(MAC, "8C:16:45:2E:7B:90") + "\t" + m(IP, "10.14.2.41"),
        "LT-0413\tMacBook Air M2\t" + m(N, "Callum Reid") + "\tLDS-CREID\t" + m(MAC, "F0:2F:4B:19:C6:03") + "\t" + m(IP, "10.14.2.42"),
        "LT-0419\tDell Latitude 5440\t" + m(N, "Agata Lis") + "\tLDS-ALIS\t" + m(MAC, "B0:7B:25:61:0D:AE") + "\t" + m(IP, "10.14.2.49"),
        "PR-0031\tHP LaserJet M480\t(shared)\tLDS-PRN-2F\t" + m(MAC, "10:E7:C6:3F:88:21") + "\t" + m(IP, "10.14.9.20"),
        "AP-0007\tUniFi U6-Pro\t(infra)\tLDS-AP-07\t" + m(MAC, "74:83:C2:A1:5B:0F") + "\t" + m(IP, "10.14.0.7"),
    ])),

    ("email", "en", False, NL.join([
        "From: " + m(N, "Deirdre Costigan") + " <" + m(E, "deirdre.costigan@stbrendansgaa.ie") + ">",
        "To: " + m(E, "padraig.mcgrath@gmail.com") + "; " + m(E, "aoife.kinsella@hotmail.com") + "; " + m(E, "ciaran.oduffy@eircom.net") + "; " + m(E, "siobhan.walsh81@yahoo.ie"),
        "Bcc: " + m(E, "treasurer.stbrendans@gmail.com"),
        "Subject: U12 blitz Saturday — lifts and jerseys",
        "",
        "Hi all, could the drivers confirm by Thursday? " + m(N, "Pádraig") + " and " + m(N, "Aoife") + " have the jerseys. Registration fees (€40) to the club account " + m(I, "IE79 BOFI 9013 8447 2156 08") + ".",
        "Thanks, " + m(N, "Deirdre") + " (U12 coordinator) — " + m(P, "087 612 4490"),
    ])),

    ("csv", "fr", False, NL.join([
        "Export CRM — contacts « salon de l'habitat Nantes 2024 »",
        "nom;prénom;email;téléphone;date_naissance;code_postal;consentement",
        m(N, "Le Floch") + ";" + m(N, "Maëlle") + ";" + m(E, "maelle.lefloch@orange.fr") + ";" + m(P, "06 42 18 77 30") + ";" + m(D, "14/02/1988") + ";44300;oui",
        m(N, "Nguyen") + ";" + m(N, "Thi Hoa") + ";" + m(E, "hoa.nguyen44@gmail.com") + ";" + m(P, "07 81 09 25 64") + ";" + m(D, "03/09/1979") + ";44000;oui",
        m(N, "Bouchard") + ";" + m(N, "Régis") + ";" + m(E, "regis.bouchard@wanadoo.fr") + ";" + m(P, "02 40 48 71 19") + ";" + m(D, "27/12/1955") + ";44400;non",
        m(N, "Haddad") + ";" + m(N, "Yasmine") + ";" + m(E, "yasmine.haddad@laposte.net") + ";" + m(P, "06 12 95 33 48") + ";" + m(D, "09/06/1993") + ";44800;oui",
    ])),

    ("log", "es", False, NL.join([
        "Registro del cortafuegos — sede Zaragoza — 2024-11-04",
        "08:01:12 ALLOW  src=" + m(IP, "10.8.1.23") + " mac=" + m(MAC, "3C:52:82:7A:19:E4") + " usuario=" + m(N, "mlopez.azcona") + " dst=" + m(IP, "142.250.184.196") + ":443",
        "08:01:58 DENY   src=" + m(IP, "10.8.1.57") + " mac=" + m(MAC, "D4:5D:64:B2:0C:71") + " usuario=" + m(N, "jcastan") + " dst=" + m(IP, "185.199.108.153") + ":22 regla=SSH-SALIENTE",
        "08:03:40 ALLOW  src=" + m(IP, "10.8.2.14") + " usuario=invitado-wifi dst=" + m(IP, "157.240.5.35") + ":443",
        "08:05:02 VPN    login OK usuario=" + m(N, "raquel.gimeno") + " desde " + m(IP, "83.45.201.118") + " (Movistar)",
    ])),

    ("json", "pl", False, NL.join([
        '{',
        '  "wnioskodawca": {"imie": "' + m(N, "Katarzyna") + '", "nazwisko": "' + m(N, "Jabłońska") + '", "pesel": "' + m(ID, "91041508622") + '", "data_urodzenia": "' + m(D, "1991-04-15") + '",',
        '                   "email": "' + m(E, "k.jablonska91@wp.pl") + '", "telefon": "' + m(P, "+48 512 664 019") + '"},',
        '  "wspolmalzonek": {"imie": "' + m(N, "Paweł") + '", "nazwisko": "' + m(N, "Jabłoński") + '", "pesel": "' + m(ID, "85120304175") + '", "data_urodzenia": "' + m(D, "1985-12-03") + '"},',
        '  "dziecko": {"imie": "' + m(N, "Igor") + '", "pesel": "' + m(ID, "00251183059") + '", "data_urodzenia": "' + m(D, "2000-05-11") + '"},',
        '  "adres": "' + m(A, "ul. Słowackiego 14/3, 80-257 Gdańsk") + '",',
        '  "rachunek": "' + m(I, "PL41 5315 7997 2676 2200 0205 7487") + '",',
        '  "status": "ZLOZONY", "numer_wniosku": "800+/2024/118273"',
        '}',
    ])),

    ("csv", "pt-BR", False, NL.join([
        "Planilha de inscritos — Corrida Solidária Curitiba 2024",
        "nome,cpf,nascimento,email,celular,tamanho_camiseta",
        m(N, "Gabriela Ribeiro Tonet") + "," + m(ID, "214.730.598-79") + "," + m(D, "11/07/1990") + "," + m(E, "gabi.tonet@gmail.com") + "," + m(P, "(41) 99612-3048") + ",P",
        m(N, "Anderson Luiz Kowalski") + "," + m(ID, "630.218.475-44") + "," + m(D, "02/01/1984") + "," + m(E, "andersonlk@hotmail.com") + "," + m(P, "(41) 98855-1720") + ",G",
        m(N, "Yara Nascimento") + "," + m(ID, "081.457.362-26") + "," + m(D, "25/10/2001") + "," + m(E, "yaranasc@outlook.com.br") + "," + m(P, "(41) 99107-6635") + ",M",
    ])),

    ("sql", "ja", False, NL.join([
        "-- 会員テーブル抜粋（問い合わせ #8812 調査用・取扱注意）",
        "SELECT id, name, email, birthday, last_login_ip FROM members WHERE id IN (3301, 3302, 3303);",
        "3301 | " + m(N, "高木 由美") + " | " + m(E, "yumi.takagi@docomo.ne.jp") + " | " + m(D, "1989-10-05") + " | " + m(IP, "126.78.211.40"),
        "3302 | " + m(N, "林 大輔") + "   | " + m(E, "d.hayashi@ezweb.ne.jp") + "   | " + m(D, "1976-03-18") + " | " + m(IP, "60.117.49.203"),
        "3303 | " + m(N, "Ortiz, Camila") + " | " + m(E, "camila.ortiz.jp@gmail.com") + " | " + m(D, "2000-12-24") + " | " + m(IP, "240b:10:8a00:4c00:35a1:9e2:b04:7c1d"),
    ])),

    ("email", "sv", False, NL.join([
        "Från: " + m(N, "Elsa Bergkvist") + " <" + m(E, "elsa.bergkvist@bredband2.com") + ">",
        "Till: " + m(E, "johan.ek@telia.com") + ", " + m(E, "amina.warsame@gmail.com") + ", " + m(E, "per-olof.sundin@hotmail.se"),
        "Ämne: Bostadsrättsföreningen Linden 4 — protokoll från styrelsemötet",
        "",
        "Hej! Här kommer protokollet. Ny kassör är " + m(N, "Amina Warsame") + ", avgifterna betalas till bankgiro 5402-8817 eller " + m(I, "SE88 9983 3976 2600 0705 6148") + ".",
        "Wifi-lösenordet i tvättstugan är nu " + m(K, "Linden4-Tvatt!2024") + " – sprid det inte utanför föreningen.",
        "Hälsningar " + m(N, "Elsa") + ", sekreterare, " + m(P, "076-218 44 07"),
    ])),

    ("yaml", "en", False, NL.join([
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: payments-gateway",
        "  namespace: prod",
        "  annotations:",
        "    owner: " + m(E, "rahul.bhattacharya@finlyte.io"),
        "type: Opaque",
        "stringData:",
        "  STRIPE_KEY: " + m(K, "rk_live_51Hc9TqLk2Wm7XzP0bR4vN8sYd3Fj6Ga1Ue5Io"),
        "  WEBHOOK_SECRET: " + m(K, "whsec_Z3m9Qp2Xv7Lc4Rt8Nw1Kb6Yd0Hf5Js"),
        "  DB_PASSWORD: " + m(K, "Tr1dent-Harbour-55!"),
        "  ssh_deploy_key: |",
        "    -----BEGIN OPENSSH PRIVATE KEY-----",
        "    " + m(K, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACDk3vQ9xP0aR2mL7tY8wZcN4bF6hJ1sK5uE0iO3pV9gSwAAAJjA1b2c"),
        "    -----END OPENSSH PRIVATE KEY-----",
    ])),

    ("ticket", "de", False, NL.join([
        "OTRS Ticket#2024091210000427 — Kategorie: Datenschutz / Auskunftsersuchen Art. 15 DSGVO",
        "Absender: " + m(E, "r.thielemann@t-online.de"),
        "Antragsteller: " + m(N, "Rüdiger Thielemann") + ", geb. " + m(D, "29.02.1964") + ", Kundennr. 30087712",
        "Anschrift: " + m(A, "Vogelsanger Weg 12, 40470 Düsseldorf"),
        "",
        "Gefundene Datensätze:",
        "- CRM: Telefon " + m(P, "0211 61 48 220") + ", Mobil " + m(P, "0160 9377 1042") + ", Zweit-E-Mail " + m(E, "ruediger.thielemann@gmx.de"),
        "- Webshop: letzte Logins von " + m(IP, "91.64.118.203") + " und " + m(IP, "2003:e5:7f12:9a00:5c3e:1b0f:77a2:4e19"),
        "- Zahlungsdaten: SEPA-Mandat " + m(I, "DE78 8625 5118 4873 3311 38") + ", Kreditkarte " + m(C, "5546 9557 2253 9116") + " (abgelaufen)",
        "Bearbeiter: " + m(N, "Svenja Kottke") + ", Datenschutzteam",
    ])),

    ("chat_export", "en", False, NL.join([
        "[discord] #homelab-help — export",
        "2024-02-11 19:40  " + m(N, "niko_vasquez") + ": my wireguard peer won't handshake, config below",
        "2024-02-11 19:41  " + m(N, "niko_vasquez") + ": ```[Interface]",
        "PrivateKey = " + m(K, "n0G9W8uw8de9puyHB9d3xvE/pg3mKBxfeN4/YYsakj8="),
        "Address = " + m(IP, "10.66.66.2") + "/32",
        "[Peer]",
        "Endpoint = " + m(IP, "73.92.140.18") + ":51820```",
        "2024-02-11 19:43  " + m(N, "mods_kara") + ": @" + m(N, "niko_vasquez") + " you just posted your private key AND your home IP. regenerate the keypair now pls",
        "2024-02-11 19:44  " + m(N, "niko_vasquez") + ": oh no. ok done. new endpoint is on my other line, DM me at " + m(E, "nvasquez.lab@gmail.com") + " if anyone can help",
    ])),
]

cases += [
    ("sql", "ko", False, NL.join([
        "-- 회원 탈퇴 요청 처리 전 백업 (CS-20931)",
        "INSERT INTO member_backup (member_id, name, email, birth, phone, reg_ip) VALUES",
        "(77120, '" + m(N, "오세훈") + "', '" + m(E, "sehoon.oh92@daum.net") + "', '" + m(D, "1992-11-03") + "', '" + m(P, "010-3381-5527") + "', '" + m(IP, "211.234.101.88") + "'),",
        "(77121, '" + m(N, "윤아름") + "', '" + m(E, "areum.yoon@kakao.com") + "', '" + m(D, "1998-02-14") + "', '" + m(P, "010-9012-4476") + "', '" + m(IP, "175.223.18.40") + "'),",
        "(77122, '" + m(N, "강동원") + "', '" + m(E, "dw.kang81@gmail.com") + "', '" + m(D, "1981-07-29") + "', '" + m(P, "010-6620-1938") + "', '" + m(IP, "1.236.57.204") + "');",
    ])),

    ("log", "zh", False, NL.join([
        "2024-08-19 02:13:44 [WARN] 登录失败 用户=" + m(N, "zhangjianhua") + " 来源IP=" + m(IP, "117.136.42.15") + " 原因=密码错误(第3次)",
        "2024-08-19 02:14:02 [WARN] 登录失败 用户=" + m(N, "zhangjianhua") + " 来源IP=" + m(IP, "117.136.42.15") + " 原因=密码错误(第4次)",
        "2024-08-19 02:14:30 [INFO] 账号锁定 用户=" + m(N, "zhangjianhua") + " 通知短信已发送至 " + m(P, "186 2103 7745"),
        "2024-08-19 08:31:07 [INFO] 管理员 " + m(N, "liu.fang") + " 从 " + m(IP, "10.21.3.118") + " 解锁账号，临时密码 " + m(K, "Zj#8841xTq") + "（请首次登录后修改）",
        "2024-08-19 08:35:52 [INFO] 绑定设备 MAC=" + m(MAC, "28:6C:07:9E:41:D3") + " 用户邮箱 " + m(E, "zhangjianhua@163.com"),
    ])),

    ("csv", "ru", False, NL.join([
        "ФИО;Дата рождения;E-mail;Телефон;Город",
        m(N, "Смирнова Елена Павловна") + ";" + m(D, "12.04.1983") + ";" + m(E, "e.smirnova83@yandex.ru") + ";" + m(P, "+7 921 448-12-07") + ";Санкт-Петербург",
        m(N, "Хабибуллин Рустем Ильдарович") + ";" + m(D, "30.01.1977") + ";" + m(E, "rustem.h@mail.ru") + ";" + m(P, "+7 917 250-66-81") + ";Казань",
        m(N, "Ли Виктория Сергеевна") + ";" + m(D, "08.08.2002") + ";" + m(E, "vika.li2002@gmail.com") + ";" + m(P, "+7 914 703-29-15") + ";Владивосток",
        m(N, "Оганесян Карен Арменович") + ";" + m(D, "19.11.1969") + ";" + m(E, "karen.oganesyan@bk.ru") + ";" + m(P, "+7 862 264-10-38") + ";Сочи",
    ])),

    ("log", "it", False, NL.join([
        "[auth] 2024-03-02 07:55:18 login OK utente=" + m(E, "g.esposito@studiolegaleesposito.it") + " ip=" + m(IP, "93.41.207.66") + " 2FA=sms " + m(P, "+39 333 904 1178"),
        "[auth] 2024-03-02 07:58:40 login FAIL utente=" + m(E, "segreteria.esposito@pec.it") + " ip=" + m(IP, "5.170.34.251") + " motivo=password_errata",
        "[auth] 2024-03-02 08:02:11 reset password utente=" + m(E, "segreteria.esposito@pec.it") + " nuova password inviata in chiaro: " + m(K, "Napoli!Studio77"),
        "[auth] 2024-03-02 08:05:27 login OK utente=" + m(E, "a.russo.praticante@gmail.com") + " ip=" + m(IP, "151.38.112.9"),
    ])),

    ("csv", "nl", False, NL.join([
        "Ledenlijst Koor Cantabile Amersfoort (alleen voor intern gebruik)",
        "Naam,Stemgroep,E-mail,Telefoon,Geboortedatum,Lid sinds",
        m(N, "Hennie Brouwer") + ",sopraan," + m(E, "hennie.brouwer@planet.nl") + "," + m(P, "033-461 22 87") + "," + m(D, "17-03-1951") + ",1989",
        m(N, "Wouter Lam") + ",tenor," + m(E, "wouterlam@xs4all.nl") + "," + m(P, "06-29 81 44 05") + "," + m(D, "02-11-1974") + ",2011",
        m(N, "Ayşe Demir") + ",alt," + m(E, "ayse.demir@hotmail.nl") + "," + m(P, "06-11 73 08 62") + "," + m(D, "25-08-1990") + ",2019",
        m(N, "Gerrit-Jan Kamphuis") + ",bas," + m(E, "gj.kamphuis@kpnplanet.nl") + "," + m(P, "033-258 90 31") + "," + m(D, "09-05-1960") + ",1995",
        "Contributie via " + m(I, "NL67 SNSB 0917 3462 85") + " t.n.v. Koor Cantabile.",
    ])),

    ("json", "tr", False, NL.join([
        '{"siparis_no": "TY-88412097", "musteri": {"ad_soyad": "' + m(N, "Elif Karaca") + '", "eposta": "' + m(E, "elif.karaca@yandex.com.tr") + '", "telefon": "' + m(P, "+90 505 318 72 44") + '", "dogum_tarihi": "' + m(D, "1996-06-21") + '"},',
        ' "teslimat_adresi": "' + m(A, "Kazımdirik Mah. 372/8 Sok. No: 11 D: 4, Bornova/İzmir") + '",',
        ' "odeme": {"kart_no": "' + m(C, "4348 5813 7283 6058") + '", "son_kullanma": "09/27", "taksit": 3},',
        ' "fatura": {"tckn": "' + m(ID, "46192703596") + '", "iban": "' + m(I, "TR97 0006 2000 0418 2736 5091 2457") + '"},',
        ' "ip": "' + m(IP, "88.241.17.202") + '", "kargo": "Yurtiçi", "durum": "HAZIRLANIYOR"}',
    ])),
]

cases += [
    ("config", "en", True, NL.join([
        "# terraform.tfvars.example — copy to terraform.tfvars and fill in",
        "region            = \"eu-central-1\"",
        "db_username       = \"<DB_USERNAME>\"",
        "db_password       = \"${var.db_password}\"   # read from Vault, never hard-code",
        "api_key           = \"REPLACE_ME\"",
        "ami_id            = \"ami-0a1b2c3d4e5f67890\"",
        "kms_key_arn       = \"arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\"",
        "image_digest      = \"sha256:9b2e0c1f8a7d6e5b4c3a291807f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c\"",
        "instance_count    = 3",
        "tags = { Project = \"atlas\", CostCenter = \"CC-4410\", Owner = \"platform-team\" }",
    ])),

    ("docs", "ko", True,
     "회원가입 API 예시 (테스트 데이터)" + NL +
     "이름: 홍길동 / 휴대폰: 010-0000-0000 / 이메일: hong.gildong@example.com / 주소: 서울특별시 종로구 세종대로 1 (예시)" + NL +
     "응답 코드 201이면 회원번호(예: M-2024-000001)가 반환됩니다. 버전 2.3.1부터 생년월일 필드는 선택 항목입니다. 홍길동은 한국 문서에서 흔히 쓰이는 가상의 인물입니다."),

    ("docs", "ja", True,
     "【記入例】住所変更届" + NL +
     "氏名：山田 太郎（やまだ たろう）　電話番号：03-0000-0000　メール：taro.yamada@example.com" + NL +
     "新住所：〒100-0000 東京都千代田区○○1-2-3　※記入例の内容は架空のものです。" + NL +
     "受付番号は「R6-000123」の形式で発行されます。お問い合わせは区役所戸籍住民課（代表 03-3264-0151）まで。"),
]


emit("blind10", cases)
