package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.indexer.tls.TestCertificates;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry client's trust store: a private CA's PEM file handed to the resolver as such. */
class RegistryTlsTest {

  @Test
  void aCaFileBecomesThePemTrustStoreOfAnHttpsRegistry() {
    String ca = TestCertificates.authority("registry-ca").ca().certFile().toString();
    Map<String, Object> config =
        RegistryClientProducer.resolverConfig(
            "https://registry:8443/apis/registry/v3", Optional.of(ca));
    assertThat(config)
        .containsEntry(SchemaResolverConfig.TLS_TRUSTSTORE_TYPE, "PEM")
        .containsEntry(SchemaResolverConfig.TLS_TRUSTSTORE_LOCATION, ca);
    assertThat(
            RegistryClientProducer.resolverConfig(
                "https://registry:8443/apis/registry/v3", Optional.empty()))
        .doesNotContainKey(SchemaResolverConfig.TLS_TRUSTSTORE_LOCATION);
  }

  @Test
  void aCaFileThatCannotWorkIsRefusedNamingTheProperty() {
    String ca = TestCertificates.authority("registry-ca").ca().certFile().toString();
    assertThatThrownBy(
            () ->
                RegistryClientProducer.resolverConfig(
                    "http://registry:8080/apis/registry/v3", Optional.of(ca)))
        .hasMessageContaining("indexer.registry.tls-ca-file");
    assertThatThrownBy(
            () ->
                RegistryClientProducer.resolverConfig(
                    "https://registry/apis/registry/v3", Optional.of("/nonexistent.pem")))
        .hasMessageContaining("indexer.registry.tls-ca-file");
  }
}
