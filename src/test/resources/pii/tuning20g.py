from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

cases = [
    # ================================================================ English, positives
    ("chat", "en", False,
     "[09:14] <" + m(N, "tunde") + "> has anyone got the staging vpn config" + NL +
     "[09:15] <" + m(N, "marta.w") + "> ask " + m(N, "priya") + ", she rebuilt it on friday" + NL +
     "[09:15] <" + m(N, "tunde") + "> " + m(N, "priya") + "'s off till wed" + NL +
     "[09:16] <" + m(N, "marta.w") + "> then ping " + m(N, "jakub") + " or " + m(N, "ngozi") + ", they both had it working last sprint" + NL +
     "[09:17] <" + m(N, "tunde") + "> ok cheers"),
    ("minutes", "en", False,
     "Minutes - Facilities Committee, 14 March" + NL +
     "Present: " + m(N, "Chidi Okonkwo") + " (chair), " + m(N, "Mei-Ling Tsai") + ", " + m(N, "Pádraig Ó Súilleabháin") + ", " +
     m(N, "Agnieszka Wróblewska-Nowak") + NL +
     "Apologies: " + m(N, "Rahul Venkataraman") + NL + NL +
     "1. Roof repairs. Quote from Hendersons accepted (£14,200). " + m(N, "Chidi") + " to confirm the start date with the contractor." + NL +
     "2. Parking. " + m(N, "Mei-Ling") + " raised complaints from night staff; agreed to trial the overflow car park from April." + NL +
     "3. AOB. Thanks to " + m(N, "Agnieszka") + " for organising the fire drill. Next meeting with " + m(N, "Rahul") +
     " and the estates team on 11 April."),
    ("news", "en", False,
     "LAGOS - Two men were charged on Thursday over the collapse of a four-storey building in Ikoyi. Prosecutors said " +
     m(N, "Olumide Bankole-Williams") + ", 41, and his site foreman " + m(N, "Emeka Chukwuma") +
     " had ignored three stop-work orders. \"We warned them in January and again in March,\" said " + m(N, "Hauwa Abubakar") +
     " of the state building control agency. " + m(N, "Bankole-Williams") + "'s lawyer, " + m(N, "Folake Adeyemi-Coker") +
     ", told reporters outside the court that her client would plead not guilty."),
    ("email", "en", False,
     "Hi," + NL + NL + "I've been charged twice for order 7741-2290. The card I used was Visa " + m(C, "4772 2688 2458 6763") +
     ", exp 09/27. I'd rather not send the CVV by email, but my statement shows both charges on 3 May." + NL + NL +
     "Thanks," + NL + m(N, "Winston Achterberg") + NL + m(P, "+44 7700 391 845")),
    ("json", "en", False,
     "{\"customer\": {\"name\": \"" + m(N, "Ibrahim Suleiman Danjuma") + "\", \"email\": \"" + m(E, "i.danjuma@outlook.com") +
     "\"}, \"payment\": {\"pan\": \"" + m(C, "4068062440651247419") + "\", \"expiry\": \"2028-11\", \"cvv\": \"731\", "
     "\"brand\": \"VISA\"}, \"amount\": 18450, \"currency\": \"NGN\", \"order_ref\": \"WEB-558213\"}"),
    ("log", "en", False,
     "2024-05-21 13:02:44,118 WARN  [checkout-7] PaymentService - declined card=" + m(C, "3794 283453 18667") +
     " holder=\"" + m(N, "MARGARET O'SULLIVAN-HAYES") + "\" reason=do_not_honor client_ip=" + m(IP, "81.174.22.199") +
     " attempt=3"),
    ("table", "en", False,
     "| Cardholder | Card | Exp | Limit |" + NL + "|---|---|---|---|" + NL +
     "| " + m(N, "Yuki Takahashi") + " | " + m(C, "5135-9867-9124-8716") + " | 04/26 | 5,000 |" + NL +
     "| " + m(N, "Oyelaran Adeyinka") + " | " + m(C, "6011-7097-7194-0913") + " | 11/25 | 2,500 |" + NL +
     "| " + m(N, "Björn Lindqvist") + " | " + m(C, "3528-0070-6783-3071") + " | 01/27 | 8,000 |"),
    ("config", "en", False,
     "# .env.production -- DO NOT COMMIT" + NL + "APP_ENV=production" + NL +
     "STRIPE_SECRET_KEY=" + m(K, "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") + NL +
     "STRIPE_WEBHOOK_SECRET=" + m(K, "whsec_Je0LRrx4rS6scD9QYok70gNLCSi6RDSX") + NL +
     "SENDGRID_API_KEY=" + m(K, "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") + NL +
     "TWILIO_AUTH_TOKEN=" + m(K, "06616cd334b459e42220d8c947e0dedc") + NL +
     "REDIS_URL=" + m(U, "redis://default:Vx93kLq2Rt8mWz@cache-prod.internal:6379/0") + NL +
     "LOG_LEVEL=info"),
    ("cli", "en", False,
     "$ git clone " + m(U, "https://oauth2:glpat-0f6YYIgrCOX6Jhw7Hd11@gitlab.corp-tools.net/platform/billing.git") + NL +
     "Cloning into 'billing'..." + NL +
     "$ export GITHUB_TOKEN=" + m(K, "ghp_Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG1ylv") + NL +
     "$ curl -s -H \"Authorization: token $GITHUB_TOKEN\" https://api.github.com/repos/corp-tools/billing/actions/runs | jq '.total_count'" + NL +
     "214" + NL +
     "$ npm config set //registry.npmjs.org/:_authToken " + m(K, "npm_XzWL8MHpoKEzViXZya8cdFOcVwWBhqG5KSFd")),
    ("config", "en", False,
     "services:" + NL + "  db:" + NL + "    image: postgres:16" + NL + "    environment:" + NL +
     "      POSTGRES_USER: billing" + NL + "      POSTGRES_PASSWORD: " + m(K, "Tr0ub4dor&3-prod") + NL +
     "  api:" + NL + "    image: registry.internal/billing-api:2.8.1" + NL + "    environment:" + NL +
     "      DATABASE_URL: " + m(U, "postgresql://billing:Tr0ub4dor&3-prod@db:5432/billing") + NL +
     "      JWT_SECRET: " + m(K, "09115e67425209ada870573ca7570574185c68b3e9239e08") + NL +
     "    ports:" + NL + "      - \"8080:8080\""),
    ("form", "en", False,
     "RENTAL APPLICATION - Unit 3B" + NL +
     "Applicant: " + m(N, "Marisol Gutiérrez-Ocampo") + NL +
     "Date of birth: " + m(D, "07/14/1990") + NL + "SSN: " + m(S, "529-31-8847") + NL +
     "Current address: " + m(A, "2217 E Cesar Chavez St, Austin, TX 78702") + NL +
     "Phone: " + m(P, "(512) 804-3391") + NL +
     "Employer: H-E-B (store #418), since 2019" + NL +
     "Co-applicant: " + m(N, "Dwayne Fortescue") + ", DOB " + m(D, "02/02/1988") + ", SSN " + m(S, "611-47-2038")),
    ("letter", "en", False,
     "HM Revenue & Customs" + NL + "PAYE and Self Assessment" + NL + NL +
     "Mr " + m(N, "Tobias Fairweather-Quinn") + NL + m(A, "Flat 3, 41 Cranbrook Road, Ilford IG1 4PS") + NL + NL +
     "National Insurance number: " + m(ID, "JT 48 72 19 B") + NL + "Date: 2 February 2024" + NL + NL +
     "Dear Mr " + m(N, "Fairweather-Quinn") + "," + NL +
     "We have not yet received your Self Assessment return for the year ended 5 April 2023."),
    ("form", "en", False,
     "Payroll onboarding - new hire" + NL + "Name: " + m(N, "Geneviève Tremblay-Ouellet") + NL +
     "SIN: " + m(ID, "046 182 739") + NL +
     "Home: " + m(A, "1420 rue Saint-Denis, app. 5, Montréal QC H2X 3J8") + NL +
     "Direct deposit: transit 00421, institution 003, account 5081294" + NL +
     "Start date: 3 June 2024, reporting to " + m(N, "Harpreet Sandhu")),
    ("csv", "en", False,
     "applicant_id,name,pan,aadhaar,dob,city" + NL +
     "A-10294," + m(N, "Sanjana Raghunathan") + "," + m(ID, "BKRPS4821K") + "," + m(ID, "4829 1736 5092") + "," + m(D, "1993-06-28") + ",Chennai" + NL +
     "A-10295," + m(N, "Mohammed Irfan Qureshi") + "," + m(ID, "AQZPQ7719M") + "," + m(ID, "7351 0648 2293") + "," + m(D, "1987-12-02") + ",Hyderabad"),
    ("email", "en", False,
     "Hi " + m(N, "Ngozi") + "," + NL + NL +
     "As discussed on the phone, please update my record. My NIN is " + m(ID, "48217369054") + " and my new address is " +
     m(A, "14 Adeola Odeku Street, Victoria Island, Lagos") + ". You can reach me on " + m(P, "0803 417 2290") + " after 4pm." + NL + NL +
     "Regards," + NL + m(N, "Chukwuemeka Eze")),
    ("newsletter", "en", False,
     "Riverside Running Club - May newsletter" + NL +
     "Congratulations to " + m(N, "Thandiwe Dlamini") + ", who took four minutes off her half-marathon PB in Cardiff. "
     "\"I honestly thought my legs would go at mile ten,\" she said, crediting coach " + m(N, "Lars Eriksen-Vold") +
     "'s hill sessions. Thanks also to " + m(N, "Seán Ó Murchú") + " and " + m(N, "Caoimhe Nic Dhonnchadha") +
     " for marshalling, and to " + m(N, "Kieran") + "'s mum for the flapjacks. If " + m(N, "Caoimhe") +
     " is stuck in Galway again, the Sunday long run will be led by " + m(N, "Eoghan") + "."),
    ("email", "en", False,
     "Subject: Invitation letters for the Seoul offsite" + NL + NL + "Hi " + m(N, "Park Ji-hoon") + "," + NL + NL +
     "Could you issue invitation letters for the following: " + m(N, "Takahashi Yuki") + " (passport " + m(ID, "TR4829176") +
     "), " + m(N, "Zhang Weiming") + " (passport " + m(ID, "E58291734") + ") and " + m(N, "Nguyen Thi Thu Trang") +
     " (passport " + m(ID, "C7391846") + ")? " + m(N, "Lim Soo-yeon") + " from your side will be the host contact." + NL + NL +
     "Thanks," + NL + m(N, "Anjali")),
    ("chat", "en", False,
     "[12/03/24, 18:02] " + m(N, "Abdulrahman Al-Qahtani") + ": guys the hall is booked for Friday" + NL +
     "[12/03/24, 18:03] " + m(N, "Fatima Zahra El Idrissi") + ": 👍 who's bringing the sound system?" + NL +
     "[12/03/24, 18:05] " + m(N, "Abdulrahman Al-Qahtani") + ": " + m(N, "Youssef") + " said he'd ask his cousin " + m(N, "Bilal") + NL +
     "[12/03/24, 18:05] " + m(N, "Omar") + ": I can drive, going with " + m(N, "Layla") + " and " + m(N, "Hamza") + " anyway"),
    ("code", "en", False,
     "from openai import OpenAI" + NL + "import anthropic" + NL + NL +
     "client = OpenAI(api_key=\"" + m(K, "sk-proj-eHGwlifXjw9APP8Dy-3XzZmBNQR2yTBGTCuSsH5LM_Em9iJLT3BlbkFJl9a6sLABHHNBSz40ZgRCZ3Iw") + "\")" + NL +
     "# fallback when the OpenAI quota runs out" + NL +
     "claude = anthropic.Anthropic(api_key=\"" +
     m(K, "sk-ant-api03-8-WvXX2HdNK44cjXQVIoSTsp5svg_LRTlGrwQ2d8m3Dze9n2cldhT-7JZjyUDevwBJSMglyU59Fo95X07mVvp_DKOHQ9UAA") + "\")"),
    ("transcript", "en", False,
     "AGENT: Can I take the long number on the front of the card?" + NL +
     "CALLER: Yeah it's five five eight four... sorry, I'll read it properly. " + m(C, "5584 8947 2128 8180") + "." + NL +
     "AGENT: And the expiry?" + NL + "CALLER: Ten twenty-six. Security code is 442." + NL +
     "AGENT: Thank you Mr " + m(N, "Adeyemi") + ". And the name exactly as it appears on the card?" + NL +
     "CALLER: " + m(N, "Babatunde O. Adeyemi") + "."),
    ("sql", "en", False,
     "INSERT INTO saved_cards (id, user_id, holder, pan, exp) VALUES" + NL +
     "(9012, 4471, '" + m(N, "Priyanka Chaudhary") + "', '" + m(C, "377029115556494") + "', '2027-03')," + NL +
     "(9013, 4488, '" + m(N, "Jean-Baptiste Kouassi") + "', '" + m(C, "6518809365684170") + "', '2026-08')," + NL +
     "(9014, 4502, '" + m(N, "Sigrún Pálsdóttir") + "', '" + m(C, "36986269299481") + "', '2025-12');"),
    ("vcard", "en", False,
     "BEGIN:VCARD" + NL + "VERSION:3.0" + NL + "FN:" + m(N, "Haruto Yamamoto") + NL +
     "N:" + m(N, "Yamamoto") + ";" + m(N, "Haruto") + ";;;" + NL +
     "TEL;TYPE=CELL:" + m(P, "+81 90-4827-1936") + NL +
     "ADR;TYPE=HOME:;;" + m(A, "2-14-3 Dogenzaka;Shibuya-ku;Tokyo;150-0043") + ";Japan" + NL +
     "EMAIL:" + m(E, "h.yamamoto@docomo.ne.jp") + NL + "END:VCARD"),
    ("ticket", "en", False,
     "Case #55120 - customer " + m(N, "Tui Ngata-Williams") + " called about the refund. Identity confirmed via driver licence " +
     m(ID, "18392047") + " (NSW) and DOB " + m(D, "19/08/1979") + ". Replacement handset to be sent to " +
     m(A, "Unit 7/22 Wattle Grove, Newtown NSW 2042") + ". Escalated to " + m(N, "Brendan") + " in retentions."),
    ("log", "en", False,
     "Jun 14 02:11:37 edge-fw01 dhcpd[812]: DHCPACK on " + m(IP, "10.20.4.117") + " to " + m(MAC, "a4:83:e7:2b:9c:10") + " via eth1" + NL +
     "Jun 14 02:11:52 edge-fw01 sshd[9921]: Failed password for invalid user admin from " + m(IP, "185.220.101.47") + " port 51122 ssh2" + NL +
     "Jun 14 02:12:03 edge-fw01 sshd[9925]: Accepted publickey for " + m(N, "kofi.boateng") + " from " + m(IP, "10.20.4.117") + " port 50014 ssh2"),
    ("paper", "en", False,
     "Acknowledgements. We thank " + m(N, "Oluwatoyin Fashola") + ", " + m(N, "Rustam Nurmagambetov") + ", " +
     m(N, "Ximena Quispe Mamani") + ", " + m(N, "Tamar Ben-David") + " and " + m(N, "Nguyễn Hoàng Long") +
     " for comments on earlier drafts, and " + m(N, "Hendrik van der Merwe") +
     " for access to the Stellenbosch field data. Any remaining errors are ours."),
    ("email", "en", False,
     "Dear Sir or Madam," + NL + NL + "I am writing on behalf of my mother, " + m(N, "Guadalupe Hernández Villarreal") +
     " (passport " + m(ID, "G28491736") + ", born " + m(D, "03/11/1952") + "), who was booked on flight AM 412 on 9 June. "
     "She needs wheelchair assistance at both airports. Please call me, " + m(N, "Rodrigo Salazar Hernández") +
     ", on " + m(P, "+52 81 1482 9375") + " if anything else is required."),
    ("config", "en", False,
     "[remote \"origin\"]" + NL +
     "\turl = " + m(U, "https://dmitri-volkov:ghp_uhfJXqIEnomef2mSJ5CMTIeg1ZTVnVv2fgKD@github.com/volkov-labs/ingest.git") + NL +
     "\tfetch = +refs/heads/*:refs/remotes/origin/*" + NL +
     "[user]" + NL + "\tname = " + m(N, "Dmitri Volkov") + NL + "\temail = " + m(E, "dmitri@volkovlabs.dev")),
    ("chat", "en", False,
     "ok so the bot is posting as me lol. the token in bot.yaml is " +
     m(K, "xoxb-1831621647-7863644185534-xWUREVXXPHzGIz3qyV4J1TQt") +
     ", can someone revoke it before " + m(N, "jens") + " notices. also " + m(N, "amara") + " says the discord one leaked too"),
    ("json", "en", False,
     "{\"pax\": [{\"first\": \"" + m(N, "Aleksandra") + "\", \"last\": \"" + m(N, "Kowalczyk-Zielińska") +
     "\", \"doc\": {\"type\": \"P\", \"number\": \"" + m(ID, "EM4829173") + "\", \"country\": \"POL\", \"dob\": \"" +
     m(D, "1986-09-30") + "\", \"expiry\": \"2031-05-11\"}}], \"pnr\": \"QX7T2M\"}"),
    ("readme", "en", False,
     "## Running locally" + NL + "Ask " + m(N, "Rohan") + " or " + m(N, "Oyinkansola Bello") + " for access, or just use mine for now:" + NL + NL +
     "```" + NL + "export HF_TOKEN=" + m(K, "hf_Vuo5Zbcb99JpX9M02bB3f8nUVRBoMFTXpt") + NL +
     "export GOOGLE_MAPS_KEY=" + m(K, "AIzakJnsrUgBhcpqIuRhWlMkU6ag5t_Zj3aoeWq") + NL +
     "export TELEGRAM_BOT_TOKEN=" + m(K, "5315799726:AA90txdegvcU-G7lJ2m7erV7xnuILoVGbuL") + NL +
     "export SHOPIFY_ADMIN_TOKEN=" + m(K, "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") + NL + "python bot.py" + NL + "```"),
    ("config", "en", False,
     "resource \"azurerm_app_service\" \"api\" {" + NL +
     "  app_settings = {" + NL +
     "    STORAGE_CONN = \"DefaultEndpointsProtocol=https;AccountName=stcontosoprod;AccountKey=" +
     m(K, "3ybgnl8LzRRIC7wQqVThu1r2WZxfm2rBvqZptcSyEXcg+8+8oeNu9Jchmw9pUNlWbDrio9ToGG1/ONo64osfMn==") +
     ";EndpointSuffix=core.windows.net\"" + NL +
     "    DO_TOKEN     = \"" + m(K, "dop_v1_bb5371bd6a2ba11015b11f5c9538f28f41ec36f2e5fa8b4ecfe5dc94fa78e5fa") + "\"" + NL +
     "  }" + NL + "}"),
    ("email", "en", False,
     "From: " + m(N, "Kwabena Owusu-Ansah") + " <" + m(E, "kowusu@accrabuilders.com.gh") + ">" + NL +
     "To: accounts payable" + NL + NL +
     "Please settle invoice 2024/118 by card as agreed. Amex " + m(C, "344562295671758") + ", valid to 05/27, CID 4418. "
     "Billing address is " + m(A, "22 Liberation Road, Airport Residential Area, Accra") + ". Copying " + m(N, "Efua") +
     " who handles our receivables."),

    # ================================================================ English, hard negatives
    ("news", "en", True,
     "Shares in Johnson & Johnson rose 2% on Tuesday after the group raised its full-year guidance, while Procter & Gamble "
     "slipped on weaker demand in China. In London, Marks & Spencer reported its best Christmas trading in a decade and "
     "Sainsbury's said food inflation had eased. Ben & Jerry's parent Unilever confirmed the ice-cream spin-off remains on track."),
    ("menu", "en", True,
     "COCKTAILS" + NL + "Tom Collins  £9.50" + NL + "Bloody Mary  £10" + NL + "Arnold Palmer (alcohol-free)  £5" + NL +
     "Shirley Temple  £4.50" + NL + NL + "MAINS" + NL + "Beef Wellington for two  £58" + NL +
     "Eggs Benedict (served until 12)  £12" + NL + "Caesar salad, add chicken +£3" + NL + "Peach Melba  £7"),
    ("directions", "en", True,
     "Getting here: take the Elizabeth line from Paddington to Tottenham Court Road, or the Victoria line to Oxford Circus. "
     "From King's Cross St Pancras allow 20 minutes. If you're flying in, Liverpool John Lennon Airport and George Best Belfast "
     "City both have direct flights. We are a short walk from St Thomas' Hospital and the Florence Nightingale Museum."),
    ("leaflet", "en", True,
     "Who is this clinic for? Patients living with Parkinson's disease, Alzheimer's, Crohn's disease or Hodgkin lymphoma, and "
     "families of children with Down syndrome or Tourette's. Referrals are accepted from Johns Hopkins, the Mayo Clinic and "
     "Great Ormond Street. Our research nurse trained at the Royal Marsden."),
    ("homework", "en", True,
     "Q3. Using Newton's second law, find the force in newtons on a 4 kg trolley accelerating at 2.5 m/s². "
     "Q4. State Hooke's law and Ohm's law. Q5. Convert 300 kelvin to Celsius and 101,325 pascals to bar. "
     "Q6. Use Avogadro's number (6.022 × 10²³) and the Planck constant to estimate the photon count. Due 14/11, section 4.2.1."),
    ("bookclub", "en", True,
     "Book club schedule: Jane Eyre in September, then David Copperfield and Anna Karenina. Last month's debate about whether "
     "Elizabeth Bennet would have put up with Mr Rochester went on until eleven. Someone suggested a lighter pick after that, "
     "so Sherlock Holmes short stories or the first Harry Potter are on the shortlist for December."),
    ("release", "en", True,
     "v3.12.0 (2024-04-02)" + NL + "- Fixed crash in the section 4.2.1.3 parser when the header is empty" + NL +
     "- Bumped runtime to 10.0.19045.3803 and OpenSSL to 3.0.13" + NL +
     "- Signature algorithm OID 1.2.840.113549.1.1.11 is now the default" + NL +
     "- See RFC 7231 §6.5.1 for the new 400 behaviour" + NL + "Upgrade notes: 2.9.x -> 3.12.0 requires a schema migration."),
    ("notification", "en", True,
     "Your order #114-3941689-8772232 has shipped!" + NL + "Carrier: UPS · Tracking 1Z 4F8 926 03 4417 2839" + NL +
     "Estimated delivery: Friday 17 May" + NL + "Return reference RMA-2024-118834, DHL waybill 4829173650" + NL +
     "Questions? Reply to this email quoting the order number."),
    ("ci", "en", True,
     "Build #4821 passed in 6m12s" + NL + "commit 4b8e1f2a9c3d7e6f5a0b1c2d3e4f5a6b7c8d9e0f" + NL +
     "image digest sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" + NL +
     "artifact id 3f2b9c1e-7d4a-4e8b-9c0f-2a1d6e5b8c7f" + NL + "cache key npm-linux-x64-5d41402abc4b2a76b9719d911017c592" + NL +
     "started 2024-06-01T08:14:22Z, finished 2024-06-01T08:20:34Z"),
    ("docs", "en", True,
     "## Configuration" + NL + "Set your credentials before running the CLI:" + NL + NL +
     "    export OPENAI_API_KEY=<your-key-here>" + NL + "    export AWS_SECRET_ACCESS_KEY=YOUR_SECRET_KEY" + NL +
     "    DB_PASSWORD=${DB_PASSWORD}" + NL + NL +
     "Test keys look like sk_test_XXXXXXXXXXXXXXXXXXXXXXXX. Never paste a live key into an issue; the logs will show it as ********."),
    ("contract", "en", True,
     "This agreement was signed on 14/02/2019 and became effective on 01/03/2019. It expires on 28/02/2027 unless renewed. "
     "The card on file ends in **** **** **** 4821 and expires 09/26. Last login 2024-06-01T08:14:22Z (epoch 1717229662). "
     "Clause 12.4 and Schedule 3 apply."),
    ("weather", "en", True,
     "Storm Ciarán brought gusts of 90 mph to Cornwall overnight, and forecasters are watching the remnants of Hurricane Beryl "
     "in the Atlantic. Cunard said the Queen Mary 2 would stay in Southampton for another day, and HMS Prince of Wales "
     "remained alongside in Portsmouth."),
    ("awards", "en", True,
     "A big year for the department: the Turing Award for work on distributed consensus, a Fields Medal shortlist, and a former "
     "student on the Booker Prize longlist. The Nobel Prize in Physiology or Medicine was announced on Monday; the Pulitzer "
     "board meets next week."),
    ("sport", "en", True,
     "Real Madrid host the second leg at the Santiago Bernabéu on Wednesday, with Nottingham Forest's reserves playing at "
     "the City Ground the same night. Celtic and Rangers meet at Parkhead on Sunday, and the Stanley Cup final starts Thursday."),
    ("rankings", "en", True,
     "Top M&A legal advisers by deal value, Q1: 1. Skadden, Arps, Slate, Meagher & Flom; 2. Freshfields Bruckhaus Deringer; "
     "3. Slaughter and May; 4. Baker McKenzie; 5. Wachtell, Lipton, Rosen & Katz. Among banks, Goldman Sachs led, ahead of "
     "JPMorgan and Morgan Stanley; Lazard moved up two places."),
    ("directions", "en", True,
     "From the highway, turn left onto Martin Luther King Jr Blvd, continue past Rosa Parks Circle and take the second exit "
     "onto Cesar Chavez Avenue. Parking is behind the Lincoln Elementary School gym. Applications to Trinity College Dublin, "
     "King's College London and Carnegie Mellon close on the same day."),
    ("subtitles", "en", True,
     "EDL: 001  AX  V  C  01:00:12:05 01:00:14:18 00:00:00:00 00:00:02:13" + NL +
     "Aspect 16:9, 23.976 fps, colour #3c22fb, register 0x7FFE0040" + NL +
     "ISBN 978-0-14-143951-8 · DOI 10.1093/oxfordhb/9780199233540.013.0004 · Bluetooth 5.3"),

    # ================================================================ German
    ("email", "de", False,
     "Hallo zusammen," + NL + NL + "ich habe gestern mit " + m(N, "Katharina Lehmann-Özdemir") +
     " telefoniert. Sie schickt die Unterlagen an " + m(N, "Jörg") + ", sobald die Freigabe von " + m(N, "Wolfgang Baumgärtner") +
     " da ist. Die Kaution bitte auf ihr Konto " + m(I, "DE67 8384 7370 4290 2007 11") + " überweisen." + NL + NL +
     "Viele Grüße" + NL + m(N, "Sabine")),
    ("form", "de", False,
     "Antrag auf Ummeldung" + NL + "Name: " + m(N, "Friedrich-Wilhelm von Ahlefeldt") + NL +
     "Geburtsdatum: " + m(D, "17.04.1962") + NL + "Personalausweis-Nr.: " + m(ID, "LK2N84T9R") + NL +
     "Steuer-ID: " + m(ID, "47 036 892 816") + NL + "Neue Anschrift: " + m(A, "Kastanienallee 12a, 10435 Berlin") + NL +
     "Einzugsdatum: 01.07.2024"),
    ("chat", "de", False,
     m(N, "lena.k") + ": hab grad mit " + m(N, "lukas") + " gesprochen, der meint wir sollen auf " + m(N, "svenja") + " warten" + NL +
     m(N, "tobi") + ": echt jetzt? " + m(N, "svenja") + " ist doch bis freitag in hamburg" + NL +
     m(N, "lena.k") + ": dann frag halt " + m(N, "mehmet") + ", der hat die zugangsdaten auch"),
    ("config", "de", False,
     "# Produktionsdatenbank - nicht einchecken!" + NL + "spring.datasource.url=jdbc:mysql://db-prod01:3306/shop" + NL +
     "spring.datasource.username=shop_app" + NL + "spring.datasource.password=" + m(K, "Wr7#kL9!pQz2") + NL +
     "# Mailversand über Strato" + NL + "spring.mail.username=" + m(E, "bestellung@moebel-kraus.de") + NL +
     "spring.mail.password=" + m(K, "Sommer2024!Kraus") + NL + "server.address=" + m(IP, "172.16.8.40") + NL +
     "# Etikettendrucker im Lager (DHCP-Reservierung): " + m(MAC, "3C-2A-F4-91-0B-7E")),
    ("minutes", "de", False,
     "Protokoll der Betriebsratssitzung vom 12.03.2024" + NL +
     "Anwesend: Herr Dr. " + m(N, "Matthias Kühn") + ", Frau " + m(N, "Ayşe Demirtaş") + ", Herr " + m(N, "Konstantin Wróbel") +
     ", Frau " + m(N, "Birgit Schäfer-Obermayr") + NL +
     "TOP 2: " + m(N, "Ayşe Demirtaş") + " berichtet über die Schichtplanung. Auf Vorschlag von " + m(N, "Konstantin") +
     " wird die Regelung bis Juni verlängert."),
    ("email", "de", False,
     "Sehr geehrte Damen und Herren," + NL + NL + "bitte buchen Sie die Jahresgebühr von meiner Mastercard " +
     m(C, "2223 5514 1334 8961") + " ab (gültig bis 08/27, Prüfnummer 318). Karteninhaberin ist " + m(N, "Hannelore Brückner") +
     ", nicht mein verstorbener Mann." + NL + NL + "Mit freundlichen Grüßen" + NL + m(N, "Hannelore Brückner")),
    ("form", "de", False,
     "Versicherungsnehmer: " + m(N, "Leopold Hintermayer") + NL +
     "SV-Nummer: " + m(ID, "4828 170462") + NL + "Wohnadresse: " + m(A, "Praterstraße 38/2/14, 1020 Wien") + NL +
     "Bankverbindung: " + m(I, "AT50 1240 0193 4194 8399") + NL + "Tel.: " + m(P, "+43 664 482 9173")),
    ("letter", "de", False,
     "Ausgleichskasse Zürich" + NL + NL + "Versicherte Person: " + m(N, "Nadia Bernasconi-Huber") + NL +
     "AHV-Nr.: " + m(ID, "756.4829.1736.57") + NL + "Adresse: " + m(A, "Seefeldstrasse 144, 8008 Zürich") + NL + NL +
     "Die Rückerstattung erfolgt auf Ihr Konto " + m(I, "CH71 5854 5959 2987 5714 1") + "."),
    ("news", "de", False,
     "Wie die Polizei am Montag mitteilte, wurde der 52-jährige " + m(N, "Reinhard Vogelsang") +
     " in seiner Wohnung in Gelsenkirchen festgenommen. \"Er war immer freundlich\", sagte Nachbarin " + m(N, "Emine Yıldırım") +
     ". Gegen " + m(N, "Vogelsang") + " und seinen Schwager " + m(N, "Dariusz Lewandowski") + " wird wegen Betrugs ermittelt."),
    ("csv", "de", False,
     "nachname;vorname;reisepassnr;geburtsdatum" + NL +
     m(N, "Schulze") + ";" + m(N, "Anna-Lena") + ";" + m(ID, "C4JX8R2M1") + ";" + m(D, "03.09.1995") + NL +
     m(N, "Petrović") + ";" + m(N, "Milan") + ";" + m(ID, "CF7T9KZ42") + ";" + m(D, "21.12.1980")),
    ("directions", "de", True,
     "Vom Bahnhof Friedrichstraße fahren Sie mit der U6 bis zur Karl-Marx-Allee, dann weiter zum Rudolf-Virchow-Klinikum. "
     "Gegenüber liegen das Goethe-Institut und die Konrad-Adenauer-Stiftung; das Max-Planck-Institut ist zehn Minuten zu Fuß. "
     "Parkplätze gibt es an der Humboldt-Universität."),
    ("menu", "de", True,
     "Tageskarte: Schnitzel Holstein mit Bratkartoffeln 16,50 €, Bismarckhering auf Schwarzbrot 8,90 €, "
     "zum Nachtisch Fürst-Pückler-Eis oder ein Stück Prinzregententorte. Dazu empfehlen wir einen Hugo."),
    ("legal", "de", True,
     "Gemäß § 14 Abs. 2 Satz 1 BGB und Abschnitt 4.2.3 der AGB (Version 7.4.1.2, Stand 01.01.2024) gilt die Zertifizierung "
     "nach DIN EN ISO 9001:2015 als Nachweis. Die Frist beginnt am 15.03.2024 und endet am 14.06.2024."),
    ("notification", "de", True,
     "Ihre Bestellung 302-4829173-1184 wurde versandt." + NL + "DHL-Sendungsnummer: 00340434161094027318" + NL +
     "Voraussichtliche Zustellung: Mittwoch, 22.05.2024" + NL + "Rechnungsnummer RE-2024-04417, Kundennummer 8830192"),
    ("sport", "de", True,
     "Am Wochenende spielt Carl Zeiss Jena gegen Fortuna Düsseldorf II, Werder Bremen empfängt Borussia Mönchengladbach. "
     "Sponsoren sind wie immer Dr. Oetker, Haribo und Porsche; der Bosch-Pokal wird in der Mercedes-Benz Arena übergeben."),
    ("medical", "de", True,
     "Differenzialdiagnosen: Morbus Crohn, Hashimoto-Thyreoiditis, Morbus Basedow, beginnende Alzheimer-Demenz. "
     "Röntgen-Thorax unauffällig, Frequenz 50 Hertz, Widerstand 4,7 Ohm, Magnetfeld 3 Tesla im MRT."),

    # ================================================================ French
    ("email", "fr", False,
     "Bonjour " + m(N, "Clémence") + "," + NL + NL + "J'ai déjeuné hier avec " + m(N, "Aminata Diallo-Traoré") +
     ". Elle a déjà parlé du dossier avec " + m(N, "Jean-Éric de Villeneuve") + " et attend un retour de " + m(N, "Yannick") +
     " avant vendredi. Tu peux la joindre au " + m(P, "06 48 27 19 36") + "." + NL + NL + "Bises," + NL + m(N, "Mathilde")),
    ("form", "fr", False,
     "Nom : " + m(N, "Lefèvre") + NL + "Prénom : " + m(N, "Marie-Claude") + NL + "Née le : " + m(D, "12/05/1984") + NL +
     "N° de sécurité sociale : " + m(ID, "2 84 05 75 112 034 48") + NL +
     "Adresse : " + m(A, "17 rue des Trois-Frères, 75018 Paris") + NL + "IBAN : " + m(I, "FR34 3936 3025 3205 5553 6214 947")),
    ("chat", "fr", False,
     m(N, "nico") + " : tu peux voir avec " + m(N, "karim") + " pour les clés ?" + NL +
     m(N, "sarah.b") + " : il est en congé, je demande à " + m(N, "léa") + NL +
     m(N, "nico") + " : ok merci, sinon " + m(N, "bastien") + " en a un double"),
    ("letter", "fr", False,
     "Madame " + m(N, "Lotte Vandenberghe") + NL + m(A, "Avenue Brugmann 217, 1190 Forest") + NL + NL +
     "Numéro de registre national : " + m(ID, "85.07.30-033.28") + NL + NL +
     "Madame, nous vous confirmons le remboursement de vos frais sur le compte " + m(I, "BE87 1810 0400 3329") + "."),
    ("form", "fr", False,
     "Demande de visa - pièces reçues" + NL + "Titulaire : " + m(N, "Kouadio Yao Ange-Marius") + NL +
     "Passeport n° " + m(ID, "19AB48217") + ", délivré le 04/02/2021 à Nantes" + NL +
     "Date de naissance : " + m(D, "30/06/1989") + NL + "Hébergé chez " + m(N, "Fatoumata Koné") + ", " +
     m(A, "8 impasse des Lilas, 44300 Nantes")),
    ("ticket", "fr", False,
     "Ticket #20931 - Paiement refusé" + NL + "La cliente indique que sa carte " + m(C, "4916 4489 4911 1336") +
     " (exp. 03/28) a été débitée deux fois. Titulaire : " + m(N, "Nathalie Bouchard") + ". Rappel demandé au " +
     m(P, "+33 7 81 42 96 30") + ". Transmis à " + m(N, "Grégoire") + " (niveau 2)."),
    ("news", "fr", False,
     "Selon " + m(N, "Moussa Camara") + ", porte-parole du collectif, une centaine de familles sont concernées. "
     "« Nous n'avons reçu aucun courrier », a déclaré " + m(N, "Hélène Giraud-Ndiaye") + ", locataire depuis vingt ans. "
     "Le bailleur, contacté par l'intermédiaire de " + m(N, "Thibault Marchand") + ", n'a pas souhaité réagir."),
    ("directions", "fr", True,
     "Prenez le RER B jusqu'à l'aéroport Charles-de-Gaulle ou changez à la gare Saint-Lazare. L'hôpital Necker et le lycée "
     "Louis-le-Grand sont desservis par la ligne 12. Descendez boulevard Haussmann, puis traversez la place Charles-de-Gaulle."),
    ("menu", "fr", True,
     "Menu du jour : tournedos Rossini, sole meunière ou quiche lorraine ; en dessert, pêche Melba, crêpe Suzette ou "
     "madeleines maison. Le Kir royal est offert aux groupes de plus de huit personnes."),
    ("books", "fr", True,
     "Programme de seconde : Madame Bovary, Le Comte de Monte-Cristo et Les Misérables (on s'arrêtera à la mort de Fantine). "
     "Pour la détente, Astérix chez les Bretons et Tintin - Le Secret de La Licorne avec le capitaine Haddock."),
    ("notification", "fr", True,
     "Commande n° FR-2024-0048213 expédiée le 03/04/2024." + NL + "Colis Colissimo : 6A23048172937" + NL +
     "Facture disponible dans votre espace client, référence 8f14e45fceea167a5a36dedd4bea2543." + NL + "Version de l'application : 4.18.2"),
    ("business", "fr", True,
     "Le luxe tire la Bourse : Louis Vuitton et Christian Dior progressent de 3 %, Lacoste annonce un nouveau magasin, "
     "tandis que Peugeot et Michelin reculent. Au stade Pierre-Mauroy, Lille reçoit l'Olympique de Marseille samedi."),

    # ================================================================ Spanish
    ("chat", "es", False,
     "[10:22] " + m(N, "Lupita") + ": oye, ¿le pasaste el recibo a don " + m(N, "Chuy") + "?" + NL +
     "[10:23] " + m(N, "Fer Castañeda") + ": todavía no, dile a " + m(N, "rodri") + " que me lo mande" + NL +
     "[10:25] " + m(N, "Lupita") + ": va, y que se lo pase también a la " + m(N, "Yesi") + " porfa"),
    ("form", "es", False,
     "Nombre: " + m(N, "María José Fernández de la Cruz") + NL + "DNI: " + m(ID, "48291736Q") + NL +
     "Fecha de nacimiento: " + m(D, "14/03/1986") + NL +
     "Domicilio: " + m(A, "Calle de Embajadores 142, 3º izq., 28045 Madrid") + NL +
     "IBAN: " + m(I, "ES13 6364 8425 0080 0941 3317")),
    ("email", "es", False,
     "Hola " + m(N, "Begoña") + "," + NL + NL + "Te reenvío los datos para el contrato de " + m(N, "Oksana Hrytsenko") +
     ": NIE " + m(ID, "Y4827163Y") + ", móvil " + m(P, "612 48 29 17") + ". Lo firmó con " + m(N, "Iñaki Etxeberria") +
     " el martes, pero falta la copia para " + m(N, "Ainhoa") + "." + NL + NL + "Un saludo," + NL + m(N, "Rubén")),
    ("form", "es", False,
     "SOLICITUD DE CRÉDITO" + NL + "Nombre: " + m(N, "Rocío Benítez Salgado") + NL + "CURP: " + m(ID, "BESR910722MDFNLC04") + NL +
     "Domicilio: " + m(A, "Av. Constitución 1820 Pte., Col. Centro, 64000 Monterrey, N.L.") + NL +
     "Teléfono: " + m(P, "81 8342 9176") + NL + "Referencia personal: " + m(N, "Héctor Garza Treviño")),
    ("email", "es", False,
     "Buenas tardes, soy " + m(N, "Juan Sebastián Rojas Peñaloza") + ", cédula de ciudadanía " + m(ID, "1.020.734.882") +
     ". Solicito el cambio de dirección de envío a " + m(A, "Carrera 7 # 72-41, Apto 502, Bogotá") +
     ". Gracias de antemano."),
    ("ticket", "es", False,
     "Número de tarjeta: " + m(C, "5437 9582 5953 2688") + " | Vence: 11/26 | CVV: 904" + NL +
     "Titular: " + m(N, "Esteban Quiroga Lázaro") + NL + "Motivo del contracargo: producto no recibido"),
    ("chat", "es", False,
     "te paso el acceso al FTP del proveedor: " + m(U, "ftp://proveedor:Mx8!pT4qZ@ftp.distribuidoraandina.com.co/entregas") + NL +
     "y la contraseña del panel es " + m(K, "Cordillera.2024#") + ", no se la pases a nadie que no sea " + m(N, "Camila") + " 🙏"),
    ("directions", "es", True,
     "Quedamos en la estación de Atocha y vamos andando por la calle de Alcalá hasta la plaza de Colón. El hospital Gregorio "
     "Marañón queda a diez minutos y el estadio Santiago Bernabéu a dos paradas de metro."),
    ("menu", "es", True,
     "Carta de cócteles: Margarita, Cuba libre, Paloma y Bellini. Para picar, ensalada César y pollo Villaroy; "
     "de postre, tarta Sacher. Los martes, la paella es para dos personas mínimo."),
    ("awards", "es", True,
     "El Premio Cervantes y el Premio Princesa de Asturias se entregarán en abril. En la charla se habló de la ley de Murphy, "
     "de la enfermedad de Chagas y del síndrome de Down, y de cómo el párkinson afecta a la escritura."),
    ("notification", "es", True,
     "Pedido n.º 404-8812937-4410" + NL + "Envío SEUR: 48291736501" + NL + "Fecha prevista de entrega: 12/06/2024" + NL +
     "Versión de la app: 2.3.1 · ID de sesión 7c9e6679-7425-40de-944b-e07fc1f90ae7"),
    ("books", "es", True,
     "Para el examen: Don Quijote (capítulos I-X), la relación entre Sancho Panza y Dulcinea, y Cien años de soledad, "
     "sobre todo la figura de Aureliano Buendía. De lectura libre, las tiras de Mafalda."),

    # ================================================================ Italian
    ("form", "it", False,
     "Cognome: " + m(N, "Bianchi") + NL + "Nome: " + m(N, "Giulia") + NL + "Codice fiscale: " + m(ID, "BNCGLI82D57F205F") + NL +
     "Nata a Milano il " + m(D, "17/04/1982") + NL + "Residente in " + m(A, "Via Paolo Sarpi 48, 20154 Milano") + NL +
     "Passaporto: " + m(ID, "YA4829173") + NL + "IBAN: " + m(I, "IT29 X557 4365 5585 4020 7313 402")),
    ("chat", "it", False,
     m(N, "fra") + ": ho parlato con " + m(N, "ciro") + " e con la signora " + m(N, "Esposito") + ", il condominio paga a giugno" + NL +
     m(N, "vale") + ": e " + m(N, "gennaro") + "? non risponde da giorni" + NL +
     m(N, "fra") + ": lo sento io stasera"),
    ("email", "it", False,
     "Gentile cliente," + NL + "confermiamo il pagamento della quota con carta American Express " + m(C, "3445 622956 71758") +
     ", scadenza 05/27, intestata a " + m(N, "Gianmarco De Santis") + ". Per informazioni contattare " + m(N, "Rosalia Scuderi") +
     " al numero " + m(P, "+39 347 481 2290") + "."),
    ("minutes", "it", False,
     "Verbale dell'assemblea del 9 maggio" + NL + "Presenti: " + m(N, "Alessandra Lo Russo") + ", " + m(N, "Pierpaolo Dell'Acqua") +
     ", " + m(N, "Chiara D'Ambrosio") + ", " + m(N, "Salvatore Di Giacomo") + NL +
     "Il presidente cede la parola a " + m(N, "Dell'Acqua") + ", che illustra il bilancio preventivo."),
    ("config", "it", False,
     "# credenziali SMTP Aruba - studio legale" + NL + "smtp.host=smtps.aruba.it" + NL +
     "smtp.user=" + m(E, "notifiche@studiolegalerossi.it") + NL + "smtp.pass=" + m(K, "Vesuvio!88trq") + NL +
     "# referente tecnico: " + m(N, "Matteo Ferraresi")),
    ("directions", "it", True,
     "Dalla stazione Termini prendete il treno per l'aeroporto Leonardo da Vinci. Il Policlinico Agostino Gemelli è "
     "raggiungibile in autobus da piazza Cavour; il liceo classico Giulio Cesare si trova lungo corso Trieste."),
    ("menu", "it", True,
     "Menù: carpaccio di manzo, spaghetti alla carbonara, pizza Margherita, fettuccine Alfredo per i clienti americani. "
     "Da bere Negroni, Bellini e Americano; il tournedos alla Rossini è disponibile su prenotazione."),
    ("notification", "it", True,
     "Ordine n. IT-55821-774 spedito. Tracking BRT 0482917365012. DDT del 03/05/2024. "
     "Ai sensi dell'art. 2043 c.c., comma 3, e della versione 2.1 delle condizioni generali."),
    ("sport", "it", True,
     "Domenica allo stadio Diego Armando Maradona il Napoli ospita la Fiorentina; la Juventus gioca all'Allianz. "
     "Ferrari e Lamborghini sponsorizzano la serata, e il Premio Strega viene presentato a margine."),

    # ================================================================ Dutch
    ("email", "nl", False,
     "Beste " + m(N, "Maarten van den Broek") + "," + NL + NL +
     "Ter bevestiging van uw inschrijving: BSN " + m(ID, "182736453") + ", geboortedatum " + m(D, "03-10-1976") +
     ", adres " + m(A, "Lange Nieuwstraat 41bis, 3512 PE Utrecht") + ". De terugbetaling volgt op " +
     m(I, "NL38 RABO 8778 4972 37") + "." + NL + NL + "Met vriendelijke groet," + NL + m(N, "Ilse Verhoeven")),
    ("chat", "nl", False,
     m(N, "joost") + ": heb je al met " + m(N, "sanne") + " gepraat?" + NL +
     m(N, "fleur") + ": nee, volgens mij is " + m(N, "daan") + " nog ziek en zij vervangt hem" + NL +
     m(N, "joost") + ": oké dan app ik " + m(N, "bram") + " wel"),
    ("minutes", "nl", False,
     "Notulen teamoverleg 4 april" + NL + "Aanwezig: " + m(N, "Femke de Jong") + ", " + m(N, "Wouter Schuurmans") + ", " +
     m(N, "Noor El Khattabi") + ", " + m(N, "Jan-Willem ter Horst") + NL +
     "Actiepunt: " + m(N, "Noor") + " stuurt de offerte naar " + m(N, "Wouter") + "; " + m(N, "Femke") + " plant een gesprek met " +
     m(N, "Sevda Yilmaz") + " van de gemeente."),
    ("letter", "nl", False,
     m(N, "Lotte Vermeulen") + NL + m(A, "Kerkstraat 14 bus 3, 2000 Antwerpen") + NL +
     "Rijksregisternummer: " + m(ID, "92.02.14-187.78") + NL + NL +
     "Betreft: terugbetaling zorgkosten op rekening " + m(I, "NL49 INGB 9359 5090 59")),
    ("config", "nl", False,
     "# betalingen - sleutels van de klant, NIET delen" + NL + "MOLLIE_API_KEY=" + m(K, "live_itAhCrNipR0HjXFZfTvMUHoXTBzyTz") + NL +
     "ADYEN_API_KEY=" + m(K, "AQE60ZGZbJ6ajz3HUlVOJO2v5nTr53VaYGeeZWhbLpKGVHKVwapppTudVVGtZpq") + NL +
     "ADMIN_WACHTWOORD=" + m(K, "Tulpen&Molens77")),
    ("email", "nl", False,
     "Geachte heer/mevrouw," + NL + NL + "Op mijn creditcard " + m(C, "4467 5657 3170 7170") + " (verloopt 02/26) staat een "
     "afschrijving die ik niet herken. Ik heb hierover al contact gehad met " + m(N, "Priscilla") + " van uw klantenservice." +
     NL + NL + "Met vriendelijke groet," + NL + m(N, "Ruud Hendriksen")),
    ("directions", "nl", True,
     "Vanaf Amsterdam Centraal neemt u tram 2 naar het Rembrandtplein of het Van Gogh Museum. Voor de Johan Cruijff ArenA "
     "stapt u over op station Bijlmer. Het Erasmus MC ligt in Rotterdam, naast het Albert Heijn-filiaal."),
    ("notification", "nl", True,
     "Bestelling 1043-8821-774 is onderweg." + NL + "PostNL track & trace: 3SKLMN4829173" + NL +
     "Factuurdatum 14-03-2024 · appversie 5.2.0 · klantnummer 004417"),
    ("books", "nl", True,
     "Leeslijst groep 5: Nijntje voor de kleintjes, Dik Trom en Pluk van de Petteflet. De ziekte van Pfeiffer en de ziekte "
     "van Huntington komen later in de biologieles aan bod."),

    # ================================================================ Portuguese
    ("form", "pt", False,
     "Nome: " + m(N, "Thiago Nascimento dos Santos") + NL + "CPF: " + m(ID, "482.917.365-37") + NL +
     "Data de nascimento: " + m(D, "22/08/1991") + NL +
     "Endereço: " + m(A, "Rua Augusta, 1508, apto 42, Consolação, São Paulo - SP, 01304-001") + NL +
     "Celular: " + m(P, "(11) 98472-1930")),
    ("letter", "pt", False,
     "Exma. Senhora " + m(N, "Inês Carvalho Magalhães") + NL + m(A, "Rua de Santa Catarina 312, 4000-443 Porto") + NL + NL +
     "NIF: " + m(ID, "238491722") + " · Cartão de Cidadão: " + m(ID, "14829173 4 ZX9") + NL +
     "O reembolso será transferido para " + m(I, "PT97 3541 8470 5585 0825 2427 0") + "."),
    ("chat", "pt", False,
     m(N, "duda") + ": fala com o " + m(N, "zé") + " que ele resolve" + NL +
     m(N, "gabi") + ": já falei, ele mandou eu procurar a dona " + m(N, "Cida") + NL +
     m(N, "duda") + ": kkkk então manda o pix pra " + m(E, "financeiro.lojadacida@gmail.com")),
    ("email", "pt", False,
     "Oi " + m(N, "Adriana") + ", segue o cartão para a reserva: " + m(C, "5319 7584 0650 9180") +
     ", validade 07/28, CVV 552, titular " + m(N, "Adriana Figueiredo") + ". Qualquer coisa fala com o " + m(N, "Márcio") + "."),
    ("config", "pt", False,
     "# integração Mercado Pago (produção)" + NL +
     "MP_ACCESS_TOKEN=" + m(K, "APP_USR-9014863936989172-022053-edca5b4eec0a0f98b7fd216d63d17418-721681602") + NL +
     "SENHA_PAINEL=" + m(K, "Ipanema#2024vb") + NL + "# responsável: " + m(N, "Luana Sampaio")),
    ("minutes", "pt", False,
     "Ata da reunião com os parceiros de Maputo e Luanda. Participaram " + m(N, "Domingos Cassoma") + ", " +
     m(N, "Esperança Mucavele") + " e " + m(N, "Nelson Tchipalavela") + ". Ficou acordado que " + m(N, "Esperança") +
     " enviará o orçamento a " + m(N, "João Pedro Vasconcelos") + " até sexta."),
    ("directions", "pt", True,
     "Desça na estação Sé e siga pela avenida Presidente Vargas. O Hospital Sírio-Libanês fica perto; "
     "no domingo há jogo no estádio Mário Filho e a ponte Vasco da Gama estará fechada para obras."),
    ("notification", "pt", True,
     "Pedido nº 2024-558213 enviado." + NL + "Rastreio Correios: NL482917365BR" + NL +
     "Nota fiscal emitida em 10/05/2024 · versão 3.4.2 · protocolo 2f1e8c7a-44b0-4c3e-9d1a-7b6e5f4d3c2b"),
    ("culture", "pt", True,
     "No almoço, bacalhau à Gomes de Sá e pastel de Belém; à noite, caipirinha. Na aula de literatura discutimos Dom Casmurro "
     "e Capitu, depois Macunaíma, e na de direito a Lei Maria da Penha."),

    # ================================================================ Polish
    ("form", "pl", False,
     "Imię i nazwisko: " + m(N, "Małgorzata Wiśniewska-Kaczmarek") + NL + "PESEL: " + m(ID, "88031405829") + NL +
     "Data urodzenia: " + m(D, "14.03.1988") + NL + "Nr dowodu osobistego: " + m(ID, "DBK448213") + NL +
     "Adres: " + m(A, "ul. Długa 17/4, 80-827 Gdańsk")),
    ("chat", "pl", False,
     m(N, "ola") + ": daj znać " + m(N, "kasi") + " i " + m(N, "tomkowi") + ", że spotkanie przesunięte" + NL +
     m(N, "bartek") + ": ok, a " + m(N, "michał") + " wie?" + NL + m(N, "ola") + ": napisałam mu rano"),
    ("email", "pl", False,
     "Dzień dobry," + NL + NL + "przesyłam dane do przelewu dla Pana " + m(N, "Grzegorza Brzęczyszczykiewicza") + ": " +
     m(I, "PL52 8601 2435 1704 2146 0159 5108") + ". W razie pytań proszę dzwonić do " + m(N, "Joanny Sikorskiej") + ", tel. " +
     m(P, "+48 601 482 917") + "." + NL + NL + "Pozdrawiam," + NL + m(N, "Oleksandr Bondarenko")),
    ("config", "pl", False,
     "# ~/.aws/credentials - konto produkcyjne, nie kopiować!" + NL + "[default]" + NL +
     "aws_access_key_id = " + m(K, "AKIARWHUWYJUUB37EQ2F") + NL +
     "aws_secret_access_key = " + m(K, "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") + NL +
     "# hasło do bazy: " + m(K, "Zubr!Krakow2024")),
    ("minutes", "pl", False,
     "Protokół z zebrania wspólnoty. Obecni: " + m(N, "Wojciech Zając") + ", " + m(N, "Agnieszka Pawlak") + ", " +
     m(N, "Stanisław Kołodziej") + ". Ustalono, że " + m(N, "Wojciech") + " skontaktuje się z firmą od dachu, a uwagi " +
     "należy przesyłać dla " + m(N, "Agnieszki") + " do końca miesiąca."),
    ("directions", "pl", True,
     "Z dworca Warszawa Centralna jedzie się prosto na Lotnisko Chopina. Uniwersytet Jagielloński i Szpital im. Jana Pawła II "
     "są w Krakowie; w Warszawie umówmy się przy rondzie Dmowskiego, przy ulicy Marszałkowskiej."),
    ("notification", "pl", True,
     "Zamówienie nr 48213/05/2024 zostało wysłane." + NL + "Numer przesyłki InPost: 682947130582917364520193" + NL +
     "Faktura VAT FV/2024/05/118 · wersja aplikacji 1.8.4 · zgodnie z art. 15 ust. 2"),
    ("culture", "pl", True,
     "Na obiad pierogi ruskie i kremówka papieska. Wieczorem czytamy Pana Tadeusza, a dzieci oglądają Wiedźmina - "
     "Geralt z Rivii wygrywa z Bolkiem i Lolkiem. Prom Stefan Batory płynie do Ystad, a Wisła Kraków gra w sobotę."),

    # ================================================================ Nordic
    ("form", "sv", False,
     "Namn: " + m(N, "Linnéa Åkesson") + NL + "Personnummer: " + m(ID, "850312-4524") + NL +
     "Adress: " + m(A, "Götgatan 48, 118 26 Stockholm") + NL + "Kontonummer (IBAN): " + m(I, "SE68 4657 6953 5200 3605 2968")),
    ("chat", "sv", False,
     m(N, "emma") + ": fråga " + m(N, "johan") + " eller " + m(N, "elin") + ", de var med när vi satte upp det" + NL +
     m(N, "ahmed.h") + ": " + m(N, "johan") + " är på semester, jag swishar " + m(N, "elin") + " på " + m(P, "070-482 91 73")),
    ("email", "sv", False,
     "Hej!" + NL + NL + "Jag har tappat mitt pass (nr " + m(ID, "91827364") + ") i Malaga. Min sambo " + m(N, "Oskar Nyström") +
     " har en kopia. Ring gärna honom eller " + m(N, "Siri Lundgren") + " om ni behöver mer information." + NL + NL +
     "Mvh" + NL + m(N, "Maja Bergström")),
    ("form", "no", False,
     "Navn: " + m(N, "Sigrid Haugland Bakke") + NL + "Fødselsnummer: " + m(ID, "14028740191") + NL +
     "Adresse: " + m(A, "Storgata 12B, 0184 Oslo") + NL + "Konto: " + m(I, "NO09 9250 6456 836")),
    ("chat", "no", False,
     m(N, "eirik") + ": hvem har stripe-nøkkelen til nettbutikken? " + m(N, "ingrid") + " sier den ligger i 1password" + NL +
     m(N, "håkon") + ": den er " + m(K, "rk_live_T6ItwyPMNv497UOJOEhYaWjK") + ", men ikke del den med " + m(N, "trond")),
    ("letter", "da", False,
     m(N, "Kristoffer Højgaard Nielsen") + NL + m(A, "Nørrebrogade 118, 2. tv., 2200 København N") + NL + NL +
     "CPR-nr.: " + m(ID, "120385-1147") + NL + "Tilbagebetaling til konto " + m(I, "DK84 0317 2808 4855 83")),
    ("form", "fi", False,
     "Nimi: " + m(N, "Aino-Maria Järvinen") + NL + "Henkilötunnus: " + m(ID, "120385-274X") + NL +
     "Osoite: " + m(A, "Hämeentie 33 B 12, 00500 Helsinki") + NL + "Tilinumero: " + m(I, "FI70 1417 5199 2705 50")),
    ("directions", "sv", True,
     "Ta pendeltåget till Odenplan och gå mot Karolinska Universitetssjukhuset. I december delas Nobelpriset ut; "
     "barnen vill hellre åka till Astrid Lindgrens Värld och träffa Pippi Långstrump och Nils Holgersson."),
    ("notification", "sv", True,
     "Order 4482-1930 har skickats." + NL + "PostNord kolli-ID 00373500482917365018" + NL +
     "Appversion 4.1.7 · Till kaffet: prinsesstårta; till middag Janssons frestelse."),
    ("directions", "no", True,
     "Gå av på Nationaltheatret stasjon og følg Henrik Ibsens gate mot Munchmuseet. Rikshospitalet ligger lenger nord; "
     "i kveld spilles Peer Gynt på scenen ved Oslofjorden."),
    ("culture", "da", True,
     "Vi lander i H.C. Andersen Airport og besøger Den lille Havfrue, Carlsberg-bryggeriet og Niels Bohr Institutet. "
     "Om aftenen holder Kierkegaard-selskabet åbent hus."),
    ("culture", "fi", True,
     "Kesällä luetaan Kalevalaa ja Muumipeikkoa, käydään Sibelius-monumentilla ja Alvar Aallon kadulla, ja evääksi "
     "ostetaan Fazerin sinistä. Väinämöinen on tuttu jokaiselle koululaiselle."),

    # ================================================================ Turkish
    ("form", "tr", False,
     "Ad Soyad: " + m(N, "Elif Nur Karataş") + NL + "T.C. Kimlik No: " + m(ID, "38471926550") + NL +
     "Doğum tarihi: " + m(D, "09.11.1993") + NL +
     "Adres: " + m(A, "Bağdat Caddesi No: 214 Daire 7, 34728 Kadıköy/İstanbul") + NL +
     "IBAN: " + m(I, "TR08 1816 4084 7589 0892 8238 83")),
    ("chat", "tr", False,
     m(N, "cem") + ": " + m(N, "mehmet") + " abiye söyle, anahtarları " + m(N, "ayşe") + " hanım alacak" + NL +
     m(N, "deniz") + ": tamam, " + m(N, "selin") + "'e de haber vereyim mi?" + NL + m(N, "cem") + ": gerek yok"),
    ("ticket", "tr", False,
     "Şikayet #7781 - Kart numarası: " + m(C, "4192 5578 7003 0433") + ", SKT 12/26, CVC 118. Kart sahibi: " +
     m(N, "Burak Yılmazer") + ". Müşteri " + m(P, "0532 418 27 93") + " numarasından geri aranmak istiyor."),
    ("news", "tr", False,
     "Gözaltına alınan " + m(N, "Hakan Öztürk") + "'ün avukatı " + m(N, "Zeynep Arslan") +
     ", müvekkilinin suçsuz olduğunu söyledi. Olayı ihbar eden komşu " + m(N, "Fadime Kılıç") +
     " ise \"Gece yarısı sesler duyduk\" dedi."),
    ("directions", "tr", True,
     "Atatürk Havalimanı artık kargo için kullanılıyor; yolcular Sabiha Gökçen'e iniyor. Mimar Sinan Üniversitesi "
     "İstiklal Caddesi'ne yakın; akşam Fenerbahçe ile Galatasaray maçı var."),
    ("notification", "tr", True,
     "Sipariş no 220418-993721 kargoya verildi. Takip numarası 7482917365. Uygulama sürümü 2.0.14. "
     "Çocuklar için Nasreddin Hoca fıkraları ve Keloğlan masalları kampanyada."),

    # ================================================================ Czech
    ("form", "cs", False,
     "Jméno: " + m(N, "Kateřina Dvořáková") + NL + "Rodné číslo: " + m(ID, "875414/2133") + NL +
     "Číslo OP: " + m(ID, "204817365") + NL + "Bydliště: " + m(A, "Vinohradská 1511/230, 100 00 Praha 10") + NL +
     "Účet: " + m(I, "CZ75 5157 6770 7949 4563 8694")),
    ("chat", "cs", False,
     m(N, "petr") + ": řekni to " + m(N, "pavlovi") + ", " + m(N, "jirka") + " už to ví" + NL +
     m(N, "markéta") + ": a co " + m(N, "zuzka") + "? ta byla včera nemocná" + NL + m(N, "petr") + ": napíšu jí"),
    ("email", "cs", False,
     "Dobrý den," + NL + "ztratil jsem cestovní pas č. " + m(ID, "41829736") + ". Kontaktní údaje: " + m(N, "Ondřej Šťastný") +
     ", " + m(E, "ondrej.stastny@seznam.cz") + ", tel. " + m(P, "+420 603 481 729") + "." + NL + "Děkuji"),
    ("culture", "cs", True,
     "Z Masarykova nádraží dojdete ke Karlovu mostu. Fakultní nemocnice Královské Vinohrady je u Karlovy univerzity. "
     "Večer Švejk v divadle, pro děti Krtek, k pivu Plzeňský Prazdroj a domů Škodou."),

    # ================================================================ Romanian
    ("form", "ro", False,
     "Subsemnatul " + m(N, "Andrei-Mihai Popescu") + ", CNP " + m(ID, "1890412402135") + ", domiciliat în " +
     m(A, "Str. Mihai Eminescu nr. 48, bl. A3, ap. 12, sector 2, București") + ", solicit restituirea sumei în contul " +
     m(I, "RO31 BTRL 4741 1236 1695 6297") + "."),
    ("chat", "ro", False,
     m(N, "radu") + ": vorbește cu " + m(N, "ioana") + " sau cu domnul " + m(N, "Stoica") + NL +
     m(N, "bianca") + ": " + m(N, "ioana") + " e în concediu, îl sun pe " + m(N, "Stoica") + " mâine"),
    ("ticket", "ro", False,
     "Client: " + m(N, "Ana-Maria Dobrescu") + ", CNP " + m(ID, "2961120400784") + NL +
     "Carduri raportate furate: " + m(C, "6218 1173 5375 5140") + " și " + m(C, "6759 3313 1635 7639 520") + NL +
     "Card de înlocuire UnionPay: " + m(C, "6258 4822 9388 6974 134")),
    ("culture", "ro", True,
     "Aterizăm pe Aeroportul Henri Coandă și mergem pe bulevardul Carol I spre Ateneul Român. La cină sarmale și papanași; "
     "ghidul de la Universitatea Babeș-Bolyai povestește despre Dracula."),
]

emit("tuning20g", cases)
