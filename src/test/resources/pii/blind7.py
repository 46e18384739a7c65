from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

cases = [
    # ================================================================ English — positives
    ("ticket", "en", False,
     "Ticket #CS-20931 | opened 2024-05-02 08:14 | channel: email | product: FrostLine 320 fridge-freezer" + NL + NL +
     "Hi, this is about the fridge delivered last Thursday. The door seal is split down one side and the bottom "
     "drawer won't close. The booking was made under my partner's name, " + m(N, "Ebere Nwachukwu-Hale") +
     ", but I'm the one at home most days, so please call me on " + m(P, "07700 914 382") + " rather than her. "
     "Address is " + m(A, "Flat 6, 41 Moorland Road, Leeds LS6 1AL") + " (buzzer doesn't work, just knock)." + NL + NL +
     "Thanks," + NL + m(N, "Callum")),

    ("email", "en", False,
     "Subject: Re: lease renewal - unit 3B" + NL + NL +
     "Hi " + m(N, "Tomás") + "," + NL + NL +
     "Thanks, I've countersigned. The deposit refund will go to the same account as before; if anything has changed, "
     "ring me at " + m(P, "(512) 408-7731") + " before Friday." + NL + NL +
     "Best," + NL + m(N, "Adaeze Obiora") + NL + "Property Manager, Riverbend Lofts" + NL + NL +
     "-----Original Message-----" + NL +
     "From: " + m(N, "Tomás Echeverría-Lund") + " <" + m(E, "tomas.echlund@gmail.com") + ">" + NL +
     "Sent: Monday, April 8, 2024 6:12 PM" + NL +
     "> Attached is the signed copy. Heads up that my mailing address changes in May to" + NL +
     "> " + m(A, "2210 Barton Hills Dr, Austin, TX 78704") + "."),

    ("chat", "en", False,
     m(N, "priya.raman") + "  9:41 AM" + NL + "who has a stripe key for staging? checkout tests are all 401ing" + NL +
     m(N, "marcus") + "  9:42 AM" + NL + "staging key expired, there's only the live one in vault rn" + NL +
     m(N, "jonas.berg") + "  9:43 AM" + NL + m(K, "rk_live_4phkfO1245Ntjoc3ShkHyf1g") + "  <- restricted, read-only, should be enough" + NL +
     m(N, "priya.raman") + "  9:43 AM" + NL + "🙏 also can someone allowlist " + m(IP, "81.152.47.203") +
     "? that's my home connection, vpn keeps dropping" + NL +
     m(N, "marcus") + "  9:44 AM" + NL + "done. and " + m(N, "jonas") + " pls delete that msg"),

    ("config", "en", False,
     "# .env.production -- DO NOT COMMIT (yes, again)" + NL +
     "APP_ENV=production" + NL +
     "APP_PORT=8080" + NL +
     "DATABASE_URL=" + m(U, "postgres://billing_svc:Wq7t!pZ2r9@db-prod-2.internal:5432/billing") + NL +
     "REDIS_URL=redis://cache-prod:6379/0" + NL +
     "SENDGRID_API_KEY=" + m(K, "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") + NL +
     "ADMIN_EMAIL=" + m(E, "h.takahashi@larkspur-health.com") + NL +
     "FEATURE_FLAGS=invoices_v2,dark_mode" + NL +
     "LOG_LEVEL=info"),

    ("code", "en", False,
     "# repro for INFRA-882, run from the jump box, not your laptop" + NL +
     "curl -s -u " + m(N, "abimbola.k") + ":" + m(K, "Lagos2024!Rain") + " \\" + NL +
     "  https://jira.corp-tools.net/rest/api/2/issue/INFRA-882 | jq '.fields.status'" + NL + NL +
     "# same thing via the gateway" + NL +
     "curl -H \"Authorization: Bearer " +
     m(K, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzE4MDQwMDAwfQ.BlxSJ__Mwc2axbQzdtBGufxw29-KuB6EL41oFZBveBj") +
     "\" https://gw.corp-tools.net/v2/issues/INFRA-882"),

    ("commit", "en", False,
     "commit 3e7a91c04b5d2f8a61e0c9d7b2a4f1e8c6d03b59" + NL +
     "Merge: 1a2b3c4 9f8e7d6" + NL +
     "Author: " + m(N, "Rahul Venkataraman") + " <" + m(E, "rahul.v@tallyhq.io") + ">" + NL +
     "Date:   Thu Feb 29 17:48:12 2024 +0530" + NL + NL +
     "    Merge pull request #1182 from " + m(N, "mei-ling-zhou") + "/fix-timezone" + NL + NL +
     "    Use the tenant's zone when rendering due dates" + NL + NL +
     "    Signed-off-by: " + m(N, "Kofi Boateng") + " <" + m(E, "kofi.boateng@tallyhq.io") + ">"),

    ("csv", "en", False,
     "id,first_name,last_name,email,phone,dob,ssn,plan" + NL +
     "10442," + m(N, "Marisol") + "," + m(N, "Quintanilla") + "," + m(E, "marisol.q@outlook.com") + "," +
     m(P, "(619) 382-5570") + "," + m(D, "1987-03-14") + "," + m(S, "523-71-4089") + ",gold" + NL +
     "10443," + m(N, "Terrence") + "," + m(N, "O'Halloran") + "," + m(E, "tohalloran@comcast.net") + "," +
     m(P, "+1 617 294 0081") + "," + m(D, "1962-11-30") + "," + m(S, "402-86-1735") + ",basic" + NL +
     "10444," + m(N, "Ngozi") + "," + m(N, "Eze") + "," + m(E, "ngozi.eze@yahoo.com") + "," +
     m(P, "6462918834") + "," + m(D, "1995-07-08") + "," + m(S, "618-29-4470") + ",basic"),

    ("json", "en", False,
     "{" + NL +
     "  \"id\": \"u_77120\"," + NL +
     "  \"displayName\": \"" + m(N, "Samira Haddad") + "\"," + NL +
     "  \"email\": \"" + m(E, "samira.haddad@icloud.com") + "\"," + NL +
     "  \"birthDate\": \"" + m(D, "1990-01-22") + "\"," + NL +
     "  \"address\": \"" + m(A, "88 Harbor View Ln, Portland, ME 04101") + "\"," + NL +
     "  \"payment\": {\"brand\": \"visa\", \"number\": \"" + m(C, "4547 1392 0658 4177") + "\", \"exp\": \"09/27\"}," + NL +
     "  \"createdAt\": \"2023-10-02T11:45:09Z\"," + NL +
     "  \"marketingOptIn\": false" + NL +
     "}"),

    ("hr", "en", False,
     "Private & Confidential" + NL + NL +
     m(N, "Oluwadamilare Bankole") + NL + m(A, "14 Cranbrook Close") + NL + m(A, "Reading RG30 2QT") + NL + NL +
     "Dear " + m(N, "Damilare") + "," + NL + NL +
     "We are delighted to confirm your appointment as Senior Quantity Surveyor starting 1 July 2024. "
     "Before your first payroll run, please check the details we hold: National Insurance number " +
     m(ID, "JG 48 29 17 B") + ", date of birth " + m(D, "04/11/1993") + ". If either is wrong, reply to this letter "
     "or speak to " + m(N, "Harriet") + " in the People team." + NL + NL +
     "Yours sincerely," + NL + m(N, "Harriet Pemberton-Shaw") + NL + "Head of People"),

    ("medical", "en", False,
     "Dear Dr " + m(N, "Sesay") + "," + NL + NL +
     "RE: " + m(N, "Anjali Deshpande-Wright") + "   DOB " + m(D, "17/08/1958") + NL +
     m(A, "9 Holloway Gardens, Norwich NR3 4PL") + "   Tel " + m(P, "01603 771 204") + NL + NL +
     "Thank you for seeing Mrs " + m(N, "Deshpande-Wright") + ", who has had three episodes of exertional chest "
     "tightness since March. ECG in surgery showed no acute changes. Her husband accompanies her to appointments "
     "and is happy to be contacted." + NL + NL +
     "Kind regards," + NL + "Dr " + m(N, "Imogen Ashworth") + ", GP Partner"),

    ("minutes", "en", False,
     "Minutes - Parent Council, Glenview Primary, 12 March 2024, 7pm, school library" + NL +
     "Present: " + m(N, "K. Mbatha-Hart") + " (chair), " + m(N, "R. Fitzgerald") + ", " + m(N, "Dolores Ybarra") +
     ", " + m(N, "Tuan Pham") + ", " + m(N, "S. Al-Amin") + NL +
     "Apologies: " + m(N, "Bronwyn Treharne") + NL + NL +
     "1. Road crossing outside the main gate. " + m(N, "Dolores") + " agreed to write to the council again, copying the local ward office." + NL +
     "2. Treasurer's report. Balance stands at £2,418.60 after the spring fair." + NL +
     "3. AOB. " + m(N, "Tuan") + " raised the state of the bike shed; to be added to the summer work list."),

    ("news", "en", False,
     "A 34-year-old cyclist was taken to Waikato Hospital on Sunday evening after a collision outside " +
     m(A, "52 Alder Crescent") + ". The man, named by neighbours as " + m(N, "Wiremu Tane") +
     ", was conscious when paramedics arrived. Police want to hear from the driver of a silver hatchback seen "
     "leaving towards the roundabout. \"He waves to everyone on this street, every single morning,\" said " +
     m(N, "Glenys Pritchard") + ", who called the ambulance."),

    ("cv", "en", False,
     "CURRICULUM VITAE" + NL + NL +
     m(N, "Chiamaka Obi-Thornton") + NL +
     m(A, "23 Ashgrove Avenue, Bristol BS7 9LJ") + " · " + m(P, "07812 336 904") + " · " + m(E, "chiamaka.obithornton@gmail.com") + NL +
     "Date of birth: " + m(D, "2 February 1996") + NL + NL +
     "EXPERIENCE" + NL +
     "2021-present  Data Analyst, Severn Water. Built the leakage dashboard; line manager " + m(N, "Gareth Llewellyn") + "." + NL +
     "2018-2021     Graduate Analyst, Avonmouth Logistics." + NL + NL +
     "REFERENCES" + NL +
     "Dr " + m(N, "Priyanka Bose") + ", School of Geographical Sciences - " + m(E, "priyanka.bose@bristol.ac.uk")),

    ("invoice", "en", False,
     "INVOICE 2024-0417                      Date: 19 April 2024" + NL + NL +
     "Bill to: " + m(N, "Declan Mac Aodha") + ", " + m(A, "7 Strand Road, Sandymount, Dublin 4, D04 X2P6") + NL + NL +
     "Brand identity refresh (logo, palette, 2 templates) ........ EUR 1,850.00" + NL +
     "VAT 23% ..................................................... EUR   425.50" + NL +
     "TOTAL ....................................................... EUR 2,275.50" + NL + NL +
     "Please pay within 30 days to " + m(N, "R. Oyelaran") + " Design, IBAN " + m(I, "IE20 AIBK 8583 2049 1102 44") +
     ", quoting the invoice number."),

    ("code", "en", False,
     "\"\"\"Summarise yesterday's support tickets. Ask " + m(N, "Aoife") + " before pointing this at prod.\"\"\"" + NL +
     "from openai import OpenAI" + NL + NL +
     "client = OpenAI(api_key=\"" + m(K, "sk-proj-zHxCAniF4brWxeY4DiHk1nRjU1lkEE-lUPm6kp4aKIXCI79S") + "\")" + NL + NL +
     "def summarise(tickets):" + NL +
     "    text = \"\\n\\n\".join(t[\"body\"] for t in tickets)" + NL +
     "    return client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": text}])"),

    ("config", "en", False,
     "# docker-compose.yml" + NL +
     "services:" + NL +
     "  mongo:" + NL +
     "    image: mongo:7.0" + NL +
     "    environment:" + NL +
     "      MONGO_INITDB_ROOT_USERNAME: root" + NL +
     "      MONGO_INITDB_ROOT_PASSWORD: \"" + m(K, "tK9#vmQ2!xL7") + "\"" + NL +
     "  api:" + NL +
     "    build: ./api" + NL +
     "    environment:" + NL +
     "      MONGO_URL: \"" + m(U, "mongodb://root:tK9#vmQ2!xL7@mongo:27017/shop?authSource=admin") + "\"" + NL +
     "    ports: [\"3000:3000\"]"),

    ("log", "en", False,
     m(IP, "81.2.69.160") + " - - [12/Mar/2024:10:15:32 +0000] \"GET /account/reset?email=" + m(E, "lina.haddad@gmail.com") +
     " HTTP/1.1\" 200 1843 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\"" + NL +
     "Mar 12 10:16:02 bastion sshd[22817]: Failed password for invalid user oracle from " + m(IP, "185.220.101.34") + " port 51234 ssh2" + NL +
     "Mar 12 10:16:40 bastion sshd[22831]: Accepted publickey for " + m(N, "yusuf.demir") + " from " + m(IP, "10.0.4.21") +
     " port 60112 ssh2: ED25519 SHA256:Yk3b9Qq0zR1vX8mP2sLh7cT4nW6eJ5aD0uF9gH2iK1o"),

    ("html", "en", False,
     "<table class=\"staff\">" + NL +
     "  <tr><th>Name</th><th>Role</th><th>Direct line</th><th>Email</th></tr>" + NL +
     "  <tr><td>" + m(N, "Mwajuma Kiprotich") + "</td><td>Site lead</td><td>" + m(P, "+254 722 481 930") +
     "</td><td>" + m(E, "m.kiprotich@tembo-build.co.ke") + "</td></tr>" + NL +
     "  <tr><td>" + m(N, "Sione Fifita") + "</td><td>Safety officer</td><td>" + m(P, "+254 733 206 118") +
     "</td><td>" + m(E, "s.fifita@tembo-build.co.ke") + "</td></tr>" + NL +
     "  <tr><td>" + m(N, "Astrid Lindqvist") + "</td><td>Structural engineer</td><td>" + m(P, "+46 70 318 42 77") +
     "</td><td>" + m(E, "astrid.lindqvist@tembo-build.co.ke") + "</td></tr>" + NL +
     "</table>"),

    ("letter", "en", False,
     "Dear Auntie " + m(N, "Folasade") + "," + NL + NL +
     "Grandpa's 80th is coming up. He was born on " + m(D, "9 June 1944") + ", so we're doing lunch on the Saturday after, "
     "nothing fancy, just the garden and too much jollof. Could you bring the photo albums? "
     "Send anything by post to my new flat: " + m(A, "3/17 Wattle Street, Fitzroy VIC 3065") + ". "
     + m(N, "Kunle") + " says hi and that he still owes you for the flights." + NL + NL +
     "Love," + NL + m(N, "Temi")),

    ("form", "en", False,
     "DS-82 RENEWAL - DATA ENTRY CHECK" + NL +
     "Last name: " + m(N, "NAKAMURA-BELL") + NL +
     "First and middle name: " + m(N, "Erin Sachiko") + NL +
     "Date of birth (mm-dd-yyyy): " + m(D, "06-03-1988") + NL +
     "Most recent passport book number: " + m(ID, "574019283") + NL +
     "Social Security number: " + m(S, "291-64-8830") + NL +
     "Mailing address: " + m(A, "1187 Poplar Ridge Rd, Asheville, NC 28804") + NL +
     "Primary phone: " + m(P, "828-416-2093")),

    ("chat", "en", False,
     "[21:04] <" + m(N, "tobias_w") + "> anyone know why the build farm is down" + NL +
     "[21:05] <" + m(N, "nadia_k") + "> " + m(N, "tobias_w") + ": disk full on builder-3, " + m(N, "mehmet") + " is clearing it" + NL +
     "[21:06] * " + m(N, "mehmet_y") + " sets mode: +o " + m(N, "nadia_k") + NL +
     "[21:07] <" + m(N, "mehmet_y") + "> freed 40G, ccache was 38G on its own lol" + NL +
     "[21:07] <" + m(N, "tobias_w") + "> legend, retriggering"),

    ("csv", "en", False,
     "asset_tag,assigned_to,hostname,wifi_mac,eth_mac,issued" + NL +
     "LT-0931," + m(N, "Precious Mahlangu") + ",lt-0931," + m(MAC, "3C:22:FB:9A:41:E7") + "," + m(MAC, "A4:83:E7:12:5B:0C") + ",2023-09-04" + NL +
     "LT-0932," + m(N, "Hugo Lindahl") + ",lt-0932," + m(MAC, "f0:18:98:6d:2a:31") + ",,2023-09-04" + NL +
     "LT-0933,(spare),lt-0933,,,"),

    ("sql", "en", False,
     "-- customer asked via chat to update contact details, verified with security questions" + NL +
     "UPDATE customers" + NL +
     "   SET email = '" + m(E, "b.adeyemi@proton.me") + "'," + NL +
     "       phone = '" + m(P, "+234 803 412 7765") + "'" + NL +
     " WHERE customer_id = 55821;  -- agent: " + m(N, "hollis.grant")),

    ("config", "en", False,
     "name: nightly-report" + NL +
     "on:" + NL + "  schedule:" + NL + "    - cron: '0 3 * * *'" + NL +
     "env:" + NL +
     "  SLACK_BOT_TOKEN: " + m(K, "xoxb-163731980688-5112970218817-7VdiLIimhRtzPI57uLRFIaNw") + NL +
     "  GH_TOKEN: " + m(K, "ghp_QFKANNEvQrxpXoVlOKnpzbqHSSmK7FV3frHT") + "   # temporary, " + m(N, "Ruth") + " will move it to secrets" + NL +
     "jobs:" + NL + "  report:" + NL + "    runs-on: ubuntu-22.04" + NL +
     "    steps:" + NL + "      - uses: actions/checkout@v4" + NL + "      - run: ./scripts/report.sh"),

    ("form", "en", False,
     "CLAIMANT STATEMENT - motor claim MC-48213" + NL +
     "Name: " + m(N, "Saoirse Ní Bhriain") + "    PPSN: " + m(ID, "8472915RA") + NL +
     "Address: " + m(A, "22 Seafield Crescent, Booterstown, Co. Dublin A94 K7T2") + NL + NL +
     "I was stopped at the lights on Merrion Road when the other car, driven by Mr " + m(N, "Cathal O'Donoghue") +
     ", went into my rear bumper. " + m(N, "O'Donoghue") + "'s passenger got out and apologised. "
     "A witness, " + m(N, "Femi Adeleke") + ", gave me his number, " + m(P, "087 219 4486") + "."),

    ("chat", "en", False,
     "[14/02/2024, 19:02:11] " + m(N, "Chidi Okafor") + ": who's bringing the cooler on saturday" + NL +
     "[14/02/2024, 19:03:40] " + m(P, "+44 7481 226905") + ": me but I need a lift, car's in the garage" + NL +
     "[14/02/2024, 19:05:02] " + m(N, "Amaka") + " 💛: " + m(N, "Emeka") + " can drive you, his number is " + m(P, "07392 118640") + NL +
     "[14/02/2024, 19:05:30] " + m(N, "Chidi Okafor") + ": sorted then 👍"),

    ("code", "en", False,
     "# main.tf -- TODO: " + m(N, "Sunil") + " to rotate these and switch to the OIDC role" + NL +
     "provider \"aws\" {" + NL +
     "  region     = \"eu-west-2\"" + NL +
     "  access_key = \"" + m(K, "AKIASBWINX7CHU05J6DG") + "\"" + NL +
     "  secret_key = \"" + m(K, "sm9VKLdHKH5iRdY8NrPwq8/C8YyxXpOPjyLumvPC") + "\"" + NL +
     "}"),

    ("code", "en", False,
     "import requests" + NL + NL +
     "EXPORT = \"" + m(U, "https://svc_reports:Pa55w0rd-Q3@reports.acme-logistics.com/api/v1/export") + "?fmt=csv\"" + NL +
     "resp = requests.get(EXPORT, timeout=30)" + NL +
     "resp.raise_for_status()"),

    ("chat", "en", False,
     "Chat transcript #88120 (Web)" + NL +
     "Customer: hi, my card " + m(C, "5294 3180 7265 9311") + " was charged twice for the same order" + NL +
     "Agent (" + m(N, "Lucía") + "): I'm sorry about that! For security, can you confirm the billing address?" + NL +
     "Customer: " + m(A, "19 Lorn Road, London SW9 0AB") + NL +
     "Agent (" + m(N, "Lucía") + "): Thank you. I can see the duplicate and I've raised a refund, it takes 3-5 working days."),

    ("code", "en", False,
     "// bot for " + m(N, "Kaveh") + "'s server, don't ask" + NL +
     "const { Client, GatewayIntentBits } = require('discord.js');" + NL +
     "const client = new Client({ intents: [GatewayIntentBits.Guilds] });" + NL +
     "client.once('ready', () => console.log('up'));" + NL +
     "client.login('" + m(K, "gmtqevPUPVIfSwF22aLS90oC.EhRpWw.UlQRCYFd3pk9JbYkpA92KQYl5oFEsYFcDGqN8C") + "');"),

    ("email", "en", False,
     "Hi team," + NL + NL +
     m(N, "Olamide Fashola") + " signed off the warehouse change on Tuesday, so we can go ahead. Parcels for the "
     "pilot should be addressed to " + m(N, "Hiroshi Tanabe-Cruz") + " at " + m(A, "640 Industrial Pkwy, Suite 12, Hayward, CA 94544") +
     " and the card on file for customs duties is the Amex ending 2749 (full number " + m(C, "3792 841653 02749") +
     ", exp 11/26, in the vault too). " + m(N, "Tanabe-Cruz") + "'s cell is " + m(P, "510-772-3018") + "." + NL + NL +
     "-- " + NL + m(N, "Wen Jie Koh") + " | Ops"),

    # ================================================================ English — hard negatives
    ("release", "en", True,
     "## v4.12.0 (2024-06-03)" + NL +
     "- Bumped protobuf to 3.25.3 and grpc to 1.64.0" + NL +
     "- Fixed a race in the scheduler when two leases expire in the same tick (#4412)" + NL +
     "- Agent now reports firmware 5.4.12.3 correctly instead of 5.4.12" + NL +
     "- Build 20240603.1147, commit 9c1e4f2a7b3d6e8f0a1b2c3d4e5f60718293a4b5" + NL +
     "- Image: ghcr.io/orbital/worker@sha256:4a1f9e2b7c3d8e0f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f"),

    ("notification", "en", True,
     "Your order #114-7729310-4482017 is on its way!" + NL +
     "Carrier: DHL Express · Tracking number: JD014600006281930214" + NL +
     "Estimated delivery: Thu 13 Jun, 09:00-13:00" + NL + NL +
     "1 × Dyson V15 Detect Absolute (SKU 446986-01)    £599.99" + NL +
     "1 × Philips Sonicare brush heads, 4-pack          £24.99" + NL +
     "Payment: card ending •••• 0417"),

    ("guide", "en", True,
     "From Victoria Station take the District line to South Kensington, then follow the tunnel up to the Victoria "
     "and Albert Museum. The Royal Albert Hall is ten minutes further on. If you still have energy, walk through "
     "Hyde Park past the Wellington Arch to Marble Arch, or take the number 38 bus towards Nelson's Column. "
     "Fans of the detective stories will want the museum at 221B Baker Street, where the fictional Holmes kept his rooms."),

    ("recipe", "en", True,
     "Sunday menu at The Old Granary" + NL +
     "Starter: Eggs Benedict with hollandaise, or Caesar salad" + NL +
     "Main: Beef Wellington (for two, 45 min), served with Pommes Anna" + NL +
     "Dessert: Peach Melba or Pavlova with passion fruit" + NL +
     "Oven 200°C / 180°C fan. Rest the Wellington 10 minutes before slicing."),

    ("news", "en", True,
     "Storm Ciarán brought gusts of 104 mph to the Channel Islands overnight, the Met Office said. Amber warnings "
     "remain in force until 18:00 on Thursday 2 November. Forecasters compared the pressure drop to Hurricane "
     "Katrina's rapid intensification in 2005, though the storms are very different in scale."),

    ("docs", "en", True,
     "## Quick start" + NL +
     "1. Create a key in the dashboard and export it:" + NL +
     "   export OPENAI_API_KEY=\"sk-...your key here...\"" + NL +
     "2. Point the app at your database:" + NL +
     "   DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME" + NL +
     "3. Call the API:" + NL +
     "   curl -H \"Authorization: Bearer <YOUR_TOKEN>\" https://api.example.com/v1/items" + NL +
     "   AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),

    ("docs", "en", True,
     "Testing payments" + NL +
     "In test mode, use the card number 4242 4242 4242 4242 with any future expiry date and any three-digit CVC. "
     "To simulate a declined payment, use 4000 0000 0000 0002. These numbers only work with test keys (sk_test_...) "
     "and will be rejected in live mode."),

    ("catalogue", "en", True,
     "Shelf C4 - Classics reprint series" + NL +
     "The Picture of Dorian Gray      ISBN 978-0-14-143957-0   £8.99" + NL +
     "Anne of Green Gables            ISBN 978-0-14-132159-2   £7.99" + NL +
     "The Adventures of Tom Sawyer    ISBN 978-0-14-310729-6   £6.99" + NL +
     "Jane Eyre                       ISBN 978-0-14-144114-6   £8.99" + NL +
     "Reorder when stock falls below 3. Supplier ref PO-2024-00871."),

    ("log", "en", True,
     "2024-06-11T08:15:02.184Z INFO  request_id=5f0c2a8e-91b3-4d7e-a6c2-3b8e9f1d7a40 route=/v2/orders status=201 dur=84ms" + NL +
     "2024-06-11T08:15:02.301Z WARN  request_id=a7d4e1c9-2f86-4b0a-9e35-c81f7b2d6e04 retry=2 upstream=inventory-svc timeout=1500ms" + NL +
     "2024-06-11T08:15:03.007Z INFO  job=reindex shard=7/16 docs=118204 checksum=e3b0c44298fc1c149afbf4c8996fb924"),

    ("news", "en", True,
     "Ford, Dell and Johnson & Johnson all reported higher quarterly revenue, while Tesla missed analyst "
     "expectations. McDonald's, founded as a single drive-in in 1940, said it would open 900 new restaurants this year. "
     "Shares in Mercedes-Benz and Ferrari were flat in Frankfurt and Milan."),

    ("maritime", "en", True,
     "Port movements, Southampton, 14 June" + NL +
     "ARR 06:30  Queen Mary 2        IMO 9241061  Ocean Terminal" + NL +
     "DEP 16:00  RRS Sir David Attenborough  IMO 9798985  berth 38" + NL +
     "ARR 21:15  MSC Gülsün          IMO 9839430  Berth 204"),

    ("config", "en", True,
     "apiVersion: apps/v1" + NL + "kind: Deployment" + NL + "metadata:" + NL + "  name: payments" + NL +
     "spec:" + NL + "  template:" + NL + "    spec:" + NL + "      containers:" + NL +
     "        - name: app" + NL +
     "          image: registry.local/payments@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" + NL +
     "          env:" + NL +
     "            - name: STRIPE_SECRET_KEY" + NL +
     "              valueFrom:" + NL +
     "                secretKeyRef: {name: stripe, key: secret}"),

    ("sports", "en", True,
     "Real Madrid beat Atlético 2-1 at the Santiago Bernabéu in front of 78,412 fans. Earlier, Europe retained the "
     "Ryder Cup, and the Davis Cup draw pairs the holders with the winners of the Billie Jean King Cup qualifier."),

    ("sql", "en", True,
     "CREATE TABLE patients (" + NL +
     "  id           BIGSERIAL PRIMARY KEY," + NL +
     "  full_name    TEXT NOT NULL," + NL +
     "  email        TEXT CHECK (email ~* '^[^@]+@[^@]+\\.[a-z]{2,}$')," + NL +
     "  ssn          CHAR(11) CHECK (ssn ~ '^\\d{3}-\\d{2}-\\d{4}$')," + NL +
     "  dob          DATE DEFAULT '1900-01-01'," + NL +
     "  created_at   TIMESTAMPTZ DEFAULT now()" + NL +
     ");"),

    ("news", "en", True,
     "The Turner Prize shortlist was announced at Tate Britain on Wednesday, a week after the Booker Prize longlist. "
     "The Nobel Prize in Chemistry will be announced on 9 October, and the winners of the Pulitzer Prizes were "
     "already named in May."),

    ("chat", "en", True,
     "#release-train" + NL +
     "deploy-bot  14:02  deployed build 2024.06.11-rc3 to eu-central-1 (commit a4f9c2e)" + NL +
     "deploy-bot  14:09  canary healthy, error rate 0.02% (threshold 0.5%)" + NL +
     "oncall-sre  14:10  @here promoting to 100% at 14:30 unless someone objects" + NL +
     "statuspage  14:31  Incident INC-2291 resolved"),

    ("spec", "en", True,
     "Model: XR-2200 managed switch" + NL +
     "Firmware: 7.1.20.4 (bootloader 2.0.3)" + NL +
     "SNMP sysObjectID: 1.3.6.1.4.1.9.1.2494" + NL +
     "Serial: F3K9-22LQ-7XT0 · HW rev C · Ports: 24 × 1G + 4 × 10G SFP+" + NL +
     "Timecode in: 01:23:45:12 (SMPTE, drop-frame)"),

    ("calendar", "en", True,
     "Office closed: Monday 20 January (Martin Luther King Jr. Day) and Monday 17 February (Presidents' Day). "
     "The St Patrick's Day social moves to the Lincoln Center terrace this year. Columbus Day is a working day."),

    ("docs", "en", True,
     "An IBAN for the United Kingdom has the structure GBkk BBBB SSSS SSAA AAAA AA, where kk are the check digits, "
     "BBBB the bank code and SSSSSS the sort code. Never email bank details; put XX00 XXXX 0000 0000 0000 00 in "
     "screenshots."),

    ("log", "en", True,
     "ERROR 1045 (28000): Access denied for user 'app'@'localhost' (using password: YES)" + NL +
     "ERROR 2003 (HY000): Can't connect to MySQL server on 'db-replica-2' (110)" + NL +
     "hint: check that the secret mounted at /run/secrets/db_password is not empty"),

    # ================================================================ German
    ("ticket", "de", False,
     "Betreff: Lastschrift abgelehnt - Vertrag 448120" + NL + NL +
     "Sehr geehrte Damen und Herren," + NL + NL +
     "mein Name ist " + m(N, "Jörg Oberhuber-Saglam") + ", ich bin seit 2019 Kunde bei Ihnen. Die letzte Abbuchung ist "
     "fehlgeschlagen, weil ich die Bank gewechselt habe. Bitte buchen Sie künftig von meinem neuen Konto ab: " +
     m(I, "DE79 6209 6654 2870 7229 71") + ". Die Rechnung geht weiterhin an " + m(A, "Lindenstraße 14a, 70563 Stuttgart") + "." + NL +
     "Tagsüber bin ich unter " + m(P, "0171 4829337") + " erreichbar." + NL + NL +
     "Mit freundlichen Grüßen" + NL + m(N, "J. Oberhuber-Saglam")),

    ("email", "de", False,
     "Liebe Kolleginnen und Kollegen," + NL + NL +
     "anbei das Protokoll der Berufungskommission. Rückfragen bitte direkt an mich oder an Frau " + m(N, "Wiebke Tjarks") + "." + NL + NL +
     "Mit freundlichen Grüßen" + NL +
     "Prof. Dr. " + m(N, "Annegret von der Heydt") + NL +
     "Institut für Kulturwissenschaft" + NL +
     m(A, "Am Kupfergraben 5, 10117 Berlin") + NL +
     "Tel.: " + m(P, "+49 (0)30 2093-66217") + NL +
     m(E, "annegret.vdheydt@hu-berlin.de")),

    ("form", "de", False,
     "PERSONALSTAMMBLATT (Neueinstellung)" + NL +
     "Name, Vorname: " + m(N, "Schneider-Kowalczyk, Magdalena") + NL +
     "Geburtsdatum: " + m(D, "23.04.1989") + "    Geburtsort: Gliwice" + NL +
     "Anschrift: " + m(A, "Hegelstraße 7, 39104 Magdeburg") + NL +
     "Steuerliche Identifikationsnummer: " + m(ID, "86304719321") + "    Steuerklasse: I" + NL +
     "Bankverbindung: " + m(I, "DE88 0282 2512 3937 0450 52") + NL +
     "Eintritt: 01.08.2024 · Kostenstelle 4410 · Wochenarbeitszeit 39 h"),

    ("chat", "de", False,
     "[03.03.24, 18:22] Oma " + m(N, "Hilde") + ": Kinder, wer holt mich am Sonntag ab?" + NL +
     "[03.03.24, 18:24] " + m(N, "Matthias") + ": ich, so gegen 11. Mama, deine neue Adresse ist doch " +
     m(A, "Am Mühlbach 3, 83646 Bad Tölz") + " oder?" + NL +
     "[03.03.24, 18:25] " + m(N, "Sabine") + ": ja genau, klingeln bei " + m(N, "Gruber") + " unten" + NL +
     "[03.03.24, 18:31] Oma " + m(N, "Hilde") + ": 👍🌷"),

    ("config", "de", False,
     "# Zugangsdaten Warenwirtschaft (Ansprechpartner: " + m(N, "Björn Haßelmann") + ", Durchwahl -214)" + NL +
     "WAWI_DB=" + m(U, "mysql://wawi_user:S0mmer2024!@wawi-db.intern:3306/wawi") + NL +
     "WAWI_SFTP_HOST=" + m(IP, "192.168.20.15") + NL +
     "WAWI_SFTP_USER=export" + NL +
     "WAWI_SFTP_PASS=" + m(K, "Kl!ngel-Draht_77") + NL +
     "EXPORT_CRON=30 2 * * *"),

    ("medical", "de", False,
     "Entlassbrief" + NL + NL +
     "Patientin: " + m(N, "Gülşen Aydemir-Braun") + ", geb. " + m(D, "11.09.1967") + NL +
     "wohnhaft " + m(A, "Wörthstraße 22, 81667 München") + NL + NL +
     "Sehr geehrter Herr Kollege " + m(N, "Wiesinger") + "," + NL + NL +
     "wir berichten über Ihre Patientin, die sich vom 02.04. bis 09.04.2024 in unserer stationären Behandlung befand. "
     "Frau " + m(N, "Aydemir-Braun") + " wurde mit einer ambulant erworbenen Pneumonie aufgenommen. Unter Ampicillin/Sulbactam "
     "besserte sich der Zustand rasch." + NL + NL +
     "Mit kollegialen Grüßen" + NL + "Dr. med. " + m(N, "Konstantin Reiß") + ", Oberarzt"),

    ("minutes", "de", False,
     "Protokoll der Eigentümerversammlung WEG Gartenstadt 12-16 vom 18.04.2024" + NL +
     "Anwesend: Herr " + m(N, "T. Brandstätter") + " (Verwalter), Frau " + m(N, "Ilse Marquardt") + ", Herr " + m(N, "Ömer Kaya") +
     ", Familie " + m(N, "Nguyen") + ", Herr Dr. " + m(N, "Falk Reinholdt") + NL +
     "TOP 1: Herr " + m(N, "Kaya") + " berichtet über den Wasserschaden im Keller. Die Versicherung hat den Schaden anerkannt." + NL +
     "TOP 2: Die Erhöhung der Instandhaltungsrücklage wird einstimmig beschlossen."),

    ("letter", "de", False,
     m(N, "Leonie Fürstenberg") + NL + m(A, "Kastanienallee 48") + NL + m(A, "10435 Berlin") + NL + NL +
     "Kabelnetz Nord GmbH" + NL + "Kundenservice" + NL + NL +
     "Berlin, 6. Mai 2024" + NL + NL +
     "Kündigung meines Vertrags, Kundennummer 301 447 289" + NL + NL +
     "Sehr geehrte Damen und Herren," + NL +
     "hiermit kündige ich meinen Internetvertrag fristgerecht zum nächstmöglichen Termin. Bitte bestätigen Sie mir "
     "die Kündigung schriftlich. Für Rückfragen erreichen Sie mich unter " + m(P, "0152 28194730") + "." + NL + NL +
     "Mit freundlichen Grüßen" + NL + m(N, "Leonie Fürstenberg")),

    ("email", "de", False,
     "Grüezi Herr " + m(N, "Aebischer") + NL + NL +
     "Besten Dank für Ihre Unterlagen. Für die Auszahlung des Freizügigkeitsguthabens benötigen wir noch Ihre "
     "AHV-Nummer; wir haben " + m(ID, "756.4829.1736.02") + " notiert, bitte bestätigen Sie diese. Die Überweisung erfolgt "
     "auf " + m(I, "CH26 9381 6108 0702 0280 3") + " lautend auf " + m(N, "Reto Aebischer") + ", " +
     m(A, "Seefeldstrasse 131, 8008 Zürich") + "." + NL + NL +
     "Freundliche Grüsse" + NL + m(N, "Corinne Bühlmann-Zgraggen") + NL + "Vorsorgestiftung Limmat"),

    ("form", "de", False,
     "Antrag auf Ausstellung eines Anwohnerparkausweises" + NL +
     "Antragsteller/in: " + m(N, "Dimitrios Karagiannis") + NL +
     "Personalausweis-Nr.: " + m(ID, "LFC4X21R7") + NL +
     "Meldeadresse: " + m(A, "Kurfürstenstraße 9, 65185 Wiesbaden") + NL +
     "Kennzeichen: WI-DK 2207" + NL +
     "Telefon (freiwillig): " + m(P, "0611 9734582")),

    ("impressum", "de", True,
     "Impressum" + NL +
     "Nordlicht Feinkost GmbH, Sitz der Gesellschaft: Hamburg" + NL +
     "Registergericht: Amtsgericht Hamburg, HRB 148207" + NL +
     "USt-IdNr.: DE 298 417 362 · Wirtschafts-ID: DE298417362-00001" + NL +
     "Verantwortlich für den Inhalt: die Geschäftsführung"),

    ("guide", "de", True,
     "Vom Alexanderplatz läuft man über die Karl-Marx-Allee in Richtung Frankfurter Tor, zurück geht es mit der "
     "Tram M10. Wer Museen mag, nimmt das Bode-Museum und das Humboldt Forum mit; danach lohnt ein Abstecher zur "
     "Friedrichstraße und zum Gendarmenmarkt. Das Schillertheater hat montags geschlossen."),

    ("travel", "de", True,
     "Ihre Reiseverbindung" + NL +
     "ICE 1047 Hamburg Hbf 14:32 (Gleis 7) → München Hbf 20:41 (Gleis 22)" + NL +
     "Wagen 9, Platz 61 und 63 · Auftragsnummer 4829 1736 0051 · Sparpreis 2. Klasse, 79,98 €" + NL +
     "BahnCard-Rabatt: 25 %"),

    ("recipe", "de", True,
     "Wochenkarte Gasthaus zur Linde" + NL +
     "Königsberger Klopse mit Kapernsauce, Salzkartoffeln ... 14,50 €" + NL +
     "Bismarckhering mit Bratkartoffeln ... 12,90 €" + NL +
     "Zum Nachtisch: Fürst-Pückler-Eis oder ein Stück Prinzregententorte ... 5,20 €"),

    ("press", "de", True,
     "Die Robert Bosch GmbH, gegründet am 15. November 1886 in Stuttgart, meldet für das Geschäftsjahr einen Umsatz "
     "von 91,6 Mrd. Euro. Auch die Carl-Zeiss-Stiftung und die Porsche AG legten Zahlen vor. Die Hauptversammlung "
     "findet am 24.05.2024 statt."),

    ("invoice", "de", True,
     "Rechnung Nr. RE-2024-05817 vom 14.05.2024" + NL +
     "Bestellnummer: 4500219936 · Lieferschein LS-88213" + NL +
     "Pos. 1  Art.-Nr. 104-7731  EAN 4006381333931  Kabelbinder 200 mm, 100 St.   12 × 4,19 € = 50,28 €" + NL +
     "Pos. 2  Art.-Nr. 221-0190  Schrumpfschlauch-Set                            2 × 18,90 € = 37,80 €" + NL +
     "Zahlbar bis 28.05.2024 ohne Abzug."),

    ("log", "de", True,
     "2024-03-12 02:30:01,114 FEHLER [export] Verbindung zu 'wawi-db' abgelehnt (Zeitüberschreitung nach 30000 ms)" + NL +
     "2024-03-12 02:30:31,120 INFO  [export] Wiederholung 1/3, Auftrags-ID 7f3c9e21-4b8a-4d02-9c15-0e6b2f7a8d43" + NL +
     "2024-03-12 02:31:01,127 INFO  [export] Build 2024.11.3, Version 3.8.14.2"),

    # ================================================================ French
    ("email", "fr", False,
     "Objet : Votre dossier de mutuelle" + NL + NL +
     "Bonjour Madame " + m(N, "Lefèvre-Diallo") + "," + NL + NL +
     "Suite à notre échange téléphonique, je vous confirme que votre adhésion prendra effet au 1er juillet. "
     "Il manque encore l'attestation de votre employeur ; vous pouvez me l'envoyer à " + m(E, "a.dufresne@mutuelle-alliance.fr") +
     " ou la déposer à l'agence." + NL + NL +
     "Cordialement," + NL + m(N, "Aurélien Dufresne-Kaboré") + NL + "Conseiller adhérents · tél. " + m(P, "01 47 28 93 15")),

    ("form", "fr", False,
     "FORMULAIRE D'INSCRIPTION - Crèche Les Petits Pas" + NL +
     "Nom de l'enfant : " + m(N, "N'Diaye") + "    Prénom : " + m(N, "Awa") + NL +
     "Né(e) le : " + m(D, "14/07/2021") + NL +
     "Responsable légal : " + m(N, "Mariama N'Diaye") + ", née le " + m(D, "03/07/1991") + NL +
     "N° de sécurité sociale du responsable : " + m(ID, "2 91 07 75 112 345 08") + NL +
     "Adresse : " + m(A, "27 rue de la Roquette, 75011 Paris") + NL +
     "Portable : " + m(P, "06 21 84 39 70")),

    ("letter", "fr", False,
     m(N, "Mathilde Garnier-Beauvais") + NL + m(A, "12, rue des Tanneurs") + NL + m(A, "67000 Strasbourg") + NL + NL +
     "Strasbourg, le 3 juin 2024" + NL + NL +
     "Objet : changement de coordonnées bancaires" + NL + NL +
     "Madame, Monsieur," + NL +
     "Je vous prie de bien vouloir prélever désormais mes échéances sur le compte suivant : " +
     m(I, "FR62 8559 6654 2598 7471 7429 247") + ". Vous trouverez ci-joint un RIB." + NL + NL +
     "Veuillez agréer, Madame, Monsieur, mes salutations distinguées." + NL + m(N, "Mathilde Garnier-Beauvais")),

    ("chat", "fr", False,
     m(N, "thibault") + "  10:12" + NL + "qqn a le mdp du wifi invité ? j'ai un client en salle Jaurès" + NL +
     m(N, "claire.moreau") + "  10:13" + NL + "c'est `" + m(K, "Croissant#2024!") + "` mais le fais pas tourner stp" + NL +
     m(N, "thibault") + "  10:13" + NL + "merci ! et " + m(N, "Yannick") + " peut filer l'adresse MAC de la borne ? elle "
     "apparaît comme " + m(MAC, "B8:27:EB:4F:90:1D") + " dans le dhcp, je suis pas sûr que ce soit elle"),

    ("minutes", "fr", False,
     "Compte rendu - Conseil d'administration de l'association Vélo Solidaire, 16 avril 2024" + NL +
     "Présents : " + m(N, "Jean-Baptiste Ouédraogo") + " (président), " + m(N, "Sandrine Moreau-Lebrun") + " (trésorière), " +
     m(N, "Hélène") + ", " + m(N, "Karim Benhaddou") + NL +
     "Excusée : Mme " + m(N, "Yasmina Cherif") + NL + NL +
     "1. Bilan financier : " + m(N, "Sandrine") + " présente un excédent de 1 240 €." + NL +
     "2. Atelier de réparation : sur proposition de " + m(N, "Karim") + ", l'atelier ouvrira aussi le samedi matin."),

    ("ad", "fr", False,
     "À louer - T3 lumineux, 68 m², 3e étage avec ascenseur, quartier des Chartrons. Loyer 1 050 € CC. "
     "Visites le samedi uniquement. Contactez " + m(N, "Ghislaine") + " au " + m(P, "06 12 48 93 07") +
     " (pas de SMS) ou par mail : " + m(E, "ghislaine.b33@orange.fr") + "."),

    ("form", "fr", False,
     "Déclaration de changement d'adresse - Commune d'Ixelles" + NL +
     "Nom et prénom : " + m(N, "VANDERSTRAETEN Baudouin") + NL +
     "Numéro de registre national : " + m(ID, "87.05.14-263.15") + NL +
     "Ancienne adresse : " + m(A, "Rue du Page 19, 1050 Ixelles") + NL +
     "Nouvelle adresse : " + m(A, "Avenue Louise 231, boîte 8, 1050 Ixelles") + NL +
     "Date d'emménagement : 01/03/2024"),

    ("code", "fr", False,
     "// clé Stripe de prod -- voir avec " + m(N, "Élodie") + " avant de déployer" + NL +
     "const stripe = require('stripe')('" +
     m(K, "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") + "');" + NL + NL +
     "async function rembourser(paiementId) {" + NL +
     "  return stripe.refunds.create({ payment_intent: paiementId });" + NL +
     "}"),

    ("news", "fr", False,
     "Faits divers. Un incendie s'est déclaré dans la nuit de mardi à mercredi au " + m(A, "8, impasse des Lilas, à Rezé") +
     ". L'occupante, " + m(N, "Odile Perrichon") + ", 71 ans, a été évacuée par un voisin, " + m(N, "Moussa Keïta") +
     ", qui a entendu l'alarme. Elle a été hébergée chez sa fille."),

    ("guide", "fr", True,
     "Depuis la gare Saint-Lazare, remontez le boulevard Haussmann jusqu'aux Galeries Lafayette, puis prenez la "
     "ligne 1 jusqu'à la station Franklin D. Roosevelt. De là, l'avenue des Champs-Élysées mène à la place Charles-de-Gaulle. "
     "Le lycée Victor-Hugo et le musée Rodin sont fermés le lundi."),

    ("invoice", "fr", True,
     "FACTURE N° F-2024-03318 du 22/05/2024" + NL +
     "SIRET : 552 100 554 00025 · TVA intracommunautaire : FR 40 303 265 045" + NL +
     "Bon de commande : BC-77120 · Réf. article : 3760123450019" + NL +
     "Total HT : 1 482,00 € · TVA 20 % : 296,40 € · Total TTC : 1 778,40 €" + NL +
     "Échéance : 30 jours fin de mois"),

    ("recipe", "fr", True,
     "Carte du bistrot" + NL +
     "Tournedos Rossini, sauce Périgueux ... 34 €" + NL +
     "Poulet Marengo, riz pilaf ... 21 €" + NL +
     "Crêpes Suzette flambées au Grand Marnier ... 11 €" + NL +
     "Pêche Melba ... 9 €" + NL + "Gratin à la béchamel servi du lundi au jeudi."),

    ("log", "fr", True,
     "2024-03-12T08:15:02Z INFO commande CMD-2024-118273 validée, montant 149,90 €, transaction 7b9e41c2d0a8" + NL +
     "2024-03-12T08:15:04Z INFO colis Colissimo 6A12345678901 remis au transporteur" + NL +
     "2024-03-12T08:16:10Z AVERT stock faible pour la référence SKU-88-0412 (reste 3)"),

    ("news", "fr", True,
     "La tempête Xynthia, qui avait frappé la Vendée dans la nuit du 27 au 28 février 2010, reste dans toutes les "
     "mémoires. Météo-France place ce jeudi quatorze départements en vigilance orange vent, avec des rafales "
     "attendues à 130 km/h sur le littoral."),

    ("manual", "fr", True,
     "Fiche produit - Box Fibre X9" + NL +
     "Numéro de série : FR4829-XK-2291 · Micrologiciel : 2.14.7.9" + NL +
     "Adresse MAC : indiquée sous l'appareil (format XX:XX:XX:XX:XX:XX)" + NL +
     "Mot de passe Wi-Fi par défaut : imprimé sur l'étiquette, à modifier à la première connexion."),

    # ================================================================ Spanish
    ("ticket", "es", False,
     "Incidencia #ES-55120 · Canal: formulario web" + NL + NL +
     "Hola, me llamo " + m(N, "Itziar Goikoetxea Landa") + " y llevo tres semanas sin recibir las facturas. "
     "Os dejo mis datos para que comprobéis la cuenta: DNI " + m(ID, "48291736Q") + ", teléfono " + m(P, "612 48 39 07") +
     ", dirección " + m(A, "C/ Alcalá 214, 3º B, 28028 Madrid") + ". Gracias de antemano."),

    ("form", "es", False,
     "SOLICITUD DE BECA - Datos del solicitante" + NL +
     "Nombre completo: " + m(N, "Lourdes Ramírez Gutiérrez") + NL +
     "CURP: " + m(ID, "RAGL850412MDFMRS03") + NL +
     "Fecha de nacimiento: " + m(D, "12/04/1985") + NL +
     "Domicilio: " + m(A, "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México") + NL +
     "Celular: " + m(P, "55 4812 9370") + "    Correo: " + m(E, "lourdes.ramgu@hotmail.com")),

    ("chat", "es", False,
     "[9/5/24 21:14] " + m(N, "Nacho") + ": tía mándame tu número nuevo que el otro no da señal" + NL +
     "[9/5/24 21:15] " + m(N, "Rocío") + ": " + m(P, "+34 655 128 470") + NL +
     "[9/5/24 21:15] " + m(N, "Rocío") + ": y dile a " + m(N, "Maite") + " que el bizum me lo haga a este también" + NL +
     "[9/5/24 21:16] " + m(N, "Nacho") + ": hecho 😘"),

    ("email", "es", False,
     "Perfecto, lo reviso mañana con el gestor y te digo algo." + NL + NL +
     "Un abrazo," + NL + m(N, "Pilar") + NL + NL +
     "El jue, 6 jun 2024 a las 11:02, " + m(N, "Baltasar de la Fuente Montero") + " (<" + m(E, "bdelafuente@telefonica.net") + ">) escribió:" + NL +
     "> " + m(N, "Pilar") + ", te paso el número de cuenta para la fianza del local: " + m(I, "ES23 4083 1600 8699 3467 3653") + NL +
     "> El titular es mi hermano " + m(N, "Rodrigo") + ", así que pon su nombre en el concepto."),

    ("contract", "es", False,
     "CONTRATO DE ARRENDAMIENTO DE VIVIENDA" + NL + NL +
     "En Sevilla, a 2 de mayo de 2024." + NL + NL +
     "REUNIDOS" + NL +
     "De una parte, D. " + m(N, "Eusebio Marín Castellanos") + ", mayor de edad, con NIE " + m(ID, "X7392016T") +
     ", y domicilio en " + m(A, "Avda. de la Constitución 45, 41001 Sevilla") + ", en adelante el ARRENDADOR." + NL +
     "De otra parte, Dña. " + m(N, "Fatoumata Sylla") + ", mayor de edad, con NIE " + m(ID, "Y4829173S") +
     ", en adelante la ARRENDATARIA."),

    ("sql", "es", False,
     "INSERT INTO clientes (nombre, apellidos, email, iban, fecha_nacimiento) VALUES" + NL +
     "  ('" + m(N, "Joaquín") + "', '" + m(N, "Sáenz de Ugarte") + "', '" + m(E, "jsaenzdeugarte@gmail.com") + "', '" +
     m(I, "ES52 2680 8617 9375 4188 2002") + "', '" + m(D, "1979-08-30") + "')," + NL +
     "  ('" + m(N, "Nerea") + "', '" + m(N, "Olaizola Etxeberria") + "', '" + m(E, "nerea.olaizola@euskaltel.net") + "', NULL, '" +
     m(D, "2001-01-17") + "');"),

    ("chat", "es", False,
     m(N, "facu.gimenez") + ": che, para el alta en la prepaga me piden el DNI del titular" + NL +
     m(N, "flor") + ": el mío es " + m(ID, "32.418.907") + ", nací el " + m(D, "22/10/1986") + NL +
     m(N, "facu.gimenez") + ": genial, y la tarjeta para el débito automático?" + NL +
     m(N, "flor") + ": " + m(C, "4508 7531 4926 8016") + " vence 08/27, después la borramos del chat"),

    ("cv", "es", False,
     "HOJA DE VIDA" + NL + NL +
     m(N, "Valentina Ospina Cárdenas") + NL +
     "C.C. " + m(ID, "1.020.456.789") + " de Bogotá" + NL +
     m(A, "Calle 72 # 10-34, apto 502, Bogotá") + " · Celular " + m(P, "310 482 9173") + NL +
     "Correo: " + m(E, "valeospina@gmail.com") + " · Fecha de nacimiento: " + m(D, "3 de marzo de 1994") + NL + NL +
     "PERFIL: Ingeniera industrial con cinco años de experiencia en cadena de suministro." + NL +
     "REFERENCIAS: " + m(N, "Hernando Villamizar") + ", jefe directo, " + m(P, "+57 315 208 4461")),

    ("guide", "es", True,
     "Para llegar al Museo Sorolla, baja por el Paseo de la Castellana hasta la glorieta de Rubén Darío y gira a la izquierda. "
     "Si vienes en tren, la estación de Atocha queda a veinte minutos en la línea 1. El Estadio Santiago Bernabéu "
     "ofrece visitas guiadas todos los días salvo los de partido."),

    ("invoice", "es", True,
     "FACTURA Nº 2024/A/00917 · Fecha: 17/05/2024" + NL +
     "Emisor: Suministros Levante S.L. · CIF B-86451238" + NL +
     "Pedido: PED-44120 · Albarán: ALB-2024-3381" + NL +
     "Base imponible: 2.340,00 € · IVA 21 %: 491,40 € · Total: 2.831,40 €" + NL +
     "Forma de pago: transferencia a 60 días"),

    ("recipe", "es", True,
     "Menú del día - 14,90 €" + NL +
     "Primero: ensaladilla rusa o crema de calabaza" + NL +
     "Segundo: pechugas Villeroy o solomillo Wellington (suplemento 4 €)" + NL +
     "Postre: tarta Sacher, flan casero o fruta"),

    ("news", "es", True,
     "El huracán Otis tocó tierra cerca de Acapulco el 25 de octubre de 2023 con vientos de 270 km/h. "
     "Un año después, la Secretaría de Turismo calcula que el 80 % de las habitaciones hoteleras ya está operativa."),

    ("log", "es", True,
     "[2024-05-17 10:02:44] pedido #ES-2024-448120 preparado, 3 bultos" + NL +
     "[2024-05-17 10:05:12] envío entregado a Correos, código PK4829173650ES" + NL +
     "[2024-05-17 10:05:13] factura generada FAC-2024-009174 (hash 1f3a9c8e7d)"),

    ("docs", "es", True,
     "Configuración" + NL +
     "Copia el fichero de ejemplo y rellena tus credenciales:" + NL +
     "  API_KEY=TU_API_KEY_AQUI" + NL +
     "  DB_PASSWORD=<contraseña>" + NL +
     "  SMTP_USER=usuario" + NL +
     "Nunca subas el fichero .env al repositorio."),

    # ================================================================ Italian
    ("form", "it", False,
     "MODULO DI ADESIONE - Palestra Fitlab Isola" + NL +
     "Cognome: " + m(N, "Bianchi") + "    Nome: " + m(N, "Giulia") + NL +
     "Nata a Milano il " + m(D, "14/08/1982") + NL +
     "Codice fiscale: " + m(ID, "BNCGLI82M54F205I") + NL +
     "Residenza: " + m(A, "Via Pastrengo 18, 20159 Milano") + NL +
     "Cellulare: " + m(P, "+39 347 281 9064") + "    E-mail: " + m(E, "giulia.bianchi82@libero.it")),

    ("email", "it", False,
     "Gentile dott.ssa " + m(N, "Ferraro-Esposito") + "," + NL + NL +
     "le confermo che il rimborso della quota di iscrizione verrà disposto entro fine mese sull'IBAN da lei indicato, " +
     m(I, "IT62 K087 2335 5251 3779 0443 512") + ", intestato a " + m(N, "Carmela Ferraro-Esposito") + "." + NL + NL +
     "Cordiali saluti," + NL + m(N, "Lorenzo Frattini") + NL + "Segreteria amministrativa · tel. " + m(P, "081 552 4173")),

    ("minutes", "it", False,
     "VERBALE DI ASSEMBLEA CONDOMINIALE - Condominio \"Le Magnolie\", 9 marzo 2024" + NL +
     "Sono presenti i condomini: " + m(N, "Rossi Marco") + " (int. 4), " + m(N, "Di Benedetto Carmela") + " (int. 7), " +
     m(N, "Esposito Gennaro") + " (int. 2, per delega a " + m(N, "Rossi") + ")." + NL +
     "Il sig. " + m(N, "Rossi") + " (C.F. " + m(ID, "RSSMRC79D12H501P") + ") viene nominato presidente. "
     "Si approva all'unanimità il rifacimento della facciata."),

    ("chat", "it", False,
     m(N, "fra") + ": raga stasera calcetto confermato?" + NL +
     m(N, "giuse") + ": io ci sono, porto anche " + m(N, "Andrea") + NL +
     m(N, "fra") + ": top. la quota la mandate a me su satispay, numero " + m(P, "338 940 2217") + NL +
     m(N, "marti.colombo") + ": io arrivo tardi, ho il turno fino alle 20"),

    ("cv", "it", False,
     "CURRICULUM VITAE" + NL +
     m(N, "Annalisa De Luca") + NL +
     "Nata a Napoli il " + m(D, "22/09/1990") + NL +
     "Residente in " + m(A, "Via dei Tribunali 181, 80138 Napoli") + NL +
     "Tel. " + m(P, "+39 333 482 9170") + " · " + m(E, "annalisa.deluca90@gmail.com") + NL + NL +
     "ESPERIENZE: Restauratrice presso il laboratorio diretto da " + m(N, "Ciro Mastrangelo") + " (2015-2023)."),

    ("code", "it", False,
     "# chiave Maps del progetto consegne -- la paga " + m(N, "Stefano") + ", non abusatene" + NL +
     "GOOGLE_MAPS_KEY = \"" + m(K, "AIzaiNQtDd1K_hfzpJ8ITO9OkfZy0CdILWFn5rA") + "\"" + NL + NL +
     "def geocodifica(indirizzo):" + NL +
     "    params = {\"address\": indirizzo, \"key\": GOOGLE_MAPS_KEY}" + NL +
     "    return requests.get(\"https://maps.googleapis.com/maps/api/geocode/json\", params=params).json()"),

    ("hr", "it", False,
     "Egr. Sig." + NL + m(N, "Lorenzo Ferrero") + NL + m(A, "Via Garibaldi 12") + NL + m(A, "10122 Torino") + NL + NL +
     "Oggetto: trasformazione del contratto a tempo indeterminato" + NL + NL +
     "Con la presente le comunichiamo che, a decorrere dal 1° settembre 2024, il suo contratto sarà trasformato a "
     "tempo indeterminato. Lo stipendio continuerà ad essere accreditato sul conto " +
     m(I, "IT69 K922 1219 5107 2463 8238 976") + "." + NL + NL +
     "Ufficio Risorse Umane"),

    ("guide", "it", True,
     "Dall'Aeroporto Leonardo da Vinci il treno arriva alla Stazione Termini in 32 minuti. Da lì si raggiunge a "
     "piedi Piazza della Repubblica e poi Via Cavour. La Galleria Borghese richiede la prenotazione; il Ponte "
     "Vittorio Emanuele II è chiuso al traffico la domenica."),

    ("recipe", "it", True,
     "Menù degustazione" + NL +
     "Carpaccio di manzo con rucola e grana" + NL +
     "Spaghetti alla Nerano" + NL +
     "Pizza Margherita cotta nel forno a legna" + NL +
     "Bellini della casa · Tiramisù · Caffè"),

    ("invoice", "it", True,
     "FATTURA N. 118/2024 del 03/06/2024" + NL +
     "Cedente: Tipografia Adriatica S.r.l. · P.IVA 02817390427 · REA AN-218334" + NL +
     "Ordine n. 5531 · DDT n. 208 del 31/05/2024" + NL +
     "Imponibile € 960,00 · IVA 22% € 211,20 · Totale € 1.171,20" + NL +
     "Codice destinatario SDI: M5UXCR1"),

    ("news", "it", True,
     "La nave scuola Amerigo Vespucci è rientrata a La Spezia dopo il giro del mondo, mentre la Costa Smeralda "
     "ha lasciato Savona con 5.200 passeggeri. Il varo della nuova fregata è previsto per il 18 ottobre."),

    ("log", "it", True,
     "2024-06-03 11:20:14 INFO  ordine ORD-2024-07731 spedito (BRT 084120553318)" + NL +
     "2024-06-03 11:20:15 WARN  ritardo sincronizzazione magazzino: 4.2 s" + NL +
     "2024-06-03 11:21:00 INFO  build 3.9.2+20240603.4 avviata"),

    # ================================================================ Dutch
    ("email", "nl", False,
     "Beste " + m(N, "Sanne") + "," + NL + NL +
     "Dank voor je snelle reactie. De offerte voor de dakkapel is akkoord; de aanbetaling maak ik vandaag over. "
     "Kun je de planning ook naar " + m(N, "Joost") + " sturen? Hij is er die week thuis." + NL + NL +
     "Met vriendelijke groet," + NL + m(N, "Pieter-Jan van der Meulen") + NL + m(P, "06-48291736") + NL + NL +
     "Op 4 jun. 2024 om 16:20 schreef " + m(N, "Sanne Hoekstra") + " <" + m(E, "sanne@hoekstrabouw.nl") + ">:" + NL +
     "> In de bijlage vind je de offerte. Graag 30% aanbetaling."),

    ("form", "nl", False,
     "Aanmeldformulier huisartsenpraktijk De Linde" + NL +
     "Achternaam: " + m(N, "de Graaf-Çelik") + "    Voornamen: " + m(N, "Esra Johanna") + NL +
     "Geboortedatum: " + m(D, "05-11-1983") + NL +
     "BSN: " + m(ID, "248173650") + NL +
     "Adres: " + m(A, "Vondelstraat 88-II, 1054 GR Amsterdam") + NL +
     "Telefoon: " + m(P, "020 618 4429") + NL +
     "IBAN (voor eigen bijdrage): " + m(I, "NL26 RABO 0271 1348 60")),

    ("chat", "nl", False,
     m(N, "lotte") + ": wie heeft de sleutel van de fietsenkelder?" + NL +
     m(N, "bram.dekker") + ": " + m(N, "Femke") + " volgens mij, of die ligt nog bij mevrouw " + m(N, "Bakker") + " op 3 hoog" + NL +
     m(N, "lotte") + ": oke ik app " + m(N, "femke") + " wel" + NL +
     m(N, "bram.dekker") + ": haar nummer is " + m(P, "+31 6 2839 1047") + " als je het niet hebt"),

    ("form", "nl", False,
     "Aanvraag parkeervergunning - Stad Gent" + NL +
     "Naam: " + m(N, "Wout Vermeersch") + NL +
     "Rijksregisternummer: " + m(ID, "93.11.02-148.76") + NL +
     "Adres: " + m(A, "Kerkstraat 17 bus 3, 9000 Gent") + NL +
     "Nummerplaat: 1-XKD-482 · Rekeningnummer: " + m(I, "BE90 0212 7513 5355")),

    ("minutes", "nl", False,
     "Notulen bewonerscommissie Kralingen-Oost, 11 april 2024" + NL +
     "Aanwezig: " + m(N, "J. Bakker") + " (voorzitter), " + m(N, "M. El Idrissi") + ", " + m(N, "Anouk Verbeek") + ", " + m(N, "Dirk-Jan Schouten") + NL +
     "Afwezig met bericht: " + m(N, "Ayşe Yıldırım") + NL +
     "1. " + m(N, "Anouk") + " meldt dat de lift in blok C weer stil staat; de woningcorporatie is gebeld." + NL +
     "2. Actiepunt voor " + m(N, "El Idrissi") + ": buurtbarbecue aanmelden bij de gemeente."),

    ("config", "nl", False,
     "# mailinstellingen webshop (beheer: " + m(N, "Ruud Hendriks") + ")" + NL +
     "mail:" + NL +
     "  host: smtp.transip.email" + NL +
     "  port: 465" + NL +
     "  username: " + m(E, "bestellingen@fietsenhendriks.nl") + NL +
     "  password: \"" + m(K, "Tr@ppers-2024-Zomer") + "\"" + NL +
     "  from_name: Fietsen Hendriks"),

    ("guide", "nl", True,
     "Vanaf het Centraal Station loop je via het Damrak naar het Rembrandtplein. Het Van Gogh Museum en het "
     "Rijksmuseum liggen aan het Museumplein; reserveer voor het Anne Frank Huis ruim van tevoren. "
     "Voetbalfans nemen de metro naar de Johan Cruijff ArenA."),

    ("invoice", "nl", True,
     "FACTUUR 2024-0388" + NL +
     "Leverancier: Groenwerk B.V. · KvK 58210447 · btw NL853421907B01" + NL +
     "Ordernummer: 20240412-17 · Klantnummer: K-10293" + NL +
     "Subtotaal € 1.250,00 · btw 21% € 262,50 · Totaal € 1.512,50" + NL +
     "Betaling binnen 14 dagen onder vermelding van het factuurnummer."),

    ("news", "nl", True,
     "Door een seinstoring rijden er tot 18.00 uur minder treinen tussen Utrecht Centraal en Amersfoort Schothorst. "
     "Intercity 3047 vervalt; reizigers kunnen de sprinter van 16.12 uur nemen. Op het Prins Bernhardplein staan "
     "vervangende bussen klaar."),

    ("docs", "nl", True,
     "Installatie" + NL +
     "1. Kopieer config.example.yml naar config.yml." + NL +
     "2. Vul bij api_key je eigen sleutel in (bijv. 'jouw-sleutel-hier')." + NL +
     "3. Laat het wachtwoord leeg als je lokaal draait; de standaardwaarde is ********."),

    # ================================================================ Portuguese (PT + BR)
    ("form", "pt", False,
     "CADASTRO DE CLIENTE - Loja Vila Madalena" + NL +
     "Nome: " + m(N, "Thaís Aparecida dos Santos Moura") + NL +
     "CPF: " + m(ID, "482.917.305-04") + "    Data de nascimento: " + m(D, "19/02/1990") + NL +
     "Endereço: " + m(A, "Rua Haddock Lobo, 595, apto 72 - Cerqueira César, São Paulo - SP, 01414-001") + NL +
     "Celular/WhatsApp: " + m(P, "(11) 98472-3316") + NL +
     "E-mail: " + m(E, "thais.moura@uol.com.br")),

    ("chat", "pt", False,
     "[10/04/2024 08:12] " + m(N, "Thiago") + ": bom dia! alguém vai no churrasco da " + m(N, "Bia") + " sábado?" + NL +
     "[10/04/2024 08:15] " + m(N, "Renata Albuquerque") + ": eu vou! passa o pix pra dividir a carne" + NL +
     "[10/04/2024 08:16] " + m(N, "Thiago") + ": chave é meu cpf " + m(ID, "713.048.265-62") + NL +
     "[10/04/2024 08:20] " + m(P, "+55 21 99318-0452") + ": tô dentro, levo o gelo"),

    ("email", "pt", False,
     "Exmo. Sr. " + m(N, "João Pedro Magalhães de Sousa") + "," + NL + NL +
     "Para concluir a subscrição do seguro, confirmamos os dados que nos enviou: NIF " + m(ID, "238491706") +
     ", morada " + m(A, "Rua do Almada, 312, 4050-032 Porto") + ", débito direto na conta " +
     m(I, "PT76 0035 1483 3440 2717 6251 1") + "." + NL + NL +
     "Com os melhores cumprimentos," + NL + m(N, "Filipa Carvalho Nunes") + NL + "Gestora de Cliente · " + m(P, "+351 912 408 337")),

    ("config", "pt", False,
     "# credenciais de produção do checkout (falar com a " + m(N, "Luana") + " antes de mexer)" + NL +
     "MERCADOPAGO_ACCESS_TOKEN=" + m(K, "APP_USR-7731204589221340-061112-4f8a2c9e71b0d35a6e4c8f1b2a9d7e30-1184420913") + NL +
     "MERCADOPAGO_PUBLIC_KEY=APP_USR-pk-publica-nao-e-segredo" + NL +
     "DB_URL=" + m(U, "mysql://loja:C4ju3iro!@10.20.0.8:3306/loja_prod")),

    ("minutes", "pt", False,
     "ATA DA REUNIÃO DE CONDOMÍNIO - Edifício Atlântico, 14 de março de 2024" + NL +
     "Presentes: Eng.ª " + m(N, "Inês Carvalho Rebelo") + " (administradora), Dr. " + m(N, "Rui Baptista") + ", " +
     m(N, "Conceição Fernandes") + ", " + m(N, "Abdul Karim Mussá") + NL +
     "Ponto 1: O Dr. " + m(N, "Baptista") + " informou que o elevador foi reparado." + NL +
     "Ponto 2: A D. " + m(N, "Conceição") + " pediu orçamento para a pintura da entrada."),

    ("medical", "pt", False,
     "ENCAMINHAMENTO - Ambulatório de Cardiologia" + NL +
     "Paciente: " + m(N, "Maria das Graças Nascimento") + ", nascida em " + m(D, "03/05/1961") + NL +
     "RG: " + m(ID, "31.920.458-8") + " SSP/SP" + NL +
     "Endereço: " + m(A, "Av. Brigadeiro Faria Lima, 1811, ap. 94, Jardim Paulistano, São Paulo - SP") + NL +
     "Encaminho a paciente para avaliação de palpitações recorrentes. Contato do filho, " + m(N, "Wellington") + ": " + m(P, "(11) 97120-4488")),

    ("chat", "pt", False,
     m(N, "caio.mendes") + ": alguém viu o boleto da internet?" + NL +
     m(N, "duda") + ": paguei ontem no meu cartão, " + m(C, "5168 7320 1946 3855") + ", depois você me passa metade" + NL +
     m(N, "caio.mendes") + ": fechado, te mando por pix hoje"),

    ("guide", "pt", True,
     "Atravesse a Ponte 25 de Abril e siga até à Praça Marquês de Pombal; dali, a Avenida da Liberdade desce até "
     "aos Restauradores. A Fundação Calouste Gulbenkian fica a dez minutos de metro, e o Estádio José Alvalade "
     "tem visitas guiadas às quartas."),

    ("invoice", "pt", True,
     "NOTA FISCAL ELETRÔNICA Nº 000.041.882 · Série 1" + NL +
     "Emitente: Distribuidora Paulista de Alimentos Ltda. · CNPJ 12.345.678/0001-95" + NL +
     "Pedido 8842-BR · Chave de acesso: 3524 0512 3456 7800 0195 5500 1000 0418 8210 0418 8211" + NL +
     "Valor total: R$ 3.870,40"),

    ("recipe", "pt", True,
     "Hoje na tasca: bacalhau à Gomes de Sá, bife à café e, para sobremesa, pastéis de Belém acabados de sair do forno. "
     "Às sextas há sempre francesinha."),

    ("log", "pt", True,
     "2024-05-10 09:01:22 ERRO ao processar boleto 34191.79001 01043.510047 91020.150008 8 97590000010000" + NL +
     "2024-05-10 09:01:22 INFO  nova tentativa em 300 s (pedido 8842-BR, lote 2024-05-10-03)" + NL +
     "2024-05-10 09:06:23 INFO  boleto processado, protocolo 7c1e0b4a"),

    ("news", "pt", True,
     "A Embraer, fundada em 19 de agosto de 1969, entregou 30 jatos no trimestre. No Rio, o Aeroporto Santos "
     "Dumont terá obras na pista a partir de julho, e o Maracanã recebe a final do estadual no domingo."),

    # ================================================================ Polish
    ("form", "pl", False,
     "WNIOSEK O WYDANIE KARTY PARKINGOWEJ" + NL +
     "Imię i nazwisko: " + m(N, "Grzegorz Wójcik-Przybylski") + NL +
     "PESEL: " + m(ID, "88071412731") + NL +
     "Adres zamieszkania: " + m(A, "ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa") + NL +
     "Telefon: " + m(P, "601 482 913") + NL +
     "Numer rachunku do zwrotu opłaty: " + m(I, "PL40 8097 8710 2734 4436 6480 3461")),

    ("email", "pl", False,
     "Dzień dobry Pani " + m(N, "Agnieszko") + "," + NL + NL +
     "w załączeniu przesyłam poprawioną umowę. Proszę o podpis i odesłanie skanu do piątku; oryginał może Pani "
     "zostawić u pana " + m(N, "Tadeusza") + " w recepcji." + NL + NL +
     "Z poważaniem" + NL + m(N, "Zbigniew Szczęsny-Nowak") + NL + "tel. kom. " + m(P, "+48 512 903 664") + NL +
     m(E, "z.szczesny-nowak@kancelaria-sn.pl")),

    ("chat", "pl", False,
     m(N, "kasia") + ": ej a kto ma hasło do konta firmowego na allegro?" + NL +
     m(N, "tomek.w") + ": " + m(K, "Pierogi!2024sklep") + " ale " + m(N, "Marek") + " miał je zmienić w zeszłym tygodniu" + NL +
     m(N, "kasia") + ": nie zmienił xd" + NL +
     m(N, "tomek.w") + ": to zmieniam teraz, nowe wrzucę do menedżera haseł"),

    ("medical", "pl", False,
     "KARTA INFORMACYJNA LECZENIA SZPITALNEGO" + NL +
     "Pacjentka: " + m(N, "Halina Kołodziejczyk") + ", ur. " + m(D, "03.12.1995") + NL +
     "PESEL: " + m(ID, "95120308642") + NL +
     "Adres: " + m(A, "ul. Piotrkowska 217 m. 4, 90-451 Łódź") + NL +
     "Rozpoznanie: zapalenie wyrostka robaczkowego. Zabieg wykonał dr " + m(N, "Jarosław Pietrzak") + "."),

    ("minutes", "pl", False,
     "Protokół z zebrania Rady Wydziału, 10 kwietnia 2024" + NL +
     "Obecni: dr hab. " + m(N, "M. Zielińska") + ", mgr " + m(N, "Piotr Grabowski") + ", " + m(N, "Ewelina Mazur-Kaczmarek") + ", " +
     m(N, "Oleksandr Hnatiuk") + NL +
     "Ad 1. Prof. " + m(N, "Zielińska") + " przedstawiła harmonogram sesji egzaminacyjnej." + NL +
     "Ad 2. Wniosek " + m(N, "Oleksandra Hnatiuka") + " o urlop naukowy przyjęto jednogłośnie."),

    ("guide", "pl", True,
     "Z Lotniska im. Jana Pawła II do centrum Krakowa dojedziesz pociągiem w 20 minut. Spacer zacznij od ulicy "
     "Floriańskiej, potem Sukiennice i Collegium Novum. W Warszawie warto zajrzeć na Rondo Dmowskiego i do Pałacu Kultury."),

    ("invoice", "pl", True,
     "FAKTURA VAT nr FV/2024/06/118" + NL +
     "Sprzedawca: Drukarnia Wisła sp. z o.o. · NIP 526-104-82-17 · REGON 140328115" + NL +
     "Zamówienie nr ZAM/2024/06/11823" + NL +
     "Razem netto: 4 200,00 zł · VAT 23%: 966,00 zł · Brutto: 5 166,00 zł"),

    ("recipe", "pl", True,
     "Obiad dnia: pierogi ruskie z cebulką, bef Strogonow z kaszą albo kotlet de volaille. Na deser szarlotka. "
     "Zestaw z kompotem 32 zł."),

    ("log", "pl", True,
     "2024-06-11 14:03:22 INFO przesyłka InPost 620491723381004728391122 nadana" + NL +
     "2024-06-11 14:03:23 INFO zamówienie 2024/06/11823 zmieniło status na WYSŁANE" + NL +
     "2024-06-11 14:05:00 WARN kolejka eksportu: 17 zadań oczekujących"),

    # ================================================================ Swedish
    ("form", "sv", False,
     "ANMÄLAN TILL FÖRSKOLA - Malmö stad" + NL +
     "Vårdnadshavare: " + m(N, "Linnéa Åkesson Björk") + NL +
     "Personnummer: " + m(ID, "850617-2389") + NL +
     "Adress: " + m(A, "Södra Förstadsgatan 34, 211 43 Malmö") + NL +
     "Mobil: " + m(P, "070-482 91 37") + NL +
     "E-post: " + m(E, "linnea.akesson@telia.com")),

    ("chat", "sv", False,
     m(N, "oskar.lindgren") + "  14:20" + NL + "har någon nycklarna till test-kontot i AWS? deployen failar" + NL +
     m(N, "fatima.hussein") + "  14:22" + NL + "använd dessa tills vidare:" + NL +
     "```" + NL + "AWS_ACCESS_KEY_ID=" + m(K, "AKIAYJZDNMXY3IFIWTLE") + NL +
     "AWS_SECRET_ACCESS_KEY=" + m(K, "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") + NL + "```" + NL +
     m(N, "oskar.lindgren") + "  14:23" + NL + "tack! säg till " + m(N, "Johan") + " att rotera dem ikväll"),

    ("email", "sv", False,
     "Hej " + m(N, "Henrik") + "!" + NL + NL +
     "Absolut, vi kan flytta mötet till torsdag. Jag ringer från " + m(P, "+46 8 502 391 44") + "." + NL + NL +
     "Mvh" + NL + m(N, "Agnes Wikström") + NL + NL +
     "Den tis 4 juni 2024 kl 10:12 skrev " + m(N, "Henrik Sjöberg") + " <" + m(E, "henrik.sjoberg@bredband2.se") + ">:" + NL +
     "> Kan vi ta det på torsdag i stället? Onsdag krockar med " + m(N, "Elsa") + "s föräldramöte."),

    ("guide", "sv", True,
     "Från Gustav Adolfs torg är det nära till Kungliga Operan och Nationalmuseum. Med barn är Astrid Lindgrens "
     "Värld i Vimmerby ett självklart utflyktsmål; Skansen och Vasamuseet ligger på Djurgården."),

    ("receipt", "sv", True,
     "KVITTO IKEA Kungens Kurva 2024-05-18 13:42" + NL +
     "BILLY bokhylla 504.112.48    1 st   599,00" + NL +
     "KALLAX hylla 802.758.87      2 st  1 398,00" + NL +
     "Ordernummer 1147729310 · Kassa 12 · Org.nr 556074-7569"),

    # ================================================================ Norwegian
    ("form", "no", False,
     "Søknad om barnehageplass" + NL +
     "Navn: " + m(N, "Ingrid Marie Haugland Bakken") + NL +
     "Fødselsnummer: " + m(ID, "12078649303") + NL +
     "Adresse: " + m(A, "Storgata 41B, 0182 Oslo") + NL +
     "Telefon: " + m(P, "+47 924 81 736") + NL +
     "Kontonummer for refusjon: " + m(I, "NO50 8137 3253 550")),

    ("hr", "no", False,
     "ARBEIDSGIVERERKLÆRING" + NL + NL +
     "Vi bekrefter at " + m(N, "Sindre Åsheim Tveit") + ", født " + m(D, "23.05.1991") + ", har vært fast ansatt hos oss som "
     "tømrer siden 1. mars 2017, i 100 % stilling. " + m(N, "Tveit") + " er ikke i oppsigelsestid." + NL + NL +
     "Med vennlig hilsen" + NL + m(N, "Kari-Anne Solheim") + ", daglig leder"),

    ("guide", "no", True,
     "Hurtigruten-skipet MS Richard With legger til kai i Tromsø klokka 14.30. I Oslo anbefales Vigelandsparken, "
     "Holmenkollen og en tur langs Karl Johans gate til Slottet."),

    ("invoice", "no", True,
     "FAKTURA 20240611" + NL +
     "Fjordkraft Rør AS · Org.nr. 923 609 016 MVA" + NL +
     "Kundenummer 77120 · KID 0004481202" + NL +
     "Å betale: kr 8 437,50 · Forfall 25.06.2024"),

    # ================================================================ Danish
    ("form", "da", False,
     "Indmeldelse - Nørrebro Roklub" + NL +
     "Navn: " + m(N, "Mette Kjærgaard Østergaard") + NL +
     "CPR-nr.: " + m(ID, "140582-3906") + NL +
     "Adresse: " + m(A, "Nørrebrogade 112, 2. tv., 2200 København N") + NL +
     "Mobil: " + m(P, "+45 28 49 17 36") + NL +
     "Konto til kontingent: " + m(I, "DK84 3807 1710 9565 80")),

    ("email", "da", False,
     "Hej " + m(N, "Rasmus") + "," + NL + NL +
     "Jeg er på ferie til og med uge 28. Har du brug for noget hurtigt, så ring til " + m(N, "Signe") + " på " +
     m(P, "51 84 29 37") + " eller skriv til " + m(E, "signe.holm@bygogbo.dk") + "." + NL + NL +
     "Venlig hilsen" + NL + m(N, "Frederik Mølgaard")),

    ("guide", "da", True,
     "Gå fra Tivoli ad H.C. Andersens Boulevard til Rådhuspladsen, og tag derefter havnebussen ud til Den Lille "
     "Havfrue. Carlsberg Byen har åbent hele weekenden."),

    ("invoice", "da", True,
     "FAKTURA nr. 2024-1182" + NL +
     "Tømrerfirmaet Vestkysten ApS · CVR 38420917" + NL +
     "Ordre 5521 · Betalingsdato 30.06.2024" + NL +
     "I alt inkl. moms: 14.375,00 kr."),

    # ================================================================ Finnish
    ("form", "fi", False,
     "ILMOITTAUTUMISLOMAKE - Kansalaisopisto, kevät 2024" + NL +
     "Nimi: " + m(N, "Aino-Maria Häkkinen") + NL +
     "Henkilötunnus: " + m(ID, "140389-417V") + NL +
     "Osoite: " + m(A, "Mannerheimintie 54 B 12, 00260 Helsinki") + NL +
     "Puhelin: " + m(P, "040 482 9173") + NL +
     "Tilinumero: " + m(I, "FI97 7567 1412 7684 90")),

    ("email", "fi", False,
     "Hei " + m(N, "Juha-Pekka") + "," + NL + NL +
     "kiitos tarjouksesta. Voisitko lähettää sopimuksen vielä " + m(N, "Riikalle") + " hyväksyttäväksi? "
     "Hänen sähköpostinsa on " + m(E, "riikka.salonen@kuntapalvelut.fi") + "." + NL + NL +
     "t. " + m(N, "Tuulikki Väänänen") + NL + m(P, "+358 50 318 2264")),

    ("chat", "fi", False,
     m(N, "eetu") + ": kuka tietää wlan-salasanan neukkariin?" + NL +
     m(N, "riikka.s") + ": " + m(K, "Sauna&Sisu-2024") + NL +
     m(N, "eetu") + ": kiitti! kerron " + m(N, "Mikolle") + " myös"),

    ("guide", "fi", True,
     "Sibelius-monumentti on Sibeliuksen puistossa Töölössä. Aleksanterinkadulta pääsee Stockmannille ja "
     "Senaatintorille; Aalto-yliopiston kampus on Otaniemessä."),

    ("invoice", "fi", True,
     "LASKU 10442" + NL +
     "Rakennusliike Pohjola Oy · Y-tunnus 0112038-9" + NL +
     "Viitenumero 11 22334 45566 · Eräpäivä 28.6.2024" + NL +
     "Yhteensä 2 480,00 € (sis. alv 25,5 %)"),

    # ================================================================ Czech
    ("form", "cs", False,
     "PŘIHLÁŠKA K POJIŠTĚNÍ" + NL +
     "Jméno a příjmení: " + m(N, "Kateřina Dvořáková-Šimková") + NL +
     "Rodné číslo: " + m(ID, "855712/3146") + NL +
     "Trvalé bydliště: " + m(A, "Vinohradská 1511/230, 100 00 Praha 10") + NL +
     "Telefon: " + m(P, "+420 604 128 739") + NL +
     "Číslo účtu (IBAN): " + m(I, "CZ25 0100 1404 8664 4587 3871")),

    ("email", "cs", False,
     "Dobrý den, pane " + m(N, "Procházko") + "," + NL + NL +
     "posílám Vám předávací protokol k bytu. Klíče převezme paní " + m(N, "Jana Křížová") +
     ", která je k zastižení na čísle " + m(P, "731 208 445") + "." + NL + NL +
     "S pozdravem" + NL + "Ing. " + m(N, "Radek Vlček") + NL + "Realitní kancelář Vltava"),

    ("chat", "cs", False,
     m(N, "honza") + ": kdo má heslo k routeru na chatě?" + NL +
     m(N, "verca") + ": je na lednici, ale pro jistotu: " + m(K, "Knedlik_2023!") + NL +
     m(N, "honza") + ": díky, a " + m(N, "Petr") + " tam jede v pátek?"),

    ("guide", "cs", True,
     "Z Letiště Václava Havla jede autobus 119 na Nádraží Veleslavín. Odtud je to metrem kousek na Karlův most a "
     "Masarykovo nádraží; Rudolfinum má v pondělí zavřeno."),

    ("invoice", "cs", True,
     "FAKTURA - DAŇOVÝ DOKLAD č. 2024-0731" + NL +
     "Dodavatel: Stavebniny Morava s.r.o. · IČO 27082440 · DIČ CZ27082440" + NL +
     "Variabilní symbol: 20240731 · Splatnost: 14.6.2024" + NL +
     "Celkem k úhradě: 18 392,00 Kč"),

    # ================================================================ Turkish
    ("form", "tr", False,
     "ABONELİK BAŞVURU FORMU" + NL +
     "Adı Soyadı: " + m(N, "Elif Nur Karataş") + NL +
     "T.C. Kimlik No: " + m(ID, "38491726550") + NL +
     "Doğum Tarihi: " + m(D, "07.02.1992") + NL +
     "Adres: " + m(A, "Caddebostan Mah. Bağdat Cad. No:214 D:7, 34728 Kadıköy/İstanbul") + NL +
     "Cep Tel: " + m(P, "0532 481 29 37") + NL +
     "IBAN: " + m(I, "TR42 0006 2564 8581 4738 6012 95")),

    ("chat", "tr", False,
     "[12.05.2024 20:14] " + m(N, "Mehmet") + " Abi: yarın düğün için araba lazım mı" + NL +
     "[12.05.2024 20:16] " + m(N, "Zeynep") + ": evet, " + m(N, "Hatice") + " teyzeyi havalimanından alacağız" + NL +
     "[12.05.2024 20:17] " + m(N, "Zeynep") + ": numarası " + m(P, "+90 544 318 20 76") + ", uçak 14:40'ta iniyor"),

    ("email", "tr", False,
     "Sayın " + m(N, "Burak Öztürk") + " Bey," + NL + NL +
     "Kira sözleşmenizin yenilenmesi için imzalı nüshayı en geç 30 Haziran'a kadar ofisimize iletmenizi rica ederiz. "
     "Kira ödemeleri bundan sonra " + m(I, "TR65 0006 2544 1052 8562 5016 33") + " numaralı hesaba yapılacaktır." + NL + NL +
     "Saygılarımızla," + NL + m(N, "Aslı Demirci") + NL + "Yönetim Ofisi · " + m(P, "0216 418 72 90")),

    ("code", "tr", False,
     "# TODO: " + m(N, "Cem") + " bu anahtarı vault'a taşısın" + NL +
     "TWILIO_API_KEY_SID = \"" + m(K, "SK4394db0f5d847e997843e5324b581e61") + "\"" + NL +
     "TWILIO_API_KEY_SECRET = \"" + m(K, "5f43b95679546b3db7b1f34a3e567a68") + "\"" + NL +
     "BILDIRIM_NUMARASI = \"" + m(P, "+905051284736") + "\"  # " + m(N, "Selin Arıkan") + "'ın cep telefonu"),

    ("guide", "tr", True,
     "Sabiha Gökçen Havalimanı'ndan Kadıköy'e Havabüs ile yaklaşık bir saatte ulaşılır. Taksim'den İstiklal "
     "Caddesi boyunca yürüyüp Galata Kulesi'ne inebilirsiniz. Atatürk Kültür Merkezi pazartesi kapalıdır."),

    ("invoice", "tr", True,
     "FATURA No: GIB2024000018231 · Tarih: 04.06.2024" + NL +
     "Satıcı: Ege Tekstil San. ve Tic. A.Ş. · Vergi Dairesi: Bornova · Vergi No: 3250498172" + NL +
     "Sipariş No: SP-44120 · İrsaliye No: IRS-2024-0918" + NL +
     "Genel Toplam: 12.480,00 TL"),

    # ================================================================ Romanian
    ("form", "ro", False,
     "CERERE DE ELIBERARE A CARDULUI DE ACCES" + NL +
     "Nume: " + m(N, "Popescu-Vlădescu") + "    Prenume: " + m(N, "Mihai Andrei") + NL +
     "CNP: " + m(ID, "1850412400374") + NL +
     "Domiciliu: " + m(A, "Str. Mihai Eminescu nr. 42, bl. A3, sc. 2, ap. 14, sector 2, București") + NL +
     "Telefon: " + m(P, "0722 481 937") + NL +
     "Cont bancar: " + m(I, "RO57 RNCB 7417 0291 7209 6089")),

    ("email", "ro", False,
     "Stimată doamnă " + m(N, "Stănculescu") + "," + NL + NL +
     "Vă confirmăm programarea pentru data de 18 iunie, ora 10:00. Vă rugăm să aduceți actul de identitate; "
     "în sistem figurați cu CNP-ul " + m(ID, "2901120412380") + " și data nașterii " + m(D, "20.11.1990") + "." + NL + NL +
     "Cu stimă," + NL + m(N, "Ovidiu Țurcanu") + NL + "Clinica Sanomed · " + m(P, "+40 21 318 44 07")),

    ("chat", "ro", False,
     m(N, "andreea") + ": mi-a trimis cineva factura de la curent?" + NL +
     m(N, "radu_c") + ": da, ți-am dat forward pe " + m(E, "andreea.munteanu91@yahoo.com") + NL +
     m(N, "andreea") + ": mersi! și " + m(N, "Bogdan") + " plătește internetul luna asta, da?"),

    ("guide", "ro", True,
     "De la Aeroportul Henri Coandă, autobuzul 783 ajunge în Piața Unirii. Pe Bulevardul Regina Elisabeta se "
     "află Grădina Cișmigiu, iar Palatul Parlamentului poate fi vizitat doar cu rezervare."),

    ("invoice", "ro", True,
     "FACTURĂ seria BV nr. 0048213 din 05.06.2024" + NL +
     "Furnizor: Carpați Logistic S.R.L. · CUI RO14399840 · Nr. Reg. Com. J08/1842/2001" + NL +
     "Total de plată: 6.420,50 lei · Scadență: 05.07.2024"),

    # ================================================================ Greek
    ("form", "el", False,
     "ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ" + NL +
     "Ονοματεπώνυμο: " + m(N, "Γεώργιος Παπαδόπουλος-Κυριακίδης") + NL +
     "Ημερομηνία γέννησης: " + m(D, "12/08/1985") + NL +
     "ΑΦΜ: " + m(ID, "048291739") + "    ΑΜΚΑ: " + m(ID, "12088504514") + NL +
     "Διεύθυνση: " + m(A, "Ερμού 112, 105 63 Αθήνα") + NL +
     "Κινητό: " + m(P, "694 812 9370") + NL +
     "IBAN: " + m(I, "GR73 0172 0759 8091 1000 4143 167")),

    ("email", "el", False,
     "Αγαπητή κυρία " + m(N, "Μαρκοπούλου") + "," + NL + NL +
     "σας ενημερώνουμε ότι το δέμα σας παραδόθηκε στον γείτονά σας, κ. " + m(N, "Σταύρο Λαμπράκη") +
     ". Για οποιαδήποτε απορία καλέστε μας στο " + m(P, "210 948 3172") + "." + NL + NL +
     "Με εκτίμηση," + NL + m(N, "Ελένη Χατζηδάκη")),

    ("guide", "el", True,
     "Από τον Διεθνή Αερολιμένα Αθηνών «Ελευθέριος Βενιζέλος» το μετρό φτάνει στο Σύνταγμα σε 40 λεπτά. "
     "Περπατήστε στη Λεωφόρο Βασιλίσσης Σοφίας μέχρι το Μουσείο Μπενάκη."),

    ("invoice", "el", True,
     "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ Α-2024/0518" + NL +
     "Εκδότης: Αιγαίο Τροφίμων Α.Ε. · ΓΕΜΗ 123456701000" + NL +
     "Παραγγελία 77120 · Σύνολο: 3.482,60 €"),

    # ================================================================ Irish
    ("letter", "ga", False,
     "A " + m(N, "Sheáin") + ", a chara," + NL + NL +
     "Is mise " + m(N, "Máiréad Ní Fhlannagáin") + " agus táim ag scríobh faoin lóistín don chúrsa samhraidh. "
     "Is é mo sheoladh nua ná " + m(A, "14 Bóthar na Trá, Gaillimh H91 X2Y4") + ", agus is é m'uimhir fóin ná " +
     m(P, "087 482 9173") + "." + NL + NL +
     "Le meas," + NL + m(N, "Máiréad")),

    ("guide", "ga", True,
     "Tá Páirc an Chrócaigh siúlóid fiche nóiméad ó Stáisiún Heuston. Bíonn an Leabharlann Náisiúnta ar oscailt "
     "ó Luan go Satharn, agus tá Droichead Samuel Beckett soilsithe san oíche."),

    # ================================================================ extra mixed cases
    ("booking", "en", False,
     "RESERVATION CONFIRMED - Harbourside Suites, Dubai Marina" + NL +
     "Guest: " + m(N, "Khalid bin Rashid Al-Mansouri") + NL +
     "Arrival 14 Nov 2024 · Departure 18 Nov 2024 · 1 Deluxe King, non-smoking" + NL +
     "Passport no. (as provided): " + m(ID, "N04821736") + NL +
     "Guarantee card: " + m(C, "4024-0071-8352-9469") + " (exp 03/28)" + NL +
     "Mobile: " + m(P, "+971 50 418 2290") + NL +
     "Special request: late check-in; his assistant " + m(N, "Farah Siddiqui") + " will call ahead."),

    ("form", "en", False,
     "NEW PATIENT INTAKE - Eastside Family Clinic" + NL +
     "Patient name (Last, First): " + m(N, "Pham, Thi Lan") + NL +
     "DOB: " + m(D, "02/14/1979") + "     Sex: F" + NL +
     "SSN (optional): " + m(S, "547-30-9168") + NL +
     "Driver license: CA " + m(ID, "D4829173") + NL +
     "Home address: " + m(A, "3921 Alum Rock Ave, San Jose, CA 95127") + NL +
     "Emergency contact: " + m(N, "Minh Pham") + " (son), " + m(P, "408-937-2215")),

    ("log", "de", False,
     "Systemprotokoll FRITZ!Box 7590" + NL +
     "18.05.24 21:14:03 WLAN-Gerät angemeldet (5 GHz), 866 Mbit/s, iPhone-von-" + m(N, "Lukas") + ", IP " + m(IP, "192.168.178.34") +
     ", MAC " + m(MAC, "7C:04:D0:3A:9E:12") + "." + NL +
     "18.05.24 21:20:41 WLAN-Gerät angemeldet (2,4 GHz), 72 Mbit/s, Galaxy-Tab-Oma-" + m(N, "Renate") + ", IP " +
     m(IP, "192.168.178.41") + ", MAC " + m(MAC, "A0:CC:2B:71:5F:08") + "." + NL +
     "18.05.24 21:31:55 Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: " + m(IP, "91.64.203.117")),

    ("config", "en", False,
     "# .npmrc / CI secrets audit - found in repo history by " + m(N, "Nomvula Dube") + " on 2024-05-30" + NL +
     "//registry.npmjs.org/:_authToken=" + m(K, "npm_XXjyfOYLviACD0rLe8JJHdIcue0ozQbzYQ9S") + NL +
     "GITLAB_TOKEN=" + m(K, "glpat-0SIdi9gcfMrY4xJ4nR92") + NL +
     "HF_TOKEN=" + m(K, "hf_rlCuXlOGryUBol2asWY8kzLd0WpfTa9bNB") + NL +
     "ANTHROPIC_API_KEY=" + m(K, "sk-ant-api03-t7xzOMvhg_1vWqTWhXhOIdDYtf6Zs5cQ46OjjZUbvFe4QQodD8jphXsfEP9LBpSbsKAb13dF15In9xMj1pAG3hAA") + NL +
     "# all four revoked 2024-05-31"),

    ("email", "it", False,
     "Buongiorno," + NL + NL +
     "confermo la prenotazione della sala per il 21 settembre a nome di " + m(N, "Beatrice Lo Presti") + ". Per la caparra "
     "potete addebitare la carta " + m(C, "5432 1890 6732 4184") + ", scadenza 10/26, intestata a mio marito " +
     m(N, "Salvatore Lo Presti") + "." + NL + NL +
     "Grazie," + NL + m(N, "Beatrice") + NL + m(P, "349 771 0382")),

    ("json", "en", False,
     "{\"topic\": \"orders/create\", \"order\": {\"id\": 5512098347, \"currency\": \"CAD\", \"total_price\": \"148.20\"," + NL +
     " \"customer\": {\"first_name\": \"" + m(N, "Aiyana") + "\", \"last_name\": \"" + m(N, "Whitehorse") + "\", \"email\": \"" +
     m(E, "aiyana.whitehorse@shaw.ca") + "\"}," + NL +
     " \"shipping_address\": {" + NL +
     "   \"address1\": \"" + m(A, "1140 Jasper Ave #809") + "\"," + NL +
     "   \"city\": \"Edmonton\"," + NL + "   \"province\": \"AB\"," + NL + "   \"zip\": \"T5K 0K2\"," + NL +
     "   \"phone\": \"" + m(P, "780-442-1938") + "\"}}}"),

    ("commit", "sv", False,
     "a41c9e2 (HEAD -> main) Rätta momsberäkningen för Åland (" + m(N, "Björn Åberg") + ", 3 dagar sedan)" + NL +
     "7d0f318 Lägg till export till Fortnox (" + m(N, "Sunniva Eriksen") + ", 5 dagar sedan)" + NL +
     "e92b6a0 Merge branch 'fix/" + m(N, "ahmed-warsame") + "-datum' (" + m(N, "Ahmed Warsame") + ", 1 vecka sedan)"),

    ("code", "es", False,
     "# script de sincronización con Shopify -- autor: " + m(N, "Xiomara Quispe Mamani") + NL +
     "SHOPIFY_TOKEN = \"" + m(K, "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") + "\"" + NL +
     "MAILGUN_KEY = \"" + m(K, "key-ec55fa000fbe2fef255dc7660d67c7c4") + "\"" + NL +
     "TELEGRAM_BOT = \"" + m(K, "6201972999:dw7dDD8oCCEtrY6VzynjY0Ivh0_GAmfdwnN") + "\"  # avisos al móvil de " + m(N, "Xiomara")),

    ("lockfile", "en", True,
     "version https://git-lfs.github.com/spec/v1" + NL +
     "oid sha256:4d7a214614ab2935c943f9e0ff69f22eadbb8f32b1258daaa5e2ca24d17e2393" + NL +
     "size 132045" + NL + NL +
     "\"node_modules/lodash\": {\"version\": \"4.17.21\", \"integrity\": \"sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==\"}"),

    ("press", "de", True,
     "Das Goethe-Institut und die Max-Planck-Gesellschaft laden am 3. Oktober zum Tag der offenen Tür. "
     "Treffpunkt ist das Foyer der Humboldt-Universität; die Alexander-von-Humboldt-Stiftung stellt ihre Stipendienprogramme vor."),

    ("notice", "en", True,
     "In an emergency dial 999 or 112. For non-urgent police matters call 101. Flight BA 2490 to Lisbon boards "
     "from gate 22 at 07:40; reference code K7Q2XM. Product recall batch LOT 2024-118-B, best before 31/08/2025."),

    ("docs", "es", True,
     "Documento de ejemplo: en el campo \"Número de DNI\" escriba sus 8 cifras y la letra (por ejemplo 00000000T). "
     "La fecha de emisión y la fecha de caducidad aparecen en el anverso; la fecha de alta en el sistema es 01/01/2024."),
]

emit("blind7", cases)
