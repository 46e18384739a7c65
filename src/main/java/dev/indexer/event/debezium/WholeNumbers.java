package dev.indexer.event.debezium;

import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.math.BigDecimal;

/** Whole numbers from the values of either form, refused with a message that quotes nothing. */
final class WholeNumbers {

  private WholeNumbers() {}

  static Long of(String text, String what) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw notWhole(what);
    }
  }

  static Long of(BigDecimal decimal, String what) {
    try {
      return decimal.longValueExact();
    } catch (ArithmeticException e) {
      throw notWhole(what);
    }
  }

  static InvalidEventException notWhole(String what) {
    return new InvalidEventException(
        Reason.UNDECODABLE, "Debezium " + what + " is not a whole number");
  }
}
