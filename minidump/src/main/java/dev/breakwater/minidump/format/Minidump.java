package dev.breakwater.minidump.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minidump file: header, stream directory and the bytes behind them. Opening never fails on bad
 * content: {@link #isValid()} tells whether a header was found, and {@link #problems()} lists what
 * was wrong.
 */
public final class Minidump {
  /** 'MDMP' little-endian. */
  public static final long SIGNATURE = 0x504d444dL;

  public static final int VERSION = 0xa793;
  static final int HEADER_SIZE = 32;
  static final int DIRECTORY_ENTRY_SIZE = 12;

  private final ByteSource data;
  private final List<String> problems = new ArrayList<>();
  private final List<DirectoryEntry> directory = new ArrayList<>();
  private final Map<Integer, DirectoryEntry> firstByType = new HashMap<>();
  private boolean valid;
  private boolean truncated;
  private boolean directoryTruncated;
  private boolean directoryDamaged;
  private long timeDateStamp;
  private long flags;

  private Minidump(ByteSource data) {
    this.data = data;
    readHeader();
  }

  public static Minidump open(Path file) throws IOException {
    return new Minidump(ByteSource.map(file));
  }

  public static Minidump of(byte[] bytes) {
    return new Minidump(ByteSource.of(bytes));
  }

  private void readHeader() {
    if (!data.contains(0, HEADER_SIZE)) {
      problem("file of " + data.size() + " bytes is too short for a minidump header", true);
      return;
    }
    if (data.u32(0) != SIGNATURE) {
      problem(String.format("bad signature 0x%08x, not a minidump", data.u32(0)), false);
      return;
    }
    if ((data.u32(4) & 0xffff) != VERSION) {
      problem(String.format("unknown minidump version 0x%08x", data.u32(4)), false);
      return;
    }
    valid = true;
    timeDateStamp = data.u32(20);
    flags = data.u64(24);
    readDirectory(data.u32(8), data.u32(12));
  }

  private void readDirectory(long count, long rva) {
    long available = data.contains(rva, 0) ? (data.size() - rva) / DIRECTORY_ENTRY_SIZE : 0;
    if (count > available) {
      problem("stream directory of " + count + " entries exceeds the file", true);
      directoryTruncated = true;
      count = available;
    }
    for (int i = 0; i < count; i++) {
      long at = rva + (long) i * DIRECTORY_ENTRY_SIZE;
      DirectoryEntry entry = new DirectoryEntry(i, data.i32(at), Location.read(data, at + 4));
      directory.add(entry);
      if (entry.type() == StreamType.UNUSED) {
        continue;
      }
      checkInsideFile(entry);
      if (firstByType.containsKey(entry.type())) {
        if (StreamType.isSingleton(entry.type())) {
          problem(String.format("duplicate stream of type 0x%x ignored", entry.type()), false);
        }
        continue;
      }
      firstByType.put(entry.type(), entry);
    }
  }

  private void checkInsideFile(DirectoryEntry entry) {
    Location location = entry.location();
    if (data.contains(location.rva(), location.size())) {
      return;
    }
    boolean startsInside = data.contains(location.rva(), 0);
    problem(
        String.format(
            "stream %d (type 0x%x, %d bytes at %d) %s the end of the file",
            entry.index(),
            entry.type(),
            location.size(),
            location.rva(),
            startsInside ? "runs past" : "lies beyond"),
        startsInside);
    directoryDamaged = true;
  }

  /** Records a problem; {@code truncatedData} marks data missing rather than inconsistent. */
  public void problem(String message, boolean truncatedData) {
    problems.add(message);
    truncated |= truncatedData;
  }

  public ByteSource data() {
    return data;
  }

  public boolean isValid() {
    return valid;
  }

  /** True when some structure ran past the end of the file. */
  public boolean isTruncated() {
    return truncated;
  }

  /** True when the stream directory itself runs past the end of the file. */
  public boolean isDirectoryTruncated() {
    return directoryTruncated;
  }

  /** True when some stream of the directory lies (partly) outside the file. */
  public boolean isDirectoryDamaged() {
    return directoryDamaged || directoryTruncated;
  }

  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  public long timeDateStamp() {
    return timeDateStamp;
  }

  public long flags() {
    return flags;
  }

  public List<DirectoryEntry> directory() {
    return Collections.unmodifiableList(directory);
  }

  /** The first stream of this type whose location lies inside the file. */
  public Optional<Location> stream(int type) {
    DirectoryEntry entry = firstByType.get(type);
    if (entry == null) {
      return Optional.empty();
    }
    Location location = entry.location();
    return data.contains(location.rva(), location.size())
        ? Optional.of(location)
        : Optional.empty();
  }
}
