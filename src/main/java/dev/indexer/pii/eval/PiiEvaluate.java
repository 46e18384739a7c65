package dev.indexer.pii.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.pii.PiiAnalyzer;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation command: reads JSON lines {@code {"id": ..., "text": ...}} from the files given as
 * arguments (or stdin) and writes one line {@code {"id": ..., "entities": [{"type", "start",
 * "end"}]}} per input line to stdout, with UTF-16 offsets (end exclusive) and the PII type names. A
 * line that is not valid JSON gets {@code "error"}.
 *
 * <p>A line may carry gold labels in the output's shape, {@code "labels": [{"type", "start",
 * "end"}]}, and {@code "hard_negative": true}; when any line does, a summary of precision, recall
 * and leak per type (and over the structured types, and false findings on hard negatives) goes to
 * stderr after the last line, so stdout stays one JSON line per input line. Other fields are
 * ignored.
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=dev.indexer.pii.eval.PiiEvaluate -Dexec.args=in.jsonl
 * </pre>
 */
public final class PiiEvaluate {

  private PiiEvaluate() {}

  public static void main(String[] args) throws IOException {
    PiiAnalyzer analyzer = Recognizers.analyzer(PiiPolicy.defaults());
    ObjectMapper json = new ObjectMapper();
    EvaluationSummary summary = new EvaluationSummary();
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      if (args.length == 0) {
        run(new InputStreamReader(System.in, StandardCharsets.UTF_8), out, analyzer, json, summary);
      }
      for (String file : args) {
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
          run(in, out, analyzer, json, summary);
        }
      }
    }
    if (summary.documents() > 0) {
      System.err.print(summary.report());
    }
  }

  static void run(Reader input, Writer out, PiiAnalyzer analyzer, ObjectMapper json)
      throws IOException {
    run(input, out, analyzer, json, new EvaluationSummary());
  }

  /** As above; lines with gold labels are also scored into the summary. */
  static void run(
      Reader input, Writer out, PiiAnalyzer analyzer, ObjectMapper json, EvaluationSummary summary)
      throws IOException {
    BufferedReader in = new BufferedReader(input);
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode result = json.createObjectNode();
      try {
        JsonNode doc = json.readTree(line);
        result.set("id", doc.get("id"));
        String text = doc.path("text").asText("");
        ArrayNode entities = result.putArray("entities");
        List<Finding> found = analyzer.analyze(text);
        if (doc.path("labels").isArray()) {
          summary.add(labels(doc.get("labels")), found, doc.path("hard_negative").asBoolean());
        }
        for (Finding f : found) {
          entities
              .addObject()
              .put("type", f.type().name())
              .put("start", f.start())
              .put("end", f.end());
        }
      } catch (IOException e) {
        result.put("error", "invalid JSON line");
      }
      out.write(json.writeValueAsString(result));
      out.write('\n');
    }
  }

  private static List<EvaluationSummary.Label> labels(JsonNode array) throws IOException {
    List<EvaluationSummary.Label> gold = new ArrayList<>();
    for (JsonNode l : array) {
      try {
        gold.add(
            new EvaluationSummary.Label(
                PiiType.valueOf(l.path("type").asText()),
                l.path("start").asInt(),
                l.path("end").asInt()));
      } catch (IllegalArgumentException e) {
        throw new IOException("unknown label type");
      }
    }
    return gold;
  }

  /** For tests: the entities of one text. */
  static List<Finding> entities(PiiAnalyzer analyzer, String text) {
    return analyzer.analyze(text);
  }
}
