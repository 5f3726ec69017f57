package dev.breakwater.processor.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Builds crash reports for rule tests from compact JSON (single quotes allowed). */
public final class TestCrashes {
  public static final String CRASH_ID = "de1bb258-cbbf-4589-a673-34f800160918";
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestCrashes() {}

  /** Parses JSON written with single quotes for readability in tests. */
  public static ObjectNode json(String singleQuoted) {
    try {
      return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(singleQuoted, e);
    }
  }

  public static ProcessingCrash raw(String rawCrash) {
    return new ProcessingCrash(CRASH_ID, json(rawCrash), Map.of(), JSON.createObjectNode());
  }

  public static ProcessingCrash processed(String processedCrash) {
    return new ProcessingCrash(CRASH_ID, JSON.createObjectNode(), Map.of(), json(processedCrash));
  }

  public static ProcessingCrash of(String rawCrash, String processedCrash) {
    return new ProcessingCrash(CRASH_ID, json(rawCrash), Map.of(), json(processedCrash));
  }

  public static ProcessingCrash withDumps(String rawCrash, Map<String, Dump> dumps) {
    return new ProcessingCrash(CRASH_ID, json(rawCrash), dumps, JSON.createObjectNode());
  }
}
