package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells of a table's address column: under a header line of a CSV, a pipe table or a table laid
 * out with spaces, or in the rows a list of columns names apart ({@link TableColumns}, {@link
 * AlignedColumns}). A column is one of addresses when its name is an address's in some language
 * ("Address", "Indirizzo", "Morada", "Địa chỉ", "نشانی", "住所"), alone or with one to three words
 * after it ("adresse_foyer", "Residenza del nucleo"), but not a machine's ("IP address", "Adresse
 * IP"). A cell is a street address when it holds a number and a word of letters; a town alone
 * ("Berlin"), a network address, an e-mail address, a link or a wallet's key is not.
 */
final class AddressColumns {

  private AddressColumns() {}

  /** Names of an address column (lower case, '_' and '-' as spaces, as TableColumns gives them). */
  private static final Set<String> NAMES =
      Set.of(
          "address",
          "addr",
          "home address",
          "street address",
          "postal address",
          "mailing address",
          "residential address",
          "address line 1",
          "address1",
          "street",
          "adresse",
          "anschrift",
          "wohnadresse",
          "straße",
          "strasse",
          "straat + huisnr",
          "straat",
          "adres",
          "adresa",
          "indirizzo",
          "residenza",
          "dirección",
          "direccion",
          "domicilio",
          "morada",
          "endereço",
          "endereco",
          "adress",
          "osoite",
          "cím",
          "lakcím",
          "адрес",
          "адреса",
          "διεύθυνση",
          "住所",
          "地址",
          "家庭住址",
          "现住址",
          "주소",
          "ที่อยู่",
          "địa chỉ",
          "alamat",
          "العنوان",
          "عنوان السكن",
          "نشانی",
          "آدرس",
          "כתובת",
          "पता");

  /** Words after an address's name that make it a machine's or no place's. */
  private static final Set<String> NOT_POSTAL =
      Set.of(
          "ip",
          "mac",
          "e",
          "e mail",
          "email",
          "mail",
          "web",
          "url",
          "server",
          "ipv4",
          "ipv6",
          "wallet",
          "bitcoin",
          "btc",
          "eth",
          "host",
          "hash",
          "contract",
          "memory",
          "return",
          "electrónica",
          "électronique",
          "elettronica",
          "eletrônico",
          "электронной",
          "de",
          "of");

  /**
   * The address columns: a name of {@link #NAMES}, alone or with one to three words after it, or a
   * compound of Chinese, Japanese or Korean ending in an address's word.
   */
  private static final Set<String> COLUMNS =
      ColumnNames.of(NAMES, name -> qualified(name) || compound(name));

  private static boolean qualified(String name) {
    for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
      if (NAMES.contains(name.substring(0, space))) {
        String[] rest = name.substring(space + 1).split(" ");
        if (rest.length > 3) {
          return false;
        }
        for (String w : rest) {
          if (w.isEmpty() || NOT_POSTAL.contains(w) || !Character.isLetter(w.charAt(0))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The address words that end a compound column name of Chinese, Japanese and Korean. */
  private static final String[] COMPOUND_ENDS = {"住所", "地址", "住址", "주소"};

  /** Parts of a compound name that make it a machine's or a mailbox's ("IP地址", "邮箱地址"). */
  private static final Pattern NOT_POSTAL_COMPOUND =
      Pattern.compile("[a-z]|邮|郵|メール|服务器|伺服器|网|網|电子|電子|이메일|메일|서버");

  /** "お届け先住所", "收货地址", "현주소": a name of up to eight characters ending with one of those. */
  private static boolean compound(String name) {
    if (name.length() > 8) {
      return false;
    }
    for (String end : COMPOUND_ENDS) {
      if (name.endsWith(end)) {
        return !NOT_POSTAL_COMPOUND.matcher(name).find();
      }
    }
    return false;
  }

  private static final Pattern MACHINE =
      Pattern.compile(
          "[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[0-9a-fA-F]{1,4}::?[0-9a-fA-F]|[^\\s]*(?:@|://)|0x[0-9a-fA-F]|[A-Za-z0-9]{20}"
              // a host's name or a host and port: "k8s-a1.elb.amazonaws.com", "localhost:6379"
              + "|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+){2,}(?![^\\s,])|[A-Za-z0-9.-]+:[0-9]{2,5}(?![0-9])");

  /** Adds the street addresses of the address columns' cells of {@code text}. */
  static void find(String text, String lower, int first, List<Finding> out) {
    TableColumns.Cell cell =
        (t, s, e, column) -> {
          while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
          }
          if (s < e && t.charAt(s) == '"') {
            s++;
          }
          if (s > 0 && t.charAt(s - 1) == '"' && TableColumns.indexIn(t, '"', s, e) < 0) {
            // A quoted cell of a CSV holds the commas of its address: it ends at its quote.
            int close = t.indexOf('"', s);
            if (close < 0 || close > Scan.lineEnd(t, s)) {
              return;
            }
            e = close;
          }
          while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == '"')) {
            e--;
          }
          if (postal(t, s, e)) {
            add(s, e, first, out);
          }
        };
    TableColumns.scan(text, lower, COLUMNS, cell);
    if (text.indexOf("  ") >= 0 || text.indexOf('\t') >= 0) {
      AlignedColumns.scan(text, lower, COLUMNS, cell);
    }
  }

  /** Whether the cell [s, e) reads as a street address: a number and a word, no machine's. */
  private static boolean postal(String text, int s, int e) {
    if (e - s < 5 || e - s > 160) {
      return false;
    }
    boolean digit = false;
    int letters = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      digit |= Character.isDigit(c);
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return digit
        && letters >= 3
        && (TableColumns.indexIn(text, ' ', s, e) >= 0
            || letters >= 4 && !Scan.isDigit(text.charAt(s)))
        && !MACHINE.matcher(text).region(s, e).find();
  }

  /** Adds [s, e) in place of the addresses found inside it, unless one covers it already. */
  private static void add(int s, int e, int first, List<Finding> out) {
    if (StreetAddressRecognizer.covered(out, first, s, e)) {
      return;
    }
    int from = Math.max(first, out.size() - StreetAddressRecognizer.RECENT);
    out.subList(from, out.size())
        .removeIf(f -> f.type() == PiiType.STREET_ADDRESS && s <= f.start() && f.end() <= e);
    out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.75));
  }
}
