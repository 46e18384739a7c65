#!/usr/bin/env python3
"""A fourth hand-written batch (issue 20), written and committed before any recognizer change.

Realistic text in the kinds the PII stage was reported to miss or over-report: names with
diacritics and particles (Irish, Dutch, Turkish, Icelandic, Romanian, French, Nigerian, Spanish,
Polish, Norwegian), chat transcripts, sign-offs in other languages, names in SQL, CSV, JSON and
Python rows beside the person's e-mail or phone, HTML contact cards, travel-document names,
street addresses of Spain, the Netherlands, Poland, Norway, Latin America and Australia, UK
National Insurance numbers, SSNs with dots, birth dates in `dob` columns, `-u user:secret`, and
hard negatives (version numbers, ZIP+4 codes, invalid SSNs, SSH remotes, placeholder tokens,
product names, shipment and order numbers). Values are test numbers or fictitious.

Markup as in corpus.jsonl: ⟦TYPE|value⟧. After printing, the script checks every label's UTF-16
offsets against the stripped text (the same spans the Java loader computes).

Run: python3 src/test/resources/pii/blind2.py > src/test/resources/pii/corpus-blind2.jsonl
"""
import json
import re
import sys

from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m  # noqa: F401

cases = [
    # --- names with diacritics and particles, in tickets and prose ---
    ("ticket", "en", False, "Customer " + m(N, "Siobhán Ní Bhriain") + " called about the late delivery. She asked that we email " + m(E, "siobhan.nibhriain@eircom.net") + " rather than phone."),
    ("ticket", "en", False, "Escalated by " + m(N, "Pádraig Ó Súilleabháin") + " (team lead). Customer impact: high."),
    ("ticket", "nl", False, "Klant " + m(N, "Joost van der Meulen") + " wil zijn abonnement opzeggen per 1 januari."),
    ("prose", "nl", False, "Volgens " + m(N, "Femke de Wit-Bakker") + " is de levering nog niet binnen."),
    ("ticket", "tr", False, "Müşteri " + m(N, "Çağrı Öztürk") + " faturanın iki kez kesildiğini bildirdi. İletişim: " + m(P, "+90 532 418 27 63") + "."),
    ("prose", "tr", False, "Toplantıyı " + m(N, "Gülşen Yıldırım") + " ile birlikte " + m(N, "Şükrü Aydoğan") + " yönetecek."),
    ("email", "is", False, "Sæll " + m(N, "Sigurður") + "," + NL + NL + "takk fyrir fundinn í gær. Ég sendi samninginn á morgun." + NL + NL + "Kveðja," + NL + m(N, "Guðrún Þórsdóttir")),
    ("ticket", "ro", False, "Clienta " + m(N, "Ioana Ștefănescu") + " a sunat de trei ori. Număr de telefon: " + m(P, "+40 721 345 678") + "."),
    ("prose", "ro", False, "Dosarul a fost preluat de " + m(N, "Mihai Țăranu") + " de la biroul din Cluj."),
    ("email", "fr", False, "Bonjour," + NL + NL + "Je vous transmets la réponse de " + m(N, "Anne-Sophie de La Tour d'Auvergne") + " concernant le devis." + NL + NL + "Cordialement," + NL + m(N, "Benoît Lefèvre")),
    ("ticket", "en", False, "Account holder " + m(N, "Chukwuemeka Okonkwo") + " says the transfer to " + m(N, "Ngozi Adebayo-Okafor") + " failed twice."),
    ("prose", "en", False, "Our Lagos office is run by " + m(N, "Oluwaseun Adeyemi") + " and " + m(N, "Babatunde Olúwọlé") + "."),
    ("ticket", "es", False, "El paciente " + m(N, "José María de la Fuente y Ortiz") + " solicita una copia de su historial."),
    ("prose", "es", False, "La reunión con " + m(N, "Begoña Etxeberria") + " se aplazó al jueves."),
    ("prose", "pl", False, "Wniosek złożyła " + m(N, "Małgorzata Wiśniewska") + ", a zatwierdził go " + m(N, "Grzegorz Brzęczyszczykiewicz") + "."),
    ("prose", "no", False, "Saken er tildelt " + m(N, "Øystein Bjørnstad") + " og " + m(N, "Åse Kristiansen") + "."),
    ("prose", "de", False, "Die Unterlagen hat " + m(N, "Jürgen von Stülpnagel") + " gestern unterschrieben."),
    ("prose", "pt", False, "A solicitação foi aberta por " + m(N, "João Conceição") + " e aprovada por " + m(N, "Graça Magalhães") + "."),
    ("prose", "it", False, "Il contratto è stato firmato da " + m(N, "Niccolò D'Alessandro") + " a Bologna."),
    # --- a name right after a non-English preposition ---
    ("chat", "de", False, "hab das gerade mit " + m(N, "Tobias") + " besprochen, passt so"),
    ("chat", "es", False, "lo hablé con " + m(N, "Ximena") + " y dice que mañana no puede"),
    ("chat", "fr", False, "j'ai déjeuné avec " + m(N, "Amélie Rousseau") + " hier, elle te salue"),
    ("chat", "nl", False, "ik heb het aan " + m(N, "Bram") + " gevraagd maar hij weet het ook niet"),
    ("chat", "pl", False, "rozmawiałem z " + m(N, "Katarzyną Nowak") + ", przyśle umowę jutro"),
    ("chat", "it", False, "ho parlato con " + m(N, "Chiara") + " del preventivo"),
    # --- chat transcripts ---
    ("chat", "en", False, m(N, "Priya Raman") + ": did the deploy go out?" + NL + m(N, "Tomasz Kowalczyk") + ": yes, 10 minutes ago" + NL + m(N, "Priya Raman") + ": great, thanks"),
    ("chat", "en", False, "@channel " + m(N, "Aoife Brennan") + " is out today, ping me for anything urgent"),
    ("chat", "en", False, "hey " + m(N, "marco") + ", can you review my PR when you get a sec?"),
    ("chat", "en", False, "hi " + m(N, "ingrid") + " 👋 the invoice went to the wrong address again"),
    ("chat", "de", False, m(N, "Lena Hartmann") + " [10:02]: ist der Server wieder da?" + NL + m(N, "Yusuf Demir") + " [10:04]: ja, seit fünf Minuten"),
    ("chat", "es", False, "[18:31] " + m(N, "Camila Rojas") + ": ¿alguien tiene el número de " + m(N, "Andrés") + "?" + NL + "[18:33] " + m(N, "Mateo Herrera") + ": " + m(P, "+57 310 555 0142")),
    ("chat", "en", False, "<" + m(N, "dmitri") + "> anyone know why CI is red" + NL + "<" + m(N, "sofia") + "> flaky test, rerun it"),
    ("chat", "fr", False, "salut " + m(N, "mathilde") + ", tu peux me renvoyer le lien ?"),
    ("chat", "en", False, "cc @" + m(N, "Thandiwe Nkosi") + " for visibility"),
    # --- sign-offs in other languages ---
    ("email", "de", False, "Hallo zusammen," + NL + NL + "anbei das Protokoll." + NL + NL + "Mit freundlichen Grüßen" + NL + m(N, "Dr. Annegret Schulze-Wendt")),
    ("email", "es", False, "Quedo atento a sus comentarios." + NL + NL + "Un saludo cordial," + NL + m(N, "Rodrigo Peña Valdés")),
    ("email", "nl", False, "Alvast bedankt!" + NL + NL + "Met vriendelijke groet," + NL + m(N, "Wouter ten Brink")),
    ("email", "pl", False, "Proszę o potwierdzenie." + NL + NL + "Z poważaniem," + NL + m(N, "Agnieszka Zielińska")),
    ("email", "no", False, "Gi beskjed hvis noe er uklart." + NL + NL + "Med vennlig hilsen" + NL + m(N, "Kjetil Haugen")),
    ("email", "tr", False, "Bilgilerinize sunarım." + NL + NL + "Saygılarımla," + NL + m(N, "Emre Karakaya")),
    ("email", "it", False, "Resto a disposizione." + NL + NL + "Cordiali saluti," + NL + m(N, "Alessandra Bianchi")),
    ("email", "pt", False, "Fico no aguardo." + NL + NL + "Atenciosamente," + NL + m(N, "Thiago Albuquerque")),
    ("email", "ro", False, "Vă mulțumesc anticipat." + NL + NL + "Cu stimă," + NL + m(N, "Andreea Popescu")),
    ("email", "fr", False, "Merci d'avance." + NL + NL + "Bien cordialement," + NL + m(N, "Solène Marchetti")),
    # --- names in structured data next to e-mail or phone ---
    ("data", "code", False, "INSERT INTO customers (id, full_name, email, phone) VALUES" + NL + "  (1041, '" + m(N, "Eilidh MacLeod") + "', '" + m(E, "eilidh.macleod@btinternet.com") + "', '" + m(P, "+44 7700 900461") + "')," + NL + "  (1042, '" + m(N, "Hüseyin Çelik") + "', '" + m(E, "h.celik@turk.net") + "', '" + m(P, "+90 533 201 44 19") + "');"),
    ("data", "code", False, "id,name,email,phone" + NL + "17," + m(N, "Marieke Jansen") + "," + m(E, "marieke.jansen@ziggo.nl") + "," + m(P, "+31 6 41 23 58 90") + NL + "18," + m(N, "Bjarni Ólafsson") + "," + m(E, "bjarni@simnet.is") + "," + m(P, "+354 661 2345")),
    ("data", "code", False, "[" + NL + "  {\"name\": \"" + m(N, "Fatima Al-Sayed") + "\", \"email\": \"" + m(E, "fatima.alsayed@outlook.com") + "\"}," + NL + "  {\"name\": \"" + m(N, "Kwame Asante") + "\", \"email\": \"" + m(E, "kasante@gmail.com") + "\"}" + NL + "]"),
    ("code", "code", False, "users = [" + NL + "    (\"" + m(N, "Radu Constantinescu") + "\", \"" + m(E, "radu.c@yahoo.ro") + "\")," + NL + "    (\"" + m(N, "Ingvild Solberg") + "\", \"" + m(E, "ingvild.solberg@online.no") + "\")," + NL + "]"),
    ("data", "code", False, "contact_name;contact_phone" + NL + m(N, "Paweł Lewandowski") + ";" + m(P, "+48 601 234 567") + NL + m(N, "Zofia Kamińska") + ";" + m(P, "+48 512 987 654")),
    ("data", "code", False, "- name: " + m(N, "Ruairí Mac Giolla") + NL + "  email: " + m(E, "ruairi.macgiolla@tcd.ie") + NL + "  role: maintainer"),
    ("code", "code", False, "new Employee(\"" + m(N, "Dagný Kristjánsdóttir") + "\", \"" + m(E, "dagny.k@hi.is") + "\", LocalDate.of(2021, 3, 1));"),
    ("data", "code", False, "| Name | E-mail |" + NL + "|------|--------|" + NL + "| " + m(N, "Nnamdi Eze") + " | " + m(E, "nnamdi.eze@protonmail.com") + " |" + NL + "| " + m(N, "Adaeze Nwosu") + " | " + m(E, "adaeze.nwosu@gmail.com") + " |"),
    # --- HTML contact cards ---
    ("html", "html", False, "<div class=\"card\">" + NL + "  <h3>" + m(N, "Mireia Puigdomènech") + "</h3>" + NL + "  <p>Head of Sales</p>" + NL + "  <a href=\"mailto:" + m(E, "mireia.p@bcnlogistics.es") + "\">Email</a>" + NL + "</div>"),
    ("html", "html", False, "<section class=\"team\"><h2>" + m(N, "Kasper Nørgaard") + "</h2><span class=\"role\">CTO</span><span class=\"tel\">" + m(P, "+47 912 34 567") + "</span></section>"),
    ("html", "html", False, "<li><strong>" + m(N, "Yetunde Bakare") + "</strong> — Office manager, <a href=\"tel:" + m(P, "+2348031234567") + "\">call</a></li>"),
    # --- travel documents ---
    ("ticket", "en", False, "PNR X7KQ2L" + NL + "1. " + m(N, "OKAFOR/CHIDINMA MS") + NL + "2. " + m(N, "OKAFOR/IFEANYI MR") + NL + "LH 903 FRA-LHR 12DEC"),
    ("ticket", "en", False, "Passenger: " + m(N, "GARCIA LOPEZ/MARIA JOSE MRS") + "  Seat 14C  Gate B22"),
    # --- Surname, Given with particles; initials ---
    ("data", "en", False, "Author list: " + m(N, "van Rossum, Guido") + "; " + m(N, "de Groot, Annelies") + "; " + m(N, "Ó Briain, Dara") + "."),
    ("prose", "en", False, "Approved by " + m(N, "J. R. Hartley") + " and countersigned by " + m(N, "M. E. Okoro") + "."),
    ("prose", "en", False, "Report prepared by " + m(N, "A.K. Mbeki") + " for the board."),
    # --- attendee lists ---
    ("email", "en", False, "Attendees: " + m(N, "Rosalind Chen") + ", " + m(N, "Bogdan Ionescu") + ", " + m(N, "Leilani Kahale") + ", " + m(N, "Finnian Walsh") + NL + "Apologies: " + m(N, "Ximena Ortega")),
    ("email", "de", False, "Teilnehmer: " + m(N, "Henrike Vogt") + ", " + m(N, "Mehmet Yılmaz") + ", " + m(N, "Sören Albrecht")),
    ("email", "es", False, "Asistentes: " + m(N, "Nuria Castells") + ", " + m(N, "Íñigo Urrutia") + " y " + m(N, "Valentina Suárez") + "."),
    # --- relation: name beside its e-mail or signature ---
    ("email", "en", False, "From: " + m(N, "Caoimhe Doherty") + " <" + m(E, "caoimhe.doherty@ucd.ie") + ">" + NL + "To: billing@example.org" + NL + "Subject: duplicate charge"),
    ("email", "en", False, "Please loop in " + m(N, "Lars Eriksson") + " (" + m(E, "lars.eriksson@telia.se") + ") on the renewal."),
    ("email", "en", False, "Thanks again," + NL + m(N, "Ayodele Fashola") + NL + m(E, "ayodele.fashola@fmail.ng") + " | " + m(P, "+234 803 555 0198")),
    # --- addresses ---
    ("ticket", "es", False, "Enviar a: " + m(A, "Calle de Alcalá 123, 4º 2ª, 28009 Madrid") + "."),
    ("email", "es", False, "Mi nueva dirección es " + m(A, "C/ Mayor 7, 3º izq., 46001 Valencia") + ", por si me mandas algo."),
    ("ticket", "nl", False, "Afleveradres: " + m(A, "Prinsengracht 263-H, 1016 GV Amsterdam")),
    ("email", "nl", False, "Ons kantoor zit op " + m(A, "Oudegracht 158bis, 3511 AZ Utrecht") + "."),
    ("ticket", "pl", False, "Adres dostawy: " + m(A, "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa")),
    ("email", "pl", False, "Proszę wysłać fakturę na adres " + m(A, "ul. Długa 12/4, 80-827 Gdańsk") + "."),
    ("ticket", "no", False, "Leveringsadresse: " + m(A, "Storgata 15B, 0184 Oslo")),
    ("email", "no", False, "Jeg har flyttet til " + m(A, "Kongens gate 7, 7011 Trondheim") + "."),
    ("ticket", "es", False, "Dirección de entrega: " + m(A, "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX")),
    ("email", "es", False, "Nuestra oficina está en " + m(A, "Av. Corrientes 1234, piso 5, C1043 CABA") + ", Buenos Aires."),
    ("ticket", "pt", False, "Endereço: " + m(A, "Rua Augusta 1508, apto 32, São Paulo - SP, 01304-001")),
    ("email", "en", False, "Deliver to:" + NL + m(N, "Hamish Robertson") + NL + m(A, "Unit 4, 22 Chapel Street" + NL + "Richmond VIC 3121")),
    ("email", "en", False, "Postal address: " + m(A, "PO Box 118, Fremantle WA 6959") + " — please no couriers."),
    ("ticket", "en", False, "Ship to:" + NL + m(N, "Tamsin Whitlock") + NL + m(A, "48 Glebe Point Road" + NL + "Glebe NSW 2037")),
    ("email", "de", False, "Bitte an folgende Adresse:" + NL + m(N, "Familie Großmann") + NL + m(A, "Am Lindenhof 3a" + NL + "79098 Freiburg im Breisgau")),
    ("ticket", "fr", False, "Livraison :" + NL + m(N, "Mme Clémence Dubois") + NL + m(A, "Bât. C, 14 bis avenue Jean-Jaurès" + NL + "31000 Toulouse")),
    ("html", "html", False, "<address>" + m(N, "Rafael Domínguez") + "<br>" + m(A, "Carrera 7 # 71-21, Bogotá") + "</address>"),
    # --- UK National Insurance numbers ---
    ("ticket", "en", False, "New starter form: NI number " + m(ID, "JG 10 37 24 B") + ", tax code 1257L."),
    ("data", "code", False, "employee_id,ni_number,start_date" + NL + "E2291," + m(ID, "SK461829D") + ",2024-02-05" + NL + "E2292," + m(ID, "NP529184A") + ",2024-02-12"),
    ("email", "en", False, "My National Insurance number is " + m(ID, "AB 12 34 56 C") + " if payroll needs it."),
    # --- SSNs with dots ---
    ("ticket", "en", False, "W-9 received, SSN " + m(S, "536.22.1874") + ", filed under vendor 8812."),
    ("chat", "en", False, "her ssn is " + m(S, "412.67.3390") + " – don't paste that in the channel again pls"),
    # --- dob columns ---
    ("data", "code", False, "patient_id,first,last,dob" + NL + "P-0091," + m(N, "Aisling") + "," + m(N, "Keane") + "," + m(D, "1984-11-03") + NL + "P-0092," + m(N, "Oğuz") + "," + m(N, "Kaya") + "," + m(D, "1991-02-27")),
    ("data", "code", False, "INSERT INTO members (name, dob) VALUES ('" + m(N, "Petra Nováková") + "', '" + m(D, "1977-07-14") + "');"),
    ("data", "code", False, "{\"user\": \"" + m(E, "k.muller@gmx.de") + "\", \"dob\": \"" + m(D, "03/09/1969") + "\", \"plan\": \"family\"}"),
    ("data", "code", False, "name\tdob\tcity" + NL + m(N, "Hrafnhildur Jónsdóttir") + "\t" + m(D, "12.04.1988") + "\tReykjavík"),
    # --- command-line credentials ---
    ("shell", "code", False, "curl -s -u deploy:" + m(K, "Tr0mb0ne!77") + " https://nexus.internal/service/rest/v1/status"),
    ("shell", "code", False, "wget --user=backup --password=" + m(K, "B4ckUp#2024x") + " https://files.internal/db.tar.gz"),
    ("shell", "code", False, "http -a admin:" + m(K, "Qx9!mPz2vL") + " GET https://api.internal/health"),
    ("shell", "code", False, "$ curl -u 'svc_reports:" + m(K, "rEp0rtS&2025") + "' -X POST https://grafana.internal/api/snapshots"),
    # --- mixed realistic documents ---
    ("ticket", "de", False, "Von: " + m(N, "Franziska Müller-Lüdenscheidt") + NL + "Betreff: Rückruf" + NL + NL + "Bitte um Rückruf unter " + m(P, "+49 170 1234567") + ". Meine Kundennummer ist 448812." + NL + NL + "Beste Grüße" + NL + m(N, "F. Müller-Lüdenscheidt")),
    ("ticket", "en", False, "Refund request" + NL + "Name: " + m(N, "Declan Ó Murchú") + NL + "Card: " + m(C, "4111 1111 1111 1111") + NL + "Email: " + m(E, "declan.omurchu@gmail.com")),
    ("email", "fr", False, "Bonjour " + m(N, "Maëlle") + "," + NL + NL + "Pouvez-vous virer le solde sur " + m(I, "FR14 2004 1010 0505 0001 3M02 606") + " ?" + NL + NL + "Merci," + NL + m(N, "Loïc Le Gall")),
    ("email", "es", False, "Hola " + m(N, "Íker") + "," + NL + NL + "te paso mi IBAN: " + m(I, "ES91 2100 0418 4502 0005 1332") + NL + NL + "Gracias," + NL + m(N, "Pilar")),
    ("ticket", "pl", False, "Klient " + m(N, "Krzysztof Wójcik") + " prosi o zwrot na rachunek " + m(I, "PL61 1090 1014 0000 0712 1981 2874") + "."),
    ("ticket", "no", False, "Kunde " + m(N, "Sigrid Haraldsen") + " ønsker tilbakebetaling til " + m(I, "NO93 8601 1117 947") + "."),
    ("ticket", "tr", False, "Ödeme iadesi: " + m(I, "TR33 0006 1005 1978 6457 8413 26") + ", alıcı " + m(N, "Elif Şahin") + "."),
    ("code", "code", False, "# TODO(" + m(N, "Gráinne Ní Mhaille") + "): remove once the migration is done" + NL + "LEGACY_HOST = \"" + m(IP, "172.16.4.21") + "\""),
    ("code", "code", False, "git commit --author=\"" + m(N, "Søren Kierkegård") + " <" + m(E, "soren.k@fastmail.dk") + ">\" -m 'fix'"),
    ("chat", "en", False, "[11:02] " + m(N, "Mei Ling Tan") + ": the router at " + m(IP, "192.168.88.1") + " is back" + NL + "[11:03] " + m(N, "Óscar Benítez") + ": 👍"),
    ("ticket", "en", False, "Device registered: MAC " + m(MAC, "3C:22:FB:91:0A:7E") + ", owner " + m(N, "Ngaio Te Rangi") + "."),
    ("email", "en", False, "Hi " + m(N, "Saoirse") + ", my DOB is " + m(D, "2 March 1990") + " and my card ends 4242. Thanks, " + m(N, "Cian")),
    ("ticket", "it", False, "Paziente: " + m(N, "Gianluca Dell'Orto") + ", nato il " + m(D, "17/08/1975") + ", tel. " + m(P, "+39 333 918 2746") + "."),
    ("ticket", "ro", False, "Client: " + m(N, "Bogdan Vasilescu") + ", data nașterii " + m(D, "05.10.1983") + ", IBAN " + m(I, "RO49 AAAA 1B31 0075 9384 0000") + "."),
    ("data", "code", False, "{\"customer\": {\"name\": \"" + m(N, "Thuy Nguyen") + "\", \"phone\": \"" + m(P, "+61 412 345 678") + "\", \"address\": \"" + m(A, "12 Smith Street, Fitzroy VIC 3065") + "\"}}"),
    ("html", "html", False, "<table><tr><th>Name</th><th>Phone</th></tr><tr><td>" + m(N, "Ebere Chukwu") + "</td><td>" + m(P, "+234 809 123 4567") + "</td></tr></table>"),
    ("shell", "code", False, "ssh -i ~/.ssh/id_ed25519 deploy@" + m(IP, "198.51.100.23")),
    ("config", "code", False, "[smtp]" + NL + "host = mail.internal" + NL + "user = alerts" + NL + "password = " + m(K, "Sm7p-Al3rts!") + NL + "from = " + m(E, "alerts@ops.example.net")),
    ("chat", "en", False, "morning " + m(N, "Bronagh") + "! did " + m(N, "Eoghan") + " send you the rota?"),
    ("email", "en", False, "Dear " + m(N, "Ms Ní Dhomhnaill") + "," + NL + NL + "Thank you for your letter."),
    ("email", "de", False, "Sehr geehrter Herr " + m(N, "Özdemir") + "," + NL + NL + "vielen Dank für Ihre Nachricht."),
    ("email", "nl", False, "Geachte heer " + m(N, "Van den Broek") + "," + NL + NL + "Hierbij ontvangt u de offerte."),
    ("email", "es", False, "Estimada Sra. " + m(N, "Domínguez Ferrer") + ":" + NL + NL + "Le confirmamos su cita."),
    ("prose", "en", False, "The visa application for " + m(N, "Nguyễn Thị Minh Khai") + " was approved; passport " + m(ID, "C4829106") + "."),
    ("data", "code", False, "name,email" + NL + m(N, "Þóra Sigurðardóttir") + "," + m(E, "thora.s@visir.is")),
    ("chat", "en", False, "shoutout to " + m(N, "Adaobi") + " and " + m(N, "Tunde") + " for fixing the pipeline over the weekend 🎉"),
    ("ticket", "en", False, "Contact on site: " + m(N, "Rhys ap Gwilym") + ", mobile " + m(P, "07700 900982") + "."),
    ("email", "en", False, "— " + NL + m(N, "Ximena Quispe Mamani") + NL + "Coordinadora de Proyectos" + NL + m(P, "+51 987 654 321")),
    ("data", "code", False, "(\"" + m(N, "Ahmet Ertuğrul") + "\", \"" + m(P, "+90 555 123 45 67") + "\", \"" + m(A, "Bağdat Caddesi No: 145/3, 34728 Kadıköy/İstanbul") + "\")"),
    ("ticket", "en", False, "Ship to " + m(A, "221B Baker Street, London NW1 6XE") + ", attention " + m(N, "Mrs. Hudson") + "."),
]

hard = [
    # version numbers
    ("changelog", "code", True, "## 2.14.3.1 - 2024-05-02" + NL + "### Fixed" + NL + "- Crash when the cache is empty"),
    ("code", "code", True, "[assembly: AssemblyVersion(\"4.2.0.17\")]" + NL + "[assembly: AssemblyFileVersion(\"4.2.0.17\")]"),
    ("prose", "en", True, "See section 3.1.4.2 of the specification for the retry rules."),
    ("changelog", "code", True, "v10.0.19041.1 (2020-05-27): initial release of the driver bundle."),
    ("code", "code", True, "<PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3.1\" />"),
    ("prose", "de", True, "Gemäß Abschnitt 4.3.2.1 der Richtlinie ist eine Freigabe nötig."),
    ("changelog", "code", True, "Release 1.2.10.4" + NL + "* Updated translations (fr, de, nl)"),
    ("code", "code", True, "Microsoft Visual Studio Solution File, Format Version 12.00" + NL + "VisualStudioVersion = 17.8.34330.188"),
    # ZIP+4 and invalid SSNs
    ("prose", "en", True, "Mail the form to the processing center, ZIP 20598-0002, before April 15."),
    ("data", "code", True, "zip_code,county" + NL + "94105-1804,San Francisco" + NL + "10001-2062,New York"),
    ("prose", "en", True, "The famous Woolworth card number 078-05-1120 was printed in thousands of wallets and is invalid."),
    ("prose", "en", True, "Example placeholder SSNs such as 000-12-3456 or 666-45-6789 are never issued."),
    # SSH remotes
    ("shell", "code", True, "git remote add origin git@github.com:acme-corp/billing-service.git"),
    ("shell", "code", True, "git clone git@gitlab.internal:platform/infra-modules.git && cd infra-modules"),
    ("config", "code", True, "[remote \"upstream\"]" + NL + "\turl = git@bitbucket.org:team/mobile-app.git"),
    # placeholders
    ("config", "code", True, "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" + NL + "API_SECRET=<your-secret-here>"),
    ("code", "code", True, "client = Client(token=\"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\")"),
    ("prose", "en", True, "Replace sk_test_xxxxxxxxxxxxxxxxxxxxxxxx with your own key before running."),
    ("config", "code", True, "password: ********" + NL + "token: ${GITHUB_TOKEN}"),
    # product names
    ("ticket", "en", True, "Asset 44120: Dell Latitude 7440, assigned to the Leeds office. Battery swollen."),
    ("ticket", "en", True, "The Ford Transit van needs its MOT before the end of the month."),
    ("prose", "en", True, "We compared the Toyota Corolla, the Honda Civic and the Mazda Miata."),
    ("ticket", "en", True, "Replaced the Lenovo ThinkPad charger and the Logitech Brio webcam."),
    ("prose", "de", True, "Der Volkswagen Golf und der Opel Astra wurden zurückgegeben."),
    ("prose", "en", True, "Bought a Samsung Galaxy and an Apple Watch for the demo room."),
    # shipment and order numbers
    ("ticket", "en", True, "Shipment 4478 2210 9034 5561 left the depot at 06:40."),
    ("ticket", "en", True, "Order no. 1000 2000 3000 4000 has been dispatched via DHL."),
    ("email", "de", True, "Ihre Sendungsnummer lautet 00340434161094042557."),
    ("ticket", "en", True, "Tracking: 1Z999AA10123456784 (UPS Ground)."),
    ("data", "code", True, "order_id,total" + NL + "5012345678901234,19.99" + NL + "5012345678901242,42.50"),
    # other hard negatives
    ("prose", "en", True, "The meeting room on floor 3 seats 12 people and has a projector."),
    ("prose", "fr", True, "La réunion est prévue le 12 mars à 14 h dans la salle B."),
    ("prose", "es", True, "El informe trimestral muestra un crecimiento del 4,5 % frente al año anterior."),
    ("prose", "nl", True, "De trein van 08:15 naar Utrecht Centraal is vandaag uitgevallen."),
    ("code", "code", True, "for i in range(0, 255):" + NL + "    mask = 0xFFFF_FFFF >> i"),
    ("prose", "en", True, "Call the main switchboard extension 4400 for the front desk."),
    ("code", "code", True, "const UUID = \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\";"),
    ("prose", "en", True, "Dublin Bus route 46A runs every 12 minutes from Phoenix Park."),
    ("prose", "tr", True, "Toplantı salı günü saat 10:00'da Ankara ofisinde yapılacak."),
    ("prose", "pl", True, "Pociąg z Krakowa do Warszawy odjeżdża o 7:45 z peronu 3."),
    ("prose", "no", True, "Møtet er flyttet til rom 4.12 i tredje etasje."),
    ("data", "code", True, "sku,qty,price" + NL + "AB-1002,4,12.50" + NL + "AB-1003,10,7.25"),
    ("prose", "en", True, "Amazon Web Services and Google Cloud both offer this in Frankfurt."),
    ("code", "code", True, "docker pull registry.example.com/team/api:1.24.3.7"),
    ("prose", "ro", True, "Ședința de mâine începe la ora 9 în sala mare."),
    ("chat", "en", True, "lol that build took 17.5 minutes again, who broke the cache"),
]

all_cases = cases + hard
emit("blind2", all_cases)

# Verify the labels: strip the markup as the Java loader does and check each span's UTF-16 slice.
LABEL = re.compile("\u27e6([A-Z_]+)\\|([^\u27e7]*)\u27e7")
for kind, lang, hard_negative, marked in all_cases:
    plain, spans, pos = [], [], 0
    for mt in LABEL.finditer(marked):
        plain.append(marked[pos:mt.start()])
        start = len("".join(plain).encode("utf-16-le")) // 2
        plain.append(mt.group(2))
        end = len("".join(plain).encode("utf-16-le")) // 2
        spans.append((mt.group(1), start, end, mt.group(2)))
        pos = mt.end()
    plain.append(marked[pos:])
    units = "".join(plain).encode("utf-16-le")
    for t, s, e, v in spans:
        assert units[2 * s:2 * e].decode("utf-16-le") == v, (t, v)
        assert v == v.strip() and v, (t, v)
    assert "\u27e6" not in "".join(plain) and "\u27e7" not in "".join(plain)
print("%d cases, %d hard negatives" % (len(all_cases), len(hard)), file=sys.stderr)
