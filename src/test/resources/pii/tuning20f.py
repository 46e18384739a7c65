from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m

cases = []

# =====================================================================================================
# PERSON-dense running text, no cue words
# =====================================================================================================

# ---------------------------------------------------------------- English
cases += [
    ("postmortem", "en", False,
     "Post-incident review, 14 March. At 02:10 UTC the primary broker in eu-west stopped accepting writes. " +
     m(N, "Rasmus") + " restarted the node while " + m(N, "Aigerim") + " paged the on-call, who that night was " +
     m(N, "Obinna Eze") + ". " + m(N, "Eze") + " noticed the disk had filled up with compaction segments and asked " +
     m(N, "Rasmus") + " to hold off on a second restart. By 02:55 " + m(N, "Aigerim") + "'s dashboard showed consumer lag "
     "back under a thousand messages. Follow-ups: " + m(N, "Rasmus") + " adds a disk-usage alert, " + m(N, "Obinna") +
     " writes the runbook entry, and nobody restarts a broker without checking the volume first."),
    ("news", "en", False,
     "A retired postman from Ballymena has been reunited with a wallet he lost 41 years ago. " + m(N, "Seamus McCloskey") +
     ", 78, dropped it on a bus in 1983. It turned up when builders renovating a terrace on Castle Street lifted the "
     "floorboards last month. " + m(N, "Dervla Ní Bhriain") + ", whose father runs the building firm, tracked him down "
     "through a local community page. \"I'd given up on it years ago,\" " + m(N, "McCloskey") + " said. Inside were a "
     "cinema stub, a ten-pound note and a photo of his late wife, " + m(N, "Bernadette") + "."),
    ("court", "en", False,
     "At Leeds Crown Court on Tuesday, " + m(N, "Kieran Doyle-Hart") + ", 34, of no fixed abode, admitted handling stolen "
     "goods. The court heard that " + m(N, "Doyle-Hart") + " sold two laptops belonging to " +
     m(N, "Priyanka Venkataraman") + " to a pawn shop in Harehills within an hour of the burglary. Defending, " +
     m(N, "Imogen Fairweather") + " said her client had been sleeping rough since his mother died. The recorder, " +
     m(N, "Alistair Penhaligon") + ", adjourned sentencing for reports."),
    ("meeting", "en", False,
     "Notes from Thursday's sync. " + m(N, "Anneke") + " opened by saying the vendor contract is still unsigned; " +
     m(N, "Anneke") + "'s laptop was stolen on the train last week, so she is on a loaner and could not share the redline. " +
     m(N, "Giorgos") + " thinks legal is the bottleneck, " + m(N, "Bongani") + " disagreed and said procurement never sent "
     "the final version. " + m(N, "Marguerite") + " will chase both. " + m(N, "Tadhg") + " was out sick, so the budget "
     "item moves to next week."),
    ("school", "en", False,
     "Year 9 trip report. The coach left at 7:40 with thirty-two pupils. " + m(N, "Mohammed-Ali") + " felt unwell near "
     "Stoke and sat at the front with " + m(N, "Harriet Okonkwo-Baird") + ", who was supervising. At the museum " +
     m(N, "Zuzanna") + " and " + m(N, "Leon") + " got separated from the group for twenty minutes and were found in the gift "
     "shop. " + m(N, "Ravinder") + "'s packed lunch contained nuts despite the letter home, so " + m(N, "Harriet") +
     " swapped it for hers. Everyone was back at school by 5:15."),
    ("hr", "en", False,
     "Following the grievance raised on 3 February, an investigation meeting was held with " +
     m(N, "Chidinma Nwosu-Adebayo") + " and her line manager, " + m(N, "Declan Furlong") + ". " + m(N, "Nwosu-Adebayo") +
     " stated that " + m(N, "Furlong") + " had twice reassigned her accounts to " + m(N, "Tobias Lindqvist") +
     " without explanation. " + m(N, "Furlong") + " accepted this but said " + m(N, "Lindqvist") + " had more capacity at the "
     "time. Statements were also taken from " + m(N, "Saoirse") + " and from " + m(N, "Hamid Rezaei") + ". The panel found no "
     "evidence of discrimination but recommended that allocations be documented in future."),
    ("medical", "en", False,
     "Clinical summary: 67-year-old man brought in by his daughter " + m(N, "Yetunde") + " after a fall at home. He has "
     "lived alone since his wife " + m(N, "Folasade") + " passed away in 2019. Seen overnight by " + m(N, "Kwabena Asante") +
     ", who arranged a CT head (no acute findings). Physio review with " + m(N, "Ilse") + " tomorrow morning. " +
     m(N, "Olumide Bakare") + " has asked that his son " + m(N, "Tunde") + " not be contacted about this admission."),
    ("family", "en", False,
     "My grandmother " + m(N, "Esperanza") + " came over from Oaxaca in 1962 with two suitcases and my uncle " +
     m(N, "Rodrigo") + ", who was four. She cleaned offices downtown for eleven years before she and her friend " +
     m(N, "Consuelo Ybarra") + " opened a tamale stand near the rail yard. " + m(N, "Rodrigo") + "'s first job was counting "
     "change in a coffee can. When grandpa " + m(N, "Eusebio") + " finally got his papers in 1968, the stand had become a "
     "restaurant with nine tables."),
    ("forum", "en", False,
     "Re: landlord won't return deposit" + NL + NL +
     "Had exactly the same last year in Manchester. Our landlord (some guy called " + m(N, "Faisal Qureshi") + ") kept "
     "insisting the carpets needed a professional clean. My housemate " + m(N, "Jonty") + " had taken timestamped photos on "
     "move-out day, which basically won it for us. Went through the deposit scheme's dispute service and got every penny "
     "back. " + m(N, "Harriet") + " from the renters' union helped us word the letter, she's brilliant."),
    ("review", "en", False,
     "★★★★★ Best walking tour we did in Kraków. Our guide " + m(N, "Tomasz") + " was great - he knew every courtyard in "
     "Kazimierz and never rushed us. Halfway through it started pouring and his colleague " + m(N, "Magda") + " turned up "
     "with umbrellas for the whole group. My daughter " + m(N, "Isla") + " wants to go back next year mainly to see " +
     m(N, "Tomasz") + "'s dog again."),
    ("newsletter", "en", False,
     "Under-12s round-up: what a weekend! " + m(N, "Kofi Mensah-Bonsu") + " scored twice against Riverside and " +
     m(N, "Ellie-Mae Turnbull") + " kept her first clean sheet of the season. Thanks to " + m(N, "Dariusz") + " for "
     "running training while " + m(N, "Gemma") + " was away, and to the " + m(N, "Okoro") + " family for the oranges at "
     "half time. Player of the month is little " + m(N, "Finn Ó Briain") + ", who hasn't missed a session since August."),
    ("obituary", "en", False,
     m(N, "Margaret Elspeth Dunwoody") + ", known to everyone in Kirkcaldy as " + m(N, "Peggy") + ", died peacefully on "
     "9 January aged 91. Born in Methil on " + m(D, "2 March 1932") + ", she worked for forty years at the linoleum "
     "works and sang in the church choir until she was 85. She is survived by her sons " + m(N, "Alasdair") + " and " +
     m(N, "Callum") + ", her daughter-in-law " + m(N, "Morag") + " and seven grandchildren, and was predeceased by her "
     "husband " + m(N, "Hamish") + " in 2011."),
    ("letter", "en", False,
     "Thought you'd want to know that " + m(N, "Niamh") + " finally passed her driving test! Third time lucky. " +
     m(N, "Ciarán") + " took her out in the van every evening for a month. Dad still won't let her near the Volvo though. "
     "Say hello to uncle " + m(N, "Pádraig") + " and tell " + m(N, "Róisín") + " we'll see her at Easter." + NL +
     "Love," + NL + m(N, "Orla")),
    ("police", "en", False,
     "At approximately 23:40 officers attended a disturbance outside the Crown & Anchor. A man later identified as " +
     m(N, "Liam Gorecki") + ", 27, was arrested after repeatedly refusing to leave. " + m(N, "Tariq Hussain") + " had a cut "
     "above his eye and was treated by paramedics at the scene. " + m(N, "Beatriz Sousa-Lima") + ", who was working the "
     "door, told officers that " + m(N, "Gorecki") + " had been drinking since mid-afternoon. " + m(N, "Gorecki") +
     "'s brother " + m(N, "Paweł") + " later collected his car keys from the station."),
    ("chat", "en", False,
     "[10:02] " + m(N, "mehmet") + ": anyone seen the release checklist?" + NL +
     "[10:03] " + m(N, "sunita") + ": @" + m(N, "mehmet") + " ask " + m(N, "joanna") + ", she had it open yesterday" + NL +
     "[10:05] " + m(N, "joanna") + ": it's in the wiki under ops now, " + m(N, "kevin") + " moved it" + NL +
     "[10:05] " + m(N, "mehmet") + ": ty. " + m(N, "kevin") + " can you give me edit rights" + NL +
     "[10:09] " + m(N, "kevin") + ": done. tell " + m(N, "brendan") + " the build is green btw"),
    ("news", "en", False,
     "KISUMU - A primary school teacher has been praised after she swam out into the lake to rescue two boys whose canoe "
     "had capsized. " + m(N, "Akinyi Odhiambo") + ", 29, said she did not think twice. The boys, named by their parents "
     "as " + m(N, "Baraka") + " and " + m(N, "Kiprono") + ", were treated for hypothermia and discharged the same evening. "
     "Their head teacher, " + m(N, "Wanjiru Kamau") + ", said " + m(N, "Odhiambo") + " would be nominated for a county "
     "commendation."),
    ("newsletter", "en", False,
     "Congratulations to " + m(N, "Akosua Boateng") + ", elected treasurer of the Kejetia traders' welfare association, "
     "and to " + m(N, "Kwame Adjei-Mensah") + ", who takes over as secretary. Outgoing treasurer " + m(N, "Efua") +
     " thanked members for twelve years of trust. " + m(N, "Yaw") + "'s bakery stall will host the handover on Saturday; "
     "bring your own cups."),
    ("family", "en", False,
     m(N, "Precious") + " and " + m(N, "Godswill Adeyemi") + " welcomed their second child, a daughter named " +
     m(N, "Favour") + ", on Sunday morning at 3.2 kg. Big brother " + m(N, "Testimony") + " has already asked whether she "
     "can be sent back. Grandma " + m(N, "Bisola") + " flew in from Ibadan on Tuesday and has taken over the kitchen."),
    ("meeting", "en", False,
     "Hackathon retro. " + m(N, "Sreeja") + " and " + m(N, "Venkatesh") + " ran logistics; " +
     m(N, "Lakshmi Narayanan") + "'s team won with the invoice-matching bot, and " + m(N, "Harpreet Kaur") + " took the "
     "prize for best demo. " + m(N, "Arjun") + " suggested we book a bigger room next time, and " + m(N, "Venkatesh") +
     " agreed after forty people queued for pizza. " + m(N, "Sreeja") + " will circulate the feedback form."),
    ("news", "en", False,
     "The research group's spring retreat in the Peak District was organised by " + m(N, "Huang Jiaxin") + " and " +
     m(N, "Olamide Oyelaran") + ". " + m(N, "Huang") + " presented the new cryo-EM results, while " + m(N, "Chen Haoran") +
     " and " + m(N, "Nguyen Thi Thu Ha") + " led the hike up Mam Tor. " + m(N, "Tran Minh Khoa") + " twisted an ankle "
     "on the descent and was carried the last kilometre by " + m(N, "Oyelaran") + "."),
    ("incident", "en", False,
     "Lab 3 safety incident. A two-litre bottle of acetone fell from the top shelf at 14:20. " +
     m(N, "Pieter van der Berg") + " was first on the scene and opened the windows; " + m(N, "Marisol de la Cruz") +
     " fetched the spill kit. " + m(N, "Faiz bin Abdullah") + " had splashes on his sleeve and used the safety shower. " +
     m(N, "Rana al-Najjar") + " checked the fume hood logs and " + m(N, "Eoghan O'Donoghue") + " filed the report. " +
     m(N, "Catriona MacLeod") + " will move heavy bottles to the lower shelves."),
    ("bookclub", "en", False,
     "Book club minutes. We finished Anna Karenina at last. " + m(N, "Gwendolyn") + " thought the Levin chapters dragged; " +
     m(N, "Shoshana") + " loved them. " + m(N, "Barnaby") + " confessed he had only watched the film. Next month is "
     "Middlemarch, picked by " + m(N, "Ifeoma") + ", and we meet at " + m(N, "Gwendolyn") + "'s flat because the café "
     "is closing early."),
    ("review", "en", False,
     "Booked the airport transfer through the hotel. The driver, " + m(N, "Jomo") + ", waited an hour when our flight "
     "was delayed and didn't charge extra. On the way back we had " + m(N, "Wambui") + ", who recommended the fish place "
     "in Watamu. Would use again - ask for " + m(N, "Jomo") + " if you can."),
    ("sports", "en", False,
     "Masters rowing: the mixed eight from Tideway Scullers won their category at the Head, with " +
     m(N, "Ingrid Solheim") + " stroking and " + m(N, "Bartholomew Achterberg") + " in the bow seat. Cox " +
     m(N, "Pip Llewellyn") + " said the crew only came together in January, after " + m(N, "Solheim") + " moved from "
     "Bergen and " + m(N, "Achterberg") + " came back from a shoulder operation."),
    ("letter", "en", False,
     "To whom it may concern," + NL + NL +
     "I have known " + m(N, "Ama Serwaa Owusu") + " for six years, first as her neighbour and later as a volunteer at the "
     "food bank she founded. " + m(N, "Ama") + " is reliable, calm under pressure and good with numbers. When our "
     "coordinator " + m(N, "Haruto") + " left in 2022, she took over the rota without being asked. I recommend her "
     "without reservation." + NL + NL + m(N, "Gideon Ashworth-Pryce")),
    ("chat", "en", False,
     "WhatsApp - Flat 4B" + NL +
     "[18:11] " + m(N, "Bex") + ": who left the hob on 🙃" + NL +
     "[18:12] " + m(N, "Ollie") + ": not me, ask " + m(N, "dimitra") + NL +
     "[18:15] " + m(N, "dimitra") + ": it was " + m(N, "Jaz") + " making porridge at like 7" + NL +
     "[18:20] " + m(N, "Jaz") + ": sorryyy. " + m(N, "Bex") + " I owe you a pizza"),
]

# ---------------------------------------------------------------- German
cases += [
    ("news", "de", False,
     "Ein 58-jähriger Landwirt aus dem Ostallgäu hat beim Pflügen einen römischen Münzschatz entdeckt. " +
     m(N, "Josef Wachter") + " meldete den Fund noch am selben Abend dem Landesamt. Seine Tochter " + m(N, "Veronika") +
     ", die in München Archäologie studiert, erkannte die Münzen als Denare aus dem zweiten Jahrhundert. Beim Bergen half "
     "der Nachbar " + m(N, "Günther Kleinschmidt") + ", der das Feld seit Jahren mitbewirtschaftet."),
    ("minutes", "de", False,
     "Zu Beginn berichtete " + m(N, "Heike Brandstätter") + " über den Stand der Umbauarbeiten im Erdgeschoss. " +
     m(N, "Jörg") + " wies darauf hin, dass die Brandschutzabnahme noch aussteht. " + m(N, "Ömer Yıldırım") +
     " übernimmt die Abstimmung mit dem Statiker, " + m(N, "Brandstätter") + " kümmert sich um die Mieter. Die nächste "
     "Sitzung leitet " + m(N, "Svenja Oberhäuser-Klee") + ", da " + m(N, "Jörg") + " im Urlaub ist."),
    ("school", "de", False,
     "Unsere Klasse 4b hat den Vorlesewettbewerb der Grundschulen im Kreis gewonnen! " + m(N, "Emilia") + " las aus "
     "einem Kapitel über einen verlorenen Hund, " + m(N, "Mats") + " und " + m(N, "Leonie") + " trugen ein Gedicht im "
     "Wechsel vor. Vorbereitet hat die Kinder " + m(N, "Annegret Pfeiffer") + ", die dafür jeden Donnerstag länger "
     "geblieben ist. Ein großes Dankeschön auch an den Opa von " + m(N, "Emilia") + " für die Fahrt nach Lüneburg."),
    ("obituary", "de", False,
     "Wir trauern um unseren Vereinskameraden " + m(N, "Hans-Dieter Kowalski") + ", der am 2. Februar im Alter von "
     "81 Jahren verstorben ist. Über fünfzig Jahre stand er bei den Sportfreunden Wanne-Eickel an der Linie, zuerst als "
     "Spieler, später als Platzwart. Unser Mitgefühl gilt seiner Frau " + m(N, "Ingeborg") + " und seinen Enkeln " +
     m(N, "Lukas") + " und " + m(N, "Finja") + "."),
    ("review", "de", False,
     "Sehr zufrieden! Der Monteur " + m(N, "Sascha") + " kam pünktlich um acht, hat alles abgeklebt und nach der Arbeit "
     "sogar gesaugt. Als die alte Therme nicht abgeschaltet werden konnte, rief er seinen Kollegen " + m(N, "Dragan") +
     " an, der zehn Minuten später da war. Beim nächsten Mal fragen wir wieder nach " + m(N, "Sascha") + "."),
    ("postmortem", "de", False,
     "Störungsbericht Zahlungsdienst, 11.04.: Um 09:14 meldete " + m(N, "Benedikt") + " erste Timeouts im Checkout. " +
     m(N, "Anastasia Wolkowa") + " identifizierte einen abgelaufenen Zwischenzertifikat-Eintrag im Loadbalancer; " +
     m(N, "Wolkowa") + " und " + m(N, "Kemal") + " tauschten das Zertifikat um 09:51. " + m(N, "Benedikt") +
     " informierte den Kundenservice, " + m(N, "Frauke Lüdemann-Sarr") + " schrieb die Statusmeldung."),
    ("police", "de", False,
     "Am Samstagabend geriet in der Fußgängerzone ein Streit zwischen zwei Männern außer Kontrolle. Nach Angaben von "
     "Zeugen schlug " + m(N, "Dragan Petrović") + " seinem früheren Geschäftspartner " + m(N, "Marco Heinemann") +
     " mit einer Flasche auf den Kopf. " + m(N, "Heinemann") + " kam mit einer Platzwunde ins Klinikum. Die Passantin " +
     m(N, "Jasmin Toprak") + " hatte die Polizei gerufen."),
]

# ---------------------------------------------------------------- French
cases += [
    ("news", "fr", False,
     "Un octogénaire de Quimperlé a retrouvé son chat trois ans après sa disparition. " + m(N, "Yvon Le Goff") +
     " croyait l'animal mort depuis longtemps lorsqu'une bénévole du refuge, " + m(N, "Maëlle Guillou") + ", a scanné "
     "sa puce électronique. « Je n'y croyais plus », confie " + m(N, "Le Goff") + ", dont la petite-fille " +
     m(N, "Nolwenn") + " avait collé des affiches dans tout le quartier."),
    ("minutes", "fr", False,
     "Compte rendu du conseil d'école. " + m(N, "Yasmina Benali") + " a présenté le projet de jardin partagé. " +
     m(N, "Thibault") + " s'inquiète du coût de l'arrosage en été ; " + m(N, "Mamadou Diallo") + " propose de solliciter "
     "la mairie. " + m(N, "Benali") + " et " + m(N, "Diallo") + " rédigeront la demande. " +
     m(N, "Aurélie de Saint-Exupéry-Marchal") + " assurera le lien avec les parents."),
    ("family", "fr", False,
     "Ma grand-mère " + m(N, "Odette") + " tenait l'épicerie du village avec son frère " + m(N, "Lucien") + ". Pendant "
     "l'hiver 1956, c'est elle qui a fait l'accouchement de la voisine, " + m(N, "Germaine Pichot") + ", quand la neige a "
     "bloqué la route. Le bébé, " + m(N, "Jean-Baptiste") + ", a aujourd'hui soixante-huit ans et lui apporte encore des "
     "fleurs chaque année."),
    ("review", "fr", False,
     "Séjour parfait au gîte. " + m(N, "Ghislaine") + " nous a accueillis avec une tarte aux pommes et son mari " +
     m(N, "Bertrand") + " nous a montré les meilleurs coins à champignons. Les enfants ont adoré jouer avec " +
     m(N, "Capucine") + ", leur petite-fille. Nous reviendrons !"),
    ("court", "fr", False,
     "Le tribunal correctionnel de Lille a condamné jeudi " + m(N, "Kevin Dufresne-Mbaye") + ", 31 ans, à dix-huit mois "
     "de prison dont six avec sursis pour une série de cambriolages à Roubaix. Sa compagne, " + m(N, "Océane Vasseur") +
     ", a été relaxée. L'avocate de la défense, " + m(N, "Sandrine Achour") + ", a annoncé qu'elle ne ferait pas appel."),
    ("sports", "fr", False,
     "Belle journée pour le club de judo : " + m(N, "Inès Bouazza") + " décroche l'or chez les cadettes, et " +
     m(N, "Théo") + " monte sur la troisième marche après un combat très serré. " + m(N, "Bouazza") + " remercie son "
     "entraîneur " + m(N, "Gaëtan Roux") + ", qui l'accompagne depuis ses sept ans."),
]

# ---------------------------------------------------------------- Spanish
cases += [
    ("news", "es", False,
     "Una vecina de Albacete ha devuelto a su dueño una cartera con 3.000 euros que encontró en un cajero. " +
     m(N, "Remedios Cifuentes") + ", de 72 años, la entregó en comisaría esa misma tarde. El propietario, " +
     m(N, "Álvaro Sáez de la Fuente") + ", quiso recompensarla, pero " + m(N, "Cifuentes") + " solo aceptó un ramo de "
     "flores. Su nieta " + m(N, "Lucía") + " contó la historia en redes."),
    ("minutes", "es", False,
     "Acta de la reunión de vecinos. " + m(N, "Jorge Iñiguez") + " informó de que la derrama para el ascensor se "
     "aprobará en junio. " + m(N, "Marisa") + " pidió que se revise el presupuesto de la empresa. " +
     m(N, "Fernando Gutiérrez Olmedo") + " y " + m(N, "Pilar") + " se ofrecieron a pedir otros dos. " + m(N, "Iñiguez") +
     " recordó que el portero, " + m(N, "Wilson") + ", se jubila en septiembre."),
]
cases += [
    ("family", "es", False,
     "Mi abuelo " + m(N, "Evaristo") + " llegó a Buenos Aires desde Lugo en 1951 con trece años y un primo, " +
     m(N, "Manolo Castiñeira") + ", que le consiguió trabajo en una panadería de Boedo. Allí conoció a mi abuela, " +
     m(N, "Nélida Ferreyra") + ", que repartía el pan en bicicleta. Cuando nació mi tío " + m(N, "Rubén") +
     ", " + m(N, "Manolo") + " fue el padrino."),
    ("review", "es", False,
     "Hicimos la ruta del café con " + m(N, "Yeison") + " y fue lo mejor del viaje a Salento. Nos explicó todo el "
     "proceso y su mamá, " + m(N, "Marleny") + ", nos preparó arepas. Si van, pregunten por " + m(N, "Yeison") +
     " en la plaza, todo el mundo lo conoce."),
    ("sports", "es", False,
     "Gran actuación de las alevines del CD Tres Cantos en el autonómico. " + m(N, "Ximena Ocaña") + " ganó los 100 "
     "braza y " + m(N, "Valentina de los Ríos") + " fue plata en espalda. El relevo lo cerró " + m(N, "Ainhoa") + ", que "
     "remontó dos puestos en la última posta. " + m(N, "Ocaña") + " dedicó la medalla a su entrenador, " +
     m(N, "Iker Zubizarreta") + "."),
    ("postmortem", "es", False,
     "Resumen del incidente del viernes: " + m(N, "Camila") + " detectó a las 18:05 que las facturas salían duplicadas. " +
     m(N, "Joaquín Benítez") + " pausó el cron y " + m(N, "Benítez") + " junto con " + m(N, "Nayeli") + " revisaron los "
     "reintentos del worker. La causa fue un timeout mal configurado. " + m(N, "Camila") + " avisó a los 37 clientes "
     "afectados el lunes."),
]

# ---------------------------------------------------------------- Italian
cases += [
    ("news", "it", False,
     "Una pensionata di Lecce ha trovato nel mobile della nonna una lettera mai spedita del 1944. " +
     m(N, "Addolorata Greco") + " ha deciso di consegnarla ai discendenti del destinatario, un soldato di nome " +
     m(N, "Salvatore Miccoli") + ". Dopo settimane di ricerche, il nipote " + m(N, "Cosimo") + " ha risposto da Torino: "
     "«Mio nonno non ne aveva mai parlato»."),
    ("minutes", "it", False,
     "Verbale dell'assemblea del circolo. " + m(N, "Gianfranco") + " ha illustrato il bilancio; " +
     m(N, "Maria Grazia Lo Russo") + " ha chiesto chiarimenti sulle spese per il bar. " + m(N, "Lo Russo") + " e " +
     m(N, "Ettore D'Alessandro") + " verificheranno le fatture. La gita a Bolsena sarà organizzata da " +
     m(N, "Ornella") + "."),
    ("review", "it", False,
     "Cena indimenticabile in agriturismo. " + m(N, "Nunzia") + " cucina come una nonna e il figlio " + m(N, "Rocco") +
     " ci ha spiegato ogni vino. A fine serata " + m(N, "Rocco") + " ci ha accompagnato in macchina fino al paese."),
    ("school", "it", False,
     "Relazione di fine anno: " + m(N, "Gabriele") + " ha fatto grandi progressi in matematica grazie al lavoro con " +
     m(N, "Federica Santangelo") + ". " + m(N, "Aurora") + " e " + m(N, "Edoardo") + " hanno partecipato ai Giochi "
     "di Archimede. Si segnala che " + m(N, "Gabriele") + " avrà bisogno di supporto anche il prossimo anno."),
    ("obituary", "it", False,
     "È mancato all'affetto dei suoi cari " + m(N, "Bruno Taddei") + ", di anni 88. Ne danno il triste annuncio la "
     "moglie " + m(N, "Loredana") + ", i figli " + m(N, "Massimo") + " e " + m(N, "Cinzia") + " e i nipoti tutti. "
     "Il rosario sarà recitato martedì nella chiesa di San Rocco."),
]

# ---------------------------------------------------------------- Portuguese
cases += [
    ("news", "pt", False,
     "Uma professora aposentada de Juiz de Fora completou 100 anos com uma festa surpresa organizada pelos ex-alunos. "
     + "Dona " + m(N, "Cotinha") + ", como " + m(N, "Maria da Conceição Figueiredo") + " é conhecida, deu aula de "
     "alfabetização por 41 anos. O ex-aluno " + m(N, "Wellington") + " veio de Manaus só para a festa."),
    ("chat", "pt", False,
     "[21:03] " + m(N, "thaís") + ": gente quem vai levar o carvão sábado" + NL +
     "[21:04] " + m(N, "Gui") + ": eu levo, o " + m(N, "Jefferson") + " leva a carne" + NL +
     "[21:06] " + m(N, "jeff") + ": levo sim, mas a " + m(N, "Daiane") + " me deve 50 da última vez kkk" + NL +
     "[21:07] " + m(N, "Daiane") + ": pago no pix amanhã " + m(N, "jeff") + ", relaxa"),
    ("court", "pt", False,
     "O Tribunal de Justiça manteve a condenação de " + m(N, "Anderson Luiz Batista") + " por estelionato. Segundo a "
     "denúncia, " + m(N, "Batista") + " convenceu " + m(N, "Rosângela Pires") + " a transferir as economias da família "
     "para uma falsa corretora. A filha da vítima, " + m(N, "Kelly") + ", percebeu o golpe."),
    ("minutes", "pt", False,
     "Acta da reunião de condóminos. " + m(N, "João Pedro Magalhães") + " informou que as obras no telhado começam em "
     "maio. " + m(N, "Conceição") + " reclamou do barulho do 3.º esquerdo. " + m(N, "Magalhães") + " e " +
     m(N, "Rui Bettencourt") + " vão falar com o inquilino."),
    ("family", "pt", False,
     "Os meus avós, " + m(N, "Adelino") + " e " + m(N, "Gracinda") + ", emigraram para França em 1966. O tio " +
     m(N, "Zé") + " ficou em Trás-os-Montes a tomar conta das vinhas com a madrinha " + m(N, "Albertina") +
     ". Só voltaram todos a estar juntos no casamento da minha mãe, a " + m(N, "Fátima") + "."),
]

# ---------------------------------------------------------------- Dutch
cases += [
    ("news", "nl", False,
     "Een 14-jarige scholier uit Zwolle heeft een man uit de IJssel gered die met zijn fiets in het water was beland. " +
     m(N, "Daan Hoekstra") + " sprong zonder na te denken achter hem aan. De man, " + m(N, "Henk van der Meulen") +
     " (81), maakt het goed. " + m(N, "Hoekstra") + " kreeg van de burgemeester een oorkonde; zijn zus " +
     m(N, "Fenna") + " filmde de uitreiking."),
    ("minutes", "nl", False,
     "Notulen teamoverleg. " + m(N, "Femke van der Linden") + " meldt dat de migratie naar de nieuwe server is "
     "uitgesteld. " + m(N, "Joost") + " vraagt of " + m(N, "Van der Linden") + " het nieuwe plan kan delen. " +
     m(N, "Sanne van 't Hof") + " en " + m(N, "Bram ter Horst") + " testen de back-ups. " + m(N, "Mariëlle") +
     " is met zwangerschapsverlof; haar taken gaan naar " + m(N, "Ruud") + "."),
    ("review", "nl", False,
     "Topavond gehad bij de kookworkshop in Utrecht. " + m(N, "Gijs") + " legde alles rustig uit en zijn collega " +
     m(N, "Mila") + " hield de pannen in de gaten. " + m(N, "Mila") + "'s tip over het zout gebruik ik nu elke dag."),
    ("police", "nl", False,
     "In de nacht van zaterdag op zondag is in Tilburg een 23-jarige man aangehouden na een steekpartij bij een "
     "snackbar. Volgens getuigen had " + m(N, "Mohamed El Amrani") + " ruzie met " + m(N, "Kevin Verhoeven") +
     " over een parkeerplek. " + m(N, "Verhoeven") + " raakte lichtgewond. Een omstander, " +
     m(N, "Gerda de Jong-Brouwer") + ", belde 112."),
    ("family", "nl", False,
     "Opa " + m(N, "Klaas") + " had een bakkerij in Dokkum, samen met zijn broer " + m(N, "Sjoerd") + ". Oma " +
     m(N, "Trijntje") + " deed de boekhouding. Toen " + m(N, "Sjoerd") + " in 1974 naar Canada vertrok, nam mijn vader " +
     m(N, "Wiebe") + " zijn plek achter de oven over."),
]

# ---------------------------------------------------------------- Polish (inflected forms)
cases += [
    ("news", "pl", False,
     "Mieszkańcy Nowego Targu zebrali w tydzień ponad 80 tysięcy złotych na leczenie małej " + m(N, "Zosi") +
     ". Zbiórkę zorganizowała jej ciocia, " + m(N, "Agnieszka Nowicka") + ". Na koncercie charytatywnym zagrał zespół, "
     "w którym na perkusji gra " + m(N, "Kowalczyk") + ", sąsiad rodziny. „Nie spodziewaliśmy się tego” – powiedziała "
     "mama dziewczynki, " + m(N, "Justyna") + "."),
    ("minutes", "pl", False,
     "Na spotkaniu z " + m(N, "Tomaszem Wiśniewskim") + " ustalono harmonogram remontu. " + m(N, "Kowalczyk") +
     " powiedział, że ekipa wejdzie w maju. Prośbę " + m(N, "Marka Zielińskiego") + " o przesunięcie terminu odrzucono. "
     "Protokół prześlemy " + m(N, "Grzegorzowi") + " do akceptacji."),
    ("family", "pl", False,
     "Święta spędziliśmy u " + m(N, "Kowalczyków") + " w Rzeszowie. " + "Babcia " + m(N, "Halina") +
     " upiekła sernik, a wujek " + m(N, "Staszek") + " opowiadał o wojsku. Rano pojechałam z " + m(N, "Igą") +
     " na pasterkę, a " + m(N, "Bartka") + " nie dało się obudzić."),
    ("court", "pl", False,
     "Sąd Okręgowy w Lublinie skazał " + m(N, "Dawida K.") + " na trzy lata więzienia za oszustwa na „wnuczka”. Oskarżony "
     "wyłudził pieniądze m.in. od " + m(N, "Janiny Wróblewskiej") + ". Zeznania " + m(N, "Wróblewskiej") + " i jej "
     "syna " + m(N, "Piotra") + " były kluczowe dla sprawy."),
    ("chat", "pl", False,
     "[19:40] " + m(N, "ola") + ": kto bierze klucze od sali w piątek?" + NL +
     "[19:41] " + m(N, "kuba") + ": ja nie mogę, pisz do " + m(N, "Michała") + NL +
     "[19:45] " + m(N, "michał") + ": ok biorę, ale oddam je " + m(N, "Oli") + " w sobotę"),
]

# ---------------------------------------------------------------- Czech / Slovak
cases += [
    ("news", "cs", False,
     "Hasiči v Jihlavě zachránili z hořícího domu staršího muže. Podle sousedky " + m(N, "Lucie Dvořákové") +
     " si požáru všiml jako první " + m(N, "Jan Novotný") + ", který okamžitě volal pomoc. Zachráněnému " +
     m(N, "Jaroslavu Mlejnkovi") + " je 84 let. Starosta poděkoval " + m(N, "Novotnému") + " osobně."),
    ("minutes", "cs", False,
     "Zápis z porady: " + m(N, "Petra Horáková") + " informovala o zpoždění dodávky. S " + m(N, "Janem") +
     " se dohodla, že kontaktuje dodavatele. Úkol pro " + m(N, "Jiřího Šťastného") + ": aktualizovat rozpočet. " +
     m(N, "Horáková") + " předá podklady " + m(N, "Martině") + "."),
    ("family", "sk", False,
     "Starý otec " + m(N, "Štefan") + " chodil každé leto s " + m(N, "Jankom") + " na hríby do Tatier. Keď som mala "
     "desať, zobrali aj mňa a sesternicu " + m(N, "Zuzku") + ". Stará mama " + m(N, "Mária Kováčová") +
     " nám vždy pribalila chlieb s masťou."),
]

# ---------------------------------------------------------------- Finnish (case endings)
cases += [
    ("news", "fi", False,
     "Kuopiolainen " + m(N, "Matti Virtanen") + " löysi metsäretkellä kadonneen koiran, jota oli etsitty kolme "
     "viikkoa. Koira kuului naapurikylän " + m(N, "Liisa Räsäselle") + ", joka oli jo menettänyt toivonsa. " +
     m(N, "Virtasen") + " mukaan koira oli laihtunut mutta muuten kunnossa. " + m(N, "Räsänen") +
     " aikoo tarjota löytäjälle kakkukahvit."),
    ("minutes", "fi", False,
     "Palaverissa " + m(N, "Mikon") + " kanssa sovittiin, että testiympäristö päivitetään torstaina. " +
     m(N, "Aino") + " lupasi selvittää lisenssit, ja " + m(N, "Ainolle") + " lähetetään tarjous vielä tänään. " +
     m(N, "Jussi Heikkisen") + " kommentit käydään läpi ensi viikolla."),
    ("school", "fi", False,
     "Luokan retki Nuuksioon onnistui hyvin. " + m(N, "Eeli") + " ja " + m(N, "Onni") + " sytyttivät nuotion ja " +
     m(N, "Veikon") + " äiti toi makkarat. " + m(N, "Aleksandra") + " eksyi hetkeksi polulta, mutta " + m(N, "Sannan") +
     " ryhmä löysi hänet nopeasti."),
    ("obituary", "fi", False,
     "Rakkaamme " + m(N, "Tyyne Kaarina Lehtonen") + " nukkui pois 94-vuotiaana. Kaipaamaan jäivät " + m(N, "Seppo") +
     " ja " + m(N, "Marjatta") + " perheineen. " + m(N, "Tyynen") + " muistoa kunnioittaen siunaustilaisuus "
     "pidetään Hämeenlinnan kirkossa."),
]

# ---------------------------------------------------------------- Swedish / Norwegian / Danish / Icelandic
cases += [
    ("news", "sv", False,
     "En 67-årig kvinna från Luleå har hittat sin förlovningsring som försvann i trädgården för 16 år sedan. " +
     m(N, "Birgitta Nordström") + " fick syn på ringen när hennes barnbarn " + m(N, "Elsa") + " drog upp en morot. "
     "Maken " + m(N, "Lennart") + " hade köpt ringen i Haparanda 1978."),
    ("postmortem", "sv", False,
     "Incidentrapport: databasen gick ner 03:12. " + m(N, "Oskar Lindqvist") + " larmades men kom inte åt VPN, så " +
     m(N, "Fatima Hassan") + " tog över. " + m(N, "Hassan") + " startade om replikan och " + m(N, "Linnéa") +
     " bekräftade att datan var intakt. " + m(N, "Oskar") + " skriver åtgärdslistan."),
    ("review", "sv", False,
     "Fantastisk fisketur! Guiden " + m(N, "Jonte") + " visste precis var abborren stod, och hans pappa " +
     m(N, "Sture") + " grillade fångsten på en holme. Rekommenderas varmt."),
    ("minutes", "nb", False,
     "Referat fra styremøtet i borettslaget. " + m(N, "Kari Haugland") + " orienterte om oppussingen av trappeoppgangen. " +
     m(N, "Torbjørn") + " mente at tilbudet var for dyrt. " + m(N, "Haugland") + " og " + m(N, "Sigrid Aasen") +
     " innhenter nye tilbud. " + m(N, "Ola Nordvik-Berg") + " trer ut av styret etter åtte år."),
    ("news", "nb", False,
     "To brødre fra Bodø reddet en hvalkalv som hadde satt seg fast i et fiskegarn. " + m(N, "Eirik") + " og " +
     m(N, "Håkon Bjørnstad") + " brukte over en time på å skjære den løs. Faren deres, " + m(N, "Arnfinn") +
     ", ringte Kystverket."),
    ("family", "da", False,
     "Mormor " + m(N, "Inger") + " voksede op på en gård ved Ringkøbing sammen med sine fem søskende. Hendes bror " +
     m(N, "Aksel Mikkelsen") + " overtog gården, mens " + m(N, "Inger") + " flyttede til Aarhus og blev sygeplejerske. "
     "Der mødte hun morfar " + m(N, "Preben") + "."),
    ("minutes", "da", False,
     "Referat: " + m(N, "Mette Kjærgaard") + " præsenterede budgettet. " + m(N, "Rasmus") + " spurgte til "
     "lønudgifterne, og " + m(N, "Kjærgaard") + " lovede at sende en opgørelse. " + m(N, "Søren Østergaard") +
     " og " + m(N, "Nanna") + " står for julefrokosten."),
    ("news", "is", False,
     "Sjómaðurinn " + m(N, "Sigurður Ólafsson") + " bjargaði tveimur ferðamönnum úr sjónum við Reynisfjöru í gær. "
     "Dóttir hans, " + m(N, "Guðrún Sigurðardóttir") + ", segir að faðir sinn hafi ekki hikað. Ferðamennirnir þökkuðu " +
     m(N, "Sigurði") + " sérstaklega."),
    ("family", "is", False,
     "Amma mín, " + m(N, "Ragnheiður Jónsdóttir") + ", ól upp sex börn á Ísafirði. Hún kynntist " + m(N, "Jóni") +
     " afa á balli árið 1958. Elsti sonur þeirra, " + m(N, "Einar Jónsson") + ", býr enn í húsinu og hugsar um " +
     m(N, "Ragnheiði") + "."),
]

# ---------------------------------------------------------------- Hungarian (surname first, suffixes)
cases += [
    ("news", "hu", False,
     "Egy debreceni nyugdíjas visszaadta a megtalált pénztárcát. " + m(N, "Nagy Zsófia") + " a piacon talált rá, "
     "benne félmillió forinttal. A tulajdonos, " + m(N, "Kovács Bence") + ", virágcsokorral köszönte meg. " +
     m(N, "Nagy Zsófiának") + " az unokája, " + m(N, "Levente") + " szerint ez természetes volt."),
    ("minutes", "hu", False,
     "Az értekezleten " + m(N, "Szabó Péterrel") + " egyeztettük az ütemtervet. " + m(N, "Tóth Eszter") + " jelezte, "
     "hogy a szerződés még nincs aláírva. " + m(N, "Eszter") + " és " + m(N, "Balogh Gergely") + " felveszik a "
     "kapcsolatot a beszállítóval. A jegyzőkönyvet " + m(N, "Katának") + " küldjük el."),
    ("school", "hu", False,
     "A 3.b osztály kirándulásán " + m(N, "Dorka") + " elveszítette a kulacsát, de " + m(N, "Márk") + " megtalálta. "
     + m(N, "Horváth Ildikó") + " osztályfőnök mindenkit megdicsért. " + m(N, "Bálint") + " anyukája sütit hozott."),
]

# ---------------------------------------------------------------- Greek
cases += [
    ("news", "el", False,
     "Ψαράς από την Κάλυμνο έσωσε δύο τουρίστες που παρασύρθηκαν από τα ρεύματα. Ο " + m(N, "Μανόλης Χατζηδάκης") +
     " βγήκε με τη βάρκα του μαζί με τον γιο του, " + m(N, "Στέλιο") + ". Η σύζυγος του " + m(N, "Μανόλη") +
     ", " + m(N, "Ευαγγελία") + ", ειδοποίησε το λιμεναρχείο."),
    ("minutes", "el", False,
     "Στη συνάντηση η " + m(N, "Δέσποινα Κωνσταντινίδου") + " παρουσίασε τον προϋπολογισμό. Ο " + m(N, "Γιώργος") +
     " ζήτησε διευκρινίσεις και η " + m(N, "Κωνσταντινίδου") + " θα στείλει αναλυτικό πίνακα. Ο " +
     m(N, "Θανάσης Παπαδόπουλος") + " αναλαμβάνει την επικοινωνία με τον δήμο."),
    ("family", "el", False,
     "Η γιαγιά μου η " + m(N, "Φρόσω") + " ήρθε από τη Σμύρνη με τον αδελφό της, τον " + m(N, "Παντελή") +
     ". Στην Καλλιθέα άνοιξαν ένα μικρό ζαχαροπλαστείο. Ο παππούς " + m(N, "Αριστείδης") + " δούλευε εκεί ως "
     "ζαχαροπλάστης."),
]

# ---------------------------------------------------------------- Turkish
cases += [
    ("news", "tr", False,
     "Trabzon'da denizde mahsur kalan iki balıkçıyı, emekli öğretmen " + m(N, "Hüseyin Karadeniz") + " kurtardı. "
     + m(N, "Karadeniz") + ", oğlu " + m(N, "Emre") + " ile birlikte tekneyle açıldı. Balıkçılardan " +
     m(N, "Recep Uzun") + ", " + m(N, "Hüseyin") + "'e teşekkür etti."),
    ("minutes", "tr", False,
     "Toplantıda " + m(N, "Ayşe Demirtaş") + " bütçe taslağını sundu. " + m(N, "Ayşe") + "'nin önerisine " +
     m(N, "Mert") + " itiraz etti. " + m(N, "Zeynep Güler") + " ve " + m(N, "Burak") + " tedarikçiyle görüşecek. "
     "Bir sonraki toplantıyı " + m(N, "Deniz Aksoy") + " yönetecek."),
    ("forum", "tr", False,
     "Arkadaşlar geçen hafta Kadıköy'deki serviste telefonumu tamir ettirdim, teknisyen " + m(N, "Onur") +
     " çok ilgiliydi. Ekranı değiştirirken " + m(N, "Onur") + "'un ustası " + m(N, "Kemal") + " de yardım etti. "
     "Tavsiye ederim."),
]

# ---------------------------------------------------------------- Arabic / Persian
cases += [
    ("news", "ar", False,
     "أنقذ الصياد " + m(N, "سالم بن راشد الكعبي") + " ثلاثة أطفال من الغرق قبالة شاطئ خورفكان مساء الجمعة. "
     "وقال شقيقه " + m(N, "حمدان") + " إن " + m(N, "سالم") + " لم يتردد لحظة. وشكرت والدة الأطفال، " +
     m(N, "مريم الظاهري") + "، فرق الإسعاف."),
    ("minutes", "ar", False,
     "في اجتماع اليوم عرضت " + m(N, "ليلى حداد") + " خطة التسويق للربع القادم. اعترض " + m(N, "يوسف") +
     " على الميزانية، واتفق مع " + m(N, "حداد") + " على مراجعتها. سيتولى " + m(N, "عمر العطار") +
     " التواصل مع المورّد."),
    ("news", "fa", False,
     "معلم بازنشسته‌ای در شیراز کتابخانه‌ای رایگان برای کودکان محله راه‌اندازی کرد. " + m(N, "غلامرضا نیک‌پور") +
     " می‌گوید این ایده را از همسرش، " + m(N, "پروین") + "، گرفته است. دخترش " + m(N, "نسترن") +
     " هر پنجشنبه برای بچه‌ها قصه می‌خواند."),
    ("minutes", "fa", False,
     "در جلسه امروز " + m(N, "آرش رحیمی") + " گزارش فروش را ارائه کرد. " + m(N, "مهسا") + " پیشنهاد داد "
     "کمپین جدید از خرداد شروع شود. " + m(N, "رحیمی") + " و " + m(N, "کیوان صدری") + " برنامه را نهایی می‌کنند."),
]

# ---------------------------------------------------------------- Hindi
cases += [
    ("news", "hi", False,
     "जयपुर के एक रिक्शा चालक ने यात्री का छूटा हुआ बैग लौटाकर मिसाल पेश की। " + m(N, "रमेश कुमार मीणा") +
     " को बैग में दो लाख रुपये मिले थे। बैग के मालिक " + m(N, "अनिल अग्रवाल") + " ने " + m(N, "रमेश") +
     " को इनाम दिया। " + m(N, "मीणा") + " की पत्नी " + m(N, "सुनीता") + " ने कहा कि उन्हें गर्व है।"),
    ("minutes", "hi", False,
     "आज की बैठक में " + m(N, "प्रिया शर्मा") + " ने नई योजना पेश की। " + m(N, "विकास") +
     " ने बजट पर सवाल उठाए। " + m(N, "शर्मा") + " और " + m(N, "नेहा गुप्ता") + " अगले हफ्ते रिपोर्ट देंगी।"),
]

# ---------------------------------------------------------------- Chinese / Japanese / Korean / Vietnamese
cases += [
    ("news", "zh", False,
     "杭州一名外卖骑手跳入运河救起落水老人。骑手" + m(N, "陈志豪") + "说，当时没有多想。被救的" + m(N, "周") + "阿婆" +
     "今年七十六岁，她的儿子" + m(N, "周建国") + "特意送来锦旗。" + m(N, "陈志豪") + "的同事" + m(N, "小林") +
     "拍下了救人视频。"),
    ("minutes", "zh", False,
     "会议纪要：" + m(N, "林晓雯") + "汇报了第二季度的销售情况。" + m(N, "王磊") + "认为渠道费用偏高，" +
     m(N, "林晓雯") + "将与" + m(N, "刘") + "经理核对。下次会议由" + m(N, "黄佳琪") + "主持。"),
    ("news", "ja", False,
     "宮城県の海岸で、散歩中の" + m(N, "佐藤美咲") + "さんが流されていた小学生を救助した。" + m(N, "佐藤") +
     "さんは元水泳選手で、救助された" + m(N, "健太") + "くんの母親、" + m(N, "高橋由紀") + "さんが感謝を伝えた。"),
    ("minutes", "ja", False,
     "本日の打ち合わせでは、" + m(N, "山本") + "から新システムの進捗報告があった。" + m(N, "中村彩") +
     "が追加要件を説明し、" + m(N, "山本") + "と" + m(N, "小川拓也") + "で工数を再見積もりする。"),
    ("news", "ko", False,
     "부산의 한 편의점 직원 " + m(N, "김민준") + "씨가 쓰러진 손님에게 심폐소생술을 해 목숨을 구했다. 손님 " +
     m(N, "박영수") + "씨의 딸 " + m(N, "박지은") + "씨는 " + m(N, "김민준") + "씨에게 감사 편지를 보냈다."),
    ("chat", "ko", False,
     m(N, "지훈") + ": 내일 회의 몇 시야?" + NL +
     m(N, "서연") + ": 10시. " + m(N, "수빈") + "이가 회의실 잡았어" + NL +
     m(N, "지훈") + ": 오케이, " + m(N, "이도현") + " 팀장님한테도 말해줘"),
    ("news", "vi", False,
     "Một tài xế xe ôm ở Đà Nẵng đã trả lại chiếc ví chứa 20 triệu đồng cho du khách. Anh " +
     m(N, "Nguyễn Văn Tùng") + " cho biết chỉ làm điều nên làm. Chủ ví, chị " + m(N, "Trần Thị Mai Anh") +
     ", đã gửi lời cảm ơn đến anh " + m(N, "Tùng") + " trên mạng xã hội."),
    ("minutes", "vi", False,
     "Biên bản họp: " + m(N, "Lê Hoàng Nam") + " báo cáo tiến độ dự án. " + m(N, "Phạm Thu Trang") +
     " đề nghị lùi hạn bàn giao. " + m(N, "Nam") + " và " + m(N, "Đỗ Quang Huy") + " sẽ làm việc lại với khách hàng."),
]

# ---------------------------------------------------------------- Baltic / Romanian / Slavic / Swahili / Irish / Indonesian
cases += [
    ("news", "et", False,
     "Tartu lähedal päästis " + m(N, "Kristjan Tamm") + " jääaugust kalamehe. Päästetud " + m(N, "Jaan Kask") +
     " tänas " + m(N, "Kristjani") + " ja tema venda " + m(N, "Märtu") + "."),
    ("news", "lt", False,
     "Kauno rajone ūkininkas " + m(N, "Vytautas Petrauskas") + " rado senovinių monetų lobį. Apie radinį jis pranešė "
     "muziejui, kurio darbuotoja " + m(N, "Rūta Kazlauskienė") + " patvirtino jų vertę. " + m(N, "Petrauskui") +
     " bus išmokėta premija."),
    ("minutes", "lv", False,
     "Sanāksmē " + m(N, "Jānis Bērziņš") + " ziņoja par projekta gaitu. " + m(N, "Ilze Ozola") + " ierosināja "
     "pagarināt termiņu. " + m(N, "Bērziņš") + " un " + m(N, "Kristaps") + " sagatavos jaunu plānu."),
    ("news", "ro", False,
     "Un tânăr din Suceava a salvat o bătrână dintr-o casă cuprinsă de flăcări. " + m(N, "Andrei Munteanu") +
     " a intrat pe geam și a scos-o pe " + m(N, "Floarea Ciobanu") + ". Fiica bătrânei, " + m(N, "Mihaela") +
     ", i-a mulțumit lui " + m(N, "Andrei") + "."),
    ("minutes", "ro", False,
     "La ședință, " + m(N, "Ioana Popescu-Vlad") + " a prezentat bugetul. " + m(N, "Radu") + " a cerut detalii, iar " +
     m(N, "Popescu-Vlad") + " va trimite un tabel. " + m(N, "Cătălin Dumitrescu") + " preia relația cu furnizorul."),
    ("news", "ru", False,
     "В Казани водитель автобуса " + m(N, "Рустам Хайруллин") + " помог пожилой пассажирке, которой стало плохо. "
     "По словам её дочери " + m(N, "Елены Смирновой") + ", " + m(N, "Рустам") + " сам вызвал скорую. Руководство "
     "наградило " + m(N, "Хайруллина") + " грамотой."),
    ("chat", "ru", False,
     "[12:01] " + m(N, "саша") + ": кто забирает ключи от дачи?" + NL +
     "[12:03] " + m(N, "Лёха") + ": я, но в субботу отдам их " + m(N, "Наташе") + NL +
     "[12:04] " + m(N, "саша") + ": ок, скажи " + m(N, "Игорю Петровичу") + ", что баня готова"),
    ("news", "uk", False,
     "У Львові волонтерка " + m(N, "Оксана Мельник") + " зібрала кошти на протези для ветерана " +
     m(N, "Тараса Гнатюка") + ". Допомогла їй подруга " + m(N, "Соломія") + ". " + m(N, "Тарас") +
     " подякував усім, хто долучився."),
    ("news", "sw", False,
     "Mwalimu " + m(N, "Neema Mwakalinga") + " wa Mbeya amewasaidia wanafunzi kumi kupata ufadhili. " +
     m(N, "Neema") + " alisema alisaidiwa na mumewe, " + m(N, "Baraka Mwakalinga") + ", na rafiki yake " +
     m(N, "Zawadi") + "."),
    ("letter", "ga", False,
     "A chairde, tá áthas orainn a fhógairt gur bhuaigh " + m(N, "Síle Ní Mhurchú") + " an comórtas amhránaíochta. "
     "Thug a deartháir " + m(N, "Cathal Ó Murchú") + " tacaíocht di ar an bhfidil. Buíochas freisin le " +
     m(N, "Máiréad") + " as an halla a ullmhú."),
    ("news", "id", False,
     "Seorang pengemudi ojek daring di Bandung mengembalikan tas berisi uang Rp50 juta. " + m(N, "Asep Saepudin") +
     " menemukan tas itu di jok motornya. Pemiliknya, " + m(N, "Dewi Ratnasari Wibowo") + ", berterima kasih kepada " +
     m(N, "Asep") + ". Istri " + m(N, "Asep") + ", " + m(N, "Nining") + ", ikut mengantar tas tersebut."),
]

# =====================================================================================================
# Realistic documents with the other types
# =====================================================================================================
cases += [
    ("ticket", "en", False,
     "[#CS-220917] Wrong delivery address / double charge" + NL +
     "Requester: " + m(E, "m.ferreira.costa@outlook.com") + NL + "Priority: High" + NL + NL +
     "Hi, I moved last month and the parcel went to my old flat. The new address is " +
     m(A, "Flat 3, 27 Mornington Crescent, London NW1 7RE") + ". Also the card " + m(C, "4532 0177 8204 3163") +
     " got charged twice (£64.99 each, 12 and 13 May). Best number to reach me is " + m(P, "07700 918 442") + "." + NL +
     "- " + m(N, "Mariana Ferreira Costa")),
    ("email", "en", False,
     "Hi both," + NL + NL +
     "Attaching the signed SOW. " + m(N, "Ngozi") + " will be your day-to-day contact from next week while I'm on "
     "leave; her direct line is " + m(P, "+44 20 7946 0318") + "." + NL + NL + "Cheers," + NL +
     m(N, "Callum Fraser-Whyte") + NL + "Senior Delivery Manager | Northlight Analytics" + NL +
     m(A, "Suite 4.02, 1 St Vincent Place, Glasgow G1 2DH") + NL +
     "m: " + m(P, "+44 7911 123 906") + " | " + m(E, "callum.fraserwhyte@northlight-analytics.co.uk")),
    ("chat", "en", False,
     "#infra-alerts" + NL +
     m(N, "dev_rohan") + ": can someone check why terraform plan fails on staging" + NL +
     m(N, "eilidh") + ": works for me with these, just use them for now" + NL +
     "AWS_ACCESS_KEY_ID=" + m(K, "AKIAA1JNSVRZAA41FA0S") + NL +
     "AWS_SECRET_ACCESS_KEY=" + m(K, "JSoKwXedmHh9xwnw/JWfHmX8urJLrs3ZJThcpfqe") + NL +
     m(N, "dev_rohan") + ": 🙏 thanks " + m(N, "eilidh")),
    ("config", "en", False,
     "# docker-compose.override.yml (local only)" + NL +
     "services:" + NL +
     "  api:" + NL +
     "    environment:" + NL +
     "      DATABASE_URL: " + m(U, "postgresql://orders_rw:Hq7%23pLz9vT2@10.12.4.31:5432/orders") + NL +
     "      STRIPE_SECRET: " + m(K, "sk_live_nSpNJS0Luna5E2iD37fuUZImSB6nzyke") + NL +
     "      HF_TOKEN: " + m(K, "hf_S6z16CgmVu4vx9YWzbgOBfO3oUyc1KGMCv") + NL +
     "      LOG_LEVEL: debug"),
    ("sql", "en", False,
     "-- restore of prod.customers, partial" + NL +
     "INSERT INTO customers (id, first_name, last_name, email, ssn, dob) VALUES" + NL +
     "(88120, '" + m(N, "Dwayne") + "', '" + m(N, "Kowalczyk-Reyes") + "', '" + m(E, "dkreyes77@yahoo.com") + "', '" +
     m(S, "621-07-4839") + "', '" + m(D, "1977-10-02") + "')," + NL +
     "(88121, '" + m(N, "Latoya") + "', '" + m(N, "Broussard") + "', '" + m(E, "latoya.broussard@gmail.com") + "', '" +
     m(S, "449-62-1187") + "', '" + m(D, "1990-04-17") + "')," + NL +
     "(88122, '" + m(N, "Thanh") + "', '" + m(N, "Vo") + "', '" + m(E, "thanhvo.sj@icloud.com") + "', '" +
     m(S, "372-19-8054") + "', '" + m(D, "1984-12-29") + "');"),
    ("json", "en", False,
     "{" + NL +
     "  \"traveller\": {" + NL +
     "    \"given_names\": \"" + m(N, "Oluwaseun Adebola") + "\"," + NL +
     "    \"surname\": \"" + m(N, "Akintola") + "\"," + NL +
     "    \"date_of_birth\": \"" + m(D, "1989-06-21") + "\"," + NL +
     "    \"passport\": {\"number\": \"" + m(ID, "A08734561") + "\", \"country\": \"NGA\", \"expiry\": \"2031-03-09\"}," + NL +
     "    \"mobile\": \"" + m(P, "+234 809 441 2750") + "\"" + NL +
     "  }," + NL +
     "  \"booking_ref\": \"QX7P2M\", \"fare_class\": \"Y\"" + NL + "}"),
    ("html", "en", False,
     "<form action=\"/rsvp\" method=\"post\">" + NL +
     "  <input name=\"name\" value=\"" + m(N, "Keisha Amankwah") + "\">" + NL +
     "  <input name=\"email\" type=\"email\" value=\"" + m(E, "keisha.amankwah@protonmail.com") + "\">" + NL +
     "  <input name=\"tel\" value=\"" + m(P, "(415) 555-0187") + "\">" + NL +
     "  <textarea name=\"address\">" + m(A, "1742 Oakwood Terrace, Apt 5B, Oakland, CA 94610") + "</textarea>" + NL +
     "  <button>Send</button>" + NL + "</form>"),
    ("log", "en", False,
     "2024-05-17T08:41:12Z sshd[2213]: Accepted publickey for deploy from " + m(IP, "203.78.114.9") + " port 51822" + NL +
     "2024-05-17T08:41:15Z dhcpd: DHCPACK on " + m(IP, "192.168.40.117") + " to " + m(MAC, "3c:22:fb:91:7a:0e") +
     " (MBP-7F2K) via eth1" + NL +
     "2024-05-17T08:42:03Z app[web.1]: login ok user=" + m(E, "anjali.venugopal@corp-mail.in") + " src=" +
     m(IP, "2a02:8108:1d40:3e7::4b1") + NL +
     "2024-05-17T08:42:04Z app[web.1]: GET /healthz 200 1.2ms"),
    ("csv", "en", False,
     "employee_no,name,ni_number,date_of_birth,postcode" + NL +
     "E1041," + m(N, "Rhiannon Pugh") + "," + m(ID, "JT 48 27 19 C") + "," + m(D, "14/08/1992") + ",CF24 3AA" + NL +
     "E1042," + m(N, "Kwesi Ampofo") + "," + m(ID, "NP 71 03 58 A") + "," + m(D, "03/01/1985") + ",LS6 2QX" + NL +
     "E1043," + m(N, "Agnieszka Dąbrowska") + "," + m(ID, "SK 22 94 60 D") + "," + m(D, "29/11/1979") + ",M14 5TL"),
    ("invoice", "en", False,
     "INVOICE 2024-017" + NL +
     "From: " + m(N, "Saoirse Kavanagh") + " (freelance translator)" + NL +
     m(A, "12 Ashfield Park, Terenure, Dublin 6W, D6W XK84") + NL +
     "To: Brightline Media Ltd" + NL + NL +
     "Translation EN>GA, 4,200 words ............ €630.00" + NL +
     "Payment within 14 days to IBAN " + m(I, "IE66 BOFI 9000 1748 3920 17") + " (BIC BOFIIE2D)." + NL +
     "Queries: " + m(E, "saoirse@kavanagh-translations.ie") + " · PPSN " + m(ID, "6431287G")),
    ("booking", "en", False,
     "BOOKING CONFIRMED - Ref HX-449102" + NL +
     "Lead guest: " + m(N, "Arash Farahani") + NL +
     "Passport: " + m(ID, "K83647129") + " (IRN)   DOB: " + m(D, "07 SEP 1981") + NL +
     "Second guest: " + m(N, "Shirin Farahani") + NL +
     "Check-in 12 Jul, check-out 19 Jul, Sea View Double" + NL +
     "Contact: " + m(P, "+98 912 318 4407") + " / " + m(E, "arash.farahani81@gmail.com")),
    ("form", "en", False,
     "APPLICANT INFORMATION" + NL +
     "Name: " + m(N, "Tyrone B. Whitaker") + "   SSN: " + m(S, "233-81-6604") + NL +
     "Date of birth: " + m(D, "March 3, 1968") + NL +
     "Driver's license: " + m(ID, "D4827193") + " (CA)" + NL +
     "Current address: " + m(A, "4410 W Slauson Ave, Los Angeles, CA 90043") + NL +
     "Previous employer: Pacific Coast Freight, 2015-2023"),
    ("code", "en", False,
     "# ~/.npmrc" + NL + "//registry.npmjs.org/:_authToken=" + m(K, "npm_8pkCDxaBnJApusnirxDMOVrTnezIeGpX8cLa") + NL + NL +
     "# .git/config" + NL + "[remote \"origin\"]" + NL +
     "\turl = " + m(U, "https://ci-bot:ghp_4RKDcIWlQuIMr7JA6QR5jsbtpf8v63rtWyC9@github.com/acme-retail/pricing-engine.git") + NL +
     "\tfetch = +refs/heads/*:refs/remotes/origin/*"),
    ("config", "en", False,
     "apiVersion: v1" + NL + "kind: Secret" + NL + "metadata:" + NL + "  name: payments-db" + NL +
     "stringData:" + NL +
     "  username: payments_svc" + NL +
     "  password: \"" + m(K, "VO8O&d1CCt0%nUfq#aUY") + "\"" + NL +
     "  redis-url: \"" + m(U, "redis://default:KKSJcey1cOTLqG@10.40.2.15:6379/0") + "\"" + NL +
     "  slack-webhook-token: \"" + m(K, "xoxb-182466895030-0088114866785-YX8qsmD2VaL1IO1cI2e3OWtT") + "\""),
    ("config", "en", False,
     "interface GigabitEthernet0/1" + NL +
     " description uplink-to-core" + NL +
     " ip address " + m(IP, "172.20.14.1") + " 255.255.255.0" + NL + "!" + NL +
     "arp " + m(IP, "172.20.14.52") + " " + m(MAC, "0026.cb3f.91a2") + " ARPA" + NL +
     "wlan guest" + NL + " ssid CORNER-CAFE" + NL + " wpa-psk ascii " + m(K, "KCLEo3IDCzrwdoJ0") + NL +
     "! printer " + m(MAC, "F4-5C-89-AB-12-7D")),
    ("log", "en", False,
     m(IP, "81.152.44.203") + " - - [17/May/2024:10:15:32 +0000] \"POST /api/v2/session HTTP/1.1\" 200 512" + NL +
     "Authorization: Bearer " + m(K, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAidV84ODIxMyIsICJyb2xlIjogImFkbWluIiwgImV4cCI6IDE3NjcyMjU2MDB9.blp2H9rcSbP42gfpuoe3QFnyb0xbL3uETVWCfvL5fVo") + NL +
     "X-Forwarded-For: " + m(IP, "81.152.44.203") + NL +
     "X-Request-Id: 40b8b553-7554-41a9-8633-28de0e8e0aac"),
    ("ticket", "en", False,
     "Subject: Can't log in after password reset" + NL + NL +
     "hey, it's " + m(N, "Bongani") + " from the Durban office. After the reset this morning my new password is " +
     m(K, "Ubuntu#Durban2024!") + " but the portal says invalid. my ID number is " + m(ID, "8507125031084") +
     " if you need to verify me, cell " + m(P, "+27 82 614 3390") + ". thanks"),
    ("form", "en", False,
     "KYC - Individual" + NL +
     "Full name (as on Aadhaar): " + m(N, "Shreya Raghunathan") + NL +
     "Aadhaar: " + m(ID, "4827 1903 5644") + NL + "PAN: " + m(ID, "BVQPR4821M") + NL +
     "DOB: " + m(D, "11-02-1994") + NL + "Mobile: " + m(P, "+91 98450 21763") + NL +
     "Address: " + m(A, "No. 14, 3rd Cross, Malleswaram, Bengaluru 560003")),
]

cases += [
    ("form", "de", False,
     "Personalbogen – Neueinstellung" + NL +
     "Name, Vorname: " + m(N, "Yılmaz-Schröder, Derya") + NL +
     "Geburtsdatum: " + m(D, "23.06.1991") + NL +
     "Anschrift: " + m(A, "Lindenstraße 48a, 04107 Leipzig") + NL +
     "Steuer-ID: " + m(ID, "47293817562") + NL +
     "Bankverbindung: " + m(I, "DE44 5001 0517 5407 3249 31") + NL +
     "Telefon: " + m(P, "0341 98 27 514")),
    ("email", "de", False,
     "Hallo Frau " + m(N, "Reinholz") + "," + NL + NL +
     "anbei wie besprochen die Unterlagen zur Wohnung in der " + m(A, "Schillerstraße 12, 3. OG links, 28203 Bremen") +
     ". Die Kaution überweisen Sie bitte auf " + m(I, "DE31 1203 0000 1058 2736 49") + ". Bei Fragen erreichen Sie mich "
     "unter " + m(P, "+49 171 2093 884") + "." + NL + NL + "Viele Grüße" + NL + m(N, "Wolfgang Ehrlicher") + NL +
     m(E, "w.ehrlicher@ehrlicher-immobilien.de")),
    ("form", "de", False,
     "Versicherungsnummer (SVNR): " + m(ID, "1286 140379") + NL +
     "Versicherte Person: " + m(N, "Magdalena Hofbauer") + ", geb. " + m(D, "14.03.1979") + NL +
     "Wohnadresse: " + m(A, "Kaiserstraße 17/5, 1070 Wien") + NL +
     "Kontoverbindung: " + m(I, "AT28 2011 1829 3746 5012")),
    ("email", "de", False,
     "Grüezi " + m(N, "Reto") + NL + NL +
     "Für die Lohnabrechnung brauche ich noch deine AHV-Nummer, ich habe " + m(ID, "756.9214.3058.73") + " notiert – "
     "stimmt das? Lohn geht weiterhin auf " + m(I, "CH81 0483 5018 4726 1930") + "." + NL + NL + "Gruess" + NL +
     m(N, "Corinne")),
    ("form", "fr", False,
     "Dossier d'inscription" + NL +
     "Nom : " + m(N, "Benhamou") + "   Prénom : " + m(N, "Sarah") + NL +
     "Né(e) le : " + m(D, "14/03/1985") + " à Paris" + NL +
     "N° de sécurité sociale : " + m(ID, "2 85 03 75 116 042 33") + NL +
     "Adresse : " + m(A, "18 rue des Acacias, 69003 Lyon") + NL +
     "RIB : " + m(I, "FR61 3000 3021 8700 0502 6914 E42") + NL +
     "Courriel : " + m(E, "sarah.benhamou@laposte.net")),
    ("sms", "fr", False,
     "Coucou c'est " + m(N, "Loïc") + ", nouveau numéro : " + m(P, "06 74 21 88 09") + ". Tu peux me renvoyer le code "
     "wifi du chalet ? Je crois que c'était " + m(K, "Marmotte!74Chamonix") + " mais ça marche pas"),
    ("form", "es", False,
     "SOLICITUD DE ALTA" + NL +
     "Titular: " + m(N, "Ainara Etxeberria Goikoetxea") + " — DNI " + m(ID, "48217563H") + NL +
     "Cotitular: " + m(N, "Ibrahima Sow") + " — NIE " + m(ID, "X4217395T") + NL +
     "Domicilio: " + m(A, "Calle de Ercilla 24, 3.º izq., 48011 Bilbao") + NL +
     "Cuenta de cargo: " + m(I, "ES53 0182 2370 4202 0153 8761") + NL +
     "Teléfono: " + m(P, "+34 644 219 307")),
    ("email", "es", False,
     "Hola " + m(N, "Rodrigo") + "," + NL + NL + "Te paso los datos de mi hermana para el contrato: " +
     m(N, "Rosa González Martínez") + ", CURP " + m(ID, "GOMR850314MDFNRS08") + ", nacida el " + m(D, "14 de marzo de 1985") +
     ". Vive en " + m(A, "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México") + "." + NL + NL +
     "Saludos," + NL + m(N, "Lupita")),
    ("form", "es", False,
     "Ficha paciente – Clínica Los Andes" + NL + "Nombre: " + m(N, "Matías Ignacio Fuenzalida Rojas") + NL +
     "RUT: " + m(ID, "16.842.375-6") + NL + "Fecha nac.: " + m(D, "02-11-1987") + NL + "Fono: " + m(P, "+56 9 8231 4470") + NL +
     "Previsión: Fonasa B"),
    ("form", "it", False,
     "MODULO DI ADESIONE" + NL +
     "Cognome e nome: " + m(N, "Bianchi Giulia") + NL +
     "Codice fiscale: " + m(ID, "BNCGLI90D52F205T") + NL +
     "Data di nascita: " + m(D, "12/04/1990") + " – Milano" + NL +
     "Residenza: " + m(A, "Via Carlo Farini 37, 20159 Milano") + NL +
     "IBAN per addebito: " + m(I, "IT51 B030 6909 6061 0000 0063 418") + NL +
     "Cellulare: " + m(P, "+39 347 882 1945")),
    ("chat", "pt", False,
     "[14:22] " + m(N, "Larissa") + ": amor me manda teu cpf pra eu fechar a compra" + NL +
     "[14:25] " + m(N, "Diego") + ": " + m(ID, "418.273.950-79") + NL +
     "[14:25] " + m(N, "Diego") + ": entrega na " + m(A, "Rua Domingos de Morais 2187, ap 54, Vila Mariana, São Paulo - SP, 04035-000") + NL +
     "[14:26] " + m(N, "Larissa") + ": blz, e o cartão? o final 9306 né" + NL +
     "[14:27] " + m(N, "Diego") + ": isso, " + m(C, "2223 0041 7658 9306") + " validade 08/29"),
    ("form", "pt", False,
     "Requerimento – Junta de Freguesia de Arroios" + NL +
     "Nome: " + m(N, "Tiago Miguel Carvalho Antunes") + NL + "NIF: " + m(ID, "238567192") + NL +
     "Morada: " + m(A, "Rua Morais Soares 95, 2.º Dto, 1900-339 Lisboa") + NL +
     "IBAN: " + m(I, "PT76 0035 0651 0000 8273 5401 2") + NL +
     "Telemóvel: " + m(P, "912 448 307")),
    ("email", "nl", False,
     "Beste " + m(N, "Joris") + "," + NL + NL +
     "Hierbij mijn gegevens voor de loonadministratie. BSN: " + m(ID, "734901252") + ", rekeningnummer " +
     m(I, "NL98 RABO 0314 7288 56") + ". Mijn nieuwe adres is " + m(A, "Van Ostadestraat 212-III, 1073 TN Amsterdam") +
     "." + NL + NL + "Groet," + NL + m(N, "Esmée van den Bosch") + NL + m(P, "06-41873920")),
    ("form", "nl", False,
     "Inschrijving sportclub – België" + NL +
     "Naam: " + m(N, "Wouter Claeys") + NL + "Rijksregisternummer: " + m(ID, "87.06.23-157.52") + NL +
     "Adres: " + m(A, "Kortrijksesteenweg 301, 9000 Gent") + NL +
     "Lidgeld via " + m(I, "BE66 0014 3258 7643") + NL + "GSM: " + m(P, "0476 28 19 44")),
    ("form", "pl", False,
     "Wniosek o kartę biblioteczną" + NL +
     "Imię i nazwisko: " + m(N, "Magdalena Wójcik-Sobczak") + NL +
     "PESEL: " + m(ID, "85071412341") + NL +
     "Adres: " + m(A, "ul. Józefa Dietla 64/12, 31-039 Kraków") + NL +
     "Telefon: " + m(P, "+48 601 274 883") + NL +
     "E-mail: " + m(E, "magda.wojcik.sobczak@wp.pl")),
    ("email", "pl", False,
     "Dzień dobry," + NL + NL + "proszę o zwrot kaucji na konto " + m(I, "PL70 2490 2000 0515 8746 1002 7730") +
     ". Lokal przy " + m(A, "ul. Piotrkowskiej 118 m. 7 w Łodzi") + " oddałem 30 kwietnia." + NL + NL +
     "Z poważaniem" + NL + m(N, "Krzysztof Jabłoński")),
    ("form", "cs", False,
     "Přihláška k pojištění" + NL + "Jméno: " + m(N, "Tereza Kučerová") + NL +
     "Rodné číslo: " + m(ID, "785908/1120") + NL + "Bydliště: " + m(A, "Vinohradská 1233/48, 120 00 Praha 2") + NL +
     "Účet: " + m(I, "CZ10 2700 0000 0019 2837 4650") + NL + "Tel.: " + m(P, "+420 603 118 724")),
    ("email", "fi", False,
     "Hei " + m(N, "Pirjo") + "," + NL + NL + "tässä tiedot palkanmaksua varten: henkilötunnus " + m(ID, "130289-4737") +
     ", tili " + m(I, "FI67 4055 0012 8346 79") + ". Osoite on " + m(A, "Hämeenkatu 14 B 22, 33100 Tampere") + "." + NL + NL +
     "Terveisin" + NL + m(N, "Jere Mäkelä")),
    ("sms", "sv", False,
     "Hej! Det är " + m(N, "Alva") + " från Vårdcentralen Årsta. Vi behöver ditt personnummer för remissen – vi har " +
     m(ID, "19760412-3583") + ", stämmer det? Ring " + m(P, "08-527 193 40") + " om något är fel."),
    ("form", "nb", False,
     "Søknad om barnehageplass" + NL + "Barnets navn: " + m(N, "Selma Aasheim") + NL +
     "Forelder: " + m(N, "Vegard Aasheim") + ", fødselsnummer " + m(ID, "15088249337") + NL +
     "Adresse: " + m(A, "Thereses gate 41, 0354 Oslo") + NL + "Konto for refusjon: " + m(I, "NO49 1503 5617 824") + NL +
     "Mobil: " + m(P, "+47 412 88 305")),
    ("form", "da", False,
     "Tilmelding – Aftenskole" + NL + "Navn: " + m(N, "Lone Skovgaard Holm") + NL + "CPR-nr.: " + m(ID, "140592-1738") + NL +
     "Adresse: " + m(A, "Jægersborggade 9, 1. th., 2200 København N") + NL + "Konto: " + m(I, "DK76 3000 0012 7485 91") + NL +
     "Tlf.: " + m(P, "+45 28 91 46 07")),
    ("email", "is", False,
     "Sæl " + m(N, "Gunnar") + "," + NL + NL + "kennitalan mín er " + m(ID, "120389-3439") + " og reikningurinn " +
     m(I, "IS57 0301 2622 0789 4410 8402 19") + ". Heimilisfang: " + m(A, "Laugavegur 87, 101 Reykjavík") + "." + NL + NL +
     "Kveðja," + NL + m(N, "Hrafnhildur")),
    ("form", "hu", False,
     "Jelentkezési lap" + NL + "Név: " + m(N, "Farkas Réka") + NL + "Születési idő: " + m(D, "1979. augusztus 21.") + NL +
     "TAJ szám: " + m(ID, "038 172 643") + NL + "Adóazonosító jel: " + m(ID, "8411393542") + NL +
     "Lakcím: " + m(A, "1072 Budapest, Akácfa utca 22. 3/8") + NL + "Bankszámla: " + m(I, "HU71 1040 3003 0000 0000 8765 4321")),
    ("form", "el", False,
     "ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ" + NL + "Ονοματεπώνυμο: " + m(N, "Αικατερίνη Μαυρίδου") + NL + "ΑΜΚΑ: " + m(ID, "12038407321") + NL +
     "Ημ. γέννησης: " + m(D, "12/03/1984") + NL + "Διεύθυνση: " + m(A, "Εγνατίας 112, 54630 Θεσσαλονίκη") + NL +
     "IBAN: " + m(I, "GR15 0140 2040 2040 0232 0817 496") + NL + "Κινητό: " + m(P, "+30 694 812 3375")),
    ("chat", "tr", False,
     m(N, "Elif") + ": kargo için bilgilerini atar mısın" + NL +
     m(N, "Cem") + ": " + m(N, "Cem Yalçınkaya") + ", TC " + m(ID, "38472619550") + NL +
     m(N, "Cem") + ": " + m(A, "Bağdat Cad. No: 214 D: 9, Caddebostan, 34728 Kadıköy/İstanbul") + NL +
     m(N, "Cem") + ": ödeme için IBAN " + m(I, "TR47 0001 2009 4520 0058 0019 34") + NL +
     m(N, "Elif") + ": tamam, numaran hâlâ " + m(P, "0532 417 28 90") + " mı?"),
    ("form", "ro", False,
     "Cerere de înscriere" + NL + "Nume: " + m(N, "Ionescu Alexandru-Mihai") + NL + "CNP: " + m(ID, "1890712405377") + NL +
     "Domiciliu: " + m(A, "Str. Lizeanu nr. 45, bl. 3, ap. 12, București, sector 2") + NL +
     "Cont: " + m(I, "RO58 BTRL 0130 1205 N619 34XX") + NL + "Telefon: " + m(P, "0722 481 396")),
    ("form", "bg", False,
     "Заявление" + NL + "Име: " + m(N, "Десислава Петрова Георгиева") + NL + "ЕГН: " + m(ID, "7506124437") + NL +
     "Адрес: " + m(A, "ул. „Шипка“ 34, ет. 2, 1504 София") + NL + "Банкова сметка: " + m(I, "BG80 BNBG 9661 1020 3456 78") + NL +
     "Тел.: " + m(P, "+359 88 712 3490")),
    ("email", "et", False,
     "Tere " + m(N, "Kadri") + "!" + NL + NL + "Minu isikukood on " + m(ID, "48806124212") + " ja arveldusarve " +
     m(I, "EE98 1010 2201 8743 6019") + ". Aadress: " + m(A, "Tartu mnt 52-14, 10115 Tallinn") + "." + NL + NL +
     "Parimat," + NL + m(N, "Liis Tamm-Saar")),
    ("form", "lt", False,
     "Prašymas" + NL + "Vardas, pavardė: " + m(N, "Mantas Jankauskas") + NL + "Asmens kodas: " + m(ID, "39107230516") + NL +
     "Adresas: " + m(A, "Savanorių pr. 178-21, LT-03154 Vilnius") + NL + "Sąskaita: " + m(I, "LT22 7300 0101 4738 2915")),
]

cases += [
    ("form", "zh", False,
     "快递单" + NL + "收件人：" + m(N, "黄佳琪") + NL + "电话：" + m(P, "138 2716 4093") + NL +
     "地址：" + m(A, "广东省深圳市南山区科技南十二路18号3栋1502") + NL +
     "身份证号：" + m(ID, "440304199203086727") + NL + "备注：放门口即可"),
    ("chat", "zh", False,
     m(N, "老王") + "：把你支付宝登录密码发我一下，我帮你改绑" + NL +
     m(N, "阿杰") + "：" + m(K, "jie_88Qz!shz") + NL +
     m(N, "老王") + "：收到，手机号还是" + m(P, "+86 186 0217 5384") + "吧？"),
    ("form", "ko", False,
     "회원 가입 신청서" + NL + "성명: " + m(N, "정하윤") + NL + "주민등록번호: " + m(ID, "900812-1234564") + NL +
     "연락처: " + m(P, "010-4827-3915") + NL + "주소: " + m(A, "서울특별시 마포구 와우산로 94, 302호") + NL +
     "이메일: " + m(E, "hayoon.jung@naver.com")),
    ("form", "ja", False,
     "【申込書】" + NL + "氏名：" + m(N, "渡辺 結衣") + NL + "生年月日：" + m(D, "1993年5月18日") + NL +
     "個人番号：" + m(ID, "437081295645") + NL + "住所：" + m(A, "〒150-0041 東京都渋谷区神南1丁目19-11 パークウェースクエア2 403号") + NL +
     "電話：" + m(P, "090-3412-8857")),
    ("form", "he", False,
     "טופס הרשמה" + NL + "שם מלא: " + m(N, "נועה בן-דוד") + NL + "מספר זהות: " + m(ID, "318472651") + NL +
     "כתובת: " + m(A, "רחוב הרצל 27, דירה 4, חיפה") + NL + "טלפון: " + m(P, "052-718-4406")),
    ("form", "fa", False,
     "فرم ثبت‌نام" + NL + "نام و نام خانوادگی: " + m(N, "سارا مقدم") + NL + "کد ملی: " + m(ID, "004-218739-7") + NL +
     "تاریخ تولد: " + m(D, "۱۳۶۹/۰۴/۱۲") + NL + "تلفن همراه: " + m(P, "0912 418 7730") + NL +
     "نشانی: " + m(A, "تهران، خیابان شریعتی، کوچه یاس، پلاک ۱۴، واحد ۳")),
    ("email", "ar", False,
     "مرحباً " + m(N, "خالد") + "،" + NL + NL + "أرسل لك بيانات التحويل: الآيبان " + m(I, "SA28 1500 0608 0101 7483 9201") +
     " باسم " + m(N, "عبدالله محمد القحطاني") + ". للتواصل: " + m(P, "+966 55 481 2290") + "." + NL + NL +
     "مع التحية،" + NL + m(N, "عبدالله")),
    ("medical", "en", False,
     "Referral letter" + NL + NL +
     "Re: " + m(N, "Thandiwe Mokoena") + ", DOB " + m(D, "04/07/1958") + ", NHS no. " + m(ID, "602 318 9474") + NL + NL +
     "I would be grateful if you could see this 65-year-old lady with worsening breathlessness. Her daughter " +
     m(N, "Lerato") + " usually accompanies her and can be reached on " + m(P, "07962 330 481") + ". She lives at " +
     m(A, "9 Beechcroft Road, Sheffield S7 1QP") + "." + NL + NL + m(N, "Sunil Mehra-Gill") + ", GP"),
    ("chat", "en", False,
     "[09:58] " + m(N, "tomasz.k") + ": prod db is refusing connections, which creds are you using" + NL +
     "[09:59] " + m(N, "yuki") + ": " + m(U, "mongodb+srv://analytics:Pz7mQ2wL9xTe@cluster0.x8fk2.mongodb.net/reports") + NL +
     "[09:59] " + m(N, "tomasz.k") + ": that's the old cluster. " + m(N, "Yuki") + " pls delete that msg" + NL +
     "[10:00] " + m(N, "yuki") + ": oops. also " + m(N, "Imran") + " said the GitLab token is " + m(K, "glpat-o-iw4sYv7ckV4WP5Z9l1") +
     " but I haven't tried it"),
    ("news", "en", False,
     "Fraud trial, day three. The jury heard that " + m(N, "Graham Pettigrew") + ", born " + m(D, "19 October 1971") +
     ", opened accounts in the name of his neighbour " + m(N, "Ruth Abernethy") + " using her passport number, " +
     m(ID, "533418907") + ", which he had copied while helping her renew it. " + m(N, "Abernethy") + " only found out "
     "when a debt collector knocked on her door at " + m(A, "22 Hawthorn Close, Kettering") + "."),
    ("csv", "de", False,
     "Mitgliedsnr;Name;Geburtsdatum;IBAN;E-Mail" + NL +
     "1017;" + m(N, "Karin Oberlechner") + ";" + m(D, "02.09.1958") + ";" + m(I, "AT61 1904 3002 3457 3201") + ";" + m(E, "k.oberlechner@aon.at") + NL +
     "1018;" + m(N, "Emre Aydoğan") + ";" + m(D, "17.12.1994") + ";" + m(I, "DE61 7601 0085 0293 8475 61") + ";" + m(E, "emre.aydogan94@gmx.de") + NL +
     "1019;" + m(N, "Vesna Kovačević") + ";" + m(D, "30.05.1987") + ";" + m(I, "HR88 2360 0001 1028 4756 1") + ";" + m(E, "vesna.kovacevic@t-online.de")),
    ("json", "en", False,
     "{\"event\":\"payment.failed\",\"customer\":{\"name\":\"" + m(N, "Beatriz Arruda") + "\",\"email\":\"" +
     m(E, "bia.arruda@uol.com.br") + "\"},\"card\":{\"pan\":\"" + m(C, "5521740933681207") + "\",\"exp\":\"11/27\"},"
     "\"ip\":\"" + m(IP, "177.38.215.4") + "\",\"device\":\"" + m(MAC, "a4:83:e7:1c:5f:02") + "\",\"amount\":18990}"),
    ("email", "en", False,
     "Hi " + m(N, "Deepa") + "," + NL + NL + "Thanks for processing the refund. For the record the Amex I used was " +
     m(C, "3790 123456 78906") + " and the JCB for the second booking was " + m(C, "3530 1189 3204 8179") + "." + NL + NL +
     "Best," + NL + m(N, "Kenji Matsuda-Clarke") + NL + m(P, "+1 604 555 0149")),
    ("form", "en", False,
     "UK driving licence check" + NL + "Licence number: " + m(ID, "OKPAR805146C99KL") + NL + "Holder: " +
     m(N, "Chinonso Okpara") + NL + "Date of birth: " + m(D, "14.05.1986") + NL + "Address on licence: " +
     m(A, "58 Coldharbour Lane, London SE5 9PR")),
    ("email", "en", False,
     "Hi " + m(N, "Vikram") + ", quick one: the consulate wants my Chinese passport number and ID again. Passport " +
     m(ID, "EH4821937") + ", resident ID " + m(ID, "110105198507162439") + ". I was born on " + m(D, "16 July 1985") +
     " in Beijing, in case they ask. Thanks! " + m(N, "Xiaoyu")),
]

# =====================================================================================================
# Hard negatives: capitalised non-person words, brand/company/place names with surnames, number-heavy text
# =====================================================================================================
cases += [
    ("prose", "en", True,
     "We finally replaced the old Bosch dishwasher with a Miele, and the Dyson gave up the same week, so it was an "
     "expensive month. The Siemens oven is still going strong after eleven years. Next on the list is a Kärcher for "
     "the patio and a Stihl trimmer for the hedge."),
    ("procurement", "en", True,
     "Pipes were supplied by Van Leeuwen Buizen, fittings by Georg Fischer Piping Systems, and the pumps by Grundfos. "
     "Catering for the opening was ordered from Albert Heijn and Jan Linders, and the banners were printed by "
     "Drukkerij Van der Weij."),
    ("news", "en", True,
     "Storm Ciarán brought gusts of 90 mph to the Channel Islands, a week after Storm Babet flooded parts of Angus. "
     "Forecasters expect the next named system to be called Debi. Meanwhile Hurricane Beryl weakened over Jamaica."),
    ("ci", "en", True,
     "Jenkins failed on the nightly job again, so we moved the pipeline to GitHub Actions and kept Travis only for the "
     "legacy Ruby gems. Jasmine tests pass, Cassandra migrations are green, and Gerrit reviews are now mandatory "
     "before anything reaches Django admin."),
    ("medical", "en", True,
     "Switched from Xarelto to Eliquis 5 mg twice daily after the bleed. Continue Metformin 500 mg and Lyrica at night. "
     "Stop Ibuprofen. History of Hashimoto's thyroiditis and Crohn's disease, both stable. Review in six weeks."),
    ("menu", "en", True,
     "BRUNCH MENU" + NL + "Eggs Benedict ........ 11.50" + NL + "Caesar Salad ......... 9.00" + NL +
     "Beef Wellington (Sunday only) ........ 24.00" + NL + "Peach Melba ......... 6.50" + NL + "Pavlova ......... 6.50" + NL +
     "Cocktails: Tom Collins, Harvey Wallbanger, Bloody Mary, Moscow Mule"),
    ("reading", "en", True,
     "Summer reading list for Year 10: Rebecca, Emma, Jane Eyre, Silas Marner, Matilda (for the younger siblings), "
     "Of Mice and Men, and Things Fall Apart. Copies of Rebecca are in the library annexe."),
    ("directions", "en", True,
     "From the station, walk up Victoria Street past the Wellington Arms, turn right at the Duke of York onto "
     "Elizabeth Road, and the hall is opposite St Bartholomew's church, next to Morrisons."),
    ("changelog", "en", True,
     "## 4.12.3 (2024-03-15)" + NL + "- Bump netty from 4.1.107 to 4.1.108" + NL +
     "- Fix regression introduced in 4.12.0 (#8831)" + NL + "- Windows build 10.0.19045.3803 now supported" + NL +
     "- Firmware 2.4.11.7 for the HX-200 controller" + NL + "- Drop support for Node 16"),
    ("shipping", "en", True,
     "Your order 204-7718392-5521764 has shipped. Tracking: 1Z 4F8 E73 03 9281 6617. Parcel 2 of 3, weight 4.2 kg. "
     "Estimated delivery Thursday 16 May between 08:00 and 12:00. Return authorisation RMA-2024-0099173."),
    ("docs", "en", True,
     "To authenticate, export your key before running the CLI:" + NL + NL +
     "    export ACME_API_KEY=<your-api-key>" + NL +
     "    export ACME_SECRET=YOUR_SECRET_HERE" + NL + NL +
     "Never hard-code credentials; read them from the environment, e.g. os.environ[\"ACME_API_KEY\"]. "
     "The password field is shown as ******** in the console."),
    ("company", "en", True,
     "The company was born on 4 May 2011 in a garage in Leeds and incorporated on 1 September 2012. It moved to "
     "Manchester in March 2016 and listed on AIM on 21 June 2021."),
    ("office", "en", True,
     "Will the bill be ready by Friday? Mark the invoice as paid once it arrives. Rose prices are up again for May. "
     "Grace period ends on the 30th. Sue the supplier only as a last resort. Pat the dough gently before shaping it."),
    ("sports", "en", True,
     "Saturday results: Aston Villa 2-1 Crystal Palace, Hamilton Academical 0-0 Ross County, St Johnstone 3-1 "
     "Partick Thistle, Queens Park Rangers 1-2 Preston North End, Forest Green Rovers 1-1 Harrogate Town."),
    ("travel", "en", True,
     "Our road trip went Charlotte, then Jackson, then Austin, with a detour through Eugene and Madison on the way back. "
     "We flew out of Santa Barbara and changed in Victoria before landing in Adelaide."),
    ("prose", "en", True,
     "Referrals go to Addenbrooke's Hospital for cardiology and to Great Ormond Street for paediatrics. Guy's and "
     "St Thomas' handles the renal cases, and the Marsden takes oncology."),
    ("finance", "en", True,
     "Advisers on the deal were Morgan Stanley and Goldman Sachs, with Clifford Chance and Allen & Overy as legal "
     "counsel. Retail partners include John Lewis, Marks & Spencer and Sainsbury's."),
    ("lab", "en", True,
     "Inventory: 12 Erlenmeyer flasks (250 ml), 40 Petri dishes, 2 Bunsen burners, 1 Geiger counter, Pasteur pipettes "
     "(box of 500). Order 7740-B from Fisher Scientific arrives on Tuesday."),
    ("code", "en", True,
     "def connect():" + NL +
     "    user = os.getenv(\"DB_USER\")" + NL +
     "    password = os.getenv(\"DB_PASSWORD\")" + NL +
     "    url = f\"postgresql://{user}:{password}@{host}:5432/app\"" + NL +
     "    return create_engine(url)  # see README for DATABASE_URL format"),
    ("json", "en", True,
     "{\"name\": \"payments-service\", \"version\": \"3.14.1\", \"dependencies\": {\"express\": \"^4.19.2\", "
     "\"jsonwebtoken\": \"9.0.2\"}, \"engines\": {\"node\": \">=18.17.0\"}, \"sha\": \"a9c87ce4e4fcd296a165f2be42b131ec42a44370\"}"),
    ("ships", "en", True,
     "Vessels expected in Rotterdam this week: Ever Alot, MSC Irina, Madrid Maersk, ONE Apus (delayed), "
     "and the feeder Helena Schepers. The ferry Stena Hollandica is back in service after dry dock."),
    ("app", "en", True,
     "Ask Alexa to turn off the lights, or say \"Hey Siri\" on your phone. Cortana is no longer supported. The "
     "Julia notebook and the Ada compiler are pre-installed, along with Pascal and Elixir."),
    ("recipe", "en", True,
     "Tonight: General Tso's chicken, Caesar salad on the side, and Eggs Florentine for tomorrow. If you prefer, swap in "
     "Shepherd's pie. Dessert is Crêpes Suzette or Pavlova."),
    ("numbers", "en", True,
     "ISBN 978-0-14-044913-6, 3rd edition, 512 pp. Catalogue no. 8821-447-019. EAN 5 012345 678900. Sold out in "
     "the Birmingham store; 14 copies in stock in Bristol."),
    ("stats", "en", True,
     "Q3 revenue: 4,412,905.17 GBP (+12.4%). Churn 3.2%. Average order value 64.99. Ticket volume 18,204, "
     "median response 02:14:09. Uptime 99.982% over 2,208 hours."),
    ("placeholder", "en", True,
     "Example request:" + NL + "curl -u USERNAME:PASSWORD https://api.example.com/v1/items" + NL +
     "Replace USERNAME and PASSWORD with your own values. The sample card 4111 XXXX XXXX XXXX shown in the "
     "screenshot is masked and cannot be charged."),

    # ---------------------------------------------------------------- other languages
    ("prose", "de", True,
     "Der Koch stritt mit dem Bauer, und der Müller mischte sich ein. Der Fischer sah vom Steg aus zu, während der "
     "Schmied seine Werkstatt schloss. Am Ende kaufte der Wirt das Mehl beim Nachbarn."),
    ("prose", "de", True,
     "Zum Geburtstag der Firma gab es Haribo für alle, Dr. Oetker Pudding in der Kantine und eine Torte von der "
     "Konditorei am Karl-Marx-Platz. Das Werk von Bosch in Feuerbach feiert nächstes Jahr."),
    ("invoice", "de", True,
     "Bestellnummer 4711-2024-08817, Artikelnummer 100.223.45, Sendungsnummer 00340434161094027318. Lieferdatum "
     "12.06.2024, Rechnungsdatum 10.06.2024. Aktenzeichen 3 O 217/23. Version 2.18.4 der Software ist installiert."),
    ("prose", "fr", True,
     "Avril a été pluvieux, Juin s'annonce chaud. Le Boulanger du coin ferme en août. Au dessert : crêpes Suzette, "
     "pêche Melba, Paris-Brest et un Saint-Honoré. Rendez-vous place de la Bastille puis rue de Rivoli."),
    ("prose", "fr", True,
     "La flotte de l'entreprise compte des Peugeot 308, des Renault Mégane et quelques Citroën Berlingo, tous "
     "équipés de pneus Michelin. Les uniformes viennent de chez Lacoste, les montres de chez Hermès."),
    ("docs", "fr", True,
     "Pour vous connecter, saisissez votre identifiant et votre mot de passe (par exemple : ******). Le jeton "
     "d'accès se trouve dans la variable ${API_TOKEN}. Version 5.2.0 du 03/02/2024."),
    ("prose", "es", True,
     "¡Socorro!, gritó alguien desde el andén. Los remedios caseros no aliviaban los dolores, y el médico dijo que "
     "solo quedaba esperar un milagro. Consuelo no hubo. Amparo tampoco: el Tribunal inadmitió el recurso de Amparo."),
    ("prose", "es", True,
     "Compramos un Mercedes de segunda mano en Santander, lo pagamos con tarjeta de El Corte Inglés y paramos a "
     "comer en Mercadona. Después fuimos a Rosario de la Frontera y a Villa Dolores."),
    ("prose", "it", True,
     "A pranzo pizza Margherita e saltimbocca alla romana, poi caffè Lavazza in una Bialetti. La Ferrari è tornata "
     "in fabbrica, le gomme sono Pirelli. Martedì e Giovedì il Caffè Florian apre alle otto."),
    ("prose", "it", True,
     "Birra Moretti, Peroni e un Martini come aperitivo; poi carpaccio, vitello tonnato e una Nutella della Ferrero "
     "per i bambini. Ci vediamo in Piazza del Popolo, davanti a Via Roma."),
    ("prose", "pt", True,
     "Comprei a geladeira na Magazine Luiza e o sofá nas Casas Bahia. Depois fui ao Pão de Açúcar da Rua Augusta, "
     "esquina com a Oscar Freire, e voltei pela Avenida Paulista."),
    ("prose", "pt", True,
     "A Jerónimo Martins abriu mais três lojas no Algarve. Em Santa Catarina e no Espírito Santo o calor bateu "
     "recordes. Vila Real de Santo António e São João da Madeira são agora ligadas por autocarro."),
    ("prose", "nl", True,
     "Bij de Hema gehaald, koffie van Douwe Egberts, cacao van Van Houten en koekjes van Verkade. Afspraak in het "
     "Jeroen Bosch Ziekenhuis, daarna langs de Bijenkorf. De Bakker op de hoek is met vakantie."),
    ("prose", "pl", True,
     "Marka Wedel jest znana od ponad stu lat. Kuba to piękna wyspa, ale drogo się tam lata. Róża zakwitła w maju. "
     "Wiktoria drużyny była zasłużona. Kowal naprawił bramę, a Krawiec przerobił płaszcz."),
    ("prose", "pl", True,
     "Zakupy w Biedronce i Żabce, piwo Żywiec, kiełbasa Krakus. Spotkanie przy ulicy Marszałkowskiej, obok "
     "Rotundy. Dostawa nr 2024/05/8871, paczkomat KRA01M."),
    ("prose", "cs", True,
     "Koupili jsme Škodu Octavii, boty od Bati a Kofolu na cestu. Květen byl deštivý, Listopad bude chladný. "
     "Sejdeme se na Václavském náměstí. Mlynář a Kovář jsou názvy řemesel."),
    ("prose", "fi", True,
     "Onni suosi rohkeita. Toivo ei ole strategia. Tuuli yltyi illalla ja Sade jatkui koko yön. Lumi suli huhtikuussa. "
     "Satu kertoo karhusta, joka osti Fazerin suklaata Stockmannilta."),
    ("prose", "sv", True,
     "Dagens lunch: Janssons frestelse, pytt i panna och smörgås med Kalles kaviar. Till kaffet Ballerina-kex från "
     "Göteborgs Kex. Björnen syntes vid Ica Maxi i Umeå igår."),
    ("prose", "nb", True,
     "Vi kjøpte en Helly Hansen-jakke, en pakke Freia melkesjokolade og Jordan tannbørster. Hurtigruten gikk fra "
     "Bergen klokken 20.00. Tine melk var utsolgt hos Rema 1000."),
    ("prose", "da", True,
     "Til julefrokosten: Carlsberg, Tuborg og sild fra Glyngøre. Legoklodser til børnene og en Bang & Olufsen "
     "højttaler. Mærsk-skibet lå i Aarhus Havn. Mor og Far kommer til kaffe."),
    ("prose", "is", True,
     "Tónleikarnir verða í Hörpu á laugardag. Við keyptum inn í Bónus og Krónunni og gengum upp að Hallgrímskirkju. "
     "Esja var hulin skýjum."),
    ("prose", "hu", True,
     "Sétáltunk a Margit-szigeten, átmentünk az Erzsébet hídon, és ittunk egy Zwack Unicumot. A Gerbeaud-ban "
     "Dobos tortát és Esterházy tortát ettünk, a Rákóczi úton pedig Pick szalámit vettünk."),
    ("prose", "el", True,
     "Πήραμε μπισκότα Παπαδοπούλου, γιαούρτι ΦΑΓΕ και μπύρα Μύθος. Το πλοίο Blue Star Delos έφυγε από τον Πειραιά "
     "στις 07:30. Η συνάντηση είναι στην Πλατεία Συντάγματος."),
    ("prose", "tr", True,
     "Deniz bugün çok dalgalıydı. Güneş erken battı. Umut hep vardır, Barış ise zor. Yıldız kaydı sanki. Pınar süt "
     "ve Ülker bisküvi aldık, Arçelik servisi yarın gelecek."),
    ("prose", "ar", True,
     "نور الشمس قوي اليوم، والجو جميل على الكورنيش. اشترينا حليب المراعي وكريم اليدين من الصيدلية. "
     "أمل المزارعين في المطر ما زال قائماً."),
    ("prose", "fa", True,
     "بهار امسال زودتر آمد و امید کشاورزان زنده شد. نسیم خنکی از کوه می‌وزید و پرستوها برگشتند. "
     "آرام آرام باران شروع شد."),
    ("prose", "hi", True,
     "दीपक जलाओ, पूजा शुरू होने वाली है। आशा है कि इस बार विजय हमारी होगी। सूरज ढलने से पहले किरण खिड़की "
     "से अंदर आती है।"),
    ("prose", "zh", True,
     "周末去买了海尔冰箱和小米手机，顺路在中山路吃了麻婆豆腐，又带了两罐王老吉。张裕葡萄酒打八折。"),
    ("prose", "ja", True,
     "山崎12年と白州を飲み比べた。帰りに高島屋と伊勢丹に寄り、キッコーマンの醤油を買った。スズキの軽自動車と"
     "本田のバイクは豊田市で修理中。"),
    ("prose", "ko", True,
     "이마트에서 정관장 홍삼과 신라면을 샀다. 현대 자동차 서비스센터에 들른 뒤 롯데월드에 갔다."),
    ("prose", "vi", True,
     "Quán phở nằm ở góc Lê Lợi và Pasteur, gần chợ Bến Thành. Sau đó chúng tôi uống cà phê Trung Nguyên trên đường "
     "Nguyễn Huệ rồi đi Bà Nà Hills."),
    ("prose", "et", True,
     "Ostsime Kalevi šokolaadi ja Saku õlut, kohtusime Viru Keskuses ja käisime Tallinna Kaubamajas."),
    ("prose", "lt", True,
     "Išgėrėme Švyturio alaus, apsipirkome Maximoje ir pasivaikščiojome Gedimino prospektu iki Katedros aikštės."),
    ("prose", "lv", True,
     "Nopirkām Laimas šokolādi un Rīgas Melno balzamu, pēc tam pastaigājām pa Brīvības ielu līdz Brīvības piemineklim."),
    ("prose", "ro", True,
     "Doina veche se cânta la nunți. Am cumpărat o Dacia Logan și bere Ursus, apoi ne-am plimbat pe Bulevardul "
     "Unirii până la Piața Victoriei."),
    ("prose", "ru", True,
     "Надежда умирает последней. Вера без дел мертва. Любовь к музыке у нас общая. Крейсер «Аврора» стоит на "
     "Неве, а теплоход «Ладога» ушёл в рейс."),
    ("prose", "uk", True,
     "Надія є завжди. Віра допомагає. Купили пиво Оболонь і пішли гуляти Хрещатиком до Майдану Незалежності."),
    ("prose", "sw", True,
     "Amani na upendo viwe nanyi. Baraka za mvua zimeleta mavuno mengi. Imani yetu ni imara. Zawadi bora ni afya. "
     "Neema ya msimu huu imefika."),
    ("prose", "id", True,
     "Sarapan pakai Indomie goreng dan Sari Roti, minum Teh Botol Sosro, lalu jalan-jalan di Jalan Sudirman dekat "
     "Bundaran HI."),
    ("prose", "ga", True,
     "Dé Luain a bheidh an cruinniú i mBaile Átha Cliath. Ansin rachaimid go Gaillimh ar an traein."),
    ("invoice", "nl", True,
     "Factuurnummer F2024-00871, klantnummer 44-0917, vervaldatum 31-07-2024. Artikel 100234 (12 st.) en artikel "
     "100871 (3 st.). Versie 7.3.2 van het portaal."),
    ("shipping", "es", True,
     "Pedido 406-8812273-1190345 enviado el 14/05/2024. Número de seguimiento PQ4A7B0210045678901280R. Entrega "
     "prevista entre el 16 y el 18 de mayo. Referencia de devolución DEV-2024-7781."),
    ("docs", "ja", True,
     "設定例：API_KEY=xxxxxxxxxxxxxxxx、PASSWORD=******。バージョン 3.2.1（2024年4月1日リリース）。"
     "注文番号 2024-0419-88712。"),
    ("stats", "de", True,
     "Umsatz Q2: 1.284.907,55 EUR (+8,1 %). Retourenquote 4,7 %. Artikel 4006381333931 war am 03.05.2024 "
     "ausverkauft. Lagerplatz 12-04-B, Charge 230519-A."),
    ("prose", "en", True,
     "Monday's stand-up moved to Tuesday because of the May bank holiday. April's numbers come out on the 3rd, "
     "and June is the busiest month for the Christmas catalogue team."),
    ("code", "en", True,
     "# config/example.env - copy to .env and fill in" + NL +
     "DATABASE_URL=postgres://user:password@localhost:5432/mydb" + NL +
     "SMTP_PASSWORD=changeme-in-production" + NL +
     "JWT_SECRET=<generate with openssl rand -hex 32>" + NL +
     "ADMIN_EMAIL="),
    ("prose", "en", True,
     "The band Bombay Bicycle Club headlines on Friday, followed by Los Lobos and Die Ärzte on Saturday. The stage "
     "is sponsored by Heineken and the merchandise is produced by Fruit of the Loom."),
    ("prose", "en", True,
     "Kellogg's, Heinz and Cadbury were all on the shelf, next to Ben & Jerry's tubs and a crate of Jack Daniel's. "
     "The Tim Hortons across the road closes at nine."),
]

emit("tuning20f", cases)
