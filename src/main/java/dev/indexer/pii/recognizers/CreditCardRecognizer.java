package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;

/**
 * Payment card numbers: 12 to 19 digits, compact or grouped by spaces or dashes, with a known
 * issuer prefix and length (including JCB, UnionPay, Mir and Maestro, which general validators
 * miss) and a valid Luhn check digit. UnionPay numbers without a Luhn digit count only next to a
 * card cue; a number introduced as an order, shipment or parcel number is not a card.
 */
public final class CreditCardRecognizer implements Recognizer {

  private record Brand(
      String name, int low, int high, int prefixDigits, int minLength, int maxLength) {
    boolean matches(String digits) {
      if (digits.length() < minLength
          || digits.length() > maxLength
          || digits.length() < prefixDigits) {
        return false;
      }
      int p = Integer.parseInt(digits.substring(0, prefixDigits));
      return p >= low && p <= high;
    }
  }

  private static final List<Brand> BRANDS =
      List.of(
          new Brand("visa", 4, 4, 1, 13, 19),
          new Brand("mastercard", 51, 55, 2, 16, 16),
          new Brand("mastercard", 2221, 2720, 4, 16, 16),
          new Brand("amex", 34, 34, 2, 15, 15),
          new Brand("amex", 37, 37, 2, 15, 15),
          new Brand("diners", 300, 305, 3, 14, 19),
          new Brand("diners", 3095, 3095, 4, 14, 19),
          new Brand("diners", 36, 36, 2, 14, 19),
          new Brand("diners", 38, 39, 2, 14, 19),
          new Brand("discover", 6011, 6011, 4, 16, 19),
          new Brand("discover", 644, 649, 3, 16, 19),
          new Brand("discover", 65, 65, 2, 16, 19),
          new Brand("jcb", 3528, 3589, 4, 16, 19),
          new Brand("unionpay", 62, 62, 2, 16, 19),
          new Brand("unionpay", 81, 81, 2, 16, 19),
          new Brand("mir", 2200, 2204, 4, 16, 19),
          new Brand("maestro", 50, 50, 2, 12, 19),
          new Brand("maestro", 56, 58, 2, 12, 19),
          new Brand("maestro", 60, 69, 2, 12, 19),
          new Brand("rupay", 508, 508, 3, 16, 16),
          new Brand("troy", 9792, 9792, 4, 16, 16));

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.CREDIT_CARD);
  }

  @Override
  public void find(String text, List<Finding> out) {
    for (DigitGroups.Run run : DigitGroups.runs(text, " -")) {
      boolean cell = csvCell(text, run.start(), run.end());
      if ((precededByNumberChar(text, run.start()) || followedByNumberChar(text, run.end()))
          && !cell) {
        continue;
      }
      if (!groupedLikeACard(run) || numberedAsSomethingElse(text, run.start())) {
        continue;
      }
      // Longest card number starting at a group boundary and ending at one.
      int g = 0;
      while (g < run.groups()) {
        int bestEnd = -1;
        int length = 0;
        for (int h = g; h < run.groups(); h++) {
          length += run.ends()[h] - run.starts()[h];
          if (length > 19) {
            break;
          }
          if (length >= 12
              && cardGrouping(run, g, h)
              && valid(run.digits(text, g, h + 1), text, run.starts()[g])) {
            bestEnd = h;
          }
        }
        if (bestEnd >= 0) {
          // 0.99: a number right after the name of an identity document ("NIK: 3578...") is that
          // document's (1.0), though it passes the Luhn check too.
          out.add(new Finding(PiiType.CREDIT_CARD, run.starts()[g], run.ends()[bestEnd], 0.99));
          g = bestEnd + 1;
        } else {
          g++;
        }
      }
    }
    if (dottedGroups(text)) {
      findDotted(text, out);
    }
  }

  /** Words that introduce an order, shipment or parcel number, or a product's barcode. */
  private static final String[] OTHER_NUMBERS = {
    "order",
    "shipment",
    "tracking",
    "parcel",
    "consignment",
    "invoice",
    "bestell",
    "sendung",
    "pedido",
    "envío",
    "envio",
    "commande",
    "colis",
    "zamówieni",
    "przesyłk",
    "bestelling",
    "zending",
    "ordine",
    "spedizione",
    "encomenda",
    "sipariş",
    "kargo",
    "awb",
    "waybill",
    "ean",
    "gtin",
    "upc",
    "isbn",
    "barcode",
    "jan code",
    "jan-code",
    "janコード"
  };

  private static final String[] CARD_CUES = {
    "card",
    "karte",
    "carte",
    "tarjeta",
    "carta",
    "cartão",
    "kaart",
    "karta",
    "kart",
    "visa",
    "mastercard",
    "amex",
    "cc",
    "pan",
    "карта",
    "карты",
    "картка",
    "kortti",
    "κάρτα",
    "kartu",
    "thẻ",
    "כרטיס",
    "بطاقة",
    "卡号",
    "银行卡",
    "カード",
    "카드",
    "บัตร"
  };

  /**
   * An order, shipment or parcel word just before the number and no card word between: the number
   * is that order's, whatever its check digit.
   */
  private static boolean numberedAsSomethingElse(String text, int start) {
    return Context.anyWordBefore(text, start, 24, OTHER_NUMBERS)
        && !Context.anyWordBefore(text, start, 24, CARD_CUES);
  }

  /**
   * A run of 12 digits or more that is a whole cell of a comma-separated row: a comma on both sides
   * ("7,Lena Moor,4539812776041931,09/27"), so neither is a decimal comma.
   */
  private static boolean csvCell(String text, int start, int end) {
    return start > 0
        && text.charAt(start - 1) == ','
        && end < text.length()
        && text.charAt(end) == ','
        && end - start >= 12;
  }

  /** Whether four digits, a dot and four digits stand anywhere: most texts with dots have none. */
  private static boolean dottedGroups(String text) {
    for (int i = text.indexOf('.', 4);
        i >= 0 && i + 4 < text.length();
        i = text.indexOf('.', i + 1)) {
      if (DigitGroups.isDigit(text.charAt(i - 1))
          && DigitGroups.isDigit(text.charAt(i + 1))
          && DigitGroups.isDigit(text.charAt(i - 4))
          && DigitGroups.isDigit(text.charAt(i + 4))) {
        return true;
      }
    }
    return false;
  }

  /** Cards written in four groups of four parted by dots: "4539.8127.7604.1931". */
  private static void findDotted(String text, List<Finding> out) {
    for (DigitGroups.Run run : DigitGroups.runs(text, ".")) {
      if (groupsOfFour(run)
          && !precededByNumberChar(text, run.start())
          && !followedByNumberChar(text, run.end())
          && !numberedAsSomethingElse(text, run.start())
          && valid(run.digits(text, 0, 4), text, run.start())) {
        out.add(new Finding(PiiType.CREDIT_CARD, run.start(), run.end(), 0.99));
      }
    }
  }

  private static boolean groupsOfFour(DigitGroups.Run run) {
    for (int g = 0; g < run.groups(); g++) {
      if (run.ends()[g] - run.starts()[g] != 4) {
        return false;
      }
    }
    return run.groups() == 4;
  }

  /**
   * Cards are written compact or in groups of 4 (Amex and Diners 4-6-5 / 4-6-4): groups of 3 or
   * more.
   */
  private static boolean groupedLikeACard(DigitGroups.Run run) {
    int shortGroups = 0;
    for (int g = 0; g < run.groups(); g++) {
      if (run.ends()[g] - run.starts()[g] < 3) {
        shortGroups++;
      }
    }
    return shortGroups <= 1;
  }

  /**
   * Groups [g, h] as cards are printed: one compact group, groups of four (the last one shorter),
   * or Amex and Diners 4-6-5 / 4-6-4. An order number such as 123-4567890-1234567 is not.
   */
  private static boolean cardGrouping(DigitGroups.Run run, int g, int h) {
    if (g == h) {
      return true;
    }
    int[] len = new int[h - g + 1];
    for (int i = g; i <= h; i++) {
      len[i - g] = run.ends()[i] - run.starts()[i];
    }
    if (len[0] != 4) {
      return false;
    }
    if (len.length == 3 && len[1] == 6 && (len[2] == 5 || len[2] == 4)) {
      return true;
    }
    for (int i = 1; i < len.length - 1; i++) {
      if (len[i] != 4) {
        return false;
      }
    }
    return len[len.length - 1] >= 1 && len[len.length - 1] <= 4;
  }

  /** A decimal point or a digit glued to the run means it is part of some other number. */
  private static boolean precededByNumberChar(String text, int start) {
    if (start == 0) {
      return false;
    }
    char c = text.charAt(start - 1);
    return Character.isLetter(c)
        || ((c == '.' || c == ',' || c == '/')
            && start >= 2
            && DigitGroups.isDigit(text.charAt(start - 2)));
  }

  private static boolean followedByNumberChar(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return Character.isLetter(c)
        || ((c == '.' || c == ',' || c == '/')
            && end + 1 < text.length()
            && DigitGroups.isDigit(text.charAt(end + 1)));
  }

  static boolean valid(String digits, String text, int start) {
    if (digits.length() == 16
        && !text.isEmpty()
        && Checksums.luhn(digits)
        && cardNamedBefore(text, start)) {
      return true; // a domestic scheme's prefix, in no brand table, named a card (카드번호)
    }
    for (Brand b : BRANDS) {
      if (b.matches(digits)) {
        if (Checksums.luhn(digits)) {
          return true;
        }
        if (b.name().equals("unionpay")
            && Context.anyBefore(
                text,
                start,
                40,
                "unionpay",
                "union pay",
                "银联",
                "card",
                "carte",
                "karte",
                "tarjeta")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words for a card, whole ("card", "Karte"), and in scripts that join words ("신용카드번호"). */
  private static final String[] CARD_WORDS = {
    "card", "karte", "carte", "tarjeta", "carta", "cartão", "kaart", "karta", "kart", "kortti",
    "карта", "карты", "картка", "κάρτα", "kartu", "thẻ", "כרטיס", "بطاقة"
  };

  private static final String[] JOINED_CARD_WORDS = {"卡号", "银行卡", "信用卡", "カード", "카드", "บัตร"};

  /**
   * Whether a card is named within 24 characters before the number: a whole word ("card number:",
   * not "cardinality", "Panel", "cc"), or a card word inside a longer word of a script without
   * spaces.
   */
  private static boolean cardNamedBefore(String text, int start) {
    String before = Context.before(text, start, 24);
    for (String w : JOINED_CARD_WORDS) {
      if (before.contains(w)) {
        return true;
      }
    }
    for (String w : CARD_WORDS) {
      for (int i = before.indexOf(w); i >= 0; i = before.indexOf(w, i + 1)) {
        int e = i + w.length();
        if ((i == 0 || !Character.isLetter(before.charAt(i - 1)))
            && (e == before.length() || !Character.isLetter(before.charAt(e)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a number (separators allowed) is a plausible card number; for tests and tools. */
  public static boolean isCardNumber(String number) {
    return valid(Checksums.digits(number), "", 0);
  }
}
