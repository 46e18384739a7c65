package dev.indexer.pipeline;

import dev.indexer.fault.TransientException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Retries of transient faults, shared by event processing and the batched Qdrant writes. */
final class Retries {

  static {
    // Mutiny finds its context-propagation provider on first use, and two stream threads doing
    // that at once race: one fails with "ContextManagerProvider already set" (outside Quarkus,
    // which registers the provider at boot). Class initialisation runs once, so the first use
    // here (a supplier: what the lookup is made for) settles it before any stream thread runs.
    Uni.createFrom().item(() -> Boolean.TRUE).await().indefinitely();
  }

  private Retries() {}

  /**
   * Calls {@code call}, retrying transient faults with exponential backoff and jitter until it
   * succeeds, the service stops, or the retry budget is spent. The call must be idempotent.
   *
   * @throws RetryBudgetExhaustedException when transient faults lasted the whole budget
   */
  static <T> T untilDone(Supplier<T> call, ProcessingSettings settings, FaultListener faults) {
    // Mutiny re-subscribes from its own pool after a back-off, so the listener is told which
    // worker waits rather than left to guess it from the thread it is called on.
    String worker = Thread.currentThread().getName();
    AtomicBoolean failed = new AtomicBoolean();
    long deadline = System.nanoTime() + settings.retryBudget().toNanos();
    T result;
    try {
      result =
          Uni.createFrom()
              .item(call)
              .onFailure(t -> retryable(t, settings))
              .invoke(
                  t -> {
                    failed.set(true);
                    faults.retrying(worker, t.getMessage());
                    Log.warnf("Transient failure, retrying with backoff: %s", t.getMessage());
                    waitOut(t, deadline, settings);
                  })
              .onFailure(t -> retryable(t, settings) && !hintBeyond(t, deadline))
              .retry()
              .withBackOff(settings.initialBackoff(), settings.maxBackoff())
              .withJitter(0.5)
              .expireIn(settings.retryBudget().toMillis())
              .await()
              .indefinitely();
    } catch (RuntimeException e) {
      // Mutiny ends retries past the budget with an IllegalStateException caused by the last
      // failure; a transient one means the budget was spent.
      Throwable last =
          e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
      if (retryable(last, settings)) {
        faults.gaveUp(worker, last.getMessage());
        throw new RetryBudgetExhaustedException(last);
      }
      if (failed.get()) {
        faults.recovered(worker);
      }
      throw e;
    }
    if (failed.get()) {
      faults.recovered(worker);
    }
    return result;
  }

  /** A backend's Retry-After that ends past the budget: retrying against it is pointless. */
  private static boolean hintBeyond(Throwable t, long deadline) {
    return t instanceof TransientException f
        && f.retryAfter().filter(wait -> System.nanoTime() + wait.toNanos() > deadline).isPresent();
  }

  /** Waits out a backend's Retry-After (within the budget) before the next attempt's backoff. */
  private static void waitOut(Throwable t, long deadline, ProcessingSettings settings) {
    if (!(t instanceof TransientException f)
        || f.retryAfter().isEmpty()
        || hintBeyond(t, deadline)) {
      return;
    }
    long until = System.nanoTime() + f.retryAfter().get().toNanos();
    try {
      while (System.nanoTime() < until && !settings.stopping().getAsBoolean()) {
        Thread.sleep(Math.max(1, Math.min(100, (until - System.nanoTime()) / 1_000_000)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * As {@link #untilDone(Supplier, ProcessingSettings, FaultListener)}, for a call without a
   * result.
   */
  static void runUntilDone(Runnable call, ProcessingSettings settings, FaultListener faults) {
    untilDone(
        () -> {
          call.run();
          return Boolean.TRUE;
        },
        settings,
        faults);
  }

  /**
   * Transient: whatever the adapter that saw the fault decided is a {@link TransientException} (a
   * backend unreachable, overloaded or misconfigured). Nothing is retried once the service stops.
   */
  static boolean retryable(Throwable t, ProcessingSettings settings) {
    return isTransient(t) && !settings.stopping().getAsBoolean();
  }

  static boolean isTransient(Throwable t) {
    return t instanceof TransientException;
  }
}
