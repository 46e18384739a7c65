package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Addresses that contracts and letters give in running text after a word of residence ("bytem",
 * "κάτοικος", "residente na", "domiciliul în", "beralamat di"), and addresses under a form's long
 * label ("Adresa místa trvalého pobytu (nová):").
 */
class AddressesInContractsAndFormsTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void addressesAfterAWordOfResidenceInRunningText() {
    assertThat(
            Spans.of(
                streets,
                "Zaměstnanec: Jan Dvořák, nar. 3. 5. 1970, bytem Husova 1553/8, 586 01 Jihlava,"
                    + " tel. +420 731 582 904"))
        .containsExactly("Husova 1553/8, 586 01 Jihlava");
    assertThat(
            Spans.of(
                streets,
                "Α) Νίκος Αλεξίου, κάτοικος Λεωφ. Αλεξάνδρας 96, 11473 Αθήνα, με ΑΔΤ ΑΒ 902417"))
        .containsExactly("Λεωφ. Αλεξάνδρας 96, 11473 Αθήνα");
    assertThat(
            Spans.of(
                streets,
                "contribuinte n.º 259031844, residente na Rua do Almada, 210, 4050-031 Porto; e do"
                    + " outro"))
        .containsExactly("Rua do Almada, 210, 4050-031 Porto");
    assertThat(
            Spans.of(
                streets,
                "CNP 2890714132182, cu domiciliul în Str. Avram Iancu nr. 17, bl. C2, ap. 9,"
                    + " Cluj-Napoca, angajată"))
        .containsExactly("Str. Avram Iancu nr. 17, bl. C2, ap. 9, Cluj-Napoca");
    assertThat(
            Spans.of(
                streets,
                "Nama: Budi Santoso, NIK 3174055208900003, beralamat di Jl. Kenanga Raya No. 12,"
                    + " Menteng, Jakarta Pusat 10310, selanjutnya"))
        .containsExactly("Jl. Kenanga Raya No. 12, Menteng, Jakarta Pusat 10310");
  }

  @Test
  void aFormsLongLabelBeforeTheAddress() {
    assertThat(
            Spans.of(
                streets,
                "Adresa místa trvalého pobytu (nová): Korunní 810/12, 120 00 Praha 2\nTelefon:"))
        .containsExactly("Korunní 810/12, 120 00 Praha 2");
  }

  @Test
  void wordsOfResidenceWithoutAStreetAfterThem() {
    assertThat(Spans.of(streets, "Je trvale bytem v Praze od roku 2010 a pracuje 5 dní v týdnu."))
        .isEmpty();
    assertThat(Spans.of(streets, "Os residentes na Madeira pagam 22 euros pela licença."))
        .isEmpty();
  }
}
