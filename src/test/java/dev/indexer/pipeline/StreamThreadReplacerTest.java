package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamThreadReplacerTest {

  private Instant now = Instant.parse("2026-01-01T00:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  @Test
  void aDeadThreadIsReplacedUntilThreadsKeepDyingThenTheClientStops() {
    StreamThreadReplacer replacer = new StreamThreadReplacer(clock);
    for (int i = 0; i < StreamThreadReplacer.MAX_REPLACEMENTS; i++) {
      assertThat(replacer.handle(new IllegalStateException("boom")))
          .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
      now = now.plusSeconds(1);
    }
    assertThat(replacer.handle(new IllegalStateException("boom")))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  @Test
  void deathsOutsideTheWindowAreForgotten() {
    StreamThreadReplacer replacer = new StreamThreadReplacer(clock);
    for (int i = 0; i < 3 * StreamThreadReplacer.MAX_REPLACEMENTS; i++) {
      assertThat(replacer.handle(new RuntimeException()))
          .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
      now =
          now.plus(StreamThreadReplacer.WINDOW.dividedBy(StreamThreadReplacer.MAX_REPLACEMENTS - 1))
              .plus(Duration.ofSeconds(1));
    }
  }
}
