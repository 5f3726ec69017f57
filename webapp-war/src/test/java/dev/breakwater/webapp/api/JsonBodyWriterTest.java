package dev.breakwater.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyClosingTagIsEscapedAndTheJsonMeansTheSame() throws IOException {
    JsonNode body = JSON.readTree("{\"a\":\"</script><b>x</b>\",\"path\":\"/api/x\"}");
    String written = new String(JsonBodyWriter.serialize(body, false), StandardCharsets.UTF_8);
    assertEquals("{\"a\":\"<\\/script><b>x<\\/b>\",\"path\":\"/api/x\"}", written);
    assertEquals(body, JSON.readTree(written));
  }

  @Test
  void prettyPrintIndentsByTwoSpaces() throws IOException {
    String written =
        new String(
            JsonBodyWriter.serialize(JSON.readTree("{\"a\":[1]}"), true), StandardCharsets.UTF_8);
    assertEquals("{\n  \"a\" : [ 1 ]\n}", written);
  }
}
