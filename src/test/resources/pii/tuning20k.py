# Tuning corpus 20k: private names and addresses in running prose (news, notices, letters, chats, minutes) in 37 languages, with capitalised non-person hard negatives.
# Run: python3 tuning20k.py > corpus-tuning20k.jsonl
import re
import textwrap

from labels import A, C, D, E, I, ID, N, P, S, emit, m

# Shorthand used below: {N:Jan Nowak} is written out as m(N, "Jan Nowak"), {A:...} as m(A, ...), and so on.
_TYPES = {"N": N, "A": A, "D": D, "ID": ID, "P": P, "E": E, "C": C, "I": I, "S": S}
_MARK = re.compile(r"\{(N|A|D|ID|P|E|C|I|S):([^{}]+)\}")


def T(text):
    text = textwrap.dedent(text).strip("\n")

    def rep(mo):
        v = mo.group(2)
        assert v == v.strip() and v[-1] not in ".,;:!?)(\"'" and v[0] not in ".,;:!?)\"'", repr(v)
        return m(_TYPES[mo.group(1)], v)

    out = _MARK.sub(rep, text)
    assert "{" not in out and "}" not in out, out
    return out


cases = []


def add(kind, lang, text):
    t = T(text)
    assert "\u27e6" in t, t
    cases.append((kind, lang, False, t))


def neg(kind, lang, text):
    cases.append((kind, lang, True, T(text)))


# ==================================================================== English
add("news", "en", """
Mill Lane residents say 'enough is enough' after third flood since October

Householders on Mill Lane in Todmorden spent Sunday morning shovelling silt out of their kitchens again after the River Calder burst its banks overnight.

{N:Janet Greenwood}, 64, who has lived at {A:27 Mill Lane} for more than thirty years, said she had only just had new skirting boards fitted. "I'm not angry any more, I'm tired," she said. "Every time it rains I sit up listening for the drain."

Her neighbour {N:Kieran Doyle}, from {A:30 Mill Lane}, helped carry her sofa upstairs at two in the morning. "{N:Janet}'s looked after my kids since they were tiny, it's the least I could do," he said. {N:Doyle}, a plasterer, reckons the culvert under the lane has been blocked since the summer.

A petition started by {N:Ayesha Malik} of {A:212 Rochdale Road} has collected more than 600 signatures.
""")

add("court", "en", """
A Swindon man who sent more than 200 abusive messages to his former partner has been handed a 12-month community order.

{N:Darren Mitchell}, 38, of {A:14 Kingshill Road, Swindon SN1 4LF}, pleaded guilty at Swindon Magistrates' Court to harassment without violence.

The court heard that {N:Mitchell} bombarded {N:Lisa Harding} with texts and voicemails over six weeks after their relationship ended in the spring. On one occasion he turned up outside her mother's house in Penhill and refused to leave until police arrived.

In mitigation, his solicitor said {N:Mitchell} had been drinking heavily after losing his job. He was also made subject to a restraining order preventing him from contacting Ms {N:Harding} or her daughter, {N:Kayleigh}, for three years.
""")

add("obituary", "en", """
{N:HARGREAVES, Edith May} (née {N:Pickles}). Passed away peacefully at Airedale Hospital on 3rd February, aged 92. Born in Keighley on {D:14 June 1931}, {N:Edith} worked for forty years at the Dalton Mills weaving shed and never missed a Whit Walk.

Beloved wife of the late {N:Frank}, devoted mum to {N:Susan} and {N:Peter}, mother-in-law to {N:Graham}, and a much-loved nan to {N:Chloe}, {N:Jack} and {N:Megan}.

Funeral service at St Michael and All Angels, Haworth, on Friday 16th February at 11am. Family flowers only please; donations in lieu to the Yorkshire Air Ambulance. All enquiries to {N:Peter Hargreaves}, {A:5 Ashgrove Terrace, Keighley BD21 3NR}.
""")

add("forum", "en", """
Re: Neighbour parking across my drive - what are my options?

Thanks everyone for the replies. Update for anyone who finds this later: I finally went round and spoke to him. His name is {N:Trevor Banks} and he lives at {A:9 Alder Close}, the one with the caravan. {N:Trevor} says his son {N:Liam} borrows the van and "doesn't know the rules", which is rubbish because {N:Liam} is 34.

My other neighbour {N:Bev} (the lovely lady who posted on here last year about the hedge) has offered to be a witness if I go to the council. Anyone done that before?
""")

add("classified", "en", """
FOR SALE - Silver Cross Wayfarer pram in charcoal, barely used, rain cover and footmuff included, £80 ono. Smoke-free, pet-free home. Collection only from {A:41 Hawthorn Avenue, Leicester LE3 9QT}. Ring or text {N:Sandra} on {P:07700 914 382} after 6pm, or email {E:sandra.b.leics@gmail.com}. No time-wasters please, {N:Sandra} and {N:Mick}.
""")

add("reference", "en", """
To whom it may concern,

I am delighted to recommend {N:Aisha Rahman}, who worked in our Trafford Park depot as a warehouse supervisor from March 2019 until last month.

During that time {N:Aisha} managed a team of fourteen pickers across two shifts, rewrote our induction handbook and was nominated twice for our Colleague of the Year award. When our WMS migration went badly wrong in 2022 it was Ms {N:Rahman} who kept the night shift running on paper for three days.

I would re-employ her without hesitation. Please feel free to contact me directly on {P:0161 832 4417} or at {E:g.whitlock@brightwater-logistics.co.uk}.

Yours faithfully,
{N:Graham Whitlock}
Operations Manager, Brightwater Logistics Ltd
""")

add("chat", "en", """
[19:02] {N:mike_t}: anyone seen {N:dave}'s keys?? he's locked out again
[19:03] {N:sophie}: lol ask {N:ellie} she drove him home
[19:03] {N:ellie.b}: they're in my cup holder 🙈 i'll drop them round to his after tea
[19:04] {N:mike_t}: he's at {A:22 Clarence St} now btw not the old flat
[19:05] {N:sophie}: {N:ellie} ur a legend
""")

add("wedding", "en", """
ENGAGEMENTS

The engagement is announced between {N:Thomas}, elder son of Mr and Mrs {N:Richard Ashworth} of Harrogate, North Yorkshire, and {N:Eleanor}, younger daughter of Dr {N:Helen Fairbairn} and the late Mr {N:Colin Fairbairn}, of Bridge of Allan, Stirlingshire.

The marriage will take place in September at Dunblane Cathedral. {N:Thomas} and {N:Eleanor} met while volunteering with a rowing club in Putney and would like to thank Uncle {N:Dougie} for the introduction.
""")

add("letter", "en", """
Sir, I read with dismay your report on the closure of Hillcrest library. My late husband {N:Arthur Penrose} and I took our three children there every Saturday for twenty years, and our granddaughter {N:Molly} still goes to the Lego club on Thursdays.

When I rang the council, a very polite young man named {N:Josh} told me it was "a budget decision". I would like to know whose budget.

{N:Margaret Penrose}, {A:18 Fernleigh Gardens, Plymouth PL4 7BQ}
""")

add("lostfound", "en", """
FOUND on the number 36 bus towards Headingley on Tuesday evening: a navy rucksack containing a sketchbook with the name {N:Olamide Adeyemi} written inside the cover, a student card and a set of keys on a Totoro keyring. If this is yours (or you know {N:Olamide}!), message {N:Rachel} on {P:07583 226 904} and describe the keyring. I live near {A:3 Cardigan Lane, Leeds LS6 1DR} and can hand it over any evening.
""")

neg("news", "en", """
Storm Bert brings flooding to Calder Valley as Environment Agency issues warnings

Storm Bert swept across the Pennines overnight, closing the A646 between Hebden Bridge and Todmorden and forcing Network Northern to suspend services on the Calder Valley line.

The River Calder peaked at Mytholmroyd shortly after 3am. Calderdale Council opened a rest centre at Todmorden Town Hall and urged anyone needing sandbags to call its emergency line on 01422 288 001.

The Met Office said Storm Bert was the second named storm of the season after Storm Ashley. A yellow wind warning remains in place for Lancashire, Cumbria and the Yorkshire Dales until Monday evening.
""")

neg("sport", "en", """
Harry Kane scored twice as England eased past Finland at Wembley, moving within sight of Wayne Rooney's record for the national team. Bukayo Saka set up the opener and Jude Bellingham was replaced by Cole Palmer on the hour.

Interim manager Lee Carsley said afterwards that Declan Rice had "run the game", while Finland coach Markku Kanerva admitted his side had been "punished for every mistake". Thomas Tuchel, who takes charge in January, watched from the stands alongside Football Association chief executive Mark Bullingham.
""")

neg("review", "en", """
Hilary Mantel's Wolf Hall trilogy ends with The Mirror and the Light, and reading it again I was struck by how little Thomas Cromwell ever says about himself. Henry VIII is all appetite; Anne Boleyn is gone by the first page; Jane Seymour barely survives the second act.

Compare this with Philippa Gregory's The Other Boleyn Girl, where Mary Boleyn narrates everything. Mantel trusts the reader more. If you loved Bring Up the Bodies, this is worth the 900 pages. Next month our book club reads Dickens's Great Expectations, and yes, Miss Havisham is still the best thing in it.
""")

neg("notice", "en", """
Road closures this weekend: Nelson Mandela Way will be shut between the Churchill roundabout and Queen Elizabeth Hospital from 8pm Friday. Diversions via Victoria Road and Princess Street. Buses 17 and 17A will not serve the Florence Nightingale Health Centre stop.

The works are part of the Wellington Place regeneration scheme. Queries can be sent to the highways team at Town Hall, Market Square, or by calling the council contact centre on 0300 123 4567.
""")

neg("review", "en", """
Brunch at The Duke of Wellington was a mixed bag. The Eggs Benedict were textbook, the Beef Wellington special was dry, and the Caesar salad had clearly met a bottle of dressing rather than an anchovy. Pudding redeemed things: a proper Peach Melba and a Victoria sponge that Mary Berry would have approved of.

The pub sits on Nelson Street opposite St George's Church, a short walk from Lord Street station. Staff were friendly; the Jack Russell by the fire was friendlier. Three stars.
""")

neg("newsletter", "en", """
ST PATRICK'S PARISH NEWSLETTER - Third Sunday of Lent

This week we celebrate the feast of St Patrick on Monday and St Joseph on Wednesday. Mass times are unchanged. The Stations of the Cross will be prayed every Friday at 7pm in the Lady Chapel.

The St Vincent de Paul Society thanks everyone who donated to the food bank in February. Our parish pilgrimage to Walsingham is now full. The parish office, 14 Church Street, is open Tuesday to Thursday, 10am to 1pm; telephone 01904 623 118.

Pope Francis has asked all parishes to pray this month for the people of Sudan.
""")

neg("news", "en", """
The former Royal Navy frigate HMS Argyll has been towed from Plymouth to Turkey for recycling. Built by Yarrow Shipbuilders on the Clyde, the Type 23 served in Sierra Leone, the Gulf and the Caribbean before being decommissioned last year.

A small crowd gathered on the Hoe to watch the tug Christos XXIV pull her past Drake's Island, under the gaze of the statue of Sir Francis Drake. Her sister ship HMS Montrose was scrapped in 2023, and HMS Westminster is expected to follow in the spring. The Ministry of Defence said the ship's bell will go on display at the Royal Naval Museum in Portsmouth.
""")


# ==================================================================== German
add("news", "de", """
Rehkitz aus Mähwiese gerettet: Drohnenteam aus Obernkirchen im Dauereinsatz

Kurz nach fünf Uhr morgens steht {N:Jürgen Meisel} schon am Feldrand bei Vehlen, die Wärmebildkamera in der Hand. „Wenn der Bauer um sieben mäht, müssen wir durch sein“, sagt der 58-Jährige. Gemeinsam mit seiner Tochter {N:Lena} und {N:Tobias Wendland} vom Hegering hat er in diesem Frühjahr schon 43 Kitze aus den Wiesen getragen.

Landwirtin {N:Petra Brandt} ist dankbar: „Ohne {N:Jürgen} und seine Leute hätte ich das nicht mehr mit gutem Gewissen machen können.“ {N:Meisels} Drohne hat der Verein über Spenden finanziert; wer helfen möchte, erreicht {N:Wendland} unter {P:0152 2874 4106}.
""")

add("obituary", "de", """
In Liebe und Dankbarkeit nehmen wir Abschied von

{N:Gertrud Hoffmann}
geb. {N:Schäfer}
* {D:12. März 1938}   † 4. Januar 2024

Du hast uns mit Deiner Wärme und Deinem Humor durchs Leben begleitet.

In stiller Trauer
{N:Klaus} und {N:Monika Hoffmann}
{N:Annette Hoffmann-Ries} mit {N:Jonas} und {N:Paula}
sowie alle Angehörigen

Die Trauerfeier findet am Freitag, dem 12. Januar, um 13 Uhr in der Friedhofskapelle Fritzlar statt. Traueranschrift: Familie {N:Hoffmann}, {A:Lindenstraße 17, 34560 Fritzlar}
""")

add("tenancy", "de", """
Sehr geehrter Herr {N:Özdemir},

wie bereits am Telefon besprochen, ist in meiner Wohnung in der {A:Gneisenaustraße 41, 3. OG links, 10961 Berlin} seit dem 2. Dezember die Heizung im Schlafzimmer und im Bad ausgefallen. Ihr Hausmeister, Herr {N:Kowalski}, war zwar am 5. Dezember kurz da, hat aber nur das Thermostat getauscht.

Ich setze Ihnen hiermit eine Frist bis zum 20. Dezember und behalte mir eine Mietminderung vor. Meine Nachbarin Frau {N:Lindqvist} aus dem 2. OG hat dasselbe Problem und schließt sich an.

Sie erreichen mich unter {P:030 6981 2247} oder {E:s.krueger-wendt@posteo.de}.

Mit freundlichen Grüßen
{N:Sabine Krüger-Wendt}
""")

add("club", "de", """
Kreisliga B, 14. Spieltag: TSV Eintracht Sindringen – SV Blau-Weiß Forchtenberg 2:3 (1:1)

Ein Spiel, das keiner so schnell vergisst. Nach zwölf Minuten brachte {N:Marvin Scholz} unsere Erste per Kopf in Führung, doch Forchtenberg glich durch {N:Deniz Aydın} noch vor der Pause aus. Nach dem Wechsel drehten die Gäste das Spiel, ehe unser Kapitän {N:Kaschi} – für alle anderen {N:Florian Kaschner} – in der 88. Minute auf 2:2 stellte. In der Nachspielzeit rutschte {N:Pascal Wohlfahrt} im Tor ein Aufsetzer durch. Bitter!

Gute Besserung an {N:Lukas Hägele}, der mit Verdacht auf Bänderriss ausgewechselt wurde. Das Training am Dienstag leitet {N:Timo}, da Trainer {N:Bernd Seitz} im Urlaub ist.
""")

add("classified", "de", """
Verkaufe gut erhaltenes Kinderfahrrad (Puky, 16 Zoll, rot) mit Stützrädern für 60 €. Abholung in {A:Am Mühlbach 3, 83646 Bad Tölz} bei Familie {N:Huber}, am besten abends. Fragen gern an {N:Vroni} unter {P:0176 4418 2093}. Kein Versand!
""")

add("qa", "de", """
Frage: Mein Schwiegervater {N:Heinz-Dieter Lüdtke}, geboren am {D:3.11.1947}, ist im Sommer ins Pflegeheim gezogen. Jetzt ist sein Personalausweis ({ID:L8H4K7RZ2}) abgelaufen und er kann nicht mehr selbst zum Bürgeramt. Kann meine Frau {N:Birgit} das für ihn erledigen, oder muss jemand vom Amt zu ihm kommen? Er wohnt jetzt in der {A:Hauptstraße 112, 47051 Duisburg}.

Antwort von {N:kathrin_nrw}: Bei uns kam eine Mitarbeiterin vom Bürgeramt ins Heim, das ging problemlos. Ruf einfach an und frag nach einem Hausbesuch.
""")

add("minutes", "de", """
Protokoll der Eigentümerversammlung vom 14. März

Anwesend waren elf von vierzehn Eigentümern. Frau {N:Demirci} übernahm die Versammlungsleitung, Herr {N:Albrecht Vollmer} führte Protokoll. Zu TOP 3 berichtete Frau {N:Ilse Brückner} aus Wohnung 6, dass im Keller erneut Feuchtigkeit aufgetreten sei; Herr {N:Vollmer} schlug vor, den Gutachter {N:Matthias Frey} erneut zu beauftragen. Herr {N:Nguyen} enthielt sich. Die nächste Versammlung findet bei {N:Brückners} im Gemeinschaftsraum statt.
""")

neg("notice", "de", """
Ab Montag wird die Konrad-Adenauer-Straße zwischen dem Willy-Brandt-Platz und der Einmündung Theodor-Heuss-Allee voll gesperrt. Betroffen sind auch die Haltestellen „Sophie-Scholl-Gymnasium“ und „Robert-Bosch-Krankenhaus“ der Linien 42 und 44. Die Umleitung erfolgt über die Friedrich-Ebert-Straße.

Auskünfte erteilt das Tiefbauamt im Rathaus, Marktplatz 1, 70173 Stuttgart, montags bis freitags unter 0711 216-0.
""")

neg("sport", "de", """
Der FC Bayern hat sich mit einem 4:0 gegen den VfL Wolfsburg an die Tabellenspitze gesetzt. Harry Kane traf doppelt, Jamal Musiala und Leroy Sané erhöhten. Trainer Vincent Kompany lobte vor allem Joshua Kimmich, der erstmals als Kapitän auflief, weil Manuel Neuer geschont wurde.

Beim Gegner stand Ralph Hasenhüttl nach dem Spiel unter Druck. In der Allianz Arena waren 75.000 Zuschauer, darunter Bundestrainer Julian Nagelsmann.
""")

neg("review", "de", """
Wer Thomas Manns „Zauberberg“ zum ersten Mal liest, sollte Geduld mitbringen. Hans Castorp fährt für drei Wochen nach Davos und bleibt sieben Jahre; Settembrini und Naphta streiten sich über hunderte Seiten, und Madame Chauchat taucht viel seltener auf, als man es in Erinnerung hat.

Im Vergleich wirkt Fontanes „Effi Briest“ fast schlank. Unser Lesekreis nimmt sich im Mai Christa Wolfs „Kassandra“ vor, danach vielleicht Goethes „Faust“ – Gretchen und Mephisto haben schließlich auch ihre Fans.
""")

neg("news", "de", """
Tief „Wilfried“ bringt Sturm und Dauerregen: Pegel an Mosel und Rhein steigen

Nach Hoch „Gundula“, das uns ein sonniges Wochenende beschert hat, zieht ab Dienstag Tief „Wilfried“ über Nordrhein-Westfalen und Rheinland-Pfalz. Der Deutsche Wetterdienst warnt vor Orkanböen im Hunsrück und in der Eifel. In Koblenz wird am Deutschen Eck mit Hochwasser gerechnet; die Stadt hat Sandsäcke am Kaiserin-Augusta-Ring bereitgestellt.

Auch der Martinsumzug in Trier am Sankt-Martins-Tag ist vorsorglich abgesagt worden.
""")

neg("newsletter", "de", """
Liebe Eltern der Albert-Schweitzer-Grundschule,

am Freitag besucht uns das Puppentheater „Kasper und Seppel“ in der Turnhalle. Die Klassen 3a und 3b fahren nächste Woche ins Senckenberg-Museum, die Klassen 4 zum Hessenpark. Bitte denken Sie an die Anmeldung für die Ferienbetreuung im Haus der Jugend in der Bertha-von-Suttner-Straße.

Das Sekretariat ist ab sofort nur noch vormittags erreichbar: 069 212 34560.
""")

# ==================================================================== French
add("police", "fr", """
Saint-Herblain : un septuagénaire roué de coups pour sa carte bancaire

Un homme de 74 ans a été agressé mardi soir devant son immeuble, au {A:14 rue du Bois-Joli}. {N:Gérard Le Floch} rentrait de la pharmacie lorsque deux individus l'ont poussé au sol et lui ont arraché sa sacoche.

C'est sa voisine du dessus, {N:Nadia Cherki}, qui a donné l'alerte. « J'ai entendu crier, j'ai vu {N:Gérard} par terre, je suis descendue en pyjama », raconte-t-elle. Son fils, {N:Rayan}, a poursuivi les agresseurs jusqu'au tram sans parvenir à les rattraper.

Blessé à l'arcade, M. {N:Le Floch} a été conduit au CHU de Nantes. Il a porté plainte dès mercredi.
""")

add("obituary", "fr", """
Quimperlé, Clohars-Carnoët.

M. et Mme {N:Yannick Morvan}, M. et Mme {N:Hervé Kerjean}, ses enfants ; {N:Maël}, {N:Enora}, {N:Titouan}, ses petits-enfants ; ainsi que toute la famille ont la tristesse de vous faire part du décès de

Madame {N:Jacqueline Morvan}, née {N:Le Goff},
survenu le 21 novembre, à l'âge de 88 ans.

La cérémonie religieuse sera célébrée lundi à 14 h 30 en l'église Sainte-Croix de Quimperlé. Condoléances sur avis-de-deces.net ou à l'adresse : {A:12 rue des Lilas, 29300 Quimperlé}.
""")

add("blog", "fr", """
Ce week-end, on est enfin allés voir {N:Mathilde} et {N:Kévin} dans leur nouvelle maison près d'Annecy. Je dis « maison », mais c'est surtout un chantier : {N:Kév} a abattu une cloison le jour même de notre arrivée, sous prétexte que « ça ouvre l'espace ».

Dimanche, rando jusqu'au col de la Forclaz avec {N:Inès}, la petite sœur de {N:Mathilde}, qui nous a tous semés dans la montée. Le soir, tartiflette chez leurs voisins, les {N:Perrotin}, qui font leur propre reblochon. J'ai demandé la recette à Mme {N:Perrotin} ; elle a ri.
""")

add("letter", "fr", """
Courrier des lecteurs

Je lis dans vos colonnes que la mairie envisage de fermer le bureau de poste de la place du Marché. Ma mère, {N:Odette Thiriet}, a 91 ans ; elle y va chaque mois retirer sa pension et discuter avec {N:Fabienne}, la guichetière, qui la connaît depuis trente ans. Qui fera ce lien demain ? Une borne ?

{N:Bernard Thiriet}, {A:8 impasse des Vignes, 68000 Colmar}
""")

add("classified", "fr", """
Famille à Lyon 7e cherche nounou pour deux enfants (3 et 6 ans), sorties d'école lundi, mardi et jeudi, mercredi journée complète. Expérience et références exigées. Merci de contacter {N:Aurélie Vasseur} au {P:06 72 18 44 93} ou par mail à {E:aurelie.vasseur74@orange.fr}. Notre ancienne nounou, {N:Fatou}, part à la retraite et peut vous parler de nous !
""")

add("minutes", "fr", """
Compte rendu du conseil syndical – Résidence Les Tilleuls

Étaient présents : M. {N:Dubois-Laurent} (président), Mme {N:Nguyen Thi Lan}, M. {N:Ferreira}, Mme {N:Benali}. Excusée : Mme {N:Girardot}.

Mme {N:Benali} signale une nouvelle fuite dans la cage d'escalier B, au-dessus de l'appartement de M. {N:Ferreira}. Le président propose de relancer l'entreprise et de demander un second devis à M. {N:Alain Castagnet}, plombier à Villeurbanne, joignable au {P:04 78 85 12 67}. Mme {N:Nguyen} s'occupera des photos pour l'assurance.
""")

add("birth", "fr", """
Bienvenue à {N:Louise} !

{N:Clémentine} et {N:Antoine Moreau-Delorme} ont la joie de vous annoncer la naissance de leur fille {N:Louise}, née le {D:9 avril 2024} à 6 h 12 à la maternité de Besançon, 3,2 kg de bonheur. Grand frère {N:Gaspard} est ravi, sauf quand elle pleure. Pour les cartes et les peluches : {A:27 rue Battant, 25000 Besançon}.
""")

neg("notice", "fr", """
Travaux de la ligne de tramway : à partir du 4 mars, le boulevard Jules-Verne sera fermé entre la place Charles-de-Gaulle et le rond-point du lycée Victor-Hugo. L'accès à l'hôpital Édouard-Herriot restera assuré par la rue Pasteur et l'avenue Jean-Jaurès. Le pont Jacques-Chaban-Delmas sera levé samedi soir pour le passage du Belem.

Renseignements : Maison du projet, 2 place de la Comédie, du lundi au vendredi, ou au 0 800 33 44 55 (appel gratuit).
""")

neg("sport", "fr", """
Ousmane Dembélé a encore frappé. Auteur d'un doublé face à l'OM, l'attaquant du PSG a permis à Luis Enrique de garder six points d'avance en tête de la Ligue 1. Roberto De Zerbi, lui, regrettait le carton rouge de Leonardo Balerdi dès la vingtième minute.

Au Vélodrome, on retiendra aussi les arrêts de Gianluigi Donnarumma et l'entrée remarquée de Désiré Doué. Prochain rendez-vous : Lens au Parc des Princes.
""")

neg("review", "fr", """
Relire Madame Bovary à quarante ans n'a rien à voir avec la lecture imposée au lycée. Emma n'est plus une sotte, Charles devient presque touchant, et Homais reste insupportable. Flaubert disait « Madame Bovary, c'est moi » – ou ne l'a jamais dit, selon les biographes.

Dans un registre très différent, Les Années d'Annie Ernaux racontent la France de l'après-guerre sans jamais dire « je ». Le club de lecture de la médiathèque Marguerite-Duras proposera en juin Le Comte de Monte-Cristo. Edmond Dantès nous attend.
""")

neg("newsletter", "fr", """
Bulletin paroissial – Sainte-Anne-d'Auray

Le grand pardon de sainte Anne aura lieu le 26 juillet. La messe sera présidée par l'évêque de Vannes. La procession partira de la Scala Santa vers la basilique à 10 h. Les pèlerins venant de Lorient pourront emprunter les cars de la compagnie Keolis.

Pensez aussi à la fête de saint Yves à Tréguier et à la neuvaine à Notre-Dame de Lourdes en août. Accueil paroissial : 9 rue de Vannes, tél. 02 97 57 68 80.
""")

# ==================================================================== Spanish
add("news", "es", """
Los vecinos de la calle Río Duero, en Getafe, llevan tres semanas sin ascensor

«Tengo 68 años y una prótesis de rodilla, y vivo en un sexto», resume {N:Mari Carmen Ruiz Ortega}, que desde hace tres semanas depende de su hijo {N:Javier} para subir la compra. La avería afecta al portal 14, donde viven varias personas mayores.

Su vecino del cuarto, {N:Abdelkader Bensaid}, asegura que la administradora de fincas «no coge el teléfono». Otra vecina, {N:Rocío Paniagua}, ha organizado un turno para bajar la basura de quienes no pueden. «Lo de {N:Rocío} es de agradecer, pero esto no puede seguir así», añade {N:Ruiz}.
""")

add("obituary", "es", """
ROGAD A DIOS EN CARIDAD POR EL ALMA DE

DOÑA {N:ENCARNACIÓN LÓPEZ VIDAL}
Viuda de don {N:Manuel Sánchez Prieto}

Falleció en Albacete el día 7 de enero, a los 86 años de edad, habiendo recibido los Santos Sacramentos.

Sus hijos, {N:José Antonio}, {N:María Dolores} y {N:Francisco}; hijos políticos, {N:Ana Belén} y {N:Raúl}; nietos, {N:Lucía}, {N:Pablo} e {N:Irene}; y demás familia ruegan una oración por su alma. El funeral se celebrará en la parroquia de San Juan Bautista. Tanatorio: sala 3.
""")

add("review", "es", """
Fuimos a celebrar el cumpleaños de mi suegra y la verdad es que repetiremos. El arroz meloso de bogavante, de diez; el camarero, un chico muy majo que se llamaba {N:Iker}, nos recomendó un verdejo que acertó de lleno. Lo único: la terraza da a la avenida y hay bastante ruido. Gracias a {N:Maite}, la dueña, por el detalle de la vela en el flan.

{N:Lucía Fernández de Castro}, Valladolid
""")

add("classified", "es", """
Se alquila habitación exterior en piso compartido con dos chicas estudiantes en {A:Calle de Embajadores 112, 3.º B, 28045 Madrid}. 420 € con gastos incluidos, a cinco minutos del metro de Legazpi. Preguntar por {N:Rafa} (el casero) en el {P:612 48 93 07} o escribir a {E:rafa.montalvo.alquiler@gmail.com}. Las chicas, {N:Nerea} y {N:Yolanda}, te enseñan el piso por las tardes.
""")

add("minutes", "es", """
Acta de la junta ordinaria de la comunidad de propietarios

En Zaragoza, siendo las 19:30 del día 12 de febrero, se reúnen en el portal los propietarios abajo indicados. Preside doña {N:Pilar Sanz Abadía} (2.º A) y actúa como secretario don {N:Ernesto Gil Lacasa} (4.º C).

Don {N:Ernesto} informa de que la derrama para la fachada asciende a 1.850 € por vivienda. Doña {N:Begoña Ibarra} (1.º B) manifiesta su oposición y solicita que conste en acta. El propietario del bajo, don {N:Luis Otal}, se compromete a retirar las bicicletas del rellano antes del día 1. Se acuerda notificar el acta al domicilio de los ausentes, entre ellos a don {N:Fermín Lasheras}, {A:Calle Predicadores 48, 1.º dcha., 50003 Zaragoza}.
""")

add("letter", "es", """
Cartas al director

Mi padre, {N:Andrés Collado Ferrer}, nació en Alcoy el {D:23 de septiembre de 1939} y lleva cuarenta años pagando sus impuestos sin faltar uno. Este mes le han dejado sin la ayuda de dependencia porque un papel «no constaba». Le acompañé personalmente a la oficina de la calle San Nicolás. El funcionario, muy amable, nos dijo que no podía hacer nada. Su DNI, {ID:21634598Q}, aparece bien escrito en todas las cartas que le mandan reclamándole cosas; parece que sólo se pierde cuando le toca recibir.

{N:Amparo Collado Mira}. Alcoy (Alicante)
""")

neg("notice", "es", """
A partir del lunes quedará cortado al tráfico el tramo de la Avenida Juan Pablo II comprendido entre la Plaza de España y el Hospital Universitario Virgen del Rocío. Las líneas 6 y 27 de Tussam se desviarán por la calle Alfonso XIII y el Paseo de Cristina.

Para más información, el Ayuntamiento de Sevilla atiende en el 010 y en el teléfono 955 010 010. El colegio público Antonio Machado mantendrá su horario habitual.
""")

neg("sport", "es", """
Vinícius Júnior y Kylian Mbappé tumbaron al Atlético en un derbi intenso. Carlo Ancelotti sorprendió dejando a Luka Modrić en el banquillo, y Diego Simeone protestó durante media hora un penalti sobre Julián Álvarez que el árbitro no quiso revisar. Thibaut Courtois, de nuevo, fue el mejor del Real Madrid.

En el Metropolitano se guardó un minuto de silencio por Luis Aragonés en el aniversario de su muerte.
""")

neg("news", "es", """
La Hermandad de la Macarena saldrá este Jueves Santo a las doce de la noche, como es tradición, y el Cristo del Gran Poder lo hará a la una. El Ayuntamiento ha instalado palcos en la calle Sierpes y en la Plaza de San Francisco.

En Madrid, la procesión de Jesús de Medinaceli partirá de la basílica a las siete de la tarde. Y en Valladolid, la Semana Santa, declarada de Interés Turístico Internacional, contará con la imagen de Gregorio Fernández restaurada por el Museo Nacional de Escultura.
""")

neg("review", "es", """
Cien años de soledad sigue siendo la novela que todo el mundo dice haber leído. Aureliano Buendía, Úrsula Iguarán, Remedios la bella: García Márquez pobló Macondo de nombres que se repiten a propósito, para que el lector se pierda. La adaptación de Netflix, rodada en Colombia, respeta mejor de lo esperado a José Arcadio y a Amaranta. Recomendada para el club de lectura de la Biblioteca Pública Gabriel García Márquez.
""")

# ==================================================================== Italian
add("news", "it", """
Cassano d'Adda, l'edicola di {A:via Dante 4} chiude dopo 62 anni

«Mio nonno l'ha aperta nel 1962, io ci sono cresciuto dentro», racconta {N:Massimo Colombo}, 57 anni, mentre impila le ultime copie dei quotidiani. Con la moglie {N:Franca} ha deciso di abbassare la saracinesca a fine mese.

Tra i clienti affezionati c'è il signor {N:Eraldo Viganò}, 89 anni, che ogni mattina passa a prendere la Gazzetta. «Senza {N:Massimo} non so chi mi racconterà come è andata l'Inter», scherza. La nipote di {N:Colombo}, {N:Giulia}, sta cercando qualcuno che rilevi l'attività.
""")

add("obituary", "it", """
Il giorno 14 marzo è mancata all'affetto dei suoi cari

{N:ROSA BERTOLINI}
ved. {N:Fumagalli}
di anni 93

Ne danno il triste annuncio i figli {N:Luigi} con {N:Antonella}, {N:Paola} con {N:Sergio}, gli adorati nipoti {N:Matteo}, {N:Sara} e {N:Davide} e i parenti tutti. Un ringraziamento particolare alla badante {N:Oksana} per le amorevoli cure. I funerali si terranno sabato alle ore 10 nella chiesa parrocchiale di San Giorgio. La salma riposa presso l'abitazione in {A:via Garibaldi 21, Carate Brianza}.
""")

add("tenancy", "it", """
Gentile signor {N:Rinaldi},

le scrivo in merito all'appartamento di {A:via San Donato 18, int. 5, 40127 Bologna}, di cui sono inquilina dal 2019. Come già segnalato a voce a sua figlia {N:Chiara}, dal soffitto del bagno cade acqua ogni volta che il vicino del piano di sopra, il signor {N:Pezzoli}, fa la doccia.

La prego di intervenire entro quindici giorni. In caso contrario mi rivolgerò al SUNIA. Per concordare il sopralluogo può chiamarmi al {P:347 215 9086}.

Cordiali saluti,
{N:Elena Marchetti}
""")

add("club", "it", """
Torneo di calcetto amatoriale «Memorial Don Bosco», finale: I Senza Nome – Bar Sport 6-4.

Partita vibrante al campo dell'oratorio. Per i Senza Nome tripletta di {N:Gabriele Ferri}, detto il {N:Gabbia}, e doppietta di {N:Samuele Orlando}; a segno anche {N:Kevin}. Per il Bar Sport non sono bastati i tre gol di {N:Nicolò Bianchi} e quello di {N:Ahmed El Amrani}. Miglior portiere del torneo {N:Riccardo Zanon}. Premiazione con salamelle e birra: grazie alle mamme e a don {N:Piero}, che ha prestato il pulmino.
""")

add("classified", "it", """
Cedo gattini di tre mesi, già svezzati, a famiglie amanti degli animali. Sono in {A:via Roma 3, 12051 Alba}, citofono {N:Gallo}. Chiedere di {N:Teresa} al {P:0173 440 281} (ore pasti) oppure scrivere a {E:teresa.gallo51@libero.it}.
""")

add("reference", "it", """
Oggetto: lettera di referenze per la dott.ssa {N:Francesca Lo Bianco}

La dott.ssa {N:Lo Bianco} ha svolto presso il nostro studio un tirocinio di diciotto mesi, durante i quali ha seguito in autonomia la contabilità di oltre trenta clienti. Ricordo in particolare come abbia gestito, insieme al collega {N:Vittorio Amato}, una verifica fiscale particolarmente complessa. Resto a disposizione per ulteriori informazioni al numero {P:091 611 4378}.

{N:Salvatore Provenzano}, commercialista, Palermo
""")

neg("notice", "it", """
Da lunedì chiude per lavori il sottopasso di piazza Cavour. Il traffico sarà deviato su corso Vittorio Emanuele II e viale Giuseppe Mazzini. Gli autobus della linea 9 non fermeranno davanti all'ospedale San Raffaele né al liceo classico Alessandro Manzoni.

Per informazioni rivolgersi all'Ufficio Relazioni con il Pubblico del Comune, piazza del Popolo 1, telefono 0547 356 111.
""")

neg("sport", "it", """
Lautaro Martínez decide il derby d'Italia. All'Allianz Stadium l'Inter vince 1-0 e allunga in testa; Simone Inzaghi esulta, Thiago Motta recrimina per il gol annullato a Dušan Vlahović. Prestazione sontuosa di Nicolò Barella, mentre Federico Chiesa è rimasto in panchina per tutti i novanta minuti.
""")

neg("review", "it", """
I promessi sposi non invecchiano: Renzo e Lucia continuano a fuggire, don Abbondio continua a tremare, e l'Innominato resta il personaggio più moderno di Manzoni. A scuola lo odiavamo; riletto oggi, dopo Il nome della rosa di Umberto Eco e L'amica geniale di Elena Ferrante, sembra quasi un thriller. Lila e Lenù, del resto, sono figlie anche di Lucia Mondella.
""")

# ==================================================================== Portuguese
add("news", "pt", """
Moradores da Rua do Almada, no Porto, queixam-se do ruído das obras noturnas

«Há três semanas que não durmo uma noite inteira», conta {N:Maria do Céu Pereira}, de 72 anos, à janela do rés-do-chão do {A:n.º 318 da Rua do Almada}, onde vive desde 1978. O vizinho do lado, {N:Joaquim Fonseca}, diz que os martelos pneumáticos começam às onze da noite.

A filha de dona {N:Maria do Céu}, {N:Sofia Pereira Martins}, já apresentou queixa na junta de freguesia. «A minha mãe e o senhor {N:Joaquim} não são os únicos», garante. Um abaixo-assinado recolheu 180 assinaturas.
""")

add("obituary", "pt", """
Faleceu no passado dia 3, em Viseu, com 84 anos, a Sr.ª D. {N:Albertina de Jesus Carvalho}, natural de Tondela, viúva de {N:Aníbal Carvalho}.

Seus filhos {N:Rui}, {N:Fernanda} e {N:Carlos}, noras, genro e netos agradecem a todas as pessoas que os acompanharam neste momento de dor. A missa de sétimo dia será celebrada na igreja de Santa Eulália. Condolências para a residência da família: {A:Rua Dr. António José de Almeida 55, 3510-044 Viseu}.
""")

add("review", "pt", """
Jantámos aqui no sábado e foi das melhores francesinhas que comi fora do Porto. O molho tinha aquele picante certo. O empregado, o {N:Tiago}, foi impecável com a nossa filha, que é celíaca. Só tiro uma estrela porque esperámos quarenta minutos pela mesa, mesmo com reserva. Parabéns ao chef {N:Nuno}, e um beijinho à dona {N:Lurdes} das sobremesas!

— {N:Catarina Vasconcelos}, Coimbra
""")

add("classified", "pt", """
Vendo geladeira Brastemp frost free, 2 portas, 375 litros, funcionando perfeitamente, R$ 1.200. Motivo: mudança. Retirar na {A:Rua Tabapuã 1120, apto 43, Itaim Bibi, São Paulo}. Falar com {N:Renata} pelo WhatsApp {P:(11) 98472-3315} ou com o meu marido, {N:Edson}, no mesmo número.
""")

add("chat", "pt", """
{N:juliana}: gente, alguém sabe o endereço da festa da {N:bia}?
{N:thiagão}: {A:rua harmonia 240}, vila madalena. é a casa da tia dela
{N:juliana}: vlw!! vou com o {N:caio} então
{N:bia_nunes}: kkk sim, chega às 8 que o {N:pedrinho} vai fazer o churrasco
""")

add("genealogy", "pt", """
Notas da família {N:Teixeira}

O meu bisavô, {N:Manuel Joaquim Teixeira}, nasceu em Arcos de Valdevez a {D:2 de fevereiro de 1889} e emigrou para o Brasil em 1907, no vapor Araguaya. Casou em Santos com {N:Ana Rosa dos Anjos}, filha de {N:Bento dos Anjos}, e tiveram sete filhos. A minha avó, {N:Idalina}, era a mais nova. A prima {N:Graça Teixeira Lobo} tem as cartas originais; quem quiser ver pode escrever-lhe para {E:graca.tlobo@sapo.pt}.
""")

neg("notice", "pt", """
A partir de segunda-feira, a Avenida Infante Dom Henrique estará condicionada entre o Cais do Sodré e a Praça do Comércio devido às obras do Metropolitano. Os autocarros da Carris das carreiras 728 e 759 serão desviados pela Rua da Prata. O acesso ao Hospital de Santa Maria e à Escola Secundária Camões mantém-se inalterado.

Informações: Câmara Municipal de Lisboa, Praça do Município, linha 808 20 32 32.
""")

neg("sport", "pt", """
Viktor Gyökeres voltou a marcar e o Sporting venceu o Benfica no Estádio José Alvalade por 2-1. Rúben Amorim elogiou Pedro Gonçalves e Francisco Trincão; do outro lado, Bruno Lage queixou-se da arbitragem e de um penálti por assinalar sobre Ángel Di María. No Dragão, o FC Porto de Vítor Bruno goleou o Estrela da Amadora.
""")

neg("news", "pt", """
A tempestade Martinho provocou estragos no litoral norte durante a noite. No Porto, caiu uma árvore na Rua de Santa Catarina, junto ao Café Majestic, e a Ponte D. Luís I esteve encerrada ao trânsito pedonal durante duas horas. O IPMA prevê que o tempo melhore no dia de São Martinho, como manda a tradição, e a Escola Básica Eça de Queirós reabre amanhã.
""")

# ==================================================================== Dutch
add("news", "nl", """
Buurtbewoners Zaandam redden eendjes uit regenput

Het begon met piepende geluiden onder het trottoir. „Eerst dacht ik dat het een vogel in de heg was", vertelt {N:Marieke van der Linden}, die aan de {A:Vermiljoenweg 41} woont. Samen met haar buurman {N:Sander Bos} en diens zoon {N:Thijs} tilde ze het rooster van de put en viste ze zeven kuikens uit het water.

De moedereend liep de hele tijd nerveus heen en weer. {N:Van der Linden}: „{N:Sander} lag op zijn buik op straat met een schepnetje van de kinderen. Dat had je moeten zien."
""")

add("complaint", "nl", """
Geachte heer, mevrouw,

Hierbij dien ik opnieuw een klacht in over geluidsoverlast door mijn bovenburen op {A:Bilderdijkkade 66-3, 1053 VM Amsterdam}. Sinds de nieuwe bewoners, de heer {N:Kuipers} en mevrouw {N:El Idrissi}, in september zijn ingetrokken, wordt er vrijwel elke nacht tot na tweeën muziek gedraaid. Ook mijn buurvrouw op nummer 64, mevrouw {N:De Wit}, heeft hier last van.

Ik ben bereikbaar op {P:06 4182 7735}.

Met vriendelijke groet,
{N:Henk Jan Verhoeven}
{A:Bilderdijkkade 66-2, 1053 VM Amsterdam}
""")

add("wedding", "nl", """
Wij gaan trouwen!

{N:Femke} & {N:Youssef}

Op vrijdag 14 juni zeggen wij ja in het stadhuis van Utrecht. Na de ceremonie is iedereen welkom bij de receptie in ons favoriete café. Cadeautip: een bijdrage aan onze huwelijksreis naar Marokko, waar {N:Youssefs} oma {N:Fatima} ons opwacht.

{N:Femke de Graaf} en {N:Youssef Amrani}
{A:Oudegracht 211 bis, 3511 NH Utrecht}
""")

add("club", "nl", """
Zaterdag speelde JO13-2 uit tegen VV Hollandia en won met 1-5. {N:Luuk} opende al na vijf minuten de score, {N:Daan Hoekstra} maakte er twee, en {N:Noah} en {N:Milan van Dijk} deden de rest. Keeper {N:Sem Brouwer} stopte zelfs een penalty! Volgende week rijden de ouders van {N:Jesse} en {N:Bram}; verzamelen om 8.15 uur bij de kantine. Vragen? App {N:Ilse} (leider) op {P:06 2390 1148}.
""")

neg("notice", "nl", """
Vanaf maandag is de Johan van Oldenbarneveltlaan afgesloten tussen het Willem Alexanderplein en het Prinses Máxima Centrum. Buslijnen 22 en 28 rijden om via de Koningin Julianalaan. Het Erasmus College en de Anne Frankschool blijven bereikbaar voor fietsers.

Voor vragen kunt u terecht bij het Klantcontactcentrum van de gemeente, Spui 70, Den Haag, of bellen met 14 070.
""")

neg("sport", "nl", """
Virgil van Dijk kopte Oranje in blessuretijd langs Duitsland. Ronald Koeman zag hoe Cody Gakpo en Xavi Simons het middenveld domineerden, terwijl Frenkie de Jong na een uur werd vervangen door Tijjani Reijnders. Bondscoach Julian Nagelsmann sprak van een „verdiende nederlaag". Bart Verbruggen hield de nul tot de 87e minuut.
""")

neg("news", "nl", """
De Rijkswaterstaat waarschuwt voor storm Jocelyn, die woensdag de Waddeneilanden bereikt. De veerdienst van Doeksen tussen Harlingen en Terschelling vaart niet. Ook de Afsluitdijk en de brug bij Den Oever kunnen worden gesloten. Het KNMI verwacht windkracht 10 bij Den Helder. De Johan Cruijff ArenA heeft de wedstrijd van Ajax voor de zekerheid verplaatst.
""")

# ==================================================================== Polish
add("news", "pl", """
Sąsiedzi z Bronowic uratowali starszą panią z pożaru

Dym zauważył {N:Tomasz Wrona}, który wracał z pracy. — Od razu pobiegłem na górę, bo wiedziałem, że mieszka tam sama pani {N:Krystyna} — opowiada. Razem z {N:Janem Nowakiem} z parteru wyważyli drzwi i wynieśli 84-letnią {N:Krystynę Wójcik} na klatkę schodową.

Strażacy podkreślają, że bez {N:Wrony} i {N:Nowaka} mogło dojść do tragedii. Córka poszkodowanej, {N:Agnieszka Wójcik-Bąk}, dziękuje sąsiadom z kamienicy przy {A:ul. Balickiej 41}: — Panu {N:Tomkowi} zawdzięczamy życie mamy.
""")

add("court", "pl", """
Sąd Rejonowy w Gliwicach skazał 41-letniego {N:Mariusza K}. na rok i dwa miesiące pozbawienia wolności za oszustwa na tzw. wnuczka. Jak ustalono, mężczyzna wyłudził łącznie 186 tys. zł od siedmiu seniorów, w tym od 88-letniej {N:Heleny S}. z Knurowa, która przekazała mu oszczędności całego życia.

Wspólnikiem oskarżonego był {N:Dawid P}., wobec którego postępowanie toczy się osobno. Pokrzywdzona {N:Helena S}. zeznała, że {N:Mariusz K}. podawał się za kolegę jej wnuka {N:Pawła}.
""")

add("obituary", "pl", """
Z głębokim żalem zawiadamiamy, że 2 lutego zmarł nasz ukochany Mąż, Tata i Dziadek

ś.p. {N:Stanisław Kaczmarczyk}
ur. {D:17 maja 1940} r.

Msza święta żałobna zostanie odprawiona w piątek o godz. 11 w kościele pw. św. Jadwigi w Opolu, po czym nastąpi odprowadzenie na cmentarz komunalny. O modlitwę proszą żona {N:Halina}, córki {N:Ewa} i {N:Beata} z rodzinami oraz brat {N:Józef}. Kondolencje prosimy kierować na adres: {A:ul. Ozimska 48/7, 45-368 Opole}.
""")

add("forum", "pl", """
Temat: Sąsiad zajmuje mi miejsce parkingowe – co robić?

Mieszkam na {A:ul. Kasprowicza 19 m. 24, 01-949 Warszawa}. Od pół roku sąsiad spod 22, pan {N:Zbigniew Ostrowski}, parkuje swoim busem na moim wykupionym miejscu. Rozmawiałam z nim trzy razy, rozmawiałam też z {N:Ostrowskim} juniorem, czyli {N:Krystianem}. Zarządczyni wspólnoty, pani {N:Dorota Lis}, rozkłada ręce. Czy ktoś z Was pisał już w takiej sprawie do straży miejskiej?

{N:Magda}
""")

add("email", "pl", """
Cześć {N:Kasiu},

dzięki za wczoraj! Rozmawiałam rano z {N:Piotrem Zielińskim} z działu kadr i powiedział, że umowę dla {N:Oli} przygotuje do piątku. Gdyby coś się przesunęło, zadzwoń proszę bezpośrednio do {N:Piotra}: {P:+48 604 218 337}. Ja od poniedziałku jestem na urlopie u teściów w Zakopanem, więc w razie czego pisz do {N:Marka Jabłońskiego} ({E:m.jablonski@polkart.com.pl}).

Buziaki,
{N:Asia}
""")

add("birth", "pl", """
Dnia {D:3 października 2023} r. o godz. 4:40 w szpitalu na Żelaznej przyszła na świat nasza córeczka {N:Zuzanna}! Szczęśliwi rodzice {N:Marta} i {N:Grzegorz Pawlakowie} dziękują położnej {N:Iwonie} za cierpliwość, a dziadkowi {N:Romanowi} za przywiezienie rosołu na oddział.
""")

neg("notice", "pl", """
Od poniedziałku zamknięty zostanie odcinek al. Jana Pawła II między rondem Ronalda Reagana a placem Józefa Piłsudskiego. Autobusy linii 127 i 175 pojadą objazdem ulicą Marii Skłodowskiej-Curie. Szpital im. Jana Mikulicza-Radeckiego oraz Szkoła Podstawowa nr 12 im. Kornela Makuszyńskiego pozostaną dostępne od strony ul. Mickiewicza.

Informacji udziela Zarząd Dróg Miejskich, ul. Chmielna 120, tel. 22 558 09 00.
""")

neg("sport", "pl", """
Robert Lewandowski strzelił dwa gole, a Barcelona Hansiego Flicka rozbiła Real Madryt. W reprezentacji Michał Probierz wciąż szuka środkowego pomocnika; Piotr Zieliński leczy uraz, a Sebastian Szymański wraca do formy w Fenerbahçe. Iga Świątek tymczasem awansowała do półfinału w Dosze.
""")

neg("review", "pl", """
„Lalka” Prusa to wciąż najlepsza polska powieść o pieniądzach. Wokulski kocha Izabelę Łęcką, Rzecki pisze pamiętnik, a Warszawa lat siedemdziesiątych XIX wieku żyje na kartach książki. Podobnie „Chłopi” Reymonta – Jagna i Boryna nie zestarzeli się ani trochę. W przyszłym miesiącu w Bibliotece im. Wisławy Szymborskiej dyskusja o „Pannie Nikt” Tomka Tryzny.
""")

neg("newsletter", "pl", """
Ogłoszenia parafialne – parafia pw. św. Maksymiliana Marii Kolbego

W przyszłą niedzielę przypada uroczystość Najświętszego Serca Pana Jezusa. Zapraszamy na pielgrzymkę do Częstochowy i Łagiewnik, do sanktuarium Miłosierdzia Bożego, gdzie modlimy się przy relikwiach św. Faustyny. Odpust ku czci św. Jana Pawła II odbędzie się 22 października. Kancelaria parafialna czynna we wtorki i czwartki, tel. 61 852 44 10.
""")

# ==================================================================== Czech
add("news", "cs", """
Důchodkyni z Prahy 6 pomohli sousedé, když jí vytopil byt instalatér

„Když jsem přišla domů, stála jsem ve vodě po kotníky,“ popisuje paní {N:Jaroslava Dvořáková}, která bydlí v Praze 6, {A:Na Hřebenkách 12}. Pomoc přišla od sousedů: {N:Petr Novotný} z vedlejšího bytu zavřel hlavní uzávěr a jeho žena {N:Lenka} obvolala pojišťovnu.

Instalatér, kterého si paní {N:Dvořáková} objednala přes inzerát, se od té doby neozval. „S {N:Petrem} a {N:Lenkou Novotnými} jsme pak celou noc vynášeli koberce,“ dodává. Vnuk {N:Ondřej} založil sbírku na opravu podlahy.
""")

add("court", "cs", """
Okresní soud v Kolíně uložil {N:Martinu Procházkovi} (39) podmíněný trest za to, že opakovaně vyhrožoval bývalé manželce {N:Ivaně Procházkové}. Podle obžaloby jí posílal SMS zprávy a jednou na ni čekal před jejím bydlištěm v {A:Havlíčkově ulici 318, Kolín}. Svědkyní byla i sousedka {N:Marie Holubová}, která volala policii. {N:Procházka} se k činu doznal.
""")

add("obituary", "cs", """
S bolestí v srdci oznamujeme všem příbuzným, přátelům a známým, že nás dne 8. ledna navždy opustil náš milovaný manžel, tatínek a dědeček, pan

{N:Josef Kratochvíl}
narozen {D:27. 6. 1944}

Poslední rozloučení se zesnulým se koná v pátek v obřadní síni v Třebíči. Za tichou vzpomínku děkují manželka {N:Věra}, dcery {N:Jana} a {N:Hana} s rodinami a vnoučata {N:Kuba}, {N:Terezka} a {N:Vojta}.
""")

add("classified", "cs", """
Prodám zachovalou dětskou postýlku z masivu i s matrací, cena 1 500 Kč. Osobní odběr v Brně-Žabovřeskách, {A:Minská 54}. Volejte {P:732 418 906} (paní {N:Šimková}) nebo pište {E:simkova.eva@seznam.cz}. Pokud nezvednu, zavolejte manželovi {N:Radkovi} na {P:605 237 114}.
""")

neg("notice", "cs", """
Od pondělí bude uzavřena Masarykova třída v úseku mezi náměstím Republiky a Nemocnicí Na Bulovce. Autobusy linky 140 pojedou přes ulici Karla Engliše a nábřeží Edvarda Beneše. Základní škola T. G. Masaryka zůstane přístupná z Husovy ulice.

Informace poskytne Úřad městské části Praha 8, U Meteoru 6, tel. 222 805 111.
""")

neg("sport", "cs", """
Patrik Schick rozhodl zápas proti Albánii, když ve druhé půli proměnil penaltu. Trenér Ivan Hašek chválil Tomáše Součka i brankáře Jindřicha Staňka. V extralize mezitím Roman Červenka nastřílel hattrick a Pardubice zůstávají v čele tabulky.
""")

neg("review", "cs", """
Švejk je nesmrtelný. Haškovy Osudy dobrého vojáka Švejka jsem poprvé četla na gymnáziu a ve Švejkovi, nadporučíkovi Lukášovi i v hostinském Palivci vidím pořád nové věci. Kdo má rád Hrabala, měl by sáhnout po Obsluhoval jsem anglického krále, kde Jan Dítě prochází celými dějinami republiky. Čtenářský klub v Městské knihovně Karla Čapka pokračuje v dubnu.
""")

# ==================================================================== Slovak
add("news", "sk", """
Dôchodca z Levíc našiel v lese peňaženku s tisíckou, vrátil ju majiteľke

Pán {N:Ladislav Baláž} chodí na huby do lesa pri Kalnej nad Hronom už štyridsať rokov. Tentoraz však namiesto dubákov našiel v tráve peňaženku s dokladmi a takmer tisíc eurami. „Hneď som videl, že patrí nejakej pani {N:Zuzane Horváthovej} z Tlmáč,“ hovorí.

Majiteľka sa mu osobne prišla poďakovať aj s manželom {N:Milanom}. Pani {N:Horváthová} priznáva, že peniaze mala odložené na operáciu syna {N:Patrika}. „Pánovi {N:Balážovi} sme upiekli štrúdľu, viac si zobrať nechcel.“
""")

add("tenancy", "sk", """
Vážená pani {N:Kováčiková},

obraciam sa na Vás ako na prenajímateľku bytu na {A:Záhradníckej ulici 74, 821 08 Bratislava}. Už tretí mesiac nefunguje v byte ohrev vody. Váš syn {N:Marek} sľúbil, že opravu zabezpečí, ale odvtedy sa neozval. Prosím o nápravu do konca mesiaca, inak budem nútená znížiť nájomné. Kontaktovať ma môžete na čísle {P:0905 318 442}.

S pozdravom
{N:Simona Lukáčová}
""")

add("club", "sk", """
V sobotu sa v telocvični ZŠ na Ulici mládeže uskutočnil tradičný stolnotenisový turnaj amatérov. Víťazom sa stal {N:Peter Kmeť} z Modry, ktorý vo finále zdolal obhajcu titulu {N:Jozefa Rusnáka} 3:1. Tretie miesto obsadil {N:Ľubomír Dzurenda}. Medzi ženami kraľovala {N:Katarína Slobodová}. Ďakujeme {N:Mirke Fabianovej} za chutné pagáče.
""")

neg("notice", "sk", """
Od pondelka bude uzatvorená Štúrova ulica v úseku medzi Námestím Ľudovíta Štúra a Nemocnicou akademika Ladislava Dérera. Linky MHD 50 a 70 pôjdu obchádzkou cez Šancovú a Karadžičovu. Informácie poskytne Magistrát hlavného mesta SR Bratislavy, Primaciálne námestie 1, tel. 02 593 56 111.
""")

neg("sport", "sk", """
Slovan Bratislava prehral v Lige majstrov s Manchestrom City 0:4. Tréner Vladimír Weiss mladší chválil brankára Dominika Takáča, no proti Erlingovi Haalandovi a Philovi Fodenovi nemali jeho zverenci šancu. Hviezdou večera bol Rodri, ktorý sa vrátil po zranení.
""")

# ==================================================================== Romanian
add("news", "ro", """
Un tânăr din Suceava a salvat o vecină căzută în casă

{N:Andrei Rusu}, 19 ani, a observat că vecina lui de pe {A:strada Ştefan cel Mare nr. 42} nu mai ieşise de două zile să-şi hrănească găinile. A sărit gardul şi a găsit-o pe doamna {N:Elena Ciobanu}, de 82 de ani, căzută lângă sobă.

„Dacă nu era {N:Andrei}, nu ştiu ce se întâmpla cu mama", spune fiica femeii, {N:Mihaela Ciobanu-Stan}, care locuieşte în Italia. Vecinii spun că doamna {N:Ciobanu} îi dădea mereu plăcinte lui {N:Andrei} când era mic.
""")

add("obituary", "ro", """
Cu inimile îndurerate anunţăm trecerea la cele veşnice a celui care a fost

{N:Ion Popescu}
născut la {D:11 august 1942}, în comuna Bărcăneşti.

Slujba de înmormântare va avea loc joi, la ora 12, la biserica Sfântul Nicolae din Ploieşti. Îl plâng soţia {N:Maria}, fiii {N:Gheorghe} şi {N:Cristian}, nepoţii {N:Ioana} şi {N:Radu}. Condoleanţe la domiciliul familiei: {A:Str. Mihai Bravu nr. 37, bl. 12, ap. 4, Ploieşti}.
""")

add("classified", "ro", """
Vând apartament 2 camere decomandat, etaj 3/4, zona Mănăştur, {A:Str. Primăverii nr. 18, Cluj-Napoca}. Renovat complet, centrală proprie. Preţ 128.000 euro, negociabil. Relaţii la {P:0744 582 190}, doamna {N:Szabó} sau {N:Cosmin Pop}, {E:cosmin.pop88@yahoo.com}.
""")

neg("notice", "ro", """
Începând de luni, bulevardul Ion C. Brătianu va fi închis între Piaţa Unirii şi Spitalul Clinic Colţea. Autobuzele liniilor 104 şi 123 vor circula pe Calea Victoriei şi pe strada Mihai Eminescu. Colegiul Naţional Gheorghe Lazăr rămâne accesibil. Informaţii la Primăria Municipiului Bucureşti, Bulevardul Regina Elisabeta 47, telefon 021 305 55 00.
""")

neg("sport", "ro", """
Simona Halep a anunţat oficial retragerea din tenis după meciul de la Transylvania Open. Ilie Năstase şi Ion Ţiriac au transmis mesaje emoţionante, iar Gheorghe Hagi a declarat că „România a avut norocul unei campioane". La fotbal, FCSB a câştigat derbiul cu Dinamo, cu goluri marcate de Darius Olaru şi Florin Tănase.
""")

# ==================================================================== Hungarian
add("news", "hu", """
Egy debreceni nyugdíjas harminc éve gondozza a lakótelep virágágyásait

{N:Kovács Jánosné}, ahogy mindenki ismeri: {N:Marika} néni, minden reggel hatkor már a {A:Sestakert utca 6}. szám alatti panelház előtt kapál. „A férjem, {N:Kovács János} kezdte, én csak folytatom” – meséli. A szomszédok közül {N:Nagy Balázs} hordja neki a vizet, {N:Tóth Eszter} pedig palántákat hoz a piacról.

A közös képviselő szerint {N:Marikának} köszönhető, hogy a ház tavaly elnyerte a „Virágos Debrecen” díjat.
""")

add("letter", "hu", """
Tisztelt Szerkesztőség!

Szeretném megköszönni a 38-as busz sofőrjének, {N:Horváth Gábornak}, hogy múlt csütörtökön megvárta, amíg a lányom, {N:Réka}, a bevásárlószatyrokkal felszáll. Manapság ritka az ilyen figyelmesség. Köszönöm továbbá {N:Szalai Évának}, aki átadta neki a helyét.

Tisztelettel:
{N:Farkas Istvánné}
{A:Budapest, Bartók Béla út 84. III/12}.
""")

add("genealogy", "hu", """
Családfakutatás – a {N:Vargák}

Dédapám, {N:Varga Ferenc} {D:1887. március 4}-én született Kiskunhalason, és 1909-ben vette feleségül {N:Pásztor Juliannát}. Nyolc gyermekük közül nagyapám, {N:Varga Lajos} volt a legfiatalabb. Nagynéném, {N:Varga Ilona} szerint a család eredetileg Bácskából jött. Ha valaki ismer {N:Pásztor Julianna} rokonairól bármit, írjon nekem: {E:vargacsaladfa@freemail.hu}.
""")

add("minutes", "hu", """
Jegyzőkönyv a társasházi közgyűlésről

A közgyűlést {N:Molnár Zoltán} közös képviselő nyitotta meg. {N:Kiss Andrea} (2. emelet 5.) panaszt tett, hogy {N:Bíró Tamásék} kutyája éjjel ugat. {N:Bíró Tamás} elmondta, hogy az állat beteg, és ígéretet tett a probléma rendezésére. {N:Lakatos Ernő} javasolta, hogy a kapukódot cseréljék le. A jegyzőkönyvet {N:Molnár Zoltán} és {N:Kiss Andrea} hitelesítette.
""")

neg("notice", "hu", """
Hétfőtől lezárják a Petőfi Sándor utcát a Kossuth Lajos tér és a Szent István Kórház között. A 15-ös és a 115-ös busz a Rákóczi úton, majd a Deák Ferenc utcán közlekedik. A József Attila Gimnázium a Bajcsy-Zsilinszky útról közelíthető meg. Felvilágosítás: Fővárosi Közgyűlés ügyfélszolgálata, Városház utca 9–11., telefon: 06 1 327 1000.
""")

neg("review", "hu", """
Az Egri csillagok minden nemzedéknek mást mond. Gárdonyi Gergelye és Bornemissza Évája gyerekkorban hősök, felnőttként inkább fáradt emberek. Dobó István és Mekcsey is sokkal esendőbb, mint emlékeztem. Jókai Mórtól A kőszívű ember fiai után érdemes újraolvasni – Baradlay Richárd és Ödön ma is aktuálisak.
""")

# ==================================================================== Turkish
add("news", "tr", """
Kadıköy'de yaşlı kadını dolandırıcılardan kasiyer kurtardı

Moda Caddesi'ndeki bir bankada 79 yaşındaki {N:Nermin Aksoy}'un hesabından 350 bin lira çekmek istemesi, veznedar {N:Emre Yıldırım}'ın dikkatini çekti. {N:Yıldırım}, telefonla "polisim" diyen kişilerin talimatıyla hareket ettiğini fark edince polisi aradı.

{N:Aksoy}'un kızı {N:Selin Aksoy Demir}, "{N:Emre} Bey olmasaydı annem birikimini kaybedecekti" dedi. Komşusu {N:Hatice Kaya} ise olaydan sonra {N:Nermin} Hanım'ı yalnız bırakmadığını söyledi.
""")

add("classified", "tr", """
Sahibinden satılık 3+1 daire, Çankaya, {A:Ayrancı Mahallesi, Hoşdere Caddesi No: 142 Daire: 7, Ankara}. Doğalgaz kombili, asansörlü, otoparklı. Fiyat 5.850.000 TL. Emlakçı aramasın. İrtibat: {N:Mehmet Öztürk} {P:0532 417 28 90} ya da eşim {N:Ayşe} Hanım, {E:ayseozturk.ank@gmail.com}.
""")

add("memorial", "tr", """
Sevgili babamız {N:Hasan Çelik}'i ({D:12 Nisan 1951}, Rize) kaybetmenin derin üzüntüsü içindeyiz. Cenazesi yarın öğle namazını müteakip Üsküdar Mihrimah Sultan Camii'nden kaldırılarak Karacaahmet Mezarlığı'na defnedilecektir. Taziyeleri annemiz {N:Fatma Çelik}, kardeşlerimiz {N:Murat} ve {N:Gülsüm} adına kabul ediyoruz. Adres: {A:Selamsız Mahallesi, Gündoğumu Caddesi No: 23, Üsküdar/İstanbul}.
""")

add("forum", "tr", """
Kiracım kira ödemiyor, ne yapmalıyım?

Merhaba arkadaşlar, Bursa Nilüfer'de bir dairemi 2022'den beri {N:Serkan Doğan} isimli birine kiraya veriyorum. Son dört aydır kira yatmıyor, telefonlarıma da cevap vermiyor. Ev sahibi olarak eşim {N:Derya} ile birlikte noterden ihtar çektik. Komşu {N:Cemile} Teyze, {N:Serkan}'ın gece geç saatte gelip sabah erkenden çıktığını söylüyor. Tahliye davası kaç ay sürer?
""")

neg("notice", "tr", """
İstanbul Büyükşehir Belediyesi, Atatürk Bulvarı'nın Unkapanı Köprüsü ile Saraçhane arasındaki bölümünün pazartesi gününden itibaren trafiğe kapatılacağını duyurdu. Araçlar Mustafa Kemal Caddesi ve Fevzi Paşa Caddesi üzerinden yönlendirilecek. Cerrahpaşa Tıp Fakültesi Hastanesi ve Fatih Sultan Mehmet Anadolu Lisesi'ne ulaşım sağlanacak. Bilgi için ALO 153 hattı aranabilir.
""")

neg("sport", "tr", """
Galatasaray, Fenerbahçe deplasmanından 3-1 galibiyetle döndü. Victor Osimhen iki gol atarken, Okan Buruk maçtan sonra Barış Alper Yılmaz'ı övdü. Jose Mourinho ise hakem kararlarına tepki gösterdi. Kerem Aktürkoğlu'nun Benfica'daki formu da milli takım taraftarlarını sevindiriyor; Vincenzo Montella kadroyu cuma günü açıklayacak.
""")

# ==================================================================== Russian
add("news", "ru", """
В Перми пенсионерка двадцать лет кормит бездомных кошек на пустыре

Каждое утро {N:Валентина Петровна Сорокина} выходит из своей пятиэтажки на {A:улице Куйбышева, 48} с двумя пакетами корма. «Сначала их было трое, теперь двадцать шесть», — смеётся она. Помогает ей соседка {N:Ольга Мельникова}, а внук {N:Дима} построил для котов утеплённые будки.

Недавно управляющая компания пригрозила будки снести. За {N:Валентину Петровну} заступились жильцы: письмо в администрацию подписали сорок человек. «С {N:Сорокиной} у нас во дворе порядок, а не наоборот», — говорит {N:Мельникова}.
""")

add("court", "ru", """
Октябрьский районный суд Новосибирска приговорил 34-летнего {N:Алексея Г}. к трём годам колонии за мошенничество. Как установил суд, он продавал через объявления несуществующие автомобили. Среди потерпевших — {N:Ирина Васильевна Кузьмина}, которая перевела ему 420 тысяч рублей, и студент {N:Артём Лебедев}. Сообщником {N:Алексея Г}. выступал его двоюродный брат {N:Денис}, дело которого выделено в отдельное производство.
""")

add("obituary", "ru", """
На 87-м году жизни скончался ветеран труда, почётный железнодорожник

{N:Николай Иванович Фёдоров}
({D:02.03.1937} – 14.01.2024)

Более сорока лет {N:Николай Иванович} проработал машинистом локомотивного депо Ярославль-Главный. Коллеги и друзья скорбят вместе с его супругой {N:Зинаидой Павловной}, сыном {N:Сергеем} и дочерью {N:Татьяной}. Прощание состоится в пятницу в 11:00 по адресу: {A:ул. Чкалова, д. 21, кв. 8, Ярославль}.
""")

add("classified", "ru", """
Сдаётся однокомнатная квартира на длительный срок, без посредников: {A:Москва, ул. Профсоюзная, д. 93, корп. 2, кв. 117}. Мебель, техника, рядом метро «Калужская». 52 000 руб. + счётчики. Можно с небольшой собакой. Звонить {N:Марине} по тел. {P:+7 916 284-37-61} или писать в Телеграм, хозяин квартиры — {N:Геннадий Аркадьевич}.
""")

add("chat", "ru", """
{N:лёха}: кто завтра едет на дачу к {N:сане}?
{N:ksenia_m}: я с {N:витей}, но после обеда
{N:лёха}: {N:саня} сказал что адрес тот же, {A:снт «Рассвет», участок 48}
{N:ksenia_m}: ок, напиши {N:маше}, она спрашивала
""")

add("letter", "ru", """
Уважаемая редакция! Хочу выразить огромную благодарность участковому терапевту поликлиники № 3 {N:Светлане Игоревне Быковой}. Когда моя мама, {N:Антонина Гавриловна Зуева}, заболела, {N:Светлана Игоревна} приходила к нам домой три дня подряд, хотя у неё был выходной. Спасибо и медсестре {N:Люде}.

С уважением, {N:Елена Зуева}, {A:г. Тверь, пр. Победы, д. 42, кв. 15}
""")

neg("notice", "ru", """
С понедельника будет перекрыто движение по проспекту Ленина на участке от площади Гагарина до Областной клинической больницы имени Н. А. Семашко. Троллейбусы № 3 и 17 пойдут по улице Пушкина и набережной Петра Великого. Гимназия имени А. С. Грибоедова будет работать в обычном режиме. Справки по телефону единой диспетчерской службы города: 8 (831) 435-22-22.
""")

neg("review", "ru", """
«Мастер и Маргарита» Булгакова — роман, который каждый читает по-своему. Воланд и его свита — Коровьев, Азазелло, кот Бегемот — кажутся в юности забавными, а с возрастом всё страшнее. Понтий Пилат и Иешуа Га-Ноцри стали для меня главными героями только при третьем прочтении. Новая экранизация Михаила Локшина с Августом Диле в роли Воланда получилась смелой, но спорной.
""")

neg("sport", "ru", """
«Зенит» обыграл «Спартак» со счётом 2:1. Голы у петербуржцев забили Клаудиньо и Педро, у москвичей отличился Квинси Промес. Сергей Семак после матча похвалил Вильмара Барриоса, а Деян Станкович посетовал на нереализованные моменты. В КХЛ Александр Радулов оформил дубль.
""")

# ==================================================================== Ukrainian
add("news", "uk", """
У Вінниці волонтерка плете маскувальні сітки разом із сусідами

{N:Оксана Шевчук} щодня з дев'ятої ранку в підвалі школи. Разом з нею працюють пенсіонерка {N:Галина Степанівна Бондар} і студент {N:Тарас Мельник}. «Ми тут як одна родина», — каже {N:Оксана}. За пів року команда {N:Шевчук} сплела понад триста сіток.

{N:Тарас} приходить після пар, а {N:Галина Степанівна} приносить усім пиріжки з вишнями.
""")

add("obituary", "uk", """
З глибоким сумом повідомляємо, що 5 березня на 79-му році життя відійшов у вічність

{N:Петро Васильович Ковальчук}
народився {D:19 серпня 1945} року в селі Підгайці на Тернопільщині.

Все своє життя він присвятив школі, виховав не одне покоління учнів. Висловлюємо співчуття дружині {N:Ганні Іванівні}, синові {N:Андрію} та онукам. Прощання відбудеться за адресою: {A:вул. Січових Стрільців, 14, кв. 6, Тернопіль}.
""")

add("classified", "uk", """
Продам дитячу коляску 2 в 1, стан ідеальний, ціна 4500 грн. Самовивіз з Києва, Оболонь, {A:просп. Володимира Івасюка, 8, кв. 52}. Дзвоніть {N:Ірині}: {P:067 345 12 98}, або пишіть на {E:iryna.savchuk.kyiv@ukr.net}. Можу віддати ще й автокрісло від {N:Максимка} — воно нам уже мале.
""")

add("email", "uk", """
Добрий день, пане {N:Ярославе}!

Пишу Вам щодо оренди квартири на {A:вул. Городоцькій, 112, кв. 9, Львів}. Мене порекомендувала {N:Соломія Гнатюк}, яка раніше там мешкала. Ми з чоловіком {N:Богданом} шукаємо житло з квітня. Чи можна подивитися квартиру цими вихідними? Мій номер {P:+380 93 712 48 05}.

З повагою,
{N:Христина Федорів}
""")

neg("notice", "uk", """
З понеділка буде перекрито рух вулицею Тараса Шевченка на ділянці від площі Ринок до лікарні імені Андрея Шептицького. Тролейбуси № 24 і 25 курсуватимуть проспектом Свободи та вулицею Івана Франка. Ліцей імені Лесі Українки працюватиме у звичайному режимі. Довідки за номером контактного центру міста: 15-80.
""")

neg("review", "uk", """
«Тіні забутих предків» Коцюбинського — маленька книжка про велике кохання. Іван і Марічка, Палагна, мольфар Юра — гуцульський світ, якого вже немає. Фільм Сергія Параджанова 1964 року з Іваном Миколайчуком досі виглядає сміливо. Для книжкового клубу бібліотеки імені Олеся Гончара наступною буде «Intermezzo» того ж автора.
""")

# ==================================================================== Greek
add("news", "el", """
Ηλικιωμένος στη Λάρισα βρέθηκε χάρη σε έναν ταξιτζή

Ο 83χρονος {N:Κωνσταντίνος Παπαδόπουλος} είχε χαθεί από το πρωί της Τρίτης. Τον εντόπισε ο ταξιτζής {N:Γιάννης Ζαχαρίου} στην πλατεία Ταχυδρομείου, μπερδεμένο και χωρίς κινητό. «Τον ρώτησα πώς τον λένε και μου είπε μόνο "{N:Κώστας}"», λέει ο {N:Ζαχαρίου}.

Η κόρη του, {N:Δέσποινα Παπαδοπούλου}, ευχαρίστησε δημόσια τον {N:Γιάννη} στα μέσα κοινωνικής δικτύωσης.
""")

add("memorial", "el", """
Τετράμηνο μνημόσυνο

Την Κυριακή θα τελεστεί στον Ιερό Ναό Αγίου Δημητρίου Αμπελοκήπων το τετράμηνο μνημόσυνο της πολυαγαπημένης μας μητέρας και γιαγιάς

{N:Ελένης Καραγιάννη}
το γένος {N:Μαυρίδη}

Οι τεθλιμμένοι: τα παιδιά της {N:Νίκος} και {N:Μαρία}, τα εγγόνια της {N:Ελένη}, {N:Σταύρος} και {N:Άννα}. Μετά το μνημόσυνο θα δεχτούμε στο σπίτι, {A:Πανόρμου 45, Αθήνα 115 23}.
""")

add("classified", "el", """
Ενοικιάζεται γκαρσονιέρα 35 τ.μ., 2ος όροφος, επιπλωμένη, στη Θεσσαλονίκη, {A:Εγνατίας 112}, κοντά στο ΑΠΘ. Ιδανική για φοιτητές. Πληροφορίες κα {N:Βασιλική Τσολάκη}, {P:6944 218 037}, ή στο {E:vtsolaki@otenet.gr}.
""")

neg("notice", "el", """
Από τη Δευτέρα κλείνει η οδός Ελευθερίου Βενιζέλου στο τμήμα από την πλατεία Αριστοτέλους έως το νοσοκομείο Άγιος Δημήτριος. Τα λεωφορεία του ΟΑΣΘ θα κινούνται μέσω της λεωφόρου Νίκης. Το Πειραματικό Σχολείο και το Λύκειο Αγίας Σοφίας θα λειτουργούν κανονικά. Πληροφορίες στο 2310 877 777.
""")

neg("review", "el", """
Ο Καζαντζάκης έγραψε τον «Βίο και πολιτεία του Αλέξη Ζορμπά» σε έναν χειμώνα στην Αίγινα. Ο Ζορμπάς, η μαντάμ Ορτάνς και ο αφηγητής παραμένουν ζωντανοί. Η ταινία του Κακογιάννη με τον Άντονι Κουίν και τη μουσική του Μίκη Θεοδωράκη έκανε το συρτάκι παγκόσμιο. Ο Οδυσσέας Ελύτης, πάντως, προτιμούσε τον Παπαδιαμάντη.
""")

# ==================================================================== Swedish
add("news", "sv", """
Grannarna i Gamlestaden räddade kvarterets kolonilotter

När kommunen ville bygga parkeringsplatser på kolonilotterna vid Gamlestadsvägen samlade {N:Birgitta Lundqvist} ihop grannarna till ett möte i sitt kök på {A:Gamlestadsvägen 14}. ”Vi var tolv stycken och lika många termosar”, säger hon och skrattar. {N:Ahmed Nasser}, som odlat potatis och mynta där sedan 2015, skrev överklagandet tillsammans med {N:Lundqvists} barnbarn {N:Elsa}.

Nu har byggnadsnämnden backat. ”Det är {N:Birgittas} förtjänst”, säger {N:Nasser}.
""")

add("obituary", "sv", """
Vår älskade

{N:Gunnar Eriksson}
* {D:4 juli 1938}
har idag lämnat oss i stor sorg och saknad.
Sundsvall den 11 januari

{N:Ingrid}
{N:Anders} och {N:Karin}
{N:Lena} och {N:Mats}
Barnbarn

Begravningen äger rum i Gustav Adolfs kyrka fredagen den 2 februari kl. 13.00. Tänk gärna på Cancerfonden. Minnesord kan skickas till {N:Anders Eriksson}, {A:Storgatan 28 B, 852 30 Sundsvall}.
""")

add("classified", "sv", """
Säljes: barnvagn Emmaljunga NXT90, grå, använd av två barn men i fint skick. 1 500 kr. Hämtas på {A:Karlavägen 64, 114 49 Stockholm}. Ring eller sms:a {N:Johanna} på {P:070-418 22 93}. Om jag inte svarar, prova min sambo {N:Oskar} på {P:073-551 08 47}.
""")

add("diary", "sv", """
Tisdag. Regn hela dagen. Var hos mormor {N:Sigrid} i Borås och lagade hennes cykel. Hon pratade om {N:Erik Holm}, pojken hon var kär i 1956, som flyttade till Amerika. Sen ringde {N:Fia} och frågade om jag vill följa med till {N:Hampus} på lördag. Kanske. {N:Hampus} bor ju numera på {A:Linnégatan 12} och jag vet inte ens om hans flickvän gillar mig.
""")

neg("sport", "sv", """
Zlatan Ibrahimović är tillbaka i Malmö, men den här gången som åskådare på Eleda Stadion. Malmö FF slog AIK med 3–0, och Henrik Rydström hyllade Isaac Kiese Thelin efter hans två mål. Förbundskapten Jon Dahl Tomasson fanns på läktaren, liksom Viktor Gyökeres, som fick ledigt från Sporting.
""")

neg("notice", "sv", """
Från och med måndag stängs Drottninggatan mellan Gustaf Adolfs torg och Sahlgrenska Universitetssjukhuset för ledningsarbeten. Spårvagnslinje 6 och 11 leds om via Kungsgatan och Linnéplatsen. Hvitfeldtska gymnasiet nås via Göta Älvbron. Frågor besvaras av kontaktcenter, Göteborgs Stad, telefon 031-365 00 00.
""")

# ==================================================================== Norwegian
add("news", "nb", """
Sju år gamle {N:Ella} fant eldre mann som hadde falt i skogen

Da {N:Ella Nordby} (7) var på tur med hunden i Lillomarka, hørte hun noen rope om hjelp. Det var {N:Arvid Sæther} (81), som hadde snublet og brukket ankelen. ”Hun var så rolig, hun løp hjem og hentet faren sin”, forteller {N:Sæther} fra sykesengen på Ullevål.

Faren, {N:Kristian Nordby}, ringte 113. Nå vil {N:Arvid} invitere {N:Ella} på kakao og vafler.
""")

add("tenancy", "nb", """
Hei {N:Torbjørn},

Jeg viser til leiekontrakten for leiligheten i {A:Thorvald Meyers gate 58, 0552 Oslo}. Som avtalt skal depositumet på 36 000 kroner tilbakebetales innen fire uker etter utflytting. Det er nå gått sju uker. Naboen min, {N:Sunniva Haugland}, kan bekrefte at leiligheten var ryddet og vasket. Jeg ber om at beløpet overføres innen fredag, ellers går saken til Husleietvistutvalget.

Hilsen {N:Martine Berg}
{P:+47 924 18 337}
""")

add("club", "nb", """
Klubbmesterskapet i sjakk ble avgjort i helgen. {N:Sindre Fjeldstad} vant med 6 av 7 poeng, foran {N:Ingvild Aas} og {N:Håkon Bjerke}. Årets junior ble {N:Magnus Aune} fra 7B, som slo faren sin i tredje runde. Takk til {N:Hege} og {N:Rune} for vafler og kaffe.
""")

neg("notice", "nb", """
Fra mandag stenges Karl Johans gate mellom Egertorget og Stortinget for ledningsarbeid. Bussene i linje 31 og 37 kjøres om via Kongens gate og Dronning Eufemias gate. Rikshospitalet og Kong Olav Vs vei er ikke berørt. Spørsmål kan rettes til Bymiljøetaten, Oslo kommune, på telefon 21 80 21 80.
""")

neg("review", "nb", """
Karl Ove Knausgårds «Min kamp» deler fortsatt leserne. Noen elsker de lange skildringene av Bergen og Tromøya, andre gir opp før første bind er slutt. Jon Fosse skriver helt annerledes: i «Septologien» er det maleren Asle og hans navnebror som går igjen. Ibsens Nora og Peer Gynt får nesten konkurranse.
""")

# ==================================================================== Danish
add("news", "da", """
Pensionist fra Viborg har strikket 400 huer til nyfødte

Siden hun gik på pension, har {N:Grethe Mikkelsen} strikket mindst en hue om dagen. ”Det er ligesom kaffe. Man kan ikke lade være”, siger hun. Huerne afleveres på fødeafdelingen af hendes nabo, jordemoder {N:Sofie Kjær}, og garnet sponsorerer {N:Bent Laursen} fra genbrugsbutikken på hjørnet.

{N:Grethes} barnebarn {N:Mathias} har lovet at lære hende at strikke sokker til næste vinter.
""")

add("letter", "da", """
Læserbrev

Jeg vil gerne rose buschauffør {N:Kasper Holm} på linje 5A, som i onsdags ventede på min datter, {N:Ida}, da hun løb efter bussen i Valby med sin klarinetkasse. Det er små ting, men de betyder meget.

{N:Lone Juhl Andersen}, {A:Vigerslevvej 141, 2. th., 2500 Valby}
""")

add("classified", "da", """
Sælges: Christiania-cykel med kaleche, brugt, men velholdt. 6.000 kr. Kan afhentes på {A:Jægergårdsgade 62, 8000 Aarhus C}. Kontakt {N:Rasmus} på {P:28 41 73 06} eller {E:rasmus.bech@mail.dk}.
""")

neg("notice", "da", """
Fra mandag lukkes H.C. Andersens Boulevard mellem Rådhuspladsen og Rigshospitalet for kørende trafik i forbindelse med anlæg af supercykelsti. Linje 5C omlægges via Vesterbrogade. Niels Brock og Sankt Annæ Gymnasium er ikke berørt. Spørgsmål kan rettes til Københavns Kommune, Teknik- og Miljøforvaltningen, på tlf. 33 66 33 66.
""")

neg("review", "da", """
Tove Ditlevsens Københavnertrilogi er blevet et internationalt hit. ”Barndom”, ”Ungdom” og ”Afhængighed” læses nu i New York og Tokyo. Hamlet, Prins af Danmark, har fået selskab af Ditlevsens unge Tove fra Vesterbro. Og H.C. Andersens Den lille havfrue sidder stadig på Langelinie og venter på turisterne.
""")

# ==================================================================== Finnish
add("news", "fi", """
Tamperelainen eläkeläinen löysi kadonneen koiran kolmen päivän etsinnän jälkeen

{N:Raimo Heikkinen} lähti keskiviikkona sienimetsään Kaupin ulkoilualueelle ja kuuli pensaikosta vinkumista. Sieltä löytyi lappalaiskoira Hilla, jonka omistaja, {A:Kaupinkatu 7}:ssä asuva {N:Anna Virtanen}, oli etsinyt sitä maanantaista asti.

”Soitin heti {N:Annalle}, koska hänen numeronsa oli kaulapannassa”, {N:Heikkinen} kertoo. {N:Virtanen} lupasi {N:Raimolle} löytöpalkkion, mutta tämä kieltäytyi. ”Riittää, kun {N:Annan} lapset tulevat kahville.”
""")

add("obituary", "fi", """
Rakkaamme

{N:Aino Lindroos}
o.s. {N:Mäkinen}
s. {D:2.5.1935} Viipurissa
k. 18.1.2024 Lahdessa

Kaipaamaan jäivät {N:Pekka} ja {N:Riitta}, {N:Jussi} perheineen sekä muut sukulaiset ja ystävät. Siunaustilaisuus pidetään Ristinkirkossa lauantaina. Muistamiset voi osoittaa {N:Pekka Lindroosille}, {A:Vesijärvenkatu 24 B 12, 15140 Lahti}.
""")

add("email", "fi", """
Hei {N:Marjatta},

kiitos viestistä! Puhuin eilen {N:Antti Korhosen} kanssa, ja hän lupasi hoitaa taloyhtiön saunavuorot ensi kuusta alkaen. {N:Mikolle} ja {N:Sannalle} ei tarvitse enää soittaa. Jos jotain tulee, voit laittaa viestiä suoraan {N:Antille}: {P:040 718 2290} tai {E:antti.korhonen@kolumbus.fi}.

Terveisin,
{N:Leena Salo}
""")

add("club", "fi", """
Harrastesarjan salibandyottelussa FBC Kotka Oldboys kaatoi Haminan Palloveikot 7–4. Meillä maaleja tekivät {N:Jarkko Laine} (3), {N:Tommi Nieminen} (2) sekä {N:Sami} ja {N:Ville Kauppinen}. Maalivahti {N:Olli Hämäläinen} torjui 28 laukausta. Kiitos {N:Päiville} buffetista!
""")

neg("sport", "fi", """
Teemu Pukki ratkaisi HJK:n ja KuPSin ottelun toisella puoliajalla. Huuhkajien päävalmentaja Markku Kanerva seurasi ottelua katsomosta, ja Lukas Hradecky sai kiitosta Bayer Leverkusenin maalilla. NHL:ssä Mikko Rantanen teki kaksi maalia, ja Patrik Laine palasi kentälle pitkän tauon jälkeen.
""")

neg("notice", "fi", """
Mannerheimintie suljetaan maanantaista alkaen välillä Aleksanterinkatu – Runebergin esplanadi. Raitiolinjat 4 ja 10 kulkevat Fredrikinkadun ja Topeliuksenkadun kautta. Aleksis Kiven koulu ja Töölön sairaala eivät ole muutoksen piirissä. Lisätietoja antaa Helsingin kaupungin neuvonta, puh. 09 310 11111.
""")

# ==================================================================== Icelandic
add("news", "is", """
Húsvíkingur bjargaði kindum úr skurði

{N:Guðmundur Þór Sigurðsson}, bóndi í Aðaldal, kom að þremur kindum föstum í skurði við þjóðveginn á mánudag. Með aðstoð nágranna síns, {N:Jóns Inga Helgasonar}, tókst honum að koma þeim upp. „Þetta voru ærnar hennar {N:Halldóru} á næsta bæ,“ segir {N:Guðmundur}. Samkvæmt {N:Halldóru Björnsdóttur} höfðu kindurnar sloppið út um brotna girðingu.
""")

add("obituary", "is", """
{N:Sigríður Einarsdóttir} fæddist í Reykjavík {D:9. janúar 1942}. Hún lést á Hrafnistu 3. mars sl. Foreldrar hennar voru {N:Einar Pálsson} og {N:Ragnheiður Jónsdóttir}. {N:Sigríður} giftist {N:Ólafi Magnússyni} árið 1964 og eignuðust þau þrjú börn, {N:Kristínu}, {N:Magnús} og {N:Helgu}. Útför hennar fer fram frá Neskirkju föstudaginn 15. mars.
""")

add("classified", "is", """
Til sölu vel með farinn barnavagn, Silver Cross, verð 40.000 kr. Hægt að sækja á {A:Laugavegi 86, 101 Reykjavík}. Hafið samband við {N:Þórdísi} í síma {P:861 4372} eða {E:thordis.arna@simnet.is}.
""")

neg("notice", "is", """
Frá og með mánudegi verður Hringbraut lokuð milli Landspítalans og Melatorgs vegna framkvæmda. Strætó leið 1 og 6 fer um Suðurgötu og Sóleyjargötu. Menntaskólinn í Reykjavík og Háskóli Íslands eru ekki fyrir áhrifum. Nánari upplýsingar veitir þjónustuver Reykjavíkurborgar í síma 411 1111.
""")

neg("review", "is", """
Halldór Laxness skrifaði Sjálfstætt fólk um Bjart í Sumarhúsum, sem vill vera öllum óháður. Ásta Sóllilja er ein sorglegasta persóna íslenskra bókmennta. Nú les bókaklúbbur Borgarbókasafnsins Njálu: Gunnar á Hlíðarenda, Hallgerður langbrók og Njáll eru enn að rífast eftir þúsund ár.
""")

# ==================================================================== Irish
add("news", "ga", """
Céad bliain slán ag bean as Carna

Bhí ceiliúradh mór i Halla Pobail Charna an deireadh seachtaine seo caite nuair a bhain {N:Máire Ní Fhlatharta} an céad bliain amach. Rugadh í ar an {D:14 Márta 1924} ar an Aird Thiar, agus chaith sí a saol ar fad ag obair ar an bhfeamainn agus ag tógáil clainne.

Dúirt a hiníon, {N:Bríd Uí Chonghaile}, go raibh a máthair ag damhsa go dtí a dó a chlog ar maidin. Sheinn a garmhac, {N:Seán Ó Conghaile}, ar an mbosca ceoil, agus thug {N:Máire} féin amhrán ar an sean-nós.
""")

add("obituary", "ga", """
Fuair {N:Pádraig Ó Súilleabháin} ({N:Páidí}), Baile an Fheirtéaraigh, bás go síochánta in Ospidéal Ollscoile Chiarraí, i láthair a mhuintire. Is mór a chailleann a bhean chéile {N:Nóra}, a chlann {N:Éamonn}, {N:Siobhán} agus {N:Colm}, a chlann chleamhnais agus a gharchlann.

Beidh sé ar chlár ina theach cónaithe, {A:Baile Dháith, Baile an Fheirtéaraigh, Co. Chiarraí}, Dé hAoine ó 4 go 8 i.n. Aifreann na Sochraide i Séipéal Naomh Uinseann Dé Sathairn ag 11 r.n.
""")

add("newsletter", "ga", """
Nuachtlitir Ghaelscoil an Chaisleáin

Comhghairdeas le {N:Aoife Nic Giolla Bhríde} ó Rang a Cúig, a bhuaigh an chéad áit sa chomórtas scéalaíochta i gCill Chainnigh, agus le {N:Cian Mac Cárthaigh}, a bhí sa dara háit. Buíochas ó chroí le {N:Dónall Ó Riain}, seanathair {N:Chian}, a thug na páistí ar thuras chuig an bportach.

Má tá ceisteanna agaibh faoin turas scoile, déanaigí teagmháil le {N:Siobhán Breathnach} ag {E:siobhan.breathnach@gaelscoilchaislean.ie}.
""")

neg("notice", "ga", """
Beidh Sráid Uí Chonaill dúnta do thrácht ó Dhroichead Uí Chonaill go Cearnóg Pharnell Dé Luain seo chugainn. Rachaidh busanna 13 agus 40 trí Shráid Uí Mhaoilíosa. Ní bheidh tionchar ar Ospidéal an Rotunda ná ar Scoil Naomh Pádraig. Tuilleadh eolais ó Chomhairle Cathrach Bhaile Átha Cliath ar 01 222 2222.
""")

neg("review", "ga", """
Is é Cré na Cille le Máirtín Ó Cadhain an t-úrscéal Gaeilge is fearr, dar le go leor. Bíonn Caitríona Pháidín ag clamhsán faoin uaigh ó thús deireadh. Is leabhar an-difriúil é Peig, le Peig Sayers, a raibh ar gach dalta scoile é a léamh. Léigh ár gciorcal leabhar Deoraíocht le Pádraic Ó Conaire an mhí seo caite.
""")

# ==================================================================== Catalan
add("news", "ca", """
Els veïns del carrer de Verdi reclamen un ascensor per a la {N:Montse}

{N:Montserrat Puigdomènech i Serra}, de 79 anys, fa tres mesos que no surt de casa. Viu en un quart pis sense ascensor al {A:carrer de Verdi, 142}, a Gràcia i, des que la van operar del maluc, no pot baixar les escales. «La {N:Montse} ens ha cuidat a tots, ara ens toca a nosaltres», diu el seu veí {N:Jordi Casals}, que ha recollit 400 signatures.

La neboda de la {N:Puigdomènech}, {N:Laia Serra}, explica que la comunitat de propietaris no es posa d'acord.
""")

add("obituary", "ca", """
Ha mort cristianament, als 84 anys,

el senyor {N:Josep Maria Vilaseca i Roca}

La seva esposa, {N:Núria Pujol}; fills, {N:Marc} i {N:Laia}; fills polítics, {N:Anna} i {N:Xavier}; néts, {N:Pol}, {N:Martina} i {N:Biel}, i tota la família us preguen que el tingueu present en les vostres oracions. La cerimònia tindrà lloc dimarts a la parròquia de Santa Maria del Pi. Condols al domicili: {A:carrer de Sant Pere Més Alt, 27, 3r 1a, 08003 Barcelona}.
""")

add("classified", "ca", """
Es lloga pis de dues habitacions al barri vell de Girona, {A:carrer de la Força, 14, 17004 Girona}, moblat i amb calefacció. 850 € al mes. Truqueu al {N:Pere} al {P:639 27 84 15} o escriviu a la seva filla, {N:Clara Bosch}, a {E:clarabosch.gi@gmail.com}.
""")

neg("notice", "ca", """
A partir de dilluns, el carrer de Pau Claris restarà tallat entre la plaça d'Urquinaona i el passeig de Lluís Companys. Els autobusos de les línies V15 i 47 es desviaran per la Via Laietana. L'Hospital de la Santa Creu i Sant Pau i l'Escola Jacint Verdaguer no es veuran afectats. Informació al telèfon 010 de l'Ajuntament de Barcelona.
""")

neg("sport", "ca", """
Lamine Yamal i Raphinha van tornar a marcar i el Barça de Hansi Flick va golejar el Girona a Montjuïc. Pedri va dirigir el joc i Wojciech Szczęsny va aturar un penal a Cristhian Stuani. Míchel Sánchez va reconèixer la superioritat blaugrana. L'Espanyol de Manolo González va empatar a Cornellà.
""")

# ==================================================================== Croatian
add("news", "hr", """
Umirovljenik iz Splita vratio izgubljeni novčanik s 2000 eura

{N:Ante Bilić} (72) pronašao je novčanik na klupi na Rivi. U njemu su bile osobna iskaznica i novac. „Odmah sam otišao na policiju“, kaže. Vlasnica, {N:Marija Radić} iz Kaštela, došla je osobno zahvaliti s kolačima. „S {N:Antom Bilićem} sada popijem kavu svake subote“, kaže {N:Radić}. Susjedi kažu da je {N:Ante} oduvijek takav.
""")

add("obituary", "hr", """
Tužnim srcem javljamo svim rođacima, prijateljima i znancima da nas je napustio naš dragi suprug, otac i djed

{N:Ivan Horvat}
rođen {D:5. svibnja 1948}.

Ispraćaj će se obaviti u petak u 14 sati na Gradskom groblju Mirogoj. Ožalošćeni: supruga {N:Ljubica}, sinovi {N:Tomislav} i {N:Krešimir} s obiteljima, unuci {N:Luka} i {N:Petra}. Sućut na adresu {A:Vukovarska 112, 10000 Zagreb}.
""")

add("classified", "hr", """
Iznajmljujem jednosobni stan u centru, {A:Ilica 147, 10000 Zagreb}, 3. kat, namješten, 550 eura mjesečno. Javiti se gospođi {N:Kovačević} na {P:091 543 2178} ili njezinu sinu {N:Dariju} na {E:dario.kovacevic@gmail.com}.
""")

neg("notice", "hr", """
Od ponedjeljka se zatvara Ulica kralja Zvonimira između Trga bana Josipa Jelačića i KBC-a Sestre milosrdnice. Tramvajske linije 4 i 9 voze preko Branimirove. Osnovna škola Ivana Gorana Kovačića i Gimnazija Lucijana Vranjanina rade normalno. Informacije na broj Grada Zagreba 01 610 1111.
""")

neg("sport", "hr", """
Luka Modrić je predvodio Hrvatsku do pobjede nad Portugalom. Zlatko Dalić pohvalio je Joška Gvardiola i Mateu Kovačića, a Cristiano Ronaldo je ostao bez gola. U HNL-u je Dinamo Sergeja Jakirovića svladao Hajduk Gennara Gattusa.
""")

# ==================================================================== Lithuanian
add("news", "lt", """
Kaunietė senjorė kaimynų dėka atgavo pavogtą dviratį

Aštuoniasdešimtmetė {N:Ona Petrauskienė} kasdien dviračiu važinėja į turgų. Kai jis dingo iš laiptinės, kaimynas {N:Jonas Kazlauskas} peržiūrėjo vaizdo kameros įrašus ir atpažino vagį. „{N:Onai} be dviračio kaip be kojų“, – sako jis. {N:Petrauskienės} anūkė {N:Gabija} nupirko naują spyną.
""")

add("obituary", "lt", """
Eidamas 83-iuosius metus mirė anykštėnas {N:Antanas Stankevičius} ({D:1941-06-03} – 2024-02-11). Liūdi žmona {N:Aldona}, sūnūs {N:Darius} ir {N:Mindaugas} su šeimomis. Šarvojamas laidojimo namuose Vilniuje, užuojautas galima siųsti adresu {A:Žirmūnų g. 68-12, Vilnius}.
""")

add("classified", "lt", """
Parduodu mažai naudotą vaikišką vežimėlį, kaina 150 Eur. Atsiimti Klaipėdoje, {A:Taikos pr. 81-24}. Skambinti {N:Rūtai} tel. {P:+370 612 48 395} arba rašyti {E:ruta.jankauskaite@gmail.com}.
""")

neg("notice", "lt", """
Nuo pirmadienio bus uždarytas Gedimino prospektas tarp Vinco Kudirkos aikštės ir Lietuvos Respublikos Seimo. Autobusai 10 ir 43 važiuos Aušros Vartų ir Jogailos gatvėmis. Santaros klinikos ir Vilniaus Jono Basanavičiaus gimnazija dirbs įprastai. Informacija Vilniaus miesto savivaldybės telefonu 1664.
""")

neg("review", "lt", """
Kristijono Donelaičio „Metai“ vis dar skaitomi mokyklose. Pričkus, Selmas ir Dočys – būrų pasaulis, kuris atrodo ir tolimas, ir artimas. Balio Sruogos „Dievų miškas“ ir Žemaitės „Marti“ – kiti klasikos kūriniai, kuriuos aptarsime bibliotekoje.
""")

# ==================================================================== Indonesian
add("news", "id", """
Warga Kampung Melayu gotong royong bersihkan sisa banjir

Sejak subuh, Pak {N:Suparman} (67) sudah menyapu lumpur dari teras rumahnya di {A:Gang Kelinci No. 7}. „Air masuk sampai sepinggang, kulkas saya mengambang," katanya. Tetangganya, Bu {N:Siti Aminah}, membuka dapur umum bersama anaknya, {N:Rizky}. Menurut {N:Suparman}, bantuan dari kelurahan baru datang sore hari. „Untung ada Bu {N:Siti} dan anak-anak muda," tambahnya.
""")

add("classified", "id", """
DIJUAL CEPAT rumah 2 lantai, SHM, luas tanah 120 m², lokasi {A:Jl. Kaliurang Km 7, Gang Mawar No. 12, Sleman, Yogyakarta}. Dekat kampus UGM. Harga nego. Hubungi Ibu {N:Ratna Dewi Lestari} di {P:0812-2745-9031} atau suaminya, Bapak {N:Hendra}, di {P:0856-4312-7780}. Tanpa perantara.
""")

add("chat", "id", """
{N:rina}: eh besok arisan di rumah bu {N:dewi} ya, jam 4
{N:anto_wijaya}: alamatnya masih {A:jl. cempaka putih tengah 3 no. 15} kan?
{N:rina}: iya. jangan lupa ajak mbak {N:yuni}
{N:dewi.s}: siap, aku masak rendang 😄
""")

neg("notice", "id", """
Mulai Senin, Jalan Jenderal Sudirman ditutup sementara antara Bundaran HI dan Semanggi untuk pembangunan MRT. Bus TransJakarta koridor 1 dialihkan melalui Jalan M.H. Thamrin dan Jalan Gatot Subroto. Akses ke RSUP Dr. Cipto Mangunkusumo dan SMA Negeri 8 tetap dibuka. Informasi lebih lanjut hubungi Jakarta Siaga 112.
""")

neg("review", "id", """
Bumi Manusia karya Pramoedya Ananta Toer masih terasa segar. Minke, Annelies, dan Nyai Ontosoroh adalah tokoh yang tak terlupakan. Filmnya yang disutradarai Hanung Bramantyo dengan Iqbaal Ramadhan cukup setia pada novel. Bulan depan klub buku kami di Perpustakaan Nasional membaca Laskar Pelangi karya Andrea Hirata.
""")

# ==================================================================== Tagalog
add("news", "tl", """
Lola sa Marikina, tinulungan ng mga kapitbahay matapos masunugan

Walang naisalba si Lola {N:Conchita Dela Cruz}, 81, nang tupukin ng apoy ang kanyang bahay noong Martes ng gabi. Ayon kay Mang {N:Berto Villanueva}, kapitbahay niya, siya ang bumuhat kay {N:Conchita} palabas ng bahay. „Hindi na siya makalakad nang mabilis kaya kinarga ko na lang," kuwento ni {N:Villanueva}.

Nagbukas naman ng donation drive ang apo niyang si {N:Jennifer Dela Cruz-Santos}, na nagtatrabaho bilang nurse sa Dubai.
""")

add("classified", "tl", """
PAUPAHAN: Studio-type na kuwarto, may sariling CR at kusina, ₱6,500 kada buwan, tubig at kuryente hiwalay. Matatagpuan sa {A:47-B Kalye Mabini, Brgy. San Roque, Marikina City}. Malapit sa palengke at sakayan. Makipag-ugnayan kay Aling {N:Nena Bautista} sa {P:0917 482 3316} o i-text ang anak niyang si {N:Paolo}.
""")

add("chat", "tl", """
{N:jomar}: pre nasaan na si kuya {N:ben}? kanina pa kami naghihintay dito
{N:karen_reyes}: sabi ni ate {N:len} nasa {A:Blk 5 Lot 12 Phase 2, Camella Homes, Bacoor} pa daw sya
{N:jomar}: hay nako. sige tatawagan ko na lang si {N:ben}
""")

neg("notice", "tl", """
Simula Lunes, isasara ang bahagi ng Kalye Rizal mula Plaza Lawton hanggang Ospital ng Maynila dahil sa pagkukumpuni ng tubo. Ang mga jeep na dumadaan sa Taft Avenue ay ililihis sa Padre Burgos. Hindi apektado ang Jose Rizal University at ang Mabini Shrine. Para sa impormasyon, tumawag sa hotline ng Lungsod ng Maynila, 8527-4961.
""")

neg("sport", "tl", """
Muling nagwagi si June Mar Fajardo bilang MVP ng PBA matapos pangunahan ang San Miguel Beermen. Pinuri naman ni coach Tim Cone si Justin Brownlee ng Barangay Ginebra. Samantala, nagbigay ng inspirasyon si Manny Pacquiao sa mga batang boksingero sa General Santos, habang naghahanda si Carlos Yulo para sa susunod na kompetisyon.
""")

# ==================================================================== Swahili
add("news", "sw", """
Mzee wa Mbagala arejesha simu iliyopotea kwa mwenyewe

Mzee {N:Juma Omari Salim}, mkazi wa Mbagala jijini Dar es Salaam, ameokota simu ndani ya daladala na kuirejesha kwa mwenyewe. Kwa mujibu wa Bi {N:Mwanaisha Rashidi}, mmiliki wa simu hiyo, {N:Juma} alipiga namba ya mwisho iliyopigwa na kumkabidhi simu yake kituoni. „Ni watu wachache wenye moyo kama wa Mzee {N:Salim}," alisema {N:Mwanaisha}.
""")

add("obituary", "sw", """
TANGAZO LA MSIBA

Familia ya marehemu {N:Yohana Elia Mushi} wa Moshi inasikitika kutangaza kifo cha mpendwa wao kilichotokea tarehe 9 Machi katika Hospitali ya KCMC. Marehemu alizaliwa tarehe {D:12 Juni 1946} huko Marangu. Ameacha mke, {N:Agnes Mushi}, na watoto {N:Neema}, {N:Baraka} na {N:Faraja}. Mazishi yatafanyika nyumbani kwake, {A:Kijiji cha Mamba, Marangu Mashariki, Moshi Vijijini}. Kwa mawasiliano piga simu kwa {N:Baraka Mushi}, {P:0754 318 226}.
""")

add("classified", "sw", """
Nyumba ya vyumba viwili inapangishwa, {A:Mtaa wa Kilosa, Nyumba Na. 27, Magomeni, Dar es Salaam}. Kodi ni shilingi 350,000 kwa mwezi, miezi sita mbele. Wasiliana na Bw. {N:Hamisi Mrisho} kwa simu {P:0713 502 884} au barua pepe {E:hamisi.mrisho@yahoo.com}.
""")

neg("notice", "sw", """
Kuanzia Jumatatu, Barabara ya Julius Nyerere itafungwa kwa muda kati ya makutano ya Tazara na Uwanja wa Ndege wa Kimataifa wa Julius Nyerere. Mabasi ya mwendokasi yatapita Barabara ya Mandela. Hospitali ya Taifa Muhimbili na Shule ya Sekondari Azania haziathiriki. Kwa maelezo zaidi, piga simu Halmashauri ya Jiji la Dar es Salaam, 022 212 3551.
""")

neg("sport", "sw", """
Simba SC iliichapa Yanga mabao 2-1 katika mchezo wa Kariakoo Derby uliochezwa Uwanja wa Benjamin Mkapa. Kocha Fadlu Davids alimsifu Jean Charles Ahoua, huku Miguel Gamondi akilalamikia maamuzi ya mwamuzi. Mbwana Samatta alitazama mchezo akiwa jukwaani.
""")

# ==================================================================== Yoruba
add("news", "yo", """
Ìyá àgbà kan ní Ìbàdàn ṣe ayẹyẹ ọgọ́rùn-ún ọdún

Màmá {N:Àdùkẹ́ Ọlágúnjú} ṣe ayẹyẹ ọjọ́ ìbí ọgọ́rùn-ún ọdún rẹ̀ ní ilé rẹ̀ ní {A:Ilé 14, Òpópónà Àjàyí, Mọ̀kọ́lá, Ìbàdàn} ní ọjọ́ Àbámẹ́ta. Ọmọ rẹ̀ ọkùnrin, {N:Túndé Ọlágúnjú}, sọ pé ìyá òun ṣì ń ta ẹ̀wà ní ọjà Ọ̀jà'bà títí di ọdún tó kọjá. Ọmọ-ọmọ rẹ̀, {N:Fúnmiláyọ̀}, kọ orin pàtàkì fún un, gbogbo èèyàn sì jó.
""")

add("wedding", "yo", """
Ìkéde ìgbéyàwó

Inú wa dùn láti kéde ìgbéyàwó ọmọ wa, {N:Adéwálé Ògúndélé}, àti ìyàwó rẹ̀, {N:Folákẹ́ Àlàbí}. Ayẹyẹ náà yóò wáyé ní ọjọ́ Àbámẹ́ta ní Ṣọ́ọ̀ṣì Kristi, Ìbàdàn. Fún ìbéèrè, ẹ pe {N:Bọ́lá Ògúndélé} lórí {P:0803 412 7765}.
""")

neg("notice", "yo", """
Láti ọjọ́ Ajé, wọ́n yóò ti Òpópónà Ọbáfẹ́mi Awólọ́wọ̀ pa láàárín Ilé-ìwòsàn UCH àti Fásitì Ìbàdàn fún àtúnṣe. Àwọn ọkọ̀ yóò gba ọ̀nà Mọ̀kọ́lá. Ilé-ẹ̀kọ́ Gírámà Ọba Akínyẹlé kò ní pa. Papa ọkọ̀ òfuurufú Múrítàlá Mùhámmẹ́dù ní Èkó ń ṣiṣẹ́ déédéé.
""")

neg("review", "yo", """
Ìwé Ògbójú Ọdẹ Nínú Igbó Irúnmọlẹ̀ tí D. O. Fágúnwà kọ ṣì jẹ́ ìwé tí ọ̀pọ̀lọpọ̀ èèyàn fẹ́ràn. Àkàrà-ògùn, ọdẹ akọni, rìn lọ sínú igbó tí ó kún fún àwọn iwin. Wọlé Ṣóyínká túmọ̀ rẹ̀ sí èdè Gẹ̀ẹ́sì gẹ́gẹ́ bí The Forest of a Thousand Daemons.
""")

# ==================================================================== Vietnamese
add("news", "vi", """
Cụ bà 72 tuổi trả lại túi tiền nhặt được cho người đánh rơi

Bà {N:Nguyễn Thị Hoa} (72 tuổi, ngụ tại {A:số 12 đường Thi Sách, phường Bến Nghé, quận 1}) nhặt được chiếc túi có 50 triệu đồng và giấy tờ tùy thân khi đi chợ sáng. Nhờ con trai là anh {N:Trần Văn Tùng} đăng lên mạng xã hội, bà đã tìm được chủ nhân là chị {N:Lê Ngọc Bích}, một tiểu thương ở chợ Bến Thành. Theo bà {N:Hoa}, „của rơi thì phải trả lại". Chị {N:Bích} xúc động cảm ơn bà {N:Hoa} và anh {N:Tùng}.
""")

add("obituary", "vi", """
CÁO PHÓ

Gia đình chúng tôi vô cùng thương tiếc báo tin: Cụ ông {N:Lê Văn Thành}, sinh ngày {D:15/08/1938} tại Nam Định, đã từ trần hồi 5 giờ sáng ngày 2 tháng 3, hưởng thọ 86 tuổi.

Tang gia đồng kính báo: vợ {N:Phạm Thị Lan}; các con {N:Lê Minh Đức}, {N:Lê Thị Thu Hà}; các cháu nội ngoại. Lễ viếng tổ chức tại nhà riêng: {A:Số 27 ngõ 84 phố Chùa Láng, Đống Đa, Hà Nội}.
""")

add("classified", "vi", """
Cho thuê phòng trọ sạch sẽ, có gác lửng, giờ giấc tự do, giá 3,5 triệu/tháng tại {A:Số 45/12 đường Nguyễn Trãi, phường 3, quận 5, TP.HCM}. Ưu tiên sinh viên nữ. Liên hệ chị {N:Mai} {P:0903 418 276} hoặc anh {N:Quân} (chồng chị {N:Mai}) qua Zalo cùng số.
""")

neg("notice", "vi", """
Từ thứ Hai, đường Nguyễn Huệ sẽ cấm xe từ Quảng trường Hồ Chí Minh đến bến Bạch Đằng để tổ chức lễ hội đường hoa. Các tuyến xe buýt sẽ đi vòng qua đường Lê Lợi và Tôn Đức Thắng. Bệnh viện Chợ Rẫy và Trường THPT Lê Quý Đôn hoạt động bình thường. Mọi thắc mắc xin gọi tổng đài 1022 của Thành phố.
""")

neg("review", "vi", """
Truyện Kiều của Nguyễn Du vẫn là tác phẩm được yêu thích nhất. Thúy Kiều, Kim Trọng, Từ Hải và Hoạn Thư là những nhân vật ai cũng biết. Câu lạc bộ sách tháng tới sẽ đọc Số đỏ của Vũ Trọng Phụng, với nhân vật Xuân Tóc Đỏ nổi tiếng.
""")

# ==================================================================== Japanese
add("news", "ja", """
船橋市の住宅街で火災　高校生が高齢女性を救出

12日夜、千葉県船橋市の木造2階建て住宅から出火し、一人暮らしの{N:佐藤恵子}さん(74)が逃げ遅れた。近所に住む高校2年の{N:山本健太}さん(17)が煙の中に入り、{N:佐藤}さんを背負って外に運び出した。

{N:佐藤}さんは「{N:健太}くんがいなかったら、今ごろどうなっていたか」と涙ぐんだ。{N:山本}さんの母親の{N:由美}さんは「無茶をして」と叱りつつも誇らしげだった。
""")

add("obituary", "ja", """
訃報

父 {N:田中一郎}儀 かねてより病気療養中のところ、3月2日に永眠いたしました(享年88歳)。ここに生前のご厚誼に深謝し、謹んでご通知申し上げます。

通夜は3月5日午後6時より、葬儀・告別式は翌6日午前11時より、いずれも代田斎場にて執り行います。

喪主　長男 {N:田中誠}
連絡先　{A:東京都世田谷区代田3丁目12番5号}　{P:03-3412-7789}
""")

add("blog", "ja", """
今日は大学時代の友達の{N:みゆき}と{N:ゆうこ}と三人で鎌倉へ。{N:みゆき}の旦那さんの{N:タカシ}くんが車を出してくれて、本当に助かった。鶴岡八幡宮でお参りしてから、小町通りでしらす丼。{N:ゆうこ}は相変わらず食べるのが遅くて、{N:タカシ}くんに笑われていた(笑)。来月は{N:ゆうこ}の実家がある金沢に行く予定!
""")

add("email", "ja", """
{N:鈴木}様

いつもお世話になっております。金田工業の{N:高橋}でございます。
先日ご依頼いただいたお見積りの件、弊社営業部の{N:森田}より明日中にご連絡差し上げます。
お急ぎの場合は、私の携帯({P:090-3418-2276})までお電話いただくか、{E:m.takahashi@kaneda-kogyo.co.jp}までメールをお送りください。

{N:高橋美咲}
""")

add("lostfound", "ja", """
落とし物のお知らせ：3月8日(土)の夕方、吉祥寺駅北口の近くで、茶色の革の財布を拾いました。中に{N:木村真理子}様名義の診察券が入っています。お心当たりのある方は、近くにお住まいの{N:小林}({P:080-5562-1943})までご連絡ください。交番にも届けてあります。
""")

neg("notice", "ja", """
明治通りと昭和通りの交差点付近で、4月1日から下水道工事を行います。聖路加国際病院と野口英世記念会館の前の歩道は通行できます。徳川家康像のある公園と二宮金次郎像のある小学校の周辺では、迂回をお願いします。お問い合わせは区役所道路課(03-3578-2111)まで。
""")

neg("sport", "ja", """
大谷翔平選手が2試合連続となる本塁打を放ち、ドジャースはパドレスに5対3で勝利した。先発の山本由伸投手は6回を1失点に抑え、ロバーツ監督は「完璧だった」と称賛した。一方、ダルビッシュ有投手は5回3失点で降板した。鈴木誠也選手も2安打を記録した。
""")

neg("review", "ja", """
夏目漱石の『坊っちゃん』を久しぶりに読み返した。松山に赴任した坊っちゃんと、山嵐、赤シャツ、野だいこ、うらなり、そしてマドンナ。百年以上前の作品なのに、登場人物がみんな生き生きしている。次は太宰治の『走れメロス』、メロスとセリヌンティウスの友情の話だ。
""")

# ==================================================================== Chinese
add("news", "zh", """
杭州七旬阿姨义务教邻居孩子写毛笔字十二年

家住{A:杭州市拱墅区湖墅南路218号}的{N:王秀英}阿姨今年78岁，退休前是一名小学语文老师。十二年来，她每周六下午都在自家客厅免费教小区的孩子们写毛笔字。邻居{N:李建国}说，他的孙子{N:李浩然}从一年级起就跟着{N:王}阿姨学，现在已经拿了市里的书法比赛二等奖。

社区志愿者{N:陈晓雯}告诉记者，{N:王秀英}的学生前后已经有两百多人。
""")

add("lostfound", "zh", """
寻物启事

本人于3月5日晚在地铁2号线（从人民广场到中山公园方向）不慎遗失黑色钱包一个，内有身份证一张（姓名：{N:刘洋}，号码{ID:110108199003074519}）、银行卡数张及少量现金。如有拾到者，请联系{N:刘}先生，电话{P:138 1024 5567}，必有重谢！
""")

add("wedding", "zh", """
婚讯

{N:张伟}先生与{N:赵雅琳}女士将于五月二十日在成都举行婚礼。新郎{N:张伟}是成都本地人，新娘{N:雅琳}来自重庆，两人大学时期在四川大学相识。婚宴设在锦江区，诚邀亲朋好友光临。喜帖回执请寄至：{A:成都市锦江区春熙路东段18号3单元502室}，或联系新郎父亲{N:张国强}，电话{P:139 8021 4476}。
""")

add("forum", "zh", """
求助：房东不退押金怎么办？

我租的房子在{A:上海市徐汇区漕溪北路88弄5号1202室}，去年签了一年合同，房东是{N:周}先生。上个月合同到期我搬走了，房子打扫得干干净净，可{N:周}先生说墙上有划痕，扣了我三千块押金。当时带我看房的中介{N:孙}经理也不接电话了。我室友{N:林佳琪}可以作证，搬走那天我们拍了视频。请问大家该去哪里投诉？
""")

neg("notice", "zh", """
自4月1日起，中山路（鲁迅公园至中山医院段）将实施封闭施工，预计持续三个月。途经该路段的公交71路、106路将绕行四平路。孙中山纪念馆、逸夫楼及复旦大学附属中山医院门诊正常开放。市民如有疑问，可拨打市民服务热线12345咨询。
""")

neg("sport", "zh", """
郑钦文在武汉网球公开赛上再次击败对手，闯入四强。乒乓球方面，王楚钦和孙颖莎搭档夺得混双冠军，樊振东因伤退出了男单比赛。国足主教练伊万科维奇表示，武磊将继续担任队长。
""")

neg("review", "zh", """
重读《红楼梦》，才发现小时候根本没看懂。贾宝玉、林黛玉、薛宝钗的故事背后，是曹雪芹对整个家族命运的感叹。王熙凤精明能干，刘姥姥进大观园则是全书最有趣的章节之一。下个月读书会将讨论鲁迅的《阿Q正传》。
""")

# ==================================================================== Korean
add("news", "ko", """
망원동 '반찬 할머니', 20년째 독거노인에 반찬 나눠

{A:서울 마포구 망원로7길 23}에 사는 {N:김순자} 할머니(81)는 매주 목요일 새벽 다섯 시면 부엌에 불을 켠다. 동네 독거노인 열다섯 명에게 나눠 줄 반찬을 만들기 위해서다. 이웃 주민 {N:박민준} 씨는 "{N:김} 할머니 덕분에 우리 동네가 따뜻해졌다"고 말했다. 요즘은 손녀 {N:이서연} 씨가 배달을 돕는다.
""")

add("classified", "ko", """
아기 유모차 팝니다. 작년에 구입해서 6개월 정도 사용했고 상태 아주 좋아요. 가격은 15만 원, 직거래만 합니다. 위치는 {A:서울 강서구 화곡로 302, 104동 1203호}이고 퇴근 후 저녁 7시 이후 가능해요. 연락은 {N:이지은} {P:010-3342-8819}로 문자 주세요. 남편 {N:정우}가 받을 수도 있어요.
""")

add("chat", "ko", """
{N:수진}: 내일 {N:민호} 생일파티 어디서 해?
{N:hyunwoo_kang}: {N:민호}네 집. {A:분당구 정자동 느티마을 3단지 302동 704호}
{N:수진}: 오케이 ㅎㅎ {N:지영}이도 온대?
{N:hyunwoo_kang}: 응 {N:지영}이가 케이크 사 온대
""")

neg("notice", "ko", """
다음 달 1일부터 세종대로 일부 구간에서 보도 정비 공사가 진행됩니다. 이순신 장군 동상과 세종대왕 동상 주변은 통행이 가능하며, 을지로와 퇴계로, 충무로 방향 버스는 정상 운행합니다. 세브란스병원 셔틀버스도 평소대로 운행합니다. 문의는 다산콜센터 120번으로 해 주시기 바랍니다.
""")

neg("sport", "ko", """
손흥민이 시즌 10호 골을 터뜨리며 토트넘의 승리를 이끌었다. 이강인은 파리 생제르맹에서 교체 출전해 도움을 기록했고, 김민재는 바이에른 뮌헨의 무실점 승리에 기여했다. 홍명보 감독은 다음 달 A매치 명단을 발표할 예정이다.
""")

# ==================================================================== Arabic
add("news", "ar", """
شاب ينقذ جارته المسنّة من حريق في الشميساني

تمكّن الشاب {N:يوسف الخطيب} (23 عاماً) من إنقاذ جارته {N:فاطمة الزعبي}، المعروفة في الحي باسم {N:أم خالد}، بعد أن اشتعلت النيران في مطبخ شقتها مساء الثلاثاء. وقال {N:يوسف} إنه شمّ رائحة الدخان أثناء صعوده الدرج، فكسر الباب وحملها إلى الخارج.

وأعرب ابنها {N:خالد الزعبي}، المقيم في دبي، عن امتنانه قائلاً: «لن أنسى ما فعله {N:يوسف} ما حييت».
""")

add("obituary", "ar", """
انتقل إلى رحمة الله تعالى

المرحوم الحاج {N:محمود عبد الرحمن السيد}
عن عمر يناهز 79 عاماً

والد كل من {N:أحمد} و{N:سامي} و{N:هالة}، وشقيق {N:عبد الله السيد}. تُقام صلاة الجنازة عقب صلاة الظهر في مسجد النور، ويُقبل العزاء في منزل الفقيد: {A:شارع الجمهورية، عمارة 14، الشقة 6، المنصورة}. للاستفسار: {N:أحمد محمود} {P:010 2234 8871}.
""")

add("classified", "ar", """
للإيجار: شقة ثلاث غرف وصالة في {A:حي النرجس، شارع 15، فيلا 22، الرياض}، مع مدخل مستقل وموقف سيارة. الإيجار السنوي 45 ألف ريال. للتواصل مع {N:أبو فيصل} على الجوال {P:050 418 2296} أو عبر البريد {E:abufaisal.alotaibi@hotmail.com}.
""")

neg("notice", "ar", """
تعلن أمانة منطقة الرياض عن إغلاق جزئي لطريق الملك فهد بين تقاطع شارع العليا ومستشفى الملك فيصل التخصصي اعتباراً من يوم الأحد لأعمال الصيانة. وسيتم تحويل الحركة إلى طريق الأمير محمد بن عبد العزيز. ولن تتأثر جامعة الأميرة نورة ولا مدارس الملك عبد العزيز. وللاستفسار يرجى الاتصال بالرقم الموحد 940.
""")

neg("review", "ar", """
ما زالت ثلاثية نجيب محفوظ من أجمل ما كُتب بالعربية. السيد أحمد عبد الجواد وأمينة وكمال وياسين شخصيات لا تُنسى، والقاهرة في «بين القصرين» و«قصر الشوق» و«السكرية» حيّة كأنها أمامنا. وفي الشهر القادم سيناقش نادي القراءة «موسم الهجرة إلى الشمال» للطيب صالح، وبطلها مصطفى سعيد.
""")

# ==================================================================== Hebrew
add("news", "he", """
תושבת רמת גן בת 84 חזרה לספסל הלימודים

{N:רחל אברהמי}, אלמנה ואם לארבעה המתגוררת ב{A:רחוב ביאליק 27}, החליטה לסיים את הבגרות שלא הספיקה להשלים בצעירותה. "הנכד שלי, {N:עידו}, עוזר לי במתמטיקה", היא מספרת. השכן {N:אבי כהן} מסיע אותה פעמיים בשבוע לכיתה. לדברי {N:אברהמי}, "אף פעם לא מאוחר". המורה {N:ליאת שמעוני} מספרת של{N:רחל} יש את הציונים הגבוהים בכיתה.
""")

add("obituary", "he", """
בצער רב ובכאב עמוק אנו מודיעים על פטירתו של אבינו, סבנו ובעלי היקר

{N:משה לוי} ז"ל

ההלוויה תתקיים ביום ראשון בשעה 16:00 בבית העלמין ירקון. השבעה תתקיים בבית המשפחה, {A:רחוב סוקולוב 45, חולון}. המשפחה: {N:שרה}, {N:דני} ו{N:מיכל}, הנכדים {N:נועם} ו{N:תמר}.
""")

add("classified", "he", """
למסירה בחינם: ספה תלת-מושבית אפורה, במצב טוב, צריך רק לאסוף מהקומה השלישית (אין מעלית). הכתובת: {A:רחוב ויצמן 12, דירה 7, כפר סבא}. לתיאום אפשר להתקשר ל{N:נועה} ב-{P:054-731-2288}, או לשלוח מייל ל{N:אורי} בכתובת {E:uri.ben.david@walla.co.il}.
""")

neg("notice", "he", """
החל מיום ראשון ייסגר רחוב הרצל בין כיכר רבין לשדרות בן גוריון לצורך עבודות תשתית. קווי האוטובוס 5 ו-18 יוסטו לרחוב ז'בוטינסקי. הגישה לבית החולים שיבא ולבית הספר על שם יצחק רבין תישמר. לפרטים נוספים ניתן לפנות למוקד העירוני 106.
""")

neg("review", "he", """
"סיפור על אהבה וחושך" של עמוס עוז הוא ספר שקוראים לאט. ב"מיכאל שלי" חנה גונן מספרת על נישואיה לגאולוג מיכאל, ובירושלים של שנות החמישים הכול נראה אפור. בחודש הבא יקרא מועדון הקריאה את "תהילה" של ש"י עגנון.
""")

# ==================================================================== Hindi
add("news", "hi", """
इंदिरा नगर की {N:शांति देवी} ने मोहल्ले के बच्चों के लिए खोली मुफ़्त लाइब्रेरी

लखनऊ के {A:सेक्टर 14, इंदिरा नगर} में रहने वाली 76 वर्षीय {N:शांति देवी} ने अपने घर का एक कमरा बच्चों की लाइब्रेरी में बदल दिया है। उनके पड़ोसी {N:राकेश वर्मा} ने अलमारियाँ बनवाईं, और उनकी बेटी {N:सुनीता श्रीवास्तव} ने दिल्ली से किताबें भेजीं। {N:राकेश} कहते हैं, "अम्मा जी के बिना यह मोहल्ला अधूरा है।" नौवीं कक्षा की छात्रा {N:अनन्या} रोज़ शाम वहाँ पढ़ने आती है।
""")

add("classified", "hi", """
वैवाहिक विज्ञापन: ब्राह्मण परिवार की सुशील, गृहकार्य में दक्ष कन्या {N:प्रिया शर्मा}, जन्म तिथि {D:12 मार्च 1997}, एम.एससी., बैंक में कार्यरत, हेतु योग्य वर चाहिए। संपर्क करें: पिता {N:रमेश चंद्र शर्मा}, {A:मकान नं. 45, सेक्टर 15, रोहिणी, दिल्ली 110089}, मोबाइल {P:98110 45372}।
""")

add("complaint", "hi", """
सेवा में,
सचिव, रेज़िडेंट्स वेलफ़ेयर एसोसिएशन

महोदय, मैं {N:अनिल कुमार गुप्ता}, {A:फ़्लैट 302, शांति अपार्टमेंट, विभूति खंड, गोमती नगर, लखनऊ} का निवासी हूँ। मेरे ऊपर वाले फ़्लैट में रहने वाले श्री {N:विनोद सिंह} देर रात तक तेज़ आवाज़ में संगीत बजाते हैं। कई बार निवेदन करने के बावजूद कोई सुधार नहीं हुआ है। कृपया उचित कार्रवाई करें। मुझसे {E:anilgupta.lko@gmail.com} पर संपर्क किया जा सकता है।

भवदीय,
{N:अनिल कुमार गुप्ता}
""")

neg("notice", "hi", """
सोमवार से महात्मा गांधी मार्ग पर राजीव गांधी अस्पताल से सरदार पटेल विद्यालय तक का हिस्सा मरम्मत के लिए बंद रहेगा। वाहनों को जवाहरलाल नेहरू मार्ग से मोड़ा जाएगा। इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे जाने वाली बसें सामान्य रूप से चलेंगी। अधिक जानकारी के लिए नगर निगम के कॉल सेंटर 155305 पर संपर्क करें।
""")

neg("sport", "hi", """
विराट कोहली के शानदार शतक की बदौलत भारत ने ऑस्ट्रेलिया को हरा दिया। कप्तान रोहित शर्मा ने जसप्रीत बुमराह की गेंदबाज़ी की तारीफ़ की, जबकि कोच गौतम गंभीर ने युवा यशस्वी जायसवाल को भविष्य का सितारा बताया। पैट कमिंस ने हार की ज़िम्मेदारी ली।
""")

# ==================================================================== Thai
add("news", "th", """
ป้าวัย 79 ปีเก็บกระเป๋าเงินได้ ส่งคืนเจ้าของครบทุกบาท

นาง{N:สมศรี ใจดี} อายุ 79 ปี ชาวบ้านในซอยสุขุมวิท 101 เก็บกระเป๋าสตางค์ที่มีเงินสดกว่า 20,000 บาทได้ที่ตลาดนัด จึงนำไปแจ้งที่ป้อมตำรวจ นาย{N:วีระ ทองดี} เจ้าของกระเป๋า เล่าว่า "ถ้าไม่ใช่ป้า{N:สมศรี} ผมคงหมดตัวแน่" หลานของป้า{N:สมศรี} คือน้อง{N:ฝน} บอกว่ายายเป็นคนซื่อสัตย์มาตลอด
""")

add("classified", "th", """
ให้เช่าคอนโด 1 ห้องนอน ชั้น 12 วิวสวย เฟอร์นิเจอร์ครบ ใกล้ MRT ลาดพร้าว เดือนละ 12,000 บาท ที่อยู่ {A:เลขที่ 88/152 ซอยลาดพร้าว 64 แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพฯ 10310} สนใจติดต่อคุณ{N:นิภา วงศ์สวัสดิ์} โทร {P:081-734-2290} หรืออีเมล {E:nipha.wong@hotmail.com}
""")

add("blog", "th", """
วันนี้ไปกินข้าวกับ{N:เบียร์}กับ{N:ต้น}ที่ร้านแถวอารีย์ {N:ต้น}เพิ่งกลับจากเชียงใหม่ เอาไส้อั่วมาฝากเพียบ ส่วน{N:เบียร์}เล่าเรื่องแฟนใหม่ชื่อ{N:แพรว}ไม่หยุดเลย พรุ่งนี้นัดกันไปบ้าน{N:ต้น}ที่นนทบุรีต่อ
""")

neg("notice", "th", """
ตั้งแต่วันจันทร์นี้ กรุงเทพมหานครจะปิดการจราจรบางส่วนบนถนนพระรามที่ 4 ช่วงหน้าโรงพยาบาลจุฬาลงกรณ์ถึงแยกสามย่าน เพื่อซ่อมท่อระบายน้ำ รถโดยสารจะเบี่ยงไปใช้ถนนราชดำริ โรงเรียนเตรียมอุดมศึกษาและสะพานพระพุทธยอดฟ้ายังเปิดใช้ตามปกติ สอบถามเพิ่มเติมได้ที่สายด่วน กทม. 1555
""")

neg("review", "th", """
ขุนช้างขุนแผนยังคงเป็นวรรณคดีที่คนไทยรู้จักดี เรื่องราวรักสามเส้าระหว่างขุนแผน นางวันทอง และขุนช้าง ถูกนำมาสร้างเป็นละครหลายครั้ง ส่วนพระอภัยมณีของสุนทรภู่ก็มีตัวละครอย่างนางผีเสื้อสมุทรและสุดสาครที่เด็ก ๆ ชอบ
""")

# ==================================================================== More addresses, dates of birth and ID numbers in prose
add("police", "en", """
POLICE LOG

Monday, 7:42 a.m. - A caller on {A:118 Pleasant Street} reported that someone had emptied the coin jar from her unlocked car overnight. Officers advised her to lock her vehicle.

Monday, 3:15 p.m. - {N:Gary M. Lussier}, 52, of {A:40 Hillside Ave., Greenfield}, was arrested on Federal Street and charged with operating after suspension.

Tuesday, 11:06 p.m. - Neighbors on {A:27 Orchard Lane} complained of loud music. The resident, {N:Brianna Cote}, agreed to turn it down.

Wednesday, 9:30 a.m. - {N:Harold Fiske} of {A:6 Mill Pond Road} reported a black bear in his bird feeders. No action taken.
""")

add("planning", "en", """
Planning applications received this week

Mr and Mrs {N:K. Patel}, {A:7 Orchard Way, Little Milton OX44 7QD}: two-storey side extension and loft conversion with rear dormer.

Ms {N:Fiona Drummond}, {A:The Old Forge, Church Lane, Great Haseley OX44 7JU}: replacement of timber windows (listed building consent).

{N:David Okonkwo}, {A:Flat 2, 15 High Street, Thame OX9 2BZ}: change of use of ground floor from shop to café.

Comments to South Oxfordshire District Council, 135 Eastern Avenue, Milton Park, by 4 April.
""")

add("declaration", "en", """
LOSS OF PASSPORT

I, {N:Rahul Mehta} S/o {N:Suresh Kumar Mehta}, R/o {A:H.No. 221, Sector 9, Panchkula, Haryana 134109}, born on {D:17 November 1988}, have lost my original passport No. {ID:R4825917} somewhere near the ISBT, Sector 17, Chandigarh on 2nd March. Finder may kindly contact {P:98153 40277}.
""")

add("genealogy", "en", """
Notes on the {N:Whitworth} line (work in progress)

{N:Samuel Whitworth} was born on {D:3 August 1851} in Ripponden and baptised at St Bartholomew's a month later. He married {N:Hannah Crossley} in 1874; the 1881 census has them at {A:12 Back Ropergate, Halifax} with three children, {N:Annie}, {N:Joseph} and baby {N:Ellen}. {N:Joseph Whitworth} (born {D:22 January 1878}) later emigrated to Ontario. If anyone has a photograph of {N:Hannah}, please write to me, {N:Carol Whitworth-Hughes}, at {E:carol.wh.family@btinternet.com}.
""")

add("moving", "en", """
Hi all - just a quick note to say that {N:Priya} and I have finally moved! From Saturday our new address is {A:Flat 4, 31 Chatsworth Road, London E5 0LH}. The old place on {A:Cazenove Road} is now someone else's problem. Landline is gone; my mobile is still {P:07911 438 205} and {N:Priya}'s is {P:07488 612 097}. Housewarming on the 20th - bring a chair, we only own two.

{N:Tom}
""")

add("acknowledgements", "en", """
Acknowledgements

This thesis would not exist without my supervisor, Dr {N:Eleanor Haddad}, whose patience outlasted three changes of topic. I am grateful to {N:Marcus Lindgren} and {N:Olu Bankole} for sharing their lab bench and their coffee, and to {N:Siobhán}, who proofread every chapter at least twice. Thanks also to my parents, {N:Anand} and {N:Kavitha Raman}, and to my grandmother, who still thinks I study rocks.
""")

add("birthday", "de", """
Wir gratulieren

Ihren 90. Geburtstag feiert am Sonntag {N:Erna Schulz}, {A:Kirchstraße 4, 49377 Vechta}. Die gebürtige Oldenburgerin kam am {D:17. März 1934} zur Welt und ist noch immer jeden Morgen im Garten.

85 Jahre alt wird am Dienstag {N:Heinrich Bohlken}, {A:Am Moorkamp 11, Langförden}.

Das Fest der Goldenen Hochzeit begehen {N:Gisela} und {N:Werner Tepe}, {A:Lindenweg 2a, Vechta}. Kennengelernt haben sich die beiden 1972 beim Schützenfest in Calveslage.
""")

add("letter", "de", """
Sehr geehrte Damen und Herren,

hiermit widerspreche ich dem Steuerbescheid vom 14. Februar. Ich, {N:Rüdiger Albers}, geboren am {D:8. Juli 1971}, wohnhaft {A:Bremer Heerstraße 233, 26135 Oldenburg}, Steuer-Identifikationsnummer {ID:47036892816}, habe meine Fahrtkosten vollständig belegt. Meine Ehefrau {N:Claudia Albers} ist ebenfalls betroffen. Bei Rückfragen erreichen Sie mich unter {P:0441 9583 7120}.

Mit freundlichen Grüßen
{N:Rüdiger Albers}
""")

add("declaration", "fr", """
Attestation d'hébergement

Je soussignée {N:Nathalie Girard}, née le {D:4 mars 1988} à Lyon, demeurant {A:15 rue Paul-Bert, 69003 Lyon}, certifie sur l'honneur héberger à mon domicile depuis le 1er septembre mon neveu, {N:Bilal Girard-Haddou}, né le {D:19 juin 2004} à Vénissieux. Je joins à la présente une copie de ma carte d'identité n° {ID:X4RT62L93} et une facture d'électricité à mon nom.

Fait à Lyon, le 12 octobre.
""")

add("letter", "fr", """
Madame, Monsieur,

Je me permets de vous relancer au sujet du remboursement de mes séances de kinésithérapie. Mon numéro de sécurité sociale est le {ID:2 88 03 69 123 045 29}. Depuis mon déménagement, mon adresse est {A:7 allée des Peupliers, 38400 Saint-Martin-d'Hères} et non plus l'ancienne adresse à Grenoble. Vous pouvez me joindre au {P:07 81 52 34 96}.

Veuillez agréer mes salutations distinguées.
{N:Sandrine Polet}
""")

add("declaration", "es", """
AUTORIZACIÓN

Yo, {N:Marta Ibáñez Soler}, con DNI {ID:48207316Y} y domicilio en {A:Avenida del Cid 74, 4.º 2.ª, 46018 Valencia}, autorizo a mi hermano {N:Sergio Ibáñez Soler}, con DNI {ID:70934152J}, a recoger en mi nombre el certificado de empadronamiento, ya que por motivos laborales me encuentro fuera de la ciudad. Para cualquier consulta, mi teléfono es el {P:655 201 873}.
""")

add("declaration", "it", """
Il sottoscritto {N:Domenico Lorusso}, nato a Bari il {D:14 febbraio 1962}, residente in {A:via Giulio Petroni 88, 70124 Bari}, codice fiscale {ID:LRSDNC62B14A662H}, delega la figlia {N:Serena Lorusso}, nata a Bari il {D:3 ottobre 1991}, al ritiro della propria tessera sanitaria presso gli uffici dell'ASL. Per contatti: {E:domenico.lorusso62@alice.it}.
""")

add("declaration", "pt", """
Declaração

Eu, {N:Helena Cristina Matos Ribeiro}, nascida a {D:21 de abril de 1979}, contribuinte n.º {ID:218473656}, residente na {A:Rua de Cedofeita 412, 2.º esq., 4050-174 Porto}, declaro para os devidos efeitos que o meu filho, {N:Duarte Matos Ribeiro}, reside comigo na morada acima indicada. Por ser verdade, assino a presente declaração.
""")

add("moving", "nl", """
Wij zijn verhuisd!

Na twaalf jaar in de Pijp hebben {N:Joris}, {N:Anouk}, {N:Sem} en {N:Lotte} de stad verruild voor het dorp. Vanaf 1 mei wonen wij op {A:Dorpsstraat 48, 1474 HB Oosthuizen}. Ons oude adres, {A:Tweede Jan Steenstraat 19-II, 1073 VL Amsterdam}, vervalt. Bellen kan naar {P:0299 401 736}, mailen naar {E:joris.en.anouk@ziggo.nl}. Kom gerust langs, de koffie staat klaar!
""")

add("declaration", "pl", """
UPOWAŻNIENIE

Ja, niżej podpisana {N:Joanna Michalska}, PESEL {ID:92112308464}, zamieszkała przy {A:ul. Słowackiego 17/4, 31-159 Kraków}, upoważniam pana {N:Kamila Michalskiego}, legitymującego się dowodem osobistym nr {ID:CEB 418276}, do odbioru w moim imieniu przesyłki poleconej z urzędu pocztowego przy ul. Westerplatte. Kontakt do mnie: {P:+48 512 448 930}.
""")

add("declaration", "cs", """
PLNÁ MOC

Já, {N:Hana Vávrová}, nar. {D:12. 3. 1971}, rodné číslo {ID:715312/0425}, bytem {A:Lidická 38, 602 00 Brno}, tímto zmocňuji svého bratra {N:Tomáše Vávru}, nar. {D:15. 9. 1968}, bytem {A:Sokolská 7, 586 01 Jihlava}, aby mě zastupoval při jednání s katastrálním úřadem ve věci prodeje chalupy po našich rodičích.
""")

add("birthday", "sv", """
Födelsedagar

90 år fyller i dag {N:Margit Andersson}, {A:Sysslomansgatan 14, Uppsala}. Hon föddes den {D:19 mars 1934} i Östhammar och arbetade i trettio år som lärare i Gottsunda. Hon firar med barnen {N:Ulla} och {N:Bengt} på Flottsund.

75 år fyller på söndag {N:Lars-Göran Nyström}, {A:Granvägen 3, Storvreta}, tidigare lantbrukare och en trogen supporter av Sirius.
""")

add("birthday", "fi", """
Merkkipäiviä

{N:Eino Mäkelä} täyttää 90 vuotta maanantaina. Hän syntyi {D:24. huhtikuuta 1934} Alavudella ja teki pitkän uran metsätyönjohtajana. Päivänsankari ottaa vastaan onnittelijoita kotonaan, {A:Koulukatu 9 A 4, 63300 Alavus}, lauantaina klo 13 alkaen. Lapset {N:Mirja} ja {N:Kalevi} toivovat, että kukkien sijaan muistettaisiin Syöpäsäätiötä.
""")

add("declaration", "ro", """
DECLARAŢIE

Subsemnatul {N:Vasile Munteanu}, domiciliat în {A:Iaşi, Str. Sărăriei nr. 126, bl. C4, sc. B, ap. 11}, posesor al C.I. seria {ID:MX 482910}, CNP {ID:1750410220343}, declar pe propria răspundere că nu deţin alte terenuri agricole în afara celor înscrise în registrul agricol. Soţia mea, {N:Daniela Munteanu}, poate confirma cele de mai sus la telefonul {P:0742 183 590}.
""")

add("declaration", "hu", """
Meghatalmazás

Alulírott {N:Szűcs Katalin} (születési hely, idő: Szeged, {D:1969. augusztus 2}.; anyja neve: {N:Papp Erzsébet}), {A:6720 Szeged, Kárász utca 11. 2/5}. szám alatti lakos meghatalmazom fiamat, {N:Szűcs Dánielt}, hogy nevemben a kormányablakban eljárjon. TAJ-számom: {ID:048 217 369}.
""")

add("declaration", "tr", """
İlgili makama,

{A:Karşıyaka Mahallesi, 1745 Sokak No: 8 Daire: 3, Karşıyaka/İzmir} adresinde ikamet etmekteyim. T.C. Kimlik No {ID:38491726550} olan ben {N:Zeynep Arslan}, {D:14.02.1983} doğumluyum. Annem {N:Sevim Arslan} adına kayıtlı olan su aboneliğinin benim adıma devrini talep ediyorum. Gereğinin yapılmasını arz ederim. Tel: {P:0533 642 18 07}
""")

add("declaration", "ru", """
Заявление

Я, {N:Смирнова Ольга Викторовна}, {D:14.09.1979} года рождения, паспорт серии {ID:45 12 № 384761}, проживающая по адресу: {A:г. Москва, ул. Новослободская, д. 14, кв. 62}, прошу выдать мне справку о составе семьи. В квартире также зарегистрирован мой сын, {N:Смирнов Артём Игоревич}. Контактный телефон: {P:+7 903 552-18-44}.
""")

add("lostfound", "uk", """
Загублено паспорт громадянина України на ім'я {N:Бойко Андрій Миколайович}, {D:03.07.1990} р. н., номер {ID:FE 418273}. Знахідку прохання повернути за адресою: {A:м. Дніпро, вул. Січеславська Набережна, 29, кв. 41}, або зателефонувати {N:Андрію} за номером {P:+380 67 501 24 86}. Винагорода гарантується.
""")

add("declaration", "el", """
Εξουσιοδότηση

Ο κάτωθι υπογεγραμμένος {N:Γεώργιος Αντωνίου}, του {N:Δημητρίου}, κάτοικος Πειραιά, οδός {A:Καραΐσκου 58}, με ΑΔΤ {ID:ΑΚ 482719}, εξουσιοδοτώ τη σύζυγό μου {N:Αικατερίνη Αντωνίου} να παραλάβει για λογαριασμό μου το πιστοποιητικό οικογενειακής κατάστασης από το Δημαρχείο. Τηλέφωνο επικοινωνίας: {P:6977 312 845}.
""")

add("moving", "ja", """
転居のお知らせ

拝啓　春暖の候、皆様にはお変わりなくお過ごしのことと存じます。
このたび、下記に転居いたしました。お近くにお越しの際は、どうぞお気軽にお立ち寄りください。

新住所　{A:〒612-8082 京都府京都市伏見区両替町9丁目254番地}
電話　{P:075-601-4832}

{N:松本浩二}・{N:松本陽子}
""")

add("declaration", "zh", """
情况说明

本人{N:何晓梅}，女，身份证号{ID:510107198709223022}，现住{A:成都市武侯区玉林南路17号2栋1单元304室}。因本人户口仍在老家，现申请为女儿{N:何思琪}（{D:2016年5月8日}出生）办理就近入学。本人丈夫{N:吴刚}常年在外打工，联系电话{P:135 5018 2279}。特此说明。
""")

add("moving", "ko", """
이사 안내드립니다

그동안 보살펴 주신 이웃 여러분께 감사드립니다. 저희 가족은 이번 주 토요일에 {A:대전광역시 유성구 대학로 99번길 17, 202호}로 이사합니다. 택배나 우편물이 잘못 오면 {N:최영희}에게 연락 부탁드립니다. 연락처는 {P:010-5521-7743}입니다. 아들 {N:도윤}이도 인사드립니다.
""")

add("declaration", "ar", """
إقرار

أقر أنا {N:سمير فؤاد عبد الحميد}، المولود في {D:3 مايو 1975}، وأحمل بطاقة الرقم القومي رقم {ID:27505030201457}، والمقيم في {A:12 شارع مصطفى كامل، سيدي جابر، الإسكندرية}، بأنني أفوض أخي {N:هشام فؤاد عبد الحميد} باستلام معاشي الشهري نيابة عني لحين عودتي من السفر.
""")

add("declaration", "id", """
Surat kuasa

Saya yang bertanda tangan di bawah ini, {N:Dwi Hartono}, lahir di Semarang pada {D:11 Juli 1984}, NIK {ID:3374021107840003}, beralamat di {A:Jl. Pandanaran II No. 23, RT 04/RW 02, Semarang}, memberikan kuasa kepada istri saya, {N:Yuliana Sari}, untuk mengurus perpanjangan STNK atas nama saya. Nomor yang dapat dihubungi: {P:0813-2574-0918}.
""")

add("declaration", "tl", """
SINUMPAANG SALAYSAY

Ako si {N:Rodrigo Manalastas}, nasa hustong gulang, Pilipino, may asawa, at nakatira sa {A:Purok 3, Barangay Malabañas, Angeles City, Pampanga}, matapos manumpa ayon sa batas ay nagsasabing: Nawala ko ang aking lisensya sa pagmamaneho na may numerong {ID:N03-12-345871} noong ika-5 ng Pebrero habang ako ay nasa palengke. Ang aking asawa, si {N:Lorna Manalastas}, ang siyang makapagpapatunay nito.
""")

add("declaration", "vi", """
ĐƠN XIN XÁC NHẬN CƯ TRÚ

Tôi tên là {N:Phạm Văn Hùng}, sinh ngày {D:20/11/1985}, số CCCD {ID:036085012437}, hiện đang thường trú tại {A:thôn Đông Hạ, xã Nam Thanh, huyện Nam Trực, tỉnh Nam Định}. Tôi làm đơn này kính đề nghị Ủy ban nhân dân xã xác nhận cho tôi và vợ là {N:Đỗ Thị Hạnh} hiện đang cư trú tại địa phương. Số điện thoại liên hệ: {P:0912 384 507}.
""")

add("declaration", "th", """
ข้าพเจ้า นาย{N:สมชาย รักษาดี} อายุ 52 ปี เลขประจำตัวประชาชน {ID:3100501234563} อยู่บ้านเลขที่ {A:45/7 หมู่ 3 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120} ขอมอบอำนาจให้ นาง{N:วันเพ็ญ รักษาดี} ภรรยาของข้าพเจ้า เป็นผู้ดำเนินการแทนในการยื่นคำขอรับเงินเบี้ยยังชีพ
""")

add("court", "en", """
The First-tier Tribunal (Property Chamber) has ordered a landlord in Salford to repay £4,820 in rent to two former tenants after finding that the house was an unlicensed HMO.

The tenants, {N:Chloe Brennan} and {N:Aarav Singh}, rented rooms at {A:63 Langworthy Road, Salford M6 5PP} from {N:Stephen Fairclough}, who lives at {A:Moss Cottage, Bury Old Road, Prestwich}. {N:Brennan} told the tribunal that repeated requests to fix a broken boiler had gone unanswered. {N:Fairclough} did not attend the hearing.
""")

add("birthday", "nb", """
Gratulerer med dagen

80 år fyller {N:Solveig Haugen}, {A:Nedre Storgate 12, 3015 Drammen}, på lørdag. Jubilanten, født {D:2. mars 1944} i Hokksund, feirer dagen med familien på Konnerud. Hennes barnebarn {N:Ingrid} og {N:Mathias} sender en ekstra stor klem.
""")

add("tenancy", "da", """
Kære {N:Henrik},

Tak for fremvisningen i går. Jeg vil gerne bekræfte, at jeg ønsker at leje lejligheden på {A:Nørrebrogade 188, 3. tv., 2200 København N} fra 1. juni. Min nuværende adresse er {A:Rosenvængets Allé 7, st., 2100 København Ø}, og min mor, {N:Birthe Lund}, stiller sig gerne som kautionist. Du kan fange mig på {P:61 54 28 90}.

Venlig hilsen
{N:Camilla Lund}
""")

add("forum", "en", """
Hartcliffe & Withywood Community Noticeboard

Is anyone else getting other people's parcels? I've had three this week. One for {N:J. Pearce} at {A:19 Fulford Road}, one for {N:Lorraine Tovey} at {A:21A Fulford Road} and one addressed to {A:119 Fulford Walk} which doesn't even exist. I've left {N:Lorraine}'s with her son {N:Callum}. If the {N:Pearce} household sees this, yours is behind my wheelie bin at {A:17 Fulford Road}, give me a knock or text {P:07984 332 561}.
""")

add("newsletter", "en", """
Kidlington Allotment Society - spring newsletter

Welcome to our new membership secretary, {N:Jo Hale}, who takes over from {N:Bryan Cosgrove} after eleven years. Subs (£25 per full plot) can be dropped through {N:Jo}'s door at {A:14 Benmead Road, Kidlington OX5 2AA}, paid by bank transfer, or sent by email query to {E:jo.hale.allotments@outlook.com}. Treasurer {N:Ken Moss} is on {P:01865 371 904} if you have questions about water charges. Seed swap at the hut on 6 April; {N:Margaret Iles} is bringing her famous chutney.
""")

add("notice", "de", """
Nachbarschaftshilfe Bornheim: Wer kann helfen?

Frau {N:Ingeborg Ritter} aus der {A:Berger Straße 212, 2. Stock} sucht jemanden, der zweimal pro Woche für sie einkauft. Herr {N:Stavros Pappas} aus der {A:Wiesenstraße 5} bietet Fahrten zum Arzt an. Wer sich einbringen möchte, meldet sich bei {N:Nele Hartung}, {P:069 4539 2208} oder {E:nele.hartung@gmx.de}, oder wirft einen Zettel bei ihr ein: {A:Rendeler Straße 34, 60385 Frankfurt}.
""")

add("email", "fr", """
Objet : covoiturage pour le tournoi de dimanche

Bonjour à tous,

Pour dimanche, je propose de prendre {N:Noé} et {N:Lison} au {A:3 rue du Général-Leclerc, 35000 Rennes} à 7 h 45, puis {N:Ethan} chez ses grands-parents, {A:18 allée des Mimosas, Cesson-Sévigné}. {N:Valérie}, tu peux prendre {N:Jade} et {N:Théo} ? Leur adresse est {A:42 boulevard de la Liberté}, bâtiment C. En cas de souci, mon portable : {P:06 58 12 40 77}.

{N:Stéphane}
""")

add("wedding", "es", """
¡Nos casamos!

{N:Nerea} y {N:Álvaro} tienen el placer de invitaros a su boda, que se celebrará el sábado 21 de septiembre a las 12:30 en la ermita de San Roque, en Laguardia. Después lo celebraremos con vosotros en la bodega de los tíos de {N:Álvaro}, {N:Pilar Ugarte} y {N:Josetxo Ruiz de Azúa}, en {A:Carretera de Elciego, km 2, 01300 Laguardia}. Confirmad asistencia antes del 15 de julio a {N:Nerea} ({P:688 312 954}) o a {E:nereayalvaro.boda@gmail.com}.
""")

add("classified", "it", """
Idraulica Siciliana di {N:Giovanni Rizzo} – pronto intervento, caldaie e bagni chiavi in mano. Sede: {A:via Nazionale 147, 98039 Taormina}. P.IVA {ID:03847291600}. Chiamate {N:Giovanni} al {P:338 492 1076} o sua moglie {N:Carmela} in ufficio al {P:0942 23 518}, e-mail {E:idraulicarizzo.taormina@virgilio.it}.
""")

add("lostfound", "pl", """
ZAGINĄŁ PIES! Rudy mieszaniec, wabi się Kapsel, ma niebieską obrożę. Ostatnio widziany w sobotę wieczorem przy parku Jordana. Właścicielka, {N:Weronika Sadowska}, mieszka przy {A:ul. Reymonta 12/5, 30-059 Kraków}. Prosimy o kontakt z nią lub z jej tatą, panem {N:Andrzejem Sadowskim}: {P:601 337 284}. Dla znalazcy nagroda!
""")

add("classified", "ru", """
Продаётся дача в СНТ «Черёмушки», 6 соток, домик из бруса, баня, скважина. Адрес: {A:Московская обл., Раменский р-н, СНТ «Черёмушки», ул. Садовая, уч. 17}. Хозяйка — {N:Людмила Сергеевна Королёва}, тел. {P:8 (916) 734-50-12}, по вечерам также можно звонить её зятю {N:Игорю} по номеру {P:+7 926 118-33-07}.
""")

add("letter", "nl", """
Geachte heer, mevrouw,

Op 3 maart heb ik een aanvraag voor bijzondere bijstand ingediend, maar ik heb nog steeds niets gehoord. Mijn gegevens: {N:Fatima Bouzid}, geboren op {D:9 februari 1976}, burgerservicenummer {ID:619473022}, wonende aan {A:Laan van Meerdervoort 512, 2563 BL Den Haag}. Mijn dochter {N:Samira} heeft mij geholpen met het formulier. U kunt mij bellen op {P:06 1829 4470}.

Met vriendelijke groet,
{N:F. Bouzid}
""")

add("letter", "sv", """
Hej,

Jag skriver angående min ansökan om bostadsbidrag. Mitt namn är {N:Elin Sjöberg}, personnummer {ID:810527-1384}, och jag bor sedan i höstas på {A:Råbyvägen 38 C, lgh 1102, 754 60 Uppsala}. Min sambo {N:Jonas Eklund} har flyttat ut, vilket påverkar beräkningen. Jag nås på {P:070-662 81 45} eller {E:elin.sjoberg81@telia.com}.

Vänliga hälsningar
{N:Elin}
""")

add("letter", "fi", """
Hei,

lähetän liitteenä vuokrasopimuksen asumistukihakemustani varten. Olen {N:Mikko Laaksonen} (henkilötunnus {ID:050791-473L}) ja asun {A:Hämeenkatu 22 C 31, 33200 Tampere}. Avopuolisoni {N:Noora Kivelä} on muuttanut luokseni helmikuussa. Tavoitatte minut numerosta {P:045 231 7789}.
""")

add("letter", "nb", """
Til NAV

Jeg, {N:Geir Ove Strand}, fødselsnummer {ID:11066334769}, bosatt i {A:Storgata 77, 9008 Tromsø}, ønsker å klage på vedtaket om arbeidsavklaringspenger datert 12. februar. Min fastlege, {N:Ragnhild Bakke}, har sendt ny legeerklæring. Jeg kan nås på telefon {P:478 12 904}.
""")

add("complaint", "hr", """
Poštovani,

ovim putem podnosim prigovor na račun za vodu za ožujak. Ja, {N:Snježana Marić}, OIB {ID:69204817354}, stanujem na adresi {A:Ulica Matije Gupca 19, 31000 Osijek}. U stanu od siječnja živim sama jer je moj sin {N:Filip} preselio u Zagreb, a račun je trostruko veći nego prije. Molim da se obavi provjera vodomjera. Kontakt: {P:098 718 2254}.
""")

add("letter", "lt", """
Laba diena,

aš, {N:Rasa Vaitkienė}, asmens kodas {ID:47806120451}, gyvenanti {A:Savanorių pr. 178-45, Kaunas}, prašau perskaičiuoti mokestį už šildymą. Nuo sausio mėnesio bute negyvena mano vyras {N:Tomas}, todėl gyventojų skaičius pasikeitė. Mano telefonas {P:+370 687 21 439}, el. paštas {E:rasa.vaitkiene@gmail.com}.
""")

add("letter", "he", """
לכבוד מחלקת הארנונה,

שמי {N:יעל ברגר}, ת"ז {ID:034829150}, ואני מתגוררת ב{A:רחוב אחד העם 34, דירה 8, פתח תקווה}. אבקש לקבל הנחה בארנונה כחיילת משוחררת. בעלי, {N:עומר ברגר}, רשום גם הוא בכתובת. ניתן ליצור איתי קשר בטלפון {P:052-418-7733} או במייל {E:yael.berger@gmail.com}.
""")

add("lostfound", "hi", """
सूचना: मेरा पैन कार्ड, जिसका नंबर {ID:BKRPM4821K} है, 14 फ़रवरी को कानपुर सेंट्रल स्टेशन पर कहीं खो गया है। कार्ड {N:राजेश मिश्रा} के नाम पर है, जन्म तिथि {D:05 जुलाई 1982}। यदि किसी को मिले तो कृपया {A:117/452, काकादेव, कानपुर 208025} पर लौटाएँ या {P:94150 62318} पर संपर्क करें।
""")

add("email", "ga", """
A {N:Dhiarmuid}, a chara,

Go raibh maith agat as an gcuireadh. Beidh mé féin agus {N:Gráinne} ann Dé Sathairn. An bhfuil an seoladh céanna agat fós, {A:4 Ascaill na Coille, Bóthar na Trá, Gaillimh}? Má tá aon athrú, seol téacs chugam ar {P:087 314 2259}.

Le meas,
{N:Niamh Ní Dhonnchadha}
""")

add("email", "ca", """
Hola {N:Arnau},

Et confirmo que el paquet de la {N:Mireia} ha arribat a casa meva, al {A:carrer de l'Escorxador, 23, 2n 2a, 25006 Lleida}, perquè ella no hi era. Pots passar a buscar-lo quan vulguis, o digue-li que em truqui al {P:973 24 81 56}. Si no, ja li porto jo dilluns a la feina.

Una abraçada,
{N:Jordina}
""")

add("email", "sw", """
Ndugu {N:Ally},

Nimepokea barua pepe yako kuhusu kikao cha wazazi. Mimi na mke wangu {N:Zuhura} tutahudhuria. Kama kuna mabadiliko yoyote, tafadhali nipigie kwa namba {P:0715 244 309} au uniandikie kwa {E:saidi.mwakyusa@gmail.com}. Kwa sasa tunaishi {A:Mtaa wa Uhuru, Nyumba Na. 12, Mbeya}.

Wako,
{N:Saidi Mwakyusa}
""")

add("tenancy", "ja", """
管理会社の担当の{N:西村}さんに何度連絡しても返事がないので、ここに書きます。私が住んでいる{A:大阪市北区天神橋5丁目3-18 グランハイツ天満402号室}では、去年の冬から浴室の換気扇が壊れたままです。隣の403号室の{N:岡田}さんも同じ状態だそうです。大家の{N:藤井}さんの連絡先({P:06-6352-4471})に電話しても留守電でした。
""")

# ==================================================================== More hard negatives
neg("template", "en", """
LOSS OF PASSPORT - sample wording for newspaper notice

I, [full name] S/o or D/o [father's name], R/o [house number, sector, city], have lost my passport No. [passport number] on [date] near [place]. Finder may kindly contact [mobile number].

Notices are published in the Tribune classifieds on Tuesdays and Fridays. Bring the draft to our office at Sector 29-C, Chandigarh, or call the classifieds desk on 0172 265 5065 between 10am and 5pm.
""")

neg("business", "en", """
Johnson & Johnson shares rose 3% after the company beat forecasts, while Marks & Spencer said Christmas food sales at its Simply Food stores were the best on record. Ben & Jerry's founders have again criticised parent company Unilever, and Tim Hortons is opening its fiftieth UK branch in Milton Keynes.

Elsewhere, Sainsbury's confirmed that its head office at 33 Holborn, London, will remain open, and Morrisons is closing the Wm Morrison café at its Bradford store for refurbishment.
""")

neg("sport", "en", """
Galopin Des Champs won the Cheltenham Gold Cup for the second year running, ridden by Paul Townend for Willie Mullins, with Gerri Colombe second for Gordon Elliott. Earlier in the week State Man took the Champion Hurdle in the absence of Constitution Hill, whom Nicky Henderson had withdrawn, and Lossiemouth won the Mares' Hurdle for Rich Ricci.
""")

neg("notice", "en", """
Looking for a new best friend? This week at the RSPCA Leybourne Animal Centre we have Bella, a shy greyhound who loves a fleece blanket; Alfie and Monty, two brothers who must be homed together; and Duchess, a fourteen-year-old tabby who would suit a quiet retirement home. Visit us on Castle Way, Leybourne, or call the centre on 0300 123 0705.
""")

neg("news", "en", """
Queen Mary 2 arrived in Southampton this morning after a transatlantic crossing from New York. Cunard said the ship, which sails from the Ocean Terminal on Herbert Walker Avenue, would depart for Hamburg on Sunday. Her fleetmates Queen Victoria and Queen Anne are in the Mediterranean. The Isle of Wight ferry Red Falcon was briefly delayed.
""")

neg("review", "en", """
The Sherlock Holmes Museum at 221B Baker Street is a tourist trap, but a charming one. A man dressed as Dr Watson greets you at the door, Mrs Hudson's parlour is lovingly recreated, and there is a waxwork of Professor Moriarty on the top floor. Arthur Conan Doyle never lived here, of course. Round the corner, Madame Tussauds was queuing out of the door.
""")

neg("notice", "de", """
Namenstage im März: Am 19. März feiern alle Josefs, Josefas und Sepps ihren Namenstag, am 17. März die Gertruds und Patricks, am 25. März ist Mariä Verkündigung.

Passend dazu bietet die Bäckerei am Kirchplatz Josefi-Krapfen an. Die Pfarrei St. Josef lädt nach dem Gottesdienst zum Frühschoppen ins Pfarrheim, Josefstraße 3. Anmeldung im Pfarrbüro unter 089 7144 5520.
""")

neg("business", "de", """
Die Siemens AG mit Sitz an der Werner-von-Siemens-Straße 1 in München hat ihre Prognose angehoben. Auch Dr. Oetker aus Bielefeld und Hugo Boss in Metzingen meldeten Zuwächse. Aldi Süd eröffnet in der Carl-Benz-Straße in Mannheim eine neue Filiale, und Karl Lagerfeld wäre in diesem Jahr 90 geworden – das Modehaus erinnert mit einer Ausstellung an ihn.
""")

neg("template", "fr", """
Modèle d'attestation d'hébergement

Je soussigné(e) [Nom Prénom], né(e) le [JJ/MM/AAAA] à [ville], demeurant [adresse complète], certifie sur l'honneur héberger à mon domicile [Nom Prénom de la personne hébergée], né(e) le [JJ/MM/AAAA] à [ville], depuis le [date].

Fait pour servir et valoir ce que de droit. Joindre une copie de la pièce d'identité de l'hébergeant et un justificatif de domicile de moins de trois mois. Renseignements : service-public.fr ou au 3939.
""")

neg("business", "fr", """
Louis Vuitton et Christian Dior tirent la croissance de LVMH, tandis que Yves Saint Laurent recule chez Kering. À Clermont-Ferrand, Michelin annonce des investissements sur son site des Carmes, place des Carmes-Déchaux. Le groupe Bernard Loiseau rouvre son restaurant de Saulieu, et la maison Pierre Hermé lance un macaron au citron de Menton.
""")

neg("news", "fr", """
La tempête Ciarán a balayé la Bretagne avec des rafales à plus de 200 km/h à la pointe du Raz. Le Belem est resté à quai à Saint-Malo et le porte-avions Charles-de-Gaulle a été dérouté vers Toulon. Le Jacques-Cartier, navire amiral de la Brittany Ferries, n'a pas appareillé. Météo-France annonce l'arrivée de la tempête Domingos dès samedi.
""")

neg("template", "es", """
Modelo de autorización

Yo, D./Dña. ______________________, con DNI n.º __________ y domicilio en ______________________, autorizo a D./Dña. ______________________, con DNI n.º __________, a realizar en mi nombre el siguiente trámite: ______________________.

Recuerde adjuntar fotocopia del DNI de ambas personas. Oficina de Atención Ciudadana, Plaza del Ayuntamiento 1, Valencia. Teléfono de información municipal: 010 o 963 525 478.
""")

neg("news", "es", """
La DANA dejó más de 300 litros por metro cuadrado en Chiva. El buque escuela Juan Sebastián de Elcano, que se encontraba en Cádiz, aplazó su salida. La borrasca Óscar, que en su día fue huracán, llegó debilitada a Canarias. La Agencia Estatal de Meteorología mantiene el aviso rojo en la comarca de la Ribera Alta.
""")

neg("notice", "it", """
Oggi, 19 marzo, si festeggia San Giuseppe, patrono dei falegnami e dei papà. Auguri a tutti i Giuseppe, le Giuseppina e i Peppino! Nelle pasticcerie di Napoli e Roma non mancano le zeppole, mentre a Bologna si preparano le raviole di San Giuseppe. La parrocchia di San Giuseppe al Trionfale, in via Bernardino Telesio, celebra la messa solenne alle 11.
""")

neg("business", "it", """
Giorgio Armani ha presentato la nuova collezione a Milano, mentre Ferrero ha annunciato l'apertura di un nuovo stabilimento ad Alba, in piazza Pietro Ferrero. Barilla e Lavazza hanno chiuso l'anno in crescita. La Ferrari di Maranello, in via Abetone Inferiore, lancia una nuova Purosangue. Enzo Ferrari avrebbe apprezzato.
""")

neg("news", "pt", """
Nas festas de Santo António, Lisboa encheu-se de sardinha assada e manjericos. Em Alfama e na Madragoa, as marchas populares desfilaram na Avenida da Liberdade. No Porto, prepara-se o São João, com martelinhos e alho-porro. O Museu CR7, dedicado a Cristiano Ronaldo, no Funchal, abriu portas até mais tarde, e o navio-escola Sagres atracou no Cais da Rocha.
""")

neg("notice", "nl", """
Albert Heijn verlengt de openingstijden van de winkel aan het Willemsplein, en Douwe Egberts sluit de fabriek in Joure tijdelijk voor onderhoud. Philips presenteert in het Evoluon in Eindhoven een tentoonstelling over Anton en Gerard Philips. Het Fokker Terminal in Den Haag, genoemd naar vliegtuigbouwer Anthony Fokker, organiseert zaterdag een vlooienmarkt.
""")

neg("notice", "pl", """
Imieniny obchodzą dziś: Agata, Adelajda i Izydor. Jutro: Dorota, Tytus i Amand. W sobotę: Ryszard, Walenty i Jan.

Przypominamy także, że w czwartek przypada Tłusty Czwartek – cukiernia Blikle przy Nowym Świecie otwiera się już o szóstej rano. Wedel przygotował specjalną edycję ptasiego mleczka, a sklep Pani Walewska z porcelaną ćmielowską zaprasza na wyprzedaż.
""")

neg("template", "pl", """
Wzór upoważnienia

Ja, niżej podpisany/a ………………………… (imię i nazwisko), PESEL ………………, zamieszkały/a ………………………………, upoważniam Pana/Panią ………………………… legitymującego/ą się dowodem osobistym seria i nr ………… do odbioru w moim imieniu …………………………

Wzór można pobrać w Biurze Obsługi Mieszkańców, al. Marszałka Józefa Piłsudskiego 52/54, Łódź, tel. 42 638 40 00.
""")

neg("notice", "cs", """
Svátek dnes slaví Jaroslava, zítra Valentýn a v pondělí Jiřina. Blahopřejeme!

Obuv Baťa ve Zlíně otevírá po rekonstrukci prodejnu na třídě Tomáše Bati, Škoda Auto představila v Mladé Boleslavi nový model a čokoládovna Orion slaví 130 let. Knihovna Václava Havla v Ostrovní ulici chystá besedu o Karlu Čapkovi.
""")

neg("notice", "sk", """
Meniny má dnes Dobroslav, zajtra Kristína a v nedeľu Nataša. Všetkým oslávencom blahoželáme!

Na Štefánika v Žiline sa tento víkend koná jarmok a Kofola pripravila ochutnávku nových príchutí. Univerzitná nemocnica Martin upozorňuje, že ambulancie na Kollárovej ulici budú v piatok zatvorené.
""")

neg("notice", "hu", """
Ma Zsófia és Szonja napja van, holnap Dénes, vasárnap Teréz ünnepel. Boldog névnapot!

A Szent István Bazilika előtti téren vasárnap Zwack Unicum kóstoló lesz, a Gerbeaud cukrászda pedig új Dobos-tortát mutat be. A Rudas fürdő a Döbrentei téren hétfőn zárva tart. Érdeklődni a Budapest Gyógyfürdői ügyfélszolgálatán lehet: 06 1 452 4500.
""")

neg("notice", "sv", """
Dagens namn är Gustav och Gösta. I morgon har Ulrika och Ulla namnsdag.

På Gustav Adolfs torg i Göteborg firas Gustav Adolfsdagen med bakelser med kungens profil i choklad. Ernst Kirchsteigers butik i Stockholm har öppet till sent, och IKEA i Älmhult visar utställningen om Ingvar Kamprad. Frågor om evenemanget besvaras av Göteborg & Co på 031-368 40 00.
""")

neg("notice", "fi", """
Tänään nimipäiväänsä viettävät Eino ja Einari, huomenna Urho ja Paavali. Onnea kaikille!

Eino Leinon päivänä Espalla luetaan runoja Eino Leinon patsaan juurella. Fazerin Sininen täyttää tänä vuonna sata vuotta, ja Paulig avaa kahvilan Kauppatorille. Lisätietoja antaa Helsingin kaupungin neuvonta, puhelin 09 310 11111.
""")

neg("news", "nb", """
Hurtigruten-skipet MS Richard With ble forsinket i Bodø på grunn av uværet Ingunn. Kystvakten sendte KV Harstad og redningsskøyta RS Kaptein Skaugen til Lofoten. Nordlandsbanen er stengt mellom Mo i Rana og Mosjøen, opplyser Bane NOR. Yr varsler at uværet Jakob er på vei inn fra vest.
""")

neg("review", "da", """
Hamlet spilles igen på Kronborg, hvor Shakespeares prins af Danmark hører hjemme. H.C. Andersens Hus i Odense viser samtidig en udstilling om Den grimme ælling og Tinsoldaten. Karen Blixens Rungstedlund har åbnet haven for sæsonen, og Niels Bohr Instituttet inviterer til foredrag om kvantemekanik.
""")

neg("notice", "ru", """
Ледокол «Ленин» в Мурманске снова открыт для посетителей после ремонта. Атомоход «Арктика» вышел в рейс по Северному морскому пути. В кафе «Теремок» на улице Льва Толстого — блины к Масленице, а «Шоколадница» у метро «Пушкинская» работает круглосуточно. Справки по телефону музея: 8 (8152) 55-33-56.
""")

neg("template", "uk", """
Зразок заяви

Я, ____________________ (прізвище, ім'я, по батькові), ____ року народження, паспорт серії ____ № ________, який (яка) проживає за адресою: ____________________, прошу видати мені довідку про склад сім'ї.

Заяву можна подати в ЦНАП за адресою: вул. Дмитра Яворницького, 75, або зателефонувати за номером 0 800 505 600.
""")

neg("notice", "el", """
Σήμερα γιορτάζουν όσοι φέρουν τα ονόματα Γεώργιος, Γιώργος, Γεωργία και Γωγώ, ενώ αύριο γιορτάζει ο Άγιος Μάρκος. Χρόνια πολλά σε όλους!

Στην Πλατεία Αγίου Γεωργίου στην Κυψέλη θα γίνει πανηγύρι, και το φαρμακείο της οδού Αγίου Μελετίου θα εφημερεύει. Πληροφορίες στο Δημαρχείο Αθηναίων, Λιοσίων 22, τηλ. 210 527 7000.
""")

neg("business", "tr", """
Ülker, Koç Holding ve Sabancı Holding üçüncü çeyrek sonuçlarını açıkladı. Vehbi Koç Vakfı, Mehmet Akif Ersoy Üniversitesi ile burs anlaşması imzaladı. Hacı Bekir lokumları bu bayram da Eminönü'deki dükkânda kuyruk oluşturdu. Mavi Marmara gemisi ise Haliç tersanesinde bakıma alındı.
""")

neg("news", "ja", """
台風10号(サンサン)は九州南部に上陸し、鹿児島県では記録的な大雨となった。クルーズ船「飛鳥Ⅱ」は博多港への寄港を取りやめ、帆船「日本丸」も横浜港に待機している。一方、東京の上野動物園ではパンダのシャオシャオとレイレイが元気な姿を見せた。
""")

neg("business", "zh", """
李宁公司发布了新款跑鞋，老干妈辣椒酱在海外市场销量大增。杭州的张小泉剪刀店迎来了不少游客，北京同仁堂也推出了新的养生茶。王老吉和加多宝之间的商标纠纷终于尘埃落定。逸夫楼是邵逸夫先生捐资兴建的。
""")

neg("news", "ko", """
태풍 힌남노가 남해안에 상륙하면서 부산항에 정박 중이던 해군 구축함 세종대왕함과 이순신함이 피항했다. 한편 에버랜드의 판다 푸바오는 중국으로 떠났고, 쌍둥이 동생 루이바오와 후이바오는 건강하게 자라고 있다.
""")

neg("news", "ar", """
افتُتح مسجد محمد علي بالقلعة أمام الزوار بعد أعمال الترميم، فيما استقبلت مكتبة الإسكندرية معرضاً عن طه حسين. وأعلنت جامعة الملك سعود عن منح دراسية جديدة، ورست السفينة «عايدة» في ميناء بورسعيد. ويحتفل الأقباط بعيد القديس مار جرجس الأسبوع المقبل.
""")

neg("business", "he", """
שטראוס ואסם דיווחו על עלייה במכירות, ורשת סטימצקי פותחת סניף חדש ברחוב אבן גבירול בתל אביב. בית החולים הדסה עין כרם חנך מחלקה חדשה, ואוניית הדגל "עמק חפר" של צים פרקה בנמל חיפה. תיאטרון הבימה מעלה את "המלך ליר" של שייקספיר.
""")

neg("business", "hi", """
टाटा समूह ने एयर इंडिया के लिए नए विमानों का ऑर्डर दिया, जबकि बिड़ला और रिलायंस ने खुदरा क्षेत्र में निवेश बढ़ाया। धीरूभाई अंबानी इंटरनेशनल स्कूल ने नया परिसर खोला और हल्दीराम ने नागपुर में नई फ़ैक्टरी शुरू की। आईएनएस विक्रांत मुंबई बंदरगाह पहुँचा।
""")

neg("news", "id", """
KRI Bung Tomo dan KRI John Lie bersandar di Pelabuhan Tanjung Perak, Surabaya. Sementara itu, Indomaret dan Alfamart membuka gerai baru di Jalan Diponegoro. Universitas Gadjah Mada mengadakan seminar tentang Ki Hajar Dewantara, dan Bandara Sultan Hasanuddin di Makassar kembali normal setelah banjir.
""")

neg("news", "vi", """
Cơn bão Yagi đã đổ bộ vào Quảng Ninh và Hải Phòng. Tàu Trường Sa 571 đã vào cảng Cam Ranh tránh bão. Phố Lê Thánh Tông, đường Trần Hưng Đạo và cầu Long Biên bị ngập cục bộ. Bệnh viện Việt Đức và Trường Đại học Bách khoa Hà Nội vẫn hoạt động bình thường. Đường dây nóng của thành phố: 1022.
""")

neg("news", "th", """
พายุยางิทำให้เกิดน้ำท่วมในจังหวัดเชียงราย เรือหลวงจักรีนฤเบศรเตรียมพร้อมช่วยเหลือผู้ประสบภัย มหาวิทยาลัยแม่ฟ้าหลวงเปิดเป็นศูนย์พักพิงชั่วคราว ส่วนถนนพหลโยธินบางช่วงยังปิดการจราจร สอบถามข้อมูลได้ที่สายด่วนนิรภัย 1784
""")

neg("review", "sw", """
Kitabu cha Shaaban Robert, Kusadikika, bado kinasomwa shuleni. Wahusika kama Karama na Majivuno ni mifano ya uongozi mzuri na mbaya. Riwaya ya Euphrase Kezilahabi, Rosa Mistika, nayo ina mhusika Rosa anayekumbukwa na wengi. Mwezi ujao tutajadili kazi za Ngũgĩ wa Thiong'o.
""")

neg("notice", "ro", """
Astăzi îi sărbătorim pe Sfinţii Împăraţi Constantin şi Elena: la mulţi ani tuturor celor care poartă aceste nume! Biserica Sfinţii Constantin şi Elena de pe strada Mihai Eminescu organizează hram. Spitalul Judeţean Sfântul Spiridon din Iaşi anunţă program normal, iar Teatrul Naţional Vasile Alecsandri are spectacol la ora 19.
""")

neg("news", "hr", """
Brod Kraljica mora i trajekt Marko Polo zbog bure nisu isplovili iz Splita. Jadrolinija je otkazala linije za Supetar i Stari Grad. U Dubrovniku je Stradun zatvoren zbog nevremena, a Hrvatski sabor odgodio je sjednicu. Tvornica Kraš i Podravka rade normalno.
""")

neg("notice", "ga", """
Beidh Lá Fhéile Bríde á cheiliúradh i Scoil Bhríde ar an 1 Feabhra. Déanfaidh na páistí crosóga Bríde agus rachaidh siad ar thuras go Tobar Bhríde i gCill Dara. Tá Bus Éireann ag cur seirbhísí breise ar fáil. Beidh Ionad Cuairteoirí Naomh Bríd oscailte ó 10 r.n. go 5 i.n.
""")

neg("notice", "is", """
Í dag er sprengidagur og á morgun öskudagur. Bakarí Sandholt á Laugavegi selur bollur fram á kvöld. Hallgrímskirkja, sem nefnd er eftir Hallgrími Péturssyni, verður með tónleika og Þjóðminjasafnið sýnir muni frá tímum Jóns Sigurðssonar. Upplýsingar í síma 530 2200.
""")

neg("news", "ca", """
La festa de Sant Jordi ha omplert de roses i llibres la Rambla de Catalunya i el passeig de Gràcia. Les llibreries Laie i Documenta han esgotat les novel·les de Mercè Rodoreda i Jaume Cabré. Mentrestant, el creuer Costa Diadema ha atracat al moll Adossat i el Barça ha celebrat la diada a l'Estadi Johan Cruyff.
""")

neg("news", "lt", """
Kruizinis laivas „Queen Victoria" prisišvartavo Klaipėdos uoste. Tuo tarpu Vilniaus Katedros aikštėje vyko Kaziuko mugė, skirta šventajam Kazimierui. Gedimino pilies bokštas buvo apšviestas trispalvės spalvomis, o Vytauto Didžiojo universitetas Kaune surengė atvirų durų dieną.
""")

neg("review", "yo", """
Fíìmù Anikulapo tí Kúnlé Afọláyan ṣe ti gba àmì ẹ̀yẹ púpọ̀. Saro, ọ̀dọ́kùnrin tí ó wá ọrọ̀ ní ìlú Ọ̀yọ́, àti Arolake, ìyàwó ọba, jẹ́ àwọn ẹ̀dá ìtàn tí àwọn òǹwòran fẹ́ràn. Ìtàn náà wáyé ní ìlú Ọ̀yọ́ ní ayé àtijọ́.
""")


emit("tuning20k", cases)
