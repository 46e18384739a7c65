package dev.indexer.testkit.kafka;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.test.TestKitNodes;

/**
 * Test-kit nodes formatted like {@code kafka-storage.sh format} does by default: the newest
 * <em>production</em> metadata version and the default level of every production feature
 * (the test kit's own default is the newest <em>testing</em> version, with unstable features).
 *
 * <p>Reflective on purpose: {@code MetadataVersion}, {@code Feature} and {@code BootstrapMetadata}
 * live in kafka-server-common and kafka-metadata, which {@code kafka_2.13} declares with runtime
 * scope. They are on the test classpath, but not on the compile classpath of the
 * {@code embedded} profile, where this folder is main code.
 */
final class ProductionBootstrap {

    private static final String METADATA_VERSION = "org.apache.kafka.server.common.MetadataVersion";
    private static final String FEATURE = "org.apache.kafka.server.common.Feature";
    private static final String BOOTSTRAP_METADATA = "org.apache.kafka.metadata.bootstrap.BootstrapMetadata";

    private ProductionBootstrap() {
    }

    static TestKitNodes.Builder nodesBuilder() {
        try {
            Class<?> metadataVersionType = Class.forName(METADATA_VERSION);
            Object metadataVersion = metadataVersionType.getMethod("latestProduction").invoke(null);

            Class<?> featureType = Class.forName(FEATURE);
            List<?> features = (List<?>) featureType.getField("PRODUCTION_FEATURES").get(null);
            Map<String, Short> levels = new HashMap<>();
            for (Object feature : features) {
                String name = (String) featureType.getMethod("featureName").invoke(feature);
                short level = (Short) featureType.getMethod("defaultLevel", metadataVersionType)
                        .invoke(feature, metadataVersion);
                levels.put(name, level);
            }

            Class<?> bootstrapType = Class.forName(BOOTSTRAP_METADATA);
            Object bootstrap = bootstrapType.getMethod("fromVersions", metadataVersionType, Map.class, String.class)
                    .invoke(null, metadataVersion, levels, "embedded-kafka");
            return TestKitNodes.Builder.class.getConstructor(bootstrapType).newInstance(bootstrap);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot build the embedded Kafka bootstrap metadata: " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot build the embedded Kafka bootstrap metadata (Kafka "
                    + "internals changed? keep kafka-test-common-runtime equal to the BOM's Kafka version)", e);
        }
    }
}
