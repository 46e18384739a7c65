package dev.indexer.testkit;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector of the tests' own: it receives OTLP over HTTP with protobuf bodies ({@code POST
 * /v1/traces}), as an OpenTelemetry Collector's OTLP receiver does, and keeps every span it is
 * sent, decoded with the protocol's own message classes.
 */
public final class OtlpCollector implements AutoCloseable {

  /** One received span with the attributes of the resource that sent it. */
  public record Received(Span span, Map<String, String> resource) {

    public String name() {
      return span.getName();
    }

    public String traceId() {
      return HexFormat.of().formatHex(span.getTraceId().toByteArray());
    }

    public String spanId() {
      return HexFormat.of().formatHex(span.getSpanId().toByteArray());
    }

    public String parentSpanId() {
      return HexFormat.of().formatHex(span.getParentSpanId().toByteArray());
    }

    /** The span's attributes, values as strings. */
    public Map<String, String> attributes() {
      return asMap(span.getAttributesList());
    }

    /** Everything the span says besides its ids: name, attributes, events and their attributes. */
    public String everything() {
      StringBuilder all = new StringBuilder(span.getName()).append(' ').append(attributes());
      span.getEventsList()
          .forEach(e -> all.append(' ').append(e.getName()).append(asMap(e.getAttributesList())));
      span.getLinksList().forEach(l -> all.append(' ').append(asMap(l.getAttributesList())));
      return all.append(' ').append(span.getStatus().getMessage()).toString();
    }
  }

  private final HttpServer server;
  private final List<Received> spans = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();

  private OtlpCollector(HttpServer server) {
    this.server = server;
  }

  /** A collector listening on a free port of the loopback interface. */
  public static OtlpCollector start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    OtlpCollector collector = new OtlpCollector(server);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            collector.paths.add(exchange.getRequestURI().getPath());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
              InputStream raw =
                  "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                      ? new GZIPInputStream(in)
                      : in;
              body = raw.readAllBytes();
            }
            collector.receive(ExportTraceServiceRequest.parseFrom(body));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(answer);
            }
          }
        });
    server.start();
    return collector;
  }

  private void receive(ExportTraceServiceRequest request) {
    for (ResourceSpans resource : request.getResourceSpansList()) {
      Map<String, String> attributes = asMap(resource.getResource().getAttributesList());
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        scope.getSpansList().forEach(s -> spans.add(new Received(s, attributes)));
      }
    }
  }

  /** The collector's base address, for {@code quarkus.otel.exporter.otlp.traces.endpoint}. */
  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every span received so far. */
  public List<Received> spans() {
    return new ArrayList<>(spans);
  }

  /** The paths the exporter posted to. */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  private static Map<String, String> asMap(List<KeyValue> attributes) {
    return attributes.stream()
        .collect(
            Collectors.toMap(
                KeyValue::getKey,
                kv -> String.valueOf(valueOf(kv)),
                (a, b) -> b,
                java.util.TreeMap::new));
  }

  private static Object valueOf(KeyValue kv) {
    var v = kv.getValue();
    return switch (v.getValueCase()) {
      case STRING_VALUE -> v.getStringValue();
      case BOOL_VALUE -> v.getBoolValue();
      case INT_VALUE -> v.getIntValue();
      case DOUBLE_VALUE -> v.getDoubleValue();
      default -> v.toString().strip();
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
