package dev.breakwater.minidump.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.breakwater.minidump.model.CallStack;
import dev.breakwater.minidump.model.CrashInfo;
import dev.breakwater.minidump.model.ProcessState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON document of rust-minidump's {@code minidump-stackwalk --json}: keys sorted, absent
 * values as null, addresses as zero-padded hex strings of the CPU's pointer width.
 */
public final class JsonOutput {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private JsonOutput() {}

  /** The document as a map tree (for callers that embed it, like the processed crash). */
  public static Map<String, Object> document(ProcessState state) {
    JsonValues values = new JsonValues(state);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("status", state.status().jsonName());
    json.put("system_info", values.systemInfo());
    json.put("crash_info", crashInfo(state, values));
    json.put("crashing_thread", crashingThread(state, values));
    json.put("thread_count", state.threads().size());
    List<Object> threads = new ArrayList<>();
    for (CallStack stack : state.threads()) {
      threads.add(new JsonFrames(values).thread(stack, false));
    }
    json.put("threads", threads);
    json.put("modules", values.modules());
    json.put("main_module", values.mainModuleIndex());
    json.put("modules_contains_cert_info", false);
    json.put("unloaded_modules", values.unloadedModules());
    json.put("pid", values.pid());
    json.put("process_uptime", state.uptimeSeconds());
    if (state.memory().budgetReached()) {
      json.put("memory_budget", values.memoryBudget());
    }
    values.extras(json);
    return json;
  }

  public static String format(ProcessState state, boolean pretty) {
    try {
      Object document = document(state);
      return pretty
          ? MAPPER.writer(prettyPrinter()).writeValueAsString(document)
          : MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize process state", e);
    }
  }

  /** serde_json's pretty style: two-space indent, "key": value, [] and {} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  private static Map<String, Object> crashInfo(ProcessState state, JsonValues values) {
    CrashInfo crash = state.crash();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("type", crash.crashed() ? RustCrashReason.of(crash.reason()) : null);
    info.put("address", crash.crashed() ? values.hex(crash.address()) : null);
    info.put("crashing_thread", crashingIndex(state));
    info.put("assertion", crash.assertion().isEmpty() ? null : crash.assertion());
    info.put("crash_inconsistencies", crash.crashed() ? List.of() : null);
    for (String absent :
        List.of(
            "adjusted_address",
            "instruction",
            "instruction_pointer_update",
            "memory_accesses",
            "possible_bit_flips")) {
      info.put(absent, null);
    }
    return info;
  }

  /** The crashing thread's index among all threads (the JSON lists the dump thread too). */
  private static Integer crashingIndex(ProcessState state) {
    int walkedIndex = state.crash().requestingThread();
    List<CallStack> walked = state.walkedThreads();
    if (walkedIndex < 0 || walkedIndex >= walked.size()) {
      return null;
    }
    return state.threads().indexOf(walked.get(walkedIndex));
  }

  private static Map<String, Object> crashingThread(ProcessState state, JsonValues values) {
    Integer index = crashingIndex(state);
    if (index == null) {
      return null;
    }
    Map<String, Object> thread = new JsonFrames(values).thread(state.threads().get(index), true);
    thread.put("threads_index", index);
    return thread;
  }
}
