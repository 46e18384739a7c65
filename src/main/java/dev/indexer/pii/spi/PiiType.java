package dev.indexer.pii.spi;

/**
 * The kinds of personal data and secrets the redactor finds. Names are part of the output format.
 */
public enum PiiType {
  EMAIL,
  PHONE,
  CREDIT_CARD,
  IBAN,
  US_SSN,
  IP_ADDRESS,
  MAC_ADDRESS,
  URL_WITH_CREDENTIALS,
  API_KEY_OR_SECRET,
  PERSON,
  STREET_ADDRESS,
  DATE_OF_BIRTH,
  PASSPORT_OR_ID;

  /**
   * Types with a fixed shape and, mostly, a checksum: the recall and precision targets are strict.
   */
  public boolean structured() {
    return switch (this) {
      case PERSON, STREET_ADDRESS, DATE_OF_BIRTH, PASSPORT_OR_ID -> false;
      default -> true;
    };
  }
}
