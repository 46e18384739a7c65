package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stream threads that start together must not fail their first event on library start-up: Mutiny
 * looks up its context-propagation provider lazily, and outside Quarkus two threads doing so at
 * once used to fail one event as PROCESSING_FAILED. Needs a fresh JVM, since the lookup happens
 * once per JVM.
 */
class FirstUseRaceTest {

  private static final int THREADS = 8;

  /**
   * In a fresh JVM: the processor class is loaded, then eight threads retry through Mutiny at once.
   */
  public static void main(String[] args) throws Exception {
    Class.forName(Retries.class.getName()); // what the first event of a stream thread does
    CountDownLatch go = new CountDownLatch(1);
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                  Uni.createFrom()
                      .item(() -> 1)
                      .onFailure()
                      .retry()
                      .atMost(3)
                      .await()
                      .indefinitely();
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    System.out.println(failures.isEmpty() ? "no failures" : "failed: " + failures.get(0));
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  @Test
  void concurrentFirstRetriesInAFreshJvmDoNotFail() throws Exception {
    // Several fresh JVMs: the race, when present, lost about two times in three.
    for (int run = 0; run < 3; run++) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  FirstUseRaceTest.class.getName())
              .redirectErrorStream(true)
              .start();
      String output = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(output).as("run %d", run).contains("no failures");
      assertThat(p.exitValue()).isZero();
    }
  }
}
