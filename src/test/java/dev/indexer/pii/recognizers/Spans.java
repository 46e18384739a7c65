package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;

/** The substrings a recognizer reports, for readable assertions. */
final class Spans {

  private Spans() {}

  static List<String> of(Recognizer r, String text) {
    List<Finding> out = new ArrayList<>();
    r.find(text, out);
    return out.stream().map(f -> text.substring(f.start(), f.end())).toList();
  }
}
