package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.ByteSource;
import dev.breakwater.minidump.format.CodeView;
import dev.breakwater.minidump.format.CountedList;
import dev.breakwater.minidump.format.FormatException;
import dev.breakwater.minidump.format.Location;
import dev.breakwater.minidump.format.RawModule;
import dev.breakwater.minidump.format.RawSystemInfo;
import dev.breakwater.minidump.format.UnloadedModule;
import dev.breakwater.minidump.model.Module;
import java.util.ArrayList;
import java.util.List;

/** Turns module list entries into {@link Module}s with Breakpad's identifiers. */
final class ModuleReader {
  static final int ENTRY_SIZE = 108;

  private ModuleReader() {}

  static List<Module> read(
      ByteSource data, Location stream, RawSystemInfo system, List<String> problems) {
    CountedList list = CountedList.read(data, stream, ENTRY_SIZE);
    if (list.problem() != null) {
      problems.add("module list: " + list.problem());
    }
    List<Module> modules = new ArrayList<>();
    for (int i = 0; i < list.count(); i++) {
      try {
        RawModule raw = RawModule.read(data, list.entry(i));
        if (raw.sizeOfImage() == 0) {
          problems.add("module " + i + " (" + raw.name() + ") has size 0");
          continue;
        }
        modules.add(toModule(i, raw, system));
      } catch (FormatException e) {
        problems.add("module " + i + ": " + e.getMessage());
      }
    }
    return modules;
  }

  static Module toModule(int index, RawModule raw, RawSystemInfo system) {
    CodeView cv = raw.codeView();
    String debugFile = "";
    String debugId = "";
    if (cv != null) {
      debugFile = cv.kind() == CodeView.Kind.ELF ? raw.name() : cv.pdbFileName();
      debugId = cv.debugIdentifier();
    }
    if (debugFile.isEmpty() && raw.miscDebugFile() != null) {
      debugFile = raw.miscDebugFile();
    }
    return new Module(
        index,
        raw.baseOfImage(),
        raw.sizeOfImage(),
        raw.name(),
        raw.version(),
        debugFile,
        debugId,
        codeIdentifier(raw, system),
        codeId(raw, system),
        false);
  }

  /** Breakpad's MinidumpModule::code_identifier. */
  private static String codeIdentifier(RawModule raw, RawSystemInfo system) {
    if (system == null) {
      return "";
    }
    long platform = system.platformId();
    if (platform == RawSystemInfo.OS_WIN32_NT || platform == RawSystemInfo.OS_WIN32_WINDOWS) {
      return String.format("%08X%x", raw.timeDateStamp(), raw.sizeOfImage());
    }
    CodeView cv = raw.codeView();
    boolean elfPlatform =
        platform == RawSystemInfo.OS_LINUX
            || platform == RawSystemInfo.OS_ANDROID
            || platform == RawSystemInfo.OS_FUCHSIA;
    if (elfPlatform && cv != null && cv.kind() == CodeView.Kind.ELF) {
      return cv.buildIdHex();
    }
    return "id";
  }

  /** rust-minidump's code id: lower-case Windows id, ELF build id, or Mach-O UUID. */
  private static String codeId(RawModule raw, RawSystemInfo system) {
    CodeView cv = raw.codeView();
    if (cv != null && cv.kind() == CodeView.Kind.ELF) {
      return cv.buildIdHex();
    }
    long platform = system == null ? -1 : system.platformId();
    if (platform == RawSystemInfo.OS_WIN32_NT || platform == RawSystemInfo.OS_WIN32_WINDOWS) {
      return String.format("%08x%x", raw.timeDateStamp(), raw.sizeOfImage());
    }
    if (cv != null
        && cv.kind() == CodeView.Kind.PDB70
        && (platform == RawSystemInfo.OS_MAC_OS_X || platform == RawSystemInfo.OS_IOS)) {
      return cv.guidHexLower();
    }
    return null;
  }

  static List<Module> unloaded(ByteSource data, Location stream, List<String> problems) {
    List<Module> modules = new ArrayList<>();
    List<UnloadedModule> raw = UnloadedModule.readList(data, stream, problems);
    for (int i = 0; i < raw.size(); i++) {
      UnloadedModule m = raw.get(i);
      if (m.sizeOfImage() == 0) {
        continue;
      }
      String codeId = String.format("%08x%x", m.timeDateStamp(), m.sizeOfImage());
      modules.add(
          new Module(
              i,
              m.baseOfImage(),
              m.sizeOfImage(),
              m.name(),
              "",
              "",
              "",
              String.format("%08X%x", m.timeDateStamp(), m.sizeOfImage()),
              codeId,
              true));
    }
    return modules;
  }
}
