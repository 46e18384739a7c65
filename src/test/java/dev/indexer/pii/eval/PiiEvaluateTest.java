package dev.indexer.pii.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PiiEvaluateTest {

  @Test
  void writesEntitiesWithUtf16Offsets() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String text = "\ud83d\ude00 mail jane@example.com";
    String input =
        json.writeValueAsString(json.createObjectNode().put("id", 7).put("text", text))
            + "\nnot json\n";
    StringWriter out = new StringWriter();
    PiiEvaluate.run(new StringReader(input), out, Recognizers.analyzer(PiiPolicy.defaults()), json);
    String[] lines = out.toString().split("\n");
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.get("id").asInt()).isEqualTo(7);
    JsonNode e = first.get("entities").get(0);
    assertThat(e.get("type").asText()).isEqualTo("EMAIL");
    assertThat(e.get("start").asInt())
        .isEqualTo(text.indexOf("jane")); // 8: the emoji is two UTF-16 units
    assertThat(e.get("end").asInt()).isEqualTo(text.length());
    assertThat(json.readTree(lines[1]).has("error")).isTrue();
  }

  @Test
  void summarisesPrecisionRecallAndLeakPerTypeOfLabelledLines() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String text = "mail jane@example.com or call nobody";
    com.fasterxml.jackson.databind.node.ObjectNode line =
        json.createObjectNode().put("id", "a").put("text", text);
    line.putArray("labels").addObject().put("type", "EMAIL").put("start", 5).put("end", 21);
    line.withArray("labels").addObject().put("type", "PERSON").put("start", 30).put("end", 36);
    com.fasterxml.jackson.databind.node.ObjectNode negative =
        json.createObjectNode()
            .put("id", "b")
            .put("text", "ops@example.org")
            .put("hard_negative", true);
    negative.putArray("labels");
    EvaluationSummary summary = new EvaluationSummary();
    StringWriter out = new StringWriter();
    PiiEvaluate.run(
        new StringReader(json.writeValueAsString(line) + "\n" + json.writeValueAsString(negative)),
        out,
        Recognizers.analyzer(PiiPolicy.defaults()),
        json,
        summary);
    String report = summary.report();
    // EMAIL: one hit, one false finding on the hard negative; PERSON: one miss, leaked whole.
    assertThat(report).containsPattern("EMAIL +1 +1 +0 +0\\.500 +1\\.000 +0\\.0000");
    assertThat(report).containsPattern("PERSON +0 +0 +1 +1\\.000 +0\\.000 +1\\.0000");
    assertThat(report).containsPattern("STRUCTURED +1 +1 +0");
    assertThat(report).contains("hard negatives: 1 findings in 1 documents");
    assertThat(report).contains("hard negatives by type: EMAIL 1");
    assertThat(out.toString().split("\n")).hasSize(2);
  }
}
