package dev.indexer.testkit.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the in-process broker's own log categories at WARN, so that a test run is not buried
 * under the broker's INFO output (a full KafkaConfig dump, every partition load, every
 * controller event). Client categories ({@code org.apache.kafka.clients}, Streams) are left
 * alone, and so is the root logger.
 *
 * <p>The broker also dumps its full {@code KafkaConfig} through the logger that clients use for
 * their config dumps ({@code org.apache.kafka.common.config.AbstractConfig}); a filter on that
 * one logger drops the broker's dumps only.
 *
 * <p>Only categories that nobody configured (level still inherited) are touched, so a user's
 * own {@code quarkus.log.category."kafka".level=INFO} or {@code -Dembedded.kafka.log.level=INFO}
 * wins. Works through {@code java.util.logging}, which is the JBoss LogManager in Quarkus and in
 * this project's surefire configuration; with another logging backend it is a harmless no-op.
 */
final class BrokerLogging {

    /** System property: the level for the broker categories (JUL or slf4j names: WARN, INFO, DEBUG, ...). */
    static final String LEVEL_PROPERTY = "embedded.kafka.log.level";

    /** Server-side packages of Kafka 4.x; never the client packages. */
    private static final String[] BROKER_CATEGORIES = {
        "kafka",                              // Scala core: kafka.server, kafka.log, kafka.network, kafka.coordinator, ...
        "state.change.logger",
        "org.apache.kafka.server",
        "org.apache.kafka.controller",
        "org.apache.kafka.raft",
        "org.apache.kafka.metadata",
        "org.apache.kafka.image",
        "org.apache.kafka.snapshot",
        "org.apache.kafka.storage",
        "org.apache.kafka.coordinator",
        "org.apache.kafka.network",
        "org.apache.kafka.queue",
        "org.apache.kafka.security",
        "org.apache.kafka.common.test",
    };

    /** Strong references: JUL may otherwise forget a level set on an unreferenced logger. */
    private static final List<Logger> CONFIGURED = new ArrayList<>();

    private BrokerLogging() {
    }

    static synchronized void quietBrokerCategories() {
        if (!CONFIGURED.isEmpty()) {
            return;
        }
        Level level = parse(System.getProperty(LEVEL_PROPERTY, "WARN"));
        for (String category : BROKER_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(level);
            }
            CONFIGURED.add(logger);
        }
        // The broker logs its whole KafkaConfig (300+ lines) several times per start, through the
        // logger every client's config dump also uses; drop only the broker's dumps.
        if (level.intValue() > Level.INFO.intValue()) {
            Logger configLogger = Logger.getLogger("org.apache.kafka.common.config.AbstractConfig");
            if (configLogger.getFilter() == null) {
                configLogger.setFilter(BrokerLogging::notBrokerConfigDump);
            }
            CONFIGURED.add(configLogger);
        }
    }

    private static boolean notBrokerConfigDump(LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.startsWith("KafkaConfig values");
    }

    private static Level parse(String name) {
        switch (name.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "ERROR":
            case "SEVERE":
                return Level.SEVERE;
            case "WARN":
            case "WARNING":
                return Level.WARNING;
            case "INFO":
                return Level.INFO;
            case "DEBUG":
            case "FINE":
                return Level.FINE;
            case "TRACE":
            case "FINEST":
                return Level.FINEST;
            case "OFF":
                return Level.OFF;
            default:
                return Level.WARNING;
        }
    }
}
