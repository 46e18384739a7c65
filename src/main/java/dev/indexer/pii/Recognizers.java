package dev.indexer.pii;

import dev.indexer.pii.recognizers.CreditCardRecognizer;
import dev.indexer.pii.recognizers.DateOfBirthRecognizer;
import dev.indexer.pii.recognizers.EmailRecognizer;
import dev.indexer.pii.recognizers.ExampleValues;
import dev.indexer.pii.recognizers.IbanRecognizer;
import dev.indexer.pii.recognizers.IpAddressRecognizer;
import dev.indexer.pii.recognizers.MacAddressRecognizer;
import dev.indexer.pii.recognizers.PassportOrIdRecognizer;
import dev.indexer.pii.recognizers.PersonRecognizer;
import dev.indexer.pii.recognizers.PhoneRecognizer;
import dev.indexer.pii.recognizers.SecretRecognizer;
import dev.indexer.pii.recognizers.StreetAddressRecognizer;
import dev.indexer.pii.recognizers.UrlCredentialsRecognizer;
import dev.indexer.pii.recognizers.UsSsnRecognizer;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;

/** The built-in recognizers. */
public final class Recognizers {

  private Recognizers() {}

  public static List<Recognizer> defaults(PiiPolicy policy) {
    return List.of(
        new SecretRecognizer(),
        new UrlCredentialsRecognizer(),
        new ExampleValues(new EmailRecognizer()),
        new ExampleValues(new IbanRecognizer()),
        new ExampleValues(new CreditCardRecognizer()),
        new UsSsnRecognizer(),
        new ExampleValues(new PhoneRecognizer(policy.phoneRegions())),
        new ExampleValues(new IpAddressRecognizer()),
        new ExampleValues(new MacAddressRecognizer()),
        new DateOfBirthRecognizer(),
        new ExampleValues(new PassportOrIdRecognizer()),
        new StreetAddressRecognizer(),
        new ExampleValues(new PersonRecognizer()));
  }

  /** An analyzer with the built-in recognizers and the policy's types. */
  public static PiiAnalyzer analyzer(PiiPolicy policy) {
    return new PiiAnalyzer(defaults(policy), policy.enabledTypes());
  }
}
