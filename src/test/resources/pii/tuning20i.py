# Tuning corpus 20i: unlabelled private names in prose, lower-case chat addressing, capitalised non-person hard negatives, tables and example values vs. real data, 15 languages.
# Run: python3 tuning20i.py > corpus-tuning20i.jsonl
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m


def L(*lines):
    return NL.join(lines)


cases = []

# ==================================================================== English
cases += [
    ("news", "en", False, L(
        "Pensioner wades into frozen canal to save neighbour's spaniel",
        "",
        "A 71-year-old woman from Burnley was praised by firefighters on Sunday after she waded into the Leeds and Liverpool Canal "
        "to rescue a dog that had fallen through the ice near Finsley Gate.",
        m(N, "Maureen Oakes") + " had just left the Co-op on Colne Road when she heard barking. The spaniel, Biscuit, belongs to her "
        "neighbour " + m(N, "Gary Pilling") + ", who was at work at the time.",
        "\"I didn't think about it, I just went in up to my knees,\" " + m(N, "Oakes") + " said. \"" + m(N, "Gary") +
        " would have done the same for my cat.\"",
        "Watch manager " + m(N, "Stuart Lomax") + " of Lancashire Fire and Rescue said the outcome could have been very different.",
        m(N, "Pilling") + " has since bought her flowers and, he says, \"a lifetime supply of custard creams\".")),
    ("newsletter", "en", False, L(
        "ST BEDE'S PRIMARY - FRIDAY FLYER, 8 MARCH",
        "",
        "Stars of the Week: Reception - " + m(N, "Ollie Marsh") + " for brilliant phonics; Year 2 - " + m(N, "Zainab Qureshi") +
        " for kindness at lunchtime; Year 6 - " + m(N, "Freddie Holt-Yates") + " for his Viking longship model.",
        "",
        "Year 4 performed Jack and the Beanstalk on Wednesday. Huge thanks to Mrs " + m(N, "Pennington") + " and to " + m(N, "Ruby") +
        "'s dad, who built the beanstalk out of carpet tubes. " + m(N, "Ruby Kowalczyk") + " made a wonderfully grumpy Giant and " +
        m(N, "Theo Bassey") + " was a very convincing Jack.",
        "",
        "Lost property: a Frozen lunchbox with Elsa on the lid and a Paw Patrol water bottle.",
        "Parents' evening is on 19 March. Questions to Mr " + m(N, "Achebe") + " at " + m(E, "d.achebe@stbedes.sch.uk") +
        " or ring the office on " + m(P, "01254 889 301") + ".")),
    ("chat", "en", False, L(
        "#design-team",
        m(N, "priya.n") + "  09:14  morning all",
        m(N, "ollie") + "  09:15  hey " + m(N, "priya") + ", did " + m(N, "marco") + " send the figma link?",
        m(N, "priya.n") + "  09:15  not yet. " + m(N, "marco") + " you around?",
        m(N, "marco_v") + "  09:22  sorry, on the train. link is in the brief, ping " + m(N, "sarah-jane") + " if you can't open it",
        m(N, "ollie") + "  09:23  thx " + m(N, "marco") + " \U0001f64f also Siri keeps reading my slack notifications out loud lol",
        m(N, "priya.n") + "  09:24  settings > siri > announce notifications. off. you're welcome")),
    ("ticket", "en", False, L(
        "Zendesk #77120 - Payment declined at checkout",
        "Requester: " + m(N, "Hannah Voss") + " <" + m(E, "hannah.voss@outlook.com") + ">",
        "",
        "Hi, I followed your help article and the test card 4242 4242 4242 4242 went through fine on the demo shop, but my actual "
        "card " + m(C, "4738 8358 4749 0380") + " keeps getting declined (do_not_honor). I'm in Leeds, my IP should be " +
        m(IP, "82.14.201.77") + " if that helps.",
        "",
        "Internal note (" + m(N, "tomasz.b") + "): gateway log shows the attempt from " + m(IP, "82.14.201.77") +
        " at 14:02 UTC, declined by issuer. Advised customer to call her bank.")),
    ("fixture", "en", False, L(
        "// spec/fixtures/customers.json - loaded by seed_test_db()",
        "[",
        '  {"id": 1, "name": "' + m(N, "Jane Doe") + '", "email": "' + m(E, "jane.doe@example.com") + '", "card": "' +
        m(C, "4242424242424242") + '", "plan": "pro", "country": "US"},',
        '  {"id": 2, "name": "' + m(N, "Arjun Mehta") + '", "email": "' + m(E, "arjun.m@example.org") + '", "card": "' +
        m(C, "5555555555554444") + '", "plan": "free", "country": "IN"},',
        '  {"id": 3, "name": "' + m(N, "Lucy Fairbairn") + '", "email": "' + m(E, "lucy@example.net") + '", "ssn": "' +
        m(S, "219-09-9999") + '", "plan": "team", "country": "US"}',
        "]")),
    ("csv", "en", False, L(
        "member_id,first_name,last_name,email,mobile,tier,home_club,joined",
        "M-10231,"+m(N, "Grace")+","+m(N, "O'Donnell")+","+m(E, "grace.odonnell@btinternet.com")+","+m(P, "07831 914 332")+",Gold,Cheltenham,2019-04-02",
        "M-10232,"+m(N, "Tunde")+","+m(N, "Bakare")+","+m(E, "tunde.bakare88@gmail.com")+","+m(P, "07402 118 675")+",Silver,Gloucester,2020-11-17",
        "M-10233,"+m(N, "Siobhan")+","+m(N, "Carville")+","+m(E, "shiv.carville@icloud.com")+","+m(P, "07958 330 041")+",Bronze,Stroud,2022-01-09",
        "M-10234,"+m(N, "Wes")+","+m(N, "Pritchard")+","+m(E, "wes@pritchard-joinery.co.uk")+","+m(P, "07714 602 980")+",Gold,Tewkesbury,2023-06-30")),
    ("obituary", "en", False, L(
        m(N, "HOLLOWAY Bernard James") + ". Passed away peacefully at Pilgrims Hospice, Canterbury, on 2 February 2024, aged 87.",
        "Born " + m(D, "14 February 1936") + " in Margate. Beloved husband of " + m(N, "Joan") + " for 61 years, much-loved dad of " +
        m(N, "Philip") + " and " + m(N, "Carol") + ", and grandad to " + m(N, "Jess") + ", " + m(N, "Harry") + " and " + m(N, "Aiden") + ".",
        "Funeral service at St Mildred's Church on Friday 23 February at 11am. Family flowers only; donations to Pilgrims Hospice "
        "c/o Gibbs & Sons Funeral Directors, " + m(A, "12 Northgate, Canterbury CT1 1BE") + ".")),
    ("minutes", "en", False, L(
        "THORNBURY PARISH COUNCIL - Minutes of the meeting held on 11 January 2024 in the Village Hall",
        "Present: Cllr " + m(N, "Rachel Ashdown") + " (Chair), Cllr " + m(N, "Vikram Sethi") + ", Cllr " + m(N, "Len Parfitt") +
        "; Clerk: " + m(N, "Alison Greaves") + ". Three members of the public.",
        "1. Apologies: Cllr " + m(N, "Bryony Tate") + " (illness).",
        "4. Public participation: " + m(N, "Nigel Tennant") + " raised the pothole outside the Duke of Wellington on Queen Victoria "
        "Road. Cllr " + m(N, "Parfitt") + " will report it to the highways team.",
        "7. Finance: payment to Hedges & Co (grass cutting) of 420 GBP approved. Proposed " + m(N, "Sethi") + ", seconded " +
        m(N, "Ashdown") + ".",
        "Next meeting: 8 February 2024.")),
    ("review", "en", False, L(
        "4/5  Lovely Sunday lunch at The Marquis of Granby",
        "Our server " + m(N, "Luca") + " was brilliant with the kids and the Yorkshire puddings were the size of hats. Only complaint: "
        "the Beef Wellington was overdone, but the manager, " + m(N, "Sin\u00e9ad") + ", took it off the bill without us asking. "
        "Ask for " + m(N, "Luca") + "!",
        "- posted by " + m(N, "DaveAndKaz_Travels") + ", Reading")),
    ("html", "en", False, L(
        "<table class=\"directory\">",
        "  <tr><th>Name</th><th>Role</th><th>Room</th><th>Phone</th><th>Email</th></tr>",
        "  <tr><td>Dr " + m(N, "Femi Adeyinka") + "</td><td>Lab Manager</td><td>B2.14</td><td>" + m(P, "+44 161 306 4417") +
        "</td><td>" + m(E, "femi.adeyinka@manchester.ac.uk") + "</td></tr>",
        "  <tr><td>" + m(N, "Helen Crabtree") + "</td><td>Safety Officer</td><td>B1.02</td><td>" + m(P, "+44 161 306 4480") +
        "</td><td>" + m(E, "h.crabtree@manchester.ac.uk") + "</td></tr>",
        "  <tr><td>Fume cupboard bookings</td><td>Shared resource</td><td>B2.20</td><td>-</td><td>-</td></tr>",
        "</table>")),
    ("sports", "en", False, L(
        "Harrogate Harriers 3-1 Ashford Town (Sunday League Division 2)",
        "A brace from " + m(N, "Kieran Dodds") + " and a late header from " + m(N, "Sam Whitlock") + " sealed a deserved win on a "
        "heavy pitch. Ashford's keeper " + m(N, "Mo Rahim") + " kept them in it until the hour mark. Skipper " +
        m(N, "Gav Thornton") + " limped off with a hamstring strain and is a doubt for the trip to Inter Lakeland.",
        "Man of the match: " + m(N, "Dodds") + ". Subs please bring your own water bottles next week.")),
    ("diary", "en", False, L(
        "Tues 14th. Rained all day. Went round to Nan's after work - Uncle " + m(N, "Derek") + " was there with " + m(N, "Shaz") +
        " and the new baby (" + m(N, "Poppy") + "!!). Nan made toad in the hole. " + m(N, "Derek") + " kept going on about his "
        "allotment. Texted " + m(N, "Mel") + " on the way home, she's coming Sat.")),
    ("log", "en", False, L(
        "Mar 04 02:11:37 web-01 sshd[19022]: Failed password for invalid user admin from " + m(IP, "185.220.101.47") + " port 51122 ssh2",
        "Mar 04 02:11:39 web-01 sshd[19024]: Failed password for root from " + m(IP, "185.220.101.47") + " port 51188 ssh2",
        "Mar 04 08:45:02 web-01 sshd[20110]: Accepted publickey for " + m(N, "kpatel") + " from " + m(IP, "86.145.33.210") + " port 60412 ssh2",
        "Mar 04 08:45:02 web-01 systemd-logind[612]: New session 311 of user " + m(N, "kpatel") + ".")),
    # ---- English hard negatives
    ("docs", "en", True, L(
        "## Testing payments",
        "Use these card numbers in test mode only. Any future expiry date and any 3-digit CVC will work.",
        "",
        "| Brand            | Number              | Result             |",
        "|------------------|---------------------|--------------------|",
        "| Visa             | 4242 4242 4242 4242 | Succeeds           |",
        "| Visa (debit)     | 4000 0566 5566 5556 | Succeeds           |",
        "| Mastercard       | 5555 5555 5555 4444 | Succeeds           |",
        "| American Express | 3782 822463 10005   | Succeeds           |",
        "| Visa             | 4000 0000 0000 0002 | Declined (generic) |",
        "",
        "For the customer e-mail use something like customer@example.com. Sandbox webhooks are sent from 192.0.2.15 and "
        "198.51.100.23, so allow both in your firewall.")),
    ("news", "en", True, L(
        "Storm Babet: amber warnings for Cornwall and the North East",
        "The Met Office has issued amber wind warnings for St Ives, St Austell and Bishop Auckland as Storm Babet moves in from "
        "the Atlantic. Storm Ciar\u00e1n is expected to follow early next week. Names are chosen jointly by the Met Office, Met "
        "\u00c9ireann and the Dutch KNMI; the next on this season's list are Debi, Elin and Fergus.",
        "Great Western Railway has cancelled services between Plymouth and Penzance, and the Isles of Scilly Steamship "
        "Company says the Scillonian III will stay in port.")),
    ("fixtures", "en", True, L(
        "SATURDAY 3PM",
        "Nottingham Forest v Sheffield United",
        "Aston Villa v Crystal Palace",
        "Port Vale v Bristol Rovers",
        "Queen of the South v Hamilton Academical",
        "Hearts v St Johnstone",
        "",
        "Match of the Day, BBC One, 10.30pm, presented by Gary Lineker with Alan Shearer and Micah Richards.")),
    ("menu", "en", True, L(
        "THE ADMIRAL BENBOW - BAR & KITCHEN",
        "Starters: Caesar salad / Eggs Benedict / Oysters Rockefeller",
        "Mains: Beef Wellington / Shepherd's pie / Lord Woolton pie (v)",
        "Desserts: Peach Melba / Pavlova / Eton mess / Bakewell tart",
        "Drinks: Earl Grey, Bloody Mary, Tom Collins, Arnold Palmer, Shirley Temple, Pimm's No. 1, Captain Morgan & cola",
        "Ask about our Tuesday quiz with Alexa-powered music round.")),
    ("release_notes", "en", True, L(
        "v4.2.0 (2024-05-14)",
        "Integrations",
        "- Alexa skill now supports routines; Google Assistant Actions migrated to the new API.",
        "- Cortana connector removed (Microsoft retired the service).",
        "- Siri Shortcuts: fixed a crash on iOS 17 when the phrase contained an emoji.",
        "Build",
        "- Moved CI from Jenkins to GitHub Actions; Ansible playbooks updated for Debian Bookworm.",
        "- Hugo docs theme bumped to 0.124; Sphinx API docs unchanged.",
        "Known issues",
        "- Bixby routines are not supported on Galaxy Watch.")),
    ("guide", "en", True, L(
        "Room 34 - Turner and Constable",
        "Turner's The Fighting Temeraire shows the old warship being towed to the breaker's yard; next to it hangs Constable's "
        "The Hay Wain. On loan from Tate Britain in Room 43 is Millais's Ophelia, the drowned heroine of Hamlet, and "
        "Waterhouse's The Lady of Shalott. The caf\u00e9 on the lower floor is named after Florence Nightingale.")),
    ("config", "en", True, L(
        "# .env.example - copy to .env and replace the placeholder values with your own",
        "DATABASE_URL=postgres://user:password@localhost:5432/app_dev",
        "REDIS_URL=redis://localhost:6379/0",
        "STRIPE_SECRET_KEY=sk_test_your_key_here",
        "ADMIN_EMAIL=admin@example.com",
        "ALLOWED_HOSTS=198.51.100.0/24,203.0.113.10",
        "SUPPORT_PHONE=555-0199")),
    ("sql", "en", True, L(
        "CREATE TABLE customers (",
        "  id SERIAL PRIMARY KEY,",
        "  full_name TEXT NOT NULL,",
        "  email TEXT UNIQUE,",
        "  ssn CHAR(11),",
        "  date_of_birth DATE",
        ");",
        "INSERT INTO products (sku, name, brand) VALUES",
        "  ('TEA-001', 'Earl Grey Loose Leaf', 'Twinings'),",
        "  ('BIS-014', 'Marie Biscuits', 'McVitie''s'),",
        "  ('CAK-220', 'Victoria Sponge Mix', 'Mary Berry'),",
        "  ('SAU-031', 'Worcestershire Sauce', 'Lea & Perrins');")),
]

# ==================================================================== German
cases += [
    ("sports", "de", False, L(
        "TSV Eintracht Hohenlinden - F-Jugend",
        "Bei strahlendem Sonnenschein hat unsere F1 das Hallenturnier in Markt Schwaben gewonnen. " + m(N, "Lukas Brandl") +
        " traf im Finale gegen den SV Sankt Wolfgang zweimal, und " + m(N, "Emir") + " hielt im Neunmeterschie\u00dfen gleich zwei "
        "Sch\u00fcsse. Trainer " + m(N, "Andi Gschwendtner") + " war stolz: \u201eSo eine Moral hab ich selten gesehen.\u201c",
        "Ein gro\u00dfes Dankesch\u00f6n an Familie " + m(N, "Obermaier") + " f\u00fcr den Kuchen und an " + m(N, "Vroni") +
        " f\u00fcr die Trikotw\u00e4sche!")),
    ("chat", "de", False, L(
        "[14.03.24, 19:42:10] " + m(N, "Jonas Reiter") + ": hey " + m(N, "lena") + ", kommst du morgen mit zum bouldern?",
        "[14.03.24, 19:45:33] " + m(N, "Lena") + ": moin " + m(N, "jonas") + ", ja aber erst ab 18 uhr",
        "[14.03.24, 19:46:01] " + m(N, "Jonas Reiter") + ": passt. " + m(N, "jannik") + " bringt das auto mit",
        "[14.03.24, 19:50:12] " + m(N, "Jannik") + " \U0001f9d7: bin dabei, holt ihr mich ab? " + m(A, "Kantstra\u00dfe 112, 10627 Berlin"),
        "[14.03.24, 19:51:40] " + m(N, "Lena") + ": ok " + m(N, "jan") + " \U0001f44d",
        "[14.03.24, 19:52:02] " + m(N, "Jonas Reiter") + ": <Medien ausgeschlossen>")),
    ("form", "de", False, L(
        "Personalfragebogen - vertraulich",
        "Name, Vorname: " + m(N, "Demir, Yusuf"),
        "Geburtsdatum: " + m(D, "23.09.1988") + "   Geburtsort: Duisburg",
        "Anschrift: " + m(A, "Wanheimer Stra\u00dfe 87, 47053 Duisburg"),
        "Steuer-Identifikationsnummer: " + m(ID, "57 390 218 644"),
        "Rentenversicherungsnummer: " + m(ID, "23 230988 D 517"),
        "Krankenkasse: AOK Rheinland/Hamburg   Versichertennummer: " + m(ID, "M482913305"),
        "Bankverbindung: IBAN " + m(I, "DE26 7294 3648 3756 8934 85"),
        "Telefon privat: " + m(P, "0203 4471 928"),
        "Eintritt: 01.04.2024   Kostenstelle: 4410 (Lager)")),
    ("obituary", "de", False, L(
        "Wir nehmen Abschied von",
        m(N, "Gertrud Schallenberg"),
        "geb. " + m(N, "Wiesner"),
        "* " + m(D, "3. Mai 1937") + "    \u2020 18. Februar 2024",
        "",
        "In stiller Trauer",
        m(N, "Dieter") + " und " + m(N, "Sabine Schallenberg"),
        m(N, "Felix") + " und " + m(N, "Marie"),
        "",
        "Die Trauerfeier findet am Freitag, 23. Februar, um 11 Uhr in der Friedhofskapelle St. Laurentius in Bonn-Dottendorf statt.")),
    ("minutes", "de", False, L(
        "Protokoll der ordentlichen Eigent\u00fcmerversammlung der WEG " + m(A, "Lindenstra\u00dfe 14, 50674 K\u00f6ln"),
        "Datum: 12.06.2024, 18:30 Uhr, Gemeindesaal St. Michael",
        "Anwesend: Frau " + m(N, "Petra Hollweg") + " (Verwalterin, Hausverwaltung Kessler GmbH), Herr " + m(N, "Yannick Baumgart") +
        " (WE 3), Frau Dr. " + m(N, "Irmgard Stolzenberg") + " (WE 5), Eheleute " + m(N, "Nowak") + " (WE 7)",
        "TOP 3 - Dachsanierung: Frau " + m(N, "Hollweg") + " stellt die Angebote der Firmen Dachbau Sch\u00e4fer und Bedachungen "
        "Albrecht vor. Herr " + m(N, "Baumgart") + " fragt nach einer Wallbox in der Tiefgarage.",
        "Beschluss: Angebot Sch\u00e4fer wird angenommen (6 Ja, 1 Enthaltung).")),
    ("forum", "de", False, L(
        "Thema: Golf 7 TDI - Klackern beim Kaltstart",
        "",
        m(N, "Kalle_aus_Kassel") + " schrieb:",
        "Moin zusammen, seit dem Winter klackert mein Golf die ersten zwei Minuten. Werkstatt tippt auf die Injektoren.",
        "",
        "Antwort von " + m(N, "schrauber_michi") + ":",
        "@" + m(N, "Kalle_aus_Kassel") + " das ist fast immer das Zweimassenschwungrad, hatte ich beim Passat auch. Frag mal beim "
        "Bosch Car Service in Baunatal nach Herrn " + m(N, "Ott") + ", der kennt sich aus.",
        "",
        "Antwort von " + m(N, "Kalle_aus_Kassel") + ":",
        "Danke " + m(N, "Michi") + ", melde mich!")),
    ("log", "de", False, L(
        "2024-05-06T07:12:44+02:00 mail01 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from unknown[" + m(IP, "45.142.120.18") +
        "]: 554 5.7.1 <" + m(E, "s.winkelmann@stadtwerke-ahrweiler.de") + ">: Relay access denied",
        "2024-05-06T07:15:03+02:00 mail01 dovecot: imap-login: Login: user=<" + m(N, "s.winkelmann") + ">, method=PLAIN, rip=" +
        m(IP, "91.64.177.203") + ", lip=" + m(IP, "10.0.3.12"),
        "2024-05-06T07:15:09+02:00 mail01 dovecot: imap(" + m(N, "s.winkelmann") + "): Logged out in=412 out=88213")),
    ("json", "de", False, L(
        "{",
        '  "bestellung": "B-2024-118822",',
        '  "artikel": [{"sku": "MIELE-G7100", "bezeichnung": "Miele Geschirrsp\u00fcler G 7100 SC", "menge": 1}],',
        '  "kunde": {',
        '    "name": "' + m(N, "Annika Lohmeyer") + '",',
        '    "email": "' + m(E, "annika.lohmeyer@web.de") + '",',
        '    "telefon": "' + m(P, "+49 171 5523904") + '",',
        '    "lieferadresse": "' + m(A, "Am Sandtorkai 41, 20457 Hamburg") + '"',
        "  },",
        '  "zahlart": "SEPA-Lastschrift",',
        '  "iban": "' + m(I, "DE57 4533 3147 8932 8804 07") + '",',
        '  "lieferfenster": "Mo-Fr 8-12 Uhr"',
        "}")),
    ("review", "de", False, L(
        "1/5  Autohaus Brenninger, Regensburg",
        "Termin war um 8 Uhr, gewartet habe ich bis 10. Der Serviceberater (Herr " + m(N, "Okonkwo") + ") war zwar freundlich, "
        "aber niemand wusste Bescheid. Erst als Frau " + m(N, "Lindl") + " aus der Buchhaltung dazukam, ging etwas voran. "
        "N\u00e4chstes Mal fahre ich zu Mercedes-Schmid im Gewerbepark.",
        "- " + m(N, "Bernd H."))),
    ("newsletter", "de", False, L(
        "Kita Regenbogen - Elternbrief M\u00e4rz",
        "Liebe Eltern, ab April verst\u00e4rkt Frau " + m(N, "\u015eahin") + " unser Team in der Igelgruppe. Die Marienk\u00e4fergruppe "
        "verabschiedet sich von " + m(N, "Konstantin") + " und " + m(N, "Mila") + ", die im Sommer in die Schule kommen.",
        "Bitte denkt an Wechselkleidung und Gummistiefel! Der Laternenumzug zu St. Martin wird im November wieder von der "
        "Feuerwehr begleitet.",
        "Bei Fragen: Leitung " + m(N, "Claudia Br\u00fcckner") + ", Tel. " + m(P, "0761 / 38 22 90"))),
    # ---- German hard negatives
    ("news", "de", True, L(
        "Unwetterwarnung: Tief \u201eZoltan\u201c bringt Orkanb\u00f6en an die Nordsee",
        "Der Deutsche Wetterdienst warnt vor Orkanb\u00f6en bis 130 km/h auf Sylt, Amrum und in Sankt Peter-Ording. Wie schon bei "
        "Sabine 2020 und Ylenia 2022 stellt die Deutsche Bahn den Fernverkehr in Schleswig-Holstein vorsorglich ein. Die "
        "Namen der Hoch- und Tiefdruckgebiete vergibt das Institut f\u00fcr Meteorologie der FU Berlin; Tief Bernd hatte 2021 "
        "die Flut im Ahrtal ausgel\u00f6st.")),
    ("fixtures", "de", True, L(
        "Bundesliga, 27. Spieltag",
        "Fr 20:30  Borussia M\u00f6nchengladbach - Eintracht Frankfurt",
        "Sa 15:30  Werder Bremen - Union Berlin",
        "Sa 15:30  Fortuna D\u00fcsseldorf - Hertha BSC (2. Liga)",
        "Sa 18:30  Arminia Bielefeld - Alemannia Aachen (3. Liga)",
        "So 17:30  Holstein Kiel - Kickers Offenbach (Testspiel)",
        "Die Sportschau zeigt Zusammenfassungen ab 18:30 Uhr im Ersten.")),
    ("menu", "de", True, L(
        "Gasthaus Zum Goldenen Hirschen - Tageskarte",
        "K\u00f6nigsberger Klopse mit Kapernso\u00dfe und Salzkartoffeln",
        "Leipziger Allerlei mit Flusskrebsen",
        "Strammer Max auf Bauernbrot",
        "Bismarckhering mit Bratkartoffeln",
        "Prinzregententorte / F\u00fcrst-P\u00fcckler-Eis / Kalter Hund",
        "Getr\u00e4nke: Hugo, Aperol Spritz, Radler, Berliner Weisse mit Schuss, Jacobs Kaffee")),
    ("docs", "de", True, L(
        "Testdaten f\u00fcr die Sandbox",
        "F\u00fcr Lastschriften verwenden Sie die Beispiel-IBAN DE89 3704 0044 0532 0130 00, f\u00fcr Kartenzahlungen die Testkarte "
        "4111 1111 1111 1111 mit beliebigem Ablaufdatum.",
        "Als Kundenname tragen Sie z. B. Max Mustermann oder Erika Musterfrau ein, als E-Mail max.mustermann@example.com.",
        "Die Sandbox ist unter 192.0.2.44 erreichbar; Produktivsysteme antworten niemals auf diese Adresse.")),
    ("guide", "de", True, L(
        "Stadtspaziergang M\u00fcnchen",
        "Vom Marienplatz geht es \u00fcber die Ludwigstra\u00dfe zum Siegestor, dann durch den Englischen Garten bis zum Chinesischen "
        "Turm. Wer m\u00f6chte, f\u00e4hrt mit der U4 bis zur Theresienwiese oder besucht die Alte Pinakothek mit D\u00fcrers "
        "Selbstbildnis. Vom Franz-Josef-Strau\u00df-Flughafen f\u00e4hrt die S8 direkt in die Innenstadt; am Sankt-Anna-Platz "
        "empfehlen wir das Caf\u00e9 Luitpold.")),
    ("manual", "de", True, L(
        "Schnellstart Smart Home",
        "1. Verbinden Sie die Philips-Hue-Bridge mit dem Router.",
        "2. Sagen Sie \u201eAlexa, suche neue Ger\u00e4te\u201c oder \u201eHey Google, richte ein Ger\u00e4t ein\u201c.",
        "3. Nutzer von Siri f\u00fcgen die Lampen \u00fcber die Home-App hinzu; Bixby wird nicht unterst\u00fctzt.",
        "4. Der Magenta-Sprachassistent reagiert auf \u201eHallo Magenta\u201c.",
        "Kompatibel mit Ger\u00e4ten von Bosch, Siemens, Miele und AVM (FRITZ!DECT).")),
]

# ==================================================================== French
cases += [
    ("news", "fr", False, L(
        "Saint-Quay-Portrieux. Une septuag\u00e9naire retrouv\u00e9e saine et sauve apr\u00e8s une nuit dans les bois",
        m(N, "Josiane Le Guennec") + ", 74 ans, s'\u00e9tait \u00e9gar\u00e9e dimanche lors d'une cueillette de champignons. C'est son "
        "voisin, " + m(N, "Gwena\u00ebl Prigent") + ", qui a donn\u00e9 l'alerte vers 20 h. Les pompiers de Saint-Brieuc l'ont "
        "retrouv\u00e9e lundi matin, frigorifi\u00e9e mais indemne.",
        "\u00ab Je connais ces bois par c\u0153ur \u00bb, sourit " + m(N, "Josiane") + ", qui promet de ne plus oublier son t\u00e9l\u00e9phone.")),
    ("chat", "fr", False, L(
        "[09/02/2024 18:03] " + m(N, "Julien Marchetti") + ": coucou " + m(N, "manon") + ", t'as r\u00e9cup\u00e9r\u00e9 les cl\u00e9s chez le syndic ?",
        "[09/02/2024 18:10] " + m(N, "Manon B.") + ": oui ! merci " + m(N, "julien") + " \U0001f618 je les laisse \u00e0 ta m\u00e8re ce soir",
        "[09/02/2024 18:11] " + m(N, "Julien Marchetti") + ": top. dis \u00e0 " + m(N, "cl\u00e9mence") +
        " que le wifi c'est toujours " + m(K, "Pistache!87"),
        "[09/02/2024 18:12] " + m(N, "Manon B.") + ": ok. son num c'est bien le " + m(P, "06 72 18 44 90") + " ?",
        "[09/02/2024 18:12] " + m(N, "Julien Marchetti") + ": oui")),
    ("newsletter", "fr", False, L(
        "\u00c9cole \u00e9l\u00e9mentaire Jules-Ferry - La Gazette de mars",
        "Les CM1 de Mme " + m(N, "Haddad") + " ont visit\u00e9 le ch\u00e2teau de Fontainebleau. Bravo \u00e0 " + m(N, "In\u00e8s") + ", " +
        m(N, "Math\u00e9o") + " et " + m(N, "Lou-Anne") + ", laur\u00e9ats du concours de po\u00e9sie !",
        "Le spectacle de fin d'ann\u00e9e sera Le Petit Prince : " + m(N, "Nolan") + " jouera le renard et la rose sera "
        "interpr\u00e9t\u00e9e par toute la classe de CE2. Merci \u00e0 M. " + m(N, "Ferreira") + ", papa de " + m(N, "Lucas") +
        ", pour le transport des d\u00e9cors.")),
    ("obituary", "fr", False, L(
        "Limoges. Nous avons la tristesse de vous faire part du d\u00e9c\u00e8s de",
        "Mme " + m(N, "Colette MARCHAND") + " n\u00e9e " + m(N, "RIVI\u00c8RE"),
        "n\u00e9e le " + m(D, "12 juin 1931") + " \u00e0 Saint-Junien, survenu le 3 mars 2024 dans sa 93e ann\u00e9e.",
        "De la part de " + m(N, "Bernard") + " et " + m(N, "Monique Marchand") + ", ses enfants ; " + m(N, "Chlo\u00e9") + ", " +
        m(N, "Hugo") + " et " + m(N, "Th\u00e9o") + ", ses petits-enfants.",
        "Les obs\u00e8ques seront c\u00e9l\u00e9br\u00e9es en l'\u00e9glise Saint-Pierre-du-Queyroix, jeudi \u00e0 14 h 30.")),
    ("csv", "fr", False, L(
        "ligne;civilite;nom;prenom;nir;date_naissance;email;iban;formule",
        "1;M.;" + m(N, "Benali") + ";" + m(N, "Karim") + ";" + m(ID, "1 84 07 69 123 456 78") + ";" + m(D, "1984-07-19") + ";" +
        m(E, "karim.benali@free.fr") + ";" + m(I, "FR21 8137 2836 05AB C671 2565 535") + ";Confort+",
        "2;Mme;" + m(N, "Lef\u00e8vre") + ";" + m(N, "Ana\u00efs") + ";" + m(ID, "2 91 11 33 063 118 42") + ";" + m(D, "1991-11-02") + ";" +
        m(E, "anais.lefevre@orange.fr") + ";" + m(I, "FR96 8137 2836 05AB C671 2566 125") + ";Essentiel",
        "3;M.;" + m(N, "Nguyen") + ";" + m(N, "Thomas") + ";" + m(ID, "1 77 03 75 112 034 91") + ";" + m(D, "1977-03-28") + ";" +
        m(E, "t.nguyen75@laposte.net") + ";" + m(I, "FR78 8158 0699 8339 7626 0007 056") + ";Confort+")),
    ("log", "fr", False, L(
        "2024-03-11 10:42:17 ERROR [sync-job] \u00e9chec de connexion \u00e0 " +
        m(U, "ftp://pmoreau:Cass1s!2024@ftp.transports-moreau.fr/export/") + " - 530 Login incorrect",
        "2024-03-11 10:42:17 WARN  [sync-job] nouvelle tentative dans 60 s (h\u00f4te " + m(IP, "212.83.151.20") + ")",
        "2024-03-11 10:43:18 INFO  [sync-job] connexion \u00e9tablie, 14 fichiers transf\u00e9r\u00e9s")),
    ("forum", "fr", False, L(
        "Forum Auto \u203a Entretien \u203a Courroie de distribution Clio IV 1.5 dCi",
        "Post\u00e9 par " + m(N, "tontonbricolo_31") + " : Salut \u00e0 tous, on me demande 780 \u20ac pour la courroie, c'est normal ?",
        "R\u00e9ponse de " + m(N, "MarieLaure.C") + " : C'est dans la moyenne. Au garage Renault de Saint-Orens ils m'ont fait "
        "un prix, demande " + m(N, "Fabrice") + " \u00e0 l'accueil de ma part.",
        "R\u00e9ponse de " + m(N, "tontonbricolo_31") + " : merci " + m(N, "marie") + ", j'y passe samedi")),
    ("sports", "fr", False, L(
        "Rugby \u00e0 XIII - R\u00e9serve. Carcassonne s'impose 28-14 face \u00e0 Villeneuve",
        "Essais de " + m(N, "Florian Gaubert") + " (2), " + m(N, "Yanis Amrani") + " et du capitaine " + m(N, "Roques") +
        ", dit " + m(N, "Titi") + ", qui f\u00eatait son 100e match. L'entra\u00eeneur " + m(N, "Pascal Az\u00e9ma") +
        " saluait \u00ab un gros match des avants \u00bb. Prochain rendez-vous \u00e0 Saint-Gaudens.")),
    ("email", "fr", False, L(
        "Objet : Dossier de mobilit\u00e9 - pi\u00e8ces manquantes",
        "",
        "Bonjour " + m(N, "Aur\u00e9lie") + ",",
        "Pour finaliser le dossier de M. " + m(N, "Tran Van Long") + " (Hano\u00ef \u2192 Lyon), il me manque encore la copie de son "
        "passeport (n\u00b0 " + m(ID, "C7421893") + ") et son RIB belge : " + m(I, "BE62 7944 3864 2750") + ".",
        "Il est joignable au " + m(P, "+32 470 21 88 63") + ".",
        "",
        "Cordialement,",
        m(N, "S\u00e9bastien Morel"),
        "Service RH - Groupe Dalloyau-Sud")),
    # ---- French hard negatives
    ("news", "fr", True, L(
        "Temp\u00eate Ciar\u00e1n : vigilance rouge dans le Finist\u00e8re",
        "M\u00e9t\u00e9o-France a plac\u00e9 le Finist\u00e8re, les C\u00f4tes-d'Armor et la Manche en vigilance rouge. \u00c0 Saint-Malo, "
        "Saint-Nazaire et Sainte-Marine, les rafales pourraient d\u00e9passer 170 km/h. Apr\u00e8s Ciar\u00e1n, la prochaine "
        "d\u00e9pression baptis\u00e9e sera Domingos, nom choisi par le service m\u00e9t\u00e9orologique portugais.")),
    ("menu", "fr", True, L(
        "Brasserie Le Clemenceau - Menu du jour",
        "Entr\u00e9es : Croque-Monsieur, \u0153uf mimosa, salade ni\u00e7oise",
        "Plats : Sole meuni\u00e8re, Chateaubriand sauce B\u00e9arnaise, Poulet Marengo, gratin Parmentier",
        "Desserts : Tarte Tatin, P\u00eache Melba, Cr\u00eape Suzette, Paris-Brest",
        "Boissons : Kir, Perrier, Orangina, caf\u00e9 Carte Noire")),
    ("guide", "fr", True, L(
        "Balade parisienne",
        "Partez de la station Charles de Gaulle - \u00c9toile, descendez l'avenue des Champs-\u00c9lys\u00e9es jusqu'\u00e0 la place de la "
        "Concorde, puis rejoignez le boulevard Haussmann et les Galeries Lafayette. Le lyc\u00e9e Henri-IV et le Panth\u00e9on, o\u00f9 "
        "reposent Victor Hugo et Marie Curie, se trouvent rue Clovis. Retour par l'avenue Jean-Jaur\u00e8s et la gare Saint-Lazare.")),
    ("docs", "fr", True, L(
        "Exemples de requ\u00eates",
        "curl -X POST https://api.exemple.fr/v1/clients -d '{\"nom\": \"Jean Dupont\", \"email\": \"jean.dupont@example.com\"}'",
        "Dans l'environnement de test, les paiements avec la carte 4000 0025 0000 3155 d\u00e9clenchent l'authentification 3-D Secure.",
        "Les adresses 192.0.2.0/24 et 2001:db8::/32 sont r\u00e9serv\u00e9es \u00e0 la documentation et ne doivent jamais \u00eatre filtr\u00e9es.",
        "Remplacez VOTRE_CLE_API par la cl\u00e9 affich\u00e9e dans votre espace d\u00e9veloppeur.")),
    ("fixtures", "fr", True, L(
        "Ligue 1 - 28e journ\u00e9e",
        "Olympique de Marseille - Stade Rennais",
        "AS Saint-\u00c9tienne - Girondins de Bordeaux",
        "Red Star - Paris FC",
        "Stade de Reims - RC Lens",
        "OGC Nice - Olympique lyonnais",
        "Multiplex sur Canal+ \u00e0 partir de 21 h, avec Zin\u00e9dine Zidane en invit\u00e9.")),
    ("guide", "fr", True, L(
        "Mus\u00e9e - parcours jeunesse",
        "Salle 711 : La Joconde de L\u00e9onard de Vinci. Salle 700 : La Libert\u00e9 guidant le peuple de Delacroix.",
        "Atelier BD : Ast\u00e9rix, Ob\u00e9lix et Id\u00e9fix, puis Tintin et le capitaine Haddock.",
        "Lecture th\u00e9\u00e2trale : Jean Valjean et Cosette (Les Mis\u00e9rables), Emma Bovary (Madame Bovary).")),
]

# ==================================================================== Spanish
cases += [
    ("news", "es", False, L(
        "Un vecino de Alcal\u00e1 de Henares devuelve una cartera con 2.000 euros",
        m(N, "Rub\u00e9n Casta\u00f1o Prieto") + ", de 29 a\u00f1os, encontr\u00f3 la cartera el martes junto a la parada de la calle "
        "Santiago. Dentro estaban el dinero y la documentaci\u00f3n de " + m(N, "Encarnaci\u00f3n Vidal") + ", una jubilada que "
        "acababa de cobrar la paga extra.",
        "\"" + m(N, "Rub\u00e9n") + " es un \u00e1ngel, ya no quedan chicos as\u00ed\", dijo " + m(N, "Encarna") + " a este peri\u00f3dico. "
        "La Polic\u00eda Local le entregar\u00e1 una placa en el pleno de San Isidro.")),
    ("chat", "es", False, L(
        "Grupo: Padres 3\u00baB \U0001f392",
        "[21:04] " + m(N, "Marta Ruiz") + ": hola a todas!! alguien sabe si ma\u00f1ana hay excursi\u00f3n?",
        "[21:06] " + m(N, "Pili Ord\u00f3\u00f1ez") + ": s\u00ed " + m(N, "marta") + ", al Museo del Prado, hay que llevar bocadillo",
        "[21:06] " + m(N, "Marta Ruiz") + ": gracias " + m(N, "pili") + "!!",
        "[21:09] " + m(N, "Nacho") + " (pap\u00e1 de " + m(N, "Hugo") + "): " + m(N, "hugo") + " se dej\u00f3 la chaqueta de Naruto en clase, "
        "si alguien la ve...",
        "[21:10] " + m(N, "Pili Ord\u00f3\u00f1ez") + ": la tiene " + m(N, "Alba") + ", te la da ma\u00f1ana \U0001f44d")),
    ("form", "es", False, L(
        "SOLICITUD DE ALTA - GIMNASIO MUNICIPAL SAN BLAS",
        "Nombre y apellidos: " + m(N, "Luc\u00eda Ferrer Albiol"),
        "DNI/NIE: " + m(ID, "48293015F") + "      Fecha de nacimiento: " + m(D, "07/11/1994"),
        "Domicilio: " + m(A, "Calle de Alcal\u00e1 215, 3\u00ba B, 28028 Madrid"),
        "Tel\u00e9fono: " + m(P, "+34 612 48 90 33") + "   Correo: " + m(E, "lucia.ferrer.a@gmail.com"),
        "Domiciliaci\u00f3n bancaria (IBAN): " + m(I, "ES40 6659 3633 0304 8596 9159"),
        "Modalidad: Nataci\u00f3n libre + sala   Cuota: 34,50 \u20ac/mes")),
    ("minutes", "es", False, L(
        "ACTA DE LA JUNTA ORDINARIA - Comunidad de Propietarios " + m(A, "Calle Urbieta 12, 20006 San Sebasti\u00e1n"),
        "Asisten: D. " + m(N, "Fernando Iturbe Garmendia") + " (presidente), D\u00f1a. " + m(N, "Lourdes Saavedra") + " (2\u00ba A), "
        "D. " + m(N, "Aitor Zubiaurre") + " (3\u00ba B) y, por representaci\u00f3n, D\u00f1a. " + m(N, "Roc\u00edo Benavente") + " (bajo).",
        "Punto 2: El Sr. " + m(N, "Iturbe") + " informa de la reparaci\u00f3n del ascensor por Orona. La Sra. " + m(N, "Saavedra") +
        " solicita que se revise la bajante del patio.",
        "Se aprueba por unanimidad la derrama de 180 \u20ac por vivienda.")),
    ("review", "es", False, L(
        "\u2605\u2605\u2605\u2605\u2605 Mes\u00f3n El Segoviano, Madrid",
        "Fuimos un s\u00e1bado sin reserva y nos atendi\u00f3 " + m(N, "Jacinto") + ", un camarero de los de antes. Los huevos rotos y "
        "el cochinillo, de diez. El due\u00f1o, " + m(N, "Paco") + ", nos invit\u00f3 a un orujo de hierbas. Volveremos.",
        "Opini\u00f3n escrita por " + m(N, "viajeraMaite82"))),
    ("ticket", "es", False, L(
        "Incidencia #5521 - VPN no conecta",
        "Usuario: " + m(N, "jgarcia") + " (" + m(N, "Javier Garc\u00eda Lled\u00f3") + ", Contabilidad)",
        "Descripci\u00f3n: desde casa no puede conectar a la VPN. IP p\u00fablica " + m(IP, "88.27.140.9") + ", MAC del port\u00e1til " +
        m(MAC, "8C:16:45:3E:A1:07") + ".",
        "Soluci\u00f3n: la MAC no estaba en la lista blanca del Fortinet. A\u00f1adida por " + m(N, "mlopez") + ". Cerrada.")),
    ("obituary", "es", False, L(
        "ROGAD A DIOS EN CARIDAD POR EL ALMA DE",
        "D\u00f1a. " + m(N, "Pilar Echeverr\u00eda Go\u00f1i"),
        "que falleci\u00f3 en Pamplona el d\u00eda 2 de abril de 2024, a los 89 a\u00f1os de edad.",
        "Su esposo, " + m(N, "Joaqu\u00edn Lacarra") + "; sus hijos, " + m(N, "Javier") + ", " + m(N, "Maite") + " y " + m(N, "Koldo") +
        "; nietos y dem\u00e1s familia ruegan una oraci\u00f3n por su alma.",
        "Funeral: ma\u00f1ana, a las 12:00, en la parroquia de San Fermín de Aldapa.")),
    ("sports", "es", False, L(
        "Regional Preferente. CD Villanueva 2 - 2 CD Santa B\u00e1rbara",
        "Partido loco en el Municipal. Adelant\u00f3 al Villanueva " + m(N, "Iker Lasa") + " de cabeza, empat\u00f3 " +
        m(N, "Andr\u00e9s Montoya") + ", el " + m(N, "Chino") + ", de falta directa, y en el descuento " + m(N, "Ra\u00fal Pe\u00f1a") +
        " igual\u00f3 un partido que ya parec\u00eda perdido. El portero visitante, " + m(N, "Dani Cuesta") + ", fue expulsado.")),
    # ---- Spanish hard negatives
    ("news", "es", True, L(
        "La borrasca Karlotta deja rachas de 120 km/h en Galicia",
        "La Aemet mantiene el aviso naranja en A Coru\u00f1a, Santiago de Compostela y San Sebasti\u00e1n. Es la tercera borrasca con "
        "nombre de la temporada tras Aline y Bernard. Renfe ha suspendido la l\u00ednea Santander-Bilbao y el puerto de San "
        "Vicente de la Barquera permanece cerrado.")),
    ("menu", "es", True, L(
        "Men\u00fa del d\u00eda - 14,90 \u20ac",
        "Primeros: Ensalada C\u00e9sar, Sopa castellana, Carpaccio de ternera",
        "Segundos: Solomillo Wellington, Pollo a la Villeroy, Bacalao al pil-pil",
        "Postres: Crema catalana, Tarta Sacher, Pijama",
        "Bebidas: Tinto de verano, Mahou, Fanta, Cola Cao")),
    ("fixtures", "es", True, L(
        "LaLiga EA Sports - Jornada 30",
        "Real Madrid - Athletic Club (s\u00e1bado, 21:00)",
        "Rayo Vallecano - Real Sociedad (domingo, 14:00)",
        "Deportivo Alav\u00e9s - Celta de Vigo (domingo, 16:15)",
        "Sporting de Gij\u00f3n - Racing de Santander (Segunda, domingo 18:30)",
        "Resumen en El D\u00eda Despu\u00e9s y Carrusel Deportivo.")),
    ("guide", "es", True, L(
        "C\u00f3mo llegar",
        "Desde la estaci\u00f3n Puerta de Atocha - Almudena Grandes, sube por el Paseo del Prado hasta la Plaza de Cibeles y sigue "
        "por el Paseo de Recoletos. El Hospital Gregorio Mara\u00f1\u00f3n queda a diez minutos en el autob\u00fas 27; el Museo "
        "Reina Sof\u00eda y el Parque de El Retiro con la estatua de Alfonso XII, justo enfrente.")),
    ("docs", "es", True, L(
        "Gu\u00eda de integraci\u00f3n - datos de ejemplo",
        "Para probar domiciliaciones use el IBAN ES91 2100 0418 4502 0005 1332, que aparece en la documentaci\u00f3n oficial.",
        "Nombre de prueba: Fulano de Tal / Mengano P\u00e9rez. Correo: usuario@example.com.",
        "El servidor de pruebas escucha en 198.51.100.12:8443. Sustituya <SU_TOKEN> por el token de su panel.")),
    ("manual", "es", True, L(
        "Asistentes compatibles",
        "Di \"Oye Siri\", \"Alexa\" u \"Ok Google\" seguido de la orden. En los descodificadores de Movistar+ tambi\u00e9n funciona "
        "Aura. Cortana dej\u00f3 de estar disponible en 2023. La bombilla Xiaomi Yeelight y el enchufe TP-Link Tapo aparecen "
        "como \"Sal\u00f3n\" y \"Dormitorio\".")),
]

# ==================================================================== Italian
cases += [
    ("news", "it", False, L(
        "Castel San Pietro Terme, nonna di 82 anni salva il nipote dal fumo",
        "\u00c8 stata " + m(N, "Giuseppina Roveri") + " ad accorgersi per prima del fumo che usciva dalla cameretta. La donna ha preso "
        "in braccio il nipote " + m(N, "Mattia") + ", 4 anni, ed \u00e8 scesa in strada dai vicini.",
        "\"Nonna " + m(N, "Pina") + " \u00e8 una roccia\", racconta la figlia " + m(N, "Elisa Bertolazzi") + ". I vigili del fuoco di "
        "Imola hanno spento l'incendio, causato da una ciabatta elettrica.")),
    ("chat", "it", False, L(
        m(N, "Federico Sala") + ", [12.05.24 08:31]",
        "ciao " + m(N, "giulia") + ", stasera calcetto confermato? siamo in 9",
        m(N, "Giulia Marchetti") + ", [12.05.24 08:40]",
        "s\u00ec! porto anche " + m(N, "ste") + ", grazie " + m(N, "fede") + " \U0001f4aa",
        m(N, "Stefano B.") + ", [12.05.24 09:02]",
        "ci sono. @" + m(N, "lore_pagani") + " tu vieni o hai di nuovo il ginocchio ko?")),
    ("form", "it", False, L(
        "MODULO DI ISCRIZIONE - ASD Polisportiva Crocetta",
        "Cognome e nome: " + m(N, "Bertone Luca"),
        "Codice fiscale: " + m(ID, "BRTLCU92C14L219K"),
        "Nato a Torino il " + m(D, "14/03/1992"),
        "Residenza: " + m(A, "Via Garibaldi 18, 10122 Torino"),
        "Cellulare: " + m(P, "+39 347 812 4490") + "   E-mail: " + m(E, "luca.bertone92@libero.it"),
        "IBAN per rimborsi: " + m(I, "IT62 X337 5235 7924 6955 7225 391"),
        "Corso: Pallavolo amatori, marted\u00ec e gioved\u00ec 20:30")),
    ("minutes", "it", False, L(
        "VERBALE DI ASSEMBLEA CONDOMINIALE - Condominio \"Le Magnolie\", " + m(A, "Viale dei Mille 44, 50131 Firenze"),
        "Presenti: sig. " + m(N, "Renzo Baldacci") + " (amministratore), sig.ra " + m(N, "Ornella Turchi") + " (int. 2), "
        "sig. " + m(N, "Kevin Mancuso") + " (int. 7), avv. " + m(N, "Donatella Sgr\u00f2") + " per delega (int. 9).",
        "Punto 1: il sig. " + m(N, "Baldacci") + " illustra il preventivo della ditta Edilizia San Giorgio per il rifacimento "
        "della facciata. La sig.ra " + m(N, "Turchi") + " chiede tre preventivi.",
        "L'assemblea approva a maggioranza.")),
    ("obituary", "it", False, L(
        "\u00c8 mancata all'affetto dei suoi cari",
        m(N, "Rosa Esposito") + " ved. " + m(N, "Capuano"),
        "di anni 91",
        "Ne danno il triste annuncio i figli " + m(N, "Gennaro") + " con " + m(N, "Titti") + ", " + m(N, "Anna") + " con " +
        m(N, "Ciro") + ", i nipoti e i parenti tutti.",
        "I funerali si terranno luned\u00ec alle ore 10 nella chiesa di Santa Maria della Sanit\u00e0, Napoli.")),
    ("review", "it", False, L(
        "4,5/5 - Trattoria Da Gigi, Bologna",
        "Tortellini in brodo da manuale. Il cameriere, " + m(N, "Salvatore") + ", ci ha consigliato un Pignoletto perfetto e ci ha "
        "raccontato che la trattoria \u00e8 aperta dal 1958. Unico neo l'attesa. Chiedete di " + m(N, "Salvo") + "!",
        "Recensione di " + m(N, "MicheleZ_viaggi"))),
    ("ticket", "it", False, L(
        "Ticket 20931 - Addebito non riconosciuto",
        "La cliente " + m(N, "Chiara Fumagalli") + " (" + m(E, "chiara.fumagalli@tiscali.it") + ", tel. " + m(P, "02 8739 4412") +
        ") segnala un addebito di 89,90 \u20ac sulla carta " + m(C, "4205 0955 3247 8026") + " del 03/05.",
        "Verifica: ordine da IP " + m(IP, "151.38.92.117") + " non associato all'account. Carta bloccata, pratica inoltrata "
        "all'antifrode (op. " + m(N, "dmarini") + ").")),
    ("sports", "it", False, L(
        "Prima Categoria - Polisportiva San Lazzaro 3, Virtus Castenaso 0",
        "Apre " + m(N, "Manuel Draghetti") + " su punizione, raddoppia " + m(N, "Ivan Cocchi") + " di testa, chiude " +
        m(N, "Samuele Tinti") + " a tempo scaduto. Mister " + m(N, "Zanardi") + ": \"Vittoria dedicata al nostro magazziniere, " +
        m(N, "Tonino") + "\".")),
    # ---- Italian hard negatives
    ("menu", "it", True, L(
        "Osteria del Borgo - Men\u00f9",
        "Antipasti: Carpaccio di manzo, Vitello tonnato",
        "Primi: Spaghetti alla carbonara, Fettuccine Alfredo, Pizza Margherita",
        "Secondi: Saltimbocca alla romana, Pollo alla cacciatora",
        "Dolci: Tiramis\u00f9, Zuppa inglese, Torta Sacher",
        "Cocktail: Negroni, Bellini, Rossini, Garibaldi, Americano")),
    ("fixtures", "it", True, L(
        "Serie A - 31\u00aa giornata",
        "Juventus - Torino (sabato ore 18)",
        "Hellas Verona - Sampdoria",
        "Atalanta - Fiorentina",
        "Virtus Entella - Pro Vercelli (Serie C)",
        "Sintesi su 90\u00b0 Minuto e DAZN.")),
    ("news", "it", True, L(
        "Medicane in arrivo: allerta rossa in Calabria",
        "La Protezione Civile ha diramato l'allerta rossa per Reggio Calabria, San Giovanni in Fiore e Sant'Agata di Militello. "
        "Il ciclone, battezzato Helios, ricorda per intensit\u00e0 Ianos del 2020. Trenitalia sospende i regionali sulla "
        "Salerno-Reggio; chiuso il porto di San Benedetto del Tronto.")),
    ("docs", "it", True, L(
        "Esempi per l'ambiente di test",
        "Codice fiscale di esempio: RSSMRA80A01H501U (Mario Rossi, dato fittizio).",
        "E-mail: mario.rossi@example.com - IP del gateway di prova: 203.0.113.5.",
        "Carta di test: 4000 0000 0000 0077 (esito: rifiutata per fondi insufficienti).")),
    ("guide", "it", True, L(
        "Visita guidata - Uffizi",
        "Sala 10-14: la Nascita di Venere e la Primavera di Botticelli. Corridoio Vasariano chiuso per restauro. Al bookshop "
        "trovate Pinocchio e Geppetto in legno, i quaderni della Divina Commedia e le matite Leonardo. Uscita su Piazza della "
        "Signoria, davanti al David di Michelangelo (copia).")),
]

# ==================================================================== Portuguese
cases += [
    ("news", "pt", False, L(
        "Vila Nova de Gaia: idosa de 86 anos desaparecida foi encontrada em Santo Ov\u00eddio",
        m(N, "Maria do C\u00e9u Antunes") + " tinha sa\u00eddo de casa na manh\u00e3 de quinta-feira para ir \u00e0 missa e n\u00e3o regressou. "
        "Foi o neto, " + m(N, "Diogo Meireles") + ", quem a reconheceu num caf\u00e9 junto \u00e0 esta\u00e7\u00e3o de metro de Santo Ov\u00eddio.",
        "\"A av\u00f3 " + m(N, "C\u00e9u") + " estava tranquila a beber um gal\u00e3o\", contou " + m(N, "Diogo") + " ao nosso jornal.")),
    ("chat", "pt", False, L(
        "[18:22, 03/04/2024] " + m(N, "Rita Sequeira") + ": ol\u00e1 " + m(N, "z\u00e9") + ", j\u00e1 tens os bilhetes para o NOS Alive?",
        "[18:25, 03/04/2024] " + m(N, "Z\u00e9 Pedro") + ": tenho! obrigado " + m(N, "rita") + " por me lembrares",
        "[18:26, 03/04/2024] " + m(N, "Rita Sequeira") + ": e a " + m(N, "in\u00eas") + "? vem connosco?",
        "[18:30, 03/04/2024] " + m(N, "Z\u00e9 Pedro") + ": ela disse que sim, o n\u00famero dela \u00e9 " + m(P, "912 448 031"))),
    ("form", "pt", False, L(
        "FICHA DE CLIENTE - Ginásio Vitalis Porto",
        "Nome completo: " + m(N, "Jo\u00e3o Pedro Figueiredo da Silva"),
        "NIF: " + m(ID, "234179856") + "    Cart\u00e3o de Cidad\u00e3o: " + m(ID, "14872651 4 ZX8"),
        "Data de nascimento: " + m(D, "22-08-1990"),
        "Morada: " + m(A, "Rua de Santa Catarina 412, 4000-446 Porto"),
        "Telem\u00f3vel: " + m(P, "+351 936 221 874"),
        "IBAN: " + m(I, "PT70 1202 7353 1343 7947 8663 1"),
        "Plano: Premium anual")),
    ("json", "pt", False, L(
        "{",
        '  "pedido": "BR-88213-X",',
        '  "produto": "Smart TV Samsung Crystal 55\\"",',
        '  "cliente": {',
        '    "nome": "' + m(N, "Thiago Azevedo Nunes") + '",',
        '    "cpf": "' + m(ID, "391.448.207-98") + '",',
        '    "nascimento": "' + m(D, "1986-02-11") + '",',
        '    "celular": "' + m(P, "+55 11 98732-1455") + '",',
        '    "endereco": "' + m(A, "Rua Augusta 1508, apto 42, Consola\u00e7\u00e3o, S\u00e3o Paulo - SP, 01304-001") + '"',
        "  },",
        '  "frete": "Sedex", "parcelas": 10',
        "}")),
    ("obituary", "pt", False, L(
        "NECROLOGIA",
        m(N, "Joaquim Fernandes Pinto"),
        "Natural de Viseu, nascido a " + m(D, "8 de outubro de 1940") + ", faleceu no dia 1 de mar\u00e7o de 2024.",
        "A esposa, " + m(N, "Am\u00e9lia Pinto") + ", os filhos " + m(N, "Rui") + " e " + m(N, "Sandra") + " e os netos agradecem a todos "
        "que os acompanharam. O funeral realiza-se na Igreja de S\u00e3o Bento, seguindo para o cemit\u00e9rio de Santiago.")),
    ("minutes", "pt", False, L(
        "ATA N.\u00ba 37 - Assembleia de Cond\u00f3minos do pr\u00e9dio " + m(A, "Avenida Fontes Pereira de Melo 31, 1050-117 Lisboa"),
        "Presentes: " + m(N, "Helena Carvalho") + " (1.\u00ba Esq.), " + m(N, "Nuno Tavares") + " (2.\u00ba Dto.), " +
        m(N, "Sofia Lacerda") + " (3.\u00ba Esq.) e o administrador " + m(N, "Ant\u00f3nio Mour\u00e3o") + ".",
        "Ponto 2: " + m(N, "Nuno Tavares") + " alertou para infiltra\u00e7\u00f5es na garagem. " + m(N, "Mour\u00e3o") +
        " ficou de pedir or\u00e7amento \u00e0 empresa S\u00e3o Crist\u00f3v\u00e3o Obras.")),
    ("review", "pt", False, L(
        "5 estrelas - Tasca do Chico, Bairro Alto",
        "Fado ao vivo e petiscos excelentes. A Dona " + m(N, "Lurdes") + " da cozinha faz os melhores pastéis de bacalhau "
        "de Lisboa e o " + m(N, "M\u00e1rio") + " ao balc\u00e3o trata toda a gente como fam\u00edlia.",
        "- " + m(N, "andre_viaja") + ", Braga")),
    # ---- Portuguese hard negatives
    ("fixtures", "pt", True, L(
        "Liga Portugal Betclic - 26.\u00aa jornada",
        "SL Benfica - Sporting CP (s\u00e1bado, 20h30)",
        "FC Porto - Vit\u00f3ria SC",
        "SC Braga - Gil Vicente",
        "Rio Ave - Santa Clara",
        "Transmiss\u00e3o na Sport TV; resumos no canal 11.")),
    ("menu", "pt", True, L(
        "Restaurante Marqu\u00eas - Sugest\u00f5es",
        "Francesinha \u00e0 moda do Porto",
        "Bacalhau \u00e0 Gomes de S\u00e1 / Bacalhau \u00e0 Br\u00e1s",
        "Bitoque com ovo",
        "Sobremesas: Pastel de Bel\u00e9m, Bolo de bolacha, Past\u00e9is de Santa Clara",
        "Bebidas: Caipirinha, Super Bock, Sumol, Vinho do Porto Sandeman")),
    ("guide", "pt", True, L(
        "Roteiro de um dia em Lisboa",
        "Comece na Pra\u00e7a Marqu\u00eas de Pombal, des\u00e7a a Avenida da Liberdade at\u00e9 aos Restauradores e siga pela Rua Augusta "
        "at\u00e9 ao Terreiro do Pa\u00e7o. No Largo do Chiado, tire a fotografia com a est\u00e1tua de Fernando Pessoa. Ao fim da "
        "tarde, veja o p\u00f4r do sol na Ponte 25 de Abril a partir do Cristo Rei, e apanhe o comboio em Santa Apol\u00f3nia.")),
    ("news", "pt", True, L(
        "Depress\u00e3o Martinho: aviso vermelho para a costa",
        "O IPMA colocou os distritos de Viana do Castelo, Braga e Porto sob aviso vermelho. Depois da Aline e do Bernard, o "
        "Martinho \u00e9 a terceira tempestade com nome desta temporada. A CP suprimiu comboios na Linha do Minho e a ponte "
        "Vasco da Gama teve restri\u00e7\u00f5es para ve\u00edculos pesados.")),
    ("docs", "pt", True, L(
        "Ambiente de homologa\u00e7\u00e3o",
        "Use o CPF de teste 000.000.000-00 e o e-mail fulano@example.com. Cart\u00e3o aprovado: 5555 5555 5555 4444; "
        "cart\u00e3o recusado: 4000 0000 0000 0002.",
        "As chamadas devem vir de 192.0.2.0/24. Substitua SEU_TOKEN_AQUI pelo token do painel.")),
]

# ==================================================================== Dutch
cases += [
    ("news", "nl", False, L(
        "Sint-Oedenrode - Fietser redt bejaarde man uit de Dommel",
        m(N, "Joost van der Heijden") + " (52) fietste zondagochtend langs de rivier toen hij een man in het water zag liggen. " +
        m(N, "Van der Heijden") + " sprong erin en hield de 84-jarige " + m(N, "Harrie Verhoeven") + " boven water tot de "
        "brandweer uit Schijndel arriveerde.",
        "\"Ik heb alleen gedaan wat iedereen zou doen\", zegt " + m(N, "Joost") + ". De familie van " + m(N, "Harrie") +
        " wil hem binnenkort bedanken met een taart van bakkerij Van Rooij.")),
    ("chat", "nl", False, L(
        "[20-01-2024 21:14] " + m(N, "Sanne de Wit") + ": hoi " + m(N, "joost") + ", heb je de sleutel van het clubhuis nog?",
        "[20-01-2024 21:16] " + m(N, "Joost Kramer") + ": ja! dankjewel " + m(N, "sanne") + " dat je eraan denkt",
        "[20-01-2024 21:17] " + m(N, "Sanne de Wit") + ": kun je hem morgen aan " + m(N, "bram") + " geven? hij opent om 8 uur",
        "[20-01-2024 21:20] " + m(N, "Joost Kramer") + ": doe ik. " + m(N, "bram") + " z'n nummer is toch " + m(P, "06 41 78 22 05") + "?",
        "[20-01-2024 21:21] " + m(N, "Bram") + " \U0001f3d1: klopt, stuur maar een appje")),
    ("minutes", "nl", False, L(
        "Notulen ALV Vereniging van Eigenaars Parkflat Zuid, 4 maart 2024",
        "Aanwezig: " + m(N, "Ria Brouwer-Smit") + " (voorzitter), " + m(N, "Gerrit Jan Mulder") + " (penningmeester), " +
        m(N, "Fatima El Amrani") + ", " + m(N, "Pieter de Boer") + " en namens VvE-beheer Nijhof " + m(N, "Dennis Wolters") + ".",
        "3. Jaarrekening: " + m(N, "Mulder") + " licht toe dat het reservefonds op 84.200 euro staat.",
        "5. Rondvraag: mevrouw " + m(N, "El Amrani") + " vraagt of de fietsenstalling beter verlicht kan worden. " +
        m(N, "Wolters") + " zegt toe een offerte bij Installatiebedrijf Sint Joris op te vragen.")),
    ("newsletter", "nl", False, L(
        "Nieuwsbrief OBS De Regenboog - week 11",
        "Groep 5 heeft de voorleeswedstrijd gewonnen! " + m(N, "Noor") + " las voor uit Dikkie Dik en " + m(N, "Daan Hoekstra") +
        " uit Pluk van de Petteflet. Juf " + m(N, "Ilse") + " is heel trots.",
        "Meester " + m(N, "Ruud") + " is vanaf maandag met vaderschapsverlof; " + m(N, "Yara Postma") + " neemt groep 7 over.",
        "De Avond4daagse start op 4 juni bij het Burgemeester Visserpark.")),
    ("csv", "nl", False, L(
        "personeelsnr,achternaam,voornaam,bsn,geboortedatum,iban,afdeling,locatie",
        "1047," + m(N, "Jansen") + "," + m(N, "Eva") + "," + m(ID, "238716454") + "," + m(D, "1989-05-14") + "," +
        m(I, "NL17 RABO 4442 9481 73") + ",Inkoop,Utrecht",
        "1048," + m(N, "van den Berg") + "," + m(N, "Thijs") + "," + m(ID, "314529871") + "," + m(D, "1995-10-02") + "," +
        m(I, "NL63 INGB 0387 9811 35") + ",Logistiek,Tilburg",
        "1049," + m(N, "Bakker") + "," + m(N, "Mohammed") + "," + m(ID, "402193866") + "," + m(D, "1979-01-30") + "," +
        m(I, "NL92 ABNA 0119 7181 47") + ",ICT,Utrecht")),
    ("diary", "nl", False, L(
        "Verjaardagskalender (hangt op de wc)",
        "3 januari - " + "oma " + m(N, "Truus") + " (" + m(D, "3-1-1938") + ")",
        "17 februari - " + m(N, "Kees") + " en " + m(N, "Marloes") + " getrouwd (2004)",
        "22 april - " + m(N, "Lieke") + " (" + m(D, "22-4-2011") + ")",
        "9 augustus - " + "ome " + m(N, "Henk") + ", 70 jaar in 2025",
        "5 december - Sinterklaas!")),
    ("forum", "nl", False, L(
        "Tweakers Forum > Netwerken > Ziggo-modem geeft steeds nieuw IP",
        m(N, "dirkjanV") + " schreef: Sinds de update krijg ik elke nacht een ander adres, nu " + m(IP, "84.26.171.93") + ". Mijn "
        "Synology (MAC " + m(MAC, "00:11:32:9A:4C:E1") + ") is daardoor onbereikbaar.",
        m(N, "Femke_NL") + " schreef: Zet de modem in bridge-modus en gebruik DDNS. Werkt bij mij prima met de FRITZ!Box.",
        m(N, "dirkjanV") + " schreef: top " + m(N, "femke") + ", dat ga ik proberen")),
    ("fixture", "nl", False, L(
        "# tests/fixtures/klanten.yaml",
        "- id: 1",
        "  naam: " + m(N, "Piet Puk"),
        "  email: " + m(E, "piet.puk@example.nl"),
        "  telefoon: " + m(P, "020-5550123"),
        "  adres: " + m(A, "Voorbeeldstraat 1, 1234 AB Amsterdam"),
        "- id: 2",
        "  naam: " + m(N, "Jan Modaal"),
        "  email: " + m(E, "jan.modaal@example.nl"),
        "  telefoon: " + m(P, "010-5550188"),
        "  adres: " + m(A, "Proefweg 22, 3011 XX Rotterdam"))),
    # ---- Dutch hard negatives
    ("news", "nl", True, L(
        "Storm Ciar\u00e1n: code oranje voor Zeeland",
        "Het KNMI geeft code oranje af voor Zeeland en Noord-Holland. In Sint Maartensdijk en Sint-Michielsgestel zijn "
        "bomen omgewaaid. Het is de derde storm met een naam dit seizoen, na Agnes en Babet. NS rijdt minder treinen tussen "
        "Vlissingen en Roosendaal en de Pontveer Breskens blijft in de haven.")),
    ("fixtures", "nl", True, L(
        "Eredivisie speelronde 26",
        "Go Ahead Eagles - Heracles Almelo",
        "Willem II - NAC Breda",
        "Sparta Rotterdam - Fortuna Sittard",
        "De Graafschap - Roda JC (KKD)",
        "Samenvattingen in Studio Sport, daarna een documentaire over Johan Cruijff.")),
    ("menu", "nl", True, L(
        "Eetcaf\u00e9 De Gouden Leeuw",
        "Broodje kroket van Van Dobben / Uitsmijter / Hollandse nieuwe",
        "Kapsalon met friet / Sat\u00e9 met pindasaus",
        "Tompouce, Bossche bol, Berliner bol, Haagse bluf",
        "Drankjes: Spa rood, Chocomel, Heineken, Hertog Jan, Berenburg")),
    ("guide", "nl", True, L(
        "Rijksmuseum - familieroute",
        "Begin bij De Nachtwacht van Rembrandt en zoek de kapitein en de luitenant. Daarna Het Melkmeisje van Vermeer. In "
        "de museumwinkel vind je Nijntje, Dikkie Dik en Dik Trom, en in het Mauritshuis in Den Haag hangt Het meisje met de parel.")),
    ("docs", "nl", True, L(
        "Handleiding API - voorbeeldwaarden",
        "Gebruik in de testomgeving het voorbeeld-IBAN NL91 ABNA 0417 1643 00 en het e-mailadres test@example.nl.",
        "Als naam vul je bijvoorbeeld Jan Jansen of Piet Puk in. Testverzoeken komen van 198.51.100.77.",
        "Vervang <JOUW_API_SLEUTEL> door de sleutel uit het portaal.")),
    ("manual", "nl", True, L(
        "Snelstart slimme speaker",
        "Zeg \"Hey Google, zet de woonkamer aan\" of gebruik de Philips Hue-app. Siri werkt via Apple Woning. Alexa is in "
        "Nederland beschikbaar sinds 2024. Koppel daarna je Tado-thermostaat en de Ring-deurbel.")),
]

# ==================================================================== Polish
cases += [
    ("news", "pl", False, L(
        "Skar\u017cysko-Kamienna. Emerytka z\u0142apa\u0142a z\u0142odzieja na gor\u0105cym uczynku",
        "Pani " + m(N, "Halina Wr\u00f3bel") + " wraca\u0142a z targu, gdy zobaczy\u0142a m\u0119\u017cczyzn\u0119 mocuj\u0105cego si\u0119 z rowerem "
        "s\u0105siada. \u2013 Krzykn\u0119\u0142am tak, \u017ce ca\u0142e osiedle wysz\u0142o na balkony \u2013 \u015bmieje si\u0119 " +
        m(N, "Wr\u00f3blowa") + ". Rower nale\u017cy do " + m(N, "Tomasza Kubiaka") + ", kt\u00f3ry dzi\u0119kuje s\u0105siadce "
        "i obiecuje jej sernik.")),
    ("chat", "pl", False, L(
        m(N, "Kasia Nowicka") + " 19:02: hej " + m(N, "kuba") + ", masz jeszcze ten projektor?",
        m(N, "Jakub Zieli\u0144ski") + " 19:05: mam, dzi\u0119ki " + m(N, "kasia") + " \u017ce pytasz, bo " + m(N, "zuzia") + " te\u017c chcia\u0142a",
        m(N, "Kasia Nowicka") + " 19:06: to mo\u017ce najpierw " + m(N, "zuzi") + ", ja w sobot\u0119",
        m(N, "Zuzanna Lis") + " 19:20: kochani jeste\u015bcie \u2764\ufe0f odbior\u0119 w pi\u0105tek",
        m(N, "Jakub Zieli\u0144ski") + " 19:21: spoko, adres: " + m(A, "ul. \u015awi\u0119tokrzyska 18 m. 4, 00-116 Warszawa"))),
    ("form", "pl", False, L(
        "WNIOSEK O WYDANIE KARTY PARKINGOWEJ MIESZKA\u0143CA",
        "Imi\u0119 i nazwisko: " + m(N, "Ma\u0142gorzata W\u00f3jcik-Sadowska"),
        "PESEL: " + m(ID, "88022309183"),
        "Seria i numer dowodu osobistego: " + m(ID, "AYZ 483912"),
        "Data urodzenia: " + m(D, "23.02.1988"),
        "Adres zamieszkania: " + m(A, "ul. Jagiello\u0144ska 7/12, 31-010 Krak\u00f3w"),
        "Telefon: " + m(P, "+48 601 238 447"),
        "Nr rejestracyjny pojazdu: KR 5T812   Strefa: A")),
    ("obituary", "pl", False, L(
        "Z g\u0142\u0119bokim \u017calem zawiadamiamy, \u017ce dnia 4 marca 2024 r. zmar\u0142",
        "\u015bp. " + m(N, "Zbigniew Kaczmarczyk"),
        "ur. " + m(D, "14.11.1939") + " r., emerytowany nauczyciel fizyki",
        "Msza \u017calobna odb\u0119dzie si\u0119 w ko\u015bciele \u015bw. Floriana w Gliwicach. Pogr\u0105\u017ceni w smutku: \u017cona " +
        m(N, "Teresa") + ", c\u00f3rki " + m(N, "Ewa") + " i " + m(N, "Joanna") + " z rodzinami.")),
    ("minutes", "pl", False, L(
        "Protok\u00f3\u0142 z zebrania Wsp\u00f3lnoty Mieszkaniowej " + m(A, "ul. Mickiewicza 40, 60-833 Pozna\u0144"),
        "Obecni: " + m(N, "Krystyna Ma\u0107kowiak") + " (zarz\u0105d), " + m(N, "Pawe\u0142 Jaros") + ", " + m(N, "Irena Pietrzak") +
        ", " + m(N, "Oskar D\u0105browski") + ".",
        "Ad 3. Pan " + m(N, "Jaros") + " zg\u0142osi\u0142 przeciekaj\u0105cy dach nad klatk\u0105 B. Pani " + m(N, "Ma\u0107kowiak") +
        " poinformowa\u0142a, \u017ce firma Dach-Bud \u015aw. Micha\u0142 wyceni napraw\u0119 do ko\u0144ca miesi\u0105ca.")),
    ("ticket", "pl", False, L(
        "Zg\u0142oszenie #HD-3390: drukarka w pokoju 214 nie drukuje",
        "Zg\u0142aszaj\u0105cy: " + m(N, "Bart\u0142omiej Szyma\u0144ski") + " (" + m(E, "b.szymanski@urzad-wolomin.pl") + ")",
        "Drukarka HP LaserJet, MAC " + m(MAC, "3C:52:82:0F:7D:19") + ", IP " + m(IP, "10.20.4.37") + ". Po wymianie tonera "
        "komunikat Error 49.",
        "Przypisano: " + m(N, "mkowal") + ". Status: w toku.")),
    ("sports", "pl", False, L(
        "Klasa okr\u0119gowa: Orze\u0142 Sk\u0142oby \u2013 Polonia II Warszawa 2:1",
        "Gospodarze prowadzili po golu " + m(N, "Dawida Krawczyka") + ", wyr\u00f3wna\u0142 " + m(N, "Hubert Sowa") + ", a zwyci\u0119stwo "
        "da\u0142 rzut karny wykorzystany przez \u201e" + m(N, "Grubego") + "\u201d, czyli " + m(N, "Macieja Grubczaka") + ".")),
    # ---- Polish hard negatives
    ("menu", "pl", True, L(
        "Bar Mleczny Pod Or\u0142em \u2013 menu",
        "Pierogi ruskie / Bigos / Ko\u0142duny litewskie / Go\u0142\u0105bki",
        "Kotlet schabowy z mizeri\u0105",
        "Desery: Krem\u00f3wka papieska, Sernik, Ptasie mleczko E. Wedel, Pa\u0144ska sk\u00f3rka",
        "Napoje: kompot, \u017bubr\u00f3wka (tylko wieczorem), Tymbark")),
    ("fixtures", "pl", True, L(
        "PKO BP Ekstraklasa \u2013 25. kolejka",
        "Legia Warszawa \u2013 Wis\u0142a P\u0142ock",
        "Lech Pozna\u0144 \u2013 G\u00f3rnik Zabrze",
        "Jagiellonia Bia\u0142ystok \u2013 Pogo\u0144 Szczecin",
        "Rak\u00f3w Cz\u0119stochowa \u2013 Zag\u0142\u0119bie Lubin",
        "Skr\u00f3ty w Canal+ Sport i na Kanale Sportowym.")),
    ("news", "pl", True, L(
        "Orkan Ksawery wraca? Synoptycy ostrzegaj\u0105",
        "IMGW wyda\u0142o ostrze\u017cenia trzeciego stopnia dla Pomorza. Porywy wiatru mog\u0105 przekroczy\u0107 110 km/h w \u015awinouj\u015bciu "
        "i Ko\u0142obrzegu. Podobnie by\u0142o podczas orkan\u00f3w Grzegorz i Friederike. PKP Intercity odwo\u0142a\u0142o poci\u0105gi do Helu.")),
    ("docs", "pl", True, L(
        "Dane testowe",
        "W formularzach przyk\u0142adowych u\u017cywamy danych Jan Kowalski, jan.kowalski@example.com, ul. Przyk\u0142adowa.",
        "Numer PESEL w \u015brodowisku testowym: 00000000000 (walidacja wy\u0142\u0105czona).",
        "Adresy 203.0.113.0/24 s\u0105 zarezerwowane do dokumentacji. Token podajesz w nag\u0142\u00f3wku Authorization: Bearer <TOKEN>.")),
    ("guide", "pl", True, L(
        "Spacer po Krakowie",
        "Z Dworca G\u0142\u00f3wnego idziemy ulic\u0105 Floria\u0144sk\u0105 do Rynku, mijaj\u0105c Sukiennice i Ko\u015bci\u00f3\u0142 Mariacki. Dalej "
        "Collegium Maius, gdzie studiowa\u0142 Miko\u0142aj Kopernik, i Wawel ze smokiem wawelskim. Wracamy Alej\u0105 Jana Paw\u0142a II "
        "przez Rondo Mogilskie.")),
]

# ==================================================================== Swedish
cases += [
    ("news", "sv", False, L(
        "H\u00e4rn\u00f6sand: " + m(N, "Birgitta") + ", 77, hittade borttappad hund efter tre dygn",
        m(N, "Birgitta \u00c5kesson") + " var ute och plockade lingon vid S\u00e4lsten n\u00e4r hon h\u00f6rde ett svagt gn\u00e4ll. Hunden, "
        "en tax som heter Sixten, hade f\u00f6rsvunnit fr\u00e5n familjen " + m(N, "Lindqvist") + " i Sankt Olof i s\u00f6ndags.",
        "\u2013 Jag k\u00e4nde igen honom fr\u00e5n lappen p\u00e5 ICA, s\u00e4ger " + m(N, "Birgitta") + ". " + m(N, "S\u00f6ren Lindqvist") +
        " har lovat att bjuda p\u00e5 kaffe och prinsesst\u00e5rta.")),
    ("chat", "sv", False, L(
        m(N, "Oskar Holm") + " 08:12: tjena " + m(N, "linnea") + ", \u00e4r du p\u00e5 kontoret idag?",
        m(N, "Linnea Berg") + " 08:20: hej " + m(N, "oskar") + "! nej jobbar hemifr\u00e5n, fr\u00e5ga " + m(N, "eb") + " om nyckeln",
        m(N, "Oskar Holm") + " 08:21: tack " + m(N, "linnea") + " \U0001f64f",
        m(N, "Ebba Sund\u00e9n") + " 08:34: nyckeln ligger i receptionen, sagt till " + m(N, "Micke") + " i kassan")),
    ("form", "sv", False, L(
        "ANS\u00d6KAN OM MEDLEMSKAP \u2013 Bostadsr\u00e4ttsf\u00f6reningen Kv. Tallen",
        "Namn: " + m(N, "Amira Hassan Lundgren"),
        "Personnummer: " + m(ID, "19870412-3390"),
        "Nuvarande adress: " + m(A, "Storgatan 14B, 753 20 Uppsala"),
        "Telefon: " + m(P, "070-318 44 27") + "   E-post: " + m(E, "amira.lundgren@telia.com"),
        "Konto f\u00f6r \u00e5terbetalning av insats (IBAN): " + m(I, "SE29 9221 2919 8909 1828 5014"),
        "L\u00e4genhet: 1102, 3 rok, 78 kvm")),
    ("obituary", "sv", False, L(
        "V\u00e5r \u00e4lskade",
        m(N, "Ingrid Sj\u00f6berg"),
        "f\u00f6dd " + m(N, "Nilsson"),
        "* " + m(D, "14 juni 1935") + "   \u2020 2 mars 2024",
        "har i dag l\u00e4mnat oss i stor sorg och saknad.",
        m(N, "Lars") + " och " + m(N, "Eva"),
        m(N, "Kajsa") + ", " + m(N, "Vilgot"),
        "Begravningen \u00e4ger rum i S:t Olofs kyrka, Sigtuna.")),
    ("json", "sv", False, L(
        '{"device": "sensor-kok-01", "model": "Aqara T1", "mac": "' + m(MAC, "54:EF:44:2C:90:1B") + '", "ip": "' +
        m(IP, "192.168.68.114") + '",',
        ' "owner": "' + m(N, "Henrik Ekstr\u00f6m") + '", "owner_email": "' + m(E, "henrik.ekstrom@bredband2.se") + '",',
        ' "room": "K\u00f6k", "firmware": "1.3.6", "battery": 87, "ha_token": "' +
        m(K, "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiI5ZDRmMmE4YyJ9.k3Xr7QpV2mWz8nL5tHs1yB0cFgJdE4aU6oRiSvYw9Nq") + '"}')),
    ("minutes", "sv", False, L(
        "Protokoll, \u00e5rsm\u00f6te IK Sirius Innebandy F13, 2024-02-18",
        "N\u00e4rvarande: " + m(N, "Johanna Pettersson") + " (ordf.), " + m(N, "Mats Olausson") + " (kass\u00f6r), " + m(N, "Dragana Ili\u0107") +
        ", " + m(N, "Per-Erik Wall") + ".",
        "\u00a7 4. " + m(N, "Mats") + " redovisade att cupresan till G\u00f6teborg gick med 4 200 kr i \u00f6verskott.",
        "\u00a7 6. " + m(N, "Dragana") + " valdes till ny lagledare efter " + m(N, "Per-Erik") + ".")),
    ("review", "sv", False, L(
        "\u2605\u2605\u2605\u2605 Caf\u00e9 Kardemumma, Visby",
        "B\u00e4sta kanelbullarna p\u00e5 Gotland! " + m(N, "Alva") + " bakom disken gav oss tips om v\u00e4gen till Lummelunda. "
        "Kommer tillbaka.",
        "\u2013 " + m(N, "kalle_fiskare"))),
    # ---- Swedish hard negatives
    ("menu", "sv", True, L(
        "Dagens p\u00e5 Restaurang Tre Kronor",
        "Janssons frestelse / Toast Skagen / Oscarsschnitzel",
        "Pytt i panna med rödbetor / Pitepalt",
        "Prinsesst\u00e5rta, Gustav Adolfsbakelse, Kalles kaviar p\u00e5 \u00e4gg",
        "Dryck: Raml\u00f6sa, Julmust, Loka, Norrlands Guld")),
    ("fixtures", "sv", True, L(
        "Allsvenskan omg\u00e5ng 12",
        "Djurg\u00e5rden \u2013 Hammarby",
        "IFK G\u00f6teborg \u2013 Malm\u00f6 FF",
        "Mj\u00e4llby AIF \u2013 IK Sirius",
        "BK H\u00e4cken \u2013 Halmstads BK",
        "Alla matcher p\u00e5 Discovery+, studio med Zlatan Ibrahimovi\u0107 som g\u00e4st.")),
    ("news", "sv", True, L(
        "Stormen Hans drar in \u00f6ver V\u00e4stkusten",
        "SMHI utf\u00e4rdar orange varning f\u00f6r Halland och Bohusl\u00e4n. Som n\u00e4r Gudrun och Per drog fram v\u00e4ntas str\u00f6mavbrott. "
        "SJ st\u00e4ller in t\u00e5gen mellan G\u00f6teborg och Str\u00f6mstad, och Stena Line stoppar f\u00e4rjan till Frederikshavn.")),
    ("guide", "sv", True, L(
        "Junibacken \u2013 f\u00f6r hela familjen",
        "Res med sagot\u00e5get genom Astrid Lindgrens v\u00e4rld: Pippi L\u00e5ngstrump p\u00e5 Villa Villekulla, Emil i L\u00f6nneberga, "
        "Karlsson p\u00e5 taket och Ronja R\u00f6vardotter. I butiken finns Alfons \u00c5berg och Pettson och Findus.")),
    ("docs", "sv", True, L(
        "Exempeldata f\u00f6r integrationen",
        "Anv\u00e4nd testpersonnumret 19121212-1212 (Tolvan Tolvansson) och e-post test@example.se.",
        "Testkort: 4111 1111 1111 1111. Demo-servern svarar p\u00e5 192.0.2.80.",
        "Ers\u00e4tt DIN_API_NYCKEL med nyckeln fr\u00e5n utvecklarportalen.")),
]

# ==================================================================== Norwegian
cases += [
    ("news", "no", False, L(
        "Sandnes: 81-\u00e5ring strikket 300 luer til nyf\u00f8dte",
        "Siden pandemien har " + m(N, "Solveig Haugland") + " strikket luer til f\u00f8deavdelingen p\u00e5 Stavanger "
        "universitetssjukehus. \u2013 Det holder hodet i gang, sier " + m(N, "Haugland") + ", som f\u00e5r garn fra naboen " +
        m(N, "Tor Inge Ravndal") + ".",
        "Jordmor " + m(N, "Kristin Eide") + " forteller at foreldrene elsker luene.")),
    ("chat", "no", False, L(
        m(N, "Ingrid Aas") + " [14:03]: hei " + m(N, "sindre") + ", blir du med p\u00e5 Preikestolen l\u00f8rdag?",
        m(N, "Sindre Nyg\u00e5rd") + " [14:10]: ja!! takk " + m(N, "ingrid") + ". tar " + m(N, "magnus") + " med seg bilen?",
        m(N, "Ingrid Aas") + " [14:11]: sp\u00f8r ham selv, nr er " + m(P, "+47 918 44 203"),
        m(N, "Sindre Nyg\u00e5rd") + " [14:12]: flott, vi m\u00f8tes ved Kiwi p\u00e5 Tau kl 7")),
    ("form", "no", False, L(
        "S\u00d8KNAD OM BARNEHAGEPLASS \u2013 Trondheim kommune",
        "Barnets navn: " + m(N, "Aurora Bakken Lie") + "   F\u00f8dselsnummer: " + m(ID, "12042151651"),
        "Foresatt 1: " + m(N, "Eirik Lie") + ", f\u00f8dt " + m(D, "03.09.1989"),
        "Adresse: " + m(A, "Kongens gate 22, 7011 Trondheim"),
        "Telefon: " + m(P, "+47 452 19 880") + "   E-post: " + m(E, "eirik.lie@online.no"),
        "Kontonummer for refusjon: " + m(I, "NO46 0201 9939 337"),
        "\u00d8nsket barnehage: Sankt Olavs barnehage / Lilleby barnehage")),
    ("obituary", "no", False, L(
        "Min kj\u00e6re mann, v\u00e5r kj\u00e6re pappa, svigerfar og bestefar",
        m(N, "Arne Kristoffer Dahl"),
        "f\u00f8dt " + m(D, "19. juli 1944") + ", sovnet stille inn 28. februar 2024.",
        m(N, "Randi"),
        m(N, "Hilde") + " og " + m(N, "Bj\u00f8rn") + ", " + m(N, "Trond") + " og " + m(N, "Kari"),
        "Bisettelse fra Molde domkirke fredag kl. 12.")),
    ("sports", "no", False, L(
        "Tromsdalen IL G14 vant Nordlandscupen",
        "Keeper " + m(N, "Jonas Hansen Pedersen") + " holdt nullen i finalen mot Bod\u00f8/Glimt-akademiet, og kaptein " +
        m(N, "Sander") + " scoret det eneste m\u00e5let. Trener " + m(N, "Geir Arild Olsen") + " roser gutta: \u2013 Dette er "
        "fortjent. Takk til " + m(N, "Mona") + " og " + m(N, "Frode") + " som kj\u00f8rte.")),
    ("ticket", "no", False, L(
        "Sak 44102 \u2013 Wi-Fi p\u00e5 hytta",
        "Kunde: " + m(N, "Ragnhild Str\u00f8m") + ", " + m(E, "ragnhild.strom@gmail.com"),
        "Ruteren (MAC " + m(MAC, "B0:BE:76:14:2A:C3") + ") f\u00e5r ikke IP fra 4G-modemet. Kunden har satt statisk " + m(IP, "100.84.12.7") + ".",
        "Tekniker " + m(N, "Vegard") + ": fjernet statisk IP, DHCP aktivert, l\u00f8st.")),
    # ---- Norwegian hard negatives
    ("fixtures", "no", True, L(
        "Eliteserien runde 9",
        "Rosenborg \u2013 Molde",
        "Bod\u00f8/Glimt \u2013 V\u00e5lerenga",
        "Lillestr\u00f8m \u2013 Odd",
        "Sandefjord \u2013 Str\u00f8msgodset",
        "Se alle kampene p\u00e5 TV 2 Play.")),
    ("menu", "no", True, L(
        "Kafeteria Kong Haakon",
        "F\u00e5rik\u00e5l / Pinnekj\u00f8tt / Lutefisk med ertestuing",
        "Kvikk Lunsj, Solo, Farris, Freia Melkesjokolade",
        "Dessert: Tilsl\u00f8rte bondepiker, Krumkaker")),
    ("news", "no", True, L(
        "Ekstremv\u00e6ret Ingunn: r\u00f8dt farevarsel i Tr\u00f8ndelag",
        "Meteorologisk institutt sender ut r\u00f8dt farevarsel. Som under Hans og Dagmar ventes stengte veier. Hurtigruten "
        "innstiller anl\u00f8p i Kristiansund, og Vy stenger Dovrebanen.")),
    ("manual", "no", True, L(
        "Kom i gang",
        "Si \u00abHei Google\u00bb eller \u00abHey Siri\u00bb. Alexa er forel\u00f8pig ikke tilgjengelig p\u00e5 norsk. Koble Mill-ovnen og "
        "Nexa-stikkontaktene via Homey-appen. Testnettverket bruker 198.51.100.0/24.")),
    ("guide", "no", True, L(
        "Oslo p\u00e5 en dag",
        "Start p\u00e5 Karl Johans gate ved Stortinget, g\u00e5 opp til Slottet, og ta trikken til Vigelandsparken. Munchmuseet "
        "viser Skrik, og Frammuseet har Amundsens og Nansens skuter. Avslutt p\u00e5 Aker Brygge med en Ringnes.")),
]

# ==================================================================== Danish
cases += [
    ("news", "da", False, L(
        "Skt. Klemens: Nabohj\u00e6lp reddede familie fra brand",
        "Det var " + m(N, "Mette Kj\u00e6rgaard") + ", 44, der opdagede r\u00f8gen fra naboens carport kl. 3 om natten. Hun vækkede "
        "familien " + m(N, "Thygesen") + " ved at banke p\u00e5 soveværelsesvinduet.",
        "\u2013 Uden " + m(N, "Mette") + " var det g\u00e5et galt, siger " + m(N, "Rasmus Thygesen") + ", der nu bor hos sin "
        "svigermor i Dalum, mens huset bliver sat i stand.")),
    ("chat", "da", False, L(
        m(N, "Freja Holm") + ", 17:40: hej " + m(N, "mads") + ", har du husket kagen til farmors f\u00f8dselsdag?",
        m(N, "Mads Vestergaard") + ", 17:52: tak " + m(N, "freja") + ", den glemte jeg totalt \U0001f605 k\u00f8ber en hos Lagkagehuset",
        m(N, "Freja Holm") + ", 17:53: k\u00f8b ogs\u00e5 Anthon Berg til bedstefar!",
        m(N, "Mads Vestergaard") + ", 17:55: ok boss")),
    ("form", "da", False, L(
        "INDMELDELSESBLANKET \u2013 Frederiksberg Roklub",
        "Navn: " + m(N, "Jonas Kjeldsen Munk"),
        "CPR-nr.: " + m(ID, "120388-1437"),
        "Adresse: " + m(A, "N\u00f8rrebrogade 112, 2. tv., 2200 K\u00f8benhavn N"),
        "Mobil: " + m(P, "+45 28 19 44 07") + "   E-mail: " + m(E, "jonas.munk@mail.dk"),
        "Betaling via PBS, konto: " + m(I, "DK24 2754 7736 9769 23"),
        "Holdtype: Motionsroning, tirsdag/torsdag")),
    ("obituary", "da", False, L(
        "Vores elskede mor, svigermor og mormor",
        m(N, "Else Margrethe Bach"),
        "f. " + m(D, "2. april 1938") + " i Vejle",
        "er stille sovet ind. Savnet af " + m(N, "Henning") + ", " + m(N, "Lone") + " og " + m(N, "Peter") + " samt b\u00f8rneb\u00f8rn.",
        "Bisættelse fra Sankt Nikolaj Kirke, Vejle, l\u00f8rdag kl. 11.")),
    ("minutes", "da", False, L(
        "Referat af generalforsamling, Grundejerforeningen Solsikken, 7. marts 2024",
        "Dirigent: " + m(N, "Bent Overgaard") + ". Referent: " + m(N, "Sanne Lykke") + ".",
        "Formand " + m(N, "Kim Juhl Andersen") + " aflagde beretning. Der blev spurgt til vejbump p\u00e5 H.C. Andersens Vej.",
        "Valg: " + m(N, "Nadia Rahimi") + " blev valgt til bestyrelsen i stedet for " + m(N, "Overgaard") + ", der ikke \u00f8nskede genvalg.")),
    ("review", "da", False, L(
        "Trustpilot \u2605\u2605\u2605\u2605\u2605 \u2013 Cykelsmeden Nordvest",
        "Fik skiftet kæde og bremser samme dag. " + m(N, "Ahmad") + " forklarede alt grundigt og tog sig god tid. Anbefales!",
        "\u2013 " + m(N, "Louise K."), "",
        "Svar fra virksomheden: Tak " + m(N, "Louise") + ", vi gl\u00e6der os til at se dig igen.")),
    # ---- Danish hard negatives
    ("fixtures", "da", True, L(
        "3F Superliga, 22. runde",
        "Br\u00f8ndby IF \u2013 FC K\u00f8benhavn",
        "AGF \u2013 Randers FC",
        "Vejle Boldklub \u2013 Silkeborg IF",
        "Kampene vises p\u00e5 TV3 Sport og Kanal 5.")),
    ("menu", "da", True, L(
        "Restaurant Ida Davidsen",
        "Sm\u00f8rrebr\u00f8d: Stjerneskud, Hans Christian Andersen, Dyrlægens natmad, Rullep\u00f8lse med sky",
        "Efter maden: Gammel Dansk eller Arnbitter",
        "\u00d8l: Carlsberg, Tuborg Classic, Mikkeller")),
    ("news", "da", True, L(
        "Stormen Malik rammer Jylland",
        "DMI varsler orkanst\u00f8d ved Thybor\u00f8n og Hvide Sande. Efter Bodil og Allan har stormene f\u00e5et navne fra den f\u00e6lles "
        "nordiske liste; Malik er den f\u00f8rste i \u00e5r. DSB aflyser tog over Storeb\u00e6ltsbroen.")),
    ("guide", "da", True, L(
        "Odense for b\u00f8rn",
        "Bes\u00f8g H.C. Andersens Hus og se Den lille havfrue, Den grimme \u00e6lling og Kejserens nye kl\u00e6der. Bagefter kan I "
        "spise is p\u00e5 Vestergade og tage toget videre til LEGOLAND i Billund.")),
    ("docs", "da", True, L(
        "Testdata",
        "Brug CPR-nummer 010101-0000 (testperson Jens Hansen) og e-mail bruger@example.dk i testmilj\u00f8et.",
        "Eksempel-IP: 203.0.113.42. Erstat <DIN_TOKEN> med din personlige token fra portalen.")),
]

# ==================================================================== Finnish
cases += [
    ("news", "fi", False, L(
        "Pyh\u00e4j\u00e4rvel\u00e4inen " + m(N, "Veikko") + ", 79, l\u00f6ysi kadonneen sormuksen perunamaalta",
        m(N, "Veikko H\u00e4m\u00e4l\u00e4inen") + " oli kitkem\u00e4ss\u00e4 rikkaruohoja, kun maasta pilkisti kultainen sormus. Se oli "
        "kadonnut h\u00e4nen vaimoltaan " + m(N, "Sirkalta") + " jo vuonna 1987.",
        "\u2013 Kyll\u00e4 se " + m(N, "Sirkka") + " itki, kun n\u00e4ytin sit\u00e4, " + m(N, "H\u00e4m\u00e4l\u00e4inen") + " kertoo. "
        "Sormuksen puhdisti paikallinen kultasepp\u00e4 " + m(N, "Juha Kettunen") + ".")),
    ("chat", "fi", False, L(
        m(N, "Aino Lehtinen") + " klo 16.02: moi " + m(N, "jonne") + ", ootko jo s\u00e4hk\u00f6ll\u00e4?",
        m(N, "Jonne Rautio") + " klo 16.05: joo kiitti " + m(N, "aino") + ", tuun puol tuntia my\u00f6h\u00e4ss\u00e4",
        m(N, "Aino Lehtinen") + " klo 16.06: ok. sano " + m(N, "villelle") + " et ottaa Fazerin sinist\u00e4 mukaan",
        m(N, "Ville K") + " klo 16.20: otin jo \U0001f36b")),
    ("form", "fi", False, L(
        "VUOKRAHAKEMUS \u2013 As Oy Tampereen Koivukuja",
        "Nimi: " + m(N, "Emilia Sofia Nieminen"),
        "Henkil\u00f6tunnus: " + m(ID, "240389-417A"),
        "Nykyinen osoite: " + m(A, "Hämeenkatu 21 B 14, 33200 Tampere"),
        "Puhelin: " + m(P, "040 712 3388") + "   S\u00e4hk\u00f6posti: " + m(E, "emilia.nieminen@outlook.fi"),
        "Tilinumero takuuvuokraa varten: " + m(I, "FI98 2463 2570 1503 86"),
        "Haettava asunto: 2h+k+s, 54 m\u00b2")),
    ("obituary", "fi", False, L(
        "Rakkaamme",
        m(N, "Aili Marjatta Koskinen"),
        "o.s. " + m(N, "Heikkil\u00e4"),
        "s. " + m(D, "2.7.1932") + " Kiuruvesi",
        "k. 9.3.2024 Kuopio",
        "Kaivaten " + m(N, "Pentti") + ", " + m(N, "Marja") + " ja " + m(N, "Jukka") + " perheineen.",
        "Siunaus Kuopion tuomiokirkossa.")),
    ("minutes", "fi", False, L(
        "P\u00f6yt\u00e4kirja \u2013 As Oy Riihiranta, yhti\u00f6kokous 21.3.2024",
        "L\u00e4sn\u00e4: " + m(N, "Markku Laaksonen") + " (pj.), " + m(N, "Tiina Virtanen") + ", " + m(N, "Olli-Pekka Saarinen") + ", " +
        m(N, "Hanna Mustonen") + " (is\u00e4nn\u00f6itsij\u00e4, Isännöinti Kivikko Oy).",
        "5 \u00a7 " + m(N, "Saarinen") + " ehdotti s\u00e4hk\u00f6autojen latauspisteit\u00e4. " + m(N, "Mustonen") + " pyyt\u00e4\u00e4 "
        "tarjoukset Fortumilta ja Heleniltä.")),
    ("forum", "fi", False, L(
        "Suomi24 \u203a Autot \u203a Toyota Corolla 2012 \u2013 jarrut vinkuu",
        m(N, "Pertsa_66") + " kirjoitti: Vaihdettiin palat mutta vinkuu edelleen.",
        m(N, "koneinsinoori_T") + " kirjoitti: Levyt vaihtoon. K\u00e4y " + m(N, "Jarin") + " pajalla Nokialla, tekee halvalla.",
        m(N, "Pertsa_66") + " kirjoitti: kiitos, soitan " + m(N, "Jarille") + " huomenna")),
    # ---- Finnish hard negatives
    ("fixtures", "fi", True, L(
        "Veikkausliiga, 8. kierros",
        "HJK \u2013 KuPS",
        "Ilves \u2013 Inter Turku",
        "SJK \u2013 FC Lahti",
        "VPS \u2013 IFK Mariehamn",
        "Ottelut Ruudussa ja MTV3:lla.")),
    ("menu", "fi", True, L(
        "Kahvila Pikku Myy",
        "Karjalanpiirakka munavoilla / Lihapiirakka / Korvapuusti",
        "Runebergintorttu (helmikuu), Mignon-muna, Fazerin Sininen",
        "Juomat: Jaffa, Lonkero, Koskenkorva, kotikalja")),
    ("guide", "fi", True, L(
        "Muumimaailma Naantalissa",
        "Tapaa Muumipeikko, Pikku Myy, Nuuskamuikkunen ja Haisuli. Muumitalossa asuvat Muumimamma ja Muumipappa. Helsingin "
        "Sibelius-monumentti ja Ateneumin Tove Jansson -n\u00e4yttely sopivat paluumatkalle.")),
    ("news", "fi", True, L(
        "Myrsky Aapeli katkaisi s\u00e4hk\u00f6t Ahvenanmaalla",
        "Ilmatieteen laitos varoitti tuulesta Pyh\u00e4rannassa ja Pyh\u00e4joella. Myrskyt Kustaa ja Pauliina aiheuttivat aiemmin "
        "vastaavia katkoja. Viking Line perui vuoron Turusta Tukholmaan.")),
    ("docs", "fi", True, L(
        "Testiymp\u00e4rist\u00f6n esimerkkiarvot",
        "Henkil\u00f6tunnus: 010101-123N (keksitty testitunnus, Matti Meik\u00e4l\u00e4inen), s\u00e4hk\u00f6posti matti@example.fi.",
        "Palvelin: 192.0.2.110. Korvaa API_AVAIN omalla avaimellasi.")),
]

# ==================================================================== Turkish
cases += [
    ("news", "tr", False, L(
        "Kad\u0131k\u00f6y'de emekli \u00f6\u011fretmen, sokak kedileri i\u00e7in kul\u00fcbe yapt\u0131",
        "Moda'da oturan " + m(N, "Nermin Aksoy") + " (68), kom\u015fusu " + m(N, "Hasan") + " Bey'in yard\u0131m\u0131yla 40 kul\u00fcbe yapt\u0131. "
        "\u201cKediler bizim \u00e7ocuklar\u0131m\u0131z\u201d diyen " + m(N, "Aksoy") + ", malzemeleri torunu " + m(N, "Deniz Y\u0131lmaz") +
        "'\u0131n \u00fcniversitedeki arkada\u015flar\u0131n\u0131n topladığını anlatt\u0131.")),
    ("chat", "tr", False, L(
        "[22:14] " + m(N, "Elif \u015eahin") + ": selam " + m(N, "mert") + ", yar\u0131nki ma\u00e7a geliyor musun?",
        "[22:16] " + m(N, "Mert Kaya") + ": geliyorum, sa\u011f ol " + m(N, "elif") + " \U0001f64c " + m(N, "burak") + " da gelecek",
        "[22:17] " + m(N, "Elif \u015eahin") + ": s\u00fcper. " + m(N, "burak") + "'a s\u00f6yle biletleri Passolig'den als\u0131n",
        "[22:30] " + m(N, "Burak \u00d6zt\u00fcrk") + ": ald\u0131m kanka, Kuzey Trib\u00fcn 114. blok")),
    ("form", "tr", False, L(
        "\u00dcYEL\u0130K FORMU \u2013 Bostanc\u0131 Spor Kul\u00fcb\u00fc",
        "Ad\u0131 Soyad\u0131: " + m(N, "Ay\u015fe Nur Y\u0131ld\u0131r\u0131m"),
        "T.C. Kimlik No: " + m(ID, "38492017510"),
        "Do\u011fum Tarihi: " + m(D, "17.05.1996"),
        "Adres: " + m(A, "Ba\u011fdat Caddesi No: 214 D: 6, 34728 Kad\u0131k\u00f6y/\u0130stanbul"),
        "Cep Telefonu: " + m(P, "0532 418 77 09"),
        "IBAN: " + m(I, "TR40 0397 8078 0650 8584 2391 61"),
        "Bran\u015f: Y\u00fczme (yeti\u015fkin)")),
    ("obituary", "tr", False, L(
        "VEFAT",
        "Merhum " + m(N, "Ali R\u0131za Karaca") + "'n\u0131n e\u015fi, " + m(N, "Serkan") + " ve " + m(N, "G\u00fcl\u015fen") +
        "'in sevgili anneleri " + m(N, "Fatma Karaca") + " Hakk'\u0131n rahmetine kavu\u015fmu\u015ftur.",
        "Cenazesi \u00f6\u011fle namaz\u0131n\u0131 m\u00fcteakip Bursa Emir Sultan Camii'nden kald\u0131r\u0131lacakt\u0131r.")),
    ("minutes", "tr", False, L(
        "YE\u015e\u0130LVADİ S\u0130TES\u0130 OLA\u011eAN GENEL KURUL TUTANA\u011eI",
        "Divan Ba\u015fkan\u0131: " + m(N, "Kemal Do\u011fan") + "; Yazman: " + m(N, "Zeynep Ar\u0131kan") + ".",
        "Y\u00f6netici " + m(N, "Levent \u00c7elik") + " bah\u00e7e sulama sistemi i\u00e7in Fatih Peyzaj'dan teklif ald\u0131\u011f\u0131n\u0131 bildirdi. "
        "B blok sakinlerinden " + m(N, "H\u00fclya") + " Han\u0131m otopark \u015fikayetini iletti.",
        "Aidat 1.250 TL olarak oy birli\u011fiyle kabul edildi.")),
    ("ticket", "tr", False, L(
        "Destek Talebi #TR-55810 \u2013 \u0130ade",
        "M\u00fc\u015fteri: " + m(N, "Onur Demirta\u015f") + " <" + m(E, "onur.demirtas@hotmail.com") + ">",
        "Sipari\u015f: Arzum Okka kahve makinesi. \u00d6deme kart\u0131: " + m(C, "5412 6889 6617 8579") + ".",
        "Not (" + m(N, "seda.k") + "): iade kargosu Aras Kargo ile teslim al\u0131nd\u0131, tutar karta iade edildi.")),
    # ---- Turkish hard negatives
    ("fixtures", "tr", True, L(
        "Trendyol S\u00fcper Lig \u2013 28. hafta",
        "Galatasaray \u2013 Fenerbah\u00e7e",
        "Be\u015fikta\u015f \u2013 Trabzonspor",
        "Kas\u0131mpa\u015fa \u2013 Fatih Karag\u00fcmr\u00fck",
        "Ma\u00e7lar beIN Sports'ta.")),
    ("menu", "tr", True, L(
        "Hac\u0131 Abdullah Lokantas\u0131 \u2013 G\u00fcn\u00fcn Men\u00fcs\u00fc",
        "\u0130mam bay\u0131ld\u0131, Hünkar be\u011fendi, Ali Nazik kebab\u0131, Kad\u0131nbudu k\u00f6fte, Hasanpa\u015fa k\u00f6ftesi",
        "Tatl\u0131: Kazandibi, Hanımgöbeği, Dilber duda\u011f\u0131",
        "\u0130\u00e7ecek: Ayran, \u015falgam, Uluda\u011f gazoz")),
    ("guide", "tr", True, L(
        "\u0130stanbul'da bir g\u00fcn",
        "Sultanahmet'ten ba\u015flay\u0131n, Ayasofya ve Topkap\u0131 Saray\u0131'n\u0131 gezin. Fatih Sultan Mehmet K\u00f6pr\u00fcs\u00fc'nden Anadolu "
        "yakas\u0131na ge\u00e7ip Kuzguncuk'ta kahvalt\u0131 yap\u0131n. Ak\u015fam Atat\u00fcrk K\u00fclt\u00fcr Merkezi'nde konser var; d\u00f6n\u00fc\u015fte "
        "Sabiha G\u00f6k\u00e7en Havaliman\u0131'na Marmaray ile gidebilirsiniz.")),
    ("docs", "tr", True, L(
        "Test ortam\u0131 i\u00e7in \u00f6rnek veriler",
        "T.C. Kimlik No alan\u0131na test i\u00e7in 11111111110 girin. \u00d6rnek m\u00fc\u015fteri: Ahmet Y\u0131lmaz, ahmet@example.com.",
        "Test kart\u0131: 4242 4242 4242 4242. API adresi: 203.0.113.20. <API_ANAHTARI> yerine kendi anahtar\u0131n\u0131z\u0131 yaz\u0131n.")),
]

# ==================================================================== Romanian
cases += [
    ("news", "ro", False, L(
        "Sf\u00e2ntu Gheorghe: o t\u00e2n\u0103r\u0103 a returnat un portofel cu 5.000 de lei",
        m(N, "Ioana Popescu") + ", 34 de ani, a g\u0103sit portofelul \u00een parcarea de la Kaufland. \u00cen\u0103untru erau actele lui " +
        m(N, "Gheorghe Bal\u00e1zs") + ", un pensionar din Covasna.",
        "\u201eAm sunat imediat la poli\u021bie\u201d, spune " + m(N, "Ioana") + ". Domnul " + m(N, "Bal\u00e1zs") + " i-a dus a doua zi "
        "o pr\u0103jitur\u0103 cu mere.")),
    ("chat", "ro", False, L(
        "[10:02] " + m(N, "Ioana Dumitru") + ": salut " + m(N, "andrei") + ", ai trimis oferta la client?",
        "[10:05] " + m(N, "Andrei-Mihai Constantinescu") + ": da, mersi " + m(N, "ioana") + ". am pus-o \u0219i pe Drive",
        "[10:06] " + m(N, "Ioana Dumitru") + ": super. zi-i \u0219i lui " + m(N, "vlad") + " s\u0103 verifice pre\u021burile",
        "[10:15] " + m(N, "Vlad Ene") + ": verificat, totul ok \U0001f44c")),
    ("form", "ro", False, L(
        "CERERE DE ABONAMENT \u2013 Biblioteca Jude\u021bean\u0103 Octavian Goga Cluj",
        "Nume \u0219i prenume: " + m(N, "Ana-Maria Rus"),
        "CNP: " + m(ID, "2850317120035"),
        "Data na\u0219terii: " + m(D, "17.03.1985"),
        "Domiciliu: " + m(A, "Str. Mihai Eminescu nr. 27, bl. A3, ap. 12, 400012 Cluj-Napoca"),
        "Telefon: " + m(P, "0745 219 330") + "   E-mail: " + m(E, "anamaria.rus85@yahoo.com"),
        "Ocupa\u021bie: profesor")),
    ("obituary", "ro", False, L(
        "Cu adânc\u0103 durere anun\u021b\u0103m trecerea la cele ve\u0219nice a dragului nostru",
        m(N, "Constantin Niculescu"),
        "(n. " + m(D, "11 ianuarie 1942") + " \u2013 d. 5 martie 2024)",
        "So\u021bia " + m(N, "Elena") + ", copiii " + m(N, "Radu") + " \u0219i " + m(N, "Mihaela") + ". Slujba de \u00eenmorm\u00e2ntare va avea loc "
        "la Biserica Sf\u00e2ntul Nicolae din Bra\u0219ov.")),
    ("minutes", "ro", False, L(
        "PROCES-VERBAL \u2013 Asocia\u021bia de Proprietari Bloc M4, " + m(A, "Calea Victoriei 118, 010093 Bucure\u0219ti"),
        "Prezen\u021bi: " + m(N, "Doina Stanciu") + " (pre\u0219edinte), " + m(N, "Florin Marinescu") + " (administrator), " +
        m(N, "Cristian Ro\u0219u") + ", " + m(N, "Gabriela Toma") + ".",
        "Dl " + m(N, "Marinescu") + " prezint\u0103 situa\u021bia restan\u021belor. Dna " + m(N, "Toma") + " propune contractarea firmei "
        "Sf. Ilie Construct pentru repara\u021bia acoperi\u0219ului. IBAN asocia\u021bie: " + m(I, "RO90 BTRL 2205 4472 5767 9520") + ".")),
    # ---- Romanian hard negatives
    ("fixtures", "ro", True, L(
        "SuperLiga \u2013 etapa a 25-a",
        "FCSB \u2013 CFR Cluj",
        "Universitatea Craiova \u2013 Rapid Bucure\u0219ti",
        "Farul Constan\u021ba \u2013 Petrolul Ploie\u0219ti",
        "Meciurile se v\u0103d pe Digi Sport \u0219i Prima Sport.")),
    ("menu", "ro", True, L(
        "Restaurant Caru' cu Bere \u2013 meniu",
        "Sarmale cu m\u0103m\u0103lig\u0103 / Mici / Ciorb\u0103 r\u0103d\u0103u\u021bean\u0103 / Salat\u0103 de boeuf",
        "Desert: Papana\u0219i, Cozonac, Amandin\u0103",
        "B\u0103uturi: \u021auic\u0103, Ursus, Borsec")),
    ("guide", "ro", True, L(
        "Bucure\u0219ti \u00een 24 de ore",
        "De pe Calea Victoriei ajunge\u021bi la Ateneul Rom\u00e2n \u0219i Pia\u021ba Revolu\u021biei. Pe Bulevardul Regina Elisabeta g\u0103si\u021bi "
        "Cercul Militar. Muzeul Antipa e l\u00e2ng\u0103 Pia\u021ba Victoriei, iar de la Aeroportul Henri Coand\u0103 pleac\u0103 trenul spre "
        "Gara de Nord. Statuia lui Mihai Viteazul se afl\u0103 \u00een Pia\u021ba Universit\u0103\u021bii.")),
    ("docs", "ro", True, L(
        "Date de test",
        "Folosi\u021bi CNP-ul fictiv 1900101000000 \u0219i numele Ion Popescu (exemplu). E-mail: ion.popescu@example.ro.",
        "Serverul de test: 198.51.100.90. \u00cenlocui\u021bi <CHEIA_API> cu cheia din cont.")),
]

# ==================================================================== Czech
cases += [
    ("news", "cs", False, L(
        "Jind\u0159ich\u016fv Hradec: D\u016fchodkyn\u011b na\u0161la v lese ztracen\u00e9ho chlapce",
        m(N, "Jana Nov\u00e1kov\u00e1") + " (58) \u0161la na houby, kdy\u017e uslyšela pl\u00e1\u010d. Osmilet\u00fd " + m(N, "Mat\u011bj") +
        " se ztratil rodi\u010d\u016fm na t\u00e1bo\u0159e u rybn\u00edka Vajgar.",
        "\u201eV\u016fbec nebre\u010del, jen m\u011bl hlad,\u201c \u0159\u00edk\u00e1 pan\u00ed " + m(N, "Nov\u00e1kov\u00e1") + ". Otec chlapce " +
        m(N, "Radek Vesel\u00fd") + " j\u00ed chce pod\u011bkovat osobn\u011b.")),
    ("chat", "cs", False, L(
        m(N, "Veronika Dvo\u0159\u00e1kov\u00e1") + " 18:22: ahoj " + m(N, "tome") + ", jde\u0161 v p\u00e1tek na Spartu?",
        m(N, "Tom\u00e1\u0161 Hor\u00e1k") + " 18:30: jo! d\u00edky " + m(N, "ver\u010do") + " za l\u00edstky \U0001f3df\ufe0f",
        m(N, "Veronika Dvo\u0159\u00e1kov\u00e1") + " 18:31: vezmi i " + m(N, "pepu") + ", m\u00e1 narozky",
        m(N, "Josef Mal\u00fd") + " 18:45: jsem tam, d\u00edk za pozv\u00e1n\u00ed")),
    ("form", "cs", False, L(
        "P\u0158IHL\u00c1\u0160KA K ODB\u011aRU ELEKT\u0158INY",
        "Jm\u00e9no a p\u0159\u00edjmen\u00ed: " + m(N, "Lucie Marešov\u00e1"),
        "Rodn\u00e9 \u010d\u00edslo: " + m(ID, "885612/1230"),
        "\u010c\u00edslo OP: " + m(ID, "205418773"),
        "Adresa odb\u011brn\u00e9ho m\u00edsta: " + m(A, "Vinohradsk\u00e1 1511/230, 100 00 Praha 10"),
        "Telefon: " + m(P, "+420 603 118 472"),
        "\u010c\u00edslo \u00fa\u010dtu (IBAN): " + m(I, "CZ32 1156 2810 6043 1589 2399"),
        "Tarif: D02d, jisti\u010d 3x25 A")),
    ("obituary", "cs", False, L(
        "S bolest\u00ed v srdci ozn\u00e1mujeme, \u017ee n\u00e1s navždy opustil",
        "pan " + m(N, "Ji\u0159\u00ed Kratochv\u00edl"),
        "narozen " + m(D, "4. 3. 1938") + ", zem\u0159el 12. 2. 2024.",
        "Zarmoucen\u00e1 manželka " + m(N, "Marie") + ", dcera " + m(N, "Petra") + " a syn " + m(N, "Martin") + " s rodinami.",
        "Posledn\u00ed rozlou\u010den\u00ed se kon\u00e1 v kostele sv. V\u00e1clava v Olomouci.")),
    ("minutes", "cs", False, L(
        "Z\u00e1pis ze sch\u016fze SVJ " + m(A, "Masarykova 14, 602 00 Brno"),
        "P\u0159\u00edtomni: " + m(N, "Ladislav \u010cern\u00fd") + " (p\u0159edseda), " + m(N, "Hana Proch\u00e1zkov\u00e1") + ", " +
        m(N, "Ond\u0159ej Kub\u00ed\u010dek") + ", " + m(N, "Eva Pol\u00e1\u010dkov\u00e1") + ".",
        "Pan " + m(N, "\u010cern\u00fd") + " informoval o v\u00fdm\u011bn\u011b v\u00fdtahu firmou Schindler. Pan\u00ed " + m(N, "Proch\u00e1zkov\u00e1") +
        " navrhla oslovit tak\u00e9 firmu Otis.")),
    # ---- Czech hard negatives
    ("fixtures", "cs", True, L(
        "Chance Liga \u2013 22. kolo",
        "Sparta Praha \u2013 Slavia Praha",
        "Ban\u00edk Ostrava \u2013 Viktoria Plze\u0148",
        "Bohemians Praha 1905 \u2013 Dukla Praha",
        "P\u0159\u00edm\u00fd p\u0159enos na O2 TV Sport.")),
    ("menu", "cs", True, L(
        "Hospoda U Zlat\u00e9ho tygra \u2013 denn\u00ed menu",
        "Sv\u00ed\u010dkov\u00e1 na smetan\u011b / Vep\u0159o knedlo zelo / \u0160pan\u011blsk\u00fd pt\u00e1\u010dek / Moravsk\u00fd vrabec",
        "Pivo: Pilsner Urquell, Staropramen, Kozel",
        "Digestiv: Becherovka, Fernet Stock. Pro d\u011bti Kofola.")),
    ("guide", "cs", True, L(
        "Praha pro rodiny",
        "Z V\u00e1clavsk\u00e9ho n\u00e1m\u011bst\u00ed k soše sv. V\u00e1clava, pak Karl\u016fv most a Mal\u00e1 Strana. V muzeu hra\u010dek najdete "
        "Krte\u010dka, Rumcajse a Mach a \u0160ebestovou; v hospod\u011b U Kalicha visí obrazy dobrého vojáka \u0160vejka.")),
    ("docs", "cs", True, L(
        "Testovac\u00ed \u00fadaje",
        "Jako vzorov\u00e9 jm\u00e9no pou\u017e\u00edvejte Jan Nov\u00e1k, e-mail jan.novak@example.cz.",
        "Testovac\u00ed karta 5555 5555 5555 4444. Server: 192.0.2.200. Token zadejte m\u00edsto <VAS_TOKEN>.")),
]

# ==================================================================== Mixed structures: dumps, issues, bot channels, catalogues
cases += [
    ("sql", "de", False, L(
        "-- Dump der Tabelle kunden (Auszug), erstellt 2024-04-02",
        "INSERT INTO kunden (id, vorname, nachname, email, geburtsdatum, tarif, filiale) VALUES",
        "  (5501, '" + m(N, "Heike") + "', '" + m(N, "Sch\u00fcrmann") + "', '" + m(E, "heike.schuermann@t-online.de") + "', '" +
        m(D, "1967-08-30") + "', 'Strom Fix 24', 'Sankt Augustin'),",
        "  (5502, '" + m(N, "Milan") + "', '" + m(N, "Petrovi\u0107") + "', '" + m(E, "milan.petrovic@gmx.net") + "', '" +
        m(D, "1993-01-12") + "', '\u00d6kostrom Plus', 'Bad Honnef'),",
        "  (5503, '" + m(N, "Ute") + "', '" + m(N, "von Ahlen") + "', '" + m(E, "ute.vonahlen@posteo.de") + "', '" +
        m(D, "1951-12-04") + "', 'Strom Fix 24', 'Siegburg');")),
    ("html", "es", False, L(
        "<h2>Cuadro m\u00e9dico \u2013 Centro de Salud San Roque</h2>",
        "<table>",
        "<tr><th>Profesional</th><th>Especialidad</th><th>Consulta</th><th>Tel\u00e9fono</th></tr>",
        "<tr><td>Dra. " + m(N, "Nuria Castells Vives") + "</td><td>Medicina de familia</td><td>12</td><td>" + m(P, "93 412 58 60") + "</td></tr>",
        "<tr><td>Dr. " + m(N, "Ahmed Benchekroun") + "</td><td>Pediatr\u00eda</td><td>4</td><td>" + m(P, "93 412 58 64") + "</td></tr>",
        "<tr><td>Enfermer\u00eda</td><td>Curas y vacunas</td><td>1-3</td><td>\u2014</td></tr>",
        "</table>")),
    ("issue", "en", False, L(
        "Issue #2318: rate limiter blocks real users behind carrier-grade NAT",
        "",
        "The docs use 192.0.2.1 as the example client address, which is fine, but in staging our QA account got locked out. "
        "Relevant log lines:",
        "```",
        "2024-06-11T09:14:02Z WARN ratelimit: 429 for user=" + m(E, "qa.lead@example.com") + " ip=" + m(IP, "203.0.113.77") + " path=/login",
        "2024-06-11T09:14:05Z WARN ratelimit: 429 for user=" + m(E, "qa.lead@example.com") + " ip=" + m(IP, "203.0.113.77") + " path=/login",
        "```",
        "Reported by " + m(N, "okafor-chidi") + ", cc " + m(N, "lmbrandt"))),
    ("chat", "en", False, L(
        "Discord export - #raid-night",
        "[20:58] " + m(N, "xX_Valk_Xx") + ": yo " + m(N, "benji") + " u on tonight?",
        "[20:59] " + m(N, "benjiboy99") + ": ya, give me 5. is " + m(N, "tash") + " tanking again",
        "[21:00] " + m(N, "Tash") + " \U0001f6e1\ufe0f: obviously. " + m(N, "valk") + " stop pulling before i'm ready pls",
        "[21:00] MEE6: \U0001f389 " + m(N, "benjiboy99") + " just advanced to level 42!",
        "[21:01] " + m(N, "xX_Valk_Xx") + ": no promises \U0001f608")),
    ("sql", "it", False, L(
        "SELECT p.id, p.nome, p.cognome, p.codice_fiscale, p.telefono, r.reparto, r.letto",
        "FROM pazienti p JOIN ricoveri r ON r.paziente_id = p.id WHERE r.data_uscita IS NULL;",
        "",
        " id  | nome     | cognome   | codice_fiscale   | telefono        | reparto     | letto",
        "-----+----------+-----------+------------------+-----------------+-------------+------",
        " 881 | " + m(N, "Carmela") + "  | " + m(N, "Longo") + "     | " + m(ID, "LNGCML49E52F839T") + " | " +
        m(P, "081 552 7710") + "    | Cardiologia | 12B",
        " 902 | " + m(N, "Walter") + "   | " + m(N, "Pezzotta") + "  | " + m(ID, "PZZWTR58L09A794R") + " | " +
        m(P, "035 221 984") + "     | Ortopedia   | 3A")),
    # ---- hard negatives
    ("chat", "en", True, L(
        "#deploys (bots only)",
        "[09:00] GitHub Actions: build #512 passed on main (3m 41s)",
        "[09:02] Dependabot: bumped django from 4.2.11 to 4.2.13",
        "[09:05] Argo CD: app web-frontend synced to revision 8c1f2ae",
        "[09:06] PagerDuty: incident #881 resolved automatically",
        "[09:10] Sentry: new issue TypeError in checkout.js (first seen in release 2024.06.3)")),
    ("json", "en", True, L(
        '{"catalogue": [',
        '  {"sku": "HB-2291", "brand": "Hugo Boss", "name": "Bottled Eau de Toilette", "price": 64.00},',
        '  {"sku": "BJ-1107", "brand": "Ben & Jerry\'s", "name": "Phish Food 465ml", "price": 5.49},',
        '  {"sku": "TH-0412", "brand": "Tommy Hilfiger", "name": "Oxford shirt, slim fit", "price": 79.90},',
        '  {"sku": "MC-7781", "brand": "Marie Claire", "name": "Subscription, 12 issues", "price": 29.99},',
        '  {"sku": "JD-0007", "brand": "Jack Daniel\'s", "name": "Old No. 7, 70cl", "price": 27.50}',
        ']}')),
    ("csv", "de", True, L(
        "filiale;stadtteil;oeffnungszeiten;parkplaetze;e_ladesaeule",
        "St. Georg;Hamburg-Mitte;Mo-Sa 7-22;ja;ja",
        "Sankt Pauli;Hamburg-Altona;Mo-Sa 8-22;nein;nein",
        "Marienthal;Wandsbek;Mo-Sa 7-21;ja;nein",
        "Helmut-Schmidt-Platz;Harburg;Mo-Fr 7-20;ja;ja")),
    ("announcement", "fr", True, L(
        "Canal Telegram \u2013 Librairie La Grande Ourse",
        "\U0001f4da Arrivages de la semaine : le nouveau Ast\u00e9rix, l'int\u00e9grale de Ga\u00ebl Faye, Le Comte de Monte-Cristo "
        "en poche, et les agendas Moleskine.",
        "\U0001f3b5 Samedi, vinyles de Stromae et d'\u00c9dith Piaf \u00e0 -20 %.",
        "Horaires : du mardi au samedi, 10 h \u2013 19 h. Place Saint-Sernin, Toulouse.")),
]

# ==================================================================== Secrets, SSNs and cards in real records
cases += [
    ("incident", "en", False, L(
        "SECURITY INCIDENT SEC-0419 - secrets committed to public repo",
        "Detected: 2024-05-21 03:12 UTC by GitGuardian. Commit 4f9e2c1 by " + m(N, "jmorales") + " (" + m(N, "Javier Morales") +
        ") added config/.env.production:",
        "  DATABASE_URL=" + m(U, "postgres://shop_prod:Xk9vL2q!mR7@db-prod-01.internal:5432/shop"),
        "  STRIPE_SECRET_KEY=" + m(K, "sk_live_51DNxril3RavGD5MfvJ7NScUykT8C8UBkkpdhiG37L"),
        "  AWS_ACCESS_KEY_ID=" + m(K, "AKIAMFJLCDR9JRCHZPK6"),
        "  AWS_SECRET_ACCESS_KEY=" + m(K, "iXnLAC1lIAYJRfza0hW/rdE2oapzzQbkrck+z1iY"),
        "Actions: keys rotated by " + m(N, "Priya Raman") + " at 03:40, commit purged, repo made private. Postmortem owner: " +
        m(N, "Dan Keefe") + ".")),
    ("form", "en", False, L(
        "RENTAL APPLICATION - Oak Hollow Apartments, Unit 3C",
        "Applicant: " + m(N, "Tyrone Beasley") + "      Co-applicant: " + m(N, "Kendra Beasley"),
        "SSN: " + m(S, "431-72-0958") + "      Co-applicant SSN: " + m(S, "433-15-2287"),
        "Date of birth: " + m(D, "11/04/1987") + "      Co-applicant DOB: " + m(D, "02/19/1989"),
        "Current address: " + m(A, "4410 Magnolia Blvd, Apt 12, Baton Rouge, LA 70808"),
        "Driver's license (LA): " + m(ID, "009284711"),
        "Application fee charged to card: " + m(C, "4024 4478 7909 1657") + "  exp 08/27",
        "Employer: Ochsner Health, Registered Nurse (" + m(N, "Kendra") + "); Amazon Fulfillment, Shift Lead (" +
        m(N, "Tyrone") + ")")),
    ("chat", "nl", False, L(
        "#ops-nachtdienst",
        m(N, "wouter.b") + " 02:14  hee " + m(N, "lotte") + ", de monitoring-bot ligt eruit",
        m(N, "lotte_vd") + " 02:16  ik zie het. token is verlopen, nieuwe is " + m(K, "xoxb-451441800686-753916316858-xiQskS14qbd8Zlq8khMjaddC"),
        m(N, "wouter.b") + " 02:17  thx. en het wachtwoord van de grafana-admin?",
        m(N, "lotte_vd") + " 02:17  " + m(K, "Zeeland!Dijk2024") + " - staat ook in Bitwarden, niet verder delen pls",
        m(N, "wouter.b") + " 02:20  top, draait weer \U0001f44d")),
    ("email", "es", False, L(
        "De: " + m(N, "Elena Bravo") + " (Soporte TI) <" + m(E, "ebravo@ayto-getafe.es") + ">",
        "Para: " + m(N, "Roc\u00edo Manzanares") + " <" + m(E, "rmanzanares@ayto-getafe.es") + ">",
        "Asunto: Acceso temporal al servidor de actas",
        "",
        "Hola " + m(N, "Roc\u00edo") + ":",
        "Mientras arreglamos el SSO, puedes entrar con esta URL: " +
        m(U, "https://rmanzanares:T3mp-Actas!88@actas.ayto-getafe.es/pleno/2024"),
        "La contrase\u00f1a caduca el viernes. Cualquier cosa, llama a " + m(N, "Quique") + " a la extensi\u00f3n 4410.",
        "Un saludo,",
        m(N, "Elena Bravo"))),
    ("ticket", "pl", False, L(
        "Reklamacja #RK-77120 \u2013 podw\u00f3jne obci\u0105\u017cenie karty",
        "Klientka: " + m(N, "Agnieszka Pawlak") + ", tel. " + m(P, "+48 512 330 918"),
        "Karta: " + m(C, "5220 6079 1863 3905") + ", obci\u0105\u017cona dwukrotnie kwot\u0105 249,00 z\u0142 (zam\u00f3wienie Allegro).",
        "Token p\u0142atno\u015bci z bramki: " + m(K, "pay_tok_8Fq2LmZx91KdRt4Vw0PsYc6N"),
        "Decyzja: zwrot drugiej transakcji, prowadzi " + m(N, "Kamil Wojtas") + ".")),
]

emit("tuning20i", cases)
