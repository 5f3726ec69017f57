package dev.breakwater.minidump.output;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.model.CallStack;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.StackFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Threads and frames in rust-minidump's JSON form: inline frames are nested in the frame they were
 * inlined into, and offsets are of the instruction address (the return address minus one on x86 and
 * amd64, minus one instruction on ARM).
 */
final class JsonFrames {
  private final JsonValues values;

  JsonFrames(JsonValues values) {
    this.values = values;
  }

  Map<String, Object> thread(CallStack stack, boolean withRegisters) {
    List<Object> frames = new ArrayList<>();
    List<StackFrame> pendingInlines = new ArrayList<>();
    for (StackFrame frame : stack.frames()) {
      if (frame.isInline()) {
        pendingInlines.add(frame);
        continue;
      }
      frames.add(frame(frame, frames.size(), pendingInlines, withRegisters && frames.isEmpty()));
      pendingInlines = new ArrayList<>();
    }
    Map<String, Object> thread = new LinkedHashMap<>();
    thread.put("thread_id", stack.threadId());
    thread.put("thread_name", stack.threadName());
    thread.put("frame_count", frames.size());
    thread.put("frames", frames);
    thread.put("last_error_value", null);
    return thread;
  }

  private Map<String, Object> frame(
      StackFrame frame, int index, List<StackFrame> inlines, boolean withRegisters) {
    Map<String, Object> json = new LinkedHashMap<>();
    Module module = frame.module();
    long instruction = frame.instruction();
    boolean loaded = module != null && !module.unloaded();
    json.put("frame", index);
    json.put("offset", values.hex(instruction));
    json.put("module", loaded ? module.codeFileName() : null);
    json.put("module_offset", loaded ? values.hex(instruction - module.base()) : null);
    json.put(
        "unloaded_modules",
        module != null && module.unloaded() ? List.of(module.codeFileName()) : null);
    boolean named = frame.function() != null && !frame.function().isEmpty();
    json.put("function", named ? frame.function() : null);
    json.put("function_offset", named ? values.hex(instruction - frame.functionBase()) : null);
    boolean hasFile = frame.sourceFile() != null && !frame.sourceFile().isEmpty();
    json.put("file", hasFile ? frame.sourceFile() : null);
    json.put("line", hasFile ? frame.sourceLine() : null);
    json.put("missing_symbols", frame.symbolsMissing());
    json.put("trust", frame.trust().jsonName());
    json.put("inlines", inlines.isEmpty() ? null : inlines(inlines));
    if (withRegisters) {
      json.put("registers", registers(frame));
    }
    return json;
  }

  private static List<Object> inlines(List<StackFrame> inlines) {
    List<Object> json = new ArrayList<>();
    for (StackFrame inline : inlines) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("function", inline.function());
      boolean hasFile = inline.sourceFile() != null && !inline.sourceFile().isEmpty();
      entry.put("file", hasFile ? inline.sourceFile() : null);
      entry.put("line", hasFile ? inline.sourceLine() : null);
      json.add(entry);
    }
    return json;
  }

  private Map<String, Object> registers(StackFrame frame) {
    Map<String, Object> registers = new LinkedHashMap<>();
    Cpu cpu = frame.cpu();
    for (int i = 0; i < cpu.registerCount(); i++) {
      if (frame.isValid(i)) {
        registers.put(registerName(cpu, i), values.hex(frame.register(i)));
      }
    }
    return registers;
  }

  private static String registerName(Cpu cpu, int index) {
    return switch (cpu) {
      case X86 -> index == 9 ? "eflags" : cpu.registers().get(index);
      case ARM64 -> Registers.arm64Name(index);
      case ARM -> index == 11 ? "fp" : cpu.registers().get(index);
      case AMD64 -> cpu.registers().get(index);
    };
  }
}
