package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.indexer.pii.PiiPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhoneRecognizerTest {

  private final PhoneRecognizer r = new PhoneRecognizer(List.of("US", "GB", "DE", "FR"));

  @Test
  void internationalAndNational() {
    assertThat(
            Spans.of(
                r,
                "Call +1 (650) 253-0147 or +44 20 7946 0958, Tel. 030 901820, or 0049 89 12345678."))
        .containsExactly("+1 (650) 253-0147", "+44 20 7946 0958", "030 901820", "0049 89 12345678");
    assertThat(Spans.of(r, "mobile: 06 12 34 56 78")).containsExactly("06 12 34 56 78");
  }

  @Test
  void alternativeNumbersAfterASlashAreFoundOneByOne() {
    assertThat(Spans.of(r, "Tel. +49 (0) 30 12345678 / 0049 30 12345678"))
        .containsExactly("+49 (0) 30 12345678", "0049 30 12345678");
    assertThat(Spans.of(r, "call +44 20 7946 0958 / +44 20 7946 0959 today"))
        .containsExactly("+44 20 7946 0958", "+44 20 7946 0959");
    // A slash inside a national number (area code / subscriber) stays part of it.
    assertThat(Spans.of(r, "Telefon: 030 / 901820")).containsExactly("030 / 901820");
  }

  @Test
  void possibleButNotValidNumbersWithCueDoNotLeak() {
    assertThat(Spans.of(r, "phone: (555) 010-0199")).containsExactly("(555) 010-0199");
  }

  @Test
  void rejectsDatesOrderNumbersAndIps() {
    assertThat(
            Spans.of(
                r,
                "on 2024-01-15 at 10:30, order 4155552671, ip 192.168.100.200, ISBN 978-3-16-148410-0"))
        .isEmpty();
  }

  @Test
  void internationalNumbersInCsvFields() {
    assertThat(
            Spans.of(
                r,
                "1041,Hannah,h@mail.de,+49 151 23456789,1986-02-14\n1042,Oscar,o@telia.se,+46 70 123 45 67,x"))
        .containsExactly("+49 151 23456789", "+46 70 123 45 67");
    assertThat(Spans.of(r, "totals,1,234 567 8901,12")).isEmpty();
  }

  @Test
  void figuresInColumnsAndRangesOfDatesAreNoPhones() {
    String table =
        "Basic pay                        151.50    11.44    1,733.16\n"
            + "unter 6            4614208      2366571      2247637";
    assertThat(Spans.of(r, table)).isEmpty();
    assertThat(Spans.of(r, "in der Zeit 07.02.2024 - 16.02.2024 und 07.2018 - 02.2020")).isEmpty();
    assertThat(Spans.of(r, "AG München, Urteil vom 07.02.2024 - 473 C 15802/23")).isEmpty();
    // A number beside figures in a column is still found where it is one on its own.
    assertThat(Spans.of(r, "Tel.    030 901820    Fax    030 901821"))
        .containsExactly("030 901820", "030 901821");
  }

  @Test
  void nationalNumbersInCsvFields() {
    String csv =
        "member_id,first_name,email,mobile,tier\n"
            + "M-10231,Grace,grace.odonnell@btinternet.com,07831 914 332,Gold\n"
            + "M-10232,Tunde,tunde@gmail.com,07402 118 675,Silver";
    assertThat(Spans.of(r, csv)).containsExactly("07831 914 332", "07402 118 675");
    // Figures after a figure and a comma stay figures.
    assertThat(Spans.of(r, "sum,12,07831 914 332")).isEmpty();
  }

  @Test
  void figuresWithAnOpenParenthesisAreNotPhoneNumbers() {
    PhoneRecognizer all = new PhoneRecognizer(dev.indexer.pii.PiiPolicy.defaults().phoneRegions());
    assertThat(
            Spans.of(all, "| edit, s | 44.80 (35.03–48.39) | chunks 3883 (3870–3943) of 19615 |"))
        .isEmpty();
    assertThat(Spans.of(all, "Tel. (030) 901820 or +44 (0) 20 7946 0958"))
        .containsExactly("(030) 901820", "+44 (0) 20 7946 0958");
  }

  @Test
  void frenchNumbersWrittenWithDots() {
    assertThat(Spans.of(r, "Tél. 01.42.68.53.00, version 1.42.68.53.00"))
        .containsExactly("01.42.68.53.00");
  }

  @Test
  void theLengthBoundSkipsOnlyNumbersLibphonenumberRefuses() {
    // Every region libphonenumber knows, digit strings of the lengths the recognizer parses that
    // start with the region's trunk prefix, country code or anything: a string the bound skips
    // must be neither valid for the region nor possible once parsed.
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Random random = new Random(11);
    int skipped = 0;
    for (String region : new TreeSet<>(util.getSupportedRegions())) {
      String ndd = Objects.requireNonNullElse(util.getNddPrefixForRegion(region, true), "");
      String cc = Integer.toString(util.getCountryCodeForRegion(region));
      PhoneRecognizer.Region bound = PhoneRecognizer.Region.of(region);
      for (int i = 0; i < 1000; i++) {
        StringBuilder digits =
            new StringBuilder(
                i % 5 == 0
                    ? ndd
                    : i % 5 == 1
                        ? cc + ndd
                        : i % 5 == 2 ? cc + ndd + ndd : i % 5 == 3 ? cc + "00" : "");
        int length = 7 + random.nextInt(11);
        while (digits.length() < length) {
          digits.append(random.nextInt(10));
        }
        String d = digits.toString();
        if (bound.shortEnough(d)) {
          continue;
        }
        skipped++;
        try {
          PhoneNumber n = util.parse(d, region);
          assertThat(util.isValidNumberForRegion(n, region) || util.isPossibleNumber(n))
              .as(region + " " + d)
              .isFalse();
        } catch (NumberParseException e) {
          // not a number at all
        }
      }
    }
    assertThat(skipped).isGreaterThan(10_000);
    // A card number is parsed as a national number of no default region.
    assertThat(PiiPolicy.defaults().phoneRegions())
        .noneMatch(region -> PhoneRecognizer.Region.of(region).mayBeNational("4111111111111111"));
    assertThat(PhoneRecognizer.Region.of("US").mayBeNational("4155552671")).isTrue();
    assertThat(PhoneRecognizer.Region.of("US").shortEnough("01144207946095")).isTrue();
  }
}
