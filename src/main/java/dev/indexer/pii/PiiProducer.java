package dev.indexer.pii;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The redaction policy of the service, built from {@link PiiConfig}; invalid config fails start. */
@ApplicationScoped
public class PiiProducer {

  @Produces
  @ApplicationScoped
  PiiRedactor redactor(PiiConfig config) {
    PiiPolicy policy = PiiPolicy.from(config);
    Log.infof("PII policy %s: %d types, operators %s", policy.version(), policy.enabledTypes().size(), policy.operators());
    return PolicyPiiRedactor.of(policy);
  }
}
