package dev.indexer.pii.recognizers;

/** Check-digit algorithms used to tell real identifiers from look-alikes. */
public final class Checksums {

  private Checksums() {}

  /** The digits of {@code s}, separators dropped. */
  static String digits(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Luhn (mod 10) over a string of digits. */
  public static boolean luhn(String digits) {
    if (digits.isEmpty()) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** ICAO 9303 check digit (weights 7, 3, 1; '<' is 0, letters 10..35). */
  public static int icao(CharSequence s) {
    int[] w = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else if (c == '<') {
        v = 0;
      } else {
        return -1;
      }
      sum += v * w[i % 3];
    }
    return sum % 10;
  }

  /** Spanish DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits, letter): mod-23 letter. */
  public static boolean spanishId(String id) {
    String s = id.toUpperCase();
    if (s.length() != 9) {
      return false;
    }
    char first = s.charAt(0);
    String num;
    if (first == 'X' || first == 'Y' || first == 'Z') {
      num = (first - 'X') + s.substring(1, 8);
    } else {
      num = s.substring(0, 8);
    }
    for (int i = 0; i < num.length(); i++) {
      if (!Character.isDigit(num.charAt(i))) {
        return false;
      }
    }
    String letters = "TRWAGMYFPDXBNJZSQVHLCKE";
    return letters.charAt(Integer.parseInt(num) % 23) == s.charAt(8);
  }

  /** Dutch BSN: 9 digits passing the "11-proef" (last digit weighted -1). */
  public static boolean dutchBsn(String digits) {
    if (digits.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (digits.charAt(i) - '0') * (9 - i);
    }
    sum -= digits.charAt(8) - '0';
    return sum % 11 == 0 && !digits.startsWith("00");
  }

  /** Italian codice fiscale (16 chars) check character. */
  public static boolean italianFiscalCode(String code) {
    String s = code.toUpperCase();
    if (s.length() != 16) {
      return false;
    }
    int[] odd = {
      1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A';
      } else {
        return false;
      }
      sum += (i % 2 == 0) ? odd[v] : v;
    }
    return s.charAt(15) == (char) ('A' + sum % 26);
  }

  /** Shannon entropy in bits per character. */
  public static double entropy(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    int[] ascii = new int[128];
    java.util.Map<Character, Integer> other = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        ascii[c]++;
      } else {
        if (other == null) {
          other = new java.util.HashMap<>();
        }
        other.merge(c, 1, Integer::sum);
      }
    }
    double h = 0;
    for (int c : ascii) {
      if (c > 0) {
        double p = (double) c / n;
        h -= p * Math.log(p);
      }
    }
    if (other != null) {
      for (int c : other.values()) {
        double p = (double) c / n;
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(2);
  }
}
