package dev.indexer.pii.recognizers;

import org.apache.commons.validator.routines.checkdigit.EAN13CheckDigit;

/**
 * Check digits of national identity numbers, each over the number's digits (separators dropped),
 * with the birth date that most of them carry checked as a date. Sources: the issuing authorities'
 * published algorithms (Skatteetaten, NVİ, MSWiA, the Romanian CNP law, INSEE, the Belgian national
 * register, the Swiss AHV number as an EAN-13, DVV's henkilötunnus, Revenue's PPS number, the
 * Polish ID card series, the German pension insurance number).
 */
final class NationalChecks {

  private NationalChecks() {}

  private static int d(String s, int i) {
    return s.charAt(i) - '0';
  }

  private static int weighted(String s, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += d(s, i) * weights[i];
    }
    return sum;
  }

  private static boolean date(int day, int month) {
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }

  /** Norwegian fødselsnummer (11 digits, two mod-11 digits); D-numbers add 4 to the day's tens. */
  static boolean norwegian(String s) {
    if (s.length() != 11) {
      return false;
    }
    int day = d(s, 0) * 10 + d(s, 1);
    int month = d(s, 2) * 10 + d(s, 3);
    if (!date(day > 40 ? day - 40 : day, month > 40 ? month - 40 : month)) {
      return false;
    }
    int k1 = 11 - weighted(s, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2}) % 11;
    int k2 = 11 - weighted(s, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11;
    return k1 % 11 == d(s, 9) && k2 % 11 == d(s, 10) && k1 != 10 && k2 != 10;
  }

  /** Danish CPR number (DDMMYY and four digits): a date; no check since 2007. */
  static boolean danish(String s) {
    return s.length() == 10 && date(d(s, 0) * 10 + d(s, 1), d(s, 2) * 10 + d(s, 3));
  }

  /** Turkish T.C. Kimlik number (11 digits, no leading zero, two check digits). */
  static boolean turkish(String s) {
    if (s.length() != 11 || s.charAt(0) == '0') {
      return false;
    }
    int odd = d(s, 0) + d(s, 2) + d(s, 4) + d(s, 6) + d(s, 8);
    int even = d(s, 1) + d(s, 3) + d(s, 5) + d(s, 7);
    int k10 = Math.floorMod(odd * 7 - even, 10);
    int sum10 = 0;
    for (int i = 0; i < 10; i++) {
      sum10 += d(s, i);
    }
    return k10 == d(s, 9) && sum10 % 10 == d(s, 10);
  }

  /** Polish PESEL (11 digits; the month carries the century: +20, +40, +60, +80). */
  static boolean pesel(String s) {
    if (s.length() != 11 || !date(d(s, 4) * 10 + d(s, 5), (d(s, 2) * 10 + d(s, 3)) % 20)) {
      return false;
    }
    int sum = weighted(s, new int[] {1, 3, 7, 9, 1, 3, 7, 9, 1, 3});
    return (10 - sum % 10) % 10 == d(s, 10);
  }

  /** Romanian CNP (13 digits: sex and century, YYMMDD, county, serial, check). */
  static boolean romanian(String s) {
    if (s.length() != 13 || s.charAt(0) < '1' || s.charAt(0) > '8') {
      return false;
    }
    if (!date(d(s, 5) * 10 + d(s, 6), d(s, 3) * 10 + d(s, 4))) {
      return false;
    }
    int r = weighted(s, new int[] {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9}) % 11;
    return (r == 10 ? 1 : r) == d(s, 12);
  }

  /** French NIR (INSEE number: sex, YY, MM, department incl. 2A/2B, commune, order, key). */
  static boolean french(String compact) {
    String s = compact.replace("2A", "19").replace("2B", "18");
    if (s.length() != 15 || (s.charAt(0) != '1' && s.charAt(0) != '2')) {
      return false;
    }
    int month = d(s, 3) * 10 + d(s, 4);
    if (!(month >= 1 && month <= 12 || month >= 20)) {
      return false;
    }
    long body = Long.parseLong(s.substring(0, 13));
    return 97 - body % 97 == Integer.parseInt(s.substring(13));
  }

  /** Belgian national register number (YYMMDD, serial, 97-key; born from 2000 with a 2 before). */
  static boolean belgian(String s) {
    if (s.length() != 11) {
      return false;
    }
    long body = Long.parseLong(s.substring(0, 9));
    int key = Integer.parseInt(s.substring(9));
    return 97 - body % 97 == key || 97 - (2_000_000_000L + body) % 97 == key;
  }

  /** Swiss AHV/AVS number: 756 then an EAN-13 check. */
  static boolean swiss(String s) {
    return s.length() == 13 && s.startsWith("756") && EAN13CheckDigit.EAN13_CHECK_DIGIT.isValid(s);
  }

  private static final String HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  /** Finnish henkilötunnus: DDMMYY, century sign, three digits, a check character mod 31. */
  static boolean finnish(String s) {
    if (s.length() != 11 || !date(d(s, 0) * 10 + d(s, 1), d(s, 2) * 10 + d(s, 3))) {
      return false;
    }
    long n = Long.parseLong(s.substring(0, 6) + s.substring(7, 10));
    return HETU_CHARS.charAt((int) (n % 31)) == s.charAt(10);
  }

  /** Irish PPS number: 7 digits, a check letter (mod 23, 0 is W), an optional second letter. */
  static boolean irish(String s) {
    if (s.length() < 8 || s.length() > 9) {
      return false;
    }
    int sum = weighted(s, new int[] {8, 7, 6, 5, 4, 3, 2});
    if (s.length() == 9 && s.charAt(8) != 'W') {
      sum += 9 * (s.charAt(8) - 'A' + 1);
    }
    int r = sum % 23;
    return s.charAt(7) == (r == 0 ? 'W' : (char) ('A' + r - 1));
  }

  /** Polish ID card: three letters, then a check digit and five digits (weights 7, 3, 1). */
  static boolean polishCard(String s) {
    if (s.length() != 9) {
      return false;
    }
    int[] w = {7, 3, 1, 0, 7, 3, 1, 7, 3};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = s.charAt(i);
      sum += (i < 3 ? c - 'A' + 10 : c - '0') * w[i];
    }
    return sum % 10 == d(s, 3);
  }

  /**
   * German pension insurance number: area, DDMMYY, the surname's initial, serial, check. The letter
   * counts as its two-digit place in the alphabet; the digit sums of the weighted products add up
   * to the check digit mod 10.
   */
  static boolean german(String s) {
    if (s.length() != 12 || !date(d(s, 2) * 10 + d(s, 3), d(s, 4) * 10 + d(s, 5))) {
      return false;
    }
    int letter = s.charAt(8) - 'A' + 1;
    String digits = s.substring(0, 8) + (letter < 10 ? "0" : "") + letter + s.substring(9, 11);
    int[] w = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int p = d(digits, i) * w[i];
      sum += p / 10 + p % 10;
    }
    return sum % 10 == d(s, 11);
  }

  /** Swedish personnummer with the century (YYYYMMDDNNNN): date and Luhn over the last ten. */
  static boolean swedish(String s) {
    if (s.length() != 12 || !date(d(s, 6) * 10 + d(s, 7) % 60, d(s, 4) * 10 + d(s, 5))) {
      return false; // samordningsnummer add 60 to the day
    }
    return Checksums.luhn(s.substring(2));
  }

  /** Chinese resident identity number: region, YYYYMMDD, serial, ISO 7064 MOD 11-2 check. */
  static boolean chinese(String s) {
    if (s.length() != 18 || !date(d(s, 12) * 10 + d(s, 13), d(s, 10) * 10 + d(s, 11))) {
      return false;
    }
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += d(s, i) * w[i];
    }
    char check = "10X98765432".charAt(sum % 11);
    return Character.toUpperCase(s.charAt(17)) == check;
  }

  /** Korean resident registration number: YYMMDD, then seven digits, the last a check. */
  static boolean korean(String s) {
    if (s.length() != 13 || !date(d(s, 4) * 10 + d(s, 5), d(s, 2) * 10 + d(s, 3))) {
      return false;
    }
    int sum = weighted(s, new int[] {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5});
    return (11 - sum % 11) % 10 == d(s, 12);
  }

  /** Brazilian CPF: nine digits and two mod-11 check digits; one digit repeated is invalid. */
  static boolean brazilian(String s) {
    if (s.length() != 11 || s.chars().distinct().count() == 1) {
      return false;
    }
    int k1 = weighted(s, new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2}) * 10 % 11 % 10;
    int k2 = weighted(s, new int[] {11, 10, 9, 8, 7, 6, 5, 4, 3, 2}) * 10 % 11 % 10;
    return k1 == d(s, 9) && k2 == d(s, 10);
  }

  /** Thai national ID (13 digits, a mod-11 check digit; the first digit a category 1-8). */
  static boolean thai(String s) {
    if (s.length() != 13 || s.charAt(0) < '1' || s.charAt(0) > '8') {
      return false;
    }
    int sum = weighted(s, new int[] {13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2});
    return (11 - sum % 11) % 10 == d(s, 12);
  }

  /** Emirates ID: 784, the year of birth, seven digits, a Luhn check digit. */
  static boolean emirati(String s) {
    int year = s.length() == 15 ? Integer.parseInt(s.substring(3, 7)) : 0;
    return s.startsWith("784") && year >= 1900 && year <= 2099 && Checksums.luhn(s);
  }

  /** Chilean RUT: up to eight digits and a mod-11 check character (0-9 or K). */
  static boolean chilean(String s) {
    int n = s.length() - 1;
    if (n < 7 || n > 8 || Long.parseLong(s.substring(0, n)) >= 50_000_000L) {
      return false; // a firm's RUT is 50 million or more
    }
    int sum = 0;
    int w = 2;
    for (int i = n - 1; i >= 0; i--) {
      sum += d(s, i) * w;
      w = w == 7 ? 2 : w + 1;
    }
    int r = 11 - sum % 11;
    char check = r == 11 ? '0' : r == 10 ? 'K' : (char) ('0' + r);
    return Character.toUpperCase(s.charAt(n)) == check;
  }

  /** Argentine CUIL/CUIT: a kind (20, 23, 24, 27), the DNI's eight digits, a mod-11 digit. */
  static boolean argentine(String s) {
    if (s.length() != 11
        || !(s.startsWith("20")
            || s.startsWith("23")
            || s.startsWith("24")
            || s.startsWith("27"))) {
      return false;
    }
    int r = 11 - weighted(s, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11;
    return r != 10 && (r == 11 ? 0 : r) == d(s, 10);
  }

  /** Brazilian PIS/PASEP/NIT: ten digits and a mod-11 check digit. */
  static boolean pis(String s) {
    if (s.length() != 11 || s.chars().distinct().count() == 1) {
      return false;
    }
    int r = 11 - weighted(s, new int[] {3, 2, 9, 8, 7, 6, 5, 4, 3, 2}) % 11;
    return (r >= 10 ? 0 : r) == d(s, 10);
  }

  /**
   * Icelandic kennitala of a person: the birth date, two digits, a mod-11 digit, the century (9 or
   * 0). A firm's adds 40 to the day, and the date check refuses it: it is no person's.
   */
  static boolean icelandic(String s) {
    if (s.length() != 10) {
      return false;
    }
    int day = d(s, 0) * 10 + d(s, 1);
    int month = d(s, 2) * 10 + d(s, 3);
    char century = s.charAt(9);
    if (!date(day, month) || (century != '9' && century != '0')) {
      return false;
    }
    int r = 11 - weighted(s, new int[] {3, 2, 7, 6, 5, 4, 3, 2}) % 11;
    return r != 10 && (r == 11 ? 0 : r) == d(s, 8);
  }

  /**
   * Czech and Slovak rodné číslo of ten digits: the birth date (women add 50 to the month, later
   * numbers 20), and the whole number divisible by 11.
   */
  static boolean czech(String s) {
    if (s.length() != 10) {
      return false;
    }
    int month = (d(s, 2) * 10 + d(s, 3)) % 50;
    if (!date(d(s, 4) * 10 + d(s, 5), month > 20 ? month - 20 : month)) {
      return false;
    }
    long n = Long.parseLong(s);
    return n % 11 == 0 || (Long.parseLong(s.substring(0, 9)) % 11 == 10 && d(s, 9) == 0);
  }

  /**
   * Austrian social insurance number: a serial of three digits, a check digit, the birth date as
   * DDMMYY; the digits weighted 3, 7, 9, (the check), 5, 8, 4, 2, 1, 6, the sum modulo 11 is the
   * check digit (10 is never issued).
   */
  static boolean austrian(String s) {
    return s.length() == 10
        && s.charAt(0) != '0'
        && weighted(s, new int[] {3, 7, 9, 0, 5, 8, 4, 2, 1, 6}) % 11 == d(s, 3)
        && date(Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
  }

  /** Hungarian TAJ number: eight digits weighted 3 and 7 in turn, the sum's last digit ninth. */
  static boolean hungarianTaj(String s) {
    return s.length() == 9 && weighted(s, new int[] {3, 7, 3, 7, 3, 7, 3, 7}) % 10 == d(s, 8);
  }

  /** Israeli identity number: nine digits, weights 1 and 2 in turn, digit sums, mod 10. */
  static boolean israeli(String s) {
    if (s.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int x = d(s, i) * (i % 2 == 0 ? 1 : 2);
      sum += x > 9 ? x - 9 : x;
    }
    return sum % 10 == 0;
  }

  /** Croatian OIB: eleven digits, the last an ISO 7064 MOD 11,10 check over the first ten. */
  static boolean croatian(String s) {
    if (s.length() != 11) {
      return false;
    }
    int a = 10;
    for (int i = 0; i < 10; i++) {
      a = (a + d(s, i)) % 10;
      a = (a == 0 ? 10 : a) * 2 % 11;
    }
    return (11 - a) % 10 == d(s, 10);
  }

  /**
   * Slovenian EMŠO (and the former Yugoslav JMBG): DDMMYYY, region, serial, a mod-11 digit over
   * weights 7 to 2 twice.
   */
  static boolean slovenian(String s) {
    if (s.length() != 13 || !date(d(s, 0) * 10 + d(s, 1), d(s, 2) * 10 + d(s, 3))) {
      return false;
    }
    int r = 11 - weighted(s, new int[] {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11;
    return r != 10 && (r == 11 ? 0 : r) == d(s, 12);
  }

  /** Australian tax file number: nine digits weighted 1, 4, 3, 7, 5, 8, 6, 9, 10, mod 11. */
  static boolean australianTfn(String s) {
    return s.length() == 9 && weighted(s, new int[] {1, 4, 3, 7, 5, 8, 6, 9, 10}) % 11 == 0;
  }

  /**
   * Swedish personnummer or samordningsnummer without the century (YYMMDD-NNNN; the latter adds 60
   * to the day): a date and Luhn over the ten digits.
   */
  static boolean swedishShort(String s) {
    return s.length() == 10
        && date((d(s, 4) * 10 + d(s, 5)) % 60, d(s, 2) * 10 + d(s, 3))
        && Checksums.luhn(s);
  }

  private static final String TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

  /**
   * Taiwanese national identification number: a letter (its code 10 to 35 as two digits), 1 or 2
   * for the sex, eight digits; weights 1, 9, 8, ..., 1, 1, sum divisible by 10.
   */
  static boolean taiwanese(String s) {
    if (s.length() != 10 || TAIWAN_LETTERS.indexOf(s.charAt(0)) < 0) {
      return false;
    }
    int code = TAIWAN_LETTERS.indexOf(s.charAt(0)) + 10;
    int sum = code / 10 + code % 10 * 9;
    for (int i = 1; i < 9; i++) {
      sum += d(s, i) * (9 - i);
    }
    return (sum + d(s, 9)) % 10 == 0;
  }

  /**
   * Singapore NRIC and FIN: S, T, F, G or M, seven digits weighted 2, 7, 6, 5, 4, 3, 2 (T and G add
   * 4, M adds 3), and a check letter from the prefix's table.
   */
  static boolean singaporean(String s) {
    if (s.length() != 9) {
      return false;
    }
    char prefix = s.charAt(0);
    int sum = 0;
    int[] w = {2, 7, 6, 5, 4, 3, 2};
    for (int i = 0; i < 7; i++) {
      sum += d(s, i + 1) * w[i];
    }
    String table;
    switch (prefix) {
      case 'S' -> table = "JZIHGFEDCBA";
      case 'T' -> {
        sum += 4;
        table = "JZIHGFEDCBA";
      }
      case 'F' -> table = "XWUTRQPNMLK";
      case 'G' -> {
        sum += 4;
        table = "XWUTRQPNMLK";
      }
      case 'M' -> {
        sum += 3;
        table = "KLJNPQRTUWX";
      }
      default -> {
        return false;
      }
    }
    return table.charAt(sum % 11) == s.charAt(8);
  }

  /**
   * Hong Kong identity card number: one or two letters, six digits, a check digit or A (written in
   * brackets, given here without them); a single letter counts as a space (36) before it.
   */
  static boolean hongKong(String s) {
    int letters = s.length() - 7;
    if (letters < 1 || letters > 2) {
      return false;
    }
    int sum =
        letters == 1
            ? 36 * 9 + (s.charAt(0) - 'A' + 10) * 8
            : (s.charAt(0) - 'A' + 10) * 9 + (s.charAt(1) - 'A' + 10) * 8;
    for (int i = 0; i < 6; i++) {
      sum += d(s, letters + i) * (7 - i);
    }
    int r = (11 - sum % 11) % 11;
    char check = s.charAt(s.length() - 1);
    return r == 10 ? check == 'A' : check == (char) ('0' + r);
  }
}
