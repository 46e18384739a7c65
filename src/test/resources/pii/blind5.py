from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

cases = [
    # ---------------------------------------------------------------- English
    ("ticket", "en", False,
     "Ticket #48213 - Refund not received" + NL +
     "Opened by: " + m(E, "aoife.osullivan@eiremail.ie") + NL + NL +
     "Hi team, I was charged twice for order 7731-BX. The card ending 4412 was used, full number is " +
     m(C, "4132 4124 1578 6680") + " if you need it. Please call me back on " + m(P, "+353 87 412 9936") +
     " after 5pm." + NL + "Thanks, " + m(N, "Aoife O'Sullivan")),
    ("email", "en", False,
     "From: " + m(E, "chinedu.okafor@lagoslogistics.ng") + NL +
     "To: " + m(E, "accounts@harbourfreight.co.uk") + NL +
     "Subject: Updated remittance details" + NL + NL +
     "Good morning," + NL + NL +
     "Please note our new bank account for all future payments: " + m(I, "GB68 NWBK 5771 7132 7117 52") +
     ". The previous account will be closed at month end. " + m(N, "Ngozi") +
     " from our finance desk will confirm by phone." + NL + NL +
     "Kind regards," + NL + m(N, "Chinedu Okafor") + NL + "Head of Operations, Lagos Logistics Ltd" + NL +
     m(A, "14 Adeola Odeku Street, Victoria Island, Lagos") + NL + "Tel: " + m(P, "+234 803 555 0192")),
    ("chat", "en", False,
     "[09:12] " + m(N, "priya") + ": morning! did anyone get the staging creds rotated?" + NL +
     "[09:13] " + m(N, "Tom") + ": yep, new db password is " + m(K, "Vx9#qLm2!rTe8zPw") + " - dont paste it anywhere else pls" + NL +
     "[09:13] " + m(N, "priya") + ": lol you just did" + NL +
     "[09:14] " + m(N, "Tom") + ": ugh. ok rotating again, ping " + m(N, "Rajesh") + " if the deploy breaks"),
    ("hr", "en", False,
     "EMPLOYEE ONBOARDING RECORD" + NL +
     "Full name        " + m(N, "Marcus Delaney") + NL +
     "Born             " + m(D, "14 March 1988") + NL +
     "SSN              " + m(S, "512-48-3376") + NL +
     "Home             " + m(A, "2217 Maple Ridge Drive, Columbus, OH 43215") + NL +
     "Start date       3 June 2024" + NL +
     "Manager          " + m(N, "Lena Fischer")),
    ("medical", "en", False,
     "Dear " + m(N, "Mohammed Al-Rashid") + "," + NL + NL +
     "Your appointment with " + m(N, "Deepa Raman") + " at the cardiology outpatient clinic is confirmed for "
     "Tuesday 12 November at 10:40. Please bring photo ID and arrive 15 minutes early. Our records show your date "
     "of birth as " + m(D, "02/09/1961") + "; if this is wrong, call us on " + m(P, "0161 496 0753") + "." + NL + NL +
     "Outpatient Bookings, Northgate Hospital"),
    ("code", "en", False,
     "import stripe" + NL + NL +
     "stripe.api_key = \"" + m(K, "sk_live_51HqT9zKpF3wXv7LmN2bQ8rYc") + "\"" + NL +
     "DB_URL = \"" + m(U, "postgres://svc_billing:Tr0ub4dor-77@db-prod-02.internal:5432/billing") + "\"" + NL + NL +
     "def charge(amount_cents):" + NL +
     "    return stripe.Charge.create(amount=amount_cents, currency=\"eur\")"),
    ("config", "en", False,
     "# .env for local dev - DO NOT COMMIT" + NL +
     "APP_ENV=production" + NL +
     "SENDGRID_API_KEY=" + m(K, "SG.k3Jd9Qw-TxRZ.p0LmVb7nHqY2sEw4Ua8cZf1Ki6Xo") + NL +
     "ADMIN_EMAIL=" + m(E, "nguyen.thi.lan@quickbrew.vn") + NL +
     "REDIS_HOST=" + m(IP, "10.24.8.117") + NL +
     "SUPPORT_PHONE=" + m(P, "+84 28 3822 4716")),
    ("csv", "en", False,
     "customer_id,first_name,last_name,email,phone,dob" + NL +
     "10021," + m(N, "Wei") + "," + m(N, "Zhang") + "," + m(E, "wei.zhang88@mailbox.cn") + "," + m(P, "+86 138 0013 4477") + "," + m(D, "1988-07-23") + NL +
     "10022," + m(N, "Fatima") + "," + m(N, "Haddad") + "," + m(E, "f.haddad@arabianmail.ae") + "," + m(P, "+971 50 123 8890") + "," + m(D, "1975-11-02") + NL +
     "10023," + m(N, "Eoin") + "," + m(N, "Gallagher") + "," + m(E, "eoin.g@corkmail.ie") + "," + m(P, "+353 21 490 3318") + "," + m(D, "1993-01-30")),
    ("sql", "en", False,
     "INSERT INTO users (id, full_name, email, ssn, last_login_ip) VALUES" + NL +
     "  (301, '" + m(N, "Dolores Whitfield") + "', '" + m(E, "dwhitfield@prairienet.us") + "', '" + m(S, "423-71-0958") + "', '" + m(IP, "73.14.202.9") + "')," + NL +
     "  (302, '" + m(N, "Jamal Robinson") + "', '" + m(E, "jrobinson@brightline.com") + "', '" + m(S, "207-55-1843") + "', '" + m(IP, "2601:644:8f00:1a2::3b") + "');"),
    ("cv", "en", False,
     m(N, "Ananya Krishnamurthy") + NL +
     m(A, "Flat 4B, 27 Brigade Road, Bengaluru 560025") + " | " + m(P, "+91 98450 23176") + " | " + m(E, "ananya.k@protonmail.com") + NL + NL +
     "EXPERIENCE" + NL +
     "Senior Data Engineer, Infosys (2019-present) - built Kafka pipelines processing 2M events/min." + NL +
     "Data Analyst, Flipkart (2016-2019)." + NL + NL +
     "REFERENCES" + NL + "Available on request from " + m(N, "Suresh Iyer") + " (former line manager)."),
    ("invoice", "en", False,
     "INVOICE INV-2024-0918" + NL +
     "Bill to: " + m(N, "Declan Murphy") + ", " + m(A, "8 Castle Street, Kilkenny R95 X2Y7") + NL +
     "Description                    Qty   Amount" + NL +
     "Website maintenance (Oct)        1   €450.00" + NL +
     "Hosting renewal                  1   €120.00" + NL +
     "Total due: €570.00 within 30 days" + NL +
     "Pay to IBAN " + m(I, "IE26 AIBK 3132 0909 4330 41") + ", reference INV-2024-0918."),
    ("report", "en", False,
     "INCIDENT REPORT 24/0771 - Metropolitan Police" + NL +
     "At approx. 22:15 officers attended " + m(A, "41 Cranbrook Road, Ilford IG1 4PU") + " following a call from a neighbour. "
     "The complainant, " + m(N, "Oluwaseun Adeyemi") + " (DOB " + m(D, "19/05/1990") + "), stated that a man known to her as " +
     m(N, "Gary") + " had forced the side gate. Passport " + m(ID, "532917846") + " was produced as identification. "
     "Contact number given: " + m(P, "07700 900418") + "."),
    ("log", "en", False,
     "2024-10-02T08:14:55Z INFO  auth  login ok user=" + m(E, "kostas.papadopoulos@hellasnet.gr") + " src=" + m(IP, "185.62.17.204") + NL +
     "2024-10-02T08:15:02Z WARN  auth  5 failed attempts from " + m(IP, "45.133.9.12") + NL +
     "2024-10-02T08:15:40Z INFO  dhcp  lease " + m(IP, "10.0.4.55") + " -> " + m(MAC, "3C:22:FB:7A:91:0E")),
    ("shell", "en", False,
     "$ curl -u admin:" + m(K, "Hunter2-Prod!") + " https://jenkins.example.org/api/json" + NL +
     "$ git clone " + m(U, "https://deploybot:ghp_Q8vLx2RmT7pK9wYc3NfZ6dHs1JbE4aUo0iGn@github.com/acme/infra.git") + NL +
     "$ export AWS_SECRET_ACCESS_KEY=" + m(K, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9Qk3LmT8a")),
    ("chat", "en", False,
     "WhatsApp - Family 🏠" + NL +
     "[18:02] Mum: can someone pick up Nan from the station at 7" + NL +
     "[18:04] " + m(N, "Kevin") + ": cant, working late" + NL +
     "[18:05] " + m(N, "Siobhan") + ": I'll go. what's her new number again?" + NL +
     "[18:05] Mum: " + m(P, "087 334 1290") + NL +
     "[18:06] " + m(N, "Siobhan") + ": 👍"),
    ("travel", "en", False,
     "BOOKING CONFIRMATION - Ref QX7P2L" + NL +
     "Passenger: " + m(N, "Hyun-woo Park") + NL +
     "Passport: " + m(ID, "M47182935") + "   Nationality: KOR   Date of birth: " + m(D, "08 AUG 1984") + NL +
     "Flight LH 713  FRA -> ICN  14 Dec 2024  dep 21:50" + NL +
     "Seat 34K   Baggage 1PC" + NL +
     "Card charged: AMEX " + m(C, "3724 035655 80053")),
    ("review", "en", False,
     "★★☆☆☆ Terrible delivery experience" + NL +
     "The driver left my parcel outside in the rain even though I wrote my flat number. If you're reading this, "
     "I'm at " + m(A, "112 Sauchiehall Street, Glasgow G2 3DH") + ", it's not hard to find! " + m(N, "Morag") +
     " at customer service was lovely though. - " + m(N, "Isla McKenzie")),
    ("newsletter", "en", False,
     "Community Garden News - October" + NL +
     "Welcome to our new volunteers " + m(N, "Björn Lindqvist") + ", " + m(N, "Chiara Russo") + " and " + m(N, "Tariq Mahmood") + "! "
     "The pumpkin competition was won by " + m(N, "Agnieszka Nowak") + " for the third year running. "
     "Questions about plots go to " + m(E, "plots@millfieldgarden.org") + "."),
    ("html", "en", False,
     "<div class=\"contact-card\">" + NL +
     "  <h3>" + m(N, "Dimitrios Katsaros") + "</h3>" + NL +
     "  <p>Sales Director, EMEA</p>" + NL +
     "  <a href=\"mailto:" + m(E, "d.katsaros@olivegrove-foods.com") + "\">Email</a>" + NL +
     "  <a href=\"tel:" + m(P, "+302104567321") + "\">Call</a>" + NL +
     "</div>"),
    ("minutes", "en", False,
     "Project Falcon - weekly sync, 7 Nov" + NL +
     "Attendees: " + m(N, "Sara Lindgren") + ", " + m(N, "Kwame Mensah") + ", " + m(N, "Liu Yang") + ", " + m(N, "Emre Yıldız") + NL +
     "1. " + m(N, "Kwame") + " reported the vendor API is still returning 502s; escalation to their support." + NL +
     "2. " + m(N, "Liu") + " to share the load-test results by Friday." + NL +
     "3. Next sync moved to Thursday because " + m(N, "Sara") + " is travelling."),
    ("sentence", "en", False,
     "I spoke to " + m(N, "Nnamdi Eze") + " yesterday and he said the keys are with " + m(N, "Zsófia Horváth") +
     " until Monday."),
    ("ticket", "en", False,
     "Hi, my router keeps dropping. MAC address on the sticker is " + m(MAC, "A4-91-B1-3E-0C-77") +
     " and the WAN IP the portal shows is " + m(IP, "86.41.177.230") + ". Account holder is my husband " +
     m(N, "Padraig Walsh") + ". - " + m(N, "Niamh")),
    ("email", "en", False,
     "Hi " + m(N, "Carlos") + "," + NL + NL +
     "Just a reminder that the tenancy deposit must be paid before the keys can be released. You can pay by card "
     "over the phone or transfer it. For the reference check I still need your SSN - you sent " + m(S, "619-03-2287") +
     " but the agency says it doesn't match, could you double-check?" + NL + NL +
     "Best," + NL + m(N, "Hannah Goldberg") + NL + "Goldberg Lettings | " + m(P, "(312) 555-0147")),
    ("code", "en", False,
     "const config = {" + NL +
     "  mongoUri: '" + m(U, "mongodb+srv://appuser:Qz7!pWx94kL@cluster0.ab12c.mongodb.net/shop") + "'," + NL +
     "  jwtSecret: '" + m(K, "f3b9c2a7e1d84f6a9b0c5e2d7a1f8b3c") + "'," + NL +
     "  owner: '" + m(N, "Vikram Desai") + "'," + NL +
     "};"),
    ("config", "en", False,
     "wifi:" + NL +
     "  ssid: HomeNet-5G" + NL +
     "  psk: \"" + m(K, "correct-horse-battery-staple-42") + "\"" + NL +
     "devices:" + NL +
     "  - name: living-room-tv" + NL +
     "    mac: " + m(MAC, "00:1A:2B:3C:4D:5E") + NL +
     "    ip: " + m(IP, "192.168.1.42")),
    # ---------------------------------------------------------------- English hard negatives
    ("changelog", "en", True,
     "## Release 4.12.0 (2024-09-30)" + NL +
     "- Bump jackson-databind from 2.15.2 to 2.17.1" + NL +
     "- Fix NPE in OrderService when shipment id is null (#4821)" + NL +
     "- Windows build now targets 10.0.19045.3803" + NL +
     "- Docker image: ghcr.io/acme/orders@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    ("config", "en", True,
     "# .env.example - copy to .env and fill in" + NL +
     "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx" + NL +
     "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app" + NL +
     "GITHUB_TOKEN=<YOUR_TOKEN_HERE>" + NL +
     "SMTP_PASSWORD=changeme" + NL +
     "ADMIN_EMAIL="),
    ("shell", "en", True,
     "$ git remote -v" + NL +
     "origin  git@github.com:acme-corp/payments-service.git (fetch)" + NL +
     "origin  git@github.com:acme-corp/payments-service.git (push)" + NL +
     "$ git log --oneline -3" + NL +
     "a3f9c21 Merge pull request #1182 from feature/retry-backoff" + NL +
     "7be04d9 Add exponential backoff to webhook sender" + NL +
     "e11c5aa Update README"),
    ("ticket", "en", True,
     "Order #1127-4490-3381 has been dispatched. Your tracking number is 1Z999AA10123456784 (UPS). "
     "Expected delivery between 14:00 and 18:00. Warehouse batch 2024-W41-0017, pallet 88/120."),
    ("invoice", "en", True,
     "Quote Q-2024-00871 for Hans im Glück franchise, Unit 3" + NL +
     "Item 4711-0045  Espresso machine La Marzocco Linea PB   1 x 9,850.00" + NL +
     "Item 4711-0046  Grinder Mahlkönig E65S                  2 x 2,130.00" + NL +
     "Subtotal 14,110.00  VAT 20% 2,822.00  Total 16,932.00" + NL +
     "Valid until 31/12/2024."),
    ("review", "en", True,
     "Stayed near Victoria Station and walked to the Albert Bridge every evening. Breakfast at the Duke of Wellington pub "
     "was great, and the Tommy Hilfiger outlet at Bicester Village is worth the train ride. 4/5."),
    ("sentence", "en", True,
     "The test card 4111 1111 1111 1112 fails the checksum, so the form correctly rejects it with error E-402."),
    ("log", "en", True,
     "2024-11-03 12:00:01.337 [main] INFO  o.s.b.w.e.tomcat.TomcatWebServer - Tomcat started on port(s): 8080 (http)" + NL +
     "2024-11-03 12:00:01.402 [main] INFO  c.a.Application - Started Application in 4.812 seconds (JVM running for 5.3)" + NL +
     "2024-11-03 12:00:07.119 [exec-3] DEBUG c.a.OrderController - request id=6f1c2b7e-9a4d-4e8b-b1f2-0c3d5e7a9b11 took 37 ms"),
    ("newsletter", "en", True,
     "This month at the library: a talk on Tudor poetry, a Lego robotics club for ages 8-12, and our "
     "book of the month, ISBN 978-0-14-303943-3. The Mary Rose museum trip departs from Portsmouth Harbour station at 09:40."),
    ("code", "en", True,
     "def test_mask_card():" + NL +
     "    assert mask(\"4000 0000 0000 0000\") == \"**** **** **** 0000\"" + NL +
     "    assert mask(\"\") == \"\"" + NL +
     "    api_key = os.environ[\"API_KEY\"]  # never hard-code" + NL +
     "    password = getpass.getpass(\"Password: \")"),
    ("minutes", "en", True,
     "Facilities meeting - agenda" + NL +
     "1. Room 3.14 projector replaced (asset tag AT-000912)" + NL +
     "2. Fire drill moved to 15:30 on 21/11" + NL +
     "3. Parking: spaces 101-120 reserved for visitors" + NL +
     "4. Budget line 6200-14 overspent by 4.5%"),
    ("travel", "en", True,
     "Train 9O 9024 London St Pancras -> Paris Gare du Nord, coach 12, seats 61-62. Departure 08:31, arrival 11:47. "
     "Booking code ZK4TQP. Gate closes 30 minutes before departure."),
    ("sentence", "en", True,
     "GPS fix at 51.5072, -0.1276 with HDOP 0.9; next waypoint 48.8566, 2.3522 at heading 142°."),
    ("chat", "en", True,
     "[10:02] deploy-bot: build #2291 passed (commit 4e7a1c9), artifact orders-4.12.0-SNAPSHOT.jar" + NL +
     "[10:03] deploy-bot: canary at 5% — p99 latency 212ms, error rate 0.02%" + NL +
     "[10:09] deploy-bot: rollout complete on 12/12 pods"),
    ("html", "en", True,
     "<form action=\"/subscribe\" method=\"post\">" + NL +
     "  <input type=\"email\" name=\"email\" placeholder=\"Your email address\">" + NL +
     "  <input type=\"tel\" name=\"phone\" placeholder=\"+44 ...\">" + NL +
     "  <button>Sign up</button>" + NL +
     "</form>"),
    # ---------------------------------------------------------------- German
    ("email", "de", False,
     "Sehr geehrte Frau " + m(N, "Schäfer") + "," + NL + NL +
     "anbei erhalten Sie die Unterlagen zur Kontoeröffnung. Bitte überweisen Sie die Kaution auf das Konto " +
     m(I, "DE64 0560 6834 2299 4888 48") + ". Bei Rückfragen erreichen Sie mich unter " + m(P, "+49 30 2345 6781") + "." + NL + NL +
     "Mit freundlichen Grüßen" + NL + m(N, "Jürgen Weißmüller") + NL + "Hausverwaltung Weißmüller GmbH" + NL +
     m(A, "Kastanienallee 27, 10435 Berlin")),
    ("hr", "de", False,
     "Personalbogen" + NL +
     m(N, "Özlem Demirtaş") + ", geboren am " + m(D, "04.11.1991") + " in Duisburg" + NL +
     "Wohnhaft: " + m(A, "Duisburger Straße 112, 47166 Duisburg") + NL +
     "Personalausweis-Nr.: " + m(ID, "L01X00T47") + NL +
     "Steuerklasse: 1, Kinderfreibeträge: 0" + NL +
     "Eintritt: 01.02.2024, Abteilung Logistik"),
    ("chat", "de", False,
     "[Teams] " + m(N, "Felix Brandt") + ": Kannst du mir kurz das Passwort vom Test-Server schicken?" + NL +
     "[Teams] " + m(N, "Mareike") + ": " + m(K, "Sommer2024!Kuehl") + NL +
     "[Teams] " + m(N, "Felix Brandt") + ": danke, und welche IP hat der nochmal?" + NL +
     "[Teams] " + m(N, "Mareike") + ": " + m(IP, "172.16.40.12") + ", Benutzer ist root"),
    ("ticket", "de", False,
     "Betreff: Lastschrift zurückgebucht" + NL + NL +
     "Hallo, meine Kreditkarte " + m(C, "5164 5593 3722 3487") + " wurde zweimal belastet. Ich wohne in der " +
     m(A, "Lindenstraße 8, 80331 München") + " und bin tagsüber unter " + m(P, "0176 23456789") + " erreichbar. "
     "Grüße, " + m(N, "Kateryna Bondarenko")),
    ("medical", "de", False,
     "Terminbestätigung" + NL + NL +
     "Sehr geehrter Herr " + m(N, "Nikolaos Georgiou") + "," + NL +
     "Ihr Termin in der Orthopädischen Praxis Dr. med. " + m(N, "Anja Krüger") + " ist am Mittwoch, "
     "20.11.2024 um 08:30 Uhr. Geburtsdatum laut Versichertenkarte: " + m(D, "17.06.1958") + "." + NL +
     "Bitte bringen Sie Ihre Überweisung mit."),
    ("minutes", "de", False,
     "Protokoll Elternabend Klasse 4b" + NL +
     "Anwesend: Frau " + m(N, "Hoffmann") + " (Klassenlehrerin), " + m(N, "Stefan Kowalczyk") + ", " + m(N, "Aylin Kaya") + ", " +
     m(N, "Thu Trang Nguyen") + NL +
     "TOP 1: Klassenfahrt nach Bad Segeberg, Kosten 180 € pro Kind." + NL +
     "TOP 2: " + m(N, "Aylin") + " organisiert die Kuchenliste."),
    ("code", "de", False,
     "// Konfiguration für die Schnittstelle zum Zahlungsanbieter" + NL +
     "private static final String API_SECRET = \"" + m(K, "pk9Z3mQw7TxL2vB8nR4cY6fH1jD5sK0a") + "\";" + NL +
     "private static final String FTP = \"" + m(U, "ftp://upload:Fr1tz!2024@files.mueller-versand.de/in/") + "\";"),
    ("sentence", "de", False,
     "Gestern hat " + m(N, "Lukas") + " mit " + m(N, "Emine Çelik") + " telefoniert, sie ist ab sofort unter " +
     m(E, "emine.celik@posteo.de") + " zu erreichen."),
    ("invoice", "de", True,
     "Rechnung Nr. 2024-11-0457 vom 05.11.2024" + NL +
     "Kundennummer 100293, Auftrag A-77812" + NL +
     "Pos. 1  Artikel 4006381333931  Dr. Oetker Backpulver  24 x 0,39 €" + NL +
     "Pos. 2  Artikel 4000417025005  Ritter Sport Vollmilch  12 x 1,49 €" + NL +
     "Summe netto 27,24 €, USt 7 % 1,91 €, Gesamt 29,15 €"),
    ("review", "de", True,
     "Wir waren im Hans im Glück am Alexanderplatz und danach an der Kaiser-Wilhelm-Gedächtniskirche. "
     "Der Burger war super, 4 von 5 Sternen. Parken im Parkhaus Karl-Marx-Allee, Ebene -2."),
    ("log", "de", True,
     "Fehler 0x80070005 beim Update auf Version 23H2 (Build 22631.4460)." + NL +
     "Prüfsumme: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" + NL +
     "Zeitstempel: 2024-11-12T14:03:22+01:00"),
    ("config", "de", True,
     "spring:" + NL +
     "  datasource:" + NL +
     "    url: jdbc:mysql://${DB_HOST:localhost}:3306/shop" + NL +
     "    username: ${DB_USER}" + NL +
     "    password: ${DB_PASSWORD}" + NL +
     "server:" + NL +
     "  port: 8443"),
    ("travel", "de", True,
     "ICE 597 von Hamburg-Altona nach München Hbf, Abfahrt 06:24, Gleis 11, Wagen 9, Platz 54. "
     "Auftragsnummer 812345678901, Sparpreis 49,90 €. Umstieg in Frankfurt (Main) Hbf entfällt."),
    # ---------------------------------------------------------------- French
    ("email", "fr", False,
     "Bonjour " + m(N, "Mathilde") + "," + NL + NL +
     "Suite à notre échange, voici mes coordonnées bancaires pour le remboursement : " + m(I, "FR55 7401 6182 76A0 5611 0199 991") + ". "
     "Vous pouvez aussi me joindre au " + m(P, "06 12 48 93 57") + "." + NL + NL +
     "Cordialement," + NL + m(N, "Youssef Benali") + NL + m(A, "18 rue des Lilas, 69003 Lyon")),
    ("ticket", "fr", False,
     "Réclamation n° 55120" + NL +
     "Client : " + m(N, "Amélie Rousseau-Dufresne") + NL +
     "Je n'arrive plus à me connecter depuis hier. Mon identifiant est " + m(E, "amelie.rd@orange.fr") + " et mon adresse IP "
     "semble bloquée (" + m(IP, "90.112.45.201") + "). Merci de vérifier rapidement."),
    ("hr", "fr", False,
     "Fiche salarié" + NL +
     "Nom : " + m(N, "Mamadou Diallo") + NL +
     "Né le " + m(D, "23 avril 1986") + " à Dakar" + NL +
     "N° de sécurité sociale : " + m(ID, "1 86 04 99 350 044 27") + NL +
     "Adresse : " + m(A, "5 avenue Jean Jaurès, 93200 Saint-Denis") + NL +
     "Poste : technicien de maintenance, CDI"),
    ("chat", "fr", False,
     m(N, "Léa") + " : tu peux envoyer l'heure du dîner à " + m(N, "Hugo") + " ?" + NL +
     m(N, "Camille") + " : c'est toujours 20h ? ou ça a changé" + NL +
     m(N, "Léa") + " : non c'est le même, et son numéro c'est le " + m(P, "07 81 22 54 06")),
    ("medical", "fr", False,
     "Madame " + m(N, "Françoise Lemaire") + "," + NL +
     "Nous vous confirmons votre rendez-vous d'échographie le jeudi 5 décembre à 14 h 15 au cabinet du Dr " + m(N, "Hélène Garnier") + ", " +
     m(A, "42 boulevard Saint-Michel, 75006 Paris") + ". Date de naissance enregistrée : " + m(D, "11/02/1972") + "." + NL +
     "Merci de vous présenter avec votre carte Vitale."),
    ("report", "fr", False,
     "Procès-verbal d'audition" + NL +
     "L'an deux mille vingt-quatre, le 3 octobre, devant nous, a comparu " + m(N, "Karim Bouzid") + ", né le " + m(D, "9 juillet 1995") +
     " à Marseille, titulaire de la carte nationale d'identité n° " + m(ID, "X4RTBPFW4") + ", demeurant " +
     m(A, "14 traverse des Pins, 13012 Marseille") + "."),
    ("review", "fr", False,
     "Super séjour ! " + m(N, "Jean-Baptiste") + " à l'accueil nous a conseillé un excellent restaurant. "
     "Seul bémol, le wifi. Je recommande. — " + m(N, "Sophie Marchand")),
    ("config", "fr", False,
     "[smtp]" + NL +
     "hote = smtp.boulangerie-martin.fr" + NL +
     "utilisateur = " + m(E, "commandes@boulangerie-martin.fr") + NL +
     "mot_de_passe = " + m(K, "Croissant#88beurre") + NL +
     "[admin]" + NL +
     "contact = " + m(N, "Élodie Martin") + ", " + m(P, "+33 4 78 62 19 03")),
    ("travel", "fr", True,
     "TGV INOUI 6611 Paris Gare de Lyon → Marseille Saint-Charles, voiture 14, place 83. "
     "Référence de dossier : QRTZMK. Départ 07h37, arrivée 10h54."),
    ("review", "fr", True,
     "Balade du Pont Alexandre III jusqu'à la place Charles de Gaulle, puis dîner rue Saint-Honoré. "
     "Le musée Marmottan Monet était fermé le lundi. 3/5."),
    ("invoice", "fr", True,
     "Facture F2024-1183 — SIRET 552 100 554 00012 — TVA FR40 552100554" + NL +
     "Commande CMD-88412 du 14/10/2024, 3 articles, total TTC 218,40 €." + NL +
     "Code promo NOEL2024 appliqué."),
    ("code", "fr", True,
     "# Paramètres (remplacer les valeurs)" + NL +
     "API_KEY = \"VOTRE_CLE_API\"" + NL +
     "MOT_DE_PASSE = \"********\"" + NL +
     "UUID_CLIENT = \"3fa85f64-5717-4562-b3fc-2c963f66afa6\""),
    # ---------------------------------------------------------------- Spanish
    ("email", "es", False,
     "Hola " + m(N, "Guillermo") + "," + NL + NL +
     "Te paso los datos para la transferencia del alquiler de diciembre: " + m(I, "ES47 9574 4947 1531 9125 0768") +
     ", a nombre de " + m(N, "María del Carmen Ruiz Ortega") + ". Cualquier cosa me llamas al " + m(P, "612 345 789") + "." + NL + NL +
     "Un abrazo," + NL + m(N, "Maricarmen")),
    ("hr", "es", False,
     "FICHA DE ALTA DE EMPLEADO" + NL +
     "Nombre y apellidos: " + m(N, "Jorge Peña Castillo") + NL +
     "DNI: " + m(ID, "48291573Z") + NL +
     "Fecha de nacimiento: " + m(D, "15/09/1983") + NL +
     "Domicilio: " + m(A, "Calle de Alcalá 214, 3º B, 28028 Madrid") + NL +
     "Teléfono: " + m(P, "+34 691 204 338") + NL +
     "Cuenta de nómina: " + m(I, "ES02 8261 4183 0050 6970 5333")),
    ("chat", "es", False,
     "[WhatsApp] " + m(N, "Lucía") + ": chicos, la cena del viernes es en casa de " + m(N, "Andrés") + NL +
     "[WhatsApp] " + m(N, "Lucía") + ": la dirección es " + m(A, "Carrer de Mallorca 301, 08037 Barcelona") + NL +
     "[WhatsApp] " + m(N, "Pau") + ": 🙌 llevo el vino" + NL +
     "[WhatsApp] " + m(N, "Andrés") + ": el timbre no va, llamad al " + m(P, "655 87 21 40")),
    ("ticket", "es", False,
     "Incidencia #9921 - Pago rechazado" + NL +
     "Buenas tardes, he intentado pagar con la tarjeta " + m(C, "4656 8040 3809 7303") + " y me sale error. "
     "Mi correo es " + m(E, "rodrigo.villanueva@gmail.com") + ". Saludos, " + m(N, "Rodrigo Villanueva")),
    ("report", "es", False,
     "ATESTADO POLICIAL 2024/3381" + NL +
     "Siendo las 02:40 horas, la patrulla se persona en " + m(A, "Avenida de la Constitución 45, 41001 Sevilla") +
     " donde identifica a " + m(N, "Iván Moreno Gil") + ", con NIE " + m(ID, "X1234567L") + ", nacido el " + m(D, "3 de mayo de 1999") +
     ", quien manifiesta que su vehículo ha sido forzado."),
    ("review", "es", False,
     "Pedimos a domicilio y tardó casi dos horas. El repartidor, " + m(N, "Wilson") + ", muy amable, pero la pizza llegó fría. "
     "No repetiremos. " + m(N, "Ana Belén Soto")),
    ("code", "es", False,
     "# conexión a la base de datos de producción" + NL +
     "engine = create_engine(\"" + m(U, "mysql+pymysql://tienda:Sevilla_1992@10.1.2.30/tienda") + "\")" + NL +
     "ADMIN = {\"nombre\": \"" + m(N, "Esteban Quiroga") + "\", \"tel\": \"" + m(P, "+54 11 4567 8901") + "\"}"),
    ("invoice", "es", True,
     "Factura nº 2024/00451 — CIF B12345678" + NL +
     "Pedido 300-1129-55, albarán ALB-7781" + NL +
     "1 x Camiseta Zara talla M ........ 19,95 €" + NL +
     "2 x Vaqueros Pull&Bear ........... 59,90 €" + NL +
     "Total IVA incluido: 79,85 €"),
    ("travel", "es", True,
     "Tren AVE 03063 Madrid-Puerta de Atocha → Barcelona-Sants, coche 6, plaza 12A. Localizador: 4XZ9KM. "
     "Salida 09:00, llegada 11:30. Estación de Santa Justa cerrada por obras hasta el 15/01."),
    ("sentence", "es", True,
     "La versión 3.2.1 del firmware corrige el fallo del sensor; el número de serie SN-2023-000871 ya no reinicia."),
    ("config", "es", True,
     "# copia este archivo como config.local.json" + NL +
     "{ \"usuario\": \"TU_USUARIO\", \"clave\": \"<CONTRASEÑA>\", \"token\": \"xxxx-xxxx-xxxx-xxxx\" }"),
    # ---------------------------------------------------------------- Italian
    ("email", "it", False,
     "Gentile " + m(N, "Alessandro Ferri") + "," + NL + NL +
     "le confermo il pagamento della fattura n. 118/2024 sul conto " + m(I, "IT62 X835 7885 8180 5689 3044 406") + ". "
     "Per qualsiasi chiarimento può contattare la collega " + m(N, "Giulia Esposito") + " al numero " + m(P, "+39 02 8456 7712") + "." + NL + NL +
     "Cordiali saluti," + NL + m(N, "Francesca De Luca") + NL + "Ufficio Amministrazione" + NL + m(A, "Via Torino 61, 20123 Milano")),
    ("hr", "it", False,
     "SCHEDA ANAGRAFICA DIPENDENTE" + NL +
     "Cognome e nome: " + m(N, "Bianchi Matteo") + NL +
     "Codice fiscale: " + m(ID, "BNCMTT85T10H501T") + NL +
     "Data di nascita: " + m(D, "10/12/1985") + NL +
     "Residenza: " + m(A, "Via dei Serpenti 88, 00184 Roma") + NL +
     "Cellulare: " + m(P, "347 218 9934")),
    ("chat", "it", False,
     m(N, "Gianni") + ": ragazzi chi ha la password del wifi dell'ufficio?" + NL +
     m(N, "Valentina") + ": " + m(K, "Pizzeria!Napoli_77") + NL +
     m(N, "Gianni") + ": grazie " + m(N, "Vale") + " 😘" + NL +
     m(N, "Valentina") + ": non dirlo a " + m(N, "Roberto") + " che poi si lamenta"),
    ("medical", "it", False,
     "Gentile Sig.ra " + m(N, "Concetta Marino") + "," + NL +
     "le ricordiamo la visita dermatologica prenotata per lunedì 9 dicembre alle ore 11:20 presso l'ambulatorio del dott. " +
     m(N, "Paolo Ricci") + ". Data di nascita indicata: " + m(D, "28/02/1949") + ". Per disdire chiami il " + m(P, "081 552 3140") + "."),
    ("review", "it", False,
     "Ristorante consigliato! " + m(N, "Salvatore") + ", il proprietario, ci ha fatto assaggiare il limoncello fatto in casa. "
     "Torneremo sicuramente. — " + m(N, "Elena Colombo")),
    ("review", "it", True,
     "Visita a Firenze: Ponte Vecchio, Piazzale Michelangelo al tramonto e gelato da Vivoli. "
     "Treno Frecciarossa 9519 da Santa Maria Novella, carrozza 5. Voto 5/5."),
    ("invoice", "it", True,
     "Fattura n. 2024/1187 del 18/11/2024 — P.IVA 01234567890" + NL +
     "Ordine n. 55-778120, DDT 3341" + NL +
     "3 x Caffè Lavazza Qualità Oro 1kg  € 14,90" + NL +
     "Totale € 44,70 (IVA 22% inclusa)"),
    ("log", "it", True,
     "[2024-11-20 03:12:44] backup completato: 1.284.551 file, 412,7 GB, durata 02:41:09" + NL +
     "[2024-11-20 03:12:44] hash md5 9e107d9d372bb6826bd81d3542a419d6"),
    # ---------------------------------------------------------------- Dutch
    ("email", "nl", False,
     "Beste " + m(N, "Sanne") + "," + NL + NL +
     "Zoals besproken stuur ik je mijn gegevens voor de huurovereenkomst. Mijn BSN is " + m(ID, "111222333") + " en ik ben geboren op " +
     m(D, "21 januari 1994") + ". Het voorschot mag naar " + m(I, "NL95 ABNA 4366 8447 60") + "." + NL + NL +
     "Groetjes," + NL + m(N, "Daan van der Berg") + NL + m(P, "06-12345678")),
    ("ticket", "nl", False,
     "Melding 2024-0915: internet valt steeds weg" + NL +
     "Klant " + m(N, "Mehmet Yılmaz") + " belt over storing op " + m(A, "Kerkstraat 14, 1017 GC Amsterdam") +
     ". Modem MAC " + m(MAC, "B8:27:EB:45:A1:9C") + ", publiek IP " + m(IP, "84.29.113.7") + ". Terugbellen op " + m(P, "020 624 8811") + "."),
    ("chat", "nl", False,
     m(N, "Joris") + ": wie haalt de sleutel op bij " + m(N, "Femke") + "?" + NL +
     m(N, "Anouk") + ": ik, ze woont toch op " + m(A, "Oudegracht 210, 3511 NR Utrecht") + "?" + NL +
     m(N, "Joris") + ": klopt, bel even aan, 2e verdieping"),
    ("minutes", "nl", False,
     "Notulen VvE-vergadering 12 november" + NL +
     "Aanwezig: " + m(N, "Pieter Bakker") + " (voorzitter), " + m(N, "Ingrid de Vries") + ", " + m(N, "Kofi Asante") + ", " + m(N, "Wendy Tan") + NL +
     "1. Dakreparatie: offerte van €12.400 goedgekeurd." + NL +
     "2. " + m(N, "Kofi") + " vraagt of de fietsenstalling verlicht kan worden; " + m(N, "Ingrid") + " zoekt het uit."),
    ("config", "nl", False,
     "[database]" + NL +
     "host = " + m(IP, "10.10.0.5") + NL +
     "gebruiker = webshop" + NL +
     "wachtwoord = " + m(K, "Stroopwafel!2023") + NL +
     "[beheer]" + NL +
     "email = " + m(E, "beheer@fietsenwinkel-jansen.nl")),
    ("travel", "nl", True,
     "Intercity 3045 Amsterdam Centraal → Eindhoven, spoor 5b, vertrek 14:08. Let op: geen treinen tussen Utrecht Centraal "
     "en Den Bosch door werkzaamheden bij de Willem-Alexander brug. Reisnummer 8812."),
    ("review", "nl", True,
     "Lekker gegeten bij Albert Heijn to go op het station en daarna naar het Rijksmuseum. Ook de Johan Cruijff ArenA "
     "van buiten bekeken. 4 sterren."),
    ("code", "nl", True,
     "# TODO: secret uit vault halen" + NL +
     "export API_TOKEN=\"${VAULT_API_TOKEN}\"" + NL +
     "export DB_PASS=\"\"" + NL +
     "docker run -p 8080:80 -e TOKEN=$API_TOKEN registry.example.nl/app:2.4.1"),
    # ---------------------------------------------------------------- Portuguese
    ("email", "pt", False,
     "Olá " + m(N, "Inês") + "," + NL + NL +
     "Segue o NIF e o IBAN para emissão da fatura: NIF " + m(ID, "245871233") + ", IBAN " + m(I, "PT84 3524 4533 4581 8136 2479 4") + ". "
     "Qualquer dúvida, ligue para " + m(P, "+351 912 345 678") + "." + NL + NL +
     "Cumprimentos," + NL + m(N, "João Gonçalves") + NL + m(A, "Rua Augusta 134, 1100-053 Lisboa")),
    ("chat", "pt", False,
     m(N, "Thiago") + ": mano, me passa o pix da " + m(N, "Larissa") + "?" + NL +
     m(N, "Bruno") + ": é o e-mail dela, " + m(E, "larissa.souza93@gmail.com") + NL +
     m(N, "Thiago") + ": valeu! e o celular? " + NL +
     m(N, "Bruno") + ": " + m(P, "(11) 98765-4321")),
    ("hr", "pt", False,
     "FICHA CADASTRAL" + NL +
     "Nome: " + m(N, "Antônio Carlos Ferreira") + NL +
     "CPF: " + m(ID, "529.982.247-25") + NL +
     "Data de nascimento: " + m(D, "12/10/1979") + NL +
     "Endereço: " + m(A, "Avenida Paulista 1578, Bela Vista, São Paulo - SP, 01310-200") + NL +
     "Cargo: analista de sistemas"),
    ("medical", "pt", False,
     "Exma. Sra. " + m(N, "Maria de Fátima Lopes") + "," + NL +
     "Informamos que a sua consulta de oftalmologia foi reagendada para o dia 17 de dezembro, às 09h30, com o Dr. " +
     m(N, "Rui Almeida") + ". Utente nascida a " + m(D, "5 de março de 1954") + ". Contacto do serviço: " + m(P, "22 508 7700") + "."),
    ("invoice", "pt", True,
     "Fatura FT 2024/3381 — NIF da empresa 500100144" + NL +
     "Encomenda n.º 77-4410, guia de remessa GR-1123" + NL +
     "2 x Pastéis de Belém (caixa 6) ... 9,60 €" + NL +
     "Total com IVA: 9,60 €  ATCUD: JJ3X7K2M-3381"),
    ("review", "pt", True,
     "Passeio ótimo pela Ponte 25 de Abril e pela Torre de Belém; almoçámos no Mercado da Ribeira e fomos ao "
     "Estádio José Alvalade ver o jogo. Voo TP 1350, porta 14. Nota 5/5."),
    # ---------------------------------------------------------------- Polish
    ("email", "pl", False,
     "Dzień dobry Pani " + m(N, "Małgorzato") + "," + NL + NL +
     "w załączeniu przesyłam umowę najmu. Proszę o przelew kaucji na rachunek " + m(I, "PL68 5967 5669 4695 1836 7074 7799") +
     ". W razie pytań proszę dzwonić: " + m(P, "+48 601 234 567") + "." + NL + NL +
     "Z poważaniem," + NL + m(N, "Krzysztof Wiśniewski") + NL + m(A, "ul. Floriańska 22/5, 31-021 Kraków")),
    ("hr", "pl", False,
     "KARTA PRACOWNIKA" + NL +
     "Imię i nazwisko: " + m(N, "Paweł Zieliński") + NL +
     "PESEL: " + m(ID, "85071203451") + NL +
     "Data urodzenia: " + m(D, "12.07.1985") + NL +
     "Adres: " + m(A, "ul. Piotrkowska 104, 90-926 Łódź") + NL +
     "Konto do wypłat: " + m(I, "PL69 0931 5319 1243 5882 9984 3654")),
    ("chat", "pl", False,
     m(N, "Kasia") + ": " + m(N, "Bartek") + ", masz numer do hydraulika?" + NL +
     m(N, "Bartek") + ": tak, pan " + m(N, "Zbigniew") + ", " + m(P, "512 443 987") + NL +
     m(N, "Kasia") + ": dzięki! a hasło do routera to dalej " + m(K, "Zubrowka#2020") + "?" + NL +
     m(N, "Bartek") + ": tak"),
    ("report", "pl", False,
     "NOTATKA SŁUŻBOWA" + NL +
     "W dniu 14.10.2024 r. o godz. 19:20 na ul. Długiej w Gdańsku wylegitymowano " + m(N, "Dariusza Kamińskiego") +
     " (ur. " + m(D, "30.11.1977") + "), legitymującego się dowodem osobistym nr " + m(ID, "ABA300000") +
     ". Zgłaszająca, " + m(N, "Joanna Lewandowska") + ", zamieszkała " + m(A, "ul. Ogarna 61/3, 80-826 Gdańsk") + "."),
    ("invoice", "pl", True,
     "Faktura VAT nr FV/2024/11/0042, NIP 5252248481, REGON 012345678" + NL +
     "Zamówienie ZAM-99812 z dnia 04.11.2024" + NL +
     "1 x Laptop Lenovo ThinkPad T14 Gen 4 ... 5 499,00 zł" + NL +
     "Numer przesyłki InPost: 630012345678901234567890"),
    ("travel", "pl", True,
     "Pociąg EIC 1608 z Warszawy Centralnej do Krakowa Głównego, wagon 7, miejsce 45. Odjazd 07:15. "
     "Most Józefa Piłsudskiego zamknięty do odwołania, dojazd do Dworca Wschodniego autobusem 125."),
    # ---------------------------------------------------------------- Swedish
    ("email", "sv", False,
     "Hej " + m(N, "Elin") + "!" + NL + NL +
     "Tack för senast. Här är mina uppgifter till bokföringen: personnummer " + m(ID, "850612-4422") + ", konto " +
     m(I, "SE97 1492 3559 5395 2368 0352") + "." + NL + NL +
     "Vänliga hälsningar" + NL + m(N, "Oskar Lindström") + NL + m(A, "Drottninggatan 55, 111 21 Stockholm") + NL + m(P, "070-123 45 67")),
    ("chat", "sv", False,
     m(N, "Astrid") + ": någon som vet vem som har nyckeln till förrådet?" + NL +
     m(N, "Johan") + ": " + m(N, "Sven-Erik") + " hade den sist" + NL +
     m(N, "Astrid") + ": ok, ringer honom på " + m(P, "+46 73 456 78 90")),
    ("medical", "sv", False,
     "Kallelse till 1177-bokad tid" + NL +
     m(N, "Ingrid Håkansson") + ", född " + m(D, "1946-09-14") + NL +
     "Tid: onsdag 4 december kl. 13:10, Vårdcentralen Söder, " + m(A, "Götgatan 78, 118 30 Stockholm") + NL +
     "Läkare: " + m(N, "Mikael Sjöberg")),
    ("review", "sv", True,
     "Åkte pendeltåg till Stockholm Odenplan och gick till Gustav Vasa kyrka, sedan fika på Espresso House. "
     "Biljett-ID 4419-2281-77. Betyg 4/5."),
    ("log", "sv", True,
     "Säkerhetskopia klar 2024-11-22 02:00:14, 38 412 filer, kontrollsumma sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
    # ---------------------------------------------------------------- Turkish
    ("email", "tr", False,
     "Merhaba " + m(N, "Ayşe") + " Hanım," + NL + NL +
     "Kira ödemesini " + m(I, "TR90 6465 4036 4281 5595 7024 78") + " numaralı hesaba yapabilirsiniz. "
     "Herhangi bir sorunuz olursa " + m(P, "0532 418 77 21") + " numarasından bana ulaşabilirsiniz." + NL + NL +
     "Saygılarımla," + NL + m(N, "Mustafa Şahin") + NL + m(A, "Bağdat Caddesi No: 214, 34728 Kadıköy/İstanbul")),
    ("hr", "tr", False,
     "PERSONEL BİLGİ FORMU" + NL +
     "Ad Soyad: " + m(N, "Zeynep Öztürk") + NL +
     "T.C. Kimlik No: " + m(ID, "10000000146") + NL +
     "Doğum Tarihi: " + m(D, "07.03.1992") + NL +
     "Adres: " + m(A, "Atatürk Bulvarı No: 89 Daire 6, 06420 Çankaya/Ankara") + NL +
     "Telefon: " + m(P, "+90 312 555 12 34")),
    ("chat", "tr", False,
     m(N, "Emre") + ": " + m(N, "Burak") + " sunucu şifresini değiştirdi mi?" + NL +
     m(N, "Burak") + ": evet yeni şifre " + m(K, "Galata!Kule_1348") + NL +
     m(N, "Emre") + ": tamam, ssh " + m(IP, "88.247.61.19") + " ile bağlanıyorum"),
    ("travel", "tr", True,
     "THY TK 1981 İstanbul (IST) → Londra (LHR), kalkış 08:55, kapı F6, koltuk 23C. PNR: TQ8Z2L. "
     "Havalimanına Marmaray ile Sirkeci istasyonundan, Galata Köprüsü yakınından ulaşabilirsiniz."),
    ("invoice", "tr", True,
     "Fatura No: GIB2024000012345, Vergi No: 1234567890" + NL +
     "Sipariş 88-1123-4, kargo takip 7281004456211" + NL +
     "1 adet Arçelik buzdolabı ... 32.499,00 TL"),
    # ---------------------------------------------------------------- Romanian
    ("email", "ro", False,
     "Bună ziua, doamna " + m(N, "Popescu") + "," + NL + NL +
     "Vă trimit datele pentru plata chiriei: cont " + m(I, "RO96 BTRL 6831 8635 4240 2993") + ", titular " + m(N, "Andrei Ionescu") +
     ". Mă puteți contacta la " + m(P, "0722 123 456") + "." + NL + NL +
     "Cu stimă," + NL + m(N, "Andrei Ionescu") + NL + m(A, "Strada Lipscani 18, 030031 București")),
    ("hr", "ro", False,
     "FIȘA ANGAJATULUI" + NL +
     "Nume: " + m(N, "Ioana Dumitrescu") + NL +
     "CNP: " + m(ID, "2900512410030") + NL +
     "Data nașterii: " + m(D, "12.05.1990") + NL +
     "Domiciliu: " + m(A, "Bulevardul Eroilor 7, 400129 Cluj-Napoca")),
    ("review", "ro", True,
     "Am vizitat Palatul Parlamentului și Arcul de Triumf, apoi am mâncat la Caru' cu Bere. Zbor W6 3141, poarta 5. Nota 4/5."),
    # ---------------------------------------------------------------- Czech
    ("email", "cs", False,
     "Dobrý den, pane " + m(N, "Novák") + "," + NL + NL +
     "zasílám číslo účtu pro vrácení zálohy: " + m(I, "CZ85 2342 1683 1079 3902 4399") + ". V případě dotazů volejte " +
     m(P, "+420 602 345 678") + "." + NL + NL +
     "S pozdravem" + NL + m(N, "Tereza Svobodová") + NL + m(A, "Vinohradská 112, 130 00 Praha 3")),
    ("hr", "cs", False,
     "OSOBNÍ KARTA ZAMĚSTNANCE" + NL +
     "Jméno: " + m(N, "Jiří Dvořák") + NL +
     "Rodné číslo: " + m(ID, "780123/4529") + NL +
     "Datum narození: " + m(D, "23. 1. 1978") + NL +
     "Bydliště: " + m(A, "Masarykova 31, 602 00 Brno")),
    ("travel", "cs", True,
     "Vlak EC 172 z Praha hlavní nádraží do Dresden Hbf, vůz 255, místo 47. Odjezd 10:25. "
     "Karlův most a Staroměstské náměstí doporučujeme navštívit ráno. Kód rezervace 7HK2P9."),
    ("log", "cs", True,
     "Aktualizace na verzi 5.0.12-rc3 selhala: chyba E1042, id transakce 9c1b7e3f-22aa-4b1d-8f6e-5a0c3d2e1f44"),
    # ---------------------------------------------------------------- more mixed documents
    ("email", "en", False,
     "Hi all," + NL + NL +
     "Quick update from the Hanoi office: " + m(N, "Trần Minh Quân") + " has joined as our new QA lead and " + m(N, "Phạm Thu Hà") +
     " moves to product. Courier packages for the team should now go to " + m(A, "25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội") + "." + NL + NL +
     "Cheers," + NL + m(N, "Brendan") + NL + "-- " + NL + m(N, "Brendan Kearney") + " | Regional Manager APAC | " + m(P, "+84 24 3934 5678")),
    ("chat", "en", False,
     "#ops (Slack)" + NL +
     "<" + m(N, "oleksandr") + "> prod-db failover done, new primary " + m(IP, "10.60.3.21") + NL +
     "<" + m(N, "maja") + "> 👀 replication lag?" + NL +
     "<" + m(N, "oleksandr") + "> ~0s. btw the grafana admin pw in the runbook is still " + m(K, "Gr4fana-Adm1n-2023") + ", someone change it" + NL +
     "<" + m(N, "maja") + "> on it"),
    ("ticket", "en", False,
     "Customer called re: address change. Old address " + m(A, "301 Front Street West, Toronto, ON M5V 2T6") + ", new address " +
     m(A, "88 Queen Street, Halifax, NS B3J 1T5") + ". Verified with DOB " + m(D, "1982-04-19") + " and last four of card. "
     "Customer name " + m(N, "Ravi Chandrasekaran") + ", callback " + m(P, "+1 902 555 0183") + "."),
    ("cv", "en", False,
     "CURRICULUM VITAE" + NL + NL +
     m(N, "Olumide Bankole") + NL +
     "Born " + m(D, "2 February 1990") + ", Ibadan" + NL +
     m(E, "olumide.bankole@outlook.com") + " · " + m(P, "+44 7911 123456") + NL +
     m(A, "17 Wilmslow Road, Manchester M14 5TB") + NL + NL +
     "Profile: civil engineer with 8 years on rail infrastructure (HS2, Crossrail)." + NL +
     "Languages: English, Yoruba, French (B1)"),
    ("code", "en", False,
     "public class MailSettings {" + NL +
     "    static final String USER = \"" + m(E, "noreply@tiendas-garcia.mx") + "\";" + NL +
     "    static final String PASS = \"" + m(K, "mX7$e2Lq!9vRw") + "\";" + NL +
     "    static final String HOST = \"smtp.tiendas-garcia.mx\";" + NL +
     "}"),
    ("json", "en", False,
     "{" + NL +
     "  \"order_id\": \"ORD-55812\"," + NL +
     "  \"customer\": {\"name\": \"" + m(N, "Amira Farouk") + "\", \"email\": \"" + m(E, "amira.farouk@nilemail.eg") + "\"}," + NL +
     "  \"shipping\": \"" + m(A, "12 El Tahrir Street, Dokki, Giza 12611") + "\"," + NL +
     "  \"payment\": {\"card\": \"" + m(C, "5227342679916140") + "\", \"exp\": \"09/27\"}" + NL +
     "}"),
    ("sentence", "en", False,
     "When " + m(N, "Kenji") + " moved out, he left his forwarding address as " + m(A, "3-14-2 Jingumae, Shibuya-ku, Tokyo 150-0001") + "."),
    ("travel", "en", False,
     "Hotel reservation #HX-4491" + NL +
     "Guest: " + m(N, "Giorgos Papadakis") + " + 1" + NL +
     "Check-in 22 Dec, check-out 27 Dec, Deluxe double" + NL +
     "Guarantee card: Visa " + m(C, "4842 7361 6343 8032") + NL +
     "Special request: late arrival, guest will call from " + m(P, "+30 694 123 4567")),
    ("report", "en", False,
     "Witness statement taken from " + m(N, "Aleksandra Kowalska") + ", who lives above the shop at " + m(A, "56 Mill Lane, Cardiff CF10 1FL") +
     ". She saw two men, one of whom she recognised as " + m(N, "Liam Doherty") + ", leave in a grey van at around 23:00."),
    ("review", "en", False,
     "Booked a plumber through the app, " + m(N, "Darius") + " arrived on time and fixed the leak in 20 minutes. "
     "Highly recommend asking for him. 5 stars from " + m(N, "Charlotte Nguyen") + "."),
    ("csv", "en", False,
     "employee,email,ip,mac" + NL +
     m(N, "Sigrid Halvorsen") + "," + m(E, "sigrid.halvorsen@fjordtech.no") + "," + m(IP, "10.3.7.51") + "," + m(MAC, "F0:18:98:2C:4E:A3") + NL +
     m(N, "Arvid Nilsen") + "," + m(E, "arvid.nilsen@fjordtech.no") + "," + m(IP, "10.3.7.52") + "," + m(MAC, "F0:18:98:2C:4E:B7")),
    ("shell", "en", False,
     "root@web01:~# mysql -h " + m(IP, "10.0.12.8") + " -u backup -p'" + m(K, "B4ckup!Night1y") + "' -e 'SHOW DATABASES;'" + NL +
     "root@web01:~# rsync -av /var/www/ " + m(U, "rsync://mirror:s3cr3tSync@backup.hetzner-box.de/web/")),
    ("newsletter", "en", False,
     "Staff spotlight: this month we celebrate " + m(N, "Bongani Dlamini") + ", who has answered over 10,000 support tickets, and "
     + m(N, "Hoang Anh Tuan") + ", whose team shipped the new mobile app. Congratulations also to " + m(N, "Réka Szabó") +
     " on her promotion!"),
    ("email", "en", False,
     "Dear Mr. " + m(N, "Venkataraman") + "," + NL + NL +
     "Your US visa interview is scheduled for 15 January. Please bring passport " + m(ID, "Z8472915") + " and the DS-160 confirmation. "
     "Your SSN " + m(S, "301-62-4478") + " is not required for this appointment." + NL + NL + "Regards," + NL + "Visa Services"),
    ("html", "en", False,
     "<footer>" + NL +
     "  <p>© 2024 Nordic Bakery AB · Org.nr 556677-8899</p>" + NL +
     "  <p>Owner: " + m(N, "Linnea Åberg") + " · <a href=\"mailto:" + m(E, "linnea@nordicbakery.se") + "\">" + m(E, "linnea@nordicbakery.se") + "</a></p>" + NL +
     "  <p>" + m(A, "Hornsgatan 42, 118 20 Stockholm") + "</p>" + NL +
     "</footer>"),
    # ---------------------------------------------------------------- Greek, Hungarian, Danish, Norwegian, Finnish
    ("email", "el", False,
     "Καλησπέρα κ. " + m(N, "Παπαδόπουλε") + "," + NL + NL +
     "Σας στέλνω τον λογαριασμό για την προκαταβολή: " + m(I, "GR62 4162 6345 8835 2365 4519 283") + ". Για οποιαδήποτε απορία, "
     "καλέστε με στο " + m(P, "210 723 4567") + "." + NL + NL + "Με εκτίμηση," + NL + m(N, "Ελένη Κωνσταντίνου")),
    ("hr", "hu", False,
     "MUNKAVÁLLALÓI ADATLAP" + NL +
     "Név: " + m(N, "Kovács Bálint") + NL +
     "Születési idő: " + m(D, "1987. 08. 14.") + NL +
     "Lakcím: " + m(A, "1061 Budapest, Andrássy út 23.") + NL +
     "Bankszámla: " + m(I, "HU31 0076 0925 7058 8433 5059 0716")),
    ("chat", "da", False,
     m(N, "Mette") + ": hvornår kommer " + m(N, "Rasmus") + " hjem fra Aarhus?" + NL +
     m(N, "Freja") + ": på søndag tror jeg, skriv til ham på " + m(P, "+45 20 12 34 56")),
    ("email", "fi", False,
     "Hei " + m(N, "Aino") + "," + NL + NL +
     "vuokranantaja pyysi yhteystietosi. Annoin osoitteesi " + m(A, "Mannerheimintie 12 B 7, 00100 Helsinki") + " ja sähköpostisi " +
     m(E, "aino.virtanen@kolumbus.fi") + "." + NL + NL + "Terveisin," + NL + m(N, "Juha Mäkinen")),
    ("ticket", "de", False,
     "Kunde " + m(N, "Roman Hofer") + " (Wien) meldet: Zahlung mit IBAN " + m(I, "AT15 2726 0710 8843 8733") +
     " wurde abgelehnt. Zustelladresse " + m(A, "Mariahilfer Straße 77, 1060 Wien") + ", Tel. " + m(P, "+43 664 123 4567") + "."),
    ("email", "fr", False,
     "Bonjour," + NL + "Je suis " + m(N, "Noémie Favre") + ", votre nouvelle conseillère. Pour le virement de votre bonus, "
     "j'ai bien noté le compte " + m(I, "CH53 4616 5117 0775 1361 6") + " et l'adresse " + m(A, "Rue du Rhône 48, 1204 Genève") + "." + NL +
     "Belle journée," + NL + m(N, "Noémie Favre")),
    ("invoice", "nl", False,
     "FACTUUR 2024-117" + NL +
     "Aan: " + m(N, "Lotte Peeters") + ", " + m(A, "Meir 50, 2000 Antwerpen") + NL +
     "Vertaling 12 pagina's NL-EN: € 480,00" + NL +
     "Te betalen op " + m(I, "BE97 8992 5750 7346") + " binnen 14 dagen."),
    ("chat", "es", False,
     m(N, "Camila") + ": oye, ¿me mandas el contacto de la veterinaria?" + NL +
     m(N, "Mateo") + ": sí, la doctora " + m(N, "Valeria Rojas") + ", " + m(P, "+56 9 8765 4321") + ", está en " + m(A, "Avenida Providencia 1208, Santiago")),
    ("code", "it", False,
     "# impostazioni di produzione" + NL +
     "SECRET_KEY = \"" + m(K, "django-insecure-7k#p2@x9!q4v$z8m&w1r^t6y") + "\"" + NL +
     "ADMINS = [(\"" + m(N, "Lorenzo Gallo") + "\", \"" + m(E, "lorenzo.gallo@pastificio-gallo.it") + "\")]" + NL +
     "CACHE_URL = \"" + m(U, "redis://default:Amatriciana42@10.2.0.9:6379/1") + "\""),
    ("sentence", "pl", False,
     "Wczoraj " + m(N, "Magda") + " spotkała " + m(N, "Tomasza Grabowskiego") + " w tramwaju i dała mu swój numer " + m(P, "698 112 334") + "."),
    ("sentence", "tr", False,
     "Dün " + m(N, "Hakan") + " ile " + m(N, "Elif Arslan") + " toplantıdaydı; " + m(N, "Elif") + "'in yeni e-postası " + m(E, "elif.arslan@firma.com.tr") + "."),
    # ---------------------------------------------------------------- more hard negatives
    ("code", "en", True,
     "import hashlib, uuid" + NL +
     "SESSION_ID = uuid.UUID(\"123e4567-e89b-12d3-a456-426614174000\")" + NL +
     "EXPECTED = \"d41d8cd98f00b204e9800998ecf8427e\"  # md5 of empty string" + NL +
     "assert hashlib.md5(b\"\").hexdigest() == EXPECTED"),
    ("config", "en", True,
     "# docker-compose.yml" + NL +
     "services:" + NL +
     "  db:" + NL +
     "    image: postgres:16.2-alpine" + NL +
     "    environment:" + NL +
     "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set me}" + NL +
     "    ports: [\"5432:5432\"]" + NL +
     "  api:" + NL +
     "    image: acme/api:1.8.3" + NL +
     "    command: [\"--workers\", \"4\", \"--timeout\", \"30\"]"),
    ("sentence", "en", True,
     "Calibration table: sensor A reads 12.456 mV at stage 1, firmware v2.10.4.1, SKU 4006381-333931."),
    ("log", "en", True,
     "kernel: [    2.418734] usb 1-1.2: new high-speed USB device number 3 using xhci_hcd" + NL +
     "kernel: [    2.561002] usb 1-1.2: New USB device found, idVendor=0bda, idProduct=8153, bcdDevice=30.00" + NL +
     "kernel: [    2.561010] usb 1-1.2: Product: USB 10/100/1000 LAN"),
    ("newsletter", "en", True,
     "Holiday opening hours: the Wendy's on Station Road and Tim Hortons at Union Square close at 18:00 on 24/12. "
     "Ben & Jerry's flavours are 2-for-£7 until 02/01/2025. Promo code XMAS-25-OFF."),
    ("ticket", "en", True,
     "Case 00482193: customer reports that the 'Johnnie Walker Blue Label' gift set (EAN 5000267114279) arrived damaged. "
     "Replacement order RPL-2024-11-4471 created; carrier reference JD014600004398127734."),
    ("minutes", "en", True,
     "Sprint 42 retro: velocity 38 pts (target 40). Tickets PAY-1187, PAY-1190 carried over. "
     "Staging runs 3.4.0-rc.2; prod pinned to 3.3.9. Next planning 2024-11-18 10:00 CET."),
    ("sql", "en", True,
     "CREATE TABLE customers (" + NL +
     "  id BIGINT PRIMARY KEY," + NL +
     "  email VARCHAR(255) NOT NULL," + NL +
     "  phone VARCHAR(32)," + NL +
     "  iban CHAR(34)," + NL +
     "  created_at TIMESTAMP DEFAULT now()" + NL +
     ");" + NL +
     "INSERT INTO schema_version VALUES ('2024.11.05.001', 'add iban column');"),
    ("csv", "en", True,
     "sku,product,price,stock" + NL +
     "RL-POLO-001,Ralph Lauren polo shirt,89.00,14" + NL +
     "CK-JEAN-032,Calvin Klein slim jeans,99.00,6" + NL +
     "HB-SUIT-110,Hugo Boss wool suit,549.00,2"),
    ("review", "en", True,
     "Stopped at the Sydney Harbour Bridge, had coffee at Gloria Jean's, then took the ferry to Manly. "
     "Ticket 0071-2289-5543, Opal card top-up 20 AUD. 5/5!"),
    ("chat", "en", True,
     "[14:20] build-bot: ✅ pipeline 88213 succeeded in 7m12s" + NL +
     "[14:20] build-bot: coverage 81.4% (+0.3), 2,431 tests" + NL +
     "[14:21] build-bot: image sha256:5d41402abc4b2a76b9719d911017c592 pushed to registry"),
    ("config", "de", True,
     "# Beispielkonfiguration – Werte ersetzen" + NL +
     "MAIL_USER=<benutzer>" + NL +
     "MAIL_PASS=<passwort>" + NL +
     "IBAN=DEXX XXXX XXXX XXXX XXXX XX"),
    ("sentence", "de", True,
     "Die Ersatzteilnummer 8200-4471-33 passt für alle Modelle ab Baujahr 2019; Seriennummer beginnt mit WDB2110421A."),
    ("ticket", "fr", True,
     "Ticket 2024-7719 : la mise à jour 14.2.1 bloque l'impression. Code d'erreur 0x0000011b, "
     "pilote HP Universal 7.1.0.25570. Contournement : revenir à la version 14.1.8."),
    ("chat", "fr", True,
     "[bot] Déploiement v3.7.2 terminé sur 6 serveurs en 4 min 18 s." + NL +
     "[bot] Prochaine fenêtre de maintenance : 23/11 à 02:00 UTC."),
    ("sentence", "es", True,
     "Coordenadas del punto de encuentro: 40.4168, -3.7038 (Puerta del Sol), junto a la estatua del Oso y el Madroño."),
    ("log", "es", True,
     "ERROR 2024-11-21 09:41:12 pedido=998172 estado=RECHAZADO motivo=\"tarjeta inválida 4000 1234 5678 9011\" intento=3"),
    ("code", "pt", True,
     "# configuração de exemplo" + NL +
     "SENHA=\"${SENHA_BD}\"" + NL +
     "TOKEN=\"<coloque-o-token-aqui>\"" + NL +
     "VERSAO=\"2.0.17\""),
    ("ticket", "nl", True,
     "Storingsnummer ST-2024-55781: software-update 7.3.0.112 op kassa 4 mislukt, foutcode KS-0402. "
     "Pakket met trackingcode 3SABCD123456789 onderweg naar filiaal Rotterdam Zuid."),
    ("invoice", "sv", True,
     "Faktura 100448, OCR 1004487712, bankgiro 5050-1055" + NL +
     "Artikel 302.141.88 BILLY bokhylla 2 st, 1 198 kr" + NL +
     "Förfallodatum 2024-12-15"),
    ("review", "pl", True,
     "Byliśmy w Pizzerii Luigi na Starym Mieście i w Muzeum Fryderyka Chopina. Bilet nr 55-2210-998, ocena 5/5."),
    ("config", "it", True,
     "server:" + NL +
     "  host: localhost" + NL +
     "  porta: 8080" + NL +
     "database:" + NL +
     "  password: \"${DB_PASSWORD}\"" + NL +
     "  url: \"jdbc:postgresql://db:5432/negozio\""),
    ("sentence", "tr", True,
     "Sürüm 12.4.0 ile birlikte sipariş numarası formatı SP-2024-000123 olarak değişti; eski kodlar 31.12.2024'e kadar geçerli."),
    ("sentence", "ro", True,
     "Comanda nr. 2024-77812 a fost expediată prin Fan Courier, AWB 2156789012345. Versiune aplicație 6.1.3."),
]

emit("blind5", cases)
