package dev.breakwater.processor.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLineHandlerTest {

  @Test
  void writesOneJsonObjectPerLineWithTheFieldsOnTop() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLineHandler handler = new JsonLineHandler(out);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("crash_id", "de1bb258-cbbf-4589-a673-34f800160918");
    fields.put("outcome", "processed");
    LogRecord record = new LogRecord(Level.INFO, "crash message");
    record.setLoggerName(CrashLog.LOGGER);
    record.setParameters(new Object[] {fields});
    record.setThrown(new IllegalStateException("boom"));
    handler.publish(record);

    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, text.split("\n").length);
    JsonNode line = new ObjectMapper().readTree(text);
    assertEquals("de1bb258-cbbf-4589-a673-34f800160918", line.path("crash_id").asText());
    assertEquals("processed", line.path("outcome").asText());
    assertEquals("INFO", line.path("level").asText());
    assertEquals("crash message", line.path("message").asText());
    assertEquals("java.lang.IllegalStateException: boom", line.path("error").asText());
  }
}
