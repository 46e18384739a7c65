package dev.indexer.pipeline;

import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.FallbackConfigSourceInterceptor;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Properties that moved: a new name is read from its former one when the former is set by a source
 * of higher priority, so configurations written for an earlier release keep their meaning. The
 * former names are listed under their new names, so the unknown-property check of the mapping they
 * used to belong to does not refuse them. Registered as a SmallRye Config interceptor
 * (META-INF/services).
 */
public final class RenamedProperties extends FallbackConfigSourceInterceptor {

  /** New name to former name. */
  static final Map<String, String> FORMER_NAMES =
      Map.of("indexer.pipeline.write-batch-points", "indexer.qdrant.write-batch-points");

  private static final Map<String, String> NEW_NAMES =
      FORMER_NAMES.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

  public RenamedProperties() {
    super(FORMER_NAMES);
  }

  @Override
  public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
    Set<String> names = new LinkedHashSet<>();
    context.iterateNames().forEachRemaining(name -> names.add(NEW_NAMES.getOrDefault(name, name)));
    return names.iterator();
  }
}
