package dev.indexer.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the deployment files, relative to the project root (Surefire's working directory). */
final class ProjectFiles {

  static final Path ROOT = findRoot();
  static final Path CHART = ROOT.resolve("helm/vector-indexer");
  static final Path CHART_CI_VALUES = CHART.resolve("ci");
  static final Path K8S = ROOT.resolve("k8s");
  static final Path DOCKERFILE = ROOT.resolve("src/main/docker/Dockerfile.jvm");
  static final Path COMPOSE = ROOT.resolve("testcontainers/compose.yaml");
  static final Path APPLICATION_PROPERTIES =
      ROOT.resolve("src/main/resources/application.properties");
  static final Path MAIN_CLASSES = ROOT.resolve("target/classes");
  static final Path TEST_RESOURCES = ROOT.resolve("src/test/resources/deploy");

  private ProjectFiles() {}

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("pom.xml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("No pom.xml above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
