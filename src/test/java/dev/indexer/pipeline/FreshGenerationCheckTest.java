package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A collection created empty is only filled by an application that has read nothing. */
class FreshGenerationCheckTest {

  @Test
  void aNewCollectionWithAnApplicationThatHasReadTheTopicIsRefused() throws Exception {
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    String topic = "fresh-" + UUID.randomUUID();
    kafka.createTopics(2, topic);
    kafka
        .admin()
        .alterConsumerGroupOffsets(
            "has-read", Map.of(new TopicPartition(topic, 1), new OffsetAndMetadata(3)))
        .all()
        .get();

    assertThatThrownBy(
            () -> FreshGenerationCheck.check(kafka.admin(), true, "docs_v2", "has-read", topic))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("docs_v2")
        .hasMessageContaining("'has-read' has already read")
        .hasMessageContaining("quarkus.kafka-streams.application-id");
    assertThatCode(
            () -> FreshGenerationCheck.check(kafka.admin(), false, "docs_v2", "has-read", topic))
        .as("an existing collection: the application resumes where it stopped, as it should")
        .doesNotThrowAnyException();
    assertThatCode(
            () -> FreshGenerationCheck.check(kafka.admin(), true, "docs_v2", "new-app", topic))
        .doesNotThrowAnyException();
  }
}
