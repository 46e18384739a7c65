package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain manifests (k8s/): every file as written, and the kustomize base and production overlay
 * as built, pass the same workload checks as the chart, and every property of the service can be
 * set.
 */
class KustomizeTest {

  static final Path BASE = ProjectFiles.K8S.resolve("base");
  static final Path PRODUCTION = ProjectFiles.K8S.resolve("overlays/production");

  static Stream<Path> builds() {
    return Stream.of(BASE, PRODUCTION);
  }

  static Stream<Path> manifestFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ProjectFiles.K8S)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
          .filter(f -> !f.getFileName().toString().endsWith("-patch.yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifestFiles")
  void everyManifestFileIsValidForTheTypedModel(Path file) {
    Manifests objects = Manifests.parse(ProjectFiles.read(file));

    assertThat(objects.all()).isNotEmpty();
    assertThat(objects.unknownFields()).isEmpty();
    for (HasMetadata o : objects.all()) {
      assertThat(o.getMetadata().getLabels())
          .as("%s labels", file.getFileName())
          .containsEntry("app.kubernetes.io/name", "vector-indexer")
          .containsEntry("app.kubernetes.io/instance", "vector-indexer");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void buildsASoundWorkload(Path dir) {
    Manifests objects = Kustomize.build(dir);

    assertThat(WorkloadChecks.problems(objects)).as("problems in %s", dir).isEmpty();
  }

  @Test
  void everyPropertyOfTheServiceIsSettableInTheManifests() {
    List<PodConfig> builds =
        List.of(new PodConfig(Kustomize.build(BASE)), new PodConfig(Kustomize.build(PRODUCTION)));
    Map<String, String> missing = ConfigCompleteness.missing(builds);

    assertThat(missing)
        .as(
            "properties the service reads that k8s/ does not set (add them to k8s/base/configmap-env.yaml, "
                + "empty for unset):"
                + ConfigCompleteness.describe(missing))
        .isEmpty();
    assertThat(ConfigCompleteness.unknownIndexerVariables(builds)).isEmpty();
  }

  @Test
  void baseDefaultsEqualTheServicesDefaults() {
    assertThat(ConfigCompleteness.defaultsThatDiffer(new PodConfig(Kustomize.build(BASE))))
        .isEmpty();
  }

  @Test
  void productionOverlayTurnsOnSaslOverTlsAutoscalingAndMonitoring() {
    Manifests objects = Kustomize.build(PRODUCTION);
    PodConfig config = new PodConfig(objects);
    StatefulSet sts = objects.one(StatefulSet.class);

    assertThat(objects.all())
        .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("indexing"));
    assertThat(config.value("quarkus.kafka-streams.security-protocol")).contains("SASL_SSL");
    assertThat(config.source("quarkus.kafka-streams.sasl.jaas-config"))
        .contains(new PodConfig.FromSecret("vector-indexer-kafka-user", "sasl.jaas.config"));
    assertThat(config.value("quarkus.kafka-streams.ssl.truststore.location"))
        .contains("/etc/indexer/kafka-ca/ca.crt");
    assertThat(config.volume("kafka-ca").orElseThrow().getSecret().getSecretName())
        .isEqualTo("prod-cluster-ca-cert");
    assertThat(config.file()).containsEntry("kafka-streams.num.standby.replicas", "1");
    assertThat(sts.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo(
            "ghcr.io/dev-indexer/vector-indexer@sha256:4f7c5d9b2d2e8a8c7a1b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081");
    assertThat(sts.getMetadata().getAnnotations())
        .containsEntry(WorkloadChecks.PARTITIONS_ANNOTATION, "12");
    assertThat(objects.one(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas()).isEqualTo(12);
    assertThat(objects.ofKind("ServiceMonitor")).hasSize(1);
    assertThat(objects.one(NetworkPolicy.class).getSpec().getEgress())
        .allSatisfy(
            r -> assertThat(r.getTo()).as("every egress rule names its peers").isNotEmpty());
    assertThat(objects.one(NetworkPolicy.class).getSpec().getIngress())
        .extracting(
            r -> r.getPorts().get(0).getPort().getStrVal() + " from " + peer(r.getFrom().get(0)))
        .containsExactly(
            "management from namespace {kubernetes.io/metadata.name=monitoring}",
            "http from pods {app.kubernetes.io/instance=vector-indexer, app.kubernetes.io/name=vector-indexer}",
            "http from namespace {kubernetes.io/metadata.name=search-frontend}");
  }

  @Test
  void theBaseAdmitsOnlyTheReplicasToTheApiAndOnlyMonitoringToTheManagementPort() {
    Manifests objects = Kustomize.build(BASE);
    assertThat(objects.one(NetworkPolicy.class).getSpec().getIngress())
        .extracting(
            r ->
                r.getPorts().stream().map(p -> p.getPort().getStrVal()).toList()
                    + " from "
                    + r.getFrom().stream().map(KustomizeTest::peer).toList())
        .containsExactly(
            "[management] from [namespace {kubernetes.io/metadata.name=monitoring}]",
            "[http] from [pods {app.kubernetes.io/instance=vector-indexer, app.kubernetes.io/name=vector-indexer}]");
    assertThat(objects.one(NetworkPolicy.class).getSpec().getEgress())
        .last()
        .satisfies(
            r -> {
              assertThat(r.getPorts())
                  .extracting(p -> p.getPort().getIntVal())
                  .containsExactly(AppConfig.httpPort());
              assertThat(r.getTo())
                  .extracting(KustomizeTest::peer)
                  .containsExactly(
                      "pods {app.kubernetes.io/instance=vector-indexer, app.kubernetes.io/name=vector-indexer}");
            });
    assertThat(new PodConfig(objects).value("indexer.api.advertised-address"))
        .contains("$(POD_NAME).vector-indexer-headless.$(POD_NAMESPACE).svc:8080");
    assertThat(
            objects
                .named(io.fabric8.kubernetes.api.model.Service.class, "vector-indexer")
                .orElseThrow()
                .getSpec()
                .getPorts())
        .extracting(p -> p.getTargetPort().getStrVal())
        .containsExactly("http");
    assertThat(
            objects
                .named(io.fabric8.kubernetes.api.model.Service.class, "vector-indexer-headless")
                .orElseThrow()
                .getSpec()
                .getPorts())
        .extracting(p -> p.getTargetPort().getStrVal())
        .containsExactly("management");
    PodConfig config = new PodConfig(objects);
    assertThat(config.container().getReadinessProbe().getHttpGet().getPort().getStrVal())
        .isEqualTo("management");
    assertThat(config.volume("api-keys").orElseThrow().getSecret().getSecretName())
        .isEqualTo("vector-indexer-api-keys");
    assertThat(config.value("indexer.auth.enabled")).contains("true");
  }

  @Test
  void anHpaAboveThePartitionCountIsCaught() {
    Manifests objects = Kustomize.build(PRODUCTION);
    objects.one(HorizontalPodAutoscaler.class).getSpec().setMaxReplicas(13);

    assertThat(WorkloadChecks.problems(objects))
        .contains("HPA maxReplicas 13 is above the 12 partitions");
  }

  /** A NetworkPolicy peer in a few words: a namespace or the pods of this one, by labels. */
  private static String peer(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer p) {
    if (p.getNamespaceSelector() != null) {
      return "namespace " + new java.util.TreeMap<>(p.getNamespaceSelector().getMatchLabels());
    }
    return "pods " + new java.util.TreeMap<>(p.getPodSelector().getMatchLabels());
  }

  /** Where a kubectl (with its built-in kustomize) is installed, its build must equal ours. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void emulationMatchesKubectlKustomizeWhereAvailable(Path dir) throws Exception {
    String real = kubectlKustomize(dir);
    List<JsonNode> theirs = new ArrayList<>();
    Manifests.YAML
        .readValues(Manifests.YAML.createParser(real), JsonNode.class)
        .forEachRemaining(theirs::add);

    assertThat(Kustomize.byKey(Kustomize.buildNodes(dir))).isEqualTo(Kustomize.byKey(theirs));
  }

  private static String kubectlKustomize(Path dir) throws Exception {
    Process p;
    try {
      p =
          new ProcessBuilder("kubectl", "kustomize", dir.toString())
              .redirectErrorStream(false)
              .start();
    } catch (IOException e) {
      Assumptions.abort(
          "kubectl is not installed: the kustomize build is emulated only ("
              + e.getMessage()
              + ")");
      throw e;
    }
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
