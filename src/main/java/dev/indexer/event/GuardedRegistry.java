package dev.indexer.event;

import com.microsoft.kiota.ApiException;
import io.apicurio.registry.resolver.client.RegistryArtifactReference;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryVersionCoordinates;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A schema registry client whose faults are decided here, once: a registry that cannot be reached,
 * does not answer within the timeout, answers 408, 429 or 5xx, or refuses the credentials (401,
 * 403) throws {@link RegistryUnavailableException} (transient); any other answer, such as 404 for a
 * schema id it does not know, passes through as the client threw it (the event is then
 * undecodable). Each outcome is recorded in {@link RegistryStatus} for readiness. The HTTP client
 * has no timeout of its own, so calls run on threads of this class and are abandoned at the
 * timeout.
 */
public final class GuardedRegistry implements RegistryClientFacade, AutoCloseable {

  /** How long one registry request may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final RegistryClientFacade delegate;
  private final RegistryStatus status;
  private final Duration timeout;
  private final ExecutorService threads;

  public GuardedRegistry(RegistryClientFacade delegate, RegistryStatus status, Duration timeout) {
    this.delegate = delegate;
    this.status = status;
    this.timeout = timeout;
    String prefix = "schema-registry-" + INSTANCES.incrementAndGet() + "-";
    AtomicInteger count = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, prefix + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs another call to the registry (such as its Confluent-compatible API) under this guard: the
   * same timeout, fault decisions and status.
   */
  <T> T guarded(Supplier<T> call) {
    return call(call);
  }

  private <T> T call(Supplier<T> call) {
    Future<T> answer;
    try {
      answer = threads.submit(call::get);
    } catch (RejectedExecutionException e) {
      throw new RegistryUnavailableException("the registry client is closed", e);
    }
    try {
      T result = answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      status.reachable();
      return result;
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw unavailable("timed out after " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new RegistryUnavailableException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String fault = transientFault(cause);
      if (fault != null) {
        throw unavailable(fault, cause);
      }
      status.reachable(); // it answered, with an error about the request
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause.getClass().getName(), cause);
    }
  }

  private RegistryUnavailableException unavailable(String fault, Throwable cause) {
    status.unreachable(fault);
    return new RegistryUnavailableException(fault, cause);
  }

  /**
   * What makes {@code t} transient, briefly and without host or data, or {@code null} when the
   * registry answered the request itself. The HTTP client reports an answer as a Kiota {@link
   * ApiException} with its status, and no answer as an I/O, Vert.x or Netty exception, usually
   * wrapped in others.
   */
  static String transientFault(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof RegistryUnavailableException r) {
        return r.fault();
      }
      if (c instanceof ApiException api && api.getResponseStatusCode() > 0) {
        int s = api.getResponseStatusCode();
        if (s == 408 || s == 429 || s >= 500) {
          return "HTTP " + s;
        }
        if (s == 401 || s == 403) {
          return "HTTP " + s + " (check the registry credentials)";
        }
        return null;
      }
      String type = c.getClass().getName();
      if (c instanceof IOException
          || c instanceof TimeoutException
          || type.startsWith("io.vertx.")
          || type.startsWith("io.netty.")) {
        return c.getClass().getSimpleName();
      }
    }
    return null;
  }

  @Override
  public String getSchemaByContentId(Long contentId) {
    return call(() -> delegate.getSchemaByContentId(contentId));
  }

  @Override
  public String getSchemaByGlobalId(long globalId, boolean dereferenced) {
    return call(() -> delegate.getSchemaByGlobalId(globalId, dereferenced));
  }

  @Override
  public String getSchemaByGAV(String groupId, String artifactId, String version) {
    return call(() -> delegate.getSchemaByGAV(groupId, artifactId, version));
  }

  @Override
  public String getSchemaByContentHash(String contentHash) {
    return call(() -> delegate.getSchemaByContentHash(contentHash));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByContentId(long contentId) {
    return call(() -> delegate.getReferencesByContentId(contentId));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByGlobalId(long globalId) {
    return call(() -> delegate.getReferencesByGlobalId(globalId));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByGAV(
      String groupId, String artifactId, String version) {
    return call(() -> delegate.getReferencesByGAV(groupId, artifactId, version));
  }

  @Override
  public List<RegistryArtifactReference> getReferencesByContentHash(String contentHash) {
    return call(() -> delegate.getReferencesByContentHash(contentHash));
  }

  @Override
  public List<RegistryVersionCoordinates> searchVersionsByContent(
      String schema, String artifactType, ArtifactReference reference, boolean canonical) {
    return call(() -> delegate.searchVersionsByContent(schema, artifactType, reference, canonical));
  }

  @Override
  public RegistryVersionCoordinates createSchema(
      String artifactType,
      String groupId,
      String artifactId,
      String version,
      String autoCreateBehavior,
      boolean canonical,
      String schema,
      Set<RegistryArtifactReference> references) {
    return call(
        () ->
            delegate.createSchema(
                artifactType,
                groupId,
                artifactId,
                version,
                autoCreateBehavior,
                canonical,
                schema,
                references));
  }

  @Override
  public RegistryVersionCoordinates getVersionCoordinatesByGAV(
      String groupId, String artifactId, String version) {
    return call(() -> delegate.getVersionCoordinatesByGAV(groupId, artifactId, version));
  }

  @Override
  public Object getClient() {
    return delegate.getClient();
  }

  /** Whether this guard's threads have all ended after {@link #close()}. */
  boolean closed() {
    return threads.isTerminated();
  }

  /** Ends the threads of this guard; calls afterwards are unavailable. */
  @Override
  public void close() {
    threads.shutdownNow();
  }
}
