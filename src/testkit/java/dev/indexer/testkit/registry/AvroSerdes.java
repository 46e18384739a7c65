package dev.indexer.testkit.registry;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.kafka.config.KafkaSerdeConfig;

/**
 * Apicurio 3.1 Avro serdes wired to a registry facade (usually {@link InMemoryRegistry}), already
 * configured: Kafka Streams or a client may call {@code configure(...)} on them again, which is
 * ignored, and closing them is harmless.
 *
 * <p>Wire format: the default Apicurio 3 one, a magic byte {@code 0} then the 4-byte content id,
 * then Avro binary (no Kafka headers). Artifacts are named by the topic
 * ({@code TopicIdStrategy}: {@code <topic>-key}, {@code <topic>-value}) in the {@code default} group.
 */
public final class AvroSerdes {

    private AvroSerdes() {
    }

    /**
     * The serde configuration used here: auto-register schemas (and their nested named types as
     * referenced artifacts), decode into the generated SpecificRecord classes, ids in the payload.
     */
    public static Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        config.put(SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, true);
        config.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        config.put(KafkaSerdeConfig.ENABLE_HEADERS, false);
        return config;
    }

    /** A configured specific-record serde for keys ({@code isKey}) or values. */
    public static <T> Serde<T> serde(RegistryClientFacade registry, boolean isKey) {
        return serde(registry, isKey, Map.of());
    }

    /** As {@link #serde(RegistryClientFacade, boolean)}, with settings added to or replacing {@link #config()}. */
    public static <T> Serde<T> serde(RegistryClientFacade registry, boolean isKey, Map<String, ?> overrides) {
        Serializer<T> serializer = serializer(registry, isKey, overrides);
        Deserializer<T> deserializer = deserializer(registry, isKey, overrides);
        return new Serde<>() {
            @Override
            public Serializer<T> serializer() {
                return serializer;
            }

            @Override
            public Deserializer<T> deserializer() {
                return deserializer;
            }

            @Override
            public void configure(Map<String, ?> configs, boolean key) {
                // already configured
            }

            @Override
            public void close() {
                // the serializer and deserializer hold nothing worth closing
            }
        };
    }

    public static <T> Serializer<T> serializer(RegistryClientFacade registry, boolean isKey) {
        return serializer(registry, isKey, Map.of());
    }

    public static <T> Serializer<T> serializer(RegistryClientFacade registry, boolean isKey, Map<String, ?> overrides) {
        AvroKafkaSerializer<T> serializer = new AvroKafkaSerializer<>(registry);
        serializer.configure(merged(overrides), isKey);
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, T data) {
                return serializer.serialize(topic, data);
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T data) {
                return serializer.serialize(topic, headers, data);
            }
        };
    }

    public static <T> Deserializer<T> deserializer(RegistryClientFacade registry, boolean isKey) {
        return deserializer(registry, isKey, Map.of());
    }

    public static <T> Deserializer<T> deserializer(RegistryClientFacade registry, boolean isKey,
                                                   Map<String, ?> overrides) {
        AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>(registry);
        deserializer.configure(merged(overrides), isKey);
        return new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] data) {
                return deserializer.deserialize(topic, data);
            }

            @Override
            public T deserialize(String topic, Headers headers, byte[] data) {
                return deserializer.deserialize(topic, headers, data);
            }
        };
    }

    private static Map<String, Object> merged(Map<String, ?> overrides) {
        Map<String, Object> config = config();
        config.putAll(overrides);
        return config;
    }
}
