package dev.indexer.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Qdrant writes held for the open Kafka transactions of one Kafka Streams application. One per
 * application, shared by its transactional producers (which write a stream thread's pending writes
 * just before they commit) and its processors (which add to them): whoever builds both creates it;
 * nothing is static.
 *
 * <p>Under {@code exactly_once_v2} each stream thread has one producer, and Kafka Streams begins,
 * commits and aborts that producer's transactions on the stream thread itself, the thread that
 * processed the transaction's records. The pending writes are therefore kept per stream thread, and
 * {@link TransactionalClientSupplier}'s producer checks on every commit and abort that it runs on
 * the thread that began the transaction: should a Kafka upgrade change that, every batched commit
 * fails loudly (and the end-to-end tests with it) instead of committing events whose writes are
 * elsewhere. {@code CommitTimeWritesContractTest} pins this and the rest of what the batching
 * relies on in Kafka.
 */
public final class WriteBatches {

  private final Map<Thread, PendingWrites> byThread = new ConcurrentHashMap<>();

  /** The current thread's pending writes, created on its first transaction. */
  PendingWrites begin() {
    return byThread.computeIfAbsent(Thread.currentThread(), t -> new PendingWrites(t));
  }

  /**
   * The current thread's pending writes, or null when its commits do not write them (no transaction
   * began through a {@link TransactionalClientSupplier} producer on this thread).
   */
  PendingWrites current() {
    return byThread.get(Thread.currentThread());
  }

  /** The producer holding {@code pending} closed. */
  void end(PendingWrites pending) {
    byThread.remove(pending.thread(), pending);
  }
}
