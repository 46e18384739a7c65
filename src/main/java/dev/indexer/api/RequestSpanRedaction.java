package dev.indexer.api;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps what API callers send out of traces once they are on: the values of a request's query
 * string (a search's {@code q} is a user's own words, and may name a person) and the caller's
 * address, which the HTTP server instrumentation records when a request's span starts. Parameter
 * names stay, so a trace still says which options a request used. Quarkus adds this processor to
 * the tracer provider as it does every {@link SpanProcessor} bean.
 */
@ApplicationScoped
public class RequestSpanRedaction implements SpanProcessor {

  static final String REDACTED = "REDACTED";
  private static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
  private static final AttributeKey<String> FULL = AttributeKey.stringKey("url.full");
  private static final List<AttributeKey<String>> ADDRESSES =
      List.of(
          AttributeKey.stringKey("client.address"), AttributeKey.stringKey("network.peer.address"));

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    String query = span.getAttribute(QUERY);
    if (query != null) {
      span.setAttribute(QUERY, redactQuery(query));
    }
    String full = span.getAttribute(FULL);
    if (full != null) {
      span.setAttribute(FULL, redactUrl(full));
    }
    for (AttributeKey<String> address : ADDRESSES) {
      if (span.getAttribute(address) != null) {
        span.setAttribute(address, REDACTED);
      }
    }
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public void onEnd(ReadableSpan span) {}

  @Override
  public boolean isEndRequired() {
    return false;
  }

  /** {@code a=1&b=2&c} becomes {@code a=REDACTED&b=REDACTED&c}. */
  static String redactQuery(String query) {
    StringBuilder out = new StringBuilder(query.length());
    for (String part : query.split("&", -1)) {
      if (!out.isEmpty()) {
        out.append('&');
      }
      int eq = part.indexOf('=');
      out.append(eq < 0 ? part : part.substring(0, eq + 1) + REDACTED);
    }
    return out.toString();
  }

  /** A URL with its query's values redacted and its fragment dropped. */
  static String redactUrl(String url) {
    int hash = url.indexOf('#');
    String noFragment = hash < 0 ? url : url.substring(0, hash);
    int question = noFragment.indexOf('?');
    return question < 0
        ? noFragment
        : noFragment.substring(0, question + 1) + redactQuery(noFragment.substring(question + 1));
  }
}
