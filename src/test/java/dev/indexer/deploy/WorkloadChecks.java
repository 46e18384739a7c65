package dev.indexer.deploy;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every rendering of the workload must pass, whether it comes from the chart (any
 * values file) or from the kustomize base and overlays. Each method returns the problems found, so
 * that a failure lists all of them at once.
 */
final class WorkloadChecks {

  /** Measured here: the packaged service at start, with the model loaded (build-notes). */
  static final long MEASURED_RSS_BYTES = 275L * 1024 * 1024;

  /** Annotation on the StatefulSet that records the input topic's partition count. */
  static final String PARTITIONS_ANNOTATION = "indexer.dev/input-partitions";

  private final Manifests objects;
  private final PodConfig config;
  private final StatefulSet sts;
  private final List<String> problems = new ArrayList<>();

  private WorkloadChecks(Manifests objects) {
    this.objects = objects;
    this.sts = objects.one(StatefulSet.class);
    this.config = new PodConfig(objects);
  }

  /** All checks; an empty list means the rendering is sound. */
  static List<String> problems(Manifests objects) {
    WorkloadChecks c = new WorkloadChecks(objects);
    c.typedModel();
    c.ports();
    c.probes();
    c.securityContext();
    c.writableDirectories();
    c.selectors();
    c.partitions();
    c.resources();
    c.secretsNeverInline();
    c.serviceMonitor();
    c.replicasReachEachOther();
    return c.problems;
  }

  private void problem(String format, Object... args) {
    problems.add(String.format(format, args));
  }

  private void typedModel() {
    objects.unknownFields().forEach(f -> problem("field unknown to the Kubernetes model: %s", f));
  }

  private void ports() {
    Container c = config.container();
    Optional<ContainerPort> http =
        Optional.ofNullable(c.getPorts()).orElse(List.of()).stream()
            .filter(p -> "http".equals(p.getName()))
            .findFirst();
    if (http.isEmpty()) {
      problem("container has no port named http");
      return;
    }
    if (http.get().getContainerPort() != AppConfig.httpPort()) {
      problem(
          "container port http is %d, the service listens on %d",
          http.get().getContainerPort(), AppConfig.httpPort());
    }
    if (AppConfig.managementEnabled()) {
      Optional<ContainerPort> management =
          c.getPorts().stream().filter(p -> "management".equals(p.getName())).findFirst();
      if (management.isEmpty()) {
        problem("container has no port named management (health and metrics)");
      } else if (management.get().getContainerPort() != AppConfig.managementPort()) {
        problem(
            "container port management is %d, the service's management interface listens on %d",
            management.get().getContainerPort(), AppConfig.managementPort());
      }
    }
    for (Service svc : objects.all(Service.class)) {
      for (ServicePort sp : svc.getSpec().getPorts()) {
        IntOrString target = sp.getTargetPort();
        String targetName = targetName(sp);
        if (targetName == null) {
          problem(
              "Service %s port %s targets %s, neither the container's http nor its management port",
              svc.getMetadata().getName(), sp.getName(), target);
        }
        boolean apiService =
            "http"
                .equals(
                    Optional.ofNullable(svc.getMetadata().getLabels())
                        .orElse(Map.of())
                        .get("indexer.dev/service"));
        if (apiService && "management".equals(targetName)) {
          problem(
              "Service %s exposes the management port next to the API: metrics would be reachable by API callers",
              svc.getMetadata().getName());
        }
      }
    }
  }

  /** Which container port a Service port reaches: http, management, or null for neither. */
  private static String targetName(ServicePort sp) {
    IntOrString target = sp.getTargetPort();
    if (target == null) {
      return sp.getPort() == AppConfig.httpPort()
          ? "http"
          : sp.getPort() == AppConfig.managementPort() ? "management" : null;
    }
    if (target.getStrVal() != null) {
      return Set.of("http", "management").contains(target.getStrVal()) ? target.getStrVal() : null;
    }
    return target.getIntVal() == AppConfig.httpPort()
        ? "http"
        : target.getIntVal() == AppConfig.managementPort() ? "management" : null;
  }

  private void probes() {
    Container c = config.container();
    probe("startup", c.getStartupProbe(), AppConfig.healthPath("started"));
    probe("liveness", c.getLivenessProbe(), AppConfig.healthPath("live"));
    probe("readiness", c.getReadinessProbe(), AppConfig.healthPath("ready"));
  }

  private void probe(String kind, Probe probe, String path) {
    if (probe == null || probe.getHttpGet() == null) {
      problem("no HTTP %s probe", kind);
      return;
    }
    HTTPGetAction get = probe.getHttpGet();
    if (!path.equals(get.getPath())) {
      problem("%s probe hits %s, the service serves %s", kind, get.getPath(), path);
    }
    IntOrString port = get.getPort();
    int number = AppConfig.managementEnabled() ? AppConfig.managementPort() : AppConfig.httpPort();
    boolean portOk =
        port.getStrVal() != null
            ? port.getStrVal().equals(AppConfig.managementPortName())
            : port.getIntVal() == number;
    if (!portOk) {
      problem(
          "%s probe uses port %s, not the port health is served on (%s)",
          kind, port, AppConfig.managementPortName());
    }
  }

  private void securityContext() {
    PodSpec pod = config.pod();
    PodSecurityContext psc = pod.getSecurityContext();
    SecurityContext sc = config.container().getSecurityContext();
    if (psc == null || sc == null) {
      problem("pod and container security contexts are required");
      return;
    }
    if (!Boolean.TRUE.equals(psc.getRunAsNonRoot()) && !Boolean.TRUE.equals(sc.getRunAsNonRoot())) {
      problem("runAsNonRoot is not set");
    }
    if (psc.getRunAsUser() != null && psc.getRunAsUser() == 0) {
      problem("runs as root (runAsUser 0)");
    }
    String seccomp =
        Optional.ofNullable(sc.getSeccompProfile())
            .or(() -> Optional.ofNullable(psc.getSeccompProfile()))
            .map(p -> p.getType())
            .orElse(null);
    if (!"RuntimeDefault".equals(seccomp)) {
      problem("seccomp profile is %s, expected RuntimeDefault", seccomp);
    }
    if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
      problem("allowPrivilegeEscalation is not false");
    }
    if (Boolean.TRUE.equals(sc.getPrivileged())) {
      problem("container is privileged");
    }
    if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
      problem("root filesystem is not read-only");
    }
    Capabilities caps = sc.getCapabilities();
    if (caps == null || caps.getDrop() == null || !caps.getDrop().contains("ALL")) {
      problem("capabilities do not drop ALL");
    }
    if (caps != null && caps.getAdd() != null && !caps.getAdd().isEmpty()) {
      problem("capabilities are added: %s", caps.getAdd());
    }
    if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
      problem(
          "the service account token is mounted, though the service never calls the API server");
    }
  }

  /** With a read-only root, every directory the service writes to must be a volume. */
  private void writableDirectories() {
    String stateDir = config.file().get("kafka-streams.state.dir");
    if (stateDir == null) {
      problem(
          "kafka-streams.state.dir is not set: Kafka Streams would write under /tmp and lose state on restart");
    } else {
      Optional<String> volume = mountedVolume(stateDir);
      if (volume.isEmpty()) {
        problem("state dir %s is not on a volume", stateDir);
      } else {
        boolean claim =
            Optional.ofNullable(sts.getSpec().getVolumeClaimTemplates()).orElse(List.of()).stream()
                .anyMatch(t -> t.getMetadata().getName().equals(volume.get()));
        boolean emptyDir =
            config.volume(volume.get()).map(v -> v.getEmptyDir() != null).orElse(false);
        if (!claim && !emptyDir) {
          problem("state dir volume %s is neither a claim template nor an emptyDir", volume.get());
        }
      }
    }
    writable(
        "/tmp", "java.io.tmpdir (ONNX Runtime and RocksDB unpack their native libraries there)");
    if (config.env().get("DJL_CACHE_DIR") instanceof PodConfig.Literal djl) {
      writable(djl.value(), "DJL_CACHE_DIR (the tokenizer's native library)");
    } else {
      problem("DJL_CACHE_DIR is not set: DJL would write to the read-only home directory");
    }
  }

  private void writable(String dir, String why) {
    Optional<String> volume = mountedVolume(dir);
    if (volume.isEmpty()) {
      problem("%s is not on a writable volume: %s", dir, why);
      return;
    }
    boolean readOnly =
        config.container().getVolumeMounts().stream()
            .anyMatch(
                m -> m.getName().equals(volume.get()) && Boolean.TRUE.equals(m.getReadOnly()));
    if (readOnly) {
      problem("%s is mounted read-only: %s", dir, why);
    }
  }

  private Optional<String> mountedVolume(String path) {
    return config.container().getVolumeMounts().stream()
        .filter(
            m ->
                path.equals(m.getMountPath())
                    || path.startsWith(m.getMountPath().replaceAll("/$", "") + "/"))
        .max(java.util.Comparator.comparingInt(m -> m.getMountPath().length()))
        .map(VolumeMount::getName);
  }

  private void selectors() {
    Map<String, String> podLabels = sts.getSpec().getTemplate().getMetadata().getLabels();
    Map<String, String> selector = sts.getSpec().getSelector().getMatchLabels();
    if (!matches(selector, podLabels)) {
      problem("StatefulSet selector %s does not match its pod labels %s", selector, podLabels);
    }
    if (selector.containsKey("app.kubernetes.io/version")) {
      problem("the selector holds the version label: it is immutable and would block upgrades");
    }
    boolean governing = false;
    for (Service svc : objects.all(Service.class)) {
      if (!matches(svc.getSpec().getSelector(), podLabels)) {
        problem(
            "Service %s selects %s, not the indexer pods",
            svc.getMetadata().getName(), svc.getSpec().getSelector());
      }
      if (svc.getMetadata().getName().equals(sts.getSpec().getServiceName())
          && "None".equals(svc.getSpec().getClusterIP())) {
        governing = true;
      }
    }
    if (!governing) {
      problem(
          "StatefulSet serviceName %s is not a headless Service here",
          sts.getSpec().getServiceName());
    }
    for (PodDisruptionBudget pdb : objects.all(PodDisruptionBudget.class)) {
      if (!matches(pdb.getSpec().getSelector().getMatchLabels(), podLabels)) {
        problem("PodDisruptionBudget selector does not match the pods");
      }
    }
    for (NetworkPolicy np : objects.all(NetworkPolicy.class)) {
      if (!matches(np.getSpec().getPodSelector().getMatchLabels(), podLabels)) {
        problem("NetworkPolicy podSelector does not match the pods");
      }
      networkPolicyIngress(np);
    }
    for (HorizontalPodAutoscaler hpa : objects.all(HorizontalPodAutoscaler.class)) {
      var ref = hpa.getSpec().getScaleTargetRef();
      if (!"StatefulSet".equals(ref.getKind())
          || !sts.getMetadata().getName().equals(ref.getName())) {
        problem(
            "HorizontalPodAutoscaler targets %s/%s, not the StatefulSet",
            ref.getKind(), ref.getName());
      }
    }
    for (var hpa : objects.all(HorizontalPodAutoscaler.class)) {
      if (sts.getSpec().getReplicas() != null) {
        problem(
            "StatefulSet sets replicas while %s autoscales it: every apply would fight the autoscaler",
            hpa.getMetadata().getName());
      }
    }
  }

  private void partitions() {
    String annotation =
        Optional.ofNullable(sts.getMetadata().getAnnotations())
            .map(a -> a.get(PARTITIONS_ANNOTATION))
            .orElse(null);
    if (annotation == null) {
      problem(
          "StatefulSet lacks the %s annotation (the input topic's partition count)",
          PARTITIONS_ANNOTATION);
      return;
    }
    int partitions = Integer.parseInt(annotation);
    Integer replicas = sts.getSpec().getReplicas();
    if (replicas != null && replicas > partitions) {
      problem("%d replicas for %d partitions: the extra replicas would idle", replicas, partitions);
    }
    for (HorizontalPodAutoscaler hpa : objects.all(HorizontalPodAutoscaler.class)) {
      if (hpa.getSpec().getMaxReplicas() > partitions) {
        problem(
            "HPA maxReplicas %d is above the %d partitions",
            hpa.getSpec().getMaxReplicas(), partitions);
      }
      if (hpa.getSpec().getMinReplicas() != null
          && hpa.getSpec().getMinReplicas() > hpa.getSpec().getMaxReplicas()) {
        problem("HPA minReplicas above maxReplicas");
      }
    }
  }

  private void resources() {
    var res = config.container().getResources();
    if (res == null || res.getRequests() == null || res.getLimits() == null) {
      problem("resources need requests and limits");
      return;
    }
    Quantity memRequest = res.getRequests().get("memory");
    Quantity memLimit = res.getLimits().get("memory");
    if (memRequest == null || memLimit == null || res.getRequests().get("cpu") == null) {
      problem("memory request and limit and a CPU request are required");
      return;
    }
    BigDecimal request = memRequest.getNumericalAmount();
    BigDecimal limit = memLimit.getNumericalAmount();
    if (request.compareTo(BigDecimal.valueOf(MEASURED_RSS_BYTES * 2)) < 0) {
      problem(
          "memory request %s is less than twice the measured %d MiB at start",
          memRequest, MEASURED_RSS_BYTES >> 20);
    }
    if (limit.compareTo(request) < 0) {
      problem("memory limit %s is below the request %s", memLimit, memRequest);
    }
    if (config.env().get("JAVA_TOOL_OPTIONS") instanceof PodConfig.Literal opts) {
      Matcher m = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(opts.value());
      if (!m.find() || Double.parseDouble(m.group(1)) > 60) {
        problem(
            "JAVA_TOOL_OPTIONS must cap the heap at 60%% of the limit or less (native memory of ONNX Runtime and RocksDB): %s",
            opts.value());
      }
    } else {
      problem("JAVA_TOOL_OPTIONS (heap cap) is not set");
    }
  }

  private void secretsNeverInline() {
    config
        .env()
        .forEach(
            (name, source) -> {
              // A *_FILE variable is the path of a file mounted from a Secret, not a credential.
              boolean secretName =
                  !name.endsWith("_FILE")
                      && (name.contains("API_KEY")
                          || name.contains("PASSWORD")
                          || name.contains("JAAS"));
              if (secretName && !(source instanceof PodConfig.FromSecret)) {
                problem("%s is not taken from a Secret", name);
              }
            });
    config.file().keySet().stream()
        .filter(AppConfig::isSecretName)
        .forEach(k -> problem("%s is in a ConfigMap", k));
  }

  /**
   * Ingress is denied by default: every rule names its peers (a rule without them admits anyone),
   * and reaches the API or the management port, never both in one rule.
   */
  private void networkPolicyIngress(NetworkPolicy np) {
    if (!np.getSpec().getPolicyTypes().contains("Ingress")) {
      problem("NetworkPolicy does not restrict ingress");
    }
    for (var rule : Optional.ofNullable(np.getSpec().getIngress()).orElse(List.of())) {
      if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
        problem("NetworkPolicy ingress rule on %s admits any peer", rule.getPorts());
      }
      var ports = Optional.ofNullable(rule.getPorts()).orElse(List.of());
      if (ports.isEmpty()) {
        problem("NetworkPolicy ingress rule admits every port");
      }
      Set<String> names = new java.util.TreeSet<>();
      ports.forEach(
          p ->
              names.add(
                  p.getPort().getStrVal() != null
                      ? p.getPort().getStrVal()
                      : String.valueOf(p.getPort().getIntVal())));
      if (names.contains("http") && names.contains("management")) {
        problem(
            "NetworkPolicy ingress rule admits the same peers to the API and the management port");
      }
    }
  }

  /**
   * {@code GET /documents/{id}} of a document another replica holds is fetched from that replica:
   * each replica advertises an address of its own (expanded from the pod's own fields) on the API
   * port, and the NetworkPolicy admits the indexer's own pods to that port.
   */
  private void replicasReachEachOther() {
    String advertised = config.value("indexer.api.advertised-address").orElse("");
    if (advertised.isEmpty()) {
      problem(
          "indexer.api.advertised-address is not set: a replica would answer 404 for documents of another replica's partitions");
    } else if (!advertised.endsWith(":" + AppConfig.httpPort())) {
      problem(
          "indexer.api.advertised-address %s is not on the API port %d",
          advertised, AppConfig.httpPort());
    } else if (!advertised.contains("$(POD_")) {
      problem("indexer.api.advertised-address %s is the same for every replica", advertised);
    }
    Map<String, String> podLabels = sts.getSpec().getTemplate().getMetadata().getLabels();
    for (NetworkPolicy np : objects.all(NetworkPolicy.class)) {
      boolean admitted =
          Optional.ofNullable(np.getSpec().getIngress()).orElse(List.of()).stream()
              .filter(r -> onApiPort(r.getPorts()))
              .flatMap(r -> Optional.ofNullable(r.getFrom()).orElse(List.of()).stream())
              .anyMatch(peer -> ownPods(peer, podLabels));
      if (!admitted) {
        problem(
            "NetworkPolicy does not admit the indexer's own pods to the API port: documents held by another replica could not be fetched");
      }
      boolean reaches =
          !np.getSpec().getPolicyTypes().contains("Egress")
              || Optional.ofNullable(np.getSpec().getEgress()).orElse(List.of()).stream()
                  .filter(r -> onApiPort(r.getPorts()))
                  .flatMap(r -> Optional.ofNullable(r.getTo()).orElse(List.of()).stream())
                  .anyMatch(peer -> ownPods(peer, podLabels));
      if (!reaches) {
        problem(
            "NetworkPolicy does not let the indexer's pods reach each other's API port: documents held by another replica could not be fetched");
      }
    }
  }

  private void serviceMonitor() {
    for (GenericKubernetesResource sm : objects.ofKind("ServiceMonitor")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> spec = (Map<String, Object>) sm.getAdditionalProperties().get("spec");
      @SuppressWarnings("unchecked")
      Map<String, String> match =
          (Map<String, String>) ((Map<String, Object>) spec.get("selector")).get("matchLabels");
      List<Service> selected =
          objects.all(Service.class).stream()
              .filter(s -> matches(match, s.getMetadata().getLabels()))
              .toList();
      if (selected.size() != 1) {
        problem(
            "ServiceMonitor selects %d Services (want exactly one, or pods are scraped twice)",
            selected.size());
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> endpoints = (List<Map<String, Object>>) spec.get("endpoints");
      for (Map<String, Object> ep : endpoints) {
        Optional<ServicePort> port =
            selected.get(0).getSpec().getPorts().stream()
                .filter(p -> p.getName().equals(ep.get("port")))
                .findFirst();
        if (port.isEmpty()) {
          problem(
              "ServiceMonitor endpoint port %s is not a port of Service %s",
              ep.get("port"), selected.get(0).getMetadata().getName());
        } else if (!AppConfig.managementPortName().equals(targetName(port.get()))) {
          problem(
              "ServiceMonitor endpoint port %s does not reach the %s port, where metrics are",
              ep.get("port"), AppConfig.managementPortName());
        }
        if (!AppConfig.metricsPath().equals(ep.get("path"))) {
          problem(
              "ServiceMonitor scrapes %s, metrics are at %s",
              ep.get("path"), AppConfig.metricsPath());
        }
      }
    }
  }

  static boolean matches(Map<String, String> selector, Map<String, String> labels) {
    if (selector == null || selector.isEmpty() || labels == null) {
      return false;
    }
    return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }

  static List<Volume> volumes(StatefulSet sts) {
    return sts.getSpec().getTemplate().getSpec().getVolumes();
  }

  /** A rule's ports include the API port, by name or number. */
  private static boolean onApiPort(
      List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort> ports) {
    return Optional.ofNullable(ports).orElse(List.of()).stream()
        .anyMatch(
            p ->
                "http".equals(p.getPort().getStrVal())
                    || Integer.valueOf(AppConfig.httpPort()).equals(p.getPort().getIntVal()));
  }

  /** A peer that is the indexer's own pods, in its own namespace. */
  private static boolean ownPods(
      io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer peer,
      Map<String, String> podLabels) {
    return peer.getNamespaceSelector() == null
        && peer.getIpBlock() == null
        && peer.getPodSelector() != null
        && matches(peer.getPodSelector().getMatchLabels(), podLabels);
  }
}
