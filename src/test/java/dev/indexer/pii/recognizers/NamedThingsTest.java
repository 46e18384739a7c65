package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Things named after people are no people: a stadium, hospital, airport or street named before the
 * name ("el hospital Gregorio Marañón", "Aeroportul Henri Coandă"), a noun of a thing after it in
 * any case or joined by a hyphen ("Johan Cruijff ArenA", "Albert Heijn-filiaal"), firms of two
 * names joined by "&", and the famous characters, dishes, drinks and firms everybody names.
 */
class NamedThingsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aThingNamedBeforeTheName() {
    assertThat(Spans.of(person, "El hospital Gregorio Marañón queda a diez minutos.")).isEmpty();
    assertThat(Spans.of(person, "Domenica allo stadio Diego Armando Maradona il Napoli gioca."))
        .isEmpty();
    assertThat(Spans.of(person, "Aterizăm pe Aeroportul Henri Coandă la ora zece.")).isEmpty();
    assertThat(Spans.of(person, "Siga pela avenida Presidente Vargas até a estação.")).isEmpty();
    assertThat(Spans.of(person, "Turn left onto Martin Luther King Jr Blvd after the lights."))
        .isEmpty();
  }

  @Test
  void streetsSquaresAndSchoolsOfCentralEuropeInTheirCases() {
    assertThat(
            Spans.of(
                person,
                "Autobusy pojedou přes ulici Milady Horákové a nábřeží Ludvíka Svobody, zastávka u"
                    + " nemocnice Vladimíra Holana."))
        .isEmpty();
    assertThat(
            Spans.of(
                person, "Objazd prowadzi placem Stefana Żeromskiego i ulicą Romana Dmowskiego."))
        .isEmpty();
    assertThat(Spans.of(person, "Obchádzka vedie cez Námestím Milana Hodžu k nemocnici."))
        .isEmpty();
    assertThat(Spans.of(person, "Ocolirea se face pe Calea Ion Creangă și Strada Mihai Viteazu."))
        .isEmpty();
    assertThat(Spans.of(person, "A Németh László Gimnázium bejárata a hátsó udvarról nyílik."))
        .isEmpty();
    // A person after a word of a school or hospital in a case, not declined herself, stays one.
    assertThat(Spans.of(person, "Ředitelka školy Jana Nováková přivítala rodiče."))
        .contains("Jana Nováková");
    assertThat(Spans.of(person, "Dyrektor szpitala Anna Nowak podpisała umowę."))
        .contains("Anna Nowak");
    // A person named in such a sentence stays one.
    assertThat(Spans.of(person, "Kontakt: Jana Dvořáková, ulice Karla Čapka 12, Brno"))
        .contains("Jana Dvořáková");
  }

  @Test
  void aNounOfAThingAfterTheNameInAnyCaseOrJoined() {
    assertThat(Spans.of(person, "Voor de Johan Cruijff ArenA stapt u over.")).isEmpty();
    assertThat(Spans.of(person, "Het ligt naast het Albert Heijn-filiaal.")).isEmpty();
    assertThat(Spans.of(person, "Continue past Rosa Parks Circle to the exit.")).isEmpty();
  }

  @Test
  void peopleNextToSuchWordsAreStillPeople() {
    assertThat(Spans.of(person, "Dr. Amaka Obi works at the hospital since May."))
        .containsExactly("Dr. Amaka Obi");
    assertThat(Spans.of(person, "Patient: Henri Lemaire, admitted to the hospital today."))
        .contains("Henri Lemaire");
  }

  @Test
  void firmsOfNamesJoinedByAnAmpersand() {
    assertThat(Spans.of(person, "Shares in Johnson & Johnson rose 2% on Tuesday.")).isEmpty();
    assertThat(Spans.of(person, "In London, Marks & Spencer reported record sales.")).isEmpty();
    assertThat(Spans.of(person, "Counsel were Allen & Overy and Slaughter and May.")).isEmpty();
  }

  @Test
  void aCoupleJoinedByAnAmpersandIsStillTwoPeople() {
    assertThat(Spans.of(person, "Invitation from Anna & Piotr Kowalski for the wedding."))
        .isNotEmpty();
  }

  @Test
  void famousCharactersDishesDrinksAndFirms() {
    assertThat(Spans.of(person, "Book club: Jane Eyre in September, then David Copperfield."))
        .isEmpty();
    assertThat(Spans.of(person, "COCKTAILS\nTom Collins  £9.50\nShirley Temple  £4.50")).isEmpty();
    assertThat(Spans.of(person, "Among banks, Goldman Sachs led, ahead of Morgan Stanley."))
        .isEmpty();
    assertThat(Spans.of(person, "Louis Vuitton et Christian Dior progressent de 3 %.")).isEmpty();
    assertThat(Spans.of(person, "Para el examen: Don Quijote y la relación con Sancho Panza."))
        .isEmpty();
  }

  @Test
  void placesAndTeamsNamedAfterASaint() {
    assertThat(Spans.of(person, "We flew out of Santa Barbara and changed planes twice."))
        .isEmpty();
    assertThat(
            Spans.of(
                person,
                "Vila Real de Santo António e São João da Madeira são agora ligadas por autocarro."))
        .isEmpty();
    assertThat(Spans.of(person, "Em Santa Catarina o calor bateu recordes.")).isEmpty();
    assertThat(Spans.of(person, "Fans of San Miguel Beermen lined up for an hour.")).isEmpty();
    assertThat(Spans.of(person, "Der Umzug geht von Sankt Georgen nach Wien.")).isEmpty();
    assertThat(Spans.of(person, "Please call Marco Santangelo and Ana Santos tomorrow."))
        .contains("Marco Santangelo", "Ana Santos");
  }

  @Test
  void firmsNamedAfterTheirFounder() {
    assertThat(Spans.of(person, "Thanks,\nDeborah Kline, EA\nKline Tax Services | (512) 903-6671"))
        .containsExactly("Deborah Kline");
    assertThat(Spans.of(person, "Invoice to: Brightline Media Ltd, 4 Quay Street")).isEmpty();
    assertThat(
            Spans.of(person, "Cordialement,\nPierre-Yves Castel\nGérant, Agence Castel Immobilier"))
        .containsExactly("Pierre-Yves Castel");
    assertThat(Spans.of(person, "Fittings by Georg Fischer Piping Systems arrived late."))
        .isEmpty();
    assertThat(Spans.of(person, "Ficha paciente – Clínica Los Andes\nNombre: Matías Rojas"))
        .containsExactly("Matías Rojas");
  }

  @Test
  void aNounOfAThingInsideTheSpanOrACountyBeforeIt() {
    assertThat(Spans.of(person, "Mimar Sinan Üniversitesi İstiklal Caddesi'ne yakın.")).isEmpty();
    assertThat(Spans.of(person, "Rugadh é i gCo. Chorcaí sa bhliain 1890.")).isEmpty();
    assertThat(Spans.of(person, "She grew up in Co. Wicklow, near Bray.")).isEmpty();
  }

  @Test
  void famousPlayersArtistsScientistsAndTeamsFromTheNameLists() {
    assertThat(Spans.of(person, "Multiplex sur Canal+, avec Zinédine Zidane en invité.")).isEmpty();
    assertThat(Spans.of(person, "Studio med Zlatan Ibrahimović som gäst.")).isEmpty();
    assertThat(Spans.of(person, "Im Museum hängen Werke von Picasso und Kandinsky.")).isEmpty();
    assertThat(Spans.of(person, "A lecture on Marie Curie and Albert Einstein for pupils."))
        .isEmpty();
    assertThat(Spans.of(person, "Saturday: Aston Villa at home, then Bristol Rovers away."))
        .isEmpty();
    // A private person of a listed surname or given name is still a person.
    assertThat(Spans.of(person, "Please ask Anna Williams to sign the form."))
        .contains("Anna Williams");
    assertThat(Spans.of(person, "Contract signed by Vincent Haas on Monday."))
        .contains("Vincent Haas");
    assertThat(Spans.of(person, "Dear Mr Pollock, your parcel is ready.")).isNotEmpty();
  }

  @Test
  void teamsOfAListOfFixtures() {
    assertThat(
            Spans.of(
                person,
                "SATURDAY 3PM\nNottingham Forest v Sheffield United\nAston Villa v Crystal Palace\n"
                    + "Queen of the South v Hamilton Academical\nHearts v St Johnstone"))
        .isEmpty();
    assertThat(
            Spans.of(
                person,
                "Bundesliga, 27. Spieltag\nSa 15:30  Werder Bremen - Union Berlin\n"
                    + "Sa 15:30  Fortuna Düsseldorf - Hertha BSC (2. Liga)\n"
                    + "So 17:30  Holstein Kiel - Kickers Offenbach (Testspiel)"))
        .isEmpty();
    assertThat(
            Spans.of(
                person,
                "Chance Liga – 22. kolo\nSparta Praha – Slavia Praha\nBaník Ostrava – Viktoria"
                    + " Plzeň\nBohemians Praha 1905 – Dukla Praha"))
        .isEmpty();
  }

  @Test
  void peopleWhoseNamesLookLikeThingsSaintsOrFamousPeople() {
    assertThat(Spans.of(person, "Santo Rossi signed the lease yesterday.")).contains("Santo Rossi");
    assertThat(Spans.of(person, "Ha llamado María Puente García esta mañana."))
        .contains("María Puente García");
    assertThat(Spans.of(person, "Please ask John Cook to call the office.")).contains("John Cook");
    assertThat(
            Spans.of(
                person,
                "Mentoring-Tandems 2024\nAnna Sokolowski – Jonas Weber\nLena Hoffmann – Paul Becker"))
        .contains("Anna Sokolowski", "Jonas Weber");
  }

  @Test
  void pairsOfPeopleInAListAreStillPeople() {
    assertThat(
            Spans.of(
                person,
                "Mentoring-Tandems 2024\nAnna Schmidt – Jonas Weber\nLena Hoffmann – Paul Becker"))
        .contains("Anna Schmidt", "Jonas Weber", "Lena Hoffmann", "Paul Becker");
  }

  @Test
  void teamsBesideAScore() {
    assertThat(Spans.of(person, "Results: Aston Villa 2-1 Crystal Palace, Ross County 0-0 Hibs."))
        .isEmpty();
  }

  @Test
  void placesAfterInOrThrough() {
    assertThat(Spans.of(person, "We drove through Eugene and stayed in Madison overnight."))
        .isEmpty();
    String possessive = "I left it in Maria's office.";
    assertThat(NamedAfter.placeTeamOrNoun(possessive, 13, 18, NameLists.get()))
        .isFalse(); // a person's office
  }

  @Test
  void anArticleAndANounOfAJob() {
    assertThat(Spans.of(person, "Der Koch stritt mit dem Bauer. Le Boulanger ferme en août."))
        .isEmpty();
    String surname = "Yvon Le Goff croyait l'animal mort.";
    assertThat(NamedAfter.placeTeamOrNoun(surname, 0, 12, NameLists.get()))
        .isFalse(); // the article in a surname
  }

  @Test
  void shipsAndStorms() {
    assertThat(Spans.of(person, "Due today: the feeder Helena Schepers and Hurricane Beryl."))
        .isEmpty();
  }

  @Test
  void peopleJoinedByAnAmpersandOrWithAnArticleInTheirName() {
    assertThat(NamedAfter.firmAt("Maria Lopez & John Smith", 0, 11, NameLists.get())).isFalse();
    String vietnamese = "Nom: Le Van Thanh";
    assertThat(NamedAfter.placeTeamOrNoun(vietnamese, 5, 17, NameLists.get())).isFalse();
  }

  @Test
  void peopleOfHistoryShipsAndResidences() {
    assertThat(Spans.of(person, "Victor Hugo publie Les Misérables en 1862.")).isEmpty();
    assertThat(Spans.of(person, "Leonardo da Vinci dipinse la Gioconda a Firenze.")).isEmpty();
    assertThat(Spans.of(person, "Mikołaj Kopernik urodził się w Toruniu.")).isEmpty();
    assertThat(Spans.of(person, "The ferry MS Kong Olav leaves Bergen at 22:30.")).isEmpty();
    assertThat(Spans.of(person, "Résidence Les Tilleuls, bâtiment C, appartement 4"))
        .doesNotContain("Les Tilleuls");
    // A customer named like a writer is a customer: the span runs past the famous name.
    assertThat(Spans.of(person, "Cliente: Victor Hugo Albuquerque, CPF em anexo."))
        .contains("Victor Hugo Albuquerque");
  }

  @Test
  void stormsNamedInManyLanguagesAndTheNamesOfTheirSeason() {
    String en =
        "Storm Babet: amber warnings for Cornwall\nThe Met Office expects Storm Ciarán next week."
            + " The next names on this season's list are Debi, Elin and Fergus.";
    assertThat(Spans.of(person, en)).isEmpty();
    String es =
        "La borrasca Karlotta deja rachas de 120 km/h en Galicia\nEs la tercera borrasca con"
            + " nombre de la temporada tras Aline y Bernard.";
    assertThat(Spans.of(person, es)).isEmpty();
    String pl =
        "Orkan Ksawery wraca? Synoptycy ostrzegają\nPodobnie było podczas orkanów Grzegorz i"
            + " Friederike.";
    assertThat(Spans.of(person, pl)).isEmpty();
    String sv =
        "Stormen Hans drar in över Västkusten\nSom när Gudrun och Per drog fram väntas"
            + " strömavbrott.";
    assertThat(Spans.of(person, sv)).isEmpty();
    String pt =
        "Depressão Martinho: aviso vermelho para a costa\nDepois da Aline e do Bernard, o"
            + " Martinho é a terceira tempestade com nome desta temporada.";
    assertThat(Spans.of(person, pt)).isEmpty();
    String de = "Sturmtief Zoltan bringt Orkanböen an die Nordsee.";
    assertThat(Spans.of(person, de)).isEmpty();
  }

  @Test
  void peopleInTheNewsOfAStormAreStillPeople() {
    String en =
        "Storm Babet flooded the home of Janet Hughes, 64, in Retford. \"We lost everything,\""
            + " Hughes said. Her neighbour Ruth helped her carry the dog out; Janet thanked her.";
    assertThat(Spans.of(person, en)).contains("Janet Hughes", "Hughes");
    String es =
        "La borrasca Karlotta inundó el bar de Mercedes Varela Outeiro. Varela dijo que"
            + " reabrirá el lunes.";
    assertThat(Spans.of(person, es)).contains("Mercedes Varela Outeiro", "Varela");
    // A surname that is a word too recurs only before a verb of speech.
    assertThat(Spans.of(person, "Anna Green booked the Green Room. Green said it was free."))
        .containsExactly("Anna Green", "Green");
  }

  @Test
  void streetsHospitalsAndChurchesOfMoreLanguages() {
    assertThat(
            Spans.of(
                person, "Perarakan bergerak dari Jalan Tuanku Abdul Rahman ke Dataran Merdeka."))
        .isEmpty();
    assertThat(Spans.of(person, "Akses ke RSUP Dr. Cipto Mangunkusumo tetap dibuka.")).isEmpty();
    assertThat(Spans.of(person, "A missa na Igreja São José Operário começa às 10h.")).isEmpty();
  }
}
