# Development set tuning20m: street addresses, phones, birth dates, IBANs, SSNs and names in documents of many countries and languages, with look-alike hard negatives.
from labels import A, D, E, I, ID, N, P, S, emit, m


def iban(cc, bban, spaced=True, lower=False):
    """An IBAN with computed mod-97 check digits, grouped by four when spaced."""
    n = int("".join(str(int(ch, 36)) for ch in (bban + cc + "00").upper()))
    raw = "%s%02d%s" % (cc, 98 - n % 97, bban)
    if spaced:
        raw = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw.lower() if lower else raw


def be(first10):
    """A Belgian BBAN: ten digits and their national mod-97 check."""
    r = int(first10) % 97
    return first10 + "%02d" % (r if r else 97)


cases = []
# ---------------------------------------------------------------- English-speaking countries
cases += [
    ("address", "en", False, f"""From: {m(N, 'Harriet Lomax')} <{m(E, 'h.lomax@fastmail.co.uk')}>
Subject: Change of address

Hi both,

Please update my records - from 1 June I'll be at {m(A, 'Flat 3, 27 Albemarle Road, Bristol BS6 5LP')}. The old flat at {m(A, '112 Gloucester Road, Bristol BS7 8AE')} goes back to the landlord on the 31st.

Mobile stays the same: {m(P, '07700 900418')}.

Thanks,
{m(N, 'Harriet')}"""),
    ("address", "en", False, f"""DELIVER TO:
Mr {m(N, 'Callum Rees')}
{m(A, '14 Kestrel Close')}
{m(A, 'HARROGATE')}
{m(A, 'HG2 8PL')}
United Kingdom
Tel: {m(P, '+44 (0)1423 508 227')}"""),
    ("address", "en", False, f"""Tenancy application - Section B (Current address)
Full name: {m(N, 'Priya Chaudhary')}
Date of birth: {m(D, '17/09/1993')}
Address line 1: {m(A, 'Flat 14B, Marlowe House, 3 Kennington Lane')}
Town/City + postcode: {m(A, 'London SE11 4RS')}
Time at address: 2 yrs 4 mths
Daytime phone: {m(P, '020 7946 0734')}"""),
    ("address", "en", False, f"""Our new clinic is open! Find us at {m(A, 'Unit 4, Riverside Business Park, Lower Bristol Road, Bath BA2 3DW')} - parking at the rear, entrance next to the carwash. Bookings on {m(P, '01225 904 316')}."""),
    ("address", "en", False, f"""Dear Ms {m(N, 'Ní Bhriain')},

Your Eircode has been confirmed as {m(A, 'Apt 12, Grand Canal Wharf, South Dock Road, Dublin 4, D04 X2P7')}. If you move again, ring us on {m(P, '+353 1 705 8841')} or {m(P, '087 214 6693')} (mobile team).

Is mise le meas,
{m(N, 'Ciarán Ó Dálaigh')}
Customer Accounts"""),
    ("address", "en", False, f"""Sender: {m(N, 'Aoife Brennan')}, {m(A, 'Ballyhale Cross, Knocktopher, Co. Kilkenny R95 K7T3')}
Recipient: {m(N, 'Seán Keogh')}, {m(A, '22 Mill Street, Galway H91 WP2C')}"""),
    ("address", "en", False, f"""Emergency contact form
Name ........... {m(N, 'Marcus T. Oyelaran')}
Relationship ... brother
Address ........ {m(A, '2217 N Hoyne Ave, Apt 2R, Chicago, IL 60647')}
Cell ........... {m(P, '(773) 486-3411')}
Work ........... {m(P, '(312) 603-7150')} ext. 214"""),
    ("address", "en", False, f"""Ship to:
{m(N, 'Dolores Whitfield')}
{m(A, '8841 Old Dowd Rd, Unit C')}
{m(A, 'Charlotte, NC 28214-2209')}"""),
    ("address", "en", False, f"""Hey it's {m(N, 'Jen')} - new place is {m(A, '4508 Baltimore Ave #3F, Philadelphia PA 19143')}, buzz 3F, the door sticks so push hard lol. My cell is {m(P, '267.884.3109')}"""),
    ("address", "en", False, f"""customer_id,full_name,street,city_state_zip,phone
88121,{m(N, 'Teresa Lindqvist')},{m(A, '1902 Alder Creek Way')},"{m(A, 'Boise, ID 83706')}",{m(P, '208-947-3315')}
88122,{m(N, 'Omar Haddad')},{m(A, '77 Pleasant St Apt 4')},"{m(A, 'Worcester, MA 01609')}",{m(P, '508-631-2084')}
88123,{m(N, 'Bethany Crouch')},{m(A, '3310 SW Multnomah Blvd')},"{m(A, 'Portland, OR 97219')}",{m(P, '(503) 719-0462')}"""),
    ("address", "en", False, f"""Landlord: {m(N, 'Gordon Pike')}, {m(A, '55 Harbord St, Unit 304, Toronto, ON M5S 2G1')}
Tenant: {m(N, 'Mei-Ling Foster')}
Rental unit: {m(A, '1188 Dundas St W, Basement, Toronto, ON M6J 1X4')}
Tenant phone: {m(P, '416-907-2253')}"""),
    ("address", "en", False, f"""Shipping label
{m(N, 'Rhiannon Tait')}
{m(A, '4120 Kingsway, Suite 1710')}
{m(A, 'Burnaby BC  V5H 4G9')}
CANADA
PH {m(P, '+1 604 418 7736')}"""),
    ("address", "en", False, f"""Pls send the bond refund to {m(N, 'Liam')} at {m(A, 'Unit 7/42 Beach Road, Bondi NSW 2026')} - he's my flatmate. Call him on {m(P, '0412 418 736')} if the courier can't get in."""),
    ("address", "en", False, f"""Patient: {m(N, 'KOWALCZYK, Anna')}   DOB: {m(D, '03/11/1958')}   Medicare no. on file
Address: {m(A, '16 Wattle Grove, Croydon North VIC 3136')}
Phone (H): {m(P, '(03) 9723 4418')}   (M): {m(P, '0438 220 917')}
Referred by Dr {m(N, 'Paul Nguyen')}, {m(A, 'Level 2, 250 Collins St, Melbourne VIC 3000')}"""),
    ("address", "en", False, f"""Kia ora {m(N, 'Tama')},
Your parcel could not be delivered to {m(A, 'Flat 2, 18 Kelburn Parade, Kelburn, Wellington 6012')}. Collect it from the depot or call {m(P, '0800 501 466')}.
Alternatively text {m(P, '021 424 9251')} to rebook."""),
    ("address", "en", False, f"""RD address for the lifestyle block: {m(A, '1472 Kaiaua Road, RD 3, Pokeno 2473')} - owner {m(N, 'Hemi Walker')}, ph {m(P, '(09) 233 6148')}."""),
    ("phone", "en", False, f"""[Call transcript 14:02]
AGENT: And the best number to reach you?
CALLER: It's {m(P, 'oh seven seven double oh, nine hundred, five one two')}.
AGENT: So {m(P, 'oh seven seven double oh, nine hundred, five one two')}, got it. And a landline?
CALLER: Yeah, {m(P, '0161 496 0827')}.
AGENT: Thanks Mr {m(N, 'Okafor')}."""),
    ("phone", "en", False, f"""Voicemail (auto-transcribed): "Hi, this is {m(N, 'Dana')} from the surgery, could you call me back on {m(P, 'six one seven, two two four, eight nine three oh')}? Thanks." Caller ID: {m(P, '+1 617 224 8930')}"""),
    ("phone", "en", False, f"""{m(N, 'Rebecca Hollis')} | Senior Account Manager
Northfield Logistics Ltd
{m(A, '4th Floor, 20 Market Street, Leeds LS1 6DT')}
T: {m(P, '+44 (0) 113 496 0215')}  M: {m(P, '+44 7700 900 377')}
Company reg. 08814320 | VAT GB 294 1873 06"""),
    ("phone", "en", False, f"""WhatsApp me on {m(P, '+234 803 421 1408')} or call the office line {m(P, '01-270 4419')}. - {m(N, 'Chinedu')}"""),
    ("dob", "en", False, f"""The deceased, {m(N, 'Margaret Anne Sutcliffe')} (née {m(N, 'Harland')}), born {m(D, '14 February 1941')} in Leeds, passed away peacefully on 2 March 2024 aged 83. She lived at {m(A, '9 Ash Grove, Headingley, Leeds LS6 3JD')} for over fifty years."""),
    ("dob", "en", False, f"""Re: Application for {m(N, 'Ethan')}
Hi, my son was born on {m(D, 'March 3rd, 2016')} so he's 8 now — is he eligible for the Junior squad or the U10s? Training is at the Riverside pitches on Saturdays, which suits us. Cheers, {m(N, 'Kirsty McAllister')}"""),
    ("ssn", "en", False, f"""EMPLOYEE'S WITHHOLDING CERTIFICATE (W-4) — Step 1
(a) First name and middle initial: {m(N, 'Darnell J.')}   Last name: {m(N, 'Whitaker')}
(b) Social security number: {m(S, '412-78-9036')}
Address: {m(A, '6020 Cedar Bluff Rd, Apt 11')}
City or town, state, and ZIP code: {m(A, 'Knoxville, TN 37923')}
(c) [x] Single or Married filing separately"""),
    ("ssn", "en", False, f"""Hi {m(N, 'Sandra')}, for the mortgage pre-approval I'll need both SSNs. Mine is {m(S, '231 64 8807')} and {m(N, 'Rob')}'s is {m(S, '529-41-3378')}. Our DOBs: me {m(D, '8/22/1985')}, him {m(D, '1/4/1983')}. Thanks - {m(N, 'Alicia')}"""),
]
# ---------------------------------------------------------------- English elsewhere: India, Africa, Gulf, Asia-Pacific
cases += [
    ("address", "en", False, f"""KYC - Address Proof
Applicant: {m(N, 'Venkatesh Raghunathan')}
Date of Birth: {m(D, '22-07-1979')}
Permanent Address:
{m(A, 'Flat No. 304, Sai Krupa Apartments, 5th Cross, Malleshwaram')}
{m(A, 'Bengaluru - 560003, Karnataka')}
Mobile: {m(P, '+91 98450 12347')}"""),
    ("address", "en", False, f"""Deliver at {m(A, 'H.No. 12-2-417/A, Near Hanuman Temple, Gudimalkapur, Hyderabad - 500028')}. Contact {m(N, 'Srinivas')} {m(P, '9849 071 336')} before coming, gate is locked after 9pm."""),
    ("address", "en", False, f"""Order #IN-44817230 | COD
Name: {m(N, 'Pooja Malhotra')}
Address: {m(A, 'B-214, Second Floor, Lajpat Nagar II, New Delhi 110024')}
Landmark: opposite Central Market
Alt. phone: {m(P, '011-2981 4470')}"""),
    ("address", "en", False, f"""To,
The Branch Manager,
State Bank of India, Kothrud Branch, Pune

Sub: Change of registered mobile number

Respected Sir/Madam,
I, {m(N, 'Anil Deshpande')}, holding SB account at your branch, residing at {m(A, '17, Shubham Heights, Paud Road, Kothrud, Pune 411038')}, request you to update my mobile from {m(P, '98220 41736')} to {m(P, '+91 77098 36214')}.
Yours faithfully,
{m(N, 'Anil Deshpande')}"""),
    ("address", "en", False, f"""Guest: {m(N, 'Adaeze Nwosu')}
Home address: {m(A, 'No. 14 Awolowo Road, Ikoyi, Lagos')}
Office: {m(A, 'Plot 1420, Adeola Odeku Street, Victoria Island, Lagos')}
Phone: {m(P, '0803 468 7054')} / {m(P, '+234 1 463 0981')}"""),
    ("address", "en", False, f"""Tenancy notice — {m(N, 'Wanjiru Kamau')}, {m(A, 'Hse No. 7, Argwings Kodhek Road, Kilimani, Nairobi')}. Postal: P.O. Box 30512-00100 Nairobi. Tel {m(P, '+254 722 418 739')}."""),
    ("address", "en", False, f"""M-Pesa agent registration
Agent name: {m(N, 'Otieno Ochieng')}
Physical location: {m(A, 'Shop 12, Kenyatta Market, Ngong Road, Nairobi')}
Phone: {m(P, '0722 418739')}
Date of birth: {m(D, '1988-05-30')}"""),
    ("address", "en", False, f"""FICA documents received for {m(N, 'Thandiwe Mokoena')}:
Residential address: {m(A, 'Unit 5, 23 Jan Smuts Avenue, Parktown, Johannesburg, 2193')}
Cell: {m(P, '082 418 3927')}  Work: {m(P, '+27 11 481 3920')}
Bank: {m(I, iban('GB', 'NWBK60730112846531'))} (UK account, offshore)"""),
    ("address", "en", False, f"""Delivery details
Recipient: {m(N, 'Ma. Cristina Dela Cruz')}
{m(A, 'Unit 1208, The Residences, 123 Ayala Avenue')}
{m(A, 'Brgy. San Lorenzo, Makati City 1223, Metro Manila')}
Mobile: {m(P, '0917 488 4470')}  Landline: {m(P, '(02) 8428 3733')}"""),
    ("address", "en", False, f"""Booking confirmation
Lead guest: {m(N, 'Fatima Al Mansoori')}
Address: {m(A, 'Apartment 1204, Marina Heights Tower, Al Marsa Street, Dubai Marina, Dubai')}
P.O. Box 118822, Dubai
Mobile: {m(P, '+971 50 423 2804')}
IBAN for refund: {m(I, iban('AE', '0264469143609878635'))}"""),
    ("phone", "en", False, f"""Contact list (exported)
{m(N, 'Ravi Shankar Iyer')}	{m(P, '+91-80-2558-1947')}	office
{m(N, 'Lakshmi Iyer')}	{m(P, '+91 94480 66213')}	mobile
{m(N, 'Karthik')}	{m(P, '044 2815 3390')}	Chennai home"""),
    ("phone", "en", False, f"""Hotline (Sg): {m(P, '+65 6429 2292')} · WhatsApp {m(P, '+65 9184 2273')} · ask for {m(N, 'Jia Hui')}"""),
    ("dob", "en", False, f"""Candidate profile
Name: {m(N, 'Samuel Adeyemi Ogunleye')}
D.O.B: {m(D, '4th Jan 1996')}
Age: 28
State of Origin: Ogun
Phone: {m(P, '0809 772 1148')}"""),
    ("iban", "en", False, f"""Please pay the deposit to:
Account name: {m(N, 'Niamh Gallagher')}
IBAN:
{m(I, iban('IE', 'AIBK93208647193025'))}
BIC: AIBKIE2D"""),
    ("iban", "en", False, f"""Our bank details changed. New: {m(I, iban('GB', 'BARC20006783421905', spaced=False))} (Barclays). Old account ending 4471 is closed. — {m(N, 'Tom')}"""),
]
# ---------------------------------------------------------------- German-speaking countries
cases += [
    ("address", "de", False, f"""Mietvertrag – Angaben zum Mieter
Name, Vorname: {m(N, 'Brandstätter, Jonas')}
Geburtsdatum: {m(D, '12.03.1987')}
Bisherige Anschrift: {m(A, 'Lindenstraße 17, 3. OG links, 10969 Berlin')}
Telefon: {m(P, '030/2589 4417')}
Mobil: {m(P, '0171 4839217')}
Bankverbindung (IBAN): {m(I, iban('DE', '100100100648271930'))}"""),
    ("address", "de", False, f"""Hallo {m(N, 'Svenja')},
ab nächster Woche wohnen wir in {m(A, 'Am Hochacker 4a, 85630 Grasbrunn')} – die alte Wohnung in der {m(A, 'Schleißheimer Str. 212, Rgb., 80809 München')} geben wir Ende Mai ab. Festnetz kommt erst noch, bis dahin über {m(P, '+49 (0)151 2874 3306')}.
LG {m(N, 'Tobias')} & {m(N, 'Mia')}"""),
    ("address", "de", False, f"""Absender:
{m(N, 'Hildegard Schönfeld')}
{m(A, 'Kirchweg 9')}
{m(A, '37073 Göttingen')}

An das Finanzamt Göttingen
Steuernummer 20/215/14706
Betreff: Einkommensteuererklärung 2023"""),
    ("address", "de", False, f"""Mit freundlichen Grüßen

Dr. {m(N, 'Katrin Weidemann')}
Rechtsanwältin
Kanzlei Weidemann & Roth PartG mbB
{m(A, 'Neuer Wall 54, 20354 Hamburg')}
Tel. {m(P, '+49 40 3509 8812')} | Fax {m(P, '+49 40 3509 8899')}"""),
    ("address", "de", False, f"""Lieferadresse: {m(N, 'Ömer Yıldırım')}, c/o Bäckerei Kuhn, {m(A, 'Hauptstr. 101, Hinterhaus, 2. Stock, 69117 Heidelberg')} – bitte am Lieferanteneingang klingeln. Rückfragen: {m(P, '06221 / 27 03 62')}"""),
    ("address", "de", False, f"""Österreichische Post – Nachsendeauftrag
Name: {m(N, 'Magdalena Pichler')}
Alte Adresse: {m(A, 'Mariahilfer Straße 88/2/14, 1070 Wien')}
Neue Adresse: {m(A, 'Schubertstraße 31/5, 8010 Graz')}
Telefon: {m(P, '+43 664 490 1225')}
Geburtsdatum: {m(D, '05.08.1972')}"""),
    ("address", "de", False, f"""Grüezi Herr {m(N, 'Baumgartner')}
Die Rechnung geht bitte an {m(A, 'Bahnhofstrasse 21, 8001 Zürich')}, z.H. Frau {m(N, 'Nadine Gisler')}. Zahlung auf {m(I, iban('CH', '00700133853357549'))}.
Freundliche Grüsse, {m(N, 'Reto Ammann')}, {m(P, '044 491 72 81')}"""),
    ("phone", "de", False, f"""Telefonnotiz 14:35 – Rückruf erbeten
Anrufer: Herr {m(N, 'Kowalski')} (Hausverwaltung)
Nummer: {m(P, '0 89 / 45 21 88 30')} oder mobil {m(P, '0160-98 44 17 23')}
Anliegen: Wasserschaden Whg. 7, Handwerker kommt Do."""),
    ("phone", "de", False, f"""Notfallnummern Kita Sonnenblume
Mutter ({m(N, 'Julia Hartmann')}): {m(P, '0176/55 48 12 09')}
Vater ({m(N, 'Sebastian Hartmann')}): {m(P, '+49 (0) 172 – 390 41 86')}
Oma: {m(P, '02 21 / 9 41 27 73')}"""),
    ("dob", "de", False, f"""Geburtsanzeige: Wir freuen uns über die Geburt unserer Tochter {m(N, 'Lotte')}, geboren am {m(D, '14. Februar 2024')} um 6:12 Uhr, 3420 g, 51 cm. Die glücklichen Eltern {m(N, 'Anna')} und {m(N, 'Felix Brunner')}"""),
    ("dob", "de", False, f"""Personalbogen
Name: {m(N, 'Krüger')}   Vorname: {m(N, 'Dennis')}
geb. am: {m(D, '29.02.1988')}   in: Rostock   Alter: 36
Familienstand: ledig
IBAN: {m(I, iban('DE', '130500004332899568', lower=True))}
Steuer-ID: {m(ID, '47 036 892 815')}"""),
    ("iban", "de", False, f"""Überweisung bitte an:
Kontoinhaberin: {m(N, 'Elke Vogelsang')}
IBAN
{m(I, iban('DE', '500105175402918377'))}
BIC INGDDEFFXXX
Verwendungszweck: Kaution {m(A, 'Gartenstr. 3')}"""),
    ("iban", "de", False, f"""Rückerstattung an {m(N, 'Lukas Egger')}, IBAN {m(I, iban('AT', '2011182918374600'))}, BIC GIBAATWWXXX – Betrag EUR 128,40."""),
]

# ---------------------------------------------------------------- French-speaking
cases += [
    ("address", "fr", False, f"""Objet : Attestation d'hébergement

Je soussignée {m(N, 'Nathalie Giraud')}, née le {m(D, '2 avril 1968')} à Nantes, demeurant {m(A, '12 rue des Lilas, Bât. C, 3e étage, 69003 Lyon')}, atteste sur l'honneur héberger à mon domicile M. {m(N, 'Karim Benali')}, né le {m(D, '19/11/1995')}, depuis le 1er septembre.
Fait à Lyon. Tél. : {m(P, '06 47 83 21 95')}"""),
    ("address", "fr", False, f"""Mme {m(N, 'Sophie Lefèvre')}
{m(A, 'Résidence Les Tilleuls, Esc. B, Appt 24')}
{m(A, '8 avenue Jean-Jaurès')}
{m(A, '31400 Toulouse')}
FRANCE"""),
    ("address", "fr", False, f"""Cordialement,
{m(N, 'Émilie Rousseau')}
Cabinet d'architecture Arcadia
{m(A, '47 boulevard Haussmann, 75009 Paris')}
Tél. {m(P, '+33 (0)1 42 68 53 07')} – Port. {m(P, '07 81 44 92 16')}
SIRET 812 447 905 00021"""),
    ("address", "fr", False, f"""Coordonnées du locataire
Nom : {m(N, 'Diallo')}   Prénom : {m(N, 'Aminata')}
Adresse : {m(A, 'Rue Haute 214 bte 3, 1000 Bruxelles')}
GSM : {m(P, '0475 12 84 36')}
Compte : {m(I, iban('BE', be('0630775106')))}"""),
    ("address", "fr", False, f"""Bonjour, je vous écris pour mon père, {m(N, 'Jean-Claude Perrin')}, qui habite au {m(A, '3 chemin des Vignes, 1261 Le Vaud')} (VD). Pourriez-vous le rappeler au {m(P, '+41 22 468 44 39')} ou sur son natel {m(P, '079 418 62 36')} ? Merci, {m(N, 'Céline')}"""),
    ("address", "fr", False, f"""Avis de passage – colis en instance
Destinataire : M. {m(N, 'Tremblay Louis')}
{m(A, '1480, rue Saint-Denis, app. 5, Montréal (Québec) H2X 3J8')}
Présentez-vous au comptoir avec une pièce d'identité. Info : {m(P, '1 866 607-6301')}"""),
    ("phone", "fr", False, f"""Transcription d'appel
Cliente : Oui c'est madame {m(N, 'Fontaine')}, vous pouvez me joindre au {m(P, 'zéro six, quarante-sept, quatre-vingt-trois, vingt et un, quatre-vingt-quinze')}.
Conseiller : Je note le {m(P, 'zéro six, quarante-sept, quatre-vingt-trois, vingt et un, quatre-vingt-quinze')}, soit le {m(P, '06.47.83.21.95')}."""),
    ("phone", "fr", False, f"""Astreinte week-end : {m(N, 'Yannick')} {m(P, '06-12-48-73-90')} / {m(N, 'Laure')} {m(P, '+33 6 58 20 17 44')}. Standard : {m(P, '04 72 10 38 55')} (fermé)."""),
    ("dob", "fr", False, f"""Fiche d'inscription – Club de judo
Nom : {m(N, 'Moreau')}  Prénom : {m(N, 'Lucas')}
Date de naissance : {m(D, '07/06/2013')}   Catégorie : Minimes
Responsable légal : {m(N, 'Isabelle Moreau')}, {m(P, '06 21 45 78 33')}
Adresse : {m(A, '5 impasse du Moulin, 44300 Nantes')}"""),
    ("iban", "fr", False, f"""RIB
Titulaire : M. {m(N, 'Hugo Marchand')}
Domiciliation : BNP PARIBAS LYON BELLECOUR
IBAN : {m(I, iban('FR', '30004008210001284719362'))}
BIC : BNPAFRPPXXX"""),
    ("iban", "fr", False, f"""Merci de régler la caution par virement sur le compte {m(I, iban('FR', '20041010050518372C02147', spaced=False))} (La Banque Postale) au nom de Mme {m(N, 'Odile Garnier')}."""),
]
# ---------------------------------------------------------------- Spanish, Portuguese, Italian, Dutch, Catalan
cases += [
    ("address", "es", False, f"""Datos del solicitante
Nombre y apellidos: {m(N, 'María del Carmen Ruiz Olmedo')}
Fecha de nacimiento: {m(D, '23/05/1974')}
Domicilio: {m(A, 'C/ de Mallorca, 287, 3º 2ª, 08037 Barcelona')}
Teléfono: {m(P, '+34 932 18 47 60')}  Móvil: {m(P, '612 48 39 27')}
IBAN: {m(I, iban('ES', '00491806932710438265'))}"""),
    ("address", "es", False, f"""Hola {m(N, 'Javi')}! Ya estamos en el piso nuevo: {m(A, 'Calle de Alcalá 154, 5º izq., 28009 Madrid')}. El portero se llama {m(N, 'Paco')}, dile que vienes al quinto. Mi móvil nuevo: {m(P, '655 71 20 48')}"""),
    ("address", "es", False, f"""Remitente: {m(N, 'Guadalupe Hernández Soto')}
{m(A, 'Calle Durango 214, Int. 5, Col. Roma Norte')}
{m(A, 'Cuauhtémoc, 06700 Ciudad de México, CDMX')}
Tel. {m(P, '55 4187 2296')}"""),
    ("address", "es", False, f"""Estimado {m(N, 'Rodrigo')}:
Le confirmamos la entrega en {m(A, 'Av. Corrientes 3247, piso 4° B, C1193AAF CABA')}. Si no hay nadie, el encargado del edificio (Don {m(N, 'Aníbal')}) puede recibir. Consultas: {m(P, '+54 11 4312-8876')} o al celular {m(P, '11 15-4431-5072')}."""),
    ("address", "es", False, f"""CONTRATO DE ARRIENDO
Arrendatario: {m(N, 'Felipe Andrés Contreras Muñoz')}, RUT {m(ID, '16.482.937-5')}, domiciliado en {m(A, 'Av. Providencia 1760, depto. 1203, Providencia, Santiago')}, teléfono {m(P, '+56 9 8411 8022')}."""),
    ("address", "es", False, f"""Formulario de afiliación
Nombre: {m(N, 'Luz Marina Ocampo')}
Cédula: {m(ID, '52.418.736')}
Dirección: {m(A, 'Carrera 7 # 72-41, Apto 802, Bogotá')}
Barrio: Chapinero
Celular: {m(P, '310 437 1341')}
Fecha de nacimiento: {m(D, '11 de marzo de 1981')}"""),
    ("address", "es", False, f"""Enviar a: {m(N, 'Julián Restrepo')}, {m(A, 'Calle 10 Sur # 43A-15, Torre 2, Apto 1104, El Poblado, Medellín')} – tel {m(P, '(604) 434 7260')}"""),
    ("phone", "es", False, f"""[Transcripción llamada]
Operador: ¿Me puede dar un teléfono de contacto?
Cliente: Sí, el {m(P, 'seis uno dos, cuarenta y ocho, treinta y nueve, veintisiete')}.
Operador: Confirmo, {m(P, 'seis uno dos, cuarenta y ocho, treinta y nueve, veintisiete')}. Gracias, señora {m(N, 'Ibáñez')}."""),
    ("dob", "es", False, f"""Acta de nacimiento – extracto
Nombre del registrado: {m(N, 'Sofía Valentina Martínez Ríos')}
Fecha de nacimiento: {m(D, '8 de julio de 2019')}
Madre: {m(N, 'Daniela Ríos Paredes')}
Padre: {m(N, 'Eduardo Martínez Lugo')}
Domicilio: {m(A, 'Av. Revolución 1420, Col. San Ángel, 01000 Álvaro Obregón, CDMX')}"""),
    ("iban", "es", False, f"""Para la domiciliación del recibo, indique su IBAN:
{m(I, iban('ES', '21003921470200184726'))}
Titular: {m(N, 'Ignacio Serrano Vidal')}"""),
    ("address", "pt", False, f"""Ficha de cliente
Nome: {m(N, 'Ana Rita Figueiredo')}
Data de nascimento: {m(D, '16-10-1990')}
Morada: {m(A, 'Rua da Boavista 412, 3.º Esq., 4050-105 Porto')}
Telemóvel: {m(P, '912 418 376')}
NIF: {m(ID, '248 173 952')}
IBAN: {m(I, iban('PT', '003506830000038471934'))}"""),
    ("address", "pt", False, f"""Olá {m(N, 'Rui')}, a festa é em casa da {m(N, 'Inês')}: {m(A, 'Av. da República 58, 6.º Dto, 1050-196 Lisboa')}. Liga para o {m(P, '+351 213 510 976')} se te perderes."""),
    ("address", "pt", False, f"""Dados para entrega
Destinatário: {m(N, 'Carlos Eduardo Nogueira')}
Endereço: {m(A, 'Rua Augusta, 1508, apto 72 – Consolação')}
{m(A, 'São Paulo – SP, 01304-001')}
Celular/WhatsApp: {m(P, '(11) 98472-3316')}
CPF: {m(ID, '418.273.916-77')}"""),
    ("address", "pt", False, f"""Prezada {m(N, 'Fernanda')},
segue meu novo endereço para a correspondência: {m(A, 'SQS 308 Bloco C, apto 204, Asa Sul, Brasília – DF, 70355-030')}. Telefone fixo {m(P, '(61) 3248-7731')}.
Abraços, {m(N, 'Marcelo Tavares')}"""),
    ("phone", "pt", False, f"""Plantão do fim de semana: Dra. {m(N, 'Beatriz')} – {m(P, '+55 21 99423-6812')}; Enf. {m(N, 'Paulo')} – {m(P, '21 2548-7731')}"""),
    ("dob", "pt", False, f"""Certidão: {m(N, 'João Pedro Almeida Costa')}, nascido em {m(D, '3 de janeiro de 2002')}, filho de {m(N, 'Maria Helena Almeida')}."""),
    ("iban", "pt", False, f"""Transferência para: {m(N, 'Teresa Pinto')} – IBAN {m(I, iban('PT', '003300004531827390405', lower=True))}"""),
    ("address", "it", False, f"""Spett.le Condominio,
io sottoscritto {m(N, 'Giuseppe Caruso')}, nato a Palermo il {m(D, '14/09/1963')}, residente in {m(A, 'Via Garibaldi 18, scala B, int. 7, 10122 Torino (TO)')}, comunico il nuovo recapito telefonico {m(P, '338 412 9087')}.
IBAN per rimborsi: {m(I, iban('IT', 'K0306909606100000072483'))}
Distinti saluti"""),
    ("address", "it", False, f"""Dott.ssa {m(N, 'Francesca Bianchi')}
Studio Medico Associato
{m(A, 'Corso Vittorio Emanuele II 142, piano 2')}
{m(A, '80121 Napoli (NA)')}
Tel. {m(P, '+39 081 764 2318')} – Cell. {m(P, '+39 347 228 1940')}"""),
    ("address", "it", False, f"""Ciao {m(N, 'Ale')}, l'indirizzo per il pacco è {m(A, 'Via dei Serpenti 41, int. 3, 00184 Roma')}, citofono {m(N, 'Lombardi')}. Se non rispondo chiama {m(P, '06 6982 1134')}."""),
    ("dob", "it", False, f"""Anagrafica paziente
Cognome: {m(N, 'Esposito')}  Nome: {m(N, 'Chiara')}
Data di nascita: {m(D, '02/12/1952')}  Età: 71
Codice fiscale: {m(ID, 'SPSCHR52T42F839F')}
Residenza: {m(A, 'Piazza Carlo Alberto 6, 20900 Monza (MB)')}"""),
    ("iban", "it", False, f"""Coordinate bancarie: {m(N, 'Marco Ferri')}
IBAN {m(I, iban('IT', 'S0200805364000104718263', spaced=False))}"""),
    ("address", "nl", False, f"""Beste {m(N, 'Sanne')},
Mijn nieuwe adres is {m(A, 'Prinsengracht 263-II, 1016 GV Amsterdam')}. Bel gerust: {m(P, '06-48271936')}.
Groet, {m(N, 'Daan de Vries')}"""),
    ("address", "nl", False, f"""Huurder: {m(N, 'Fleur van den Berg')}
Adres: {m(A, 'Bloemstraat 12 bis')}
Postcode/plaats: {m(A, '3581 WC Utrecht')}
Geboortedatum: {m(D, '21-06-1998')}
Telefoon: {m(P, '+31 (0)30 231 8847')}
IBAN: {m(I, iban('NL', 'INGB0006824193'))}"""),
    ("address", "nl", False, f"""Met vriendelijke groet,
{m(N, 'Pieter Janssens')}
{m(A, 'Kerkstraat 41 bus 2, 2018 Antwerpen')}
gsm {m(P, '0496 13 70 04')}
rekening {m(I, iban('BE', be('3631047285')))}"""),
    ("phone", "nl", False, f"""Bereikbaarheid praktijk: {m(P, '020 - 624 11 87')} (spoed: {m(P, '+31 6 1827 3940')}). Vraag naar {m(N, 'Ingrid')}."""),
    ("iban", "nl", False, f"""Tikkie-alternatief: maak €42,50 over naar {m(I, iban('NL', 'RABO0318472916', lower=True, spaced=False))} t.n.v. {m(N, 'J. Bakker')}"""),
    ("address", "ca", False, f"""Benvolguda {m(N, 'Núria')},
T'escric per confirmar la reserva. L'adreça de l'apartament és {m(A, 'Carrer de Verdi 74, 2n 1a, 08012 Barcelona')}. El meu telèfon és el {m(P, '+34 693 64 48 86')}.
Una abraçada, {m(N, 'Jordi Puigdomènech')}"""),
    ("dob", "ca", False, f"""Fitxa d'inscripció – Casal d'estiu
Nom de l'infant: {m(N, 'Pau Ferrer i Soler')}
Data de naixement: {m(D, '15 de maig de 2014')}
Telèfon de la mare ({m(N, 'Montse')}): {m(P, '672 51 48 98')}"""),
]
# ---------------------------------------------------------------- Central and Eastern Europe, Greece, Turkey
cases += [
    ("address", "pl", False, f"""Dane najemcy
Imię i nazwisko: {m(N, 'Katarzyna Wiśniewska')}
Data urodzenia: {m(D, '14.02.1990')}
Adres zamieszkania: {m(A, 'ul. Marszałkowska 84/92 m. 117, 00-514 Warszawa')}
Telefon: {m(P, '+48 601 556 188')}
PESEL: {m(ID, '90021408428')}
Nr rachunku: {m(I, iban('PL', '102010260000132847193652'))}"""),
    ("address", "pl", False, f"""Cześć {m(N, 'Kuba')}, przesyłkę wyślij proszę na {m(A, 'os. Piastów 12/45, 31-624 Kraków')}, a jak kurier nie dotrze, niech dzwoni do mojej mamy {m(P, '12 695 94 23')}. Dzięki! {m(N, 'Ola')}"""),
    ("address", "pl", False, f"""Z poważaniem
{m(N, 'Tomasz Zieliński')}
Kancelaria Radcy Prawnego
{m(A, 'ul. Piotrkowska 112 lok. 4, 90-006 Łódź')}
tel. {m(P, '42 630 18 47')}, kom. {m(P, '501 531 311')}
NIP 725-182-44-91"""),
    ("phone", "pl", False, f"""Transkrypcja: „Proszę zapisać mój numer: {m(P, 'pięćset jeden, osiemset czterdzieści siedem, trzysta dziewięćdziesiąt dwa')}.” – Konsultant powtarza: {m(P, 'pięćset jeden, osiemset czterdzieści siedem, trzysta dziewięćdziesiąt dwa')}. Klient: pan {m(N, 'Nowak')}."""),
    ("iban", "pl", False, f"""Proszę o zwrot na konto: {m(I, iban('PL', '114020041103318002631446', spaced=False))} – {m(N, 'Marta Kamińska')}"""),
    ("address", "cs", False, f"""Objednávka č. 2024/08817
Jméno: {m(N, 'Petra Dvořáková')}
Doručovací adresa: {m(A, 'Vinohradská 1511/230, 100 00 Praha 10')}
Telefon: {m(P, '+420 602 118 447')}
Datum narození (pro ověření věku): {m(D, '3. 7. 1985')}
Číslo účtu (IBAN): {m(I, iban('CZ', '01000000354817392011'))}"""),
    ("address", "cs", False, f"""S pozdravem
Ing. {m(N, 'Martin Procházka')}
{m(A, 'Kounicova 684/10, 602 00 Brno')}
tel.: {m(P, '541 291 510')}, mob.: {m(P, '737 466 214')}"""),
    ("address", "sk", False, f"""Dobrý deň, pán {m(N, 'Horváth')},
zásielku pošlite na adresu {m(A, 'Obchodná 38, 811 06 Bratislava, 2. poschodie, byt č. 9')}. Telefón: {m(P, '+421 905 220 808')}.
Platba na účet {m(I, iban('SK', '11001858053210815670'))}.
{m(N, 'Zuzana Kováčová')}"""),
    ("address", "hu", False, f"""Bérlő adatai
Név: {m(N, 'Nagy Eszter')}
Születési idő: {m(D, '1991. április 18.')}
Lakcím: {m(A, '1061 Budapest, Andrássy út 45. III. em. 12.')}
Telefon: {m(P, '+36 30 412 7788')}
Bankszámla: {m(I, iban('HU', '116000060000000048172936'))}"""),
    ("address", "hu", False, f"""Kedves {m(N, 'Zoli')}! A csomagot a {m(A, '6720 Szeged, Kárász utca 9. 2/4.')} címre kérem. Ha nem vagyok otthon, hívd a {m(P, '06 62 891 626')} számot. {m(N, 'Kata')}"""),
    ("address", "ro", False, f"""Către: {m(N, 'Andreea Popescu')}
Adresa: {m(A, 'Str. Mihai Eminescu nr. 41, bl. C4, sc. 2, et. 3, ap. 27, sector 2, 020079 București')}
Telefon: {m(P, '0722 481 936')}
Data nașterii: {m(D, '09.10.1983')}
CNP: {m(ID, '2831009410043')}
Cont IBAN: {m(I, iban('RO', 'BTRL38092585P11744XX'))}"""),
    ("address", "ro", False, f"""Bună ziua, sunt {m(N, 'Mihai Ionescu')} și locuiesc pe {m(A, 'Bd. 21 Decembrie 1989 nr. 77, ap. 14, 400105 Cluj-Napoca')}. Vă rog să mă sunați la {m(P, '+40 264 207 411')}."""),
    ("address", "el", False, f"""Στοιχεία παραλήπτη
Ονοματεπώνυμο: {m(N, 'Γεώργιος Παπαδόπουλος')}
Διεύθυνση: {m(A, 'Ερμού 34, 3ος όροφος, 105 63 Αθήνα')}
Τηλέφωνο: {m(P, '+30 210 724 1869')}
Κινητό: {m(P, '694 512 3378')}
Ημερομηνία γέννησης: {m(D, '17/05/1976')}"""),
    ("address", "el", False, f"""Γεια σου {m(N, 'Μαρία')}, η νέα μου διεύθυνση είναι {m(A, 'Τσιμισκή 88, 2ος όροφος, διαμ. 4, 546 22 Θεσσαλονίκη')}. Λογαριασμός για το ενοίκιο: {m(I, iban('GR', '01401259058914612960683'))}. Φιλιά, {m(N, 'Ελένη')}"""),
    ("address", "tr", False, f"""Teslimat Adresi:
{m(N, 'Ayşe Demir')}
{m(A, 'Bağdat Cad. No: 214 D: 9, Caddebostan')}
{m(A, '34728 Kadıköy/İstanbul')}
Cep: {m(P, '0532 489 86 07')}"""),
    ("address", "tr", False, f"""Sayın {m(N, 'Mehmet Kaya')},
Ankara'daki adresiniz {m(A, 'Atatürk Mah. 1042. Sok. No: 7 Daire: 3, 06800 Çankaya/Ankara')} olarak güncellenmiştir. İletişim: {m(P, '+90 312 467 44 83')}. Doğum tarihiniz ({m(D, '12.11.1979')}) sistemde doğrulandı. IBAN: {m(I, iban('TR', '0001007447421074851102'))}"""),
    ("address", "ru", False, f"""Заявление
Я, {m(N, 'Иванова Ольга Сергеевна')}, {m(D, '03.04.1986')} г.р., проживающая по адресу: {m(A, '125009, г. Москва, ул. Тверская, д. 18, кв. 47')}, прошу ...
Контактный телефон: {m(P, '+7 (916) 482-17-39')}"""),
    ("address", "ru", False, f"""Привет, {m(N, 'Саша')}! Вот адрес для посылки: {m(A, 'Невский проспект, д. 112, корп. 2, кв. 31, Санкт-Петербург, 191025')}. Звони на {m(P, '8 (921) 485-64-84')}, если что. {m(N, 'Дима')}"""),
    ("phone", "ru", False, f"""Список контактов
{m(N, 'Петров А. В.')} — {m(P, '+7 495 628-41-73')} (раб.)
{m(N, 'Смирнова Е.')} — {m(P, '8-903-481-39-66')} (моб.)
Бухгалтерия — доб. 214"""),
    ("address", "uk", False, f"""Дані отримувача
ПІБ: {m(N, 'Коваленко Андрій Миколайович')}
Адреса: {m(A, 'вул. Хрещатик, 22, кв. 15, м. Київ, 01001')}
Тел.: {m(P, '+380 67 481 25 39')}
Дата народження: {m(D, '22.08.1992')}
IBAN: {m(I, iban('UA', '3052991731792897393591520'))}"""),
    ("address", "uk", False, f"""Доброго дня! Я, {m(N, 'Оксана Мельник')}, мешкаю за адресою {m(A, 'вул. Городоцька, 174, кв. 8, Львів, 79022')}. Мій телефон {m(P, '067 481 25 39')}."""),
    ("address", "bg", False, f"""Данни за доставка
Име: {m(N, 'Десислава Георгиева')}
Адрес: {m(A, 'ул. „Граф Игнатиев“ 15, ет. 3, ап. 7, 1000 София')}
Телефон: {m(P, '0888 704 417')}
IBAN: {m(I, iban('BG', 'UNCR70001326793525'))}"""),
    ("address", "hr", False, f"""Poštovani gospodine {m(N, 'Babić')},
Vaša nova adresa {m(A, 'Ilica 242, 10000 Zagreb')} je upisana. Kontakt: {m(P, '+385 1 4818 273')} ili mob. {m(P, '091 451 5076')}. IBAN: {m(I, iban('HR', '23600004792311901'))}"""),
    ("address", "sl", False, f"""Prijavnica
Ime in priimek: {m(N, 'Nina Kovač')}
Naslov: {m(A, 'Slovenska cesta 55, 1000 Ljubljana')}
Datum rojstva: {m(D, '30. 9. 1994')}
GSM: {m(P, '041 829 233')}
TRR: {m(I, iban('SI', '051008303243234'))}"""),
]
# ---------------------------------------------------------------- Nordic and Baltic countries, Israel, Arab countries
cases += [
    ("address", "sv", False, f"""Hej {m(N, 'Elin')}!
Vi har flyttat till {m(A, 'Götgatan 48, 3 tr, 118 26 Stockholm')}. Portkoden är 4417. Ring {m(P, '070-482 19 63')} om du inte kommer in.
Kram {m(N, 'Oskar')}"""),
    ("address", "sv", False, f"""Hyresgäst: {m(N, 'Lindberg, Karin')}
Personnummer: {m(ID, '19810914-2383')}
Adress: {m(A, 'Storgatan 12 lgh 1102, 411 38 Göteborg')}
Telefon: {m(P, '+46 (0)31 466 52 77')}
Kontonummer (IBAN): {m(I, iban('SE', '60053460156968405628'))}"""),
    ("address", "no", False, f"""Med vennlig hilsen
{m(N, 'Ingrid Solberg')}
{m(A, 'Thorvald Meyers gate 54, 0552 Oslo')}
Tlf. {m(P, '+47 22 83 41 97')} / mob. {m(P, '412 83 647')}
Kontonr. {m(I, iban('NO', '15038222419'))}"""),
    ("address", "no", False, f"""Leveringsadresse: {m(N, 'Håkon Berg')}, {m(A, 'Kong Oscars gate 18, H0302, 5017 Bergen')}. Født {m(D, '04.12.1969')}. Ring {m(P, '918 26 418')} ved ankomst."""),
    ("address", "da", False, f"""Kære {m(N, 'Mette')},
Tak for sidst! Min nye adresse er {m(A, 'Nørrebrogade 112, 3. tv., 2200 København N')}. Mit nummer er stadig {m(P, '28 41 73 92')}.
Hilsen {m(N, 'Rasmus Holm')}"""),
    ("address", "da", False, f"""Lejer: {m(N, 'Sofie Kristensen')}
CPR-nr.: {m(ID, '170392-1846')}
Adresse: {m(A, 'Vestergade 27, st. th., 8000 Aarhus C')}
Telefon: {m(P, '+45 86 12 47 86')}
Konto: {m(I, iban('DK', '30008997629926'))}"""),
    ("address", "fi", False, f"""Vuokralainen: {m(N, 'Virtanen Aino')}
Syntymäaika: {m(D, '12.6.1995')}
Osoite: {m(A, 'Mannerheimintie 42 B 17, 00100 Helsinki')}
Puhelin: {m(P, '040 718 2296')}
Tilinumero: {m(I, iban('FI', '40050098166980'))}"""),
    ("address", "fi", False, f"""Moi {m(N, 'Jussi')}, paketin voi lähettää osoitteeseen {m(A, 'Hämeenkatu 14 A 5, 33100 Tampere')}. Soita {m(P, '+358 50 440 2329')} jos ovi on kiinni. - {m(N, 'Laura')}"""),
    ("address", "is", False, f"""Sæl {m(N, 'Guðrún')},
Nýja heimilisfangið mitt er {m(A, 'Laugavegur 58, 101 Reykjavík')}. Síminn minn er {m(P, '862 4418')}.
Kveðja, {m(N, 'Sigurður Jónsson')}
Reikningur: {m(I, iban('IS', '0114269046954426985820'))}"""),
    ("address", "et", False, f"""Üürnik: {m(N, 'Kadri Tamm')}
Isikukood: {m(ID, '49403136526')}
Aadress: {m(A, 'Narva mnt 27-14, 10120 Tallinn')}
Telefon: {m(P, '+372 5312 8847')}
Konto: {m(I, iban('EE', '1090320349994499'))}"""),
    ("address", "lv", False, f"""Sveiki, {m(N, 'Jānis')}! Mana jaunā adrese: {m(A, 'Brīvības iela 98-12, Rīga, LV-1001')}. Tālrunis {m(P, '+371 2914 8362')}. Konts: {m(I, iban('LV', 'HABA3607417462131'))}. {m(N, 'Ilze')}"""),
    ("address", "lt", False, f"""Gavėjas: {m(N, 'Rūta Petrauskienė')}
Adresas: {m(A, 'Gedimino pr. 22-8, LT-01103 Vilnius')}
Tel.: {m(P, '+370 612 48391')}
Gimimo data: {m(D, '1987-11-05')}
Sąskaita: {m(I, iban('LT', '7300020499887106'))}"""),
    ("address", "he", False, f"""שלום {m(N, 'יעל')},
הכתובת החדשה שלי: {m(A, 'רחוב דיזנגוף 112, דירה 9, תל אביב-יפו 6439603')}. הטלפון: {m(P, '052-418-3927')}.
תודה, {m(N, 'אבי כהן')}"""),
    ("address", "he", False, f"""טופס הרשמה
שם מלא: {m(N, 'נועה לוי')}
תאריך לידה: {m(D, '14.03.1992')}
כתובת: {m(A, 'רחוב הרצל 45, קומה 3, חיפה 3303411')}
טלפון: {m(P, '+972 4-886-7333')}
חשבון בנק (IBAN): {m(I, iban('IL', '0108006960731623129'))}"""),
    ("address", "ar", False, f"""بيانات المستأجر
الاسم: {m(N, 'خالد عبد الله المنصوري')}
العنوان: {m(A, 'شقة 1204، برج مارينا هايتس، شارع المرسى، دبي مارينا، دبي')}
ص.ب: 118822
الهاتف المتحرك: {m(P, '+971 50 439 8661')}
رقم الآيبان: {m(I, iban('AE', '0267037623786338674'))}"""),
    ("address", "ar", False, f"""السيد {m(N, 'محمود حسن')}،
نرجو العلم بأن عنوان التسليم المسجل لدينا هو {m(A, '14 شارع قصر النيل، الدور الثالث، شقة 7، وسط البلد، القاهرة')}. للتواصل: {m(P, '010 2847 1936')} أو {m(P, '+20 2 2794 1836')}."""),
    ("address", "ar", False, f"""العنوان الوطني: {m(A, '2418 شارع التحلية، حي العليا، الرياض 12241')}
المستفيد: {m(N, 'سارة القحطاني')}
الجوال: {m(P, '055 414 3215')}
الآيبان: {m(I, iban('SA', '10730042679190622308'))}"""),
    ("dob", "ar", False, f"""شهادة ميلاد (مستخرج)
اسم المولود: {m(N, 'يوسف أحمد إبراهيم')}
تاريخ الميلاد: {m(D, '2015/09/21')}
اسم الأم: {m(N, 'مريم سعيد')}
محل الإقامة: {m(A, '22 شارع الجمهورية، شقة 5، المنصورة')}"""),
    ("iban", "ar", False, f"""يرجى تحويل المبلغ إلى الحساب التالي:
اسم صاحب الحساب: {m(N, 'عمر فاروق')}
IBAN:
{m(I, iban('EG', '0003000145465867761718071'))}"""),
]
# ---------------------------------------------------------------- Asia, Africa, Latin America in local languages
cases += [
    ("address", "ja", False, f"""お届け先
氏名：{m(N, '佐藤 美咲')} 様
住所：〒{m(A, '150-0042 東京都渋谷区宇田川町12-3 ハイツ宇田川305号室')}
電話：{m(P, '090-4150-2639')}
生年月日：{m(D, '昭和62年3月12日')}"""),
    ("address", "ja", False, f"""{m(N, '田中')}さん、引っ越しました。新住所は{m(A, '大阪府大阪市北区梅田2丁目4番9号 ブリーゼタワー18階')}です。会社の電話は{m(P, '06-6341-8827')}、携帯は{m(P, '080-3318-4427')}です。{m(N, '鈴木')}より"""),
    ("dob", "ja", False, f"""履歴書
ふりがな　{m(N, 'やまもと けんた')}
氏名　{m(N, '山本 健太')}
生年月日　{m(D, '1994年7月28日')}生（満29歳）
現住所　〒{m(A, '460-0008 愛知県名古屋市中区栄3-15-33 栄ガスビル5F')}
電話　{m(P, '052-241-8873')}"""),
    ("address", "ko", False, f"""배송지 정보
받는 분: {m(N, '김민지')}
주소: {m(A, '(03925) 서울특별시 마포구 월드컵북로 396, 102동 1504호 (상암동)')}
연락처: {m(P, '010-4135-2457')}"""),
    ("address", "ko", False, f"""안녕하세요 {m(N, '박준호')} 고객님, 등록하신 주소 {m(A, '부산광역시 해운대구 센텀중앙로 79, 센텀스카이비즈 A동 2103호')}로 서류를 발송했습니다. 문의: {m(P, '051-745-8821')}"""),
    ("dob", "ko", False, f"""입사지원서
성명: {m(N, '이서연')}
생년월일: {m(D, '1996년 5월 17일')}
주민등록번호: {m(ID, '960517-2418273')}
휴대전화: {m(P, '+82 10-5576-6078')}
주소: {m(A, '경기도 성남시 분당구 판교역로 235, 7층')}"""),
    ("address", "zh", False, f"""收货人：{m(N, '王丽华')}
收货地址：{m(A, '上海市徐汇区漕溪北路88号2号楼1203室')}
手机：{m(P, '138 1048 2276')}
身份证号：{m(ID, '310104198811034520')}
出生日期：{m(D, '1988年11月3日')}"""),
    ("address", "zh", False, f"""{m(N, '陈')}先生您好，您的发票将寄往{m(A, '北京市朝阳区建国路89号华贸中心3号楼1502室')}，如有疑问请致电{m(P, '010-6512 4478')}。"""),
    ("address", "zh", False, f"""聯絡人：{m(N, '林志明')}
地址：{m(A, '台北市大安區忠孝東路四段216巷27弄5號3樓')}
電話：{m(P, '(02) 2778-4183')}
手機：{m(P, '0912-222-533')}"""),
    ("address", "hi", False, f"""नाम: {m(N, 'सुनीता शर्मा')}
पता: {m(A, 'मकान नं. 45, गली नं. 3, शास्त्री नगर, जयपुर, राजस्थान 302016')}
मोबाइल: {m(P, '+91 98290 41736')}
जन्म तिथि: {m(D, '15/08/1985')}"""),
    ("address", "hi", False, f"""प्रिय {m(N, 'राहुल')}, मेरा नया पता {m(A, 'फ्लैट 7बी, गंगा अपार्टमेंट, सेक्टर 62, नोएडा 201301')} है। कॉल करें: {m(P, '0120-439 6416')}। — {m(N, 'अमित वर्मा')}"""),
    ("address", "id", False, f"""Data Pelanggan
Nama: {m(N, 'Dewi Lestari Wulandari')}
NIK: {m(ID, '3174055708900003')}
Tanggal lahir: {m(D, '17 Agustus 1990')}
Alamat: {m(A, 'Jl. Kemang Raya No. 17, RT 05/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730')}
No. HP: {m(P, '0812-4111-4458')}"""),
    ("address", "id", False, f"""Halo kak {m(N, 'Budi')}, paketnya tolong kirim ke {m(A, 'Perumahan Griya Asri Blok C3 No. 8, Sleman, Yogyakarta 55281')} ya, dekat masjid Al-Ikhlas. WA saya {m(P, '+62 857 4146 6682')}. Makasih!"""),
    ("address", "ms", False, f"""Kepada: {m(N, 'Nurul Aisyah binti Kamal')}
Alamat: {m(A, 'No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor')}
Tel: {m(P, '+60 12-458 0634')}
Tarikh lahir: {m(D, '09-01-1993')}"""),
    ("address", "tl", False, f"""Magandang araw po! Ako po si {m(N, 'Jose Ramon Santos')}, nakatira sa {m(A, '45 Mabini St., Brgy. Poblacion, Lungsod ng Makati 1210')}. Ang numero ko po ay {m(P, '0917 489 2702')}. Ipinanganak po ako noong {m(D, 'Hunyo 12, 1988')}."""),
    ("address", "vi", False, f"""Thông tin người nhận
Họ tên: {m(N, 'Nguyễn Thị Hương')}
Địa chỉ: {m(A, 'Số 45 ngõ 123 phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội')}
SĐT: {m(P, '0903 731 669')}
Ngày sinh: {m(D, '12/05/1991')}"""),
    ("address", "vi", False, f"""Chào anh {m(N, 'Tuấn')}, em gửi địa chỉ văn phòng mới: {m(A, 'Tầng 8, tòa nhà Bitexco, 2 Hải Triều, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh')}. Số bàn: {m(P, '+84 28 3824 1736')}."""),
    ("address", "th", False, f"""ชื่อผู้รับ: {m(N, 'สมชาย ใจดี')}
ที่อยู่: {m(A, '99/12 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110')}
โทร: {m(P, '081 465 1842')}
วันเกิด: {m(D, '5 มีนาคม 2530')}"""),
    ("address", "th", False, f"""คุณ{m(N, 'วิไลวรรณ')} ย้ายไปอยู่ที่ {m(A, '58/3 หมู่ 4 ตำบลช้างเผือก อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300')} แล้ว เบอร์บ้าน {m(P, '+66 53 300 925')}"""),
    ("address", "sw", False, f"""Habari {m(N, 'Juma')},
Anwani yangu mpya ni {m(A, 'Nyumba Na. 12, Barabara ya Bagamoyo, Mikocheni, Dar es Salaam')}. Sanduku la Posta 7741 bado linatumika. Nipigie {m(P, '0754 177 989')}.
Wako, {m(N, 'Neema Mwakyusa')}"""),
    ("dob", "sw", False, f"""Fomu ya usajili
Jina: {m(N, 'Baraka Otieno')}
Tarehe ya kuzaliwa: {m(D, '14/06/1999')}
Simu: {m(P, '+254 711 365 052')}
Makazi: {m(A, 'Hse 22, Moi Avenue, Mombasa')}"""),
    ("address", "af", False, f"""Beste {m(N, 'Annelie')},
Ons nuwe adres is {m(A, 'Kerkstraat 15, Stellenbosch, 7600')}. Bel my gerus by {m(P, '021 418 3926')} of {m(P, '+27 82 418 3927')}.
Groete, {m(N, 'Pieter van der Merwe')}"""),
    ("dob", "af", False, f"""{m(N, 'Johanna Botha')}, gebore op {m(D, '3 Maart 1979')} in Bloemfontein, woon tans te {m(A, 'Voortrekkerweg 81, Bellville, 7530')}."""),
]
# ---------------------------------------------------------------- US documents with social security numbers
cases += [
    ("ssn", "en", False, f"""emp_id,name,ssn,dob,home_address,phone
10441,{m(N, 'Alvarez, Rosa M.')},{m(S, '482-24-9476')},{m(D, '1979-04-18')},"{m(A, '1842 Oakridge Dr Apt 3B, Columbus, OH 43215')}",{m(P, '614-771-2083')}
10442,{m(N, 'Brennan, Kyle')},{m(S, '312-26-6719')},{m(D, '1991-11-02')},"{m(A, '77 Elm St, Nashua, NH 03060')}",{m(P, '603-411-3104')}
10443,{m(N, 'Chowdhury, Farhana')},{m(S, '546-32-8165')},{m(D, '1986-07-29')},"{m(A, '4410 Telegraph Ave #212, Oakland, CA 94609')}",{m(P, '510-392-6614')}
10444,{m(N, 'Dubois, Marc')},{m(S, '363548640')},{m(D, '1969-01-30')},"{m(A, '9 Birch Hollow Ln, Essex Junction, VT 05452')}",{m(P, '802-879-3105')}
10445,{m(N, 'Esposito, Gina')},{m(S, '317-70-5411')},{m(D, '2001-05-14')},"{m(A, '260 Bergen St Fl 2, Brooklyn, NY 11217')}",{m(P, '(718) 624-3917')}
10446,{m(N, 'Fofanah, Ibrahim')},{m(S, '532-10-3382')},{m(D, '1994-09-09')},"{m(A, '1515 S Lamar Blvd Unit 407, Austin, TX 78704')}",{m(P, '512-448-0736')}"""),
    ("ssn", "en", False, f"""INSERT INTO applicants (full_name, ssn, birth_date, street, city_state_zip, phone) VALUES
('{m(N, 'Harold Jeffries')}', '{m(S, '545-28-6749')}', '{m(D, '1958-12-03')}', '{m(A, '3308 Magnolia Ave')}', '{m(A, 'Pensacola, FL 32503')}', '{m(P, '8504371192')}'),
('{m(N, 'Yesenia Paredes')}', '{m(S, '060-99-5726')}', '{m(D, '1990-06-21')}', '{m(A, '612 W 19th St Apt 5')}', '{m(A, 'Houston, TX 77008')}', '{m(P, '7138629047')}'),
('{m(N, 'Trevor Ng')}', '{m(S, '128932277')}', '{m(D, '1983-02-27')}', '{m(A, '18 Whitman Ct')}', '{m(A, 'Edison, NJ 08817')}', '{m(P, '7322874410')}'),
('{m(N, 'Latoya Simmons')}', '{m(S, '339-45-3296')}', '{m(D, '1975-08-08')}', '{m(A, '2901 Peachtree Rd NE Unit 1104')}', '{m(A, 'Atlanta, GA 30305')}', '{m(P, '4045816623')}');"""),
    ("ssn", "en", False, f"""[
  {{"name": "{m(N, 'Gabriel Oduya')}", "ssn": "{m(S, '334-55-6790')}", "dob": "{m(D, '03/17/1988')}", "address": "{m(A, '5021 N Kenmore Ave #3, Chicago, IL 60640')}"}},
  {{"name": "{m(N, 'Heather Quist')}", "ssn": "{m(S, '325 73 3508')}", "dob": "{m(D, '12/01/1972')}", "address": "{m(A, '114 Prairie View Rd, Ames, IA 50010')}"}},
  {{"name": "{m(N, 'Ivan Petrov')}", "ssn": "{m(S, '210-06-3690')}", "dob": "{m(D, '07/04/1999')}", "address": "{m(A, '88 Franklin St Apt 9C, Stamford, CT 06901')}"}}
]"""),
    ("ssn", "en", False, f"""<borrower>
  <firstName>{m(N, 'Wendell')}</firstName>
  <lastName>{m(N, 'Marsh')}</lastName>
  <taxpayerId type="SSN">{m(S, '476-47-2230')}</taxpayerId>
  <birthDate>{m(D, '1966-10-25')}</birthDate>
  <street>{m(A, '742 Sycamore Ln')}</street>
  <cityStateZip>{m(A, 'Lexington, KY 40502')}</cityStateZip>
  <homePhone>{m(P, '859-266-4017')}</homePhone>
</borrower>
<coBorrower>
  <firstName>{m(N, 'Renee')}</firstName>
  <lastName>{m(N, 'Marsh')}</lastName>
  <taxpayerId type="SSN">{m(S, '208-48-8083')}</taxpayerId>
  <birthDate>{m(D, '1968-03-11')}</birthDate>
</coBorrower>"""),
    ("ssn", "en", False, f"""W - 2  Wage and Tax Statement   2023
a  Employee's social security number     {m(S, '610 - 81 - 2317')}
b  Employer identification number (EIN)   84-1937265
c  Employer's name, address, and ZIP code
   Cascade Timber Supply LLC
   {m(A, '1200 Industrial Way, Longview, WA 98632')}
e  Employee's first name and initial   Last name
   {m(N, 'KAYLA R')}                            {m(N, 'HOLLOWAY')}
f  Employee's address and ZIP code
   {m(A, '317 S 5th Ave')}
   {m(A, 'Kelso WA 98626')}
1  Wages, tips, other compensation   41,882.16"""),
    ("ssn", "en", False, f"""Form 1099-NEC (2023)
RECIPIENT'S TIN: {m(S, '269.50.5526')}
PAYER'S TIN: 27-4410386
RECIPIENT'S name: {m(N, 'Dominic Ferraro')}
Street address (including apt. no.): {m(A, '55 Wachusett St, Apt 2')}
City or town, state or province, country, and ZIP: {m(A, 'Jamaica Plain, MA 02130')}
1 Nonemployee compensation $ 12,400.00"""),
    ("ssn", "en", False, f"""Section 1. Employee Information and Attestation (Form I-9)
Last Name (Family Name): {m(N, 'Tran')}   First Name (Given Name): {m(N, 'Bao Anh')}
Address (Street Number and Name): {m(A, '9128 Bolsa Ave Apt 14')}   City or Town / State / ZIP: {m(A, 'Westminster, CA 92683')}
Date of Birth (mm/dd/yyyy): {m(D, '02/14/1997')}
U.S. Social Security Number: {m(S, '344-91-7618')}
Employee's Telephone Number: {m(P, '(714) 893-2261')}"""),
    ("ssn", "en", False, f"""Chat transcript — CreditLine support
[10:14] Customer ({m(N, 'Marisol')}): hi i need to unlock my credit report
[10:15] Agent {m(N, 'Ben')}: Sure! To verify, please give me the last four of your SSN.
[10:15] Customer: 7618
[10:16] Agent {m(N, 'Ben')}: Thanks. That doesn't match — can you give the full number?
[10:16] Customer: {m(S, '340 27 9520')}
[10:17] Agent {m(N, 'Ben')}: Verified. Is your address still {m(A, '4420 Menaul Blvd NE Apt 12, Albuquerque, NM 87110')}?
[10:17] Customer: yes"""),
    ("ssn", "en", False, f"""From: {m(E, 'payroll@brightwellhealth.org')}
To: {m(N, 'Desmond Clarke')}
Subject: Correction to your W-2

Hi {m(N, 'Desmond')},
Our records had your SSN as {m(S, '704-09-1606')} but the SSA shows {m(S, '704-90-1606')}. We have corrected it; a W-2c will be mailed to {m(A, '16 Larkspur Ct, Frederick, MD 21702')}.
Questions? Call {m(P, '301-662-7410')} ext. 3.
— Payroll Team"""),
    ("ssn", "en", False, f"""2024-03-02T11:41:07Z INFO enrollment.submit user_id=88213 name="{m(N, 'Kimberly Ashworth')}" ssn={m(S, '864230071')} dob={m(D, '1981-09-13')} zip=29403 status=PENDING_VERIFY"""),
    ("ssn", "en", False, f"""NEW PATIENT REGISTRATION
Patient name: {m(N, 'Okonkwo, Emmanuel')}     Sex: M
DOB: {m(D, '11-23-1952')}   Age: 71
SSN: {m(S, '155-57-3862')}
Home address: {m(A, '2210 Bluebonnet Trl, Round Rock, TX 78664')}
Home phone: {m(P, '(512) 255-8841')}   Cell: {m(P, '512.970.4418')}
Emergency contact: {m(N, 'Ngozi Okonkwo')} (daughter) {m(P, '(737) 210-3386')}
Insurance: Medicare Part B — MBI on file"""),
    ("ssn", "en", False, f"""Dependents (Form 1040, page 1)
(1) First name / Last name   (2) SSN          (3) Relationship
{m(N, 'Aiden Bartlett')}            {m(S, '359 30 1335')}      Son
{m(N, 'Chloe Bartlett')}            {m(S, '201 37 3921')}      Daughter
{m(N, 'Margaret Bartlett')}         {m(S, '712 60 9859')}      Parent"""),
    ("ssn", "en", False, f"""Account opening — Individual
Legal name: {m(N, 'Prakash Venugopal')}
Taxpayer ID (SSN/ITIN): {m(S, '270-62-8581')}
Date of birth: {m(D, 'June 6, 1977')}
Residential address (no P.O. boxes): {m(A, '38 Parkview Terrace, Unit 5, Sunnyvale, CA 94086')}
Mailing address: P.O. Box 60217, Sunnyvale, CA 94088
Mobile: {m(P, '+1 (408) 667-2190')}"""),
    ("ssn", "en", False, f"""Per our phone call, your claim for {m(N, 'Lorraine Whitcomb')} (SSN ending in 6798) has been approved. For your records, the full number we have on file is {m(S, '447-85-6798')}; if that is wrong, call us at {m(P, '1-877-416-5425')} right away."""),
    ("ssn", "en", False, f"""Background check authorization
I, {m(N, 'Terrence Hollis')}, authorize Vantage Screening to obtain consumer reports.
SSN: {m(S, '206 - 10 - 4938')}   DOB: {m(D, '05 / 30 / 1990')}
Current address: {m(A, '1029 Rosewood Ave, Apt 3, Richmond, VA 23220')}
Previous address: {m(A, '88 Cary St, Petersburg, VA 23803')}
Signature: {m(N, 'T. Hollis')}"""),
    ("ssn", "en", False, f"""lol my brother literally posted his social on the family group chat 🤦 "{m(S, '310-36-2225')}" — {m(N, 'Derek')} please delete that"""),
    ("ssn", "en", False, f"""Divorce decree — Exhibit A (confidential information sheet)
Petitioner: {m(N, 'Angela Ruiz-Moreno')}, SSN {m(S, '579-85-4097')}, DOB {m(D, '4/9/1982')}
Respondent: {m(N, 'Victor Moreno')}, SSN {m(S, '540-13-8114')}, DOB {m(D, '10/27/1980')}
Minor child: {m(N, 'Sofia Moreno')}, SSN {m(S, '224-26-6367')}, DOB {m(D, '2/2/2012')}"""),
    ("ssn", "en", False, f"""OCR scan p.2 — Social Security card copy
SOCIAL  SECURITY
{m(S, '181-66-3658')}
THIS  NUMBER  HAS  BEEN  ESTABLISHED  FOR
{m(N, 'CORY  DANIEL  FITCH')}"""),
    ("ssn", "es", False, f"""Solicitud de asistencia – Programa de vivienda
Nombre: {m(N, 'Marisela Cárdenas Ortiz')}
Número de Seguro Social: {m(S, '328-46-0748')}
Fecha de nacimiento: {m(D, '19/03/1984')}
Dirección: {m(A, '1507 E Cesar Chavez Ave, Apt 6, Los Angeles, CA 90033')}
Teléfono: {m(P, '(323) 264-8190')}
Miembros del hogar: {m(N, 'Luis Cárdenas')} (SSN {m(S, '593-87-8916')}), {m(N, 'Ana Cárdenas')} (SSN {m(S, '387-95-1203')})"""),
    ("ssn", "es", False, f"""Hola Don {m(N, 'Ernesto')}, para preparar su declaración de impuestos necesito el número de Seguro Social de su esposa. El suyo ya lo tengo ({m(S, '122-30-0914')}). Mándeme también el de {m(N, 'Rosario')}, por favor. Mi oficina está en {m(A, '2231 S Kedzie Ave, Chicago, IL 60623')}."""),
    ("ssn", "vi", False, f"""Phiếu thông tin khai thuế 2023
Họ và tên: {m(N, 'Phạm Văn Long')}
Số An Sinh Xã Hội (SSN): {m(S, '531-17-3445')}
Ngày sinh: {m(D, '15/08/1970')}
Địa chỉ: {m(A, '10452 Westminster Ave, Garden Grove, CA 92843')}
Vợ/chồng: {m(N, 'Lê Thị Mai')} – SSN {m(S, '651-79-1440')}
Điện thoại: {m(P, '(714) 530-6628')}"""),
    ("ssn", "zh", False, f"""客户资料（报税用）
姓名：{m(N, '黄建国')}
社会安全号码：{m(S, '517-23-3871')}
出生日期：{m(D, '1965年4月2日')}
地址：{m(A, '133-24 41st Ave, Apt 5F, Flushing, NY 11355')}
电话：{m(P, '(718) 961-4472')}"""),
    ("ssn", "ko", False, f"""세금 신고 의뢰서
이름: {m(N, '정하늘')}
사회보장번호(SSN): {m(S, '500-75-2705')}
생년월일: {m(D, '1989년 12월 7일')}
주소: {m(A, '3550 Wilshire Blvd, Suite 1120, Los Angeles, CA 90010')}
연락처: {m(P, '213-385-7724')}"""),
    ("ssn", "en", False, f"""Re: Estate of {m(N, 'Walter P. Gaines')} (d. 2023)
Decedent SSN: {m(S, '166-12-2054')}
Date of birth: {m(D, 'January 19, 1938')}
Last address: {m(A, '61 Chestnut Hill Rd, Wilton, CT 06897')}
Executor: {m(N, 'Diane Gaines-Ward')}, {m(P, '203-762-5519')}"""),
    ("ssn", "en", False, f"""ssn|last|first|dob|phone
{m(S, '633149735')}|{m(N, 'Kowalski')}|{m(N, 'Brenda')}|{m(D, '19710614')}|{m(P, '4143820971')}
{m(S, '576780495')}|{m(N, 'Yazzie')}|{m(N, 'Darren')}|{m(D, '19930228')}|{m(P, '5058714429')}
{m(S, '610149176')}|{m(N, 'Lindgren')}|{m(N, 'Astrid')}|{m(D, '19870901')}|{m(P, '6128830245')}
{m(S, '185705157')}|{m(N, 'Abernathy')}|{m(N, 'Cole')}|{m(D, '20000117')}|{m(P, '9014477326')}"""),
    ("ssn", "en", False, f"""Hey, filling out the FAFSA for {m(N, 'Maddie')} tonight. Need your SSN again - is it {m(S, '030-24-1008')} or {m(S, '030-42-1008')}? Also her dad's address is still {m(A, '7 Pinecrest Dr, Bangor, ME 04401')} right?"""),
    ("ssn", "en", False, f"""Rental application — {m(N, 'Jamal Whitfield')}
SSN: {m(S, '107.82.3444')}   DOB: {m(D, '09.12.1995')}
Employer: Redline Auto Body, {m(A, '4501 Broadway, Kansas City, MO 64111')}, {m(P, '816-931-2044')}
Current landlord: {m(N, 'Pat Donnelly')}, {m(P, '816-741-3870')}"""),
    ("ssn", "en", False, f"""Voicemail transcript: "Hi, it's {m(N, 'Gloria')} returning the call about my husband's benefits. His Social is {m(S, 'five nine four, two seven, three one one five')}, and mine is {m(S, '473-24-7750')}. Call me at {m(P, '(207) 846-3318')}. Thanks."""),
    ("ssn", "en", False, f"""STUDENT RECORD
Name: {m(N, 'Renfro, Tyler J.')}
SSN: {m(S, '322-35-7437')}    Student ID: 900418273
Birthdate: {m(D, '08/30/2004')}
Local address: {m(A, 'Hartman Hall Rm 214, 1 University Dr, Orange, CA 92866')}
Permanent address: {m(A, '5620 Briar Ridge Ct, Reno, NV 89502')}"""),
    ("ssn", "en", False, f"""Your credit freeze PIN has been reset. Account holder: {m(N, 'Stephanie Yuen')}. SSN on file: XXX-XX-3560. If you did not request this, call {m(P, '866-349-5191')}."""),
]
# ---------------------------------------------------------------- address-heavy records, listings, prose "lives at" in many languages
cases += [
    ("address", "en", False, f"""order_id,ship_name,ship_line1,ship_line2,ship_country
A-77120,{m(N, 'K. Ahmed')},"{m(A, 'Flat 6, 41 Cathedral Road')}","{m(A, 'Cardiff CF11 9HB')}",GB
A-77121,{m(N, 'L. Brauer')},"{m(A, 'Hauptstraße 5, Whg. 12')}","{m(A, '04109 Leipzig')}",DE
A-77122,{m(N, 'M. Costa')},"{m(A, 'Rua do Ouro 212, 2.º Dto')}","{m(A, '1100-062 Lisboa')}",PT
A-77123,{m(N, 'N. Dimitriou')},"{m(A, 'Λεωφόρος Κηφισίας 124, 4ος όροφος')}","{m(A, '115 26 Αθήνα')}",GR
A-77124,{m(N, 'O. Eriksson')},"{m(A, 'Sveavägen 61, 4 tr')}","{m(A, '113 59 Stockholm')}",SE
A-77125,{m(N, 'P. Farkas')},"{m(A, 'Váci utca 19. 2. em. 5.')}","{m(A, '1052 Budapest')}",HU"""),
    ("address", "en", False, f"""FOR SALE — 3 bed semi, £325,000
{m(A, '28 Beechwood Avenue, Chorlton, Manchester M21 8UB')}
Viewings via Hartley & Sons Estate Agents, {m(A, '412 Wilbraham Road, Manchester M21 0SD')}, {m(P, '0161 881 4470')}."""),
    ("address", "en", False, f"""Route sheet — Van 3 (Tue)
1. {m(A, '14 Priory Road, Kenilworth CV8 1LL')} — leave with neighbour at no. 16
2. {m(A, 'The Old Forge, Church Lane, Long Itchington, Southam CV47 9PW')}
3. {m(A, 'Unit 2B, Tachbrook Park Drive, Warwick CV34 6RH')} — goods in, rear
4. {m(A, '7 Clarendon Square, Leamington Spa CV32 5QJ')} — basement flat"""),
    ("address", "en", False, f"""Witness statement: I live at {m(A, '3/14 Dalry Road, Edinburgh EH11 2BQ')} (third floor flat, door on the left). On the evening in question I was walking home along Haymarket Terrace."""),
    ("address", "en", False, f"""Apartments available:
• {m(A, '401 Bay Street, Unit 2207, Toronto, ON M5H 2Y4')} — 1 bed, $2,650/mo
• {m(A, '1155 Rue Metcalfe, Suite 1802, Montreal, QC H3B 2V6')} — studio
• {m(A, '2033 Gordon Drive, Kelowna, BC V1Y 3J2')} — 2 bed townhouse
Contact the leasing office: {m(P, '1-877-418-0962')}"""),
    ("address", "en", False, f"""Property: {m(A, 'Lot 12, 88 Wattlebird Crescent, Aspley QLD 4034')}
Vendor's solicitor: Keane Lawyers, {m(A, 'Level 9, 145 Eagle Street, Brisbane City QLD 4000')}
Settlement date: 14 November 2024"""),
    ("address", "en", False, f"""Hi team — updated billing address for Sullivan Dental is {m(A, 'Suite 300, 1200 Harbor Blvd, Weehawken, NJ 07086')}; shipping stays {m(A, '45 Commerce Way, Totowa, NJ 07512')}. Thx"""),
    ("address", "en", False, f"""Auckland pick-ups tomorrow: {m(A, '12 Ponsonby Road, Grey Lynn, Auckland 1011')}; {m(A, 'Flat 4, 211 Dominion Road, Mount Eden, Auckland 1024')}; {m(A, '9A Lake Road, Devonport, Auckland 0624')}."""),
    ("address", "de", False, f"""Die Zeugin wohnt in der {m(A, 'Bergmannstraße 102, Seitenflügel, 4. OG, 10961 Berlin')} und gab an, den Unfall vom Balkon aus gesehen zu haben."""),
    ("address", "de", False, f"""Zustellungen KW 18
- {m(A, 'Königsallee 60, 40212 Düsseldorf')} (Empfang, 5. Etage)
- {m(A, 'Am Sandtorkai 48, 20457 Hamburg')}
- {m(A, 'Kaiserstr. 29, Hinterhof, 76133 Karlsruhe')}
- {m(A, 'Ringstraße 3/7, 6020 Innsbruck')}
- {m(A, 'Spalenberg 12, 4051 Basel')}"""),
    ("address", "fr", False, f"""Mon frère habite au {m(A, '27 quai de la Fosse, appartement 41, 44000 Nantes')} et ma sœur au {m(A, '6 place Bellecour, 69002 Lyon')}."""),
    ("address", "fr", False, f"""À louer : T3 lumineux au {m(A, '18 rue Paradis, 4e étage sans ascenseur, 13001 Marseille')}. Visites sur rendez-vous auprès de l'agence Azur Immo, {m(A, '112 La Canebière, 13001 Marseille')}, {m(P, '04 91 78 78 60')}."""),
    ("address", "fr", False, f"""Adresses des bureaux : {m(A, 'Avenue Louise 149/24, 1050 Ixelles')} ; {m(A, 'Boulevard Royal 26, L-2449 Luxembourg')} ; {m(A, 'Rue de Lausanne 64, 1202 Genève')}."""),
    ("address", "es", False, f"""El acusado vive en {m(A, 'Calle Sierpes 48, 2º B, 41004 Sevilla')}, aunque está empadronado en {m(A, 'Avenida de la Constitución 7, 29640 Fuengirola (Málaga)')}."""),
    ("address", "es", False, f"""Sucursales para recoger tu pedido:
- {m(A, 'Av. Santa Fe 1860, Local 14, C1123AAN CABA')}
- {m(A, 'Av. Apoquindo 4501, Of. 302, Las Condes, Santiago')}
- {m(A, 'Calle 93 # 11A-28, Local 3, Bogotá')}
- {m(A, 'Av. Larco 345, Miraflores, Lima 15074')}"""),
    ("address", "pt", False, f"""A vítima mora na {m(A, 'Rua Voluntários da Pátria, 190, casa 2, Botafogo, Rio de Janeiro – RJ, 22270-010')} e trabalha na {m(A, 'Av. Rio Branco, 1, 12º andar, Centro, Rio de Janeiro – RJ, 20090-003')}."""),
    ("address", "it", False, f"""Il sig. {m(N, 'Moretti')} abita in {m(A, 'Viale Monza 133, 20125 Milano')}, mentre la madre vive a {m(A, 'Via Roma 4, 38122 Trento')}."""),
    ("address", "nl", False, f"""Mijn ouders wonen op {m(A, 'Dorpsstraat 88, 5261 AB Vught')} en mijn zus woont op {m(A, 'Oudegracht 201 A, 3511 NH Utrecht')}."""),
    ("address", "pl", False, f"""Świadek mieszka przy {m(A, 'ul. Długa 17/3, 80-827 Gdańsk')}, a jego pracodawca ma siedzibę przy {m(A, 'al. Jerozolimskie 123A, 02-017 Warszawa')}."""),
    ("address", "cs", False, f"""Pan {m(N, 'Novák')} bydlí na adrese {m(A, 'Masarykova 427/31, 602 00 Brno')}, jeho dcera na {m(A, 'Dlouhá 12, 110 00 Praha 1')}."""),
    ("address", "hu", False, f"""A nagymamám a {m(A, '9021 Győr, Baross Gábor út 18. fsz. 2.')} alatt lakik, a bátyám pedig a {m(A, '4024 Debrecen, Piac utca 45. 4/12.')} címen."""),
    ("address", "ro", False, f"""Martorul locuiește în {m(A, 'Calea Victoriei nr. 155, bl. D1, sc. 1, et. 6, ap. 24, sector 1, 010073 București')}."""),
    ("address", "el", False, f"""Η οικογένεια μένει στην {m(A, 'Οδός Αγίου Νικολάου 15, 262 21 Πάτρα')}, ενώ ο γιος σπουδάζει και μένει στην {m(A, 'Εγνατίας 120, 2ος όροφος, 546 30 Θεσσαλονίκη')}."""),
    ("address", "tr", False, f"""Şikâyetçi {m(A, 'Cumhuriyet Cad. No: 45 Kat: 3 Daire: 8, 35210 Konak/İzmir')} adresinde oturuyor; işyeri {m(A, 'Kızılay Mah. Atatürk Blv. No: 112, 06420 Çankaya/Ankara')}."""),
    ("address", "ru", False, f"""Потерпевшая проживает по адресу: {m(A, 'г. Екатеринбург, ул. Малышева, д. 51, кв. 112')}, зарегистрирована по адресу: {m(A, '630099, г. Новосибирск, Красный проспект, д. 25, кв. 7')}."""),
    ("address", "uk", False, f"""Свідок проживає за адресою {m(A, 'м. Одеса, вул. Дерибасівська, 14, кв. 3')}, а працює за адресою {m(A, 'просп. Науки, 9, м. Харків, 61166')}."""),
    ("address", "sv", False, f"""Min mormor bor på {m(A, 'Drottninggatan 31 lgh 1203, 252 21 Helsingborg')} och morfar bor kvar i {m(A, 'Kyrkvägen 4, 762 31 Rimbo')}."""),
    ("address", "no", False, f"""Vitnet bor i {m(A, 'Storgata 9B, 9008 Tromsø')} og jobber i {m(A, 'Dronningens gate 40, 7011 Trondheim')}."""),
    ("address", "da", False, f"""Afdøde boede på {m(A, 'Kongensgade 62, 1. th., 5000 Odense C')}. Boet administreres fra {m(A, 'Amagertorv 19, 4. sal, 1160 København K')}."""),
    ("address", "fi", False, f"""Hän asuu osoitteessa {m(A, 'Aleksanterinkatu 21 C 34, 20100 Turku')} ja hänen veljensä osoitteessa {m(A, 'Kauppakatu 8 A 2, 40100 Jyväskylä')}."""),
    ("address", "et", False, f"""Ta elab aadressil {m(A, 'Rüütli 12-5, 51007 Tartu')}, varem elas aadressil {m(A, 'Pärnu mnt 139E-41, 11317 Tallinn')}."""),
    ("address", "lv", False, f"""Viņa dzīvo {m(A, 'Elizabetes ielā 45-7, Rīgā, LV-1010')}, bet vasarā — {m(A, 'Jomas iela 22, Jūrmala, LV-2015')}."""),
    ("address", "lt", False, f"""Jis gyvena {m(A, 'Laisvės al. 67-12, LT-44304 Kaunas')}, o jo tėvai — {m(A, 'Taikos pr. 88-41, LT-91211 Klaipėda')}."""),
    ("address", "he", False, f"""העד מתגורר ב{m(A, 'רחוב יפו 97, דירה 14, ירושלים 9434004')}, ובעבר גר ב{m(A, 'שדרות רוטשילד 22, תל אביב-יפו 6688218')}."""),
    ("address", "ar", False, f"""يسكن المدعي في {m(A, 'شارع الملك فهد، مبنى 4417، حي الملز، الرياض 12629')}، ويعمل في {m(A, 'برج الفيصلية، الطابق 18، شارع العليا العام، الرياض')}."""),
    ("address", "zh", False, f"""他住在{m(A, '广东省深圳市南山区科技南十二路2号金蝶软件园B栋702')}，父母住在{m(A, '四川省成都市武侯区人民南路四段19号5单元301室')}。"""),
    ("address", "ja", False, f"""被相談者は{m(A, '福岡県福岡市中央区天神1丁目8番1号 天神コアビル702')}に住んでおり、実家は{m(A, '北海道札幌市中央区北3条西4丁目1-1')}にある。"""),
    ("address", "ko", False, f"""그는 {m(A, '대구광역시 수성구 동대구로 364, 301동 1102호')}에 살고 있으며, 부모님은 {m(A, '광주광역시 서구 상무중앙로 61, 5층')}에 계신다."""),
    ("address", "hi", False, f"""वह {m(A, 'प्लॉट नं. 18, सेक्टर 21, गांधीनगर, गुजरात 382021')} में रहता है और उसका दफ़्तर {m(A, 'तीसरी मंज़िल, 52 एमजी रोड, बेंगलुरु 560001')} में है।"""),
    ("address", "id", False, f"""Saksi tinggal di {m(A, 'Jl. Diponegoro No. 45, Kel. Darmo, Kec. Wonokromo, Surabaya 60241')}, sedangkan orang tuanya di {m(A, 'Jl. Gajah Mada No. 112, Denpasar, Bali 80112')}."""),
    ("address", "vi", False, f"""Bà ấy sống tại {m(A, '27/4 đường Nguyễn Trãi, phường 2, quận 5, TP. Hồ Chí Minh')}, còn con trai ở {m(A, 'Số 8 Lê Duẩn, quận Hải Châu, Đà Nẵng')}."""),
    ("address", "th", False, f"""เขาอาศัยอยู่ที่ {m(A, '123/45 หมู่บ้านพฤกษา ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพฯ 10230')}"""),
    ("address", "tl", False, f"""Nakatira si Lola sa {m(A, '128 Rizal Ave., Brgy. 5, Lungsod ng Dagupan, Pangasinan 2400')} at ang opisina ni Tito ay nasa {m(A, '4F Ayala Center Cebu, Cebu Business Park, Cebu City 6000')}."""),
    ("address", "sw", False, f"""Mlalamikaji anaishi {m(A, 'Nyumba Na. 34, Mtaa wa Uhuru, Kariakoo, Dar es Salaam')}, na ofisi yake iko {m(A, 'Ghorofa ya 3, Jengo la NSSF, Barabara ya Haile Selassie, Mombasa')}."""),
    ("address", "af", False, f"""Hy woon by {m(A, 'Longstraat 220, Kaapstad, 8001')} en sy ouers woon op {m(A, 'Plaas Rietvallei, Pad R62, Montagu, 6720')}."""),
    ("address", "en", False, f"""Ward 4 visitors list: {m(A, '27 Adetokunbo Ademola Crescent, Wuse II, Abuja')}; {m(A, 'Block 5, Flat 3, Ikota Villa Estate, Lekki, Lagos')}; {m(A, '18 Ring Road Central, Kanda, Accra')}."""),
    ("address", "en", False, f"""Egypt office: {m(A, '12 Hassan Sabri St, Zamalek, Cairo 11211')}. Kenya office: {m(A, '4th Floor, Delta Corner Annex, Ring Road Westlands, Nairobi')}. South Africa: {m(A, '30 Jellicoe Avenue, Rosebank, Johannesburg 2196')}."""),
    ("address", "en", False, f"""SHIP TO: {m(A, 'Villa 27, Street 14, Al Barsha 2, Dubai')} | BILL TO: {m(A, 'Office 1802, Burj Daman, DIFC, Dubai')}"""),
    ("address", "en", False, f"""Return address: {m(A, 'Room 1203, 12/F, Tower 2, Lippo Centre, 89 Queensway, Admiralty, Hong Kong')}"""),
    ("address", "en", False, f"""Tokyo office: {m(A, '5F Shiroyama Trust Tower, 4-3-1 Toranomon, Minato-ku, Tokyo 105-6005')}. Seoul office: {m(A, '20F, 152 Teheran-ro, Gangnam-gu, Seoul 06236')}."""),
    ("address", "en", False, f"""Ship from: {m(A, 'Room 508, No. 1088 Yuanshen Road, Pudong New District, Shanghai 200122')}
Ship to: {m(A, '22 Jalan Sultan Ismail, Level 14, 50250 Kuala Lumpur')}"""),
    ("address", "en", False, f"""The applicant resides at {m(A, '11/2 Soi Sukhumvit 24, Khlong Tan, Khlong Toei, Bangkok 10110')} and previously at {m(A, '45 Nguyen Hue Boulevard, Ben Nghe Ward, District 1, Ho Chi Minh City')}."""),
    ("address", "en", False, f"""OCR  text  (envelope):
{m(A, '1 2  Lower  Baggot  Street')}
{m(A, 'Dublin  2 ,  D02  F627')}
IRELAND"""),
    ("address", "es", False, f"""Dirección de facturación: {m(A, 'Blvd. Miguel de Cervantes Saavedra 301, Torre Norte Piso 9, Col. Granada, 11520 Miguel Hidalgo, CDMX')}
Dirección de entrega: {m(A, 'Av. Vallarta 3233, Int. 12, Vallarta Poniente, 44110 Guadalajara, Jal.')}"""),
    ("address", "pt", False, f"""Moradas: {m(A, 'Largo do Toural 11, 1.º, 4810-427 Guimarães')}; {m(A, 'Rua Direita 76, 3500-116 Viseu')}; {m(A, 'Avenida 5 de Outubro 204, 8.º A, 1050-064 Lisboa')}."""),
]
# ---------------------------------------------------------------- IBAN-heavy payment files and messages
cases += [
    ("iban", "en", False, f"""payout_batch_2024-05-31.csv
payee_ref,iban,amount_eur,reference
C-1001,{m(I, iban('DE', '370502999304931929', spaced=False))},412.50,May commission
C-1002,{m(I, iban('FR', '10278060774756869139492', spaced=False))},88.00,May commission
C-1003,{m(I, iban('ES', '01825322110201587439', spaced=False))},1260.00,May commission
C-1004,{m(I, iban('IT', 'X0300203280969728442123', spaced=False))},340.75,May commission
C-1005,{m(I, iban('NL', 'ABNA0592837461', spaced=False))},97.10,May commission
C-1006,{m(I, iban('AT', '1200051840273916', spaced=False))},215.00,May commission
C-1007,{m(I, iban('BE', be('0017294836'), spaced=False))},54.30,May commission
C-1008,{m(I, iban('PT', '001000006940890812210', spaced=False))},610.00,May commission"""),
    ("iban", "en", False, f"""<CdtTrfTxInf>
  <PmtId><EndToEndId>INV-2024-1183</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">1840.00</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Brauhaus Feldmann GmbH</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{m(I, iban('DE', '200400003228036919', spaced=False))}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>
<CdtTrfTxInf>
  <PmtId><EndToEndId>INV-2024-1184</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">96.40</InstdAmt></Amt>
  <Cdtr><Nm>{m(N, 'Aleksandra Wójcik')}</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{m(I, iban('PL', '249020005845493833917239', spaced=False))}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>"""),
    ("iban", "en", False, f"""Refund queue (manual)
#4471  {m(I, iban('GB', 'MIDL40051571846392'))}   £38.99
#4472  {m(I, iban('IE', 'BOFI90001709853472'))}   €112.00
#4473  {m(I, iban('LU', '0024183920714000'))}   €19.50
#4474  {m(I, iban('MT', 'VALL22013767679372317180652'))}   €240.00
#4475  {m(I, iban('CY', '002001280124756989050109'))}   €75.00"""),
    ("iban", "en", False, f"""Hi, I paid twice by mistake (order 88120317). Please refund to {m(I, iban('FI', '80001796955193', lower=True))} – thanks"""),
    ("iban", "en", False, f"""Beneficiary bank details
Account holder: {m(N, 'Oluwaseun Bakare')}
IBAN
{m(I, iban('GB', 'LOYD30963418472619'))}
Sort code: 30-96-34
Account no.: 18472619
SWIFT: LOYDGB21"""),
    ("iban", "de", False, f"""SEPA-Lastschriftmandat
Zahlungsempfänger: Stadtwerke Musterstadt, Gläubiger-ID DE98ZZZ09999999999
Kontoinhaber: {m(N, 'Renate Hoffmeister')}
IBAN: {m(I, iban('DE', '700500000028471936'))}
Ort, Datum: Freising, 02.05.2024"""),
    ("iban", "de", False, f"""Kannst du mir die 60 € fürs Konzert auf {m(I, iban('DE', '430609670830669367'))} schicken? Danke dir! (Alte Nummer endet auf 4410, die ist zu.)"""),
    ("iban", "fr", False, f"""Bonjour,
Veuillez trouver ci-dessous mes nouvelles coordonnées bancaires :
IBAN :
{m(I, iban('FR', '30003030206985451824645', lower=True))}
BIC : SOGEFRPP
Cordialement"""),
    ("iban", "es", False, f"""Devoluciones pendientes:
- Pedido 7731-A → {m(I, iban('ES', '20800000224324819066'))}
- Pedido 7734-C → {m(I, iban('ES', '14650100129032594683'))}
- Pedido 7740-B → {m(I, iban('ES', '00750001728246213848'))}"""),
    ("iban", "it", False, f"""Gentile cliente, il rimborso di € 49,90 sarà accreditato sul conto {m(I, iban('IT', 'M0306909420427633717428'))} entro 5 giorni lavorativi."""),
    ("iban", "nl", False, f"""Graag het huurbedrag vóór de 1e overmaken op {m(I, iban('NL', 'INGB0004183920'))} of het spaarrekeningnummer {m(I, iban('NL', 'RABO0123418739'))}."""),
    ("iban", "pl", False, f"""Numer konta do wpłat czynszu:
{m(I, iban('PL', '291140207564782850600864'))}
Tytuł przelewu: czynsz lokal 17"""),
    ("iban", "cs", False, f"""Platbu prosím zašlete na účet {m(I, iban('CZ', '20103371524916114695'))}, variabilní symbol 2024117."""),
    ("iban", "hu", False, f"""Kérem, az összeget a {m(I, iban('HU', '109180012433220689509736'))} számlára utalja."""),
    ("iban", "ro", False, f"""Vă rog să virați garanția în contul {m(I, iban('RO', 'RNCB0082044183920001'))} deschis la BCR."""),
    ("iban", "el", False, f"""Στοιχεία κατάθεσης: {m(I, iban('GR', '01720410772241110261597'))} (Τράπεζα Πειραιώς)."""),
    ("iban", "tr", False, f"""Kira bedelini {m(I, iban('TR', '0006208515332242342539'))} IBAN numarasına her ayın 5'ine kadar yatırınız."""),
    ("iban", "uk", False, f"""Реквізити для оплати: IBAN {m(I, iban('UA', '3204781237630726416410730'))}, призначення платежу: оренда за травень."""),
    ("iban", "sv", False, f"""Betala till {m(I, iban('SE', '80049684101875108557'))} senast 30/6."""),
    ("iban", "da", False, f"""Indbetal depositum på {m(I, iban('DK', '50510230366039'))} (Jyske Bank)."""),
    ("iban", "no", False, f"""Refusjon utbetales til kontonummer {m(I, iban('NO', '60115497689', spaced=False))}."""),
    ("iban", "fi", False, f"""Maksu tilille {m(I, iban('FI', '15720058796261'))}, viite 1847 3926."""),
    ("iban", "et", False, f"""Palun tasuge arve kontole {m(I, iban('EE', '7718892880956780'))}."""),
    ("iban", "lt", False, f"""Sąskaita mokėjimui: {m(I, iban('LT', '1040163766030827'))}"""),
    ("iban", "lv", False, f"""Pārskaitījums uz kontu {m(I, iban('LV', 'UNLA7872367086325'))}."""),
    ("iban", "hr", False, f"""Uplatu izvršite na {m(I, iban('HR', '24840087977287019'))}, poziv na broj 2024-117."""),
    ("iban", "sk", False, f"""Číslo účtu na vrátenie preplatku: {m(I, iban('SK', '09006646383139922333'))}."""),
    ("iban", "sl", False, f"""Nakazilo na TRR {m(I, iban('SI', '029225122936352'))}."""),
    ("iban", "bg", False, f"""Моля, преведете сумата по сметка {m(I, iban('BG', 'BNBG96610625904392'))}."""),
    ("iban", "he", False, f"""נא להעביר את התשלום לחשבון {m(I, iban('IL', '0206201983412119710'))}."""),
    ("iban", "ar", False, f"""رقم الآيبان لاسترداد المبلغ: {m(I, iban('SA', '45000000188470321001'))}"""),
    ("iban", "ar", False, f"""الحساب: {m(I, iban('AE', '0350899975576721890'))} — بنك الإمارات دبي الوطني"""),
    ("iban", "pt", False, f"""Chave para reembolso internacional: {m(I, iban('BR', '60701190004126055245455C1'))}"""),
    ("iban", "de", False, f"""Vereinskonto (Förderverein Grundschule Am Lindenplatz): {m(I, iban('DE', '680501014149790606'))} · Schatzmeisterin: {m(N, 'Birgit Lechner')}"""),
    ("iban", "fr", False, f"""Pour le loyer, IBAN suisse : {m(I, iban('CH', '08390037164800001'))} (titulaire : {m(N, 'Valérie Dubuis')})."""),
    ("iban", "is", False, f"""Leggið inn á {m(I, iban('IS', '0133264418730709847210'))}."""),
    ("iban", "en", False, f"""Supplier master data change request
Vendor: Kestrel Engineering Ltd (Co. no. 09418273)
Old IBAN: {m(I, iban('GB', 'HBUK40127660658315'))}
New IBAN: {m(I, iban('GB', 'HBUK40127643777709'))}
Requested by: {m(N, 'Fiona McLeish')}, {m(P, '+44 141 496 0188')}"""),
]
# ---------------------------------------------------------------- more SSN dumps and forms, with birth dates
cases += [
    ("ssn", "en", False, f"""-- backup of table `members` (partial)
(1021,'{m(S, '417-79-1440')}','{m(D, '1962-08-19')}','60614'),
(1022,'{m(S, '792-29-8305')}','{m(D, '1977-01-05')}','60657'),
(1023,'{m(S, '430-85-0616')}','{m(D, '1985-12-30')}','60201'),
(1024,'{m(S, '220-78-7613')}','{m(D, '1990-03-03')}','60302'),
(1025,'{m(S, '568-64-8966')}','{m(D, '1954-10-11')}','60091'),
(1026,'{m(S, '826-07-7071')}','{m(D, '2002-07-22')}','60622'),
(1027,'{m(S, '341-02-8353')}','{m(D, '1969-05-16')}','60618'),
(1028,'{m(S, '349-71-4190')}','{m(D, '1981-11-28')}','60640');"""),
    ("ssn", "en", False, f"""Claimant SSN        DOB          Claim #            ZIP
{m(S, '683 94 2583')}         {m(D, '04/02/1948')}   CLM-2024-0418273   33411
{m(S, '231 78 1762')}         {m(D, '11/19/1951')}   CLM-2024-0418290   33414
{m(S, '847 56 1107')}         {m(D, '06/07/1944')}   CLM-2024-0418302   33405
{m(S, '137 23 0415')}         {m(D, '09/25/1956')}   CLM-2024-0418317   33406
{m(S, '882 44 5038')}         {m(D, '01/13/1949')}   CLM-2024-0418325   33401"""),
    ("ssn", "en", False, f"""{{"records":[{{"ssn":"{m(S, '259642645')}","dob":"{m(D, '1983-06-14')}"}},{{"ssn":"{m(S, '372607109')}","dob":"{m(D, '1991-02-09')}"}},{{"ssn":"{m(S, '504795347')}","dob":"{m(D, '1975-09-30')}"}},{{"ssn":"{m(S, '164051993')}","dob":"{m(D, '1968-12-24')}"}},{{"ssn":"{m(S, '652248279')}","dob":"{m(D, '2000-04-01')}"}}]}}"""),
    ("ssn", "en", False, f"""PASTEBIN dump ("fullz" — reported to IC3)
{m(N, 'Jessica Hardin')} | {m(S, '723-13-0891')} | {m(D, '03/08/1989')} | {m(A, '2814 Glenwood Ave, Raleigh NC 27608')} | {m(P, '919-782-4410')}
{m(N, 'Michael Tsosie')} | {m(S, '676-56-0430')} | {m(D, '10/14/1973')} | {m(A, '605 Central Ave SW, Albuquerque NM 87102')} | {m(P, '505-243-1187')}
{m(N, 'Carla Benedetti')} | {m(S, '830-35-3784')} | {m(D, '12/21/1966')} | {m(A, '19 Laurel St, Providence RI 02906')} | {m(P, '401-351-6623')}"""),
    ("ssn", "en", False, f"""Medicaid renewal — household
Head of household SSN: {m(S, '121-41-8904')}   DOB: {m(D, '7/19/1986')}
Spouse SSN: {m(S, '891-73-2253')}   DOB: {m(D, '2/11/1988')}
Child 1 SSN: {m(S, '218-73-9566')}   DOB: {m(D, '9/3/2014')}
Child 2 SSN: {m(S, '613-91-4358')}   DOB: {m(D, '5/27/2018')}
Address: {m(A, '410 Beaumont St, Apt B, Shreveport, LA 71101')}"""),
    ("ssn", "en", False, f"""Please correct the taxpayer identification: the return was filed under {m(S, '445 72 2612')} but the correct SSN is {m(S, '445-27-2612')}. Taxpayer: {m(N, 'Lionel Baptiste')}."""),
    ("ssn", "en", False, f"""Uh, my social? Sure, it's {m(S, 'five two seven, one six, three two five eight')}. And my date of birth is {m(D, 'October third, nineteen seventy-nine')}."""),
    ("ssn", "en", False, f"""Authorization to release records: Patient {m(N, 'Gwendolyn Park')}, SSN {m(S, '387 69 9391')}, born {m(D, '06-02-1943')}, authorizes release to her daughter {m(N, 'Holly Park')}."""),
    ("ssn", "en", False, f"""Payroll change form
Employee: {m(N, 'Oscar Velásquez')}   SSN: {m(S, '417589386')}
New direct deposit: routing 021000021, acct ****6601
New address: {m(A, '1480 Ocean Pkwy Apt 6D, Brooklyn, NY 11230')}"""),
    ("ssn", "en", False, f"""SSN:{m(S, '808-23-4052')}|DOB:{m(D, '1995/08/17')}|ZIP:98103
SSN:{m(S, '566-98-4782')}|DOB:{m(D, '1979/03/02')}|ZIP:98052
SSN:{m(S, '835-36-9691')}|DOB:{m(D, '1987/12/12')}|ZIP:98121"""),
    ("ssn", "es", False, f"""Hoja de admisión – Clínica Comunitaria
Paciente: {m(N, 'Tomás Villalobos')}
Fecha de nacimiento: {m(D, '02/09/1961')}
Seguro Social: {m(S, '366-58-1825')}
Domicilio: {m(A, '3120 W Pierce St, Milwaukee, WI 53215')}
Teléfono: {m(P, '(414) 645-2290')}"""),
    ("ssn", "en", False, f"""Lease guarantor: {m(N, 'Beverly Stroud')} — SSN {m(S, '415-51-4615')}, DOB {m(D, 'Aug 4, 1957')}, current address {m(A, '92 Harbor View Dr, Mystic, CT 06355')}. Credit score 781."""),
    ("ssn", "en", False, f"""Scanned form (OCR):
S o c i a l  S e c u r i t y  N o . :  {m(S, '3 2 6 - 6 5 - 8 5 5 4')}
D a t e  o f  B i r t h :  {m(D, '0 4 / 1 1 / 1 9 9 2')}"""),
    ("ssn", "en", False, f"""Wire KYC: originator {m(N, 'Raymond Castellano')}, SSN {m(S, '234-31-5867')}, address {m(A, '5 Seaview Terrace, Newport, RI 02840')}. Beneficiary IBAN {m(I, iban('IT', 'T0306909606775576637940'))}."""),
    ("ssn", "en", False, f"""Thanks for applying! We've received your SSN ({m(S, '233-54-7659')}) and date of birth ({m(D, '1984-01-26')}). Your application ID is 587-40-4691-A — quote it in any correspondence."""),
    ("ssn", "en", False, f"""ssn=\"{m(S, '692-88-3177')}\" dob=\"{m(D, '1970-06-05')}\" state=OH
ssn=\"{m(S, '480-83-8864')}\" dob=\"{m(D, '1998-10-19')}\" state=OH
ssn=\"{m(S, '056-33-6236')}\" dob=\"{m(D, '1963-02-14')}\" state=KY"""),
    ("ssn", "zh", False, f"""報稅資料：配偶{m(N, '李美玲')}，社會安全號碼 {m(S, '848-84-3433')}，出生日期 {m(D, '1979年8月15日')}；子女{m(N, '李浩然')}，社會安全號碼 {m(S, '270-53-8488')}。"""),
    ("ssn", "ko", False, f"""고객님의 사회보장번호 {m(S, '138-84-5183')} 와 생년월일 {m(D, '1972.03.29')} 확인되었습니다. 주소: {m(A, '2100 Sawtelle Blvd Apt 304, Los Angeles, CA 90025')}"""),
    ("ssn", "vi", False, f"""Chị ơi, số an sinh xã hội của ba em là {m(S, '292 89 8813')}, ngày sinh {m(D, '20/11/1955')}. Còn của má là {m(S, '825 18 1526')}."""),
    ("ssn", "tl", False, f"""Ate, ito po ang SSN ni Tatay para sa tax: {m(S, '518-29-7595')}. Ipinanganak siya noong {m(D, 'Pebrero 2, 1960')}."""),
    ("ssn", "en", False, f"""Applicant: {m(N, 'Noelle Fairbanks')}
SSN {m(S, '623.36.4861')}  |  DOB {m(D, '12.07.1993')}
Prior SSN reported by bureau: {m(S, '623.63.4861')} (mismatch)"""),
]
# ---------------------------------------------------------------- birth dates in many formats, phones in many national formats
cases += [
    ("dob", "en", False, f"""Passenger manifest (extract)
SEAT  SURNAME/GIVEN       DOB          NAT
12A   {m(N, 'HALVORSEN/ERIK')}      {m(D, '14MAR1982')}    NOR
12B   {m(N, 'HALVORSEN/LIV')}       {m(D, '02SEP1984')}    NOR
12C   {m(N, 'HALVORSEN/NORA')}      {m(D, '30JUN2017')}    NOR"""),
    ("dob", "en", False, f"""Infant registrations this week: baby girl, born {m(D, '2024-04-02')}; baby boy, born {m(D, '2024-04-03')}; twins, born {m(D, '2024-04-05')}. Parents' consent forms on file."""),
    ("dob", "en", False, f"""member_no;dob;gender;postcode
M-40017;{m(D, '1990-07-14')};F;SW9 8JU
M-40018;{m(D, '1955-01-29')};M;N16 7XB
M-40019;{m(D, '1978-11-03')};F;LS7 3HT
M-40020;{m(D, '2006-02-18')};M;BS5 6QA
M-40021;{m(D, '1969-09-09')};F;G12 8RR"""),
    ("dob", "en", False, f"""My mum was born on the {m(D, '23rd of August 1949')}, so she turns 75 this summer — any ideas for a party venue in Brighton?"""),
    ("dob", "en", False, f"""Athlete profile — U18 trials. DOB: {m(D, '2007/10/05')} (age 16). Height 1.82 m. 100 m PB 10.94 s (2024-06-01, Birmingham)."""),
    ("dob", "de", False, f"""Teilnehmerliste Erste-Hilfe-Kurs
Nr. | Geburtsdatum | PLZ
1 | {m(D, '03.05.1999')} | 50667
2 | {m(D, '17.12.1971')} | 50733
3 | {m(D, '28.08.2004')} | 51063
4 | {m(D, '01.01.1960')} | 50823"""),
    ("dob", "de", False, f"""Mein Opa ist am {m(D, '9. November 1934')} geboren und wird dieses Jahr 90 – wir feiern im Gasthof am Marktplatz."""),
    ("dob", "fr", False, f"""Le patient, né le {m(D, '1er janvier 1947')}, est hospitalisé depuis le 12 mars pour une fracture du col du fémur."""),
    ("dob", "fr", False, f"""Liste des enfants inscrits : {m(D, '04/02/2016')} (CE2), {m(D, '19/07/2017')} (CE1), {m(D, '30/11/2018')} (CP)."""),
    ("dob", "es", False, f"""Mi hija nació el {m(D, '22 de diciembre de 2020')} y mi hijo el {m(D, '5 de abril de 2023')}; ¿a partir de qué edad admiten en la guardería?"""),
    ("dob", "pt", False, f"""O requerente, nascido a {m(D, '07/03/1958')}, com 66 anos, solicita a reforma antecipada."""),
    ("dob", "it", False, f"""La paziente (n. {m(D, '12.04.1939')}) è stata dimessa il 3 maggio 2024 con diagnosi di polmonite."""),
    ("dob", "nl", False, f"""Mijn zoon is geboren op {m(D, '11 oktober 2012')} en mijn dochter op {m(D, '3 juni 2015')}."""),
    ("dob", "pl", False, f"""Urodziłam się {m(D, '14 lutego 1990')} r. w Poznaniu, obecnie mam 34 lata."""),
    ("dob", "cs", False, f"""Narozen: {m(D, '21. 3. 1966')}, věk 58 let, bez trvalé medikace."""),
    ("dob", "hu", False, f"""Születési dátum: {m(D, '1982.09.14.')} – jelenleg 41 éves."""),
    ("dob", "ro", False, f"""Subsemnatul, născut la data de {m(D, '15.06.1977')}, declar pe propria răspundere..."""),
    ("dob", "el", False, f"""Ο ασθενής γεννήθηκε στις {m(D, '8 Οκτωβρίου 1950')} και είναι 73 ετών."""),
    ("dob", "tr", False, f"""Doğum tarihi: {m(D, '23.04.2001')} – Yaş: 23 – Kan grubu: A Rh+"""),
    ("dob", "ru", False, f"""Дата рождения: {m(D, '17 июля 1983 г.')}; место рождения: г. Самара."""),
    ("dob", "uk", False, f"""Народилася {m(D, '2 вересня 1995')} року у Вінниці."""),
    ("dob", "sv", False, f"""Född: {m(D, '1974-05-31')}. Ålder vid inskrivning: 49 år."""),
    ("dob", "no", False, f"""Gutten er født {m(D, '17. mai 2011')}, altså på nasjonaldagen!"""),
    ("dob", "da", False, f"""Fødselsdato: {m(D, '03-12-1988')} (35 år)."""),
    ("dob", "fi", False, f"""Olen syntynyt {m(D, '6. joulukuuta 1992')} Oulussa."""),
    ("dob", "et", False, f"""Sünniaeg: {m(D, '13.03.1994')}"""),
    ("dob", "lv", False, f"""Dzimšanas datums: {m(D, '1986. gada 4. augusts')}"""),
    ("dob", "lt", False, f"""Gimimo data: {m(D, '1979 m. sausio 22 d.')}"""),
    ("dob", "he", False, f"""הבת שלי נולדה ב-{m(D, '12 במאי 2018')} והבן ב-{m(D, '3.9.2020')}."""),
    ("dob", "ar", False, f"""وُلد المريض بتاريخ {m(D, '1965/03/14')} ويبلغ من العمر 59 عامًا."""),
    ("dob", "ja", False, f"""私の誕生日は{m(D, '1998年2月14日')}です。今年で26歳になります。"""),
    ("dob", "ko", False, f"""생년월일: {m(D, '1985.11.07')} (만 38세)"""),
    ("dob", "zh", False, f"""患者出生于{m(D, '1956年10月1日')}，今年67岁。"""),
    ("dob", "hi", False, f"""मेरी बेटी का जन्म {m(D, '14 नवंबर 2016')} को हुआ था।"""),
    ("dob", "id", False, f"""Tempat/Tgl. Lahir: Bandung, {m(D, '21-04-1987')}"""),
    ("dob", "vi", False, f"""Sinh ngày {m(D, '02 tháng 9 năm 1978')} tại Huế."""),
    ("dob", "th", False, f"""เกิดวันที่ {m(D, '12 สิงหาคม 2535')} อายุ 32 ปี"""),
    ("dob", "ms", False, f"""Anak saya dilahirkan pada {m(D, '31 Ogos 2019')} di Hospital Kuala Lumpur."""),
    ("dob", "sw", False, f"""Mtoto alizaliwa tarehe {m(D, '7 Julai 2021')} katika hospitali ya Aga Khan."""),
    ("dob", "is", False, f"""Fæðingardagur: {m(D, '17. júní 1990')}"""),
    ("dob", "bg", False, f"""Дата на раждане: {m(D, '05.10.1973')} г."""),
    ("dob", "hr", False, f"""Datum rođenja: {m(D, '28. 2. 1991.')}"""),
    ("phone", "en", False, f"""Out-of-hours numbers: plumbing {m(P, '0800 046 1783')}, locksmith {m(P, '07700 900 614')}, building manager {m(P, '+44 (0)20 3998 2041')} ext 2."""),
    ("phone", "en", False, f"""Call or text {m(P, '(415) 867-2931')} — if no answer try {m(P, '415.867.2940')} or the office at {m(P, '+1-415-433-0187')}."""),
    ("phone", "en", False, f"""AU support: {m(P, '1300 158 803')} · NZ: {m(P, '0800 645 669')} · Intl: {m(P, '+61 2 9416 9590')}"""),
    ("phone", "de", False, f"""Tel.: {m(P, '+49 (0) 711 / 2 54 54-53')}, Fax -39, Mobil {m(P, '0152 / 0446 6494')}"""),
    ("phone", "fr", False, f"""Standard : {m(P, '01.45.62.18.47')} — ligne directe : {m(P, '01 45 62 18 52')} — port. {m(P, '+33 7 68 14 38 32')}"""),
    ("phone", "es", False, f"""Llámanos al {m(P, '91 424 19 66')} o escríbenos por WhatsApp al {m(P, '+34 644 729 404')}."""),
    ("phone", "it", False, f"""Per appuntamenti: {m(P, '02 8481 9089')} (fisso) oppure {m(P, '+39 340 469 6989')}."""),
    ("phone", "pl", False, f"""Kontakt: tel. {m(P, '(22) 480 38 63')}, kom. {m(P, '+48 512 594 293')}."""),
    ("phone", "ru", False, f"""Звоните: {m(P, '8 800 443-69-81')} (бесплатно) или {m(P, '+7 (812) 457-49-52')}."""),
    ("phone", "ja", False, f"""お問い合わせ：{m(P, '0120-475-909')}（フリーダイヤル）／{m(P, '+81 3-4145-4078')}"""),
    ("phone", "ko", False, f"""문의: {m(P, '1588-1129')} 또는 {m(P, '02-469-9116')}"""),
    ("phone", "zh", False, f"""客服热线：{m(P, '400-853-3085')}，座机：{m(P, '+86 21 6492 1819')}，手机：{m(P, '186-1816-7475')}"""),
    ("phone", "pt", False, f"""Atendimento: {m(P, '0800 450 3266')} | WhatsApp {m(P, '+55 (31) 99444-3861')}"""),
    ("phone", "tr", False, f"""Bize ulaşın: {m(P, '0 (216) 456 53 56')} – GSM: {m(P, '+90 544 410 10 04')}"""),
    ("phone", "nl", False, f"""Bel {m(P, '010-4578057')} of {m(P, '+31 6 41 44 56 13')}."""),
    ("phone", "ar", False, f"""للحجز اتصل على {m(P, '+966 11 490 7389')} أو واتساب {m(P, '0501 295 434')}"""),
    ("phone", "hi", False, f"""संपर्क करें: {m(P, '+91 22 4155 3404')} या मोबाइल {m(P, '98203 80421')}"""),
    ("phone", "vi", False, f"""Liên hệ: {m(P, '(028) 3824 1736')} hoặc Zalo {m(P, '0912.354.954')}"""),
    ("phone", "th", False, f"""ติดต่อ {m(P, '02-410-2522')} หรือ {m(P, '089-428-5050')}"""),
    ("phone", "id", False, f"""Hubungi kami di {m(P, '(021) 5435 5964')} atau WA {m(P, '0813 4123 3538')}"""),
    ("phone", "el", False, f"""Τηλ.: {m(P, '2310 489 928')}, κιν.: {m(P, '697 421 3159')}"""),
    ("phone", "he", False, f"""טלפון: {m(P, '03-619-5628')}, נייד: {m(P, '054-480-0344')}"""),
    ("phone", "fi", False, f"""Puh. {m(P, '09 456 7599')}, GSM {m(P, '045 412 8473')}"""),
]
# ---------------------------------------------------------------- more addresses (multi-line blocks, lists), IBANs and SSNs without names
cases += [
    ("address", "en", False, f"""Billing address:
{m(A, 'Apt 5C, 310 West 86th Street')}
{m(A, 'New York, NY 10024')}
USA

Shipping address:
{m(A, '12 Harbour Lights Way, Unit 3')}
{m(A, 'Halifax, NS B3H 1Y2')}
Canada"""),
    ("address", "en", False, f"""Previous addresses (last 3 years):
1) {m(A, '44 Marine Parade, Southport QLD 4215')} (2021–2023)
2) {m(A, '7/118 Oxford Street, Darlinghurst NSW 2010')} (2019–2021)
3) {m(A, '3 Rata Street, Riccarton, Christchurch 8011')} (2018–2019)"""),
    ("address", "en", False, f"""id,address_line_1,address_line_2,town_and_postcode
1,{m(A, 'Flat 2')},{m(A, '19 Abbey Road')},{m(A, 'London NW8 9AY')}
2,{m(A, 'Rose Cottage')},{m(A, 'Mill Lane, Great Shelford')},{m(A, 'Cambridge CB22 5EN')}"""),
    ("address", "en", False, f"""Collection points: {m(A, 'Shop 3, 48 Main Street, Bray, Co. Wicklow A98 W2F6')} and {m(A, '112 Patrick Street, Cork T12 YX57')}."""),
    ("address", "de", False, f"""Rechnungsanschrift:
{m(A, 'Am Kupfergraben 6a, App. 14')}
{m(A, '10117 Berlin')}
Lieferanschrift:
Packstation 118
10178 Berlin"""),
    ("address", "fr", False, f"""Adresse de facturation :
{m(A, 'Bâtiment B, 2e étage, porte 12')}
{m(A, '145 avenue de la République')}
{m(A, '59000 Lille')}"""),
    ("address", "es", False, f"""Dirección postal:
{m(A, 'Avda. de la Albufera 321, Esc. 2, 7º C')}
{m(A, '28031 Madrid')}
España"""),
    ("address", "it", False, f"""Indirizzo di spedizione:
{m(A, 'Via Nazionale 230, scala A, interno 15')}
{m(A, '00184 Roma RM')}"""),
    ("address", "nl", False, f"""Correspondentieadres:
{m(A, 'Laan van Meerdervoort 52-C')}
{m(A, '2517 AM Den Haag')}"""),
    ("address", "pl", False, f"""Adres korespondencyjny:
{m(A, 'ul. Świętokrzyska 30 lok. 63')}
{m(A, '00-116 Warszawa')}"""),
    ("address", "ru", False, f"""Адрес доставки:
{m(A, 'ул. Ленина, д. 35, корп. 1, кв. 210')}
{m(A, '620014, г. Екатеринбург')}"""),
    ("address", "ja", False, f"""送付先：
〒{m(A, '530-0001 大阪府大阪市北区梅田3-1-3')}
{m(A, 'ノースゲートビル12階')}"""),
    ("address", "pt", False, f"""Endereço de cobrança:
{m(A, 'Av. Paulista, 1578, conj. 42')}
{m(A, 'Bela Vista, São Paulo – SP')}
CEP {m(A, '01310-200')}"""),
    ("address", "es", False, f"""Domicilio fiscal: {m(A, 'Calle 50 y Av. Samuel Lewis, Torre Global Bank, Piso 18, Ciudad de Panamá')}. Domicilio particular: {m(A, 'Jr. Carabaya 831, Dpto. 402, Cercado de Lima 15001')}."""),
    ("address", "es", False, f"""Envío a Chile: {m(A, 'Los Militares 5953, Depto. 1408, Las Condes, Región Metropolitana')}; envío a Uruguay: {m(A, 'Bulevar Artigas 1165, Apto. 502, 11200 Montevideo')}."""),
    ("address", "en", False, f"""Site survey addresses:
- {m(A, '14 Ogunlana Drive, Surulere, Lagos')}
- {m(A, 'Plot 7, Ntinda Road, Kampala')}
- {m(A, '221 Jan Hofmeyr Road, Westville, Durban 3629')}
- {m(A, 'House 12, Road 27, Gulshan 1, Dhaka 1212')}
- {m(A, '62 Galle Road, Colombo 03')}"""),
    ("address", "en", False, f"""Mailing list export (opt-in):
"{m(A, '8 Rue Saint-Paul, 75004 Paris')}"
"{m(A, 'Via Po 22, 10124 Torino')}"
"{m(A, 'Carrer de Girona 88, 08009 Barcelona')}"
"{m(A, 'Rua Garrett 50, 1200-204 Lisboa')}"
"{m(A, 'Bredgade 34, 1260 København K')}\""""),
    ("address", "en", False, f"""Notice served at {m(A, 'Unit 14, Block C, Sunway Apartments, Jalan PJU 5/1, 47810 Petaling Jaya')} and at {m(A, 'Blk 231 Bishan Street 22, #08-145, Singapore 570231')}."""),
    ("address", "ko", False, f"""배송지 변경: {m(A, '인천광역시 연수구 송도과학로 32, 송도테크노파크 IT센터 S동 1905호')} → {m(A, '세종특별자치시 한누리대로 2130, 802호')}"""),
    ("address", "zh", False, f"""寄件地址：{m(A, '浙江省杭州市西湖区文三路398号东信大厦15楼')}
收件地址：{m(A, '香港九龍旺角彌敦道688號旺角中心一期12樓1203室')}"""),
    ("address", "tr", False, f"""Fatura adresi: {m(A, 'Levent Mah. Büyükdere Cad. No: 185 Kat: 12, 34394 Şişli/İstanbul')}
Teslimat adresi: {m(A, 'Kültür Mah. Şair Eşref Bulvarı No: 22/4, 35220 Konak/İzmir')}"""),
    ("address", "ro", False, f"""Adresa de domiciliu: {m(A, 'Str. Republicii nr. 12, ap. 3, 550180 Sibiu')}; adresa de reședință: {m(A, 'Bd. Independenței nr. 8, bl. A2, ap. 15, 700102 Iași')}."""),
    ("address", "cs", False, f"""Fakturační adresa: {m(A, 'Nádražní 344/23, 150 00 Praha 5')}; doručovací adresa: {m(A, 'Palackého třída 1102/18, 612 00 Brno')}."""),
    ("address", "sk", False, f"""Trvalý pobyt: {m(A, 'Hlavná 56, 040 01 Košice')}; prechodný pobyt: {m(A, 'Štúrova 9, 949 01 Nitra')}."""),
    ("address", "uk", False, f"""Адреса реєстрації: {m(A, 'вул. Соборна, 45, кв. 12, м. Рівне, 33028')}; фактична адреса: {m(A, 'просп. Шевченка, 3, кв. 77, м. Дніпро, 49000')}."""),
    ("iban", "en", False, f"""Tenant deposits ledger
Flat 1  {m(I, iban('GB', 'NWBK56000305510655'))}  £1,450
Flat 2  {m(I, iban('GB', 'BARC20325336065537'))}  £1,300
Flat 3  {m(I, iban('GB', 'LOYD77914049176924'))}  £1,600
Flat 4  {m(I, iban('GB', 'HBUK40061832145187'))}  £1,375"""),
    ("iban", "de", False, f"""Kontenliste (Export)
Girokonto;{m(I, iban('DE', '120300001248166901'))}
Tagesgeld;{m(I, iban('DE', '500105175986863453'))}
Depotverrechnung;{m(I, iban('DE', '760300803334766171'))}"""),
    ("iban", "fr", False, f"""Bénéficiaires enregistrés :
- Loyer : {m(I, iban('FR', '17569000703347921766C19'))}
- Assurance : {m(I, iban('FR', '14508000405220857258H14'))}
- Nounou : {m(I, iban('FR', '10096000307437694557K88'))}"""),
    ("iban", "es", False, f"""Cuentas vinculadas: {m(I, iban('ES', '30580990448940123788', spaced=False))}, {m(I, iban('ES', '01280010167859627268', spaced=False))}."""),
    ("iban", "it", False, f"""IBAN conto principale: {m(I, iban('IT', 'A0503401633502331082467'))}
IBAN conto deposito: {m(I, iban('IT', 'Z0538711201486142205759'))}"""),
    ("iban", "nl", False, f"""Incasso van {m(I, iban('NL', 'SNSB5654656221'))} mislukt; probeer {m(I, iban('NL', 'TRIO0882529726'))}."""),
    ("iban", "en", False, f"""Please update our records: IBAN (Belgium) {m(I, iban('BE', be('0684586796')))}, IBAN (Luxembourg) {m(I, iban('LU', '0018240632935078'))}."""),
    ("iban", "pl", False, f"""Zwrot na rachunek {m(I, iban('PL', '601050142983161673666539'))} albo {m(I, iban('PL', '871160226066899482963597'))}."""),
    ("ssn", "en", False, f"""Form SS-5 copy (OCR)
1. NAME TO BE SHOWN ON CARD: FIRST {m(N, 'LUCIA')} MIDDLE M LAST {m(N, 'HERRERA')}
5. SSN PREVIOUSLY ASSIGNED: {m(S, '254 83 8496')}
6. DATE OF BIRTH: {m(D, '08 19 2003')}"""),
    ("ssn", "en", False, f"""Audit finding: 3 spreadsheet cells contained unmasked SSNs — {m(S, '399-95-4619')}, {m(S, '189-62-5977')}, {m(S, '032-77-6146')}. Columns have since been masked to last four (4619, 5977, 6146)."""),
    ("ssn", "en", False, f"""Joint account holders:
Primary — SSN {m(S, '712092192')}, DOB {m(D, '3/30/1974')}
Secondary — SSN {m(S, '104555305')}, DOB {m(D, '12/9/1976')}"""),
    ("ssn", "en", False, f"""The IRS notice CP2000 lists SSN {m(S, '196-99-1248')} with an underreported amount of $3,214 for tax year 2022. Response due within 30 days."""),
    ("ssn", "en", False, f"""Whistleblower tip: the former contractor's SSN ({m(S, '034-82-4284')}) and his wife's ({m(S, '687-67-3103')}) appear in the leaked spreadsheet, row 88 and 89."""),
    ("ssn", "es", False, f"""Cliente nuevo: SSN {m(S, '874 56 2749')}, fecha de nacimiento {m(D, '15/01/1992')}, vive en {m(A, '1820 N Zarzamora St, San Antonio, TX 78201')}."""),
    ("ssn", "en", False, f"""Daycare subsidy form — parent/guardian SSN: {m(S, '198 92 7738')}; child's SSN: {m(S, '846 35 1136')}; child's DOB: {m(D, '06/15/2021')}."""),
    ("ssn", "en", False, f"""SELECT * FROM tax_ids WHERE ssn IN ('{m(S, '474-16-1643')}','{m(S, '608-35-2136')}','{m(S, '768-50-9655')}');"""),
]
# ---------------------------------------------------------------- hard negatives, English
cases += [
    ("address", "en", True, """Climate march brings central London to a standstill
LONDON, 14 September — Thousands of protesters marched down Whitehall on Saturday before gathering in Parliament Square, where police closed Victoria Embankment until late evening."""),
    ("address", "en", True, """Directions: from the station, turn left onto High Street, walk about 400 m past the Co-op, then take the second right into Mill Lane. The car park is behind the church."""),
    ("address", "en", True, """Summer festival confirms new home
The festival moves this year from Hyde Park to Victoria Park in Hackney, with the main stage near the Crown Gate entrance. Nearest Tube: Mile End (Central, District lines)."""),
    ("address", "en", True, """Route 73 diverted: buses will not serve Oxford Circus or Tottenham Court Road stops between 10:00 and 16:00 on Sunday. Use the temporary stop on Great Portland Street."""),
    ("address", "en", True, """Road works update — week 21
Crews repaved a 2.3-mile stretch of Route 9 between Elm Street and the county line last week; the junction with Main Street reopens on Friday."""),
    ("address", "en", True, """Mail your completed form to: Claims Department, PO Box 7742, Des Moines, IA 50306-7742. Do not send cash."""),
    ("address", "en", True, """City council approves stadium plan
The new stadium will sit on the old rail yards just north of Fifth Avenue, a 12-minute walk from Union Station, with capacity for 42,000 spectators."""),
    ("address", "en", True, """Hotel review: great location on Orchard Road, 5 minutes from Somerset MRT. Rooms on floors 10–14 have the best views. Breakfast 6:30–10:30."""),
    ("address", "en", True, """Flash flooding hits Melbourne CBD
MELBOURNE — Flooding closed Collins Street and parts of Flinders Lane this morning; trams on routes 11, 12 and 48 are running with delays of up to 20 minutes."""),
    ("address", "en", True, """About us
The company is headquartered in Dublin, with regional offices in Lagos, Nairobi and Johannesburg, and plans to open in Cairo next year."""),
    ("address", "en", True, """Venue: Royal Albert Hall, Kensington Gore. Doors 18:30. Stalls rows A–K are step-free. Nearest stations: South Kensington (15 min), High Street Kensington."""),
    ("address", "en", True, """Trail notes: from the car park follow the Coast Path west for 3.4 km to Porthcurno, then climb 120 steps to the Minack viewpoint. Grid ref SW 387 219."""),
    ("address", "en", True, """Coordinates of the survey plot: 51.5074° N, 0.1278° W; elevation 11 m. Secondary plot at -33.8688, 151.2093."""),
    ("address", "en", True, """Lot 42 of the auction: "Victorian brass door knocker from a Bath townhouse, c. 1870, 18 cm." Estimate £120–£180."""),
    ("address", "en", True, """William Shakespeare (1564–1616)
Born in Stratford-upon-Avon in 1564, Shakespeare later lived in London near Bishopsgate before returning to New Place in his home town."""),
    ("dob", "en", True, """Wolfgang Amadeus Mozart (1756–1791)
Wolfgang Amadeus Mozart was born on 27 January 1756 in Salzburg and died on 5 December 1791 in Vienna, aged 35."""),
    ("dob", "en", True, """Marie Skłodowska-Curie — physicist and chemist
Marie Curie (born 7 November 1867 in Warsaw) was the first person to win Nobel Prizes in two different sciences."""),
    ("dob", "en", True, """Release schedule: v4.2.0 on 2024-03-15, v4.3.0 on 2024-06-14, LTS branch cut 2024-09-30."""),
    ("dob", "en", True, """Company history
The company was founded on 4 April 1975 in Albuquerque and went public on 13 March 1986."""),
    ("dob", "en", True, """Passport issued 12 Feb 2019, expires 11 Feb 2029. Visa valid from 01/06/2024 to 31/05/2025."""),
    ("dob", "en", True, """Best before: 14/09/2025
Packed on: 02/03/2024
Batch L2406-117"""),
    ("dob", "en", True, """Sept. 11, 2001; March 11, 2004; July 7, 2005 — the dates are engraved on the memorial wall at the station entrance."""),
    ("dob", "en", True, """Nelson Mandela: a timeline
Nelson Mandela, born 18 July 1918, was released from prison on 11 February 1990 and became president on 10 May 1994."""),
    ("dob", "en", True, """Event: Annual General Meeting. Date: 2024-11-21, 18:00 GMT. Deadline for proxy forms: 19/11/2024."""),
    ("dob", "en", True, """Zoo news: meet Kito!
The baby elephant born at the zoo on 3 May 2024 has been named Kito after a public vote."""),
    ("ssn", "en", True, """Employer Identification Number (EIN): 47-3918260. State tax ID: 600-418-273. Please reference both on Form 941."""),
    ("ssn", "en", True, """Wire instructions: ABA routing 026009593, account 4418 2736 1190, SWIFT BOFAUS3N. Reference invoice INV-77120."""),
    ("ssn", "en", True, """Ship to ZIP+4 30309-1847; carrier route C012; delivery point barcode ends 73."""),
    ("ssn", "en", True, """Claim number 418-27-3916-0 has been assigned to your auto claim; keep it for all correspondence with the adjuster."""),
    ("ssn", "en", True, """For security we only show the last four digits of your SSN: ***-**-4471. If this is not you, contact us."""),
    ("ssn", "en", True, """Part no. 540-18-2736 (hinge, left) and 540-18-2737 (hinge, right) are out of stock until week 32."""),
    ("ssn", "en", True, """UPS tracking: 1Z 999 AA1 01 2345 6784
USPS: 9400 1118 9922 3847 1936 02
FedEx: 7489 2736 1184"""),
    ("ssn", "en", True, """Lottery results: 04 - 18 - 27 - 36 - 41 - 52, Powerball 09. Next jackpot $312 million."""),
    ("ssn", "en", True, """NPI 1841927365
DEA number withheld
CLIA 05D0418273 — lab accreditation renewed through 2026."""),
    ("ssn", "en", True, """Case No. 2:24-cv-04182-JLS was filed in the Central District of California on 3 May 2024."""),
    ("ssn", "en", True, """Masked export: ssn_hash=9f2c1e77a4, ssn_last4=2736, dob_year=1981, zip3=303."""),
    ("ssn", "en", True, """The EIN for the foundation is 81-4418273; donations are tax-deductible to the extent allowed by law."""),
    ("phone", "en", True, """Order #418-273-6611 has shipped. Estimated delivery: Tue 14 May. Total charged: $1,418.27."""),
    ("phone", "en", True, """Q3 revenue rose to $4,182,736 from $3,917,200; EBITDA margin 21.4%. Shares closed at 418.27 (+2.36%)."""),
    ("phone", "en", True, """Log: 2024-05-14 09:41:27.361 [worker-3] INFO batch 0418273 completed in 2736 ms (records=41827, errors=0)"""),
    ("phone", "en", True, """Recipe: 250 g flour, 2 eggs, 180 ml milk, 1 tsp baking powder. Bake at 180 °C for 25–30 minutes. Serves 4."""),
    ("phone", "en", True, """Final score: Leeds 3–1 Burnley (HT 1–1). Attendance 36,418. Possession 58%–42%, shots 17–9, corners 7–2."""),
    ("phone", "en", True, """ISBN 978-0-14-118273-6
ISSN 0028-0836
DOI 10.1038/s41586-024-07183-2"""),
    ("phone", "en", True, """IMEI 35 418273 691847 2
Serial C02ZL4182736
Model A2418 — device reported lost."""),
    ("phone", "en", True, """Flight BA 0117 departs LHR T5 at 11:40, arrives JFK T7 at 14:35. Seat 41A. Booking ref QX7M2T."""),
    ("phone", "en", True, """Train times: 07:12, 07:42, 08:12, 08:27, 08:42 — platform 4. Journey time 1 h 18 min."""),
    ("phone", "en", True, """SKU 0412-418-736
Stainless steel kettle 1.7 L
EAN 5018473926105
RRP £34.99"""),
    ("phone", "en", True, """Emergency? Dial 999 (UK), 112 (EU), 911 (US/Canada) or 000 (Australia)."""),
    ("phone", "en", True, """Patent US 11,418,273 B2, filed 2021-09-30, granted 2022-08-16; related application 17/418,736."""),
    ("phone", "en", True, """Version 10.0.19045.4291 installed; build 22631.3447 pending; KB5036893 failed with 0x800f0922."""),
    ("phone", "en", True, """Sort code 20-00-00 and account number 4182 7361 are the club's details — no personal details please."""),
    ("iban", "en", True, """SWIFT/BIC codes of our correspondent banks: DEUTDEFF, BNPAFRPP, CHASUS33, HSBCHKHH. Intermediary: CITIUS33."""),
    ("iban", "en", True, """Please use the IBAN printed on your invoice — placeholder shown here: GBXX XXXX XXXX XXXX XXXX XX."""),
    ("iban", "en", True, """IBAN structure: two letters country code, two check digits, then up to 30 alphanumeric characters of BBAN; the UK BBAN is 4 letters plus 14 digits."""),
    ("iban", "en", True, """Wire via Fedwire: routing number 121000248, then SWIFT WFBIUS6S for international; beneficiary reference PO-2024-04182."""),
    ("person", "en", True, """Starmer and Macron agree new Channel plan
PARIS, Thursday — Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Thursday to discuss Channel crossings, according to Downing Street."""),
    ("person", "en", True, """Markets wrap: earnings week
Johnson & Johnson, McDonald's and Ford reported earnings this week; Tesla shares fell after Elon Musk's comments on margins."""),
    ("person", "en", True, """Shakespeare's Globe will stage Hamlet this summer; tickets for the Sam Wanamaker Playhouse go on sale Monday."""),
    ("person", "en", True, """Wall Street close
NEW YORK — The Dow Jones closed lower while the Nasdaq rose; Warren Buffett's Berkshire Hathaway disclosed a new stake."""),
    ("mixed", "en", True, """Invoice INV-2024-04182 | Customer no. 7731-0418 | Due 30/06/2024 | Amount £418.27 | VAT reg GB 418 2736 19 | Company no. 09418273"""),
    ("mixed", "en", True, """Parcel 00340434161094127365 left the hub in Coventry at 04:18 and is out for delivery in the CV4 area."""),
    ("mixed", "en", True, """Room 4.18 in Building 27, level 3: capacity 36, projector, hearing loop. Book via the facilities portal."""),
    ("mixed", "en", True, """Meeting notes: budget v3 approved; ticket JIRA-41827 closed; next sprint review 2024-06-18 14:00; owners: Finance, Platform team."""),
]
# ---------------------------------------------------------------- hard negatives, Western European languages
cases += [
    ("address", "de", True, """Großdemonstration im Regierungsviertel
BERLIN (dpa) – Tausende Menschen demonstrierten am Samstag auf der Straße des 17. Juni; die Polizei sperrte die Ebertstraße und Teile der Wilhelmstraße bis zum Abend."""),
    ("address", "de", True, """Anfahrt: Von der A9 Ausfahrt Garching-Süd, dann rechts auf die Lichtenbergstraße, nach ca. 800 m links. Parkplätze P3 und P4 stehen zur Verfügung."""),
    ("address", "de", True, """Schienenersatzverkehr: Die Busse halten an der Haltestelle Alexanderplatz/Gontardstraße statt am Bahnhof. Fahrzeit ca. 25 Minuten."""),
    ("address", "de", True, """Das Konzert findet in der Elbphilharmonie statt, Einlass ab 19 Uhr; nächste U-Bahn-Station Baumwall (U3)."""),
    ("address", "de", True, """Bitte senden Sie Ihre Unterlagen an: Postfach 10 04 27, 80078 München."""),
    ("address", "de", True, """Frankfurter Weihnachtsmarkt 2024
Der Weihnachtsmarkt auf dem Römerberg öffnet am 25. November; Stände gibt es auch an der Hauptwache und auf der Zeil."""),
    ("dob", "de", True, """Johann Wolfgang von Goethe (1749–1832)
Johann Wolfgang von Goethe wurde am 28. August 1749 in Frankfurt am Main geboren und starb am 22. März 1832 in Weimar."""),
    ("dob", "de", True, """Mindesthaltbar bis: 31.12.2025 – Chargennummer 2406117 – hergestellt am 03.06.2024."""),
    ("dob", "de", True, """Unternehmensgeschichte
Die Firma wurde am 1. April 1948 gegründet und feiert am 01.04.2024 ihr 76-jähriges Jubiläum."""),
    ("phone", "de", True, """Bestellnummer 4182-7361-0094
Rechnungsnr. RE-2024/04182
Kundennr. 0047 1188
Betrag 418,27 €"""),
    ("phone", "de", True, """Endstand: Bayern München – Borussia Dortmund 4:2 (2:1). Zuschauer: 75.000. Torschützen: 12., 38., 61., 88. Minute."""),
    ("phone", "de", True, """Rezept: 500 g Mehl, 250 ml lauwarmes Wasser, 1 Würfel Hefe (42 g), 10 g Salz. Bei 220 °C ca. 35 Minuten backen."""),
    ("phone", "de", True, """Artikelnr. 030 418 273 – Kabelbinder 4,8 × 300 mm, 100 Stk. – Lagerort R12/F04."""),
    ("iban", "de", True, """Unsere BIC lautet COBADEFFXXX; die Bankleitzahl 370 400 44. Für Auslandsüberweisungen bitte die IBAN aus der Rechnung verwenden."""),
    ("iban", "de", True, """Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
Mandatsreferenz: M-2024-04182
Fälligkeit: 15.06.2024"""),
    ("person", "de", True, """Deutsch-französische Gespräche in Berlin
BERLIN – Bundeskanzler Olaf Scholz traf am Dienstag Frankreichs Präsidenten in Berlin; Thema waren die Haushaltspläne der EU."""),
    ("mixed", "de", True, """Handelsregister: HRB 41827 B, Amtsgericht Charlottenburg
USt-IdNr.: DE 418273916
Steuer-Nr. 27/418/73916"""),
    ("address", "fr", True, """Manifestation à Paris : forte mobilisation
PARIS (AFP) – Une manifestation a rassemblé des milliers de personnes rue de Rivoli puis place de la Concorde ; le boulevard Saint-Germain est resté fermé jusqu'à 20 h."""),
    ("address", "fr", True, """Accès : ligne 14, station Bibliothèque François-Mitterrand, sortie 2, puis 300 m le long du quai François-Mauriac."""),
    ("address", "fr", True, """Strasbourg, capitale de Noël
Le marché de Noël s'installe sur la place Kléber et la place de la Cathédrale à Strasbourg du 22 novembre au 24 décembre."""),
    ("address", "fr", True, """Envoyez votre dossier à : Service Client, TSA 41827, 92894 Nanterre Cedex 9."""),
    ("dob", "fr", True, """Victor Hugo (1802-1885)
Victor Hugo est né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris."""),
    ("dob", "fr", True, """À consommer de préférence avant le 14/09/2025. Lot n° 24117, fabriqué le 02/03/2024."""),
    ("phone", "fr", True, """Facture n° FA-2024-0418
Commande n° 418 273 611
Montant TTC : 1 418,27 €
SIRET 418 273 916 00027"""),
    ("phone", "fr", True, """Résultat : PSG 3 – 1 OM. Affluence : 47 418. Buts : 12e, 55e, 78e et 89e minute."""),
    ("phone", "fr", True, """Recette : 200 g de chocolat, 4 œufs, 100 g de sucre, 80 g de beurre. Cuisson 25 min à 180 °C, th. 6."""),
    ("iban", "fr", True, """Code banque : 30004, code guichet : 00821, BIC : BNPAFRPPXXX — l'IBAN complet figure sur votre RIB."""),
    ("person", "fr", True, """Rencontre franco-allemande à l’Élysée
Le président Emmanuel Macron a reçu le chancelier allemand à l'Élysée ; Christine Lagarde s'exprimera jeudi à Francfort."""),
    ("address", "es", True, """Multitudinaria manifestación en el centro de Madrid
MADRID (EFE).– Miles de personas se manifestaron en la Gran Vía y la Puerta del Sol; la calle de Alcalá permaneció cortada hasta la noche."""),
    ("address", "es", True, """Cómo llegar: metro línea 3, estación Plaza de España; salida calle Princesa, a 5 minutos a pie del museo."""),
    ("address", "es", True, """Envíe la documentación al Apartado de Correos 41827, 28080 Madrid."""),
    ("dob", "es", True, """Gabriel García Márquez (1927-2014)
Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca y murió el 17 de abril de 2014 en Ciudad de México."""),
    ("dob", "es", True, """Fecha de caducidad: 30/11/2025. Fecha de fabricación: 01/12/2023. Lote: 4182A."""),
    ("phone", "es", True, """Pedido n.º 418-273-6611
Factura F2024/0418
Total: 1.418,27 €
CIF B-41827361"""),
    ("phone", "es", True, """Resultado: Real Madrid 2 – 1 Barcelona. Asistencia: 78.412. Goles: 23', 67', 88'."""),
    ("ssn", "es", True, """Número de expediente 418-27-3916 del Juzgado de lo Social n.º 4 de Sevilla; vista señalada para el 12/09/2024."""),
    ("person", "es", True, """Agenda de la semana
El presidente Pedro Sánchez viajó a Bruselas; Shakira actuará en el Santiago Bernabéu en julio."""),
    ("address", "pt", True, """Desfile do 25 de Abril enche a Avenida
LISBOA (Lusa) – Milhares de pessoas desfilaram pela Avenida da Liberdade até à Praça dos Restauradores; a Rua Augusta esteve fechada ao trânsito."""),
    ("address", "pt", True, """Como chegar: metrô linha 2-verde, estação Trianon-Masp, saída Avenida Paulista, sentido Consolação."""),
    ("address", "pt", True, """Envie para a Caixa Postal 41827, CEP 01031-970, São Paulo – SP."""),
    ("dob", "pt", True, """Fernando Pessoa (1888-1935)
Fernando Pessoa nasceu em 13 de junho de 1888, em Lisboa, e morreu em 30 de novembro de 1935."""),
    ("phone", "pt", True, """Pedido nº 4182736110
Nota fiscal 000.418.273
Total R$ 1.418,27
CNPJ 41.827.361/0001-90"""),
    ("address", "it", True, """Corteo nel centro di Roma
ROMA (ANSA) – Migliaia di persone hanno sfilato in via del Corso fino a piazza Venezia; via dei Fori Imperiali è rimasta chiusa fino a sera."""),
    ("address", "it", True, """Come arrivare: metro A, fermata Spagna, poi 5 minuti a piedi lungo via Condotti."""),
    ("dob", "it", True, """Leonardo da Vinci (1452-1519)
Leonardo da Vinci nacque il 15 aprile 1452 ad Anchiano, vicino a Vinci, e morì il 2 maggio 1519 ad Amboise."""),
    ("phone", "it", True, """Ordine n. 0418 2736 11
Fattura 2024/418
Totale € 1.418,27
P.IVA 04182736119"""),
    ("phone", "it", True, """Risultato finale: Inter 2 – Juventus 1. Spettatori 71.418. Reti al 14', 52' e 90'+3."""),
    ("address", "nl", True, """Grote demonstratie in Rotterdam
ROTTERDAM (ANP) – Duizenden mensen liepen over de Coolsingel naar het Hofplein; de Weena was tot de avond afgesloten."""),
    ("address", "nl", True, """Route: neem tram 2 of 12 naar halte Van Baerlestraat, het museum ligt aan het Museumplein."""),
    ("dob", "nl", True, """Vincent van Gogh (1853-1890)
Vincent van Gogh werd geboren op 30 maart 1853 in Zundert en overleed op 29 juli 1890 in Auvers-sur-Oise."""),
    ("phone", "nl", True, """Bestelnummer 4182-7361-10
Factuur F24-0418
KvK 41827361
btw NL004182736B01
Totaal € 418,27"""),
    ("iban", "nl", True, """Let op: wij vragen nooit per e-mail om uw rekeningnummer. Onze BIC is INGBNL2A; uw IBAN staat op de pas."""),
    ("address", "ca", True, """Manifestació multitudinària a Barcelona
BARCELONA – Milers de persones es van manifestar pel passeig de Gràcia fins a la plaça de Catalunya; la Via Laietana va estar tallada."""),
    ("dob", "ca", True, """Antoni Gaudí i Cornet (1852-1926)
Antoni Gaudí va néixer el 25 de juny de 1852 a Reus i va morir el 10 de juny de 1926 a Barcelona."""),
]
# ---------------------------------------------------------------- hard negatives, Central/Eastern Europe, Nordics, Baltics
cases += [
    ("address", "pl", True, """Marsz w centrum Warszawy
WARSZAWA (PAP) – Tysiące osób przeszły ulicą Marszałkowską na plac Defilad; Aleje Jerozolimskie były zamknięte do wieczora."""),
    ("address", "pl", True, """Dojazd: tramwajem nr 4 lub 15 do przystanku Rondo ONZ, następnie 300 m w kierunku Hali Mirowskiej."""),
    ("dob", "pl", True, """Maria Skłodowska-Curie (1867–1934)
Maria Skłodowska-Curie urodziła się 7 listopada 1867 r. w Warszawie."""),
    ("phone", "pl", True, """Zamówienie nr 418/273/2024
Faktura FV 0418/05/2024
NIP 418-273-61-19
REGON 418273611
Kwota 1 418,27 zł"""),
    ("address", "cs", True, """Demonstrace v centru Prahy
PRAHA (ČTK) – Demonstranti prošli Václavským náměstím a Národní třídou; Wilsonova ulice byla uzavřena."""),
    ("dob", "cs", True, """Antonín Dvořák (1841–1904)
Antonín Dvořák se narodil 8. září 1841 v Nelahozevsi."""),
    ("phone", "cs", True, """Objednávka č. 418273611
Faktura 2024-0418
IČO 41827361
Celkem 4 182,73 Kč"""),
    ("address", "sk", True, """Električky č. 4 a 9 premávajú cez Obchodnú ulicu; zastávka Poštová je dočasne zrušená."""),
    ("dob", "sk", True, """Milan Rastislav Štefánik (1880–1919)
Milan Rastislav Štefánik sa narodil 21. júla 1880 v Košariskách."""),
    ("address", "hu", True, """Tüntetés Budapesten
BUDAPEST (MTI) – A tüntetők az Andrássy úton vonultak a Hősök teréig; a Nagykörút egy szakaszát lezárták."""),
    ("dob", "hu", True, """Liszt Ferenc (1811–1886)
Liszt Ferenc 1811. október 22-én született Doborjánban."""),
    ("phone", "hu", True, """Rendelésszám: 418-2736-11
Számla: SZ-2024/0418
Adószám: 41827361-2-41
Végösszeg: 41 827 Ft"""),
    ("address", "ro", True, """Protest amplu în Capitală
BUCUREȘTI – Mii de oameni au mărșăluit pe Calea Victoriei până în Piața Universității; Bulevardul Magheru a fost închis."""),
    ("dob", "ro", True, """Mihai Eminescu (1850–1889)
Mihai Eminescu s-a născut la 15 ianuarie 1850, la Botoșani."""),
    ("phone", "ro", True, """Comanda nr. 4182736
Factura seria BV nr. 0418
CUI RO41827361
Total 1.418,27 lei"""),
    ("address", "el", True, """Μεγάλη πορεία στο κέντρο της Αθήνας
ΑΘΗΝΑ – Χιλιάδες διαδηλωτές πορεύτηκαν στην οδό Σταδίου προς την πλατεία Συντάγματος· η Πανεπιστημίου έκλεισε για την κυκλοφορία."""),
    ("dob", "el", True, """Νίκος Καζαντζάκης (1883–1957)
Ο Νίκος Καζαντζάκης γεννήθηκε στις 18 Φεβρουαρίου 1883 στο Ηράκλειο."""),
    ("phone", "el", True, """Αρ. παραγγελίας 418273611
Τιμολόγιο 2024/0418
ΑΦΜ εταιρείας 041827361
Σύνολο 418,27 €"""),
    ("address", "tr", True, """İstanbul’da büyük yürüyüş
İSTANBUL – Binlerce kişi İstiklal Caddesi'nden Taksim Meydanı'na yürüdü; Tarlabaşı Bulvarı trafiğe kapatıldı."""),
    ("dob", "tr", True, """Mustafa Kemal Atatürk (1881–1938)
Mustafa Kemal Atatürk 1881 yılında Selanik'te doğdu; Cumhuriyet 29 Ekim 1923'te ilan edildi."""),
    ("phone", "tr", True, """Sipariş no: 418273611
Fatura no: GIB2024000041827
Vergi no: 4182736119
Tutar: 4.182,73 TL"""),
    ("address", "ru", True, """Шествие в центре Москвы
МОСКВА – Шествие прошло по Тверской улице до Манежной площади; Охотный Ряд был перекрыт до вечера."""),
    ("dob", "ru", True, """Александр Сергеевич Пушкин (1799–1837)
Александр Пушкин родился 6 июня 1799 года в Москве."""),
    ("phone", "ru", True, """Заказ № 418-273-611
Счёт № 0418 от 14.05.2024
ИНН 7704182736
Сумма 41 827,36 ₽"""),
    ("ssn", "ru", True, """Номер дела 2-4182/2024, судебный участок № 73; заседание назначено на 12.09.2024."""),
    ("address", "uk", True, """Хода в центрі столиці
КИЇВ – Колона пройшла Хрещатиком до Майдану Незалежності; вулицю Інститутську перекрили."""),
    ("dob", "uk", True, """Тарас Шевченко (1814–1861)
Тарас Шевченко народився 9 березня 1814 року в Моринцях."""),
    ("phone", "uk", True, """Замовлення № 4182736
Рахунок № 0418
ЄДРПОУ 41827361
Сума 4 182,73 грн"""),
    ("address", "bg", True, """Протест в центъра на София
СОФИЯ – Протестиращите минаха по булевард „Витоша“ до площад „Независимост“."""),
    ("dob", "bg", True, """Христо Ботев (1848–1876)
Христо Ботев е роден на 6 януари 1848 г. в Калофер."""),
    ("address", "hr", True, """Prosvjed u središtu Zagreba
ZAGREB (Hina) – Prosvjednici su prošli Ilicom do Trga bana Jelačića; Praška ulica bila je zatvorena."""),
    ("address", "sl", True, """Shod v Ljubljani
LJUBLJANA (STA) – Udeleženci shoda so se zbrali na Prešernovem trgu in nadaljevali po Slovenski cesti."""),
    ("address", "sv", True, """Stor demonstration i Stockholm
STOCKHOLM (TT) – Tusentals personer tågade längs Drottninggatan till Sergels torg; Kungsgatan var avstängd hela eftermiddagen."""),
    ("address", "sv", True, """Vägbeskrivning: ta tunnelbanans röda linje till Slussen, gå ut mot Götgatan och fortsätt 400 meter söderut."""),
    ("dob", "sv", True, """Astrid Lindgren (1907–2002)
Astrid Lindgren föddes den 14 november 1907 på gården Näs utanför Vimmerby."""),
    ("phone", "sv", True, """Ordernummer 4182-7361
Faktura 2024-0418
Org.nr 556418-2736
Bankgiro 418-2736
Att betala 4 182,73 kr"""),
    ("address", "no", True, """Trafikkmelding Bergensbanen
Toget fra Oslo S til Bergen går via Finse; buss for tog mellom Voss og Arna på grunn av arbeid i Ulrikstunnelen."""),
    ("dob", "no", True, """Edvard Munch (1863–1944)
Edvard Munch ble født 12. desember 1863 i Løten."""),
    ("phone", "no", True, """Ordrenr. 41827361
Faktura 2024-418
Org.nr. 918 273 611 MVA
KID 4182736110
Sum 4 182,73 kr"""),
    ("address", "da", True, """Demonstration i indre København
KØBENHAVN (Ritzau) – Demonstranterne gik ad Strøget til Rådhuspladsen; H.C. Andersens Boulevard var spærret."""),
    ("dob", "da", True, """H.C. Andersen (1805–1875)
H.C. Andersen blev født den 2. april 1805 i Odense."""),
    ("phone", "da", True, """Ordrenr. 418273
Faktura 2024-0418
CVR 41827361
Beløb 4.182,73 kr."""),
    ("address", "fi", True, """Mielenosoitus Helsingin keskustassa
HELSINKI (STT) – Mielenosoittajat marssivat Mannerheimintietä Senaatintorille; Aleksanterinkatu oli suljettu."""),
    ("dob", "fi", True, """Jean Sibelius (1865–1957)
Jean Sibelius syntyi 8. joulukuuta 1865 Hämeenlinnassa."""),
    ("phone", "fi", True, """Tilausnumero 418273611
Lasku 2024-0418
Y-tunnus 4182736-1
Viitenumero 41827 36110
Summa 418,27 €"""),
    ("address", "is", True, """Mótmæli í miðbænum
REYKJAVÍK – Mótmælendur gengu niður Laugaveg að Austurvelli; Lækjargata var lokuð fram á kvöld."""),
    ("dob", "is", True, """Halldór Laxness (1902–1998)
Halldór Laxness fæddist 23. apríl 1902 í Reykjavík."""),
    ("address", "et", True, """Meeleavaldus Tallinna kesklinnas
TALLINN (BNS) – Rongkäik liikus mööda Narva maanteed Vabaduse väljakule; Pärnu maantee oli suletud."""),
    ("dob", "et", True, """Lydia Koidula (1843–1886)
Lydia Koidula sündis 24. detsembril 1843 Vändras."""),
    ("address", "lv", True, """Gājiens Rīgas centrā
RĪGA (LETA) – Gājiens devās pa Brīvības ielu līdz Brīvības piemineklim; Raiņa bulvāris bija slēgts."""),
    ("dob", "lv", True, """Rainis (1865–1929)
Rainis dzimis 1865. gada 11. septembrī Varslavānos."""),
    ("address", "lt", True, """Eitynės Vilniaus centre
VILNIUS (ELTA) – Eitynės vyko Gedimino prospektu iki Katedros aikštės; Vilniaus gatvė buvo uždaryta."""),
    ("dob", "lt", True, """Mikalojus Konstantinas Čiurlionis (1875–1911)
Mikalojus Konstantinas Čiurlionis gimė 1875 m. rugsėjo 22 d. Varėnoje."""),
    ("iban", "pl", True, """Kod BIC banku: PKOPPLPW; numer rozliczeniowy 1020 1026. Pełny numer rachunku znajdziesz w aplikacji."""),
    ("iban", "sv", True, """BIC: ESSESESS, clearingnummer 5201. Ange alltid OCR-nummer 4182736110 vid betalning."""),
    ("iban", "da", True, """Reg.nr. 3000 — SWIFT DABADKKK. IBAN oplyses på kontoudtoget."""),
    ("iban", "fi", True, """BIC: NDEAFIHH. Viitenumero RF18 4182 7361. Eräpäivä 14.6.2024."""),
]

# ---------------------------------------------------------------- hard negatives, Middle East, Asia, Africa
cases += [
    ("address", "he", True, """הפגנת ענק בתל אביב
אלפי מפגינים צעדו ברחוב קפלן עד כיכר הבימה; דרך בגין נסגרה לתנועה עד הערב."""),
    ("dob", "he", True, """דוד בן-גוריון (1886–1973)
דוד בן-גוריון נולד ב-16 באוקטובר 1886 בפלונסק."""),
    ("phone", "he", True, """הזמנה מס' 4182736
חשבונית 2024/0418
ח.פ. 514182736
סה"כ 418.27 ₪"""),
    ("address", "ar", True, """مسيرة حاشدة وسط العاصمة
تونس – خرج آلاف المتظاهرين في شارع الحبيب بورقيبة وصولًا إلى ساحة القصبة، وأُغلق شارع محمد الخامس أمام السيارات."""),
    ("address", "ar", True, """للوصول: استقل المترو الخط الأحمر إلى محطة برج خليفة/دبي مول، ثم سر 10 دقائق عبر الممر المكيف."""),
    ("dob", "ar", True, """نجيب محفوظ (1911–2006)
وُلد نجيب محفوظ في 11 ديسمبر 1911 بحي الجمالية في القاهرة."""),
    ("phone", "ar", True, """رقم الطلب 418273611
رقم الفاتورة 2024-0418
الرقم الضريبي للشركة 300418273600003
المبلغ 418.27 ريال"""),
    ("iban", "ar", True, """رمز السويفت: NBEGEGCX081 — يرجى استخدام رقم الآيبان المطبوع على كشف الحساب."""),
    ("address", "ja", True, """都心で大規模デモ
【東京】デモ隊は霞が関から日比谷公園まで行進し、晴海通りは夕方まで通行止めとなった。"""),
    ("address", "ja", True, """アクセス：東京メトロ銀座線「表参道駅」A1出口から徒歩5分。"""),
    ("dob", "ja", True, """夏目漱石（1867–1916）
夏目漱石は1867年2月9日（慶応3年1月5日）に江戸で生まれた。"""),
    ("phone", "ja", True, """注文番号：418-2736-1100　請求書番号：INV-2024-0418　合計：41,827円（税込）"""),
    ("address", "ko", True, """광화문 일대 대규모 집회
【서울】 시위대는 세종대로를 따라 광화문광장까지 행진했으며, 종로 일부 구간이 통제되었다."""),
    ("dob", "ko", True, """세종대왕 (1397–1450)
세종대왕은 1397년 5월 15일 한양에서 태어났다."""),
    ("phone", "ko", True, """주문번호 2024051441827361
사업자등록번호 418-27-36119
결제금액 41,827원"""),
    ("address", "zh", True, """北京举行大型游行活动
新华社北京电　游行队伍沿长安街行进至天安门广场，王府井大街部分路段临时封闭。"""),
    ("address", "zh", True, """交通：乘坐地铁2号线至南京东路站，3号口出，步行约5分钟即到外滩。"""),
    ("dob", "zh", True, """鲁迅（1881—1936）
鲁迅1881年9月25日出生于浙江绍兴。"""),
    ("phone", "zh", True, """订单号：418273611004
发票号码：04182736
统一社会信用代码 91310000418273611X
金额：¥4,182.73"""),
    ("address", "hi", True, """राजधानी में बड़ा प्रदर्शन
नई दिल्ली — प्रदर्शनकारी राजपथ से इंडिया गेट तक गए; जनपथ पर यातायात बंद रहा।"""),
    ("dob", "hi", True, """महात्मा गांधी (1869–1948)
महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था।"""),
    ("phone", "hi", True, """ऑर्डर नं. 418-2736-1100
इनवॉइस 2024/0418
GSTIN 27AAACR4182K1Z5
कुल ₹4,182.73"""),
    ("address", "id", True, """Aksi unjuk rasa di pusat Jakarta
JAKARTA (ANTARA) – Ribuan orang berunjuk rasa di Jalan M.H. Thamrin hingga Bundaran HI; Jalan Sudirman ditutup sampai malam."""),
    ("dob", "id", True, """Soekarno (1901–1970)
Soekarno lahir pada 6 Juni 1901 di Surabaya."""),
    ("phone", "id", True, """No. pesanan INV/20240514/MPL/4182736110
NPWP perusahaan 41.827.361.1-418.000
Total Rp418.273"""),
    ("address", "ms", True, """Perarakan di ibu kota
KUALA LUMPUR (Bernama) – Perarakan bergerak dari Jalan Tuanku Abdul Rahman ke Dataran Merdeka; Jalan Raja ditutup."""),
    ("address", "tl", True, """Malawakang martsa sa Maynila
MAYNILA – Nagmartsa ang libu-libo sa España Boulevard papuntang Mendiola; sarado ang Recto Avenue hanggang gabi."""),
    ("dob", "tl", True, """José Rizal (1861–1896)
Ipinanganak si José Rizal noong Hunyo 19, 1861 sa Calamba, Laguna."""),
    ("address", "vi", True, """Diễu hành tại trung tâm Hà Nội
HÀ NỘI – Đoàn diễu hành đi dọc đường Tràng Tiền đến quảng trường Đông Kinh Nghĩa Thục; phố Đinh Tiên Hoàng bị cấm xe."""),
    ("dob", "vi", True, """Chủ tịch Hồ Chí Minh (1890–1969)
Chủ tịch Hồ Chí Minh sinh ngày 19 tháng 5 năm 1890 tại Nghệ An."""),
    ("phone", "vi", True, """Mã đơn hàng 418273611
Hóa đơn số 0004182
MST doanh nghiệp 0104182736
Tổng 418.273 đ"""),
    ("address", "th", True, """ชุมนุมใหญ่กลางกรุง
กรุงเทพฯ – ผู้ชุมนุมเดินขบวนไปตามถนนราชดำเนินถึงอนุสาวรีย์ประชาธิปไตย ถนนดินสอปิดการจราจร"""),
    ("dob", "th", True, """สุนทรภู่ (พ.ศ. 2329–2398)
สุนทรภู่เกิดเมื่อวันที่ 26 มิถุนายน พ.ศ. 2329 ที่กรุงเทพฯ"""),
    ("address", "sw", True, """Maandamano katikati ya jiji
NAIROBI – Maandamano yalipita Barabara ya Moi hadi Uwanja wa Uhuru; Barabara ya Kenyatta ilifungwa hadi jioni."""),
    ("dob", "sw", True, """Julius Kambarage Nyerere (1922–1999)
Julius Nyerere alizaliwa tarehe 13 Aprili 1922 huko Butiama."""),
    ("address", "af", True, """Groot optog in Kaapstad
KAAPSTAD – Betogers het met Adderleystraat tot by die Parlement gestap; Strandstraat was tot die aand gesluit."""),
    ("dob", "af", True, """Nelson Mandela (1918–2013)
Nelson Mandela is op 18 Julie 1918 in Mvezo gebore."""),
]
# ---------------------------------------------------------------- a few more IBAN/SSN records; document-style hard negatives
cases += [
    ("iban", "en", False, f"""Expense reimbursements — June run
EMP-0412  {m(I, iban('DE', '101208007060237558', spaced=False))}  EUR 212.40
EMP-0417  {m(I, iban('FR', '30056000106630573179281', spaced=False))}  EUR 88.15
EMP-0433  {m(I, iban('IE', 'IPBS99071075605642', spaced=False))}  EUR 1,044.00
EMP-0451  {m(I, iban('NL', 'BUNQ8288903024', spaced=False))}  EUR 63.70
EMP-0468  {m(I, iban('ES', '00811234509326836137', spaced=False))}  EUR 430.00
EMP-0472  {m(I, iban('AT', '3500045847637539', spaced=False))}  EUR 19.99"""),
    ("iban", "en", False, f"""bank_accounts.json
{{"primary": "{m(I, iban('CH', '04835801050352487', spaced=False))}", "savings": "{m(I, iban('LI', '08800645618831929', spaced=False))}", "eur": "{m(I, iban('DE', '660700040133584779', spaced=False))}"}}"""),
    ("ssn", "en", False, f"""1095-C Part II — Covered individuals
(a) Name                  (b) SSN         (c) DOB
{m(N, 'Ronald Baptiste')}         {m(S, '402-18-7736')}     {m(D, '1976-02-11')}
{m(N, 'Ines Baptiste')}           {m(S, '402-81-6620')}     {m(D, '1978-09-30')}
{m(N, 'Jude Baptiste')}           {m(S, '595-17-2290')}     {m(D, '2009-12-04')}
{m(N, 'Leah Baptiste')}           {m(S, '595-71-4418')}     {m(D, '2013-06-21')}"""),
    ("ssn", "en", False, f"""Ticket #88213 (HR helpdesk): employee says her SSN was entered as {m(S, '517 62 0934')} but should be {m(S, '517-26-0934')}; also spouse {m(S, '268.04.1187')} is missing from the benefits enrolment."""),
    ("ssn", "en", False, f"""victims.csv (subpoenaed)
{m(S, '371229418')},MI,48198
{m(S, '418530027')},MI,48197
{m(S, '384916275')},MI,48104
{m(S, '372084419')},OH,43604"""),
    ("mixed", "en", True, """UPCOMING EVENTS
Sat 15 Jun · 10:00–16:00 · Riverside Craft Fair · Market Square
Sun 16 Jun · 14:00 · Brass band concert · Bandstand, Victoria Park
Wed 19 Jun · 19:30 · Town council meeting · Council Chamber, Town Hall
Fri 21 Jun · 21:45 · Solstice walk · meet at the North Gate car park"""),
    ("mixed", "en", True, """Timetable — Line 42 (Mon–Fri)
Central Station  06:05  06:35  07:05  07:20  07:35
Harbour Road     06:12  06:42  07:12  07:27  07:42
Hospital         06:20  06:50  07:20  07:35  07:50
Airport T1       06:41  07:11  07:41  07:56  08:11"""),
    ("mixed", "en", True, """Premier League table (top 5)
Pos Club            P  W  D  L  GF GA  GD Pts
1   Man City       38 28  7  3  96 34 +62 91
2   Arsenal        38 28  5  5  91 29 +62 89
3   Liverpool      38 24 10  4  86 41 +45 82
4   Aston Villa    38 20  8 10  76 61 +15 68
5   Tottenham      38 20  6 12  74 61 +13 66"""),
    ("mixed", "en", True, """product_id,name,ean,price,weight_g
418273,"Espresso beans 1kg",5018473926105,18.99,1000
418274,"Oat milk 6x1L",5018473926112,11.49,6180
418275,"Dark chocolate 85%",5018473926129,2.79,100"""),
    ("mixed", "en", True, """INVOICE
Supplier: Harbourline Freight Ltd — Company No. 08418273 — VAT GB 418 2736 19
Invoice no.: HF-2024-04182   Date: 14/05/2024   PO: 4500418273
Description: Container haulage, Felixstowe → Daventry DIRFT, 2 × 40' HC
Net £1,418.27   VAT £283.65   Total £1,701.92
Pay to: sort code 40-11-62 · BIC HBUKGB4B · quote the invoice number"""),
    ("mixed", "en", True, """On This Day: 18 July 1918 — Nelson Mandela born; 20 July 1969 — Apollo 11 lands on the Moon; 21 July 1983 — the lowest temperature on Earth, −89.2 °C, recorded at Vostok Station."""),
    ("mixed", "de", True, """Veranstaltungskalender
Sa, 15.06.2024, 10–18 Uhr · Flohmarkt auf dem Marktplatz
So, 16.06.2024, 11 Uhr · Führung durch die Altstadt, Treffpunkt Rathaus
Di, 18.06.2024, 19:30 Uhr · Lesung in der Stadtbibliothek"""),
    ("mixed", "fr", True, """Horaires — Ligne 7 (lundi à vendredi)
Gare centrale 06:10 06:40 07:10
Hôtel de Ville 06:17 06:47 07:17
Hôpital Nord 06:28 06:58 07:28
Tarif : 1,90 € · carnet de 10 : 16,90 €"""),
    ("mixed", "es", True, """Clasificación tras la jornada 38: 1. Real Madrid 95 pts; 2. Barcelona 85; 3. Girona 81; 4. Atlético 76; 5. Athletic 68. Máximo goleador: 24 goles."""),
    ("mixed", "it", True, """Menù del giorno: antipasto € 9,50
primo € 12,00
secondo € 18,50
dolce € 6,00
coperto € 2,50. Tavolo 14, 4 coperti, ore 20:30."""),
    ("mixed", "ja", True, """時刻表（平日）　東京 6:00 6:12 6:24 6:33 ／ 品川 6:07 6:19 6:31 6:40 ／ 新横浜 6:18 6:30 6:42 6:51"""),
    ("mixed", "pl", True, """Rozkład jazdy linii 175: Dworzec Centralny 5:41, 6:01, 6:21; Plac Zawiszy 5:45, 6:05, 6:25; Lotnisko Chopina 6:07, 6:27, 6:47."""),
    ("mixed", "pt", True, """Tabela do Brasileirão: 1º Botafogo 79 pts, 2º Palmeiras 73, 3º Flamengo 70, 4º Fortaleza 68. Próxima rodada em 20/11/2024."""),
    ("mixed", "nl", True, """Dienstregeling: Amsterdam Centraal 08:12 — Utrecht Centraal 08:39 — Eindhoven Centraal 09:28. Spoor 5b. Vertraging +4 min."""),
    ("mixed", "ru", True, """Расписание электричек: Москва (Ленинградский вокзал) 07:14, 07:48, 08:22; Химки 07:35, 08:09, 08:43. Стоимость 73 ₽."""),
    ("mixed", "ko", True, """리그 순위: 1위 울산 72점, 2위 포항 64점, 3위 광주 59점. 득점왕 17골. 다음 경기 2024-10-20 14:00."""),
    ("mixed", "zh", True, """航班CA1831 北京首都T3 08:00 起飞，上海虹桥T2 10:15 到达，登机口 E18，座位 41A。"""),
]

emit("tuning20m", cases)
