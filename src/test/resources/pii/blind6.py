from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

cases = [
    # ================================================================ English
    ("ticket", "en", False,
     "Ticket 88217 · Priority: High · Channel: Web form" + NL +
     "Requester: " + m(N, "Oluwaseun Adebayo-Martins") + " <" + m(E, "seun.adebayo@fastmail.com") + ">" + NL + NL +
     "Parcel never arrived at " + m(A, "27B Kingsland High Street, London E8 2JS") + ". I rang twice and " +
     m(N, "Temitope") + " at your Enfield depot said it was left with a neighbour but nobody on the block has it. "
     "My mobile is " + m(P, "07911 482193") + ", please don't use the landline, my mum is unwell and it wakes her."),
    ("email", "en", False,
     "On Tue, 4 Jun 2024 at 09:41, " + m(N, "Hamish MacLeod") + " <" + m(E, "hamish.macleod@glenbrae.co.uk") + "> wrote:" + NL +
     "> Can you resend the vendor's bank details? The PDF was blank." + NL + NL +
     "Sure, it's " + m(N, "Fionnuala") + "'s account at AIB: " + m(I, "IE39 AIBK 9629 8941 3940 36") +
     " (BIC AIBKIE2D). She asked that we quote INV-2291 on the transfer." + NL + NL +
     "--" + NL + m(N, "Rory Ó Briain") + " | Finance Ops" + NL + "m: " + m(P, "+353 86 482 1937")),
    ("chat", "en", False,
     m(N, "kwame.asante") + "  10:02 AM" + NL + "anyone seen the prod db creds? getting auth errors from the report job" + NL +
     m(N, "ingrid.solberg") + "  10:03 AM" + NL + "rotated last night, it's in vault. if you're desperate: `" + m(K, "Hq7!vR2z$Lm9pX4w") + "`" + NL +
     m(N, "kwame.asante") + "  10:03 AM" + NL + "ty. also " + m(N, "Dmitri") + " says the bastion moved to " + m(IP, "10.40.12.7") + ", fyi"),
    ("code", "en", False,
     "import boto3" + NL + NL +
     "# TODO(" + m(N, "vikram") + "): move these to Secrets Manager before the audit" + NL +
     "AWS_ACCESS_KEY_ID = \"" + m(K, "AKIA4XJ2QW7T9YUMPZLB") + "\"" + NL +
     "AWS_SECRET_ACCESS_KEY = \"" + m(K, "q8Vd3LrT0mYpZ+e6Hn2sKc9WfJ4bXa1uG7iNoE5R") + "\"" + NL + NL +
     "s3 = boto3.client(\"s3\", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)"),
    ("sql", "en", False,
     "-- seed for KYC staging, copied from prod (!!)" + NL +
     "INSERT INTO kyc_applicants (full_name, dob, passport_no, mobile, email) VALUES" + NL +
     "  ('" + m(N, "Ananya Krishnamurthy") + "', '" + m(D, "1991-02-17") + "', '" + m(ID, "K4829163") + "', '" +
     m(P, "+91 98450 27713") + "', '" + m(E, "ananya.k91@rediffmail.com") + "')," + NL +
     "  ('" + m(N, "Gurpreet Singh Dhillon") + "', '" + m(D, "1979-10-05") + "', '" + m(ID, "Z3918274") + "', '" +
     m(P, "+91 99150 48213") + "', '" + m(E, "gsdhillon@yahoo.co.in") + "');"),
    ("html", "en", False,
     "<div class=\"vcard\">" + NL +
     "  <span class=\"fn\">" + m(N, "Nguyễn Văn Bình") + "</span>, Regional Manager" + NL +
     "  <a href=\"mailto:" + m(E, "binh.nguyen@saigonfreight.com.au") + "\">" + m(E, "binh.nguyen@saigonfreight.com.au") + "</a>" + NL +
     "  <span class=\"adr\">" + m(A, "Level 4, 118 Collins Street, Melbourne VIC 3000") + "</span>" + NL +
     "  <a href=\"tel:" + m(P, "+61398461120") + "\">" + m(P, "+61 3 9846 1120") + "</a>" + NL +
     "</div>"),
    ("hr", "en", False,
     "EMPLOYEE FILE - CONFIDENTIAL" + NL +
     m(N, "DeShawn Whitaker-Reyes") + NL +
     "DOB " + m(D, "09/23/1984") + " | SSN " + m(S, "372-58-1946") + " | IL DL " + m(ID, "W362-4817-9302") + NL +
     m(A, "4418 N Damen Ave Apt 2, Chicago, IL 60625") + NL +
     "Emergency contact: " + m(N, "Latoya") + " (sister) " + m(P, "(773) 846-2291")),
    ("commit", "en", False,
     "commit 9f2c1ab7e04d33b8a1c6f50d2e9a7b4c8d1e6f03" + NL +
     "Author: " + m(N, "Siobhán Mac Giolla Phádraig") + " <" + m(E, "siobhan@rivetworks.io") + ">" + NL +
     "Date:   Mon Mar 11 14:22:05 2024 +0000" + NL + NL +
     "    fix(auth): stop logging refresh tokens at DEBUG" + NL + NL +
     "    Reported-by: " + m(N, "Arjun Mehta") + " <" + m(E, "arjun.mehta@rivetworks.io") + ">" + NL +
     "    Co-authored-by: " + m(N, "Lê Thị Hồng") + " <" + m(E, "hong.le@rivetworks.io") + ">" + NL +
     "    Reviewed-by: " + m(N, "tkowalczyk")),
    ("travel", "en", False,
     "RP/LON1A0955/  QX7T2M" + NL +
     "  1." + m(N, "AL-FARSI/KHALID") + " MR   2." + m(N, "AL-FARSI/MARYAM") + " MRS" + NL +
     "  3  EK 004 Y 14JUN 5 LHRDXB HK2  2040 0640+1" + NL +
     "  4 SSR DOCS EK HK1 P/GBR/" + m(ID, "514829376") + "/GBR/" + m(D, "12MAR79") + "/M/18SEP31/" + m(N, "AL-FARSI/KHALID") + "/P1" + NL +
     "  5 APM " + m(P, "+44 7824 193662") + "/P1" + NL +
     "  6 APE " + m(E, "K.ALFARSI@GMAIL.COM")),
    ("news", "en", False,
     m(N, "Conor McIlroy") + ", 34, from Ballymena, was fined £400 at Antrim Magistrates' Court on Tuesday after admitting "
     "careless driving on the M2. The court heard he had been reading a text from his partner, " + m(N, "Shauna") +
     ", moments before the collision. His solicitor, " + m(N, "Declan Ferris") + ", said his client was \"mortified\"."),
    ("medical", "en", False,
     "Dear Dr " + m(N, "Okonkwo-Hale") + "," + NL + NL +
     "Re: " + m(N, "Adaeze Nwankwo") + ", born " + m(D, "03.11.1958") + NL +
     m(A, "Flat 3, 22 Wellington Road, Bournemouth BH8 8JQ") + NL + NL +
     "Thank you for referring this pleasant 65-year-old lady with exertional breathlessness. She lives alone; her daughter " +
     m(N, "Chiamaka") + " visits daily and can be reached on " + m(P, "07826 554 019") + ". Echo showed moderate aortic stenosis." + NL + NL +
     "Yours sincerely," + NL + m(N, "Priyanka Raghunathan") + NL + "Consultant Cardiologist"),
    ("log", "en", False,
     "2024-05-02T11:04:17.223Z INFO  auth   login ok user=" + m(E, "m.oyelaran@pinecrest.edu") + " src=" + m(IP, "81.174.22.190") + NL +
     "2024-05-02T11:04:19.001Z WARN  dhcpd  DHCPACK on " + m(IP, "192.168.14.37") + " to " + m(MAC, "3c:22:fb:9a:41:0e") + " via eth1" + NL +
     "2024-05-02T11:04:19.870Z ERROR api    upstream timeout peer=[" + m(IP, "2a02:8108:1dc0:3f00:9c41:7e2b:aa10:5d3c") + "]:443 req_id=7f3a9c"),
    ("csv", "en", False,
     "txn_id,cardholder,pan,exp,amount" + NL +
     "T-55102,\"" + m(N, "ROSA DELGADO") + "\"," + m(C, "4126709688457776") + ",08/27,129.99" + NL +
     "T-55103,\"" + m(N, "TARIQ BIN HAMZAH") + "\"," + m(C, "5178435136798728") + ",11/26,18.50" + NL +
     "T-55104,\"" + m(N, "MEI-LING CHAO") + "\"," + m(C, "343807922836279") + ",02/28,2045.00"),
    ("invoice", "en", False,
     "INVOICE 2024-0419                                   Date: 19 April 2024" + NL + NL +
     "Bill to:" + NL + m(N, "Patrick O'Donoghue") + NL + m(A, "15 Rathmines Road Upper" + NL + "Dublin 6" + NL + "D06 X2Y3") + NL + NL +
     "Garden design consultation (3 hrs) ........ EUR 270.00" + NL +
     "Please pay within 30 days to " + m(I, "GB44 BARC 9404 0572 0494 91") + ", ref INV-2024-0419."),
    ("minutes", "en", False,
     "Platform Guild - minutes, 12 Sept" + NL +
     "Present: " + m(N, "Babajide") + ", " + m(N, "Sunita Rao") + ", " + m(N, "Mei") + ", " + m(N, "Hendrik van der Merwe") + ", " + m(N, "Ruairí") + NL +
     "Apologies: " + m(N, "Xu Jiaqi") + NL + NL +
     "1. " + m(N, "Hendrik") + " walked through the new on-call rota. " + m(N, "Mei") + " owns the pager from Monday." + NL +
     "2. " + m(N, "Babajide") + " flagged that the VPN concentrator at " + m(IP, "172.20.4.1") + " is out of vendor support." + NL +
     "3. AOB: none."),
    ("cv", "en", False,
     m(N, "Tomasz Wiśniewski-Brown") + NL +
     m(A, "12 Elm Grove, Leeds LS6 2AZ") + " · " + m(P, "+44 7700 183442") + " · " + m(E, "tomasz.wb@proton.me") + NL +
     "Date of birth: " + m(D, "2 February 1990") + " · Nationality: Polish/British" + NL + NL +
     "EXPERIENCE" + NL + "2019-present  Senior Data Engineer, Yorkshire Water" + NL +
     "2015-2019     Analyst, Leeds Building Society" + NL + NL + "References available from " + m(N, "Gillian Archer") + " on request."),
    ("chat", "en", False,
     "[14/03/2024, 21:17:45] Aunty " + m(N, "Bisi") + ": Did you send the money?" + NL +
     "[14/03/2024, 21:18:02] " + m(N, "Femi") + ": yes ma, this afternoon" + NL +
     "[14/03/2024, 21:18:30] Aunty " + m(N, "Bisi") + ": send me your card number let me book the flights" + NL +
     "[14/03/2024, 21:19:11] " + m(N, "Femi") + ": " + m(C, "4453 2241 2024 2516") + " exp 04/27. delete this after o"),
    ("config", "en", False,
     "spring:" + NL + "  datasource:" + NL +
     "    url: jdbc:postgresql://" + m(IP, "10.0.3.15") + ":5432/orders" + NL +
     "    username: orders_app" + NL +
     "    password: " + m(K, "7fKq#2LxV9!mPz") + NL +
     "  rabbitmq:" + NL +
     "    addresses: " + m(U, "amqp://orders_app:Qw3rty-Rabbit-2024@mq.internal.acme-retail.com:5672/prod")),
    ("ticket", "en", False,
     "Fault ref FLT-220931 | Broadband - intermittent drops" + NL +
     "Router MAC " + m(MAC, "00:1A:2B:9C:4D:7E") + ", serial ZTE8A3F1190, WAN IP " + m(IP, "86.44.191.203") + "." + NL +
     "Line test passed at exchange. Engineer visit booked with " + m(N, "Gintaras") + " for Thursday AM; customer asked that he call " +
     m(N, "Margaret") + " first as the gate code has changed."),
    ("prose", "en", False,
     "Had coffee with " + m(N, "Thandiwe") + " after standup. She reckons " + m(N, "Oisín") + " and the new guy, " + m(N, "Parviz") +
     ", can pair on the migration while " + m(N, "Khadija") + " is on leave, but " + m(N, "Bjørn") + " isn't convinced."),
    ("court", "en", False,
     "12. Plaintiff " + m(N, "Rosalind Kaye-Nakamura") + " alleges that on or about March 3, 2022, Defendant " + m(N, "Brent Halvorsen") +
     " accessed her account using the password " + m(K, "sunflower1987") + ", which he had obtained while the parties shared a residence at " +
     m(A, "908 Larkspur Lane, Boise, Idaho 83702") + "."),
    ("chat", "en", False,
     "<" + m(N, "jmcallister") + "> box is up, ssh in as admin@" + m(IP, "51.89.14.202") + NL +
     "<" + m(N, "nadia_h") + "> pw?" + NL +
     "<" + m(N, "jmcallister") + "> " + m(K, "tr4in-Sh3d-omelette") + NL +
     "<" + m(N, "nadia_h") + "> and the v6?" + NL +
     "<" + m(N, "jmcallister") + "> " + m(IP, "2001:41d0:304:200::9b12")),
    ("payroll", "en", False,
     "P60 End of Year Certificate - Tax year to 5 April 2024" + NL +
     "Employee: " + m(N, "Kiran Bhattacharya") + NL +
     "National Insurance number: " + m(ID, "JK 48 29 61 C") + NL +
     "Employer: Halden & Finch Ltd, PAYE ref 120/HF48213" + NL +
     "Pay in this employment £41,380.00   Tax deducted £5,691.20"),
    ("issue", "en", False,
     "### Steps to reproduce" + NL +
     "```" + NL + "git clone " + m(U, "https://deploy-bot:glpat-Xk29vLq7RmT3zNw8YpHc@gitlab.rivetworks.io/platform/infra.git") + NL +
     "cd infra && make plan" + NL + "```" + NL +
     "Fails with `exit status 128`. cc @" + m(N, "olusegun") + " who set up the runner"),
    ("sms", "en", False,
     "Hi it's " + m(N, "Aroha") + " from the Lower Hutt clinic, your flu jab is booked Fri 10:15. Please bring your " +
     "driver licence (" + m(ID, "DL584219") + ") as we didn't get ID last time. Reply STOP to opt out."),
    ("form", "en", False,
     "Rental application" + NL +
     "Applicant 1: " + m(N, "Ezinne Chukwuemeka") + "   Date of birth: " + m(D, "21 Aug 1995") + NL +
     "Current address: " + m(A, "Apt 12C, 2250 Broadway, New York, NY 10024") + NL +
     "SSN: " + m(S, "219-44-8703") + "   Phone: " + m(P, "(646) 392-1187") + NL +
     "Move-in date requested: 1 Sep 2024"),
    # --- English hard negatives
    ("release", "en", True,
     "Release notes 10.4.2.117" + NL +
     "- The agent now accepts certificates issued under policy OID 1.3.6.1.4.1.311.21.8.16.2 as well as 2.23.140.1.2.1." + NL +
     "- Minimum supported client is 9.8.0.3021; older clients fall back to TLS 1.2." + NL +
     "- Build 20240311.4 fixes a crash when the proxy returns HTTP 407."),
    ("docs", "en", True,
     "Testing payments" + NL + NL +
     "In test mode, use the card number 4242 4242 4242 4242 with any future expiry date and any three-digit CVC. "
     "To simulate a decline, use 4000 0000 0000 0002. These numbers only work with test API keys and will be rejected in live mode."),
    ("config", "en", True,
     "# .env.example - copy to .env and fill in" + NL +
     "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app" + NL +
     "STRIPE_SECRET_KEY=<your-stripe-secret-key>" + NL +
     "JWT_SECRET=changeme" + NL +
     "SMTP_PASSWORD=xxxxxxxxxxxx" + NL +
     "ADMIN_EMAIL=" + NL +
     "SENTRY_DSN="),
    ("code", "en", True,
     "from flask import Flask" + NL + "app = Flask(__name__)" + NL + NL +
     "@app.route(\"/users/<int:user_id>\")" + NL + "@login_required" + NL + "@cache.cached(timeout=60)" + NL +
     "def profile(user_id):" + NL + "    return render_template(\"profile.html\", user=User.query.get_or_404(user_id))" + NL + NL +
     "# remote: git@github.com:northwind-labs/billing-api.git"),
    ("inventory", "en", True,
     "Fleet & kit audit Q2" + NL +
     "- 3x Ford Transit Custom (one due MOT in July)" + NL +
     "- 14x Dell Latitude 7440, 2x Lenovo ThinkPad X1 Carbon" + NL +
     "- Hamper order: 6x Jack Daniel's, 4x Baileys, 12x Ferrero Rocher" + NL +
     "- Training budget: Ruby on Rails course, Jenkins admin certification"),
    ("shipping", "en", True,
     "Your order #114-2847193-6672019 has shipped!" + NL +
     "Carrier: UPS  Tracking: 1Z4E71860348291937" + NL +
     "Return label ref: RMA-0800-447-2291" + NL +
     "Estimated delivery: Thursday 16 May"),
    ("bibliography", "en", True,
     "Further reading" + NL +
     "[1] Introduction to Algorithms, 4th ed. MIT Press, 2022. ISBN 978-0-262-04630-5" + NL +
     "[2] Designing Data-Intensive Applications. O'Reilly, 2017. ISBN 9781449373320" + NL +
     "[3] RFC 1918, Address Allocation for Private Internets, February 1996."),
    ("docs", "en", True,
     "Network setup" + NL + NL +
     "Set the subnet mask to 255.255.255.0 and leave the DNS field empty to use DHCP. Binding the service to 0.0.0.0 exposes it on "
     "every interface; bind to 127.0.0.1 if you only need local access. Broadcast address for a /24 ends in .255."),
    ("terminal", "en", True,
     "The authenticity of host 'build-07 (build-07.ci)' can't be established." + NL +
     "ECDSA key fingerprint is MD5:43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8." + NL +
     "Are you sure you want to continue connecting (yes/no/[fingerprint])? yes"),
    ("news", "en", True,
     "Johnson & Johnson, Procter & Gamble and Marks & Spencer all beat analyst forecasts this quarter, while shares in "
     "Rolls-Royce fell 3% after the company revised its guidance for the Trent engine programme."),
    ("form", "en", True,
     "W-9 instructions: enter your SSN in the format ___-__-____ (for example 000-00-0000 is NOT valid and will be rejected). "
     "Do not enter an ITIN in this box. Questions? See Publication 1635, revised 02-2021."),
    ("court", "en", True,
     "Case No. 2:23-cv-01847-JLR, filed 07/14/2023, Docket Entry 118. Hearing continued to 10/02/2024 at 9:30 a.m. in Courtroom 14206."),
    ("lockfile", "en", True,
     "node_modules/@babel/core@7.24.5" + NL + "node_modules/@types/node@20.12.7" + NL +
     "  resolved \"https://registry.npmjs.org/@types/node/-/node-20.12.7.tgz\"" + NL +
     "  integrity sha512-wq0cICSkRLVaf3UGLMGItu/PtdY7oaXaI/RVU+xliKVOtRna3PRY57ZDfztpDL0n11vfymMUnXv8QwYCO7L1wg=="),
    ("directions", "en", True,
     "Meet outside Victoria Station by the Grosvenor Gardens exit, then walk down Buckingham Palace Road to the coach station. "
     "If you get lost, ask anyone for Eccleston Bridge."),
    ("template", "en", True,
     "Hi {{first_name}}," + NL + NL +
     "Your order {{order_id}} is on its way to {{shipping_address}}. Questions? Reply to this email or call {{support_phone}}." + NL + NL +
     "- The {{brand_name}} team"),
    # ================================================================ Spanish
    ("ticket", "es", False,
     "Asunto: Reembolso pendiente - pedido 88-41273" + NL + NL +
     "Hola, me llamo " + m(N, "Ximena de la Fuente Ugarte") + " y os escribo porque el reembolso sigue sin llegar. Os paso los datos otra vez: DNI " +
     m(ID, "48276135D") + ", IBAN " + m(I, "ES68 8032 0036 5020 5560 4011") + ". La dirección de entrega era " +
     m(A, "Calle de Alcalá 142, 3º B, 28009 Madrid") + ". Si hace falta me llamáis al " + m(P, "612 48 39 27") + "." + NL + "Un saludo"),
    ("chat", "es", False,
     "[21:03] " + m(N, "Lucho") + ": oye, ¿le pasaste a " + m(N, "Maite") + " lo del piso?" + NL +
     "[21:04] " + m(N, "Maite") + ": sí, ya me lo mandó " + m(N, "Jorge") + " esta mañana" + NL +
     "[21:04] " + m(N, "Lucho") + ": vale. la clave del wifi nuevo es " + m(K, "Pepa_2019!!") + " por si la pide tu prima"),
    ("config", "es", False,
     "{" + NL +
     "  \"smtp\": {\"host\": \"smtp.grupoaurora.es\", \"port\": 587, \"user\": \"avisos\", \"password\": \"" + m(K, "Xr7$mQ2!lpW9") + "\"}," + NL +
     "  \"alertas\": [\"" + m(E, "ana.belen.rios@grupoaurora.es") + "\", \"" + m(E, "guardia-sistemas@grupoaurora.es") + "\"]," + NL +
     "  \"idioma\": \"es-ES\"" + NL + "}"),
    ("news", "es", False,
     "La Audiencia Provincial de Sevilla ha absuelto a " + m(N, "Rigoberto Quispe Mamani") + ", de 52 años, del delito de estafa del que le acusaba "
     "la familia de " + m(N, "Encarnación Molina") + ". El tribunal considera que no ha quedado probado que " + m(N, "Quispe") +
     " conociera el estado de la vivienda."),
    ("hr", "es", False,
     "FICHA DE PERSONAL" + NL +
     "Nombre: " + m(N, "María Guadalupe Ortiz Villaseñor") + NL +
     "Fecha de nacimiento: " + m(D, "17/02/1991") + NL +
     "Tel.: " + m(P, "+52 55 4827 1930") + NL +
     "Domicilio: " + m(A, "Av. Insurgentes Sur 1602, Int. 4, Col. Crédito Constructor, 03940 Ciudad de México") + NL +
     "Puesto: Analista de compras"),
    ("email", "es", False,
     "Buenas tardes:" + NL + NL + "Adjunto el contrato firmado. Mi NIE es " + m(ID, "X5730284H") +
     " y el número de pasaporte nigeriano, por si lo necesitáis para la gestoría, " + m(ID, "A07482913") + "." + NL + NL +
     "Saludos," + NL + m(N, "Nnamdi Okoro") + NL + m(E, "nnamdi.okoro@outlook.es")),
    ("chat", "es", False,
     m(N, "Flor") + ": che pasame los datos de la tarjeta que compro las entradas" + NL +
     m(N, "Nacho") + ": " + m(C, "5341 3635 8033 6088") + " vence 09/26" + NL +
     m(N, "Flor") + ": listo. a nombre de quién?" + NL +
     m(N, "Nacho") + ": " + m(N, "Ignacio Benítez Saravia")),
    # --- Spanish hard negatives
    ("shipping", "es", True,
     "Tu pedido nº 4021-8847-1930 ha salido del almacén. Número de seguimiento: PK48BS2917340280128001S. Entrega estimada: 14/05/2024."),
    ("directions", "es", True,
     "Quedamos en la Puerta del Sol, al lado de la calle Preciados, y de ahí bajamos por la Gran Vía hasta la Plaza de España."),
    ("it", "es", True,
     "Actualizado el firmware del switch a la versión 3.12.0.4. La máscara de red sigue siendo 255.255.0.0 y la ruta por defecto 0.0.0.0/0 apunta al cortafuegos."),
    ("prose", "es", True,
     "En el súper había Chupa Chups, Cola Cao y un Marqués de Riscal de oferta; Inditex y Mercadona abren el domingo por las fiestas."),
    ("config", "es", True,
     "# Rellena estos valores antes de desplegar" + NL + "DB_PASSWORD=<cambia-esto>" + NL + "API_TOKEN=${API_TOKEN}" + NL +
     "CORREO_ADMIN=tu-correo@ejemplo" + NL + "CLAVE_SECRETA=xxxxxxxxxxxxxxxx"),
    # ================================================================ French
    ("email", "fr", False,
     "Objet : Votre dossier de remboursement n° 2024-118-447" + NL + NL +
     "Bonjour Madame " + m(N, "Nguyen-Lefèvre") + "," + NL + NL +
     "Nous avons bien reçu votre attestation. Pour finaliser, merci de confirmer que votre numéro de sécurité sociale est le " +
     m(ID, "2 85 03 75 116 042 33") + " et que le virement doit être effectué sur le compte " + m(I, "FR63 4462 1364 66AB C590 3583 302") + "." + NL + NL +
     "Cordialement," + NL + m(N, "Jean-Baptiste Koffi Mensah") + NL + "Conseiller - Mutuelle des Trois Vallées" + NL +
     "Ligne directe : " + m(P, "04 72 18 43 96")),
    ("shipping", "fr", False,
     "COLISSIMO - EXPERT INTERNATIONAL" + NL +
     "DESTINATAIRE :" + NL + "M. " + m(N, "Abdoulaye Diallo") + NL +
     m(A, "17 bis rue des Poissonniers" + NL + "75018 PARIS") + NL + "FRANCE" + NL +
     "Tél. " + m(P, "06 12 48 73 95") + NL + "Poids : 2,4 kg   Réf. colis 6A19284736501"),
    ("chat", "fr", False,
     "<" + m(N, "amelie") + "> le mdp root du NAS c'est toujours " + m(K, "P@risNAS!2023") + " ?" + NL +
     "<" + m(N, "thibaut") + "> non, " + m(N, "Mathéo") + " l'a changé vendredi" + NL +
     "<" + m(N, "amelie") + "> super, et personne me prévient" + NL +
     "<" + m(N, "thibaut") + "> demande à " + m(N, "Yasmina") + ", elle l'a noté quelque part"),
    ("news", "fr", False,
     "Le tribunal correctionnel de Lyon a condamné jeudi " + m(N, "Yacine Belkacem") + ", 29 ans, à dix-huit mois de prison dont six avec sursis "
     "pour des escroqueries commises au préjudice de retraités du 8e arrondissement. Son complice présumé, " + m(N, "Loïc Vandenberghe") +
     ", sera jugé en septembre."),
    ("cv", "fr", False,
     m(N, "Clémence d'Aubigny-Tran") + NL +
     "Née le " + m(D, "14 juillet 1993") + " à Nantes" + NL +
     m(A, "8, allée des Tilleuls, 44300 Nantes") + NL +
     m(P, "07 61 84 29 03") + " - " + m(E, "clemence.daubigny@laposte.net") + NL + NL +
     "FORMATION" + NL + "2016 : Master Droit des affaires, Université de Nantes"),
    ("form", "fr", False,
     "Formulaire d'adhésion - Belgique" + NL +
     "Nom : " + m(N, "Vandermeulen") + "   Prénom : " + m(N, "Sophie") + NL +
     "Numéro de registre national : " + m(ID, "89.06.23-147.07") + NL +
     "Compte : " + m(I, "BE46 0631 4829 3736") + NL +
     "Adresse : " + m(A, "Rue de la Loi 212, boîte 4, 1040 Etterbeek")),
    ("chat", "fr", False,
     m(N, "Marie-Ève") + " [9 h 12] : " + m(N, "Jacinthe") + " peux-tu rappeler le client? il a appelé 3 fois" + NL +
     m(N, "Jacinthe") + " [9 h 14] : c'est lequel?" + NL +
     m(N, "Marie-Ève") + " [9 h 14] : M. " + m(N, "Gagnon-Tremblay") + ", " + m(P, "(514) 482-1937") + ", il habite " +
     m(A, "4820, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L6")),
    # --- French hard negatives
    ("directions", "fr", True,
     "Rendez-vous place de la Bastille à 14 h, puis on remonte le boulevard Haussmann jusqu'aux Galeries Lafayette avant d'aller au musée d'Orsay."),
    ("invoice", "fr", True,
     "Référence dossier : 2024/118/4471-B" + NL + "SIRET : 732 829 320 00074 - TVA intracommunautaire FR40 732829320" + NL +
     "Date d'émission : 03/04/2024 - Échéance : 03/05/2024"),
    ("prose", "fr", True,
     "Pour son anniversaire on a hésité entre un sac Louis Vuitton et un coffret Yves Rocher; finalement on a pris la Peugeot 308 de location "
     "plutôt que la Renault Clio pour aller chez Ladurée."),
    ("code", "fr", True,
     "@Service" + NL + "public class FactureService {" + NL + "    @Autowired" + NL + "    private FactureRepository depot;" + NL +
     "    // dépôt : git@gitlab.interne.fr:equipe-paie/factures.git" + NL + "}"),
    ("bibliography", "fr", True,
     "Ouvrage de référence : Le Petit Prince, Gallimard, coll. Folio, ISBN 978-2-07-040850-4, dépôt légal mars 1999."),
    # ================================================================ German
    ("ticket", "de", False,
     "Betreff: Doppelte Abbuchung Vertrag 7700-41823" + NL + NL +
     "Sehr geehrte Damen und Herren," + NL + NL +
     "von meinem Konto " + m(I, "DE43 5237 4714 3933 2197 24") + " wurde der Beitrag für April zweimal eingezogen. Bitte erstatten Sie den Betrag. "
     "Meine Anschrift hat sich übrigens geändert, neu ist " + m(A, "Schönhauser Allee 148, 10435 Berlin") + "." + NL + NL +
     "Mit freundlichen Grüßen" + NL + m(N, "Jürgen Obermüller-Şahin")),
    ("hr", "de", False,
     "Personalbogen" + NL +
     "Name, Vorname: " + m(N, "Yılmaz") + ", " + m(N, "Elif") + NL +
     "Geburtsdatum: " + m(D, "23.07.1986") + "   Geburtsort: Izmir" + NL +
     "Steuer-ID: " + m(ID, "47182936550") + NL +
     "Reisepass-Nr.: " + m(ID, "CF7K29RN4") + NL +
     "Eintritt: 01.10.2023"),
    ("chat", "de", False,
     "[10:14] <" + m(N, "lukas") + "> kann jemand bei Frau " + m(N, "Adeyemi") + " zurückrufen? Nummer steht im CRM: " + m(P, "0170 4829361") + NL +
     "[10:15] <" + m(N, "svenja") + "> mach ich nach der Mittagspause" + NL +
     "[10:15] <" + m(N, "lukas") + "> danke! sie ist wohl ziemlich sauer wegen der Rechnung"),
    ("config", "de", False,
     "; mail.ini - Bäckerei Hoffmann Webshop" + NL + "[mail]" + NL +
     "smtp_host = mail.baeckerei-hoffmann.de" + NL +
     "smtp_user = " + m(E, "rechnung@baeckerei-hoffmann.de") + NL +
     "smtp_pass = " + m(K, "Brezel#2024!Sommer") + NL +
     "bcc = " + m(E, "gerda.hoffmann@t-online.de")),
    ("minutes", "de", False,
     "Protokoll Teamrunde KW 19" + NL +
     "Anwesend: " + m(N, "Anja") + ", " + m(N, "Mehmet") + ", " + m(N, "Björn Keßler") + NL +
     "Entschuldigt: Frau Dr. " + m(N, "Wójcik") + NL + NL +
     "TOP 1: " + m(N, "Mehmet") + " übernimmt ab Juni die Urlaubsvertretung für " + m(N, "Anja") + "." + NL +
     "TOP 2: Neuer Drucker im 3. OG, Seriennummer CNB8K41920."),
    ("medical", "de", False,
     "Sehr geehrte Frau Kollegin," + NL + NL +
     "wir berichten über Ihre Patientin " + m(N, "Svetlana Kuznecova") + ", geb. " + m(D, "04.12.1949") + ", wohnhaft " +
     m(A, "Lindenstraße 7, 04109 Leipzig") + ", die sich vom 02.04. bis 09.04.2024 in unserer stationären Behandlung befand." + NL + NL +
     "Diagnosen: Pneumonie rechts basal, Diabetes mellitus Typ 2"),
    ("form", "de", False,
     "Anmeldung Mitgliedschaft - Fitnessstudio Wien-Neubau" + NL +
     "Name: " + m(N, "Konstantin Radovanović") + NL +
     "SV-Nummer: " + m(ID, "4822 230786") + NL +
     "Telefon: " + m(P, "+43 664 1827394") + NL +
     "E-Mail: " + m(E, "k.radovanovic@gmx.at")),
    ("email", "de", False,
     "Grüezi " + m(N, "Reto") + NL + NL + "Anbei die Angaben für die Pensionskasse: AHV-Nummer " + m(ID, "756.4821.9370.42") +
     ", neue Adresse " + m(A, "Seefeldstrasse 231, 8008 Zürich") + ". Erreichbar bin ich unter " + m(P, "+41 79 482 19 37") + "." + NL + NL +
     "Liebe Grüsse" + NL + m(N, "Anouk Brändli")),
    # --- German hard negatives
    ("shipping", "de", True,
     "Bestellnummer 302-4481927-5510238" + NL + "Sendungsnummer DHL: 00340434161094027318" + NL + "Voraussichtliche Zustellung: 17.05.2024"),
    ("directions", "de", True,
     "Treffpunkt ist das Brandenburger Tor, von dort laufen wir über die Friedrichstraße zum Gendarmenmarkt und weiter zur Museumsinsel."),
    ("prose", "de", True,
     "Im Werbeprospekt: Siemens-Waschmaschine, Bosch-Akkuschrauber, Dr. Oetker Pizza Ristorante und ein Porsche-Design-Kugelschreiber."),
    ("log", "de", True,
     "WARN 2024-04-11 08:12:44 IBAN-Prüfung fehlgeschlagen für Testdatensatz DE43 5237 4714 3933 2197 25 (Prüfziffer ungültig) - Datensatz verworfen"),
    ("terminal", "de", True,
     "SHA-256-Fingerabdruck des Zertifikats:" + NL +
     "9C:4D:1E:72:A8:3F:0B:65:D9:21:7E:C4:58:AA:13:F6:02:8B:E7:39:4C:D0:61:5A:BF:23:96:0E:71:C8:4D:2A" + NL + "Gültig bis: 31.12.2026"),
    # ================================================================ Italian
    ("letter", "it", False,
     "Spett.le Agenzia delle Entrate," + NL + NL +
     "la sottoscritta " + m(N, "Giulia Rossi") + ", codice fiscale " + m(ID, "RSSGLI85M52H501Y") + ", residente in " +
     m(A, "Via dei Coronari 58, 00186 Roma") + ", chiede il rimborso dell'IRPEF versata in eccesso per l'anno 2022." + NL + NL +
     "In fede," + NL + m(N, "Giulia Rossi")),
    ("email", "it", False,
     "Ciao " + m(N, "Gianluca") + "," + NL + "ti giro il numero di " + m(N, "Assunta") + ": " + m(P, "347 218 4490") +
     ". Ha detto che " + m(N, "Ciro") + " passa domani a ritirare le chiavi, ma chiamala prima." + NL + NL +
     "Un abbraccio," + NL + m(N, "Francesca")),
    ("invoice", "it", False,
     "FATTURA N. 118/2024 del 22/03/2024" + NL +
     "Cliente: " + m(N, "Salvatore Esposito") + " - " + m(A, "Via Toledo 256, 80134 Napoli") + NL +
     "Riparazione caldaia e sostituzione valvola: € 340,00 + IVA" + NL +
     "Pagamento tramite bonifico su " + m(I, "IT04 X951 9343 6037 3687 9629 259")),
    ("medical", "it", False,
     "REFERTO DI PRONTO SOCCORSO" + NL +
     "Paziente: " + m(N, "BIANCHI MARCO") + "   nato il " + m(D, "01/01/1979") + "   C.F. " + m(ID, "BNCMRC79A01F205M") + NL +
     "Accesso: 14/02/2024 ore 03:12 - codice giallo" + NL +
     "Accompagnato dalla moglie, sig.ra " + m(N, "Chiara"), ),
    ("chat", "it", False,
     m(N, "Matteo") + ", [11.02.24 18:40]" + NL + "raga chi ha la password del router della sede di Bergamo?" + NL +
     m(N, "Federica Lo Bianco") + ", [11.02.24 18:42]" + NL + m(K, "Orobie#Rtr-2023") + " ma non ditelo a " + m(N, "Pasquale") + NL +
     m(N, "Matteo") + ", [11.02.24 18:42]" + NL + "grazie 🙏"),
    ("code", "it", False,
     "# settings/produzione.py" + NL +
     "ADMINS = [(\"" + m(N, "Davide Caruso") + "\", \"" + m(E, "davide.caruso@pastificioaurora.it") + "\")]" + NL +
     "SECRET_KEY = \"" + m(K, "dj-9x!q2w#v7$k_lmz@3p0r8t^bn6ycf") + "\"" + NL +
     "DATABASES[\"default\"][\"HOST\"] = \"" + m(IP, "10.12.0.44") + "\""),
    # --- Italian hard negatives
    ("prose", "it", True,
     "Allo stand c'erano Ferrari, Barilla, Armani e Lavazza; la Benetton invece ha rinunciato all'ultimo momento."),
    ("directions", "it", True,
     "Ci vediamo in Piazza Navona alle 18, poi facciamo due passi lungo Via del Corso fino a Piazza del Popolo."),
    ("admin", "it", True,
     "Numero pratica INPS 2024-00418-77, protocollo n. 118473/2024 del 12/03/2024. Scadenza per l'integrazione documentale: 30/04/2024."),
    ("code", "it", True,
     "EMAIL_HOST_PASSWORD = os.environ[\"EMAIL_HOST_PASSWORD\"]" + NL + "SECRET_KEY = os.getenv(\"DJANGO_SECRET_KEY\", \"changeme\")" + NL +
     "ALLOWED_HOSTS = [\"0.0.0.0\", \"localhost\"]"),
    # ================================================================ Portuguese
    ("form", "pt", False,
     "CADASTRO DE CLIENTE" + NL +
     "Nome completo: " + m(N, "Thaís Nogueira de Albuquerque") + NL +
     "CPF: " + m(ID, "384.172.905-32") + "   Data de nascimento: " + m(D, "08/06/1992") + NL +
     "Endereço: " + m(A, "Rua Harmonia 412, apto 71, Vila Madalena, São Paulo - SP, 05435-000") + NL +
     "Celular: " + m(P, "(11) 98472-1936")),
    ("chat", "pt", False,
     m(N, "João Pedro") + ": manda o pix pra " + m(N, "Thaís") + " que ela paga o churrasco" + NL +
     m(N, "Thaís") + ": meu pix é " + m(E, "thais.nogueira92@gmail.com") + NL +
     m(N, "Rafa") + ": o meu é o celular " + m(P, "+55 21 99731-4082") + " se alguém quiser rachar comigo"),
    ("invoice", "pt", False,
     "FATURA FT 2024/318" + NL + "Cliente: " + m(N, "Inês Sá Carneiro") + NL + m(A, "Rua Augusta 214, 2.º Esq., 1100-053 Lisboa") + NL +
     "NIF: " + m(ID, "241859379") + NL +
     "Pagamento por transferência: " + m(I, "PT95 5085 4989 4499 4372 4060 8")),
    ("log", "pt", False,
     "[2024-06-01 22:14:09] ERRO Falha ao autenticar utilizador " + m(E, "duarte.mendes@correio.pt") + " a partir de " + m(IP, "188.81.47.211") + NL +
     "[2024-06-01 22:14:12] INFO Conta bloqueada após 5 tentativas; notificação enviada para " + m(P, "+351 912 384 771")),
    ("news", "pt", False,
     "O motorista " + m(N, "Edvaldo Cruz") + ", de 47 anos, foi preso em flagrante na madrugada deste sábado em Niterói. Segundo a polícia, "
     + m(N, "Edvaldo") + " dirigia sem habilitação e atropelou a ciclista " + m(N, "Luana Ferreira") + ", que passa bem."),
    ("email", "pt", False,
     "Bom dia " + m(N, "Kayode") + "," + NL + NL + "Segue o acesso ao FTP da gráfica: " +
     m(U, "ftp://graficasul:Gr4f1c%40-Sul77@ftp.graficasul.com.br/entregas") + NL + NL +
     "Abraços," + NL + m(N, "Marcelo Tavares") + NL + "Gráfica Sul Ltda - " + m(P, "(51) 3024-8817")),
    # --- Portuguese hard negatives
    ("shipping", "pt", True,
     "Pedido #BR-20240418-77319 enviado. Código de rastreio dos Correios: NX482193771BR. Prazo de entrega: 5 dias úteis."),
    ("directions", "pt", True,
     "Depois do trabalho a gente se encontra na Avenida Paulista, em frente ao MASP, e desce a Rua Oscar Freire."),
    ("invoice", "pt", True,
     "Emitente: Padaria Pão Quente Ltda - CNPJ 11.222.333/0001-81 - Inscrição Estadual 110.042.490.114" + NL + "Nota fiscal 000.418.227, série 1"),
    ("docs", "pt", True,
     "Para testar o checkout em sandbox use o cartão 4000 0566 5566 5556 (bandeira Visa débito), qualquer CVV e validade futura. Cartões reais são recusados."),
    # ================================================================ Dutch
    ("letter", "nl", False,
     "Betreft: " + m(N, "Sander van den Broek") + ", BSN " + m(ID, "237158644") + ", geboren " + m(D, "19-08-1977") + NL + NL +
     "Geachte heer " + m(N, "Van den Broek") + "," + NL + NL +
     "Naar aanleiding van uw aanvraag voor huurtoeslag verzoeken wij u de ontbrekende loonstroken vóór 1 juni aan te leveren."),
    ("chat", "nl", False,
     m(N, "Femke") + ": heb jij het adres van " + m(N, "Youssef") + " voor de kaart?" + NL +
     m(N, "Daan") + ": " + m(A, "Vondelstraat 112-3hg, 1054 GS Amsterdam") + NL +
     m(N, "Femke") + ": top, en " + m(N, "Noor") + " zegt dat hij vrijdag jarig is"),
    ("email", "nl", False,
     "Hoi " + m(N, "Mireille") + "," + NL + NL + "Het voorschot kun je overmaken naar " + m(I, "NL97 RABO 6764 7992 61") +
     " t.n.v. " + m(N, "W. de Haan-Oudshoorn") + ". Bellen mag ook: " + m(P, "06-48271935") + "." + NL + NL + "Groet," + NL + m(N, "Wouter")),
    ("commit", "nl", False,
     "Herstel btw-berekening bij creditnota's" + NL + NL +
     "Bij creditnota's werd het btw-bedrag twee keer afgetrokken." + NL + NL +
     "Signed-off-by: " + m(N, "Pieter-Jan Verbruggen") + " <" + m(E, "pj.verbruggen@boekhoudbaas.nl") + ">" + NL +
     "Tested-by: " + m(N, "Esra Demirci") + " <" + m(E, "esra@boekhoudbaas.nl") + ">"),
    ("hr", "nl", False,
     "personeelsnummer;achternaam;voornaam;bsn;geboortedatum;telefoon" + NL +
     "1042;" + m(N, "Bakker") + ";" + m(N, "Lotte") + ";" + m(ID, "184290375") + ";" + m(D, "03-02-1988") + ";" + m(P, "+31 20 794 3381") + NL +
     "1043;" + m(N, "El Amrani") + ";" + m(N, "Soufiane") + ";" + m(ID, "405612989") + ";" + m(D, "27-11-1996") + ";" + m(P, "06 1738 4429")),
    ("minutes", "nl", False,
     "Notulen bewonersvergadering VvE Oosterpark" + NL +
     "Aanwezig: " + m(N, "Gerrit Jan Visser") + " (vz), " + m(N, "Anouk Mulder-Tjon") + ", " + m(N, "Ravi Ramdin") + ", mevr. " + m(N, "Van der Sluis") + NL + NL +
     "1. De voorzitter opent om 20.00 uur. " + m(N, "Ravi") + " meldt dat de lift op nummer 14 weer defect is." + NL +
     "2. Kascommissie: " + m(N, "Anouk") + " en " + m(N, "Gerrit Jan") + " hebben de jaarstukken gecontroleerd, geen opmerkingen." + NL +
     "3. Rondvraag: geen."),
    # --- Dutch hard negatives
    ("prose", "nl", True,
     "Bij Albert Heijn lag de Heineken in de aanbieding, dus die heb ik meegenomen voor het feestje bij Philips op de campus."),
    ("invoice", "nl", True,
     "Factuurnummer 2024-00871 - KvK 34128745 - klantnummer 77-4418-20 - vervaldatum 15-05-2024."),
    ("directions", "nl", True,
     "We spreken af bij het Rijksmuseum op het Museumplein en lopen daarna via de P.C. Hooftstraat naar het Vondelpark."),
    ("log", "nl", True,
     "INFO build 4.7.1.2203 gestart op agent-03; artefact sha1 e3b0c442:98fc1c14:9afbf4c8:996fb924 geüpload naar de releasebak."),
    # ================================================================ Polish
    ("form", "pl", False,
     "WNIOSEK O WYDANIE KARTY" + NL +
     "Imię i nazwisko: " + m(N, "Agnieszka Wróblewska-Nowak") + NL +
     "PESEL: " + m(ID, "87071414828") + NL +
     "Adres zamieszkania: " + m(A, "ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa") + NL +
     "Telefon: " + m(P, "+48 601 284 937")),
    ("chat", "pl", False,
     m(N, "Grzesiek") + ": " + m(N, "Kasia") + " mówi że " + m(N, "Bartek") + " już wysłał fakturę" + NL +
     m(N, "Ola") + ": serio? to czemu " + m(N, "Zbyszek") + " dalej dzwoni" + NL +
     m(N, "Grzesiek") + ": bo wysłał na zły adres lol"),
    ("email", "pl", False,
     "Dzień dobry," + NL + NL + "w załączeniu przesyłam dane do przelewu za wynajem: " + m(I, "PL92 7257 7129 9136 1783 6465 0826") +
     ", odbiorca " + m(N, "Jarosław Kowalczyk") + ". Proszę w tytule wpisać numer lokalu." + NL + NL + "Pozdrawiam" + NL +
     m(N, "Halina Dąbrowska")),
    ("hr", "pl", False,
     "Dane pracownika: " + m(N, "Oleksandr Petrenko") + ", ur. " + m(D, "03.01.2002") + ", PESEL " + m(ID, "02210304570") +
     ", paszport UA " + m(ID, "FT482913") + ", tel. " + m(P, "+48 512 904 118") + "."),
    ("config", "pl", False,
     "# docker-compose.override.yml (lokalnie u " + m(N, "Piotra") + ")" + NL +
     "services:" + NL + "  app:" + NL + "    environment:" + NL +
     "      - REDIS_URL=" + m(U, "redis://default:Xk92mPqLv7@10.8.0.21:6379/0") + NL +
     "      - SENTRY_TOKEN=" + m(K, "sntrys_eyJpYXQiOjE3MTU4Mzk0NDcuMjQ4NTYz") + NL +
     "      - OWNER=" + m(E, "piotr.zielinski@fabryka-kodu.pl")),
    # --- Polish hard negatives
    ("directions", "pl", True,
     "Spotkanie przy Pałacu Kultury i Nauki, potem idziemy ulicą Nowy Świat aż do Krakowskiego Przedmieścia."),
    ("invoice", "pl", True,
     "Sprzedawca: Fabryka Mebli Sp. z o.o., NIP 525-000-12-34, REGON 012345678. Zamówienie nr 2024/04/118731 z dnia 12.04.2024."),
    ("release", "pl", True,
     "Wersja 2.14.0.3 - poprawiono walidację numerów IBAN (np. PL12 1020 3040 5060 7080 9010 2030 jest teraz poprawnie odrzucany)."),
    ("prose", "pl", True,
     "Na imprezę kupiliśmy Żubrówkę, Wedla i Krówki, a Wawel dał rabat na czekoladki."),
    # ================================================================ Swedish
    ("ticket", "sv", False,
     "Hej! Det är " + m(N, "Linnéa Åkesson") + " här. Jag kan inte logga in på Mina sidor med BankID, personnummer " + m(ID, "900314-2388") +
     ". Ring gärna på " + m(P, "070-482 19 37") + " efter lunch. Tack!"),
    ("hr", "sv", False,
     "Anställd: " + m(N, "Mohammed Hassan Jama") + NL + "Personnr: " + m(ID, "850921-7645") + NL +
     "Bostadsadress: " + m(A, "Storgatan 14 B, 852 30 Sundsvall") + NL +
     "Lönekonto: " + m(I, "SE07 9761 5916 3953 2014 9800")),
    ("chat", "sv", False,
     m(N, "Elsa") + ": har " + m(N, "Nils") + " fått nya lösenordet till kundportalen?" + NL +
     m(N, "Oskar") + ": ja, " + m(K, "Midsommar!Stång47") + " – byt det efter mötet med " + m(N, "Amira") + NL +
     m(N, "Elsa") + ": 👍"),
    ("minutes", "sv", False,
     "Protokoll styrelsemöte BRF Lärkan 2024-03-18" + NL +
     "Närvarande: " + m(N, "Gunilla Lindqvist") + " (ordf.), " + m(N, "Tobias Nyström") + ", " + m(N, "Ahmed Yusuf") + NL +
     "§ 4 " + m(N, "Tobias") + " redovisade offerten för stambytet. Beslut: styrelsen godkänner offerten."),
    ("email", "sv", False,
     "Hej " + m(N, "Jonna") + "," + NL + NL + "Här är inloggningen till VPN:en du bad om: användare " + m(N, "jonna.k") + ", lösen " + m(K, "Fika#Torsdag-88") +
     ". Gatewayen ligger på " + m(IP, "193.181.24.9") + "." + NL + NL + "/" + m(N, "Fredrik")),
    # --- Swedish hard negatives
    ("prose", "sv", True,
     "Vi köpte en soffa på IKEA, hyrde en Volvo XC60 och såg reklam från Ericsson och Hennes & Mauritz hela vägen hem."),
    ("directions", "sv", True,
     "Vi ses vid Sergels torg och går sedan Drottninggatan upp mot Observatorielunden."),
    ("shipping", "sv", True,
     "Ordernummer 7731-4820-19. PostNord kolli-ID 00370712345678901234. Leverans beräknad 2024-05-22."),
    ("docs", "sv", True,
     "Ange personnummer i formatet ÅÅÅÅMMDD-XXXX. Exempel: 19000101-0000 är ett ogiltigt testvärde och kommer att nekas."),
    # ================================================================ Norwegian
    ("form", "nb", False,
     "Søknad om barnehageplass" + NL + "Forelder: " + m(N, "Ingvild Haugland Berntsen") + NL +
     "Fødselsnummer: " + m(ID, "12058949386") + NL +
     "Adresse: " + m(A, "Thereses gate 31B, 0168 Oslo") + NL + "Mobil: " + m(P, "+47 924 81 377")),
    ("chat", "nb", False,
     m(N, "Sigrid") + ": har " + m(N, "Øystein") + " sendt kontonummeret sitt?" + NL +
     m(N, "Henrik") + ": ja, " + m(I, "NO49 5297 7819 955") + NL +
     m(N, "Sigrid") + ": takk, jeg vipper til " + m(N, "Astrid") + " i kveld"),
    ("news", "nb", False,
     "En 41 år gammel mann fra Tromsø er tiltalt for grovt bedrageri. Ifølge tiltalen skal " + m(N, "Ragnar Eliassen") +
     " ha lurt over 2 millioner kroner fra " + m(N, "Solveig") + " og " + m(N, "Arne Karlsen") + " gjennom et falskt investeringsselskap."),
    ("code", "nb", False,
     "curl -X POST https://api.fiken.no/api/v2/companies \\" + NL +
     "  -H \"Authorization: Bearer " + m(K, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrbnV0In0.Tq3xR8mVz1Lk2pW9bN4cY7dH0sJ6fG5aE") + "\" \\" + NL +
     "  -d '{\"kontakt\": \"" + m(E, "knut.nygard@fjordbakst.no") + "\"}'"),
    ("sms", "nb", False,
     "Hei! Dette er " + m(N, "Marius") + " fra Elkjøp Lagunen. Reparasjonen av PC-en din er ferdig. Hent den med legitimasjon, "
     "eller ring " + m(P, "55 10 48 27") + ". Hilsen " + m(N, "Marius")),
    # --- Norwegian hard negatives
    ("directions", "nb", True,
     "Vi møtes ved Nationaltheatret og går Karl Johans gate opp mot Slottsparken."),
    ("admin", "nb", True,
     "Saksnummer 24/118732-4. Org.nr. 914 778 271. Frist for klage: 14.06.2024."),
    ("prose", "nb", True,
     "Freia melkesjokolade, Tine-melk og en Ringnes i kjøleskapet, mer trengs ikke på hytta."),
    # ================================================================ Danish
    ("hr", "da", False,
     "Medarbejder: " + m(N, "Rasmus Kjærgaard Østergaard") + NL + "CPR-nr.: " + m(ID, "140378-2915") + NL +
     "Adresse: " + m(A, "Nørrebrogade 184, 2. tv., 2200 København N") + NL +
     "Lønkonto: " + m(I, "DK49 6320 2900 3012 29")),
    ("chat", "da", False,
     m(N, "Freja") + ": har nogen snakket med " + m(N, "Mikkel") + "?" + NL +
     m(N, "Mads") + ": ja, han siger " + m(N, "Aisha") + " tager vagten på lørdag" + NL +
     m(N, "Freja") + ": fedt, så skriver jeg til " + m(N, "Søren"), ),
    ("email", "da", False,
     "Hej " + m(N, "Camilla") + NL + NL + "Jeg har lagt en kopi af mit pas på drevet (pasnr. " + m(ID, "209481736") +
     "). Du kan fange mig på " + m(P, "+45 28 41 93 70") + "." + NL + NL + "Mvh" + NL + m(N, "Thu Trang Pham") + NL + m(E, "thutrang.pham@mail.dk")),
    ("log", "da", False,
     "Jun 03 07:41:10 fw01 kernel: DROP IN=eth0 SRC=" + m(IP, "87.61.112.40") + " DST=" + m(IP, "10.1.1.20") + " MAC=" +
     m(MAC, "a4-5e-60-d1-3c-8b") + " PROTO=TCP DPT=3389"),
    ("invoice", "da", False,
     "Faktura 2024-331" + NL + "Kunde: " + m(N, "Jens-Ole Bjerregaard") + ", " + m(A, "Vestergade 12, 1. th., 8000 Aarhus C") + NL +
     "Beløb: 4.250,00 kr. inkl. moms"),
    # --- Danish hard negatives
    ("prose", "da", True,
     "Til julefrokosten var der Carlsberg, Lego til ungerne og en ny højttaler fra Bang & Olufsen."),
    ("directions", "da", True,
     "Vi mødes på Kongens Nytorv og går ned ad Strøget mod Rådhuspladsen."),
    ("admin", "da", True,
     "CVR-nr. 37482910 - Sagsnr. 2024-118-4471 - Journalnr. 2019-04-1207 - Frist 30.06.2024."),
    # ================================================================ Finnish
    ("form", "fi", False,
     "Hakija: " + m(N, "Aino Väisänen-Koskinen") + NL + "Henkilötunnus: " + m(ID, "170483-273D") + NL +
     "Osoite: " + m(A, "Hämeentie 33 A 12, 00500 Helsinki") + NL + "Puhelin: " + m(P, "+358 40 482 1937")),
    ("chat", "fi", False,
     m(N, "Juho") + ": onks " + m(N, "Pekka") + " jo lähettäny ne tunnukset?" + NL +
     m(N, "Sanna") + ": joo, palvelin " + m(IP, "95.216.74.13") + ", käyttäjä admin ja salasana " + m(K, "Sauna-Kalja-2024") + NL +
     m(N, "Juho") + ": kiitti, kerro " + m(N, "Mervi") + "lle että homma hoidossa"),
    ("email", "fi", False,
     "Hei " + m(N, "Tuomas") + "," + NL + NL + "tilinumeroni on " + m(I, "FI93 1260 0904 7991 57") + ". Kiitos kun hoidat!" + NL + NL +
     "Terveisin" + NL + m(N, "Hanna-Riikka Lehtonen") + NL + m(P, "040 728 4419")),
    ("medical", "fi", False,
     "Lähete: potilas " + m(N, "Kalle Nieminen") + ", syntynyt " + m(D, "5.1.2002") + ", hetu " + m(ID, "050102A9185") +
     ". Yhteyshenkilö äiti " + m(N, "Riitta") + ", puh. " + m(P, "050 318 4427") + "."),
    ("hr", "fi", False,
     "Uusi työntekijä " + m(N, "Nguyen Duc Anh") + " aloittaa maanantaina. Hänen sähköpostinsa on " + m(E, "duc.anh.nguyen@saaristosoft.fi") +
     " ja esimies on " + m(N, "Marjatta Heikkilä") + "."),
    # --- Finnish hard negatives
    ("prose", "fi", True,
     "Ostimme Stockmannilta Fazerin suklaata ja Marimekon kassin, ja Nokian vanha puhelin löytyi vielä laatikosta."),
    ("admin", "fi", True,
     "Y-tunnus 2847193-4, viite 1104 8273 9921, eräpäivä 31.05.2024."),
    ("release", "fi", True,
     "Versio 5.2.0.19 julkaistu. Oletusyhdyskäytävä on 0.0.0.0 ja aliverkon peite 255.255.255.240."),
    # ================================================================ Turkish
    ("form", "tr", False,
     "Başvuru Formu" + NL + "Ad Soyad: " + m(N, "Ayşe Gülşen Yıldırım") + NL + "T.C. Kimlik No: " + m(ID, "38471056240") + NL +
     "Doğum Tarihi: " + m(D, "14.09.1983") + NL +
     "Adres: " + m(A, "Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul") + NL + "GSM: " + m(P, "+90 532 481 29 37")),
    ("chat", "tr", False,
     m(N, "Emre") + ": " + m(N, "Zeynep") + " hanım aradı mı?" + NL +
     m(N, "Burak") + ": aradı, " + m(N, "Mustafa") + " beyle konuşmak istiyor" + NL +
     m(N, "Emre") + ": tamam numarasını at, ben ararım" + NL +
     m(N, "Burak") + ": " + m(P, "0532 418 77 29")),
    ("email", "tr", False,
     "Merhaba " + m(N, "Kerem") + " Bey," + NL + NL + "Kira ödemesini " + m(I, "TR62 2180 2038 4277 3958 1878 12") +
     " numaralı hesaba yapabilirsiniz. Hesap sahibi " + m(N, "Hatice Özdemir") + "." + NL + NL + "Saygılarımla," + NL + m(N, "Selin Aydın")),
    ("code", "tr", False,
     "// TODO: " + m(N, "Mert") + " bunu ortam değişkenine taşısın" + NL +
     "const client = new MongoClient(\"" + m(U, "mongodb://admin:Sifre2024!x@172.31.44.9:27017/siparis") + "\");"),
    ("news", "tr", False,
     "İzmir'de yaşayan emekli öğretmen " + m(N, "Nurettin Kaya") + ", dolandırıcıların kendisini savcı " + m(N, "Cem Arslan") +
     " olarak arayarak 300 bin lira istediğini söyledi."),
    # --- Turkish hard negatives
    ("prose", "tr", True,
     "Koç Holding, Sabancı ve Ülker yeni yatırımlarını açıklarken Arçelik de fabrikasını genişletti."),
    ("directions", "tr", True,
     "Taksim Meydanı'ndan İstiklal Caddesi boyunca yürüyüp Galata Kulesi'ne çıkacağız."),
    ("shipping", "tr", True,
     "Sipariş No: 2024-TR-448193 / Kargo takip no: 7318294401 / Tahmini teslim: 21.05.2024"),
    # ================================================================ Romanian
    ("form", "ro", False,
     "Subsemnata " + m(N, "Ioana-Maria Popescu-Țăranu") + ", născută la " + m(D, "12 aprilie 1986") + ", CNP " + m(ID, "2860412402132") +
     ", domiciliată în " + m(A, "Str. Mihai Eminescu nr. 17, bl. A3, ap. 12, Cluj-Napoca") + ", solicit eliberarea adeverinței."),
    ("email", "ro", False,
     "Bună ziua, doamna " + m(N, "Stănescu") + "," + NL + NL + "Plata se face în contul " + m(I, "RO56 BTRL 7320 2877 6016 0743") +
     ". Pentru detalii îl puteți suna pe " + m(N, "Vlad") + " la " + m(P, "0721 384 295") + "." + NL + NL + "Cu stimă," + NL + m(N, "Adrian Munteanu")),
    ("chat", "ro", False,
     m(N, "Bogdan") + ": " + m(N, "Cristi") + " a zis că vine și " + m(N, "Alina") + " diseară" + NL +
     m(N, "Irina") + ": super, atunci o sun și pe " + m(N, "Roxana")),
    ("hr", "ro", False,
     "Angajat: " + m(N, "Florin Dumitrescu") + "; CNP " + m(ID, "1951122044788") + "; tel. " + m(P, "+40 722 481 937") + "; e-mail " +
     m(E, "florin.dumitrescu@yahoo.ro")),
    # --- Romanian hard negatives
    ("directions", "ro", True,
     "Ne vedem la Piața Victoriei și mergem pe Calea Victoriei până la Ateneul Român."),
    ("prose", "ro", True,
     "Am luat o Dacia Logan la mâna a doua și am oprit la Mega Image după bere Ursus."),
    ("invoice", "ro", True,
     "Factura seria BV nr. 0048127 din 03.05.2024, CUI RO18547290, cont IBAN RO49 AAAA 1B31 0075 9384 0001 (exemplu din documentația BNR)."),
    # ================================================================ Czech
    ("form", "cs", False,
     "Žadatelka: " + m(N, "Kateřina Dvořáková") + NL + "Rodné číslo: " + m(ID, "855718/3426") + NL +
     "Trvalé bydliště: " + m(A, "Vinohradská 1511/230, 100 00 Praha 10") + NL + "Telefon: " + m(P, "+420 603 482 193")),
    ("chat", "cs", False,
     m(N, "Honza") + ": viděl někdo dneska " + m(N, "Petra") + "?" + NL +
     m(N, "Lenka") + ": jo, říkal že " + m(N, "Vojta") + " má ten klíč od serverovny" + NL +
     m(N, "Honza") + ": díky"),
    ("email", "cs", False,
     "Dobrý den," + NL + NL + "posílám číslo účtu pro vrácení zálohy: " + m(I, "CZ34 7827 6164 5110 7516 2108") + "." + NL + NL +
     "S pozdravem" + NL + m(N, "Tomáš Novák") + NL + m(E, "tomas.novak@seznam.cz")),
    ("config", "cs", False,
     "[database]" + NL + "host = " + m(IP, "10.20.30.41") + NL + "user = eshop" + NL + "password = " + m(K, "Kn3dl1k-Praha#9") + NL +
     "admin_contact = " + m(E, "jiri.prochazka@eshop-hracky.cz")),
    # --- Czech hard negatives
    ("prose", "cs", True,
     "Koupili jsme Škodu Octavia, boty od Bati a pak jsme šli na Václavské náměstí."),
    ("shipping", "cs", True,
     "Číslo objednávky 20240518-7731, číslo zásilky DR1148392017Z, předpokládané doručení 22. 5. 2024."),
    ("release", "cs", True,
     "Verze 8.0.1.4412; OID 2.5.4.3 (commonName) je nyní povinný."),
    # ================================================================ Irish
    ("minutes", "ga", False,
     "Miontuairiscí an chruinnithe: bhí " + m(N, "Pádraig Ó Súilleabháin") + " agus " + m(N, "Máire Nic Giolla Phádraig") +
     " i láthair. Dúirt " + m(N, "Pádraig") + " go seolfaidh " + m(N, "Seán") + " an tuarascáil roimh an Aoine."),
    ("form", "ga", False,
     "Ainm: " + m(N, "Caoimhe Ní Bhriain") + NL + "Uimhir PSP: " + m(ID, "8472193T") + NL +
     "Seoladh: " + m(A, "14 Bóthar na Trá, Gaillimh H91 X2K8") + NL + "Fón: " + m(P, "091 528 417")),
    ("chat", "ga", False,
     m(N, "Darragh") + ": a " + m(N, "Niamh") + ", an bhfuil uimhir " + m(N, "Eoghan") + " agat?" + NL +
     m(N, "Niamh") + ": tá, " + m(P, "087 319 4420")),
    # --- Irish hard negatives
    ("directions", "ga", True,
     "Buailfimid le chéile ag Droichead Uí Chonaill agus siúlfaimid suas Sráid Grafton."),
    ("admin", "ga", True,
     "Uimhir thagartha 2024/DCC/00418, dáta deiridh 30/06/2024, leagan 3.1.4.1 den fhoirm."),
    # ================================================================ Icelandic
    ("form", "is", False,
     "Umsækjandi: " + m(N, "Guðrún Sigurðardóttir") + NL + "Kennitala: " + m(ID, "120389-4249") + NL +
     "Heimilisfang: " + m(A, "Laugavegur 54, 101 Reykjavík") + NL + "Sími: " + m(P, "+354 862 4193")),
    ("chat", "is", False,
     m(N, "Siggi") + ": er " + m(N, "Hrafnhildur") + " búin að senda reikninginn?" + NL +
     m(N, "Þórunn") + ": já, hún sendi hann á " + m(E, "bokhald@hraunfoss.is") + " í gær"),
    ("email", "is", False,
     "Sæll " + m(N, "Einar") + "," + NL + NL + "Reikningsnúmerið mitt er " + m(I, "IS63 4093 8649 0356 1880 4635 18") + "." + NL + NL +
     "Kveðja," + NL + m(N, "Björk Ragnarsdóttir")),
    # --- Icelandic hard negatives
    ("directions", "is", True,
     "Við hittumst við Hallgrímskirkju og göngum niður Skólavörðustíg að Laugavegi."),
    ("shipping", "is", True,
     "Pöntun nr. 448192-IS, sendingarnúmer RR123448190IS, áætluð afhending 12.06.2024."),
    # ================================================================ Hungarian
    ("form", "hu", False,
     "Név: " + m(N, "Kovácsné Szabó Erzsébet") + NL + "Született: Budapest, " + m(D, "1978. szeptember 15") + "-én" + NL +
     "Személyi azonosító: " + m(ID, "27809152841") + NL + "TAJ szám: " + m(ID, "048 271 932") + NL +
     "Lakcím: " + m(A, "1061 Budapest, Andrássy út 45. III/2")),
    ("chat", "hu", False,
     m(N, "Gergő") + ": " + m(N, "Zsófi") + " szerint " + m(N, "Bence") + " már elküldte a szerződést" + NL +
     m(N, "Réka") + ": oké, akkor szólok " + m(N, "Lajos") + " bácsinak"),
    ("email", "hu", False,
     "Kedves " + m(N, "Péter") + "!" + NL + NL + "A számlaszámom: " + m(I, "HU09 3212 5543 5668 8650 9449 1614") + ", telefonon a " +
     m(P, "+36 30 482 1937") + " számon érsz el." + NL + NL + "Üdv," + NL + m(N, "Tóth Anikó")),
    ("log", "hu", False,
     "2024-04-30 17:02:11 HIBA sikertelen bejelentkezés: felhasználó=" + m(E, "nagy.balazs@citromail.hu") + " cím=" + m(IP, "84.236.11.78") +
     " eszköz=" + m(MAC, "F0:9F:C2:1A:7B:33")),
    # --- Hungarian hard negatives
    ("directions", "hu", True,
     "A Hősök terénél találkozunk, aztán végigmegyünk az Andrássy úton az Operáig."),
    ("prose", "hu", True,
     "A boltban Túró Rudit, Pick szalámit és Zwack Unicumot vettünk."),
    # ================================================================ Greek (Latin script)
    ("chat", "el", False,
     m(N, "Giorgos") + ": kalimera, o " + m(N, "Dimitris Papadopoulos") + " mou edose to tilefono tis " + m(N, "Eleni") + NL +
     m(N, "Katerina") + ": steile to" + NL +
     m(N, "Giorgos") + ": " + m(P, "694 812 3771")),
    ("form", "el", False,
     "Onomateponymo: " + m(N, "Vasiliki Karamanlidou") + NL + "Arithmos taftotitas: " + m(ID, "AK 482193") + NL +
     "Diefthynsi: " + m(A, "Odos Ermou 47, 105 63 Athina") + NL + "IBAN: " + m(I, "GR31 9254 3673 4698 5857 3238 221")),
    ("email", "el", False,
     "Geia sou " + m(N, "Stavros") + "," + NL + NL + "to email tis " + m(N, "Xristina") + " einai " + m(E, "xristina.antoniou@otenet.gr") +
     ", pes tis gia to meeting tin Triti." + NL + NL + "Filika," + NL + m(N, "Nikos")),
    # --- Greek hard negatives
    ("directions", "el", True,
     "Tha vrethoume stin Plateia Syntagmatos kai tha anevoume tin odo Ermou pros to Monastiraki."),
    ("admin", "el", True,
     "Arithmos protokollou 48127/2024, imerominia 03.05.2024, ekdosi efarmogis 2.3.0.7."),
    # ================================================================ Croatian
    ("form", "hr", False,
     "Ime i prezime: " + m(N, "Ivana Kovačević") + NL + "OIB: " + m(ID, "69482137054") + NL +
     "Adresa: " + m(A, "Ilica 128, 10000 Zagreb") + NL + "IBAN: " + m(I, "HR42 5756 2353 8607 9876 8") + NL + "Mob: " + m(P, "+385 91 482 1937")),
    ("chat", "hr", False,
     m(N, "Marko") + ": je li " + m(N, "Ante") + " javio kad stiže?" + NL +
     m(N, "Luka") + ": kaže sutra, a " + m(N, "Mirela") + " dolazi s njim"),
    ("email", "hr", False,
     "Poštovani," + NL + NL + "lozinka za privremeni pristup je " + m(K, "Jadran!Split-2024") + ", vrijedi 24 sata." + NL + NL +
     "Lijep pozdrav," + NL + m(N, "Dragan Horvat")),
    # --- Croatian hard negatives
    ("directions", "hr", True,
     "Nađimo se na Trgu bana Jelačića pa idemo Tkalčićevom do Kamenitih vrata."),
    ("prose", "hr", True,
     "Kupili smo Podravkinu Vegetu, Kraš bajadere i bocu Maraschina."),
    # ================================================================ extra mixed
    ("transcript", "en", False,
     "AGENT: Thanks for holding. Can I take the long number on the card?" + NL +
     "CALLER: Yeah it's " + m(C, "4895-1183-1093-1738") + ", and the other one, the Amex, is " + m(C, "3759 563999 98533") + "." + NL +
     "AGENT: And to verify, your social?" + NL +
     "CALLER: " + m(S, "531 62 0198") + ". It's under my wife's name too, " + m(N, "Abdullah bin Khalid Al-Otaibi") + " and " + m(N, "Noura") + "." + NL +
     "AGENT: Perfect, Mr " + m(N, "Al-Otaibi") + ", I'll flag both cards now."),
    ("ticket", "en", False,
     "NETOPS-4471: Port security violation on sw-core-02 Gi1/0/14" + NL +
     "Offending host " + m(MAC, "f4cf.e2a1.9b07") + " learned with IP " + m(IP, "10.66.3.118") + ". " + m(N, "Zhang Wei") +
     " confirmed it's his personal laptop; " + m(N, "Obinna") + " will whitelist after HR sign-off."),
    ("config", "en", False,
     "# ~/.npmrc on the build agent (found during audit)" + NL +
     "registry=" + m(U, "https://ci-publisher:npm_Qk8vX2rLm4TzW9yPc7Hd3Fb6Nj1Gs5Ae@npm.pkg.rivetworks.io/") + NL +
     "//npm.pkg.rivetworks.io/:_authToken=" + m(K, "npm_Qk8vX2rLm4TzW9yPc7Hd3Fb6Nj1Gs5Ae") + NL + NL +
     "# ~/.pgpass" + NL + "db-replica-1.internal:5432:*:reporting:" + m(K, "R3p0rt!ng-Only-2024")),
    ("email", "en", False,
     "Hi Team," + NL + NL + "Booking for our guest from Osaka below - please charge the deposit to the JCB on file:" + NL +
     "Guest: " + m(N, "TANAKA/HARUKI") + " MR" + NL + "Card: " + m(C, "3558 8312 5054 2535") + " exp 06/27" + NL +
     "Arrival 02 Oct, 3 nights, king room." + NL + NL + "Best," + NL + m(N, "Vo Thi Thanh Huong") + NL + "Reservations, Riverside Hotel Da Nang"),
    ("form", "es", False,
     "SOLICITUD DE PRÉSTAMO (versión en español)" + NL +
     "Nombre del solicitante: " + m(N, "Héctor Manuel Cázares") + NL +
     "Número de Seguro Social: " + m(S, "604-18-2297") + NL +
     "Fecha de nacimiento: " + m(D, "30 de marzo de 1972") + NL +
     "Dirección: " + m(A, "1127 W Cesar Chavez St, Austin, TX 78703")),
    ("json", "de", False,
     "{\"bestellung\": \"WS-2024-88213\", \"kunde\": {\"name\": \"" + m(N, "Magdalena Schürmann") + "\", \"email\": \"" +
     m(E, "m.schuermann@web.de") + "\"}, \"zahlung\": {\"art\": \"kreditkarte\", \"pan\": \"" + m(C, "2221784693124446") +
     "\", \"ablauf\": \"10/26\"}, \"client_ip\": \"" + m(IP, "91.64.203.17") + "\"}"),
    ("inventory", "fr", False,
     "poste;utilisateur;adresse_mac;ip" + NL +
     "PC-0412;" + m(N, "Martine Lefebvre") + ";" + m(MAC, "5C-26-0A-3F-91-E4") + ";" + m(IP, "10.10.4.12") + NL +
     "PC-0413;" + m(N, "Ousmane Sow") + ";" + m(MAC, "5C-26-0A-3F-92-07") + ";" + m(IP, "10.10.4.13")),
    ("prose", "en", False,
     "When I got to the site, " + m(N, "Kofi") + " was already arguing with " + m(N, "Delphine") + " about the scaffolding, and " +
     m(N, "Ahmad") + " had gone to find Mrs " + m(N, "Brennan") + "'s son, who owns the van."),
    ("chat", "pt", False,
     "[08:02] " + m(N, "Tiago") + ": o cartão da empresa é " + m(C, "4050 7472 2066 3782") + ", validade 12/25, usa só para o hotel" + NL +
     "[08:05] " + m(N, "Bruna") + ": ok, e o código de segurança?" + NL +
     "[08:06] " + m(N, "Tiago") + ": pede à Dona " + m(N, "Lurdes") + " na contabilidade"),
    # --- extra hard negatives
    ("docs", "en", True,
     "Addresses in 2001:db8::/32 and 192.0.2.0/24 are reserved for documentation and examples (RFC 3849, RFC 5737). "
     "Never use them on a real network; ::1 and 127.0.0.1 always refer to the local host."),
    ("code", "en", True,
     "HEART_RATE_SERVICE = \"0000180d-0000-1000-8000-00805f9b34fb\"" + NL +
     "FIRMWARE_SHA = \"d4:1d:8c:d9:8f:00:b2:04:e9:80:09:98:ec:f8:42:7e\"  # md5 of empty file" + NL +
     "DEFAULT_GW = \"0.0.0.0\""),
    ("receipt", "en", True,
     "Thank you for shopping at Harrods!" + NL + "Loyalty card 4532 7719 0834 1127  Points this visit: 118" + NL +
     "Till 14  Txn 0447-2291-8830  04/05/2024 15:42"),
    ("prose", "de", True,
     "Der neue Mac mini steht neben dem Tesla Model 3 im Showroom, gleich gegenüber der Filiale von Hugo Boss."),
    ("log", "es", True,
     "2024-05-11 03:00:01 INFO backup ok agent=4.2.1.9 size=18.4GB id=7f3a9c21-44b0-4e1a-9d2f-118a0c4d7e55 cron=0 3 * * * host=srv-bkp-01"),
]

emit("blind6", cases)
