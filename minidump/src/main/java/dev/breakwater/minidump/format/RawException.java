package dev.breakwater.minidump.format;

/** The exception stream: the exception record and the crashing thread's context. */
public record RawException(
    long threadId,
    long code,
    long flags,
    long nestedRecord,
    long address,
    long numberParameters,
    long[] information,
    Location context) {
  public static final int SIZE = 168;
  public static final int MAX_PARAMETERS = 15;

  public static RawException read(ByteSource data, Location stream) {
    long at = stream.rva();
    if (stream.size() < SIZE) {
      throw new FormatException("exception stream of " + stream.size() + " bytes is too short");
    }
    long[] information = new long[MAX_PARAMETERS];
    for (int i = 0; i < MAX_PARAMETERS; i++) {
      information[i] = data.u64(at + 40 + 8L * i);
    }
    return new RawException(
        data.u32(at),
        data.u32(at + 8),
        data.u32(at + 12),
        data.u64(at + 16),
        data.u64(at + 24),
        data.u32(at + 32),
        information,
        Location.read(data, at + 160));
  }

  /** The parameter count clipped to the 15 slots the record has. */
  public int parameterCount() {
    return (int) Math.min(numberParameters, MAX_PARAMETERS);
  }
}
