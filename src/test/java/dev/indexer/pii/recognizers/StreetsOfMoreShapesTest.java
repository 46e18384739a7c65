package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Streets of shapes the street rules missed: a German street named after a town with a separate
 * street word ("Berliner Straße 12", "Leipziger Str. 3"), a Nordic street with a word of direction
 * or size before it ("Nørre Voldgade 12", "Store Kongensgade 5"), Danish squares ("Amagertorv 19")
 * and the "Parade" of New Zealand and Australia.
 */
class StreetsOfMoreShapesTest {

  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  /**
   * Prose writes the street type in lower case: "en la calle de la Luna 17", "in piazza Garibaldi
   * 3".
   */
  @Test
  void streetTypesInLowerCase() {
    assertThat(Spans.of(address, "Carmen, calle de la Luna 17, 4.º izda. — mismo portal"))
        .anySatisfy(s -> assertThat(s).startsWith("calle de la Luna 17"));
    assertThat(Spans.of(address, "domicilio en avenida de Madrid 212, 1.º izda., 50010 Zaragoza."))
        .anySatisfy(s -> assertThat(s).startsWith("avenida de Madrid 212, 1.º izda."));
    assertThat(Spans.of(address, "abito in piazza Garibaldi 3, scala B"))
        .anySatisfy(s -> assertThat(s).startsWith("piazza Garibaldi 3"));
    assertThat(Spans.of(address, "moro na rua Augusta 1200, apto 5")).isNotEmpty();
    assertThat(Spans.of(address, "la plaza Mayor tiene 3 salidas; el paseo dura 20 minutos"))
        .isEmpty();
    assertThat(
            Spans.of(
                address, "por la avenida Juárez 20 minutos, o en piazza San Marco 2 ore di fila"))
        .isEmpty();
  }

  /**
   * Baltic streets: the type after the name ("Rīgas iela 48-7", "Vilniaus g. 15", "Pärnu mnt 22").
   */
  @Test
  void balticStreets() {
    assertThat(Spans.of(address, "Adrese: Rīgas iela 48-7, Valmiera, LV-4201"))
        .anySatisfy(s -> assertThat(s).startsWith("Rīgas iela 48-7"));
    assertThat(Spans.of(address, "Adresas: Gedimino pr. 12-5, Vilnius"))
        .anySatisfy(s -> assertThat(s).startsWith("Gedimino pr. 12-5"));
    assertThat(Spans.of(address, "Siuntinys: Vilniaus g. 15, LT-01402 Vilnius"))
        .anySatisfy(s -> assertThat(s).startsWith("Vilniaus g. 15"));
    assertThat(Spans.of(address, "Aadress: Pärnu mnt 22, 10141 Tallinn"))
        .anySatisfy(s -> assertThat(s).startsWith("Pärnu mnt 22"));
    assertThat(Spans.of(address, "Add Sugar g. 15 and Flour g. 200 to the bowl.")).isEmpty();
    assertThat(Spans.of(address, "Ingredienti: Zucchero g. 100, Burro g. 50, Risotto g. 320"))
        .isEmpty();
    assertThat(Spans.of(address, "Launch Friday PST 10, then the demo")).isEmpty();
  }

  /** A Brazilian CEP before its town and state: "90570-080 Porto Alegre – RS". */
  @Test
  void aBrazilianTownAfterItsCep() {
    assertThat(Spans.of(address, "Rua Padre Chagas 48, apto 302, 90570-080 Porto Alegre – RS"))
        .containsExactly("Rua Padre Chagas 48, apto 302, 90570-080 Porto Alegre – RS");
    assertThat(Spans.of(address, "Av. Sete de Setembro 2210\nCEP 80210-170 Curitiba – PR"))
        .anySatisfy(s -> assertThat(s).endsWith("CEP 80210-170 Curitiba – PR"));
  }

  @Test
  void germanStreetsNamedAfterATown() {
    assertThat(Spans.of(address, "Wir wohnen jetzt in der Berliner Straße 12, 10115 Berlin."))
        .anySatisfy(s -> assertThat(s).startsWith("Berliner Straße 12"));
    assertThat(Spans.of(address, "Die alte Wohnung in der Schleißheimer Str. 212 geben wir ab."))
        .anySatisfy(s -> assertThat(s).startsWith("Schleißheimer Str. 212"));
    assertThat(Spans.of(address, "bitte an Leipziger Str. 3a schicken"))
        .contains("Leipziger Str. 3a");
    // a town's adjective in "-sche" ("Goslarsche", "in der Hannoverschen"), Hamburg's "-stieg"
    assertThat(Spans.of(address, "Goslarsche Straße 40\n38678 Clausthal-Zellerfeld"))
        .anySatisfy(s -> assertThat(s).startsWith("Goslarsche Straße 40"));
    assertThat(Spans.of(address, "Sie wohnt in der Hannoverschen Straße 7 in Celle."))
        .anySatisfy(s -> assertThat(s).startsWith("Hannoverschen Straße 7"));
    assertThat(Spans.of(address, "Abholung: Holunderstieg 11 (Hinterhof)"))
        .contains("Holunderstieg 11");
    assertThat(Spans.of(address, "Die Deutsche Bank 24 und die Hessische Tor 3")).isEmpty();
    assertThat(
            Spans.of(
                address,
                "Der Deutsche Markt 2023 war schwach; die Evangelische Allee 3 ist gesperrt."))
        .isEmpty();
  }

  @Test
  void nordicStreetsWithAWordOfDirectionBefore() {
    assertThat(Spans.of(address, "Hun bor på Nørre Voldgade 12, 1358 København K."))
        .anySatisfy(s -> assertThat(s).startsWith("Nørre Voldgade 12"));
    assertThat(Spans.of(address, "Kontoret ligger i Store Kongensgade 5."))
        .anySatisfy(s -> assertThat(s).startsWith("Store Kongensgade 5"));
    assertThat(Spans.of(address, "Boet administreres fra Amagertorv 19, 1160 København K."))
        .anySatisfy(s -> assertThat(s).startsWith("Amagertorv 19"));
  }

  @Test
  void paradesOfNewZealandAndAustralia() {
    assertThat(Spans.of(address, "Send it to 4 Marine Parade, Napier 4110."))
        .anySatisfy(s -> assertThat(s).startsWith("4 Marine Parade"));
    assertThat(Spans.of(address, "Could not be delivered to 18 Kelburn Parade, Kelburn."))
        .anySatisfy(s -> assertThat(s).startsWith("18 Kelburn Parade"));
  }

  @Test
  void swedishFloorsAndAustralianUnits() {
    assertThat(Spans.of(address, "Bor på Drottninggatan 45, 3 tr, 111 21 Stockholm."))
        .contains("Drottninggatan 45, 3 tr, 111 21 Stockholm");
    assertThat(Spans.of(address, "Send the keys to 7/42 Beach Road, Bondi NSW 2026."))
        .contains("7/42 Beach Road, Bondi NSW 2026");
    assertThat(Spans.of(address, "Unit: 3B/12 Ocean Parade, Coolangatta QLD 4225"))
        .contains("3B/12 Ocean Parade, Coolangatta QLD 4225");
  }

  @Test
  void theTownOfAPostcodeStandsOnItsLine() {
    // A date before the next field's label: "Hunyo 5, 1987" and "PhilSys Number" are no address.
    assertThat(
            Spans.of(address, "Kapanganakan: Hunyo 5, 1987\nPhilSys Number: 4718-2930-5561-0284"))
        .isEmpty();
  }

  @Test
  void aTownWordAloneBeforeAStreetWordIsNoStreet() {
    // "der Berliner Weg" without a number, a firm's "Hamburger Straßenbahn 3"
    assertThat(Spans.of(address, "Order Ring 5 pcs. Wir treffen Peter Ring 3 mal."))
        .noneSatisfy(s -> assertThat(s).contains("Ring"));
    assertThat(Spans.of(address, "Der Berliner Weg war lang. Die Hamburger Straßenbahn 3 fuhr."))
        .noneSatisfy(s -> assertThat(s).startsWith("Berliner"))
        .noneSatisfy(s -> assertThat(s).startsWith("Hamburger"));
  }
}
