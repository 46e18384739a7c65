package dev.indexer.pipeline;

/**
 * An event waited out its retry budget on a transient fault. The event is not rejected: its
 * transaction aborts, processing pauses until the backends answer, and it is processed again.
 */
final class RetryBudgetExhaustedException extends RuntimeException {

  RetryBudgetExhaustedException(Throwable cause) {
    // The cause's message is the adapter's own (it names the call and the status, never data).
    super("retry budget spent on: " + cause.getMessage(), cause);
  }
}
