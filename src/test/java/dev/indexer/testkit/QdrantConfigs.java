package dev.indexer.testkit;

import dev.indexer.qdrant.QdrantConfig;
import dev.indexer.qdrant.VectorDistance;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Qdrant settings for tests that build the service's Qdrant classes by hand. */
public final class QdrantConfigs {

  private QdrantConfigs() {}

  /** The defaults (Cosine, no TLS, 30 s timeouts), with {@code collection} as the alias. */
  public static QdrantConfig withAlias(String collection) {
    return (QdrantConfig)
        Proxy.newProxyInstance(
            QdrantConfig.class.getClassLoader(),
            new Class<?>[] {QdrantConfig.class},
            (proxy, method, args) -> {
              if (method.getName().equals("collection")) {
                return collection;
              }
              if (method.getName().equals("distance")) {
                return VectorDistance.COSINE;
              }
              Class<?> type = method.getReturnType();
              if (type == Optional.class) {
                return Optional.empty();
              }
              if (type == OptionalInt.class) {
                return OptionalInt.empty();
              }
              if (type == boolean.class) {
                return false;
              }
              if (type == Duration.class) {
                return Duration.ofSeconds(30);
              }
              if (type == int.class) {
                return 0;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
