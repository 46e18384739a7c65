package dev.indexer.pipeline;

/** The topic names of one deployment; built from {@link TopicsConfig}. */
public record Topics(String documents, String status, String deadLetter) {

  public static Topics of(TopicsConfig config) {
    return new Topics(config.documents(), config.status(), config.deadLetter());
  }
}
