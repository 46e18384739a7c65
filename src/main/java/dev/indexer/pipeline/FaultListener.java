package dev.indexer.pipeline;

/** Told when processing is held up by a transient fault and when it recovers (for health). */
public interface FaultListener {

  FaultListener NONE =
      new FaultListener() {
        @Override
        public void retrying(String worker, String reason) {}

        @Override
        public void recovered(String worker) {}
      };

  /**
   * A transient fault held up the event of {@code worker} (the stream thread it is processed on);
   * processing retries. {@code reason} is free of event data.
   */
  void retrying(String worker, String reason);

  /** The event that was held up went through. */
  void recovered(String worker);

  /**
   * The event that was held up waited out its retry budget and is given up on for now: its
   * transaction aborts and it is processed again later. {@code reason} is free of event data.
   */
  default void gaveUp(String worker, String reason) {}

  /**
   * An event was rejected to the dead-letter topic for {@code reason}. Under exactly-once, an event
   * whose transaction aborts is rejected (and told) again when it is processed again.
   */
  default void rejected(dev.indexer.event.InvalidEventException.Reason reason) {}
}
