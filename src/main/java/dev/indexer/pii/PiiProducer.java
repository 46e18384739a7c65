package dev.indexer.pii;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The redaction policy of the service. */
@ApplicationScoped
public class PiiProducer {

  @Produces
  @ApplicationScoped
  PiiRedactor redactor() {
    return new PatternPiiRedactor();
  }
}
