package dev.breakwater.minidump.format;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A module's CodeView record, which identifies its debug file: PDB 7.0 ('RSDS', a GUID and age),
 * PDB 2.0 ('NB10', a 32-bit signature and age) or Breakpad's ELF record ('BpEL', the build id).
 */
public record CodeView(
    Kind kind, byte[] guid, long signature, long age, String pdbFileName, byte[] buildId) {
  public enum Kind {
    PDB70,
    PDB20,
    ELF
  }

  static final long RSDS = 0x53445352L;
  static final long NB10 = 0x3031424eL;
  static final long BPEL = 0x4270454cL;

  /** Breakpad reads at most this many CodeView bytes. */
  static final int MAX_SIZE = 32768;

  /** Parses the record at {@code location}; null when absent, unknown or malformed. */
  public static CodeView read(ByteSource data, Location location) {
    if (location.size() < 4 || location.size() > MAX_SIZE) {
      return null;
    }
    if (!data.contains(location.rva(), location.size())) {
      return null;
    }
    byte[] raw = data.bytes(location.rva(), (int) location.size());
    long magic = data.u32(location.rva());
    if (magic == RSDS && raw.length >= 25 && raw[raw.length - 1] == 0) {
      byte[] guid = new byte[16];
      System.arraycopy(raw, 4, guid, 0, 16);
      return new CodeView(
          Kind.PDB70, guid, 0, data.u32(location.rva() + 20), cString(raw, 24), null);
    }
    if (magic == NB10 && raw.length >= 17 && raw[raw.length - 1] == 0) {
      return new CodeView(
          Kind.PDB20,
          null,
          data.u32(location.rva() + 8),
          data.u32(location.rva() + 12),
          cString(raw, 16),
          null);
    }
    if (magic == BPEL && raw.length > 4) {
      byte[] buildId = new byte[raw.length - 4];
      System.arraycopy(raw, 4, buildId, 0, buildId.length);
      return new CodeView(Kind.ELF, null, 0, 0, null, buildId);
    }
    return null;
  }

  private static String cString(byte[] raw, int from) {
    int end = from;
    while (end < raw.length && raw[end] != 0) {
      end++;
    }
    return new String(raw, from, end - from, StandardCharsets.UTF_8);
  }

  /** Breakpad's debug identifier: GUID (or signature) in upper-case hex, then the age in lower. */
  public String debugIdentifier() {
    return switch (kind) {
      case PDB70 -> guidString(guid) + Long.toHexString(age);
      case PDB20 -> String.format("%08X", signature) + Long.toHexString(age);
      case ELF -> guidString(elfGuid()) + "0";
    };
  }

  /** The first 16 bytes of the build id, zero-padded, read as a GUID (as Breakpad does). */
  byte[] elfGuid() {
    byte[] guid = new byte[16];
    System.arraycopy(buildId, 0, guid, 0, Math.min(16, buildId.length));
    return guid;
  }

  /** data1 (LE u32), data2 and data3 (LE u16) and data4 bytes, printed as one hex string. */
  static String guidString(byte[] g) {
    long data1 =
        (g[0] & 0xff) | (g[1] & 0xff) << 8 | (g[2] & 0xff) << 16 | (long) (g[3] & 0xff) << 24;
    int data2 = (g[4] & 0xff) | (g[5] & 0xff) << 8;
    int data3 = (g[6] & 0xff) | (g[7] & 0xff) << 8;
    StringBuilder out = new StringBuilder(String.format("%08X%04X%04X", data1, data2, data3));
    for (int i = 8; i < 16; i++) {
      out.append(String.format("%02X", g[i] & 0xff));
    }
    return out.toString();
  }

  /** The ELF build id in lower-case hex (Breakpad's code identifier for Linux modules). */
  public String buildIdHex() {
    return buildId == null ? null : HexFormat.of().formatHex(buildId);
  }

  /** The GUID without the age in lower-case hex (rust-minidump's code id for Mac modules). */
  public String guidHexLower() {
    return guid == null ? null : guidString(guid).toLowerCase();
  }
}
