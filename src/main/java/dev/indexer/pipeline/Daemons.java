package dev.indexer.pipeline;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Background work of the service: one daemon thread each, named for what it does. */
public final class Daemons {

  private Daemons() {}

  /** A single-thread scheduler whose daemon thread is named {@code name}. */
  public static ScheduledExecutorService scheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }
}
