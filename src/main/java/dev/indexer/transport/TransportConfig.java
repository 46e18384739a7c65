package dev.indexer.transport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How credentials may travel to the backends. */
@ConfigMapping(prefix = "indexer.transport")
public interface TransportConfig {

  /**
   * Allow an API key or bearer token to be sent to a backend that is not on this host without TLS
   * (Qdrant with {@code indexer.qdrant.tls=false}, an {@code http://} embedding endpoint). Off: the
   * service refuses to start instead, naming the property to fix.
   */
  @WithDefault("false")
  boolean allowPlaintextCredentials();
}
