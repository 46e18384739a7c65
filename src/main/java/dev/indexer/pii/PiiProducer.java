package dev.indexer.pii;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

/**
 * The redaction policy of the service, built from {@link PiiConfig}; invalid config fails start.
 */
@ApplicationScoped
public class PiiProducer {

  @Produces
  @ApplicationScoped
  PiiRedactor redactor(PiiConfig config, MeterRegistry registry) {
    PiiPolicy policy = PiiPolicy.from(config);
    PiiRedactor redactor = PolicyPiiRedactor.of(policy, new PiiMetrics(registry));
    Log.infof(
        "PII policy %s: %d types, operators %s",
        policy.version(), policy.enabledTypes().size(), policy.operators());
    return redactor;
  }

  /** Builds the redactor at start, so a bad policy stops the service before it reads any event. */
  void validateAtStart(@Observes StartupEvent start, PiiRedactor redactor) {
    redactor.policyVersion();
  }
}
