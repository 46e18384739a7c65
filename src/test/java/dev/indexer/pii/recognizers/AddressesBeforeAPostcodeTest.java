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
