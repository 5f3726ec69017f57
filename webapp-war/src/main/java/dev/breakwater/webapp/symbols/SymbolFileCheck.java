package dev.breakwater.webapp.symbols;

import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.minidump.symbols.ModuleRecord;
import dev.breakwater.minidump.symbols.SymbolParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * Decides whether a received file is a Breakpad symbol file that may be stored, and under which
 * key. The MODULE record is read with the processor's own parser ({@link ModuleRecord}), so a file
 * accepted here is one the processor can load; the rest of the file is not read.
 */
final class SymbolFileCheck {

  /**
   * Debug ids as minidumps carry them: 8 hex digits of a PDB 2.0 signature or 32 of a GUID, then
   * the age in hex (1 to 8 digits). Breakpad's parser takes any hex string; a shorter or longer one
   * can never match a module of a crash.
   */
  private static final Pattern DEBUG_ID = Pattern.compile("[0-9A-Fa-f]{9,40}");

  /** S3 keys are at most 1024 bytes; no real debug file name comes near this. */
  static final int MAX_DEBUG_FILE_LENGTH = 255;

  private SymbolFileCheck() {}

  /** A file that passed, with its MODULE record and key. */
  record Accepted(ReceivedFile file, ModuleRecord module, String key) {}

  /** Either the accepted file or the reason it is refused. */
  record Outcome(Accepted accepted, Rejection rejection) {}

  static Outcome check(ReceivedFile file) throws IOException {
    ModuleRecord module;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
      module = ModuleRecord.read(in);
    } catch (SymbolParseException e) {
      return refuse(file, "not a Breakpad symbol file: " + e.getMessage());
    }
    if (!DEBUG_ID.matcher(module.debugId()).matches()) {
      return refuse(file, "debug id '" + module.debugId() + "' is not 9 to 40 hex digits");
    }
    String problem = debugFileProblem(module.debugFile());
    if (problem != null) {
      return refuse(file, "debug file " + problem);
    }
    String key = StorageKeys.symbols(module.debugFile(), module.debugId());
    return new Outcome(new Accepted(file, module, key), null);
  }

  /**
   * Why a debug file cannot be one segment of a bucket key (and of a symbol server path), or null.
   * Separators and dot segments would let an upload write outside its module's prefix.
   */
  static String debugFileProblem(String debugFile) {
    if (debugFile.isBlank()) {
      return "is empty";
    }
    if (debugFile.length() > MAX_DEBUG_FILE_LENGTH) {
      return "is longer than " + MAX_DEBUG_FILE_LENGTH + " characters";
    }
    if (debugFile.equals(".") || debugFile.equals("..")) {
      return "'" + debugFile + "' is not a file name";
    }
    for (int i = 0; i < debugFile.length(); i++) {
      char c = debugFile.charAt(i);
      if (c == '/' || c == '\\') {
        return "'" + debugFile + "' contains a path separator";
      }
      if (c < 0x20 || c == 0x7f) {
        return "contains a control character (code " + (int) c + ")";
      }
    }
    return null;
  }

  private static Outcome refuse(ReceivedFile file, String reason) {
    return new Outcome(null, new Rejection(file.name(), reason));
  }
}
