#!/usr/bin/env python3
"""A third hand-written batch, written and scored before any recognizer change it led to.

Support tickets, e-mails with signatures, chat logs, shell history, config files, markdown,
HTML, CSV rows and forms in English, German, French, Spanish, Dutch and Italian, plus hard
negatives. Markup as in corpus.jsonl: ⟦TYPE|value⟧; the loader turns it into text and UTF-16
spans. Values are test numbers or fictitious. Checksummed values are checked here, so a typo in
a label fails the script instead of the score.

Run: python3 src/test/resources/pii/unseen.py > src/test/resources/pii/corpus-unseen.jsonl
"""
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m  # noqa: F401

cases = [
    # --- support tickets ---
    ("ticket", "en", False, "Subject: Refund not received" + NL + NL + "Hi team, I returned the jacket on the 3rd but nothing came back to my Mastercard " + m(C, "5555 5555 5555 4444") + ". Order #A-771203. My number is " + m(P, "(617) 555-0187") + " if you need to call." + NL + NL + "Thanks," + NL + m(N, "Derek Holloway")),
    ("ticket", "en", False, "Account locked again. Login is " + m(E, "sam.k.rivera@outlook.com") + ", last tried from " + m(IP, "98.137.11.164") + " around 9am. Please don't make me reset the password a 4th time."),
    ("ticket", "en", False, "Priority: P2" + NL + "Reporter: " + m(N, "Nadia Petrova") + NL + "Customer DOB " + m(D, "1979-06-21") + " does not match what billing has on file (they have 1979-06-12)."),
    ("ticket", "en", False, "Caller verified with last four of SSN, then read out the full thing anyway: " + m(S, "536-22-1874") + ". I've asked them not to do that."),
    ("ticket", "de", False, "Kundin " + m(N, "Birgit Hoffmann") + " (geb. " + m(D, "03.05.1971") + ") bittet um Änderung der Bankverbindung auf " + m(I, "DE44 5001 0517 5407 3249 31") + "."),
    ("ticket", "fr", False, "Le client " + m(N, "Julien Moreau") + " signale que sa carte " + m(C, "4970 1012 3456 7893") + " a été débitée deux fois. Rappeler au " + m(P, "06 12 34 56 78") + "."),
    ("ticket", "es", False, "Incidencia 4521: el usuario " + m(E, "javier.montes@telefonica.es") + " no recibe el SMS en el " + m(P, "+34 612 34 56 78") + ". Fecha de nacimiento: " + m(D, "23/11/1982") + "."),
    ("ticket", "nl", False, "Melding van " + m(N, "Pieter van den Berg") + ": de automatische incasso van " + m(I, "NL02 ABNA 0123 4567 89") + " is mislukt. Bereikbaar op " + m(P, "+31 6 12345678") + "."),
    ("ticket", "it", False, "La signora " + m(N, "Francesca Romano") + ", nata il " + m(D, "5 maggio 1988") + ", chiede il rimborso sul conto " + m(I, "IT60 X054 2811 1010 0000 0123 456") + "."),
    ("ticket", "en", False, "Laptop handover: serial C02XG0FDJGH5, Wi-Fi MAC " + m(MAC, "F0-18-98-2C-7A-11") + ", assigned to " + m(N, "Owen Fitzgerald") + "."),
    ("ticket", "en", False, "Shipping label printed for " + m(N, "Grace Kim") + ", " + m(A, "2200 Mission College Blvd, Santa Clara, CA 95054") + ". Tracking 1Z 204 E38 03 4521 9981."),
    # --- e-mails with signatures ---
    ("email", "en", False, "Hi " + m(N, "Sarah") + "," + NL + NL + "The Q3 deck is attached. Let me know if the numbers look off." + NL + NL + "Thanks, " + m(N, "Tom")),
    ("email", "en", False, "Morning all," + NL + NL + "Reminder: the offsite is at " + m(A, "14 Canal Street, Manchester M1 3HE") + " on Thursday." + NL + NL + "— " + m(N, "Maria")),
    ("email", "en", False, "Best regards," + NL + NL + m(N, "Jonathan Whitaker") + NL + "Senior Account Manager | Northwind Traders" + NL + "M: " + m(P, "+44 7911 123456") + NL + "E: " + m(E, "j.whitaker@northwind-traders.co.uk")),
    ("email", "en", False, "On Tue, 12 Mar 2024 at 10:14, " + m(N, "Emily Zhang") + " <" + m(E, "emily.zhang@contoso.com") + "> wrote:" + NL + "> Can you resend the invoice?"),
    ("email", "de", False, "Hallo " + m(N, "Klaus") + "," + NL + NL + "die neue Adresse lautet " + m(A, "Kastanienallee 7, 10435 Berlin") + "." + NL + NL + "Viele Grüße" + NL + m(N, "Sabine Krüger") + NL + "Tel.: " + m(P, "030 12345678")),
    ("email", "fr", False, "Bonjour " + m(N, "Hélène") + "," + NL + NL + "Je vous confirme le rendez-vous. Mon adresse : " + m(A, "27 rue de la République, 69002 Lyon") + "." + NL + NL + "Bien à vous," + NL + m(N, "Mathieu Girard")),
    ("email", "es", False, "Estimado " + m(N, "Sr. Fernández") + ":" + NL + NL + "Le adjuntamos la factura. Para cualquier consulta escriba a " + m(E, "facturacion@grupoiberia.es") + "." + NL + NL + "Saludos," + NL + m(N, "Lucía Navarro")),
    ("email", "nl", False, "Beste " + m(N, "Sanne") + "," + NL + NL + "Mijn nieuwe adres is " + m(A, "Keizersgracht 123, 1015 CJ Amsterdam") + "." + NL + NL + "Groeten," + NL + m(N, "Daan Visser")),
    ("email", "it", False, "Ciao " + m(N, "Luca") + "," + NL + "ti giro il mio numero nuovo: " + m(P, "+39 347 123 4567") + "." + NL + "A presto," + NL + m(N, "Giulia")),
    ("email", "en", False, "Please wire the deposit to " + m(I, "GB82 WEST 1234 5698 7654 32") + " (Barclays, ref. FLAT-2B). Any questions, ring me on " + m(P, "020 7946 0958") + ".\n\nCheers,\n" + m(N, "Alistair")),
    # --- chat logs ---
    ("chat", "en", False, "[09:14] " + m(N, "Emma Larsson") + ": anyone have the staging db creds?\n[09:15] " + m(N, "Kofi Mensah") + ": user is app, pw " + m(K, "St4g!ng-2024") + "\n[09:15] " + m(N, "Emma Larsson") + ": thx"),
    ("chat", "en", False, "ok pinging @" + m(N, "liam.obrien") + " about it, he set up the box at " + m(IP, "10.20.30.41")),
    ("chat", "en", False, "happy birthday " + m(N, "Chloe") + "!! 🎂 can't believe you were born " + m(D, "14 July 1999")),
    ("chat", "de", False, "[14:02] " + m(N, "jonas") + ": wer hat das Passwort fürs NAS?\n[14:03] " + m(N, "mia") + ": " + m(K, "Nas#Wohnzimmer77") + " – aber bitte ändern"),
    ("chat", "fr", False, "tu peux m'envoyer ton RIB ? — oui : " + m(I, "FR24 1027 8060 3100 0205 3620 144")),
    ("chat", "es", False, "mi correo nuevo es " + m(E, "ana_perez88@gmail.com") + ", el otro ya no lo uso"),
    ("chat", "en", False, "<" + m(N, "Raj Patel") + "> the VPN gateway is " + m(IP, "2a02:8108:1140:3a00::1") + " now, old one is gone"),
    # --- shell history ---
    ("shell", "code", False, "  501  mysql -uroot -p" + m(K, "R00t!Passw0rd") + " inventory < dump.sql"),
    ("shell", "code", False, "$ PGPASSWORD=" + m(K, "pgAdm1n_2024") + " psql -h " + m(IP, "10.0.0.5") + " -U postgres -c 'select 1'"),
    ("shell", "code", False, "sshpass -p '" + m(K, "Deploy#Key99") + "' ssh deploy@" + m(IP, "203.0.113.77")),
    ("shell", "code", False, "curl -u admin:" + m(K, "Adm1nPa55!") + " https://jenkins.internal/api/json"),
    ("shell", "code", False, "export AWS_SECRET_ACCESS_KEY=" + m(K, "Hx7kP2mQ9vL4nR8sT1wY5zB3cD6fG0jK2aE4uI7o") + NL + "export AWS_DEFAULT_REGION=us-east-1"),
    ("shell", "code", False, "docker login -u ci-bot --password " + m(K, "dckr_pat_2bX9kLmQ7vRt4YpWn8sZ") + " registry.example.com"),
    ("shell", "code", False, "psql " + m(U, "postgresql://reporting:Rep0rt!ng@pg.prod.internal:5432/warehouse") + " -f nightly.sql"),
    ("shell", "code", False, "mongo --username admin --password " + m(K, "M0ng0Adm!n") + " --authenticationDatabase admin"),
    ("shell", "code", False, "htpasswd -b /etc/nginx/.htpasswd alice " + m(K, "Wonderland42")),
    # --- config files ---
    ("config", "code", False, "# .env" + NL + "APP_ENV=production" + NL + "DATABASE_URL=" + m(U, "mysql://shop:Sh0pP4ss@db:3306/shop") + NL + "STRIPE_SECRET_KEY=" + m(K, "sk_live_4eC39HqLyjWDarjtT1zdp7dc") + NL + "MAIL_FROM=" + m(E, "noreply@shop.example.com")),
    ("config", "code", False, "spring.datasource.url=jdbc:postgresql://db.internal:5432/orders" + NL + "spring.datasource.username=orders_svc" + NL + "spring.datasource.password=" + m(K, "Ord3rs!Svc") + NL + "spring.jpa.hibernate.ddl-auto=validate"),
    ("config", "code", False, "\"ConnectionStrings\": {" + NL + "  \"Default\": \"Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=" + m(K, "Cr#mAdm1n2024") + ";Encrypt=True;\"" + NL + "}"),
    ("config", "code", False, "jdbc:sqlserver://" + m(IP, "10.1.1.20") + ":1433;databaseName=hr;user=hr_app;password=" + m(K, "HrApp!9876") + ";encrypt=true"),
    ("config", "code", False, "smtp:" + NL + "  host: smtp.sendgrid.net" + NL + "  username: apikey" + NL + "  password: " + m(K, "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")),
    ("config", "code", False, "{" + NL + "  \"client_id\": \"7a1f3c2e-payments\"," + NL + "  \"client_secret\": \"" + m(K, "q8Yt~Vn3_Lp0.Wz7Rk2-Hm5Xb9") + "\"," + NL + "  \"redirect_uri\": \"https://app.example.com/callback\"" + NL + "}"),
    ("config", "code", False, "[client]" + NL + "user=backup" + NL + "password=\"" + m(K, "B4ckup-Only") + "\"" + NL + "host=127.0.0.1"),
    ("config", "code", False, "TWILIO_ACCOUNT_SID=AC" + "3f9a1b2c4d5e6f708192a3b4c5d6e7f8" + NL + "TWILIO_AUTH_TOKEN=" + m(K, "9f8e7d6c5b4a39281706f5e4d3c2b1a0")),
    ("config", "code", False, "amqp:" + NL + "  url: " + m(U, "amqps://orders:Rabb1t-Q@mq.internal:5671/prod")),
    ("config", "code", False, "slack_bot_token: " + m(K, "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx")),
    ("config", "code", False, "machine api.heroku.com" + NL + "  login " + m(E, "ops@acme-corp.io") + NL + "  password " + m(K, "c2f7a9e1-4b3d-4e8f-9a6c-1d2e3f4a5b6c")),
    # --- markdown / HTML ---
    ("markdown", "en", False, "## Contacts" + NL + NL + "| Role | Name | Phone |" + NL + "|---|---|---|" + NL + "| Landlord | " + m(N, "Patricia Gomez") + " | " + m(P, "+1 305 555 0163") + " |" + NL + "| Plumber | " + m(N, "Dave Miller") + " | " + m(P, "305-555-0128") + " |"),
    ("markdown", "en", False, "> **Note:** the demo account is `demo` / `" + m(K, "Demo!2024x") + "` — rotate after the webinar."),
    ("html", "en", False, "<div class=\"vcard\"><span class=\"fn\">" + m(N, "Marcus Reed") + "</span><a href=\"mailto:" + m(E, "marcus.reed@reedlaw.com") + "\">email</a><span class=\"tel\">" + m(P, "+1-212-555-0199") + "</span></div>"),
    ("html", "de", False, "<p>Impressum: Bäckerei Sonnenschein GmbH, " + m(A, "Hauptstraße 45, 69117 Heidelberg") + ", Geschäftsführer: " + m(N, "Thomas Becker") + "</p>"),
    ("html", "fr", False, "<td>Date de naissance</td><td>" + m(D, "12/09/1990") + "</td>"),
    ("markdown", "en", False, "Reproduced with card " + m(C, "4012 8888 8888 1881") + " (Visa test) and Amex " + m(C, "3714 496353 98431") + ". Both should be declined in prod."),
    # --- CSV rows ---
    ("csv", "en", False, "id,name,email,phone,dob" + NL + "1041," + m(N, "Hannah Schultz") + "," + m(E, "h.schultz@mail.de") + "," + m(P, "+49 151 23456789") + "," + m(D, "1986-02-14") + NL + "1042," + m(N, "Oscar Lindqvist") + "," + m(E, "oscar.l@telia.se") + "," + m(P, "+46 70 123 45 67") + "," + m(D, "1990-11-30")),
    ("csv", "en", False, "customer_id;iban;amount" + NL + "C-2291;" + m(I, "BE68 5390 0754 7034") + ";125.00" + NL + "C-2292;" + m(I, "AT61 1904 3002 3457 3201") + ";89.90"),
    ("csv", "en", False, "\"" + m(N, "O'Connor, Siobhan") + "\",\"" + m(A, "12 Harbour Road, Cork T12 X8Y2") + "\",\"" + m(P, "+353 21 490 1234") + "\""),
    # --- forms ---
    ("form", "en", False, "Full name: " + m(N, "William Turner") + NL + "Birth date | " + m(D, "1985-03-02") + NL + "Passport | " + m(ID, "X12345678") + NL + "Email | " + m(E, "wturner85@proton.me")),
    ("form", "en", False, "Name ........ " + m(N, "Rachel Adams") + NL + "Date of birth  " + m(D, "July 4, 1982") + NL + "SSN ......... " + m(S, "401-78-3320")),
    ("form", "de", False, "Vorname: " + m(N, "Lukas") + NL + "Nachname: " + m(N, "Brandt") + NL + "Geburtsdatum:" + NL + m(D, "17.08.1993") + NL + "Anschrift: " + m(A, "Lindenweg 3, 04109 Leipzig")),
    ("form", "es", False, "Nombre: " + m(N, "Alejandro Ruiz Torres") + NL + "DNI: " + m(ID, "87654321X") + NL + "Domicilio: " + m(A, "Calle Mayor 21, 3º B, 28013 Madrid")),
    ("form", "nl", False, "Naam: " + m(N, "Eva de Vries") + NL + "Geboortedatum: " + m(D, "01-02-1975") + NL + "Telefoon: " + m(P, "020 123 4567")),
    ("form", "it", False, "Cognome e nome: " + m(N, "Rossi Marco") + NL + "Data di nascita: " + m(D, "30/06/1980") + NL + "Codice fiscale: " + m(ID, "RSSMRC80H30F205X")),
    ("form", "en", False, "Patient: " + m(N, "Ahmed Hassan") + ", born " + m(D, "02/29/1964") + ", MRN 00482913, seen for follow-up."),
    # --- logs ---
    ("log", "en", False, "2024-05-02T11:04:33Z INFO login ok user=" + m(E, "k.nakamura@example.jp") + " ip=" + m(IP, "203.0.113.9") + " ua=\"Mozilla/5.0\""),
    ("log", "en", False, "dhcpd: DHCPACK on " + m(IP, "192.168.1.57") + " to " + m(MAC, "b8:27:eb:4f:1a:9c") + " (raspberrypi) via eth0"),
    ("log", "en", False, "ERROR Failed to connect: " + m(U, "redis://default:Kx9vQ2mW@cache-01.internal:6379/0") + " - connection refused"),
    ("log", "en", False, "switch01#show mac address-table | inc Gi0/12" + NL + "  10    " + m(MAC, "0050.56a3.1b2c") + "    DYNAMIC     Gi0/12"),
    ("log", "en", False, "POST /v1/payments 402 card=" + m(C, "6011 0009 9013 9424") + " reason=insufficient_funds"),
    # --- code ---
    ("code", "code", False, "const client = new Octokit({ auth: \"" + m(K, "ghp_16C7e42F292c6912E7710c838347Ae178B4a") + "\" });"),
    ("code", "code", False, "openai.api_key = \"" + m(K, "sk-Zq3xW8vN2bM5kL9jH4gF7dS1aP6oI0uY3tR8eW2qX5cV") + "\""),
    ("code", "code", False, "conn = psycopg2.connect(host=\"db\", user=\"etl\", password=\"" + m(K, "Etl_Load#7") + "\", dbname=\"dw\")"),
    ("code", "code", False, "String url = \"" + m(U, "ftp://backup:B4ckup%232023@ftp.example.org/nightly/") + "\";"),

    # --- hard negatives ---
    ("negative", "en", True, "Order #100-4829301-7732014 shipped; tracking 9400 1000 0000 0000 0000 00 (USPS)."),
    ("negative", "en", True, "ISBN 978-3-16-148410-0, EAN 4006381333931, and the old ISBN 3-16-148410-X."),
    ("negative", "en", True, "Upgraded from 3.12.4 to 3.13.0-beta.2; Chrome 120.0.6099.109 still crashes."),
    ("negative", "en", True, "Logs between 2024-03-02 08:15:00 and 2024-03-02 09:47:12 UTC were rotated at 1709370000."),
    ("negative", "en", True, "Test card 4111 1111 1111 1112 should fail validation (bad check digit)."),
    ("negative", "en", True, "Fixed in commit 3f5e2a9c1b7d4e8f0a6c2b9d1e4f7a3c5b8d0e2f, reverted in 7d1c4b2."),
    ("negative", "en", True, "Correlation id: 550e8400-e29b-41d4-a716-446655440000; span 00f067aa0ba902b7."),
    ("negative", "en", True, "Total: $1,249.99 (incl. $99.99 shipping); was €1.399,00 last week."),
    ("negative", "en", True, "SKU: WH-1000XM5-BLK, model CFI-1216A, part no. 0-7362-1234-5."),
    ("negative", "code", True, "\"node_modules/lodash\": {" + NL + "  \"version\": \"4.17.21\"," + NL + "  \"integrity\": \"sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==\"" + NL + "}"),
    ("negative", "code", True, "[[package]]" + NL + "name = \"serde\"" + NL + "version = \"1.0.197\"" + NL + "checksum = \"3fb1c873e1b9b056a4dc4c0c198b24c3ffa059243875552b2bd0933b1aee4ce2\""),
    ("negative", "code", True, "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\" alt=\"dot\">"),
    ("chat", "en", False, "Will you review the PR before May 3? " + m(N, "Mark") + " said he'd take a look."),
    ("negative", "en", True, "Please mark the ticket as resolved; we will bill the customer in May."),
    ("negative", "en", True, "Grace period ends in June; Rose Garden Apartments are on the left."),
    ("negative", "en", True, "Forgot password? Click the link to reset your password. The token expires in 15 minutes."),
    ("negative", "code", True, "db:" + NL + "  password: ${DB_PASSWORD}" + NL + "  user: ${DB_USER:app}" + NL + "  host: localhost"),
    ("negative", "code", True, "echo \"$REGISTRY_TOKEN\" | docker login ghcr.io -u ci --password-stdin"),
    ("negative", "en", True, "Build #4821 took 00:12:43; memory peak 1,536 MB; exit code 0."),
    ("negative", "de", True, "Lieferschein 8000123456 vom 12.03.2024, Artikel 4711, Menge 3 Stück, Preis 12,50 €."),
    ("negative", "fr", True, "Commande n° 2024-00981 expédiée le 04/03/2024 ; colis 6A12345678901."),
    ("negative", "es", True, "Versión 2.4.1 publicada el 15 de marzo de 2024; ticket JIRA-3321."),
    ("negative", "nl", True, "Factuurnummer 2024-0457, vervaldatum 30-04-2024, bedrag € 1.250,00."),
    ("negative", "it", True, "Ordine n. 445566 del 10/01/2024, totale 89,90 euro, spedizione gratuita."),
    ("negative", "en", True, "Docker image sha256:9b2a28eb47540823042a2ba401386845089bb7b62a9637d55816132c4c3c36eb pulled."),
    ("negative", "en", True, "Network 10.0.0.0/8 is private; use CIDR notation in the allowlist field."),
    ("negative", "en", True, "Press Ctrl+Alt+Del, then choose Task Manager. Error code 0xC0000005."),
    ("negative", "en", True, "The Jordan River and Lake Victoria are mentioned in chapter 12, pp. 212-219."),
    ("negative", "en", True, "Set max_connections=200 and shared_buffers=4GB; restart PostgreSQL 16.2."),
    ("negative", "code", True, "yarn.lock:" + NL + "react@^18.2.0:" + NL + "  resolved \"https://registry.yarnpkg.com/react/-/react-18.2.0.tgz#555bd98592883255fa00de14f1151a917b5d77d5\""),
    ("negative", "en", True, "Coordinates 48.8584, 2.2945 (Eiffel Tower); elevation 35 m."),
    ("negative", "en", True, "Use secret_name: prod/db/credentials in AWS Secrets Manager; never inline the value."),
]

emit("unseen", cases)
