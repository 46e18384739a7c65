package dev.indexer.qdrant;

import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one Qdrant client of the service. */
@ApplicationScoped
public class QdrantClientProducer {

  @Produces
  @ApplicationScoped
  QdrantClient qdrantClient(QdrantConfig config) {
    // The version check would make start-up fail while Qdrant is briefly unreachable; the
    // collection bootstrap checks the server instead and retries.
    QdrantGrpcClient.Builder builder =
        QdrantGrpcClient.newBuilder(config.host(), config.port(), config.tls(), false)
            .withTimeout(config.timeout());
    config.apiKey().ifPresent(builder::withApiKey);
    return new QdrantClient(builder.build());
  }

  @Produces
  @Singleton
  PointWriter pointWriter(QdrantClient client, QdrantConfig config) {
    return new PointWriter(client, config.collection());
  }

  void close(@Disposes QdrantClient client) {
    client.close();
  }
}
