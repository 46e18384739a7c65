package dev.indexer.pii.eval;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;

/** Prints the findings for the texts given as arguments (a development aid). */
public final class Probe {
  public static void main(String[] args) {
    var a = Recognizers.analyzer(PiiPolicy.defaults());
    for (String t : args) {
      for (var f : a.analyze(t)) {
        System.out.println(f.type() + " [" + t.substring(f.start(), f.end()) + "]");
      }
      System.out.println("--");
    }
  }
}
