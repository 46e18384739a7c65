package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates under a birth-date column of a table laid out with spaces, named in any language the
 * table readers know (`Data ur.`, `Född`, `Né(e) le`, `Fecha de nacimiento`), or of a column named
 * with whose birth it is (`Geburtsdatum des Kindes`); an airline's `15APR88` under `DOB`. Other
 * dates of the same rows, and dates under other columns, are not birth dates.
 */
class BirthDatesInTablesOfMoreLanguagesTest {

  private final DateOfBirthRecognizer births = new DateOfBirthRecognizer();

  @Test
  void datesUnderAnAlignedColumnNamedInOtherLanguages() {
    assertThat(
            Spans.of(
                births,
                "Lista uczestników\nLp.  Nr karty    Data ur.      Uwagi\n"
                    + "1.   KR/25/004    12.05.2012    —\n2.   KR/25/009    03.11.2013    leki\n"))
        .containsExactly("12.05.2012", "03.11.2013");
    assertThat(
            Spans.of(
                births,
                "Parentesco     Nombre             Fecha de nacimiento    Lugar\n"
                    + "Titular        Ana Ruiz Peña      14-02-1979             Jaén\n"
                    + "Hijo           Luis Mora Ruiz     30-06-2011             Jaén\n"))
        .containsExactly("14-02-1979", "30-06-2011");
    assertThat(
            Spans.of(
                births,
                "N° licence        Né(e) le        Catégorie\n"
                    + "M250193301FFJ     08/04/2015      Poussin\n"
                    + "M250188210FFJ     22/12/2013      Benjamin\n"))
        .containsExactly("08/04/2015", "22/12/2013");
  }

  @Test
  void datesUnderAPipeTablesColumnNamedInSwedish() {
    assertThat(
            Spans.of(
                births,
                "| Stämma | Namn | Född | Sedan |\n|---|---|---|---|\n"
                    + "| S1 | Ebba Lind | 1964-08-19 | 2001 |\n| A2 | Ida Berg | 1988-01-05 | 2020 |\n"))
        .containsExactly("1964-08-19", "1988-01-05");
  }

  @Test
  void aColumnNamedWithWhoseBirthItIs() {
    assertThat(
            Spans.of(
                births,
                "Spalten: lfd. Nr., Bewerbungsnummer, Geburtsdatum des Kindes, Aufnahme\n"
                    + "1   B-25-0031   17.10.2023   01.08.2025\n"
                    + "2   B-25-0040   05.01.2024   01.09.2025\n"))
        .containsExactly("17.10.2023", "05.01.2024");
  }

  @Test
  void aLongColumnNameWithWhoseBirthItIs() {
    assertThat(
            Spans.of(
                births,
                "Pos. | N. domanda | Data di nascita del bambino | Punteggio\n"
                    + "1 | PD-N-0112 | 14/02/2025 | 38\n2 | PD-N-0131 | 30/10/2024 | 36\n"))
        .containsExactly("14/02/2025", "30/10/2024");
    assertThat(
            Spans.of(
                births,
                "Особовий рахунок; Дата народження пільговика; Категорія\n"
                    + "0415522; 03.04.1944; ветеран\n0415530; 19.12.1951; ветеран\n"))
        .containsExactly("03.04.1944", "19.12.1951");
  }

  @Test
  void aListOfColumnsThatGoesOnOnTheNextLine() {
    assertThat(
            Spans.of(
                births,
                "NÜFUS KAYIT ÖRNEĞİ — sütunlar: Sıra, Cinsiyet, Yakınlık, Doğum Yeri, Cilt,\n"
                    + "Doğum Tarihi, Medeni Hali\n"
                    + "1  E  Kendisi  Sivas   58  03.02.1975  Evli\n"
                    + "2  K  Eşi      Tokat   58  17.09.1979  Evli\n"))
        .containsExactly("03.02.1975", "17.09.1979");
  }

  @Test
  void datesUnderAColumnOfATableWithMiddleDots() {
    assertThat(
            Spans.of(
                births,
                "Folio · Fecha de nacimiento · Municipio · Monto\n"
                    + "AM-25-0048 · 14/02/1949 · Oaxaca · $3,100\n"
                    + "AM-25-0049 · 03/05/1951 · Etla · $3,100\n"))
        .containsExactly("14/02/1949", "03/05/1951");
  }

  @Test
  void aColumnNamedAsABirthsCueAndItsShortDates() {
    assertThat(
            Spans.of(
                births,
                "예약번호 | 출생연월일 | 진료과\nR-11 | 880415 | 정형\nR-12 | 65.12.01 | 재활\n"
                    + "R-13 | 990231 | 정형\n"))
        .containsExactly("880415", "65.12.01");
    assertThat(
            Spans.of(
                births,
                "Poltrona | RG | Nasc.\n07 | 14.827.305-1 | 11/04/1953\n08 | 09.384.716-6 | 20/09/1949\n"))
        .containsExactly("11/04/1953", "20/09/1949");
    assertThat(
            Spans.of(
                births,
                "No. Peserta | Tgl. Lahir | Hasil\nPB-1 | 12-03-1962 | 140/90\n"
                    + "PB-2 | 27-11-1970 | 120/80\n"))
        .containsExactly("12-03-1962", "27-11-1970");
    assertThat(
            Spans.of(
                births,
                "Ben. ID | DOB (as per Aadhaar) | Bank\nRJ-1 | 01/01/1952 | Y\nRJ-2 | 15-08-1949 | N\n"))
        .containsExactly("01/01/1952", "15-08-1949");
    assertThat(
            Spans.of(
                births,
                "plaatsingsnr  geb.datum kind  postcode\nWL-2291       04-02-2025      2514 HD\n"
                    + "WL-2304       19-12-2024      2562 HH\n"))
        .containsExactly("04-02-2025", "19-12-2024");
  }

  @Test
  void aFormsBirthCueOfAlbanianAndEstonian() {
    assertThat(Spans.of(births, "Emri: Arta Leka\nDatëlindja: 02.09.2004\nVendlindja: Vlorë"))
        .containsExactly("02.09.2004");
    assertThat(Spans.of(births, "Lapse nimi: Mia Tamm\nSünnikuupäev: 21.04.2015"))
        .containsExactly("21.04.2015");
  }

  @Test
  void notTheShortNumbersOfOtherColumns() {
    assertThat(Spans.of(births, "예약번호 | 접수일 | 진료과\nR-11 | 250415 | 정형\nR-12 | 250416 | 재활\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                births,
                "Nome | Nato a | Data\nAna | Roma 12 | 01/02/2025\nLuca | Bari 3 | 02/02/2025\n"))
        .isEmpty();
  }

  @Test
  void anAirlinesDatesUnderDob() {
    assertThat(
            Spans.of(
                births,
                "SEQ  NAME                 DOB      SEX  NAT\n"
                    + "001  BERG/ANNA MARIE      21MAR84  F    NOR\n"
                    + "002  BERG/OLA             09SEP81  M    NOR\n"))
        .containsExactly("21MAR84", "09SEP81");
  }

  @Test
  void notTheDatesOfOtherColumns() {
    assertThat(
            Spans.of(
                births,
                "Lp.  Nr faktury     Data wystawienia    Kwota\n"
                    + "1.   FV/2025/114    12.05.2025          1 200,00\n"
                    + "2.   FV/2025/118    19.05.2025          860,00\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                births,
                "Nombre        Fecha de alta     Fecha de nacimiento de referencia\n"
                    + "Ana Ruiz      14-02-2024        según contrato\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                births,
                "FLT     DATE     ORIG  DEST\nSK482   14JUN25  OSL   AYT\nSK483   21JUN25  AYT   OSL\n"))
        .isEmpty();
  }
}
