package dev.indexer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;

/** Limits of the search API. */
@ConfigMapping(prefix = "indexer.search")
public interface SearchConfig {

  /**
   * Metadata keys a search may filter on ({@code filter=key=value}); a filter on any other key is
   * refused (400). Unset: no metadata filters.
   */
  Optional<List<String>> filterKeys();

  /**
   * Longest query accepted, in characters; a longer one is refused (400) before it is redacted or
   * embedded. The model reads at most its token limit anyway (128 tokens for all-MiniLM-L6-v2).
   */
  @WithDefault("1000")
  @Positive
  int maxQueryLength();

  /**
   * Most searches redacting and embedding their query at once, per instance; one more is refused at
   * once with 429 and {@code Retry-After: 1} rather than queued, so a burst of searches cannot take
   * the cores the indexing pipeline embeds with.
   */
  @WithDefault("4")
  @Positive
  int maxConcurrentQueries();
}
