package dev.indexer.pipeline;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Traces of the pipeline's events with OpenTelemetry: an event whose headers carry a W3C {@code
 * traceparent} continues its producer's trace. Spans carry Kafka coordinates, ids and counts, never
 * text. With the SDK off (the default), every span is a no-op.
 */
public final class EventTracing {

  /** Traces nothing. */
  public static final EventTracing NONE = new EventTracing(OpenTelemetry.noop());

  private static final TextMapGetter<Headers> HEADERS =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
          List<String> keys = new ArrayList<>();
          headers.forEach(h -> keys.add(h.key()));
          return keys;
        }

        @Override
        public String get(Headers headers, String key) {
          Header h = headers == null ? null : headers.lastHeader(key);
          return h == null || h.value() == null
              ? null
              : new String(h.value(), StandardCharsets.UTF_8);
        }
      };

  private final Tracer tracer;

  public EventTracing(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer("dev.indexer.pipeline");
  }

  /** The span of one event, the child of the producer's span its headers name, if any. */
  Span event(Headers headers, String topic, int partition, long offset) {
    Context parent =
        W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, HEADERS);
    return tracer
        .spanBuilder("index event")
        .setParent(parent)
        .setSpanKind(SpanKind.CONSUMER)
        .setAttribute("messaging.system", "kafka")
        .setAttribute("messaging.destination.name", topic)
        .setAttribute("messaging.kafka.partition", partition)
        .setAttribute("messaging.kafka.offset", offset)
        .startSpan();
  }

  /** A stage of the current event: the child of the span current on this thread. */
  Span stage(String name) {
    return tracer.spanBuilder(name).startSpan();
  }
}
