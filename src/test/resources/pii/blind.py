#!/usr/bin/env python3
"""A second hand-written batch, scored once before any recognizer change it could inspire.

Run: python3 src/test/resources/pii/blind.py > src/test/resources/pii/corpus-blind.jsonl
"""
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m  # noqa: F401
cases = [
    ("ticket", "en", False, "Hello support team, I am " + m(N, "George Harrison") + " and I was double charged. Please refund to my Visa " + m(C, "4000 0566 5566 5556") + ". You can reach me at " + m(E, "g.harrison1943@yahoo.co.uk") + " or " + m(P, "+44 161 496 0753") + "."),
    ("email", "en", False, "Hi " + m(N, "Ming") + "," + NL + NL + "Quick reminder that " + m(N, "Tomás Alvarez") + " starts Monday. His desk phone is " + m(P, "(312) 260-7716") + "." + NL + NL + "Thanks," + NL + m(N, "Rebecca")),
    ("chat", "en", False, "yo can u venmo me? or just send to my iban " + m(I, "FR76 3000 6000 0112 3456 7890 189") + " thx"),
    ("chat", "en", False, "the wifi password is " + m(K, "CoffeeBean#42") + " btw"),
    ("code", "code", False, "export OPENAI_API_KEY=\"" + m(K, "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7cDe0fGh3iJk6lMn") + "\""),
    ("code", "code", False, "git clone " + m(U, "https://oauth2:glpat-xYz123AbC456dEf789gH@gitlab.example.com/group/project.git")),
    ("code", "code", False, "Authorization: Basic " + m(K, "YWxhZGRpbjpvcGVuc2VzYW1l")),
    ("config", "code", False, "{\n  \"db\": {\"user\": \"report\", \"password\": \"" + m(K, "r3p0rt-Pa55") + "\"},\n  \"port\": 8080\n}"),
    ("log", "en", False, "sshd[2212]: Accepted publickey for deploy from " + m(IP, "81.2.69.142") + " port 50022 ssh2"),
    ("log", "en", False, "arp: " + m(IP, "192.168.0.17") + " moved from " + m(MAC, "3c:22:fb:90:11:aa") + " to " + m(MAC, "3c:22:fb:90:11:ab") + " on en0"),
    ("markdown", "en", False, "### Speaker\n**" + m(N, "Dr. Amara Okonkwo") + "**, University of Lagos. Contact: " + m(E, "a.okonkwo@unilag.edu.ng")),
    ("html", "en", False, "<tr><td>" + m(N, "Hannah Becker") + "</td><td>" + m(D, "1992-08-30") + "</td><td>" + m(P, "+49 171 2345678") + "</td></tr>"),
    ("email", "de", False, "Hallo " + m(N, "Herr Yilmaz") + "," + NL + "Ihre neue Telefonnummer " + m(P, "0176 98765432") + " ist hinterlegt." + NL + "Gruß" + NL + m(N, "Petra")),
    ("email", "fr", False, "Cher " + m(N, "Antoine") + ", mon RIB : " + m(I, "FR14 2004 1010 0505 0001 3M02 606") + ". Merci !"),
    ("ticket", "es", False, "La clienta " + m(N, "Carmen Ortega") + " (NIE " + m(ID, "X1234567L") + ") vive en " + m(A, "Avenida de la Constitución 12, 41004 Sevilla") + "."),
    ("ticket", "it", False, "Il signor " + m(N, "Giuseppe Verdi") + " chiede la fattura a " + m(E, "g.verdi@pec.it") + ", tel. " + m(P, "+39 02 8646 2111") + "."),
    ("form", "en", False, "Patient: " + m(N, "Robert Lang") + NL + "D.O.B.: " + m(D, "11/23/1958") + NL + "SSN: " + m(S, "512-44-7821") + NL + "Phone: " + m(P, "404-555-7731")),
    ("form", "en", False, "Emergency contact: " + m(N, "Linda Park") + ", " + m(P, "+1 917 555 0123") + ", " + m(A, "55 Water St, Brooklyn, NY 11201")),
    ("ticket", "en", False, "Card " + m(C, "5105 1051 0510 5100") + " exp 04/28 CVV 123 - customer insisted on reading it out loud."),
    ("ticket", "en", False, "Amex " + m(C, "378282246310005") + " flagged by fraud."),
    ("code", "code", False, "mysql -h db.internal -u root -p'" + m(K, "Tr1cky$Pass") + "' shop"),
    ("code", "code", False, "aws configure set aws_access_key_id " + m(K, "AKIA2OGYBAH6Q3EXAMPL") + NL + "aws configure set aws_secret_access_key " + m(K, "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")),
    ("log", "en", False, "redis: AUTH failed for " + m(U, "redis://:s3cr3tR3dis@10.1.2.3:6379") + " (WRONGPASS)"),
    ("chat", "en", False, "sent the contract to " + m(N, "Oliver Schmidt") + " at " + m(E, "oliver@schmidt-partner.de") + ", he'll sign tmrw"),
    ("chat", "de", False, "Kannst du " + m(N, "Lena") + " kurz anrufen? " + m(P, "0151 12345678")),
    ("markdown", "en", False, "- [x] rotate " + m(K, "xoxp-2345678901-2345678901-2345678901-abcdefabcdefabcdefabcdefabcdef12") + " (leaked in #general)"),
    ("html", "en", False, "<meta name=\"author\" content=\"" + m(N, "Samuel Johnson") + "\"><meta name=\"generator\" content=\"Hugo 0.121.1\">"),
    ("email", "en", False, "Ship to:" + NL + m(A, "1 Infinite Loop" + NL + "Cupertino, CA 95014")),
    ("email", "en", False, "Our office moved to " + m(A, "350 Fifth Avenue, New York, NY 10118") + "."),
    ("ticket", "en", False, "Passport no. " + m(ID, "533380006") + " issued 2019, expires 2029."),
    # hard negatives
    ("negative", "en", True, "Build 2024.11.3-rc1 (commit a1b2c3d) passed 1,024 tests in 312.5s."),
    ("negative", "en", True, "The account balance is 4,111,111.11 USD as of Q3."),
    ("negative", "en", True, "UUID v7 0190b1c2-3d4e-7f80-9a1b-2c3d4e5f6a7b sorts by time."),
    ("negative", "en", True, "Error 0x80070005 (access denied); see KB5034441."),
    ("negative", "en", True, "Room 4B, Building 12, floor 3; extension 4412."),
    ("negative", "en", True, "Formula: E = mc^2; c = 299,792,458 m/s; h = 6.62607015e-34 J*s."),
    ("negative", "en", True, "Use the `Authorization` header with the word Bearer followed by your token."),
    ("negative", "en", True, "Port range 49152-65535 is dynamic; 8080 and 8443 are common alternates."),
    ("negative", "en", True, "Monday, March 4, 2024 - quarterly review; dates 03/04/2024 and 2024-03-04 are the same."),
    ("negative", "en", True, "Product code 978-1-4028-9462-6-X is not an ISBN; batch 20240304-001."),
    ("negative", "de", True, "Die Lieferung erfolgt am 04.03.2024 zwischen 08:00 und 12:00 Uhr; Auftrag 4711-0815."),
    ("negative", "en", True, "Chapter 7: Secrets of the Pharaohs, pages 123-145."),
]

emit("blind", cases)
