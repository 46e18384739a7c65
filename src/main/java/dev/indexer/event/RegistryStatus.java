package dev.indexer.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Whether the schema registry answered the last time decoding needed it. Untouched until the first
 * Avro event whose schema is not cached yet, so a service that sees only JSON never reports on it.
 */
@ApplicationScoped
public class RegistryStatus {

  private volatile String fault;
  private volatile Instant since;

  /** The registry answered (a schema, or that it has no such schema). */
  public void reachable() {
    fault = null;
    since = null;
  }

  /** The registry could not serve a request; {@code fault} names no host and no data. */
  public void unreachable(String fault) {
    if (this.fault == null) {
      since = Instant.now();
    }
    this.fault = fault;
  }

  /** The current fault, or {@code null} while the registry answers (or was never needed). */
  public String fault() {
    return fault;
  }

  /** Since when the current fault lasts, or {@code null}. */
  public Instant since() {
    return since;
  }
}
