package dev.breakwater.minidump.model;

/**
 * A loaded (or unloaded) code module with the identifiers Breakpad derives for it.
 *
 * @param index position in the dump's module list
 * @param codeFile the module's path as the dump records it
 * @param version "a.b.c.d" from the version resource, or ""
 * @param debugFile the debug file as recorded (a PDB path, or the code file for ELF), or ""
 * @param debugId Breakpad's debug identifier (GUID + age in hex), or ""
 * @param codeIdentifier Breakpad's code identifier (Windows "TIMESTAMPsize", ELF build id, "id")
 * @param codeId rust-minidump's code id, used in the JSON output (lower-case), or null
 */
public record Module(
    int index,
    long base,
    long size,
    String codeFile,
    String version,
    String debugFile,
    String debugId,
    String codeIdentifier,
    String codeId,
    boolean unloaded) {

  /** The last address inside the module (inclusive). */
  public long end() {
    return base + size - 1;
  }

  /** The code file name without its directory, as Breakpad prints it. */
  public String codeFileName() {
    return fileName(codeFile);
  }

  /** The debug file name without its directory, as Breakpad prints it. */
  public String debugFileName() {
    return fileName(debugFile);
  }

  /** Breakpad's PathnameStripper::File: the part after the last '/' or '\'. */
  public static String fileName(String path) {
    if (path == null) {
      return "";
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
