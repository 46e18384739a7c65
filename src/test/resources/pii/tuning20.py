#!/usr/bin/env python3
"""Tuning cases for issue 20: the kinds of corpus-blind2.jsonl with other people, places and text.

Rules are developed against these; the blind set is only scored.

Run: python3 src/test/resources/pii/tuning20.py > src/test/resources/pii/corpus-tuning20.jsonl
"""
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m  # noqa: F401

cases = [
    ("data", "code", False, "INSERT INTO staff (name, email) VALUES ('" + m(N, "Orla Kavanagh") + "', '" + m(E, "orla.kavanagh@example.ie") + "');"),
    ("data", "code", False, "name,email" + NL + m(N, "Sindre Fjeld") + "," + m(E, "sfjeld@example.no") + NL + m(N, "Beatriz Olmedo") + "," + m(E, "beatriz.o@example.es")),
    ("code", "code", False, "people = [(\"" + m(N, "Tiago Freitas") + "\", \"" + m(E, "tiago.freitas@example.pt") + "\")]"),
    ("email", "en", False, "From: " + m(N, "Niamh Gallagher") + " <" + m(E, "niamh.gallagher@example.com") + ">" + NL + "Subject: minutes"),
    ("data", "code", False, "{\"fullName\": \"" + m(N, "Emeka Obi") + "\", \"mail\": \"" + m(E, "emeka.obi@example.ng") + "\"}"),
    ("ticket", "en", False, "Payroll form, NI no. " + m(ID, "CE 45 27 19 A") + ", start date 3 June."),
    ("ticket", "en", False, "Tax ID (SSN): " + m(S, "219.45.7712") + " on the W-4."),
    ("data", "code", False, "id,dob" + NL + "7," + m(D, "1962-05-30")),
    ("shell", "code", False, "curl -u jenkins:" + m(K, "J3nk!nsPw") + " https://ci.example.com/api"),
    ("changelog", "code", True, "# 3.2.1.0" + NL + "- faster startup"),
    ("code", "code", True, "<assemblyIdentity version=\"6.0.0.0\" name=\"System.Runtime\" />"),
    ("prose", "en", True, "As described in section 2.4.1.3, the client retries."),
    ("shell", "code", True, "git push git@github.example.com:tools/cli.git main"),
    ("config", "code", True, "SECRET_KEY=xxxxxxxxxxxxxxxxxxxx"),
    ("prose", "en", True, "Send it to ZIP 30301-1234 by Friday."),
    ("ticket", "en", True, "Loaner: Dell Precision 5570 and HP EliteBook."),
    ("ticket", "en", True, "Shipment no. 4411 2233 5566 7788 is on its way."),
    ("code", "code", True, "image: quay.io/org/app:2.3.4.5"),
    ("ticket", "es", False, "Dirección: " + m(A, "Calle Serrano 45, 2º B, 28001 Madrid")),
    ("ticket", "nl", False, "Adres: " + m(A, "Herengracht 12-A, 1015 BK Amsterdam")),
    ("ticket", "pl", False, "Adres: " + m(A, "ul. Piękna 3/7, 00-482 Warszawa")),
    ("ticket", "no", False, "Adresse: " + m(A, "Bygdøy allé 21, 0262 Oslo")),
    ("ticket", "en", False, "Address: " + m(A, "9 Ocean Street, Bondi NSW 2026")),
    ("email", "en", False, "Forwarding this from " + m(N, "Seán Ó Ceallaigh") + " in accounts."),
    ("email", "en", False, "The draft was reviewed by " + m(N, "Úna Nic Aodha") + " and " + m(N, "Owen ap Rhys") + "."),
    ("email", "nl", False, "Nieuw adres: " + m(A, "Nieuwe Binnenweg 88b, 3015 BC Rotterdam") + "."),
    ("ticket", "pl", False, "Adres: " + m(A, "ul. Słowackiego 5/12 m. 3, 30-018 Kraków")),
    ("ticket", "es", False, "Enviar a " + m(A, "Calle Mayor 10, 3º 1ª, 28013 Madrid")),
    ("ticket", "es", False, "Dirección: " + m(A, "Av. Santa Fe 2100, depto 7, C1123 CABA")),
    ("email", "en", False, "Our office: " + m(A, "Level 3, 100 King Street, Brisbane QLD 4000")),
]
emit("tuning20", cases)
