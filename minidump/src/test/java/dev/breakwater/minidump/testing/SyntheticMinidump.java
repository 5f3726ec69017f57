package dev.breakwater.minidump.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds minidumps for tests: a header, a stream directory and exactly the streams a test needs
 * (system info, modules with CodeView records, threads with contexts and stack memory, an
 * exception, or any raw stream). Out-of-line data (strings, contexts, stacks) is laid out first,
 * then the streams that point at it, then the directory.
 */
public final class SyntheticMinidump {
  /** Platform ids. */
  public static final long WINDOWS = 2,
      MAC = 0x8101,
      IOS = 0x8102,
      LINUX = 0x8201,
      ANDROID = 0x8203,
      NACL = 0x8205;

  /** Processor architectures. */
  public static final int X86 = 0, ARM = 5, AMD64 = 9, ARM64 = 12, ARM64_OLD = 0x8003;

  /** A module's CodeView record. */
  public record CodeViewSpec(long signature, byte[] body) {
    public static CodeViewSpec pdb70(String guidHex, int age, String pdb) {
      LeWriter w = new LeWriter().u32(0x53445352L).bytes(HexFormat.of().parseHex(guidHex)).u32(age);
      w.bytes(pdb.getBytes(StandardCharsets.UTF_8)).u8(0);
      return new CodeViewSpec(0x53445352L, w.toByteArray());
    }

    public static CodeViewSpec pdb20(long signature, int age, String pdb) {
      LeWriter w = new LeWriter().u32(0x3031424eL).u32(0).u32(signature).u32(age);
      w.bytes(pdb.getBytes(StandardCharsets.UTF_8)).u8(0);
      return new CodeViewSpec(0x3031424eL, w.toByteArray());
    }

    public static CodeViewSpec elf(String buildIdHex) {
      LeWriter w = new LeWriter().u32(0x4270454cL).bytes(HexFormat.of().parseHex(buildIdHex));
      return new CodeViewSpec(0x4270454cL, w.toByteArray());
    }
  }

  private record ModuleSpec(
      long base, long size, String name, CodeViewSpec cv, long[] version, long timeDateStamp) {}

  private record ThreadSpec(long id, byte[] context, long stackStart, byte[] stack) {}

  private record ExceptionSpec(
      long threadId, long code, long flags, long address, long[] params, byte[] context) {}

  private final List<ModuleSpec> modules = new ArrayList<>();
  private final List<ThreadSpec> threads = new ArrayList<>();
  private final Map<Integer, byte[]> rawStreams = new LinkedHashMap<>();
  private byte[] systemInfo;
  private String csdVersion;
  private ExceptionSpec exception;
  private boolean padCounts;

  /** The system info stream (56 bytes), with an optional CSD version string. */
  public SyntheticMinidump systemInfo(long platform, int architecture, int cpus, String csd) {
    LeWriter w = new LeWriter().u16(architecture).u16(6).u16(0x3f02).u8(cpus).u8(1);
    w.u32(10).u32(0).u32(19041).u32(platform).u32(0).u16(0).u16(0);
    w.bytes("GenuineIntel".getBytes(StandardCharsets.US_ASCII)).u32(0).u32(0).u32(0);
    this.systemInfo = w.toByteArray();
    this.csdVersion = csd;
    return this;
  }

  public SyntheticMinidump module(long base, long size, String name, CodeViewSpec cv) {
    modules.add(new ModuleSpec(base, size, name, cv, null, 0x45d35f6cL));
    return this;
  }

  /** A module with a version resource "a.b.c.d". */
  public SyntheticMinidump module(
      long base, long size, String name, CodeViewSpec cv, long[] version) {
    modules.add(new ModuleSpec(base, size, name, cv, version, 0x45d35f6cL));
    return this;
  }

  /** A thread with a context and a stack captured from {@code stackStart}. */
  public SyntheticMinidump thread(long id, byte[] context, long stackStart, byte[] stack) {
    threads.add(new ThreadSpec(id, context, stackStart, stack));
    return this;
  }

  /** An exception stream for {@code threadId} with its own context. */
  public SyntheticMinidump exception(
      long threadId, long code, long flags, long address, long[] params, byte[] context) {
    this.exception = new ExceptionSpec(threadId, code, flags, address, params, context);
    return this;
  }

  /** Any stream, written as given. */
  public SyntheticMinidump stream(int type, byte[] body) {
    rawStreams.put(type, body);
    return this;
  }

  /** Writes list counts padded to 8 bytes, as old macOS clients did. */
  public SyntheticMinidump padListCounts() {
    this.padCounts = true;
    return this;
  }

  public byte[] build() {
    LeWriter w = new LeWriter().zeros(32);
    Map<Integer, long[]> streams = new LinkedHashMap<>();
    Layout layout = new Layout(w);
    if (systemInfo != null) {
      long csd = csdVersion == null ? 0 : layout.string(csdVersion);
      byte[] info = systemInfo.clone();
      LeWriter.patch32(info, 24, csd);
      streams.put(7, layout.blob(info));
    }
    if (!modules.isEmpty()) {
      streams.put(4, layout.blob(moduleList(layout)));
    }
    if (!threads.isEmpty()) {
      streams.put(3, layout.blob(threadList(layout)));
    }
    if (exception != null) {
      streams.put(6, layout.blob(exceptionStream(layout)));
    }
    rawStreams.forEach((type, body) -> streams.put(type, layout.blob(body)));
    return finish(w, streams);
  }

  private byte[] finish(LeWriter w, Map<Integer, long[]> streams) {
    w.align(4);
    int directory = w.position();
    streams.forEach((type, location) -> w.u32(type).u32(location[1]).u32(location[0]));
    byte[] data = w.toByteArray();
    LeWriter.patch32(data, 0, 0x504d444dL);
    LeWriter.patch32(data, 4, 0xa793);
    LeWriter.patch32(data, 8, streams.size());
    LeWriter.patch32(data, 12, directory);
    LeWriter.patch32(data, 20, 1_600_000_000L);
    return data;
  }

  private byte[] moduleList(Layout layout) {
    LeWriter list = new LeWriter().u32(modules.size());
    if (padCounts) {
      list.u32(0);
    }
    for (ModuleSpec m : modules) {
      long name = layout.string(m.name());
      long[] cv = m.cv() == null ? new long[] {0, 0} : layout.blob(m.cv().body());
      list.u64(m.base()).u32(m.size()).u32(0).u32(m.timeDateStamp()).u32(name);
      if (m.version() != null) {
        long[] v = m.version();
        list.u32(0xfeef04bdL).u32(0x00010000L).u32(v[0] << 16 | v[1]).u32(v[2] << 16 | v[3]);
        list.zeros(36);
      } else {
        list.zeros(52);
      }
      list.u32(cv[1]).u32(cv[0]).u32(0).u32(0).u64(0).u64(0);
    }
    return list.toByteArray();
  }

  private byte[] threadList(Layout layout) {
    LeWriter list = new LeWriter().u32(threads.size());
    if (padCounts) {
      list.u32(0);
    }
    for (ThreadSpec t : threads) {
      long[] stack = t.stack() == null ? new long[] {0, 0} : layout.blob(t.stack());
      long[] context = layout.blob(t.context());
      list.u32(t.id()).u32(0).u32(0).u32(0).u64(0);
      list.u64(t.stackStart()).u32(stack[1]).u32(stack[0]);
      list.u32(context[1]).u32(context[0]);
    }
    return list.toByteArray();
  }

  private byte[] exceptionStream(Layout layout) {
    long[] context = layout.blob(exception.context());
    LeWriter e = new LeWriter().u32(exception.threadId()).u32(0);
    e.u32(exception.code()).u32(exception.flags()).u64(0).u64(exception.address());
    e.u32(exception.params().length).u32(0);
    for (int i = 0; i < 15; i++) {
      e.u64(i < exception.params().length ? exception.params()[i] : 0);
    }
    e.u32(context[1]).u32(context[0]);
    return e.toByteArray();
  }

  /** Places out-of-line data; returns {rva, size}. */
  private static final class Layout {
    private final LeWriter w;

    Layout(LeWriter w) {
      this.w = w;
    }

    long[] blob(byte[] data) {
      w.align(8);
      long rva = w.position();
      w.bytes(data);
      return new long[] {rva, data.length};
    }

    long string(String text) {
      w.align(4);
      long rva = w.position();
      w.minidumpString(text);
      return rva;
    }
  }
}
