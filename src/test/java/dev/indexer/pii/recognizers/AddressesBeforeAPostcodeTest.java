package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An address on one line whose parts are set apart by commas and which ends in a British postcode,
 * an Irish Eircode or an American state and ZIP code: the parts before the town belong to it, back
 * to the line's start, a label or a word in lower case.
 */
class AddressesBeforeAPostcodeTest {

  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  private String covered(String text) {
    return String.join("|", Spans.of(address, text));
  }

  @Test
  void namedHousesFarmsAndVillagesBeforeABritishPostcode() {
    assertThat(covered("Please send it to Mill House, Upper Dean, Huntingdon PE28 0NE by Friday."))
        .isEqualTo("Mill House, Upper Dean, Huntingdon PE28 0NE");
    assertThat(covered("Bryn Awel, Heol y Nant, Llanfihangel, SA44 6PJ"))
        .isEqualTo("Bryn Awel, Heol y Nant, Llanfihangel, SA44 6PJ");
    assertThat(covered("Home: The Lodge, Aston Hall Farm, Aston Munslow, Craven Arms SY7 9ER"))
        .isEqualTo("The Lodge, Aston Hall Farm, Aston Munslow, Craven Arms SY7 9ER");
    assertThat(covered("Hall C, Room 214, Churchill Hall, Stoke Park Road, Bristol BS9 1JG"))
        .isEqualTo("Hall C, Room 214, Churchill Hall, Stoke Park Road, Bristol BS9 1JG");
  }

  @Test
  void anIrishCountyAndEircode() {
    assertThat(covered("Ballyhale Cross, Knocktopher, Co. Kilkenny R95 K7T3"))
        .isEqualTo("Ballyhale Cross, Knocktopher, Co. Kilkenny R95 K7T3");
  }

  @Test
  void anAmericanStreetWithoutATypeBeforeItsTownStateAndZip() {
    assertThat(covered("moved to 4501 Broadway, Kansas City, MO 64111 last year"))
        .isEqualTo("4501 Broadway, Kansas City, MO 64111");
  }

  @Test
  void floorsAndDoorsBetweenAStreetAndAContinentalPostcode() {
    assertThat(covered("Min adresse er Hovedgaden 4, st. th., 4000 Roskilde, ring gerne"))
        .contains("Hovedgaden 4, st. th., 4000 Roskilde");
    assertThat(covered("Helbidea: Kale Nagusia 14, 2. eskuina, 20400 Tolosa"))
        .contains("Kale Nagusia 14, 2. eskuina, 20400 Tolosa");
    assertThat(covered("Vi scrivo da Località Poggio Alto 3, 53024 Montalcino (SI)."))
        .contains("Località Poggio Alto 3, 53024 Montalcino");
    assertThat(covered("Dodacia adresa: Hlavná 88, 040 01 Košice. V prípade potreby volajte."))
        .contains("Hlavná 88, 040 01 Košice");
  }

  @Test
  void aDistrictLetterAtTheTextsEndAndNoStateInsideAWord() {
    assertThat(covered("Adresse: Hovedgaden 4, st. th., 1000 København K"))
        .endsWith("1000 København K");
    assertThat(covered("Regional office, DES MOINES IOWA 50309 and ZONE 12345")).isEmpty();
  }

  @Test
  void postBoxesBeforeAPostcode() {
    assertThat(covered("Postiosoite: PL 45, 70101 Kuopio")).contains("PL 45, 70101 Kuopio");
    assertThat(covered("Anwani yangu ni S.L.P. 88, 40100 Kisumu, Kenya"))
        .contains("S.L.P. 88, 40100 Kisumu");
  }

  @Test
  void aFirmsOrAPublicPlacesAddressIsNoOnes() {
    assertThat(covered("Nordlys Kaffe ApS, Hovedgaden 4, st. th., 4000 Roskilde")).isEmpty();
    assertThat(covered("Hotel Kaiserhof\nKärntner Ring 5, 3. et., 1010 Wien")).isEmpty();
    assertThat(covered("FROM: Brightleaf Tea Ltd, Mill House, Upper Dean, Huntingdon PE28 0NE"))
        .isEmpty();
  }

  @Test
  void countsAndVersionsBeforeANumberAreNoStreet() {
    assertThat(covered("See Chapter 5, 2019 Report and Plan Basic 3, 1000 Users.")).isEmpty();
    assertThat(covered("We shipped 12 units, 40100 Kisumu orders were late")).isEmpty();
  }

  @Test
  void theAddresseesNameAndATablesOtherCellsStayOut() {
    assertThat(covered("Grace Kim, 2200 Mission College Blvd, Santa Clara, CA 95054"))
        .isEqualTo("2200 Mission College Blvd, Santa Clara, CA 95054");
    assertThat(covered("Ms Fiona Drummond, The Old Forge, Church Lane, Great Haseley OX44 7JU"))
        .isEqualTo("The Old Forge, Church Lane, Great Haseley OX44 7JU");
    assertThat(covered("Claims Department, PO Box 7742, Des Moines, IA 50306-7742"))
        .isEqualTo("PO Box 7742, Des Moines, IA 50306-7742");
    assertThat(covered("2     Dylan Pritchard        Flat 4, 77 Westgate, Wakefield WF1 1JY"))
        .isEqualTo("Flat 4, 77 Westgate, Wakefield WF1 1JY");
  }

  @Test
  void noAddressWithoutATownBeforeTheCodeOrPartsBeforeTheTown() {
    assertThat(covered("Compared: Model Y, Polestar 2, BMW i4 M50 4WD, Ioniq 5"))
        .doesNotContain("M50")
        .doesNotContain("Polestar");
    assertThat(covered("Offices: Leeds, York, Hull, Kansas City, MO 64111-2210 is the ZIP"))
        .doesNotContain("Leeds");
  }
}
