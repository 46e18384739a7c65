package dev.indexer.api;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.config.spi.Converter;

/** {@code host:port} as Kafka Streams reads {@code application.server}, so both agree on it. */
public final class HostInfoConverter implements Converter<HostInfo> {

  @Override
  public HostInfo convert(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    HostInfo host;
    try {
      host = HostInfo.buildFromEndpoint(value.strip());
    } catch (ConfigException e) {
      throw new IllegalArgumentException("indexer.api.advertised-address: must be host:port");
    }
    if (host == null || host.host().isEmpty() || host.port() < 1 || host.port() > 65535) {
      throw new IllegalArgumentException("indexer.api.advertised-address: must be host:port");
    }
    return host;
  }
}
