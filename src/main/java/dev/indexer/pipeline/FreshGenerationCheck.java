package dev.indexer.pipeline;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A generation's collection created empty must be filled by a pipeline that reads the documents
 * topic from the start. A Kafka Streams application id that has already read the topic would resume
 * at its committed offsets (and skip documents its manifests call indexed): the collection would
 * stay nearly empty while its progress says caught up. This happens when a generation is deleted
 * and built again under the same number, when a generation's collection is deleted while its
 * application keeps its state, or when an earlier release's collection behind the alias is not
 * named {@code <alias>_v<N>}. The check runs when Kafka Streams builds its admin client, before any
 * record is read.
 */
final class FreshGenerationCheck {

  private FreshGenerationCheck() {}

  /**
   * @throws IllegalStateException when {@code collection} was just created and {@code
   *     applicationId} has offsets committed on {@code topic}
   */
  static void check(
      Admin admin, boolean created, String collection, String applicationId, String topic) {
    if (!created) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> committed;
    try {
      committed =
          admin
              .listConsumerGroupOffsets(applicationId)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the offsets of " + applicationId);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not read the committed offsets of application id "
              + applicationId
              + " ("
              + e.getClass().getSimpleName()
              + "): whether collection "
              + collection
              + " would be filled from the start of "
              + topic
              + " is not known; start again when Kafka answers",
          e);
    }
    boolean read =
        committed.entrySet().stream()
            .anyMatch(e -> e.getKey().topic().equals(topic) && e.getValue() != null);
    if (read) {
      throw new IllegalStateException(
          "Collection "
              + collection
              + " was created empty, but Kafka Streams application id '"
              + applicationId
              + "' has already read "
              + topic
              + ": it would resume where it stopped and leave the collection without the"
              + " documents before that. Give this generation an application id that has read"
              + " nothing (quarkus.kafka-streams.application-id), or delete that application's"
              + " consumer group and internal topics (kafka-streams-application-reset), then start"
              + " again (README: Index lifecycle).");
    }
  }
}
