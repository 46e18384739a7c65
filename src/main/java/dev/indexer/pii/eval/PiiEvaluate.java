package dev.indexer.pii.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.pii.PiiAnalyzer;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.Finding;
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
import java.util.List;

/**
 * The evaluation command: reads JSON lines {@code {"id": ..., "text": ...}} from the files given as
 * arguments (or stdin) and writes one line {@code {"id": ..., "entities": [{"type", "start",
 * "end"}]}} per input line to stdout, with UTF-16 offsets (end exclusive) and the PII type names.
 * Other input fields are ignored. A line that is not valid JSON gets {@code "error"}.
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
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      if (args.length == 0) {
        run(new InputStreamReader(System.in, StandardCharsets.UTF_8), out, analyzer, json);
      }
      for (String file : args) {
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
          run(in, out, analyzer, json);
        }
      }
    }
  }

  static void run(Reader input, Writer out, PiiAnalyzer analyzer, ObjectMapper json)
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
        for (Finding f : analyzer.analyze(text)) {
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

  /** For tests: the entities of one text. */
  static List<Finding> entities(PiiAnalyzer analyzer, String text) {
    return analyzer.analyze(text);
  }
}
