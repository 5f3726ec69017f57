package dev.breakwater.minidump.format;

/** A MINIDUMP_MODULE entry with its name, version and CodeView record resolved. */
public record RawModule(
    long baseOfImage,
    long sizeOfImage,
    long checksum,
    long timeDateStamp,
    String name,
    long fileVersionHi,
    long fileVersionLo,
    boolean hasVersion,
    CodeView codeView,
    String miscDebugFile) {
  static final int SIZE = 108;
  static final long VS_FIXEDFILEINFO_SIGNATURE = 0xfeef04bdL;

  /** Reads the entry at {@code at}; throws {@link FormatException} when its name is unreadable. */
  public static RawModule read(ByteSource data, long at) {
    String name = MinidumpStrings.read(data, data.u32(at + 20));
    long signature = data.u32(at + 24);
    long structVersion = data.u32(at + 28);
    boolean hasVersion =
        signature == VS_FIXEDFILEINFO_SIGNATURE && (structVersion & 0x00010000L) != 0;
    return new RawModule(
        data.u64(at),
        data.u32(at + 8),
        data.u32(at + 12),
        data.u32(at + 16),
        name,
        data.u32(at + 32),
        data.u32(at + 36),
        hasVersion,
        CodeView.read(data, Location.read(data, at + 76)),
        miscDebugFile(data, Location.read(data, at + 84)));
  }

  /** "a.b.c.d" from the fixed file info, or "" when there is none (as Breakpad prints it). */
  public String version() {
    if (!hasVersion) {
      return "";
    }
    return (fileVersionHi >>> 16)
        + "."
        + (fileVersionHi & 0xffff)
        + "."
        + (fileVersionLo >>> 16)
        + "."
        + (fileVersionLo & 0xffff);
  }

  /** IMAGE_DEBUG_MISC of type EXENAME: the debug file name of very old Windows modules. */
  private static String miscDebugFile(ByteSource data, Location misc) {
    if (misc.size() < 12
        || misc.size() > CodeView.MAX_SIZE
        || !data.contains(misc.rva(), misc.size())) {
      return null;
    }
    if (data.u32(misc.rva()) != 1) {
      return null;
    }
    boolean unicode = data.u8(misc.rva() + 8) != 0;
    int length = (int) misc.size() - 12;
    if (unicode) {
      return MinidumpStrings.decode(data.bytes(misc.rva() + 12, length & ~1));
    }
    return data.utf8(misc.rva() + 12, length);
  }
}
