package dev.breakwater.minidump.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.minidump.format.MacCrashInfo;
import dev.breakwater.minidump.model.DumpExtras;
import dev.breakwater.minidump.model.MemoryUse;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.SystemInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON document's system, module and miscellaneous values. */
final class JsonValues {
  private static final Pattern PROC_PID = Pattern.compile("(?m)^Pid:\\s*(\\d+)");
  private static final Pattern MICROCODE = Pattern.compile("(?m)^microcode\\s*:\\s*(\\S+)");
  private static final Map<String, String> LSB_KEYS =
      Map.of(
          "DISTRIB_ID",
          "id",
          "DISTRIB_RELEASE",
          "release",
          "DISTRIB_CODENAME",
          "codename",
          "DISTRIB_DESCRIPTION",
          "description");

  private final ProcessState state;
  private final int pointerWidth;

  JsonValues(ProcessState state) {
    this.state = state;
    String cpu = state.systemInfo().cpu();
    this.pointerWidth = cpu.equals("x86") || cpu.equals("arm") ? 8 : 16;
  }

  ProcessState state() {
    return state;
  }

  /** A pointer-sized value as "0x" and 8 or 16 hex digits. */
  String hex(long value) {
    return "0x" + Hex.pad(Long.toHexString(value), pointerWidth);
  }

  Map<String, Object> systemInfo() {
    SystemInfo system = state.systemInfo();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("os", system.os());
    info.put("os_ver", osVersion(system));
    info.put("cpu_arch", system.cpu());
    info.put("cpu_info", system.cpuInfo().isEmpty() ? null : system.cpuInfo());
    info.put("cpu_count", system.cpuCount());
    info.put("cpu_microcode_version", microcode());
    return info;
  }

  /**
   * rust-minidump's os_ver: on Linux and Android the kernel release and version from the uname
   * string ("Linux 4.9.60 #1 SMP ... x86_64" gives "4.9.60 #1 SMP ..."), elsewhere Breakpad's.
   */
  static String osVersion(SystemInfo system) {
    String csd = system.csdVersion();
    boolean linux = system.osShort().equals("linux") || system.osShort().equals("android");
    if (!linux || csd == null || !csd.startsWith("Linux ")) {
      return system.osVersion();
    }
    String rest = csd.substring("Linux ".length()).trim();
    int lastSpace = rest.lastIndexOf(' ');
    return lastSpace > 0 ? rest.substring(0, lastSpace) : rest;
  }

  private String microcode() {
    String cpuInfo = state.extras().linuxCpuInfo();
    if (cpuInfo == null) {
      return null;
    }
    Matcher matcher = MICROCODE.matcher(cpuInfo);
    return matcher.find() ? matcher.group(1) : null;
  }

  List<Object> modules() {
    List<Object> modules = new ArrayList<>();
    for (Module module : state.modules().inDumpOrder()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("base_addr", hex(module.base()));
      json.put("end_addr", hex(module.base() + module.size()));
      json.put("filename", module.codeFileName());
      json.put("code_id", module.codeId());
      json.put("debug_file", module.debugFile().isEmpty() ? null : module.debugFileName());
      json.put("debug_id", module.debugId().isEmpty() ? null : module.debugId());
      json.put("version", module.version().isEmpty() ? null : module.version());
      json.put("cert_subject", null);
      json.put("loaded_symbols", state.symbols().loaded().contains(module));
      json.put("missing_symbols", state.symbols().withoutSymbols().contains(module));
      json.put("corrupt_symbols", state.symbols().corrupt().contains(module));
      json.put("symbol_url", state.symbols().urls().get(module));
      if (state.memory().skippedSymbols().contains(module)) {
        // Not in rust-minidump's output: written only when the memory budget was reached.
        json.put("skipped_symbols", "memory budget");
      }
      modules.add(json);
    }
    return modules;
  }

  /** What the memory budget left out (Breakwater's own key, written only when it was reached). */
  Map<String, Object> memoryBudget() {
    MemoryUse memory = state.memory();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("budget_bytes", memory.budgetBytes());
    json.put("used_bytes", memory.usedBytes());
    json.put(
        "skipped_symbols", memory.skippedSymbols().stream().map(Module::codeFileName).toList());
    json.put("threads_not_walked", memory.threadsNotWalked());
    return json;
  }

  Integer mainModuleIndex() {
    Module main = state.modules().main();
    int index = main == null ? -1 : state.modules().inDumpOrder().indexOf(main);
    return index < 0 ? null : index;
  }

  List<Object> unloadedModules() {
    List<Object> modules = new ArrayList<>();
    for (Module module : state.unloadedModules()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("base_addr", hex(module.base()));
      json.put("end_addr", hex(module.base() + module.size()));
      json.put("filename", module.codeFileName());
      json.put("code_id", module.codeId());
      json.put("cert_subject", null);
      modules.add(json);
    }
    return modules;
  }

  Long pid() {
    if (state.processId() != null) {
      return state.processId();
    }
    String status = state.extras().linuxProcStatus();
    if (status != null) {
      Matcher matcher = PROC_PID.matcher(status);
      if (matcher.find()) {
        return Long.parseLong(matcher.group(1));
      }
    }
    return null;
  }

  /** Linux, macOS and Mozilla extras; null when the dump lacks them. */
  void extras(Map<String, Object> json) {
    DumpExtras extras = state.extras();
    json.put("lsb_release", lsbRelease(extras.lsbRelease()));
    json.put("linux_memory_map_count", extras.linuxMapsCount());
    json.put("mac_boot_args", extras.macBootArgs());
    json.put("mac_crash_info", macCrashInfo(extras.macCrashInfo()));
    json.put("soft_errors", softErrors(extras.softErrors()));
    json.put("proc_limits", null);
    json.put("handles", null);
  }

  private Map<String, Object> macCrashInfo(MacCrashInfo info) {
    if (info == null) {
      return null;
    }
    List<Object> records = new ArrayList<>();
    for (MacCrashInfo.Record record : info.records()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("thread", hex(record.thread()));
      json.put("dialog_mode", hex(record.dialogMode()));
      json.put("abort_cause", record.abortCause() == null ? null : hex(record.abortCause()));
      json.put("module", emptyToNull(record.module()));
      json.put("message", emptyToNull(record.message()));
      json.put("signature_string", emptyToNull(record.signatureString()));
      json.put("backtrace", emptyToNull(record.backtrace()));
      json.put("message2", emptyToNull(record.message2()));
      records.add(json);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("num_records", records.size());
    json.put("records", records);
    return json;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static Map<String, Object> lsbRelease(Map<String, String> lsb) {
    if (lsb == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    LSB_KEYS.forEach((key, name) -> json.put(name, lsb.getOrDefault(key, "")));
    return json;
  }

  private static Object softErrors(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new ObjectMapper().readValue(text.trim().replace("\0", ""), Object.class);
    } catch (Exception e) {
      return text;
    }
  }
}
