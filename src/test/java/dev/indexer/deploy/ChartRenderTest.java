package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart rendered with its defaults and with every values file in ci/, checked as typed objects.
 */
class ChartRenderTest {

  static Stream<Arguments> variants() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("defaults", null));
    HelmChart.ciValuesFiles().forEach(f -> all.add(Arguments.of(f.getFileName().toString(), f)));
    return all.stream();
  }

  private static Path ci(String name) {
    return ProjectFiles.CHART_CI_VALUES.resolve(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void rendersASoundWorkload(String name, Path values) {
    Manifests objects = HelmChart.render(values);

    assertThat(WorkloadChecks.problems(objects)).as("problems in %s", name).isEmpty();
    assertThat(objects.kinds()).contains("ConfigMap", "Service", "StatefulSet", "ServiceAccount");
    assertThat(HelmChart.renderHooks(values).all(Pod.class)).as("the helm test pod").hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void lintsStrictly(String name, Path values) {
    LintResult lint = HelmChart.lint(values);

    assertThat(lint.isFailed()).as("helm lint --strict %s: %s", name, lint.getMessages()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void everyObjectCarriesTheStandardLabelsAndNamespace(String name, Path values) {
    for (HasMetadata o : HelmChart.render(values).all()) {
      Map<String, String> labels = o.getMetadata().getLabels();
      assertThat(labels)
          .as("labels of %s/%s", o.getKind(), o.getMetadata().getName())
          .containsKeys(
              "app.kubernetes.io/name",
              "app.kubernetes.io/instance",
              "app.kubernetes.io/managed-by",
              "helm.sh/chart");
      assertThat(o.getMetadata().getNamespace()).isEqualTo(HelmChart.NAMESPACE);
      assertThat(o.getMetadata().getName().length()).isLessThanOrEqualTo(63);
    }
  }

  @Test
  void defaultsNameObjectsAfterReleaseAndTagTheImageWithTheAppVersion() {
    Manifests objects = HelmChart.renderDefaults();
    StatefulSet sts = objects.one(StatefulSet.class);

    assertThat(sts.getMetadata().getName()).isEqualTo("search-vector-indexer");
    String appVersion =
        HelmChart.readYaml(ProjectFiles.CHART.resolve("Chart.yaml")).get("appVersion").toString();
    assertThat(sts.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("ghcr.io/dev-indexer/vector-indexer:" + appVersion);
    assertThat(sts.getSpec().getReplicas()).isEqualTo(1);
    assertThat(sts.getSpec().getVolumeClaimTemplates())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.getSpec().getResources().getRequests().get("storage").toString())
                    .isEqualTo("2Gi"));
    assertThat(objects.all(HorizontalPodAutoscaler.class)).isEmpty();
    assertThat(objects.ofKind("ServiceMonitor")).isEmpty();
    assertThat(objects.all(Secret.class)).as("no credentials, no Secret").isEmpty();
    assertThat(objects.one(PodDisruptionBudget.class).getSpec().getUnhealthyPodEvictionPolicy())
        .isEqualTo("AlwaysAllow");
  }

  @Test
  void digestWinsOverTag() {
    String digest = "sha256:" + "ab".repeat(32);
    Manifests objects =
        HelmChart.render(null, Map.of("image.tag", "9.9.9", "image.digest", digest));

    assertThat(
            objects
                .one(StatefulSet.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getImage())
        .isEqualTo("ghcr.io/dev-indexer/vector-indexer@" + digest);
  }

  @Test
  void fullnameIsCutSoPodNamesStayValidDnsLabels() {
    String longName = "a-very-long-release-name-that-goes-on-and-on-and-on-for-ever-and-ever";
    Manifests objects =
        HelmChart.render(null, Map.of("fullnameOverride", longName.substring(0, 63)));
    String name = objects.one(StatefulSet.class).getMetadata().getName();

    assertThat(name.length()).isLessThanOrEqualTo(52);
    assertThat(name).doesNotEndWith("-");
    assertThat((name + "-" + "headless").length()).isLessThanOrEqualTo(63);
  }

  @Test
  void productionUsesSaslOverTlsAutoscalingAndMonitoring() {
    Manifests objects = HelmChart.render(ci("production-values.yaml"));
    PodConfig config = new PodConfig(objects);
    StatefulSet sts = objects.one(StatefulSet.class);

    assertThat(config.value("quarkus.kafka-streams.security-protocol")).contains("SASL_SSL");
    assertThat(config.value("quarkus.kafka-streams.sasl.mechanism")).contains("SCRAM-SHA-512");
    assertThat(config.source("quarkus.kafka-streams.sasl.jaas-config"))
        .contains(new PodConfig.FromSecret("vector-indexer-kafka-user", "sasl.jaas.config"));
    assertThat(config.value("quarkus.kafka-streams.ssl.truststore.type")).contains("PEM");
    String truststore = config.value("quarkus.kafka-streams.ssl.truststore.location").orElseThrow();
    assertThat(config.volume("kafka-ca").orElseThrow().getSecret().getSecretName())
        .isEqualTo("prod-cluster-ca-cert");
    assertThat(config.container().getVolumeMounts())
        .anySatisfy(
            m ->
                assertThat(truststore)
                    .startsWith(m.getMountPath() + "/")
                    .satisfies(t -> assertThat(m.getName()).isEqualTo("kafka-ca")));
    assertThat(config.source("indexer.qdrant.api-key"))
        .contains(new PodConfig.FromSecret("qdrant-apikey", "api-key"));
    assertThat(config.value("indexer.qdrant.tls")).contains("true");
    assertThat(config.file())
        .containsEntry("kafka-streams.producer.compression.type", "zstd")
        .containsEntry("kafka-streams.num.standby.replicas", "1");

    HorizontalPodAutoscaler hpa = objects.one(HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(12);
    assertThat(sts.getSpec().getReplicas()).as("the HPA owns the replica count").isNull();
    assertThat(sts.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .contains("@sha256:");
    assertThat(objects.ofKind("ServiceMonitor"))
        .singleElement()
        .satisfies(
            sm ->
                assertThat(sm.getMetadata().getLabels())
                    .containsEntry("release", "kube-prometheus-stack"));
    assertThat(objects.all(Secret.class)).as("only existing Secrets are referenced").isEmpty();

    NetworkPolicy np = objects.one(NetworkPolicy.class);
    assertThat(np.getSpec().getEgress())
        .extracting(r -> r.getPorts().get(0).getPort().getIntVal())
        .as("DNS, Kafka, Qdrant, the registry, the other replicas' API")
        .containsExactly(53, 9093, 6334, 8080, AppConfig.httpPort());
    assertThat(np.getSpec().getEgress())
        .allSatisfy(
            r -> assertThat(r.getTo()).as("every egress rule names its peers").isNotEmpty());
  }

  @Test
  void requiredEgressPeersRefuseAnInstallWithAnOpenEgressRule() {
    assertThatThrownBy(
            () -> HelmChart.templateYaml(null, Map.of("networkPolicy.requireEgressPeers", true)))
        .hasMessageContaining("networkPolicy.kafka.to, networkPolicy.qdrant.to is empty");
    assertThatThrownBy(
            () ->
                HelmChart.templateYaml(
                    ci("production-values.yaml"),
                    Map.of(
                        "embedding.model",
                        "remote",
                        "embedding.remote.url",
                        "https://tei.example.com",
                        "embedding.remote.dimension",
                        384)))
        .hasMessageContaining("networkPolicy.embedding.to is empty");
    NetworkPolicy np = HelmChart.render(ci("production-values.yaml")).one(NetworkPolicy.class);
    assertThat(np.getSpec().getIngress())
        .extracting(r -> r.getPorts().get(0).getPort().getStrVal())
        .containsExactly("http", "management", "http");
    assertThat(np.getSpec().getIngress().get(0).getFrom().toString())
        .as("the API rule")
        .doesNotContain("monitoring");
  }

  @Test
  void remoteEmbeddingReachesTheContainerAndOpensItsEgress() {
    Manifests objects = HelmChart.render(ci("remote-embedding-values.yaml"));
    PodConfig config = new PodConfig(objects);

    assertThat(config.value("indexer.embedding.model")).contains("remote");
    assertThat(config.value("indexer.embedding.remote.url"))
        .contains("https://embeddings.example.com/v1");
    assertThat(config.value("indexer.embedding.remote.model-name"))
        .contains("BAAI/bge-small-en-v1.5");
    assertThat(config.value("indexer.embedding.remote.dimension")).contains("384");
    assertThat(config.source("indexer.embedding.remote.api-key"))
        .contains(
            new PodConfig.FromSecret("search-vector-indexer-credentials", "embedding-api-key"));
    Secret secret = objects.one(Secret.class);
    assertThat(secret.getData()).containsOnlyKeys("embedding-api-key");
    assertThat(config.value("indexer.chunking.size")).contains("480");

    List<NetworkPolicyEgressRule> egress = objects.one(NetworkPolicy.class).getSpec().getEgress();
    assertThat(egress)
        .anySatisfy(
            r -> {
              assertThat(r.getPorts().get(0).getPort().getIntVal()).isEqualTo(443);
              assertThat(r.getTo().get(0).getIpBlock().getCidr()).isEqualTo("203.0.113.0/24");
            });
    assertThat(
            objects.one(StatefulSet.class).getSpec().getTemplate().getMetadata().getAnnotations())
        .as("a changed Secret rolls the pods")
        .containsKey("checksum/secret");
  }

  @Test
  void externalSecretsAreReferencedNeverCreated() {
    Manifests objects = HelmChart.render(ci("external-secret-values.yaml"));
    PodConfig config = new PodConfig(objects);

    assertThat(objects.all(Secret.class)).isEmpty();
    assertThat(config.source("indexer.qdrant.api-key"))
        .contains(new PodConfig.FromSecret("indexer-credentials", "qdrant-api-key"));
    assertThat(config.env().get("INDEXER_EMBEDDING_REMOTE_API_KEY"))
        .isEqualTo(new PodConfig.FromSecret("indexer-credentials", "embedding-api-key"));
    assertThat(config.source("indexer.pii.hmac-key"))
        .contains(new PodConfig.FromSecret("indexer-credentials", "pii-hmac-key"));
    assertThat(config.file())
        .containsEntry("indexer.pii.operators.EMAIL", "HMAC")
        .containsEntry("indexer.pii.operators.PHONE", "MASK")
        .containsEntry("indexer.pii.metadata.author", "DROP")
        .containsEntry("indexer.pii.metadata.\"doc.type\"", "KEEP");
    assertThat(config.value("indexer.pii.key-id")).contains("2026-01");
    assertThat(config.source("quarkus.kafka-streams.ssl.keystore.password"))
        .contains(new PodConfig.FromSecret("vector-indexer-kafka-tls-user", "user.password"));
    assertThat(config.value("quarkus.kafka-streams.security-protocol")).contains("SSL");
    assertThat(config.value("quarkus.kafka-streams.ssl.keystore.type")).contains("PKCS12");
    assertThat(config.volume("kafka-client").orElseThrow().getSecret().getSecretName())
        .isEqualTo("vector-indexer-kafka-tls-user");
  }

  @Test
  void healthAndMetricsAreOnTheManagementPortOnlyAndTheApiIsDeniedByDefault() {
    Manifests objects = HelmChart.renderDefaults();
    Service api = objects.named(Service.class, "search-vector-indexer").orElseThrow();
    Service headless = objects.named(Service.class, "search-vector-indexer-headless").orElseThrow();
    assertThat(api.getSpec().getPorts())
        .extracting(p -> p.getTargetPort().getStrVal())
        .containsExactly("http");
    assertThat(headless.getSpec().getPorts())
        .extracting(p -> p.getTargetPort().getStrVal())
        .containsExactly("management");
    var container =
        objects.one(StatefulSet.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getPorts())
        .extracting(p -> p.getName() + ":" + p.getContainerPort())
        .containsExactly(
            "http:" + AppConfig.httpPort(), "management:" + AppConfig.managementPort());
    assertThat(
            List.of(
                container.getStartupProbe(),
                container.getLivenessProbe(),
                container.getReadinessProbe()))
        .allSatisfy(p -> assertThat(p.getHttpGet().getPort().getStrVal()).isEqualTo("management"));

    // Default deny: only the chart's test pod reaches the API; the monitoring namespace (and the
    // test pod) the management port; the indexer's own pods the API, for documents another replica
    // holds.
    NetworkPolicy np = objects.one(NetworkPolicy.class);
    assertThat(np.getSpec().getIngress()).hasSize(3);
    var apiRule = np.getSpec().getIngress().get(0);
    assertThat(apiRule.getPorts()).extracting(p -> p.getPort().getStrVal()).containsExactly("http");
    assertThat(apiRule.getFrom())
        .singleElement()
        .satisfies(
            peer -> {
              assertThat(peer.getNamespaceSelector()).isNull();
              assertThat(peer.getPodSelector().getMatchLabels())
                  .containsEntry("app.kubernetes.io/name", "vector-indexer-test");
            });
    var managementRule = np.getSpec().getIngress().get(1);
    assertThat(managementRule.getPorts())
        .extracting(p -> p.getPort().getStrVal())
        .containsExactly("management");
    assertThat(managementRule.getFrom().get(0).getNamespaceSelector().getMatchLabels())
        .containsEntry("kubernetes.io/metadata.name", "monitoring");

    var replicasRule = np.getSpec().getIngress().get(2);
    assertThat(replicasRule.getPorts())
        .extracting(p -> p.getPort().getStrVal())
        .containsExactly("http");
    assertThat(replicasRule.getFrom())
        .singleElement()
        .satisfies(
            peer -> {
              assertThat(peer.getNamespaceSelector()).isNull();
              assertThat(peer.getPodSelector().getMatchLabels())
                  .isEqualTo(
                      objects.one(StatefulSet.class).getSpec().getSelector().getMatchLabels());
            });

    NetworkPolicy noTests =
        HelmChart.render(null, Map.of("tests.enabled", false)).one(NetworkPolicy.class);
    assertThat(noTests.getSpec().getIngress())
        .as("no API rule for callers: only the replicas reach the API")
        .extracting(r -> r.getPorts().get(0).getPort().getStrVal())
        .containsExactly("management", "http");
    assertThat(noTests.getSpec().getIngress().get(1).getFrom())
        .singleElement()
        .satisfies(
            peer ->
                assertThat(peer.getPodSelector().getMatchLabels())
                    .containsEntry("app.kubernetes.io/name", "vector-indexer"));

    Manifests admitted =
        HelmChart.render(
            null,
            Map.of("networkPolicy.ingressFrom[0].namespaceSelector.matchLabels.team", "search"));
    assertThat(admitted.one(NetworkPolicy.class).getSpec().getIngress().get(0).getFrom())
        .hasSize(2)
        .anySatisfy(
            peer ->
                assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsEntry("team", "search"));
    assertThat(WorkloadChecks.problems(admitted)).isEmpty();
  }

  @Test
  void eachReplicaAdvertisesItsOwnStableAddressOnTheApiPort() {
    PodConfig config = new PodConfig(HelmChart.renderDefaults());
    assertThat(config.value("indexer.api.advertised-address"))
        .contains(
            "$(POD_NAME).search-vector-indexer-headless.$(POD_NAMESPACE).svc:"
                + AppConfig.httpPort());
    assertThat(config.env().get("POD_NAMESPACE"))
        .isEqualTo(new PodConfig.FromField("metadata.namespace"));
    // Kubernetes expands $(NAME) only from variables defined earlier in the list.
    List<String> names =
        config.container().getEnv().stream()
            .map(io.fabric8.kubernetes.api.model.EnvVar::getName)
            .toList();
    assertThat(names.indexOf("INDEXER_API_ADVERTISED_ADDRESS"))
        .isGreaterThan(names.indexOf("POD_NAME"))
        .isGreaterThan(names.indexOf("POD_NAMESPACE"));

    PodConfig byIp =
        new PodConfig(HelmChart.render(null, Map.of("api.advertisedAddress", "$(POD_IP):8080")));
    assertThat(byIp.value("indexer.api.advertised-address")).contains("$(POD_IP):8080");
    assertThat(byIp.env().get("POD_IP")).isEqualTo(new PodConfig.FromField("status.podIP"));
    assertThatThrownBy(
            () -> HelmChart.templateYaml(null, Map.of("api.advertisedAddress", "no-port")))
        .hasMessageContaining("advertisedAddress");
    assertThat(
            WorkloadChecks.problems(
                HelmChart.render(null, Map.of("api.advertisedAddress", "indexer:8080"))))
        .containsExactly(
            "indexer.api.advertised-address indexer:8080 is the same for every replica");

    Manifests closed = HelmChart.renderDefaults();
    closed.one(NetworkPolicy.class).getSpec().getIngress().remove(2);
    assertThat(WorkloadChecks.problems(closed))
        .containsExactly(
            "NetworkPolicy does not admit the indexer's own pods to the API port: documents held by another replica could not be fetched");
    Manifests noEgress = HelmChart.renderDefaults();
    List<NetworkPolicyEgressRule> egress = noEgress.one(NetworkPolicy.class).getSpec().getEgress();
    egress.remove(egress.size() - 1);
    assertThat(WorkloadChecks.problems(noEgress))
        .containsExactly(
            "NetworkPolicy does not let the indexer's pods reach each other's API port: documents held by another replica could not be fetched");
  }

  @Test
  void apiKeysAreAFileMountedFromTheirSecretAndTokensNeedIssuerAudienceAndKeys() {
    Manifests objects = HelmChart.render(ci("external-secret-values.yaml"));
    PodConfig config = new PodConfig(objects);
    assertThat(config.value("indexer.auth.api-keys-file"))
        .contains("/etc/indexer/api-keys/api-keys");
    assertThat(config.volume("api-keys").orElseThrow().getSecret().getSecretName())
        .isEqualTo("indexer-api-keys");
    assertMountedReadOnly(objects, "api-keys", "/etc/indexer/api-keys");

    PodConfig production = new PodConfig(HelmChart.render(ci("production-values.yaml")));
    assertThat(production.value("indexer.auth.enabled")).contains("true");
    assertThat(production.env().get("MP_JWT_VERIFY_ISSUER"))
        .isEqualTo(new PodConfig.Literal("https://sso.example.com/realms/search"));
    assertThat(production.env().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
        .isEqualTo(
            new PodConfig.Literal(
                "https://sso.example.com/realms/search/protocol/openid-connect/certs"));

    PodConfig defaults = new PodConfig(HelmChart.renderDefaults());
    assertThat(defaults.value("indexer.auth.enabled"))
        .as("authentication is on by default")
        .contains("true");
    assertThat(defaults.volume("api-keys")).isEmpty();
    assertThatThrownBy(
            () ->
                HelmChart.templateYaml(null, Map.of("auth.jwt.issuer", "https://sso.example.com")))
        .hasMessageContaining("auth.jwt needs all of issuer, audiences and jwksUrl");
  }

  @Test
  void aSecondGenerationHasItsOwnApplicationIdAndNumber() {
    PodConfig first = new PodConfig(HelmChart.renderDefaults());
    assertThat(first.value("indexer.generation.number")).contains("1");
    assertThat(first.value("quarkus.kafka-streams.application-id")).contains("vector-indexer");

    PodConfig second =
        new PodConfig(
            HelmChart.render(ci("production-values.yaml"), Map.of("generation.number", "2")));
    assertThat(second.value("indexer.generation.number")).contains("2");
    assertThat(second.value("quarkus.kafka-streams.application-id"))
        .as("its own manifests and offsets: it replays the topic from the start")
        .contains(
            new PodConfig(HelmChart.render(ci("production-values.yaml")))
                    .value("quarkus.kafka-streams.application-id")
                    .orElseThrow()
                + "-v2");
  }

  @Test
  void tlsFilesAreMountedFromTheirSecretAndTheirPathsSet() {
    Manifests objects = HelmChart.render(ci("production-values.yaml"));
    PodConfig production = new PodConfig(objects);
    assertThat(production.value("indexer.qdrant.tls-ca-file"))
        .contains("/etc/indexer/tls/qdrant/ca.crt");
    assertThat(production.value("indexer.qdrant.tls-cert-file"))
        .contains("/etc/indexer/tls/qdrant/tls.crt");
    assertThat(production.value("indexer.qdrant.tls-key-file"))
        .contains("/etc/indexer/tls/qdrant/tls.key");
    assertThat(production.volume("tls-qdrant").orElseThrow().getSecret().getSecretName())
        .isEqualTo("qdrant-client-tls");
    assertThat(production.volume("tls-qdrant").orElseThrow().getSecret().getItems())
        .extracting(i -> i.getKey())
        .containsExactly("ca.crt", "tls.crt", "tls.key");
    assertMountedReadOnly(objects, "tls-qdrant", "/etc/indexer/tls/qdrant");

    PodConfig defaults = new PodConfig(HelmChart.renderDefaults());
    assertThat(defaults.value("indexer.qdrant.tls-ca-file"))
        .as("no file: the JVM's trust store")
        .contains("");
    assertThat(defaults.value("indexer.embedding.remote.tls-cert-file")).contains("");
    assertThat(defaults.volume("tls-qdrant")).isEmpty();
    assertThat(defaults.volume("tls-registry")).isEmpty();
  }

  @Test
  void piiListsAreCommaSeparatedAndEmptyMeansTheServicesDefault() {
    PodConfig defaults = new PodConfig(HelmChart.renderDefaults());
    assertThat(defaults.value("indexer.pii.enabled-types")).contains("");
    assertThat(defaults.value("indexer.pii.phone-regions"))
        .contains("US,GB,DE,FR,ES,IT,NL,BE,AT,CH,IE,PT,PL,SE,DK,NO,FI,CA,AU");
    assertThat(defaults.file().keySet()).noneMatch(k -> k.startsWith("indexer.pii."));

    PodConfig some =
        new PodConfig(
            HelmChart.render(
                null,
                Map.of(
                    "pii.enabledTypes[0]",
                    "EMAIL",
                    "pii.enabledTypes[1]",
                    "IBAN",
                    "pii.phoneRegions[0]",
                    "DE",
                    "pii.phoneRegions[1]",
                    "AT")));
    assertThat(some.value("indexer.pii.enabled-types")).contains("EMAIL,IBAN");
    assertThat(some.value("indexer.pii.phone-regions")).contains("DE,AT");
  }

  @Test
  void theHmacKeyComesOnlyFromASecret() {
    Manifests inline =
        HelmChart.render(
            null,
            Map.of("pii.defaultOperator", "HMAC", "pii.hmacKey.value", "0123456789abcdef0123"));
    assertThat(new PodConfig(inline).source("indexer.pii.hmac-key"))
        .contains(new PodConfig.FromSecret("search-vector-indexer-credentials", "pii-hmac-key"));
    assertThat(inline.one(Secret.class).getData()).containsOnlyKeys("pii-hmac-key");
    assertThat(inline.all(ConfigMap.class))
        .allSatisfy(
            cm -> assertThat(cm.getData().toString()).doesNotContain("0123456789abcdef0123"));

    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("pii.operators.EMAIL", "HMAC")))
        .hasMessageContaining("pii.operators.EMAIL is HMAC but pii.hmacKey is not set");
    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("pii.defaultOperator", "HMAC")))
        .hasMessageContaining("pii.defaultOperator is HMAC but pii.hmacKey is not set");
    assertThatThrownBy(
            () ->
                HelmChart.templateYaml(
                    null,
                    Map.of(
                        "pii.hmacKey.existingSecret",
                        "s",
                        "pii.hmacKey.value",
                        "0123456789abcdef")))
        .hasMessageContaining("set only one of pii.hmacKey.existingSecret and pii.hmacKey.value");
    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("pii.hmacKey.value", "short")))
        .hasMessageContaining("pii.hmacKey.value");
  }

  @Test
  void badPiiAndRemoteEmbeddingValuesAreRejected() {
    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("pii.operators.EMAILS", "MASK")))
        .hasMessageContaining("pii.operators");
    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("pii.operators.EMAIL", "HASH")))
        .hasMessageContaining("pii.operators");
    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("pii.metadataDefault", "REDACT")))
        .hasMessageContaining("pii.metadataDefault");
    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("pii.maskChar", "**")))
        .hasMessageContaining("pii.maskChar");
    assertThatThrownBy(
            () -> HelmChart.templateYaml(null, Map.of("embedding.model", "bge-small-en-v1.5")))
        .hasMessageContaining("embedding.model");
    assertThatThrownBy(
            () ->
                HelmChart.templateYaml(null, Map.of("embedding.remote.requestTimeout", "a minute")))
        .hasMessageContaining("embedding.remote.requestTimeout");
    assertThatThrownBy(() -> HelmChart.templateYaml(null, Map.of("embedding.model", "remote")))
        .hasMessageContaining("embedding.remote.url is empty");
    assertThatThrownBy(
            () ->
                HelmChart.templateYaml(
                    null,
                    Map.of("embedding.model", "remote", "embedding.remote.url", "http://tei:8080")))
        .hasMessageContaining("embedding.remote.dimension is not set");
    assertThatThrownBy(
            () -> HelmChart.templateYaml(null, Map.of("embedding.remote.url", "http://tei:8080")))
        .hasMessageContaining(
            "embedding.remote.url is set but embedding.model is all-minilm-l6-v2-q");
    assertThatThrownBy(
            () ->
                HelmChart.templateYaml(
                    null,
                    Map.of(
                        "embedding.model",
                        "remote",
                        "embedding.remote.url",
                        "http://tei:8080",
                        "embedding.remote.dimension",
                        384,
                        "embedding.remote.batchTokens",
                        100)))
        .hasMessageContaining(
            "embedding.remote.batchTokens (100) is smaller than embedding.remote.maxTokens (512)");
  }

  @Test
  void minimalValuesOnlyMoveKafkaAndQdrant() {
    PodConfig config = new PodConfig(HelmChart.render(ci("minimal-values.yaml")));

    assertThat(config.value("quarkus.kafka-streams.bootstrap-servers"))
        .contains("my-cluster-kafka-bootstrap.kafka:9092");
    assertThat(config.value("indexer.qdrant.host")).contains("qdrant.qdrant");
    assertThat(config.value("quarkus.kafka-streams.security-protocol")).contains("PLAINTEXT");
  }

  @Test
  void freeFormConfigAndExtraEnvReachTheContainer() {
    Manifests objects =
        HelmChart.render(
            null,
            Map.of(
                "config.quarkus\\.log\\.level",
                "DEBUG",
                "extraEnv[0].name",
                "FOO",
                "extraEnv[0].value",
                "bar"));
    PodConfig config = new PodConfig(objects);

    assertThat(config.file()).containsEntry("quarkus.log.level", "DEBUG");
    assertThat(config.env()).containsEntry("FOO", new PodConfig.Literal("bar"));
  }

  @Test
  void withoutPersistenceTheStateLivesInAnEmptyDir() {
    Manifests objects = HelmChart.render(null, Map.of("persistence.enabled", false));
    StatefulSet sts = objects.one(StatefulSet.class);

    assertThat(sts.getSpec().getVolumeClaimTemplates()).isNullOrEmpty();
    assertThat(new PodConfig(objects).volume("state").orElseThrow().getEmptyDir()).isNotNull();
    assertThat(WorkloadChecks.problems(objects)).isEmpty();
  }

  @Test
  void testPodProbesHealthMetricsAndSearchThroughTheServiceWithoutBeingSelectedByIt() {
    Manifests objects = HelmChart.renderDefaults();
    Pod test = HelmChart.renderHooks(null).one(Pod.class);
    Service svc = objects.named(Service.class, "search-vector-indexer").orElseThrow();

    assertThat(test.getMetadata().getAnnotations())
        .containsEntry(HelmChart.HOOK_ANNOTATION, "test");
    assertThat(
            ProjectFiles.read(ProjectFiles.CHART.resolve("templates/tests/test-connection.yaml")))
        .contains("\"helm.sh/hook\": test");
    assertThat(Manifests.of(List.of(test)).unknownFields()).isEmpty();
    String script = String.join("\n", test.getSpec().getContainers().get(0).getCommand());
    String base = "http://search-vector-indexer:" + svc.getSpec().getPorts().get(0).getPort();
    String management = "http://search-vector-indexer-headless:" + AppConfig.managementPort();
    assertThat(script)
        .contains(
            management + AppConfig.healthPath("ready"),
            management + AppConfig.healthPath("live"),
            management + AppConfig.metricsPath(),
            base + "/search?q=");
    assertThat(script)
        .as("metrics are refused on the API port")
        .contains("if wget -q -O /dev/null " + base + AppConfig.metricsPath());
    assertThat(script).as("search without credentials must be refused").contains("*401*");
    assertThat(WorkloadChecks.matches(svc.getSpec().getSelector(), test.getMetadata().getLabels()))
        .isFalse();
    assertThat(
            test.getSpec().getContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem())
        .isTrue();
  }

  @Test
  void configMapsChangeRollThePods() {
    String before =
        HelmChart.renderDefaults()
            .one(StatefulSet.class)
            .getSpec()
            .getTemplate()
            .getMetadata()
            .getAnnotations()
            .get("checksum/config");
    String after =
        HelmChart.render(null, Map.of("qdrant.host", "elsewhere"))
            .one(StatefulSet.class)
            .getSpec()
            .getTemplate()
            .getMetadata()
            .getAnnotations()
            .get("checksum/config");

    assertThat(after).isNotEqualTo(before);
    assertThat(HelmChart.renderDefaults().all(ConfigMap.class)).hasSize(2);
  }

  /** The service container mounts volume {@code name} read-only at {@code path}. */
  private static void assertMountedReadOnly(Manifests objects, String name, String path) {
    assertThat(
            objects
                .one(StatefulSet.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getVolumeMounts())
        .anySatisfy(
            m -> {
              assertThat(m.getName()).isEqualTo(name);
              assertThat(m.getMountPath()).isEqualTo(path);
              assertThat(m.getReadOnly()).isTrue();
            });
  }
}
