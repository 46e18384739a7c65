package dev.indexer.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.metrics.KafkaMetric;
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

  @Override
  public Admin getAdmin(Map<String, Object> config) {
    return Admin.create(config);
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
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
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
  static final class WritingProducer implements Producer<byte[], byte[]> {

    private final Producer<byte[], byte[]> delegate;
    private final WriteBatches batches;
    private PendingWrites pending;

    WritingProducer(Producer<byte[], byte[]> delegate, WriteBatches batches) {
      this.delegate = delegate;
      this.batches = batches;
    }

    @Override
    public void beginTransaction() {
      delegate.beginTransaction();
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
                + " indexer.qdrant.write-batch-points=0");
      }
    }

    @Override
    public void commitTransaction() {
      onOwnThread("commits");
      if (pending != null) {
        try {
          pending.flush();
        } catch (PendingWrites.WritesRefusedException e) {
          // Kafka Streams treats a failed commit as a lost task: the transaction aborts, the
          // tasks' state is restored from the changelogs and their events processed again.
          CommitFailedException failed = new CommitFailedException(e.getMessage());
          failed.initCause(e);
          throw failed;
        }
      }
      delegate.commitTransaction();
    }

    @Override
    public void abortTransaction() {
      onOwnThread("aborts");
      if (pending != null) {
        pending.clear();
      }
      delegate.abortTransaction();
    }

    @Override
    public void initTransactions() {
      delegate.initTransactions();
    }

    @Override
    public void sendOffsetsToTransaction(
        Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata groupMetadata) {
      delegate.sendOffsetsToTransaction(offsets, groupMetadata);
    }

    @Override
    public void registerMetricForSubscription(KafkaMetric metric) {
      delegate.registerMetricForSubscription(metric);
    }

    @Override
    public void unregisterMetricFromSubscription(KafkaMetric metric) {
      delegate.unregisterMetricFromSubscription(metric);
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
      return delegate.send(record);
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
      return delegate.send(record, callback);
    }

    @Override
    public void flush() {
      delegate.flush();
    }

    @Override
    public List<PartitionInfo> partitionsFor(String topic) {
      return delegate.partitionsFor(topic);
    }

    @Override
    public Map<MetricName, ? extends Metric> metrics() {
      return delegate.metrics();
    }

    @Override
    public Uuid clientInstanceId(Duration timeout) {
      return delegate.clientInstanceId(timeout);
    }

    @Override
    public void close() {
      close(Duration.ofMillis(Long.MAX_VALUE));
    }

    @Override
    public void close(Duration timeout) {
      if (pending != null) {
        batches.end(pending);
      }
      delegate.close(timeout);
    }
  }
}
