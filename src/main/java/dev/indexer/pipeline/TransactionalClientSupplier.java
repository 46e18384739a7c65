package dev.indexer.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaClientSupplier;

/**
 * Kafka clients for the indexer's Kafka Streams application. They are Kafka's own, except that a
 * stream thread's transactional producer writes the thread's {@link PendingWrites} to Qdrant before
 * it commits a transaction, and drops them when it aborts one.
 */
public final class TransactionalClientSupplier implements KafkaClientSupplier {

  private final WriteBatches batches = new WriteBatches();

  /** The pending writes of this application's producers: the topology's processors add to them. */
  public WriteBatches batches() {
    return batches;
  }

  private volatile Map<String, Object> adminConfig;

  private volatile java.util.function.Consumer<Admin> beforeStart = admin -> {};

  /**
   * A check run with Kafka Streams' admin client when Kafka Streams builds it, before any record is
   * read; an exception fails the construction of Kafka Streams, and so the start.
   */
  public void beforeStart(java.util.function.Consumer<Admin> check) {
    this.beforeStart = check;
  }

  @Override
  public Admin getAdmin(Map<String, Object> config) {
    adminConfig = Map.copyOf(config);
    Admin admin = Admin.create(config);
    try {
      beforeStart.accept(admin);
    } catch (RuntimeException e) {
      admin.close();
      throw e;
    }
    return admin;
  }

  /**
   * The settings Kafka Streams gave its admin client (brokers, security), once it has built one;
   * empty before.
   */
  public Optional<Map<String, Object>> adminConfig() {
    return Optional.ofNullable(adminConfig);
  }

  @Override
  public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
    return new WritingProducer(
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()), batches);
  }

  @Override
  public Consumer<byte[], byte[]> getConsumer(Map<String, Object> config) {
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @Override
  public Consumer<byte[], byte[]> getRestoreConsumer(Map<String, Object> config) {
    restoreConfig = Map.copyOf(config);
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private volatile Map<String, Object> restoreConfig;

  /**
   * The settings of Kafka Streams' restore consumer (brokers, security, isolation level; no group),
   * once it has built one; empty before. Reconciliation reads documents' source records with them.
   */
  public Optional<Map<String, Object>> restoreConsumerConfig() {
    return Optional.ofNullable(restoreConfig);
  }

  @Override
  public Consumer<byte[], byte[]> getGlobalConsumer(Map<String, Object> config) {
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * A producer whose transactions carry the Qdrant writes of their events. Kafka Streams begins,
   * commits and aborts a stream thread's transactions on that thread, which also processed the
   * events: the thread's pending writes are the transaction's.
   */
  static final class WritingProducer extends ForwardingProducer {

    private final WriteBatches batches;
    private PendingWrites pending;

    WritingProducer(Producer<byte[], byte[]> delegate, WriteBatches batches) {
      super(delegate);
      this.batches = batches;
    }

    /**
     * Kafka Streams initialises a stream thread's transactions on that thread, before it processes
     * anything: from then on the thread's events are batched, its first one included (its
     * transaction begins only when it first sends).
     */
    @Override
    public void initTransactions() {
      super.initTransactions();
      pending = batches.begin();
    }

    @Override
    public void beginTransaction() {
      super.beginTransaction();
      pending = batches.begin();
      onOwnThread("begins");
    }

    /** What the batching relies on: see {@link WriteBatches}. */
    private void onOwnThread(String what) {
      if (pending != null && pending.thread() != Thread.currentThread()) {
        throw new IllegalStateException(
            "Kafka Streams "
                + what
                + " a transaction on "
                + Thread.currentThread().getName()
                + ", not on the stream thread that began it ("
                + pending.thread().getName()
                + "): the Qdrant writes batched per stream thread would be lost; set"
                + " indexer.pipeline.write-batch-points=0");
      }
    }

    @Override
    public void commitTransaction() {
      onOwnThread("commits");
      if (pending != null) {
        try {
          pending.flush();
        } catch (PendingWrites.WritesGivenUpException e) {
          // Kafka Streams treats a failed commit as a lost task: the transaction aborts, the
          // tasks' state is restored from the changelogs and their events processed again.
          CommitFailedException failed = new CommitFailedException(e.getMessage());
          failed.initCause(e);
          throw failed;
        }
        // The settled events' statuses and dead letters, in this transaction.
        pending.drainSettled().forEach(this::send);
      }
      super.commitTransaction();
    }

    @Override
    public void abortTransaction() {
      onOwnThread("aborts");
      if (pending != null) {
        pending.clear();
      }
      super.abortTransaction();
    }

    @Override
    public void close(Duration timeout) {
      if (pending != null) {
        batches.end(pending);
      }
      super.close(timeout);
    }
  }
}
