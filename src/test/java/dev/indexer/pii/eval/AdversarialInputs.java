package dev.indexer.pii.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Inputs built to make regexes backtrack or scanners go quadratic, about 1 MB each. */
public final class AdversarialInputs {

  static final int SIZE = 1 << 20;

  private AdversarialInputs() {}

  public static Map<String, String> all() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("one long token of letters", "a".repeat(SIZE));
    m.put("one long token of digits", "1".repeat(SIZE));
    m.put("digits and spaces", "1 ".repeat(SIZE / 2));
    m.put("digits and dashes", "12-".repeat(SIZE / 3));
    m.put("dots and digits", "1.".repeat(SIZE / 2));
    m.put("at signs", "a@".repeat(SIZE / 2));
    m.put("local part then at", "a.".repeat(SIZE / 2 - 1) + "@x");
    m.put("colons and hex", "a:".repeat(SIZE / 2));
    m.put("scheme without end", "http://" + "a:".repeat(SIZE / 2 - 8));
    m.put("password keywords", "password=".repeat(SIZE / 9));
    m.put("capitalised words", "Maria ".repeat(SIZE / 6));
    m.put("BEGIN markers", "-----BEGIN ".repeat(SIZE / 11));
    m.put("private key without end", "-----BEGIN RSA PRIVATE KEY-----\n" + "A".repeat(SIZE - 40));
    m.put("base64 run", base64(SIZE));
    m.put("uppercase and digits", "AB12".repeat(SIZE / 4));
    m.put("binary garbage", garbage(SIZE));
    m.put("unpaired surrogates", "\ud800x\udc00".repeat(SIZE / 3));
    m.put("street numbers", "12 Main ".repeat(SIZE / 8));
    // Scripts without capitals: terms of address in one run of Han, honorifics after one long
    // word of Hangul, Thai titles without spaces, one name repeated in Arabic.
    m.put("Han run with terms of address", "王秀英先生".repeat(SIZE / 5));
    m.put("Hangul with honorifics", "김민준님".repeat(SIZE / 4));
    m.put("Thai titles without spaces", "คุณนายนาง".repeat(SIZE / 9));
    m.put("Arabic names repeated", "وقال يوسف العتيبي ".repeat(SIZE / 18));
    // Generation 16: version-shaped addresses on one line, HTML rows without an end, a header of
    // thousands of cells above dates, houses before streets, given names joined by "e".
    m.put("version-shaped addresses on one line", "from 5.12.3.8 x ".repeat(SIZE / 16));
    m.put("table rows without cells", "1 <tr><th>dob</th></tr>" + "<tr>".repeat(SIZE / 4 - 6));
    m.put("wide rows of dates", wideRows());
    m.put(
        "houses before streets",
        "Flat 9, Kingfisher House, 40 Canal Street, Manchester M1 3HE\n".repeat(SIZE / 61));
    m.put("given names joined by e", "I figli Massimo e Cinzia sono qui. ".repeat(SIZE / 35));
    // Generation 19: letters and digits in one run (a postcode's word walked back), address
    // labels behind a tab, lines of parts before postcodes, address lines in capitals.
    m.put("letters and digits alternating", "a1".repeat(SIZE / 2));
    m.put("tabbed address labels", "\tAddress: 12 Main Rd\n".repeat(SIZE / 21));
    m.put(
        "parts before postcodes",
        "Mill House, Upper Dean, Huntingdon PE28 0NE, Hovedgaden 4, st. th., 4000 Roskilde\n"
            .repeat(SIZE / 84));
    m.put("address lines in capitals", "SHIP TO: 8813 BLUEBONNET TRL APT 4\n".repeat(SIZE / 35));
    m.put(
        "a chat of given names in their cases",
        "[10:01] Kasia: byłam z magdą u magdy, pozdrów magdę\n[10:02] Ola: a ja z олесею\n"
            .repeat(SIZE / 80));
    m.put(
        "a chat of one case form",
        "[10:01] Kasia: z magdą\n[10:02] Ola: z magdą\n".repeat(SIZE / 46));
    return m;
  }

  private static String base64(int n) {
    Random r = new Random(3);
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(a.charAt(r.nextInt(a.length())));
    }
    return b.toString();
  }

  /** Two lines of thousands of date cells each: a header walked once per column is quadratic. */
  private static String wideRows() {
    int cells = SIZE / 22;
    return "1950-01-01,".repeat(cells) + "\n" + "1990-01-01,".repeat(cells);
  }

  private static String garbage(int n) {
    Random r = new Random(5);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) r.nextInt(0x10000));
    }
    return b.toString();
  }
}
