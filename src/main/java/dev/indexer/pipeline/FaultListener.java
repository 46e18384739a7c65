package dev.indexer.pipeline;

/** Told when processing is held up by a transient fault and when it recovers (for health). */
public interface FaultListener {

  FaultListener NONE =
      new FaultListener() {
        @Override
        public void retrying(String reason) {}

        @Override
        public void recovered() {}
      };

  /** A transient fault occurred; processing retries. {@code reason} is free of event data. */
  void retrying(String reason);

  /** The event that was held up went through. */
  void recovered();
}
