package dev.breakwater.common.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLineHandlerTest {

  private static JsonNode line(LogRecord record) throws Exception {
    byte[] bytes = JsonLineHandler.format(record);
    assertEquals('\n', bytes[bytes.length - 1]);
    return new ObjectMapper().readTree(bytes);
  }

  @Test
  void mapParameterBecomesFields() throws Exception {
    LogRecord record = new LogRecord(Level.WARNING, "storing failed");
    record.setLoggerName("dev.breakwater.collector.submissions");
    record.setParameters(new Object[] {Map.of("crash_id", "abc", "error", "timeout")});

    JsonNode line = line(record);

    assertEquals("WARNING", line.get("level").asText());
    assertEquals("storing failed", line.get("message").asText());
    assertEquals("abc", line.get("crash_id").asText());
    assertEquals("timeout", line.get("error").asText());
  }

  @Test
  void positionalParametersAreFormattedAndErrorsNamed() throws Exception {
    LogRecord record = new LogRecord(Level.INFO, "published {0} crashes");
    record.setParameters(new Object[] {3});
    record.setThrown(new IllegalStateException("boom"));

    JsonNode line = line(record);

    assertEquals("published 3 crashes", line.get("message").asText());
    assertEquals("java.lang.IllegalStateException: boom", line.get("error").asText());
  }

  @Test
  void publishWritesOneLinePerRecord() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    JsonLineHandler handler = new JsonLineHandler(out);
    handler.publish(new LogRecord(Level.INFO, "first"));
    handler.publish(new LogRecord(Level.INFO, "second"));
    handler.flush();

    String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
    assertEquals(2, lines.length);
    assertEquals("second", new ObjectMapper().readTree(lines[1]).get("message").asText());
  }
}
