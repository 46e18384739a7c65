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
}
