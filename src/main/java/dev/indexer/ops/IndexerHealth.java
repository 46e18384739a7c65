package dev.indexer.ops;

import dev.indexer.pipeline.FaultListener;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * State of the indexing pipeline: whether an event is held up by a transient fault (Qdrant or the
 * embedding backend unavailable), and whether the service is shutting down.
 */
@ApplicationScoped
public class IndexerHealth implements FaultListener {

  private volatile String fault;
  private volatile Instant since;
  private volatile boolean stopping;

  @Override
  public void retrying(String reason) {
    if (fault == null) {
      since = Instant.now();
    }
    fault = reason;
  }

  @Override
  public void recovered() {
    fault = null;
    since = null;
  }

  /** True once the application shuts down: retry loops stop so that Kafka Streams can close. */
  public boolean stopping() {
    return stopping;
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  /** The transient fault holding processing up, or {@code null} when there is none. */
  public String fault() {
    return fault;
  }

  /** Since when the current fault lasts, or {@code null}. */
  public Instant faultSince() {
    return since;
  }
}
