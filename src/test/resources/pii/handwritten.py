#!/usr/bin/env python3
"""Hand-written cases (messier, not generated from templates). Writes corpus-handwritten.jsonl.

Markup as in corpus.jsonl: ⟦TYPE|value⟧. Values are test numbers or fictitious.
Run: python3 src/test/resources/pii/handwritten.py > src/test/resources/pii/corpus-handwritten.jsonl
"""
import json


def m(t, v):
    return "\u27e6%s|%s\u27e7" % (t, v)


E, P, C, I, S, IP, MAC, U, K, N, A, D, ID = ("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "MAC_ADDRESS",
                                             "URL_WITH_CREDENTIALS", "API_KEY_OR_SECRET", "PERSON", "STREET_ADDRESS",
                                             "DATE_OF_BIRTH", "PASSPORT_OR_ID")
V0 = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBk3Vh2tGZ9n0m1G4xQ1Y2Xv8iJzPqH6nN3r2bKcE0uQAAAJhQn0l5UJ9J\n-----END OPENSSH PRIVATE KEY-----'
V1 = 'Flat 4, 12 Queen Street\nEdinburgh EH2 1JX\nScotland'
V2 = 'Musterstraße 12a\n80331 München'
cases = [
    ("ticket", "en", False, f"hi, i cant log in since yesterday. my email is {m(E,'j.r.tolkien42@hotmail.com')} and the app says 'invalid grant'. pls help asap!!"),
    ("ticket", "en", False, f"Customer called from {m(P,'+1 415 555 2671')} about order 88213-B. Wants refund to card ending 4242 (full number on file: {m(C,'4242 4242 4242 4242')})."),
    ("email", "en", False, f"Hey {m(N,'Tom')},\n\nAttaching the signed lease for {m(A,'742 Evergreen Terrace, Springfield, OR 97477')}. Rent goes to {m(I,'GB29 NWBK 6016 1331 9268 19')}.\n\nCheers,\n{m(N,'Marge Simpson')}"),
    ("chat", "en", False, f"[12:01] dana: @channel the staging box is {m(IP,'172.31.44.9')}, ssh as ubuntu\n[12:02] dana: key is in vault, don't paste it here"),
    ("chat", "en", False, f"[12:05] raj: ok here's the key anyway lol\n{m(K,V0)}"),
    ("code", "code", False, f"# settings.py\nSECRET_KEY = '{m(K,'django-insecure-8#v!q2k@z^w3m$x1p0r7t&y9u')}'\nDEBUG = False\nALLOWED_HOSTS = ['{m(IP,'10.0.4.17')}']"),
    ("code", "code", False, f"docker run -e POSTGRES_PASSWORD={m(K,'pg_Sup3rS3cret')} -p 5432:5432 postgres:16"),
    ("code", "code", False, f"const stripe = require('stripe')('{m(K,'sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv')}');\nconst pk = 'pk_live_51HxYzPublishableKeyIsPublic';"),
    ("config", "code", False, f"mongodb:\n  uri: {m(U,'mongodb+srv://svc_reporting:Vk9%40x2!mQ@cluster0.ab1cd.mongodb.net/analytics')}\n  pool: 20"),
    ("log", "en", False, f"Nov 03 14:22:17 fw01 kernel: DROP IN=eth0 OUT= MAC={m(MAC,'00:16:3e:5a:7b:10')} SRC={m(IP,'185.220.101.4')} DST={m(IP,'192.0.2.10')} PROTO=TCP SPT=51234 DPT=22"),
    ("log", "en", False, f"WARN auth: failed login for user={m(E,'admin@corp.example.com')} from {m(IP,'2001:db8:ffff::42')} (attempt 5/5)"),
    ("markdown", "en", False, f"## On-call\n\n* Primary: {m(N,'Alice Nguyen')} — {m(P,'(206) 555-0148')}\n* Secondary: {m(N,'Bob Okafor')} — {m(P,'+44 7700 900461')}\n"),
    ("html", "en", False, f"<footer><address>Acme GmbH · {m(A,'Friedrichstraße 123, 10117 Berlin')} · <a href=\"tel:{m(P,'+49301234567')}\">{m(P,'+49 30 1234567')}</a></address></footer>"),
    ("email", "de", False, f"Sehr geehrte Frau {m(N,'Schneider')},\n\nanbei die Unterlagen. Ihre IBAN {m(I,'DE89 3704 0044 0532 0130 00')} haben wir gespeichert.\n\nMit freundlichen Grüßen\n{m(N,'Jürgen Vogel')}"),
    ("email", "fr", False, f"Bonjour Madame {m(N,'Lefèvre')},\n\nVotre colis sera livré au {m(A,'8 avenue des Champs-Élysées, 75008 Paris')}. Pour toute question : {m(P,'01 42 68 53 00')}.\n\nCordialement,\n{m(N,'Claire Martin')}"),
    ("email", "es", False, f"Hola {m(N,'Lucía')}:\n\nTe paso mis datos para la nómina: DNI {m(ID,'12345678Z')}, cuenta {m(I,'ES91 2100 0418 4502 0005 1332')}.\n\nUn saludo,\n{m(N,'Pablo Ruiz')}"),
    ("email", "it", False, f"Gentile {m(N,'Marco Bianchi')},\n\nle confermiamo la prenotazione. Codice fiscale: {m(ID,'RSSMRA85T10A562S')}. Data di nascita: {m(D,'10/12/1985')}.\n\nCordiali saluti"),
    ("form", "en", False, f"APPLICANT\nFull name: {m(N,'Jonathan Q. Public')}\nDOB: {m(D,'07/04/1976')}\nSSN: {m(S,'219-09-9998')}\nAddress: {m(A,'1600 Amphitheatre Pkwy, Mountain View, CA 94043')}"),
    ("form", "en", False, f"Passport: {m(ID,'K83920114')}   Nationality: Canadian   Date of birth: {m(D,'3 February 1990')}"),
    ("ticket", "en", False, f"User reports that the VPN client on MacBook (Wi-Fi MAC {m(MAC,'a4:83:e7:12:9b:0c')}) gets {m(IP,'10.8.0.0/24')} routes but no DNS."),
    ("chat", "en", False, f"bob: my pw for the shared drive is {m(K,'Spring2025!')} if you need it\nalice: please rotate it"),
    ("code", "code", False, f"import requests\nr = requests.get(url, headers={{'Authorization': 'token {m(K,'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')}'}})"),
    ("code", "code", False, f"# .npmrc\n//registry.npmjs.org/:_authToken={m(K,'npm_abcdefghijklmnopqrstuvwxyz0123456789')}"),
    ("code", "code", False, f"GOOGLE_MAPS_KEY={m(K,'AIzaSyA-1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv')}"),
    ("code", "code", False, f"SLACK_WEBHOOK={m(K,'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')}"),
    ("markdown", "en", False, f"| Field | Value |\n|---|---|\n| Cardholder | {m(N,'Maria Garcia')} |\n| Card | {m(C,'3714 496353 98431')} |\n| Expiry | 11/26 |"),
    ("ticket", "en", False, f"JCB card {m(C,'3566002020360505')} and UnionPay {m(C,'6200000000000005')} both declined at checkout."),
    ("ticket", "nl", False, f"Klant {m(N,'Sanne de Jong')} belde over haar rekening {m(I,'NL91 ABNA 0417 1643 00')}. Terugbellen op {m(P,'06 12345678')}."),
    ("email", "en", False, f"Please update my shipping address to:\n\n{m(A,V1)}\n\nThanks, {m(N,'Fiona')}"),
    ("email", "de", False, f"Bitte an folgende Adresse liefern:\n{m(N,'Max Mustermann')}\n{m(A,V2)}"),
    ("html", "es", False, f"<p>Envío a: {m(A,'Calle de Alcalá 48, 28014 Madrid')}</p><p>Tel. {m(P,'+34 915 12 34 56')}</p>"),
    ("chat", "en", False, f"lol my birthday is {m(D,'June 5th, 1994')} so yeah I'm old"),
    ("ticket", "en", False, f"Driver license {m(ID,'D1234-56789-01234')} scanned; name on license: {m(N,'Kevin Brooks')}."),
    ("log", "en", False, f"GET /api/v1/export?token={m(K,'eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoiNDIifQ.3u8cVnEfT0m9y0yK2T2a8pQ0xR5JdY1x8Y2Q3w4E5r6')} 200 15ms"),
    ("config", "code", False, f"[smtp]\nhost = smtp.example.com\nuser = notifications\npassword = {m(K,'n0t1fy-Me!')}\n"),
    ("config", "code", False, f"AWS_ACCESS_KEY_ID={m(K,'AKIAIOSFODNN7EXAMPLE')}\nAWS_SECRET_ACCESS_KEY={m(K,'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}\nAWS_REGION=eu-central-1"),
    ("email", "en", False, f"From: \"{m(N,'Priya Sharma')}\" <{m(E,'priya.sharma@example.in')}>\nSubject: Re: contract\n\nI'll sign tomorrow. Call me on {m(P,'+91 98765 43210')} if urgent."),
    ("chat", "pl", False, f"Cześć {m(N,'Kasia')}, przelej proszę na {m(I,'PL61 1090 1014 0000 0712 1981 2874')}. Dzięki!"),
    ("ticket", "en", False, f"Employee {m(N,'Sarah Connor')} (SSN {m(S,'078-05-1121')}) requested W-2 reissue."),
    ("code", "code", False, f"test('masks email', () => {{\n  expect(mask('{m(E,'alice@example.com')}')).toBe('a***@example.com');\n}});"),
    ("markdown", "en", False, f"> Reach me at {m(E,'ops-oncall+pager@service.example.net')} or {m(P,'1-800-275-2273')}."),
    ("html", "en", False, f"<input type=\"hidden\" name=\"api_key\" value=\"{m(K,'7f3c9a1e5b2d4f6a8c0e9b1d3f5a7c9e')}\">"),
    ("email", "en", False, f"Dr. {m(N,'Emily Carter')} will see you at 10am. Bring your insurance card and photo ID."),
    ("ticket", "en", False, f"Austrian customer, IBAN {m(I,'AT61 1904 3002 3457 3201')}, BIC BKAUATWW, contact {m(E,'k.huber@beispiel.at')}."),
    ("ticket", "en", False, f"Swiss account {m(I,'CH93 0076 2011 6238 5295 7')} - payout pending."),
    ("chat", "en", False, f"new server is up at {m(IP,'203.0.113.77')}:8443, admin/admin for now (will change)"),
    ("code", "code", False, f"ssh -i ~/.ssh/id_ed25519 deploy@{m(IP,'198.51.100.23')} -p 2222"),
    ("config", "code", False, f"spring:\n  datasource:\n    url: jdbc:mysql://db:3306/shop\n    username: shop\n    password: \"{m(K,'Sh0p!2024#db')}\""),
    ("email", "en", False, f"Best regards,\n{m(N,'Daniel Kim')}\nSenior Engineer | Acme Corp\n{m(P,'+1 (650) 555-0199')}"),
    ("form", "de", False, f"Name: {m(N,'Anna Weber')}\nGeburtsdatum: {m(D,'14.02.1988')}\nPersonalausweis-Nr.: {m(ID,'T22000129')}"),
    # hard negatives, hand-written
    ("negative", "en", True, "Release 4.2.1 fixes CVE-2024-3094; see commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and PR #1423."),
    ("negative", "en", True, "Order 4111-2222-3333 totalling $1,299.00 ships in 3-5 business days."),
    ("negative", "en", True, "The ISBN 0-306-40615-2 and ISBN-13 978-0-306-40615-7 refer to the same book."),
    ("negative", "en", True, "Timestamps: 2024-11-03T14:22:17.123Z, 1699021337, 14:22:17.123456"),
    ("negative", "en", True, "Install with `pip install torch==2.1.0+cu121` or `npm i react@18.2.0`; Node v20.10.0."),
    ("negative", "en", True, "Request id 3fa85f64-5717-4562-b3fc-2c963f66afa6 returned HTTP 429; retry after 30s."),
    ("negative", "en", True, "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 is the empty digest."),
    ("negative", "en", True, "Invoice INV-2024-000123, PO 4500012345, SKU ABC-12345-XL, qty 12 @ 19.99 EUR."),
    ("negative", "en", True, "Set `password_min_length: 12` and `token_ttl: 3600` in the auth section."),
    ("negative", "en", True, "The MIB object 1.3.6.1.2.1.1.3.0 holds sysUpTime; Windows build 10.0.22631.2861."),
    ("negative", "en", True, "Call the function `getUserEmail()`; it returns a string like user@domain but never logs it."),
    ("negative", "en", True, "GPS: 52.520008, 13.404954; altitude 34 m; accuracy ±5 m."),
    ("negative", "en", True, "Card number 4111 1111 1111 1112 fails the Luhn check, so the form rejects it."),
    ("negative", "de", True, "Rechnungsnummer 2024-001234 vom 03.11.2024, Kundennummer 100234, Betrag 1.234,56 €."),
    ("negative", "fr", True, "Facture n° FA-2024-0456 du 12/03/2024 — montant TTC 2 450,00 €."),
    ("negative", "es", True, "Pedido nº 2024-7781, referencia ES-77-1234, entrega el 15/04/2024."),
    ("negative", "en", True, "Use tokens like {{user.email}} and ${SECRET_NAME} in templates; the secret manager resolves them."),
    ("negative", "en", True, "Matrix: [[1, 2, 3], [4, 5, 6]]; det = 0; eigenvalues 16.1168, -1.1168, 0."),
    ("negative", "en", True, "Kafka Streams 3.7 with Java 21 on Spring Boot 3.2; Grafana dashboard 1860."),
    ("negative", "en", True, "Tracking number 1Z 999 AA1 01 2345 6784 via UPS Ground."),
    ("negative", "en", True, "Colors: #FF5733, rgb(255, 87, 51), hsl(11, 100%, 60%)."),
    ("negative", "en", True, "The API key must be sent in the X-Api-Key header; keys rotate every 90 days."),
    ("negative", "en", True, "Phone numbers in tests use the 555 prefix only in docs; never store them."),
    ("negative", "en", True, "Baker Street is a famous street in London; Main Street USA is in Disneyland."),
]

for i, (kind, lang, hard, text) in enumerate(cases):
    print(json.dumps({"id": "hand-%s-%03d" % (kind, i + 1), "lang": lang, "kind": kind, "hard_negative": hard, "text": text}, ensure_ascii=False))
