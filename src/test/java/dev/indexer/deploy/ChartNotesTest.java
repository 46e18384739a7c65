package dev.indexer.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.Release;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * NOTES.txt, as {@code helm install} prints it (a client-side dry run: no cluster is contacted):
 * how to reach search, health and metrics, and a refusal of invalid value combinations.
 */
class ChartNotesTest {

  private static InstallCommand install(Path values) {
    InstallCommand install =
        new Helm(ProjectFiles.CHART)
            .install()
            .withName(HelmChart.RELEASE)
            .withNamespace(HelmChart.NAMESPACE)
            .dryRun()
            .withDryRunOption(DryRun.CLIENT)
            .clientOnly();
    return values == null ? install : install.withValuesFile(values);
  }

  @Test
  void explainsHowToReachSearchHealthAndMetrics() {
    Release release = install(null).call();

    assertThat(release.getOutput())
        .contains("kubectl --namespace indexing port-forward svc/search-vector-indexer 8080:8080")
        .contains("/search?q=", "/documents/<id>'", "Authorization: Bearer $TOKEN")
        .doesNotContain("tenant=")
        .contains("neither auth.jwt nor auth.apiKeys is set: the service refuses to start")
        .contains(
            AppConfig.healthPath("ready"), AppConfig.healthPath("live"), AppConfig.metricsPath())
        .contains("helm test search")
        .contains("registry.url is empty");
  }

  @Test
  void productionNotesMentionAutoscalingAndTheServiceMonitor() {
    Release release =
        install(ProjectFiles.CHART_CI_VALUES.resolve("production-values.yaml")).call();

    assertThat(release.getOutput())
        .contains("SASL_SSL")
        .contains("3 to 12 (autoscaled on CPU), for 12 input partitions")
        .contains("ServiceMonitor")
        .doesNotContain("registry.url is empty");
  }

  @Test
  void installRefusesMoreReplicasThanPartitions() {
    Path bad = ProjectFiles.TEST_RESOURCES.resolve("bad-values/replicas-above-partitions.yaml");

    assertThatThrownBy(() -> install(bad).call())
        .hasMessageContaining("replicaCount (7) is larger than kafka.partitions (6)");
  }

  @Test
  void installRefusesTlsWithoutASecret() {
    Path bad = ProjectFiles.TEST_RESOURCES.resolve("bad-values/tls-without-secret.yaml");

    assertThatThrownBy(() -> install(bad).call())
        .hasMessageContaining("kafka.tls.caSecret.name is empty");
  }
}
