package dev.breakwater.minidump.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Crashpad's info stream: report and client ids, the process-wide simple annotations and, per
 * module, list annotations, simple annotations and annotation objects.
 */
public record CrashpadInfo(
    String reportId,
    String clientId,
    Map<String, String> simpleAnnotations,
    List<ModuleAnnotations> modules) {
  static final int SIZE = 52;

  /** Bounds the number of annotation entries we read from one dictionary or list. */
  static final int MAX_ENTRIES = 65536;

  /** Annotations attached to the module with index {@code moduleIndex} in the module list. */
  public record ModuleAnnotations(
      long moduleIndex,
      List<String> listAnnotations,
      Map<String, String> simpleAnnotations,
      Map<String, String> annotationObjects) {}

  public static CrashpadInfo read(ByteSource data, Location stream) {
    if (stream.size() < SIZE) {
      throw new FormatException("Crashpad info stream of " + stream.size() + " bytes is too short");
    }
    long at = stream.rva();
    return new CrashpadInfo(
        guid(data, at + 4),
        guid(data, at + 20),
        dictionary(data, Location.read(data, at + 36)),
        modules(data, Location.read(data, at + 44)));
  }

  private static String guid(ByteSource data, long at) {
    String hex = CodeView.guidString(data.bytes(at, 16)).toLowerCase();
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-"
        + hex.substring(12, 16)
        + "-"
        + hex.substring(16, 20)
        + "-"
        + hex.substring(20);
  }

  private static List<ModuleAnnotations> modules(ByteSource data, Location list) {
    List<ModuleAnnotations> modules = new ArrayList<>();
    if (list.isEmpty()) {
      return modules;
    }
    long count = Math.min(data.u32(list.rva()), (list.size() - 4) / 12);
    for (long i = 0; i < count; i++) {
      long link = list.rva() + 4 + 12 * i;
      Location info = Location.read(data, link + 4);
      if (info.size() < 28) {
        continue;
      }
      modules.add(
          new ModuleAnnotations(
              data.u32(link),
              stringList(data, Location.read(data, info.rva() + 4)),
              dictionary(data, Location.read(data, info.rva() + 12)),
              annotationObjects(data, Location.read(data, info.rva() + 20))));
    }
    return modules;
  }

  static Map<String, String> dictionary(ByteSource data, Location location) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (location.size() < 4) {
      return entries;
    }
    long count =
        Math.min(Math.min(data.u32(location.rva()), (location.size() - 4) / 8), MAX_ENTRIES);
    for (long i = 0; i < count; i++) {
      long entry = location.rva() + 4 + 8 * i;
      entries.put(utf8(data, data.u32(entry)), utf8(data, data.u32(entry + 4)));
    }
    return entries;
  }

  private static List<String> stringList(ByteSource data, Location location) {
    List<String> strings = new ArrayList<>();
    if (location.size() < 4) {
      return strings;
    }
    long count =
        Math.min(Math.min(data.u32(location.rva()), (location.size() - 4) / 4), MAX_ENTRIES);
    for (long i = 0; i < count; i++) {
      strings.add(utf8(data, data.u32(location.rva() + 4 + 4 * i)));
    }
    return strings;
  }

  /** Annotation objects of type string (1) become text; other types are shown as their size. */
  private static Map<String, String> annotationObjects(ByteSource data, Location location) {
    Map<String, String> objects = new LinkedHashMap<>();
    if (location.size() < 4) {
      return objects;
    }
    long count =
        Math.min(Math.min(data.u32(location.rva()), (location.size() - 4) / 12), MAX_ENTRIES);
    for (long i = 0; i < count; i++) {
      long entry = location.rva() + 4 + 12 * i;
      String name = utf8(data, data.u32(entry));
      int type = data.u16(entry + 4);
      long valueRva = data.u32(entry + 8);
      long length = data.u32(valueRva);
      byte[] value = data.bytes(valueRva + 4, (int) Math.min(length, data.size()));
      objects.put(
          name, type == 1 ? new String(value, StandardCharsets.UTF_8) : "<" + length + " bytes>");
    }
    return objects;
  }

  /** A MinidumpUTF8String: 32-bit length then the bytes (and a NUL we do not need). */
  static String utf8(ByteSource data, long rva) {
    long length = data.u32(rva);
    if (length > data.size()) {
      throw new FormatException("UTF-8 string of " + length + " bytes at " + rva);
    }
    return new String(data.bytes(rva + 4, (int) length), StandardCharsets.UTF_8);
  }
}
