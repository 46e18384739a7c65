package dev.indexer.qdrant;

import dev.indexer.tls.TlsFiles;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;

/** The one Qdrant client of the service. */
@ApplicationScoped
public class QdrantClientProducer {

  @Produces
  @ApplicationScoped
  QdrantClient qdrantClient(QdrantConfig config) {
    return client(config);
  }

  /**
   * The client {@code config} describes: plain text or TLS (the server checked against {@code
   * tls-ca-file} or the JVM's trust store, a client certificate when one is configured), the
   * inbound message limit raised, the API key sent with every call.
   *
   * @throws IllegalArgumentException naming the property, when the TLS files cannot be used
   */
  static QdrantClient client(QdrantConfig config) {
    NettyChannelBuilder channel =
        NettyChannelBuilder.forAddress(config.host(), config.port())
            .maxInboundMessageSize(config.maxInboundMessageBytes());
    if (config.tls()) {
      channel.sslContext(sslContext(config));
    } else {
      for (Optional<String> file :
          List.of(config.tlsCaFile(), config.tlsCertFile(), config.tlsKeyFile())) {
        if (file.isPresent()) {
          throw new IllegalArgumentException(
              "indexer.qdrant.tls-ca-file, tls-cert-file and tls-key-file need indexer.qdrant.tls=true");
        }
      }
      channel.usePlaintext();
    }
    // The version check would make start-up fail while Qdrant is briefly unreachable; the
    // collection bootstrap checks the server instead and retries.
    QdrantGrpcClient.Builder builder =
        QdrantGrpcClient.newBuilder(channel.build(), true, false).withTimeout(config.timeout());
    config.apiKey().ifPresent(builder::withApiKey);
    return new QdrantClient(builder.build());
  }

  private static SslContext sslContext(QdrantConfig config) {
    TlsFiles files =
        TlsFiles.of(
            "indexer.qdrant.", config.tlsCaFile(), config.tlsCertFile(), config.tlsKeyFile());
    SslContextBuilder ssl = GrpcSslContexts.forClient();
    files.caFile().ifPresent(ca -> ssl.trustManager(ca.toFile()));
    if (files.certFile().isPresent()) {
      ssl.keyManager(files.certFile().get().toFile(), files.keyFile().orElseThrow().toFile());
    }
    try {
      return ssl.build();
    } catch (SSLException | IllegalArgumentException e) {
      // The files were readable but are not what they should be; their contents are not quoted.
      throw new IllegalArgumentException(
          "indexer.qdrant.tls-ca-file, tls-cert-file or tls-key-file: not a usable PEM certificate or"
              + " PKCS#8 key ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  @Produces
  @Singleton
  PointWriter pointWriter(QdrantClient client, CollectionManager collections) {
    // The pipeline writes its own generation, whichever one the alias points at.
    return new PointWriter(client, collections.collection());
  }

  void close(@Disposes QdrantClient client) {
    client.close();
  }
}
