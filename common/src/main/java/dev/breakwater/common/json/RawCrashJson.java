package dev.breakwater.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the stored JSON documents (raw crash, dump names). Keys are written sorted at
 * every level so that the same crash always yields the same bytes, which keeps stored documents
 * diffable and lets tests compare them exactly.
 */
public final class RawCrashJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  private RawCrashJson() {}

  /** The shared mapper configured for sorted keys; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** UTF-8 JSON with keys sorted at every level. */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON", e);
    }
  }

  /** The JSON list of dump names, sorted. */
  public static byte[] writeDumpNames(java.util.Collection<String> dumpNames) {
    return write(dumpNames.stream().sorted().toList());
  }

  /** Parses a raw crash document. */
  public static Map<String, Object> readRawCrash(byte[] json) {
    try {
      return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("raw crash is not a JSON object", e);
    }
  }

  /** Parses a dump names document. */
  public static List<String> readDumpNames(byte[] json) {
    try {
      return MAPPER.readValue(json, new TypeReference<List<String>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("dump names are not a JSON list of strings", e);
    }
  }
}
