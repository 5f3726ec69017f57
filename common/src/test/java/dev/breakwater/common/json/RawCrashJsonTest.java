package dev.breakwater.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawCrashJsonTest {

  @Test
  void keysAreSortedAtEveryLevel() {
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("payload", "multipart");
    metadata.put("dump_checksums", Map.of("z", "1", "a", "2"));
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("Version", "1.0");
    raw.put("ProductName", "Firefox");
    raw.put("metadata", metadata);

    String json = new String(RawCrashJson.write(raw), StandardCharsets.UTF_8);

    assertEquals(
        "{\"ProductName\":\"Firefox\",\"Version\":\"1.0\",\"metadata\":"
            + "{\"dump_checksums\":{\"a\":\"2\",\"z\":\"1\"},\"payload\":\"multipart\"}}",
        json);
  }

  @Test
  void dumpNamesAreASortedList() {
    byte[] json = RawCrashJson.writeDumpNames(List.of("upload_file_minidump", "memory_report"));
    assertEquals(
        "[\"memory_report\",\"upload_file_minidump\"]", new String(json, StandardCharsets.UTF_8));
    assertEquals(
        List.of("memory_report", "upload_file_minidump"), RawCrashJson.readDumpNames(json));
  }

  @Test
  void nonAsciiIsWrittenAsUtf8() {
    byte[] json = RawCrashJson.write(Map.of("Comments", "süß ✓"));
    assertEquals("{\"Comments\":\"süß ✓\"}", new String(json, StandardCharsets.UTF_8));
    assertEquals("süß ✓", RawCrashJson.readRawCrash(json).get("Comments"));
  }
}
