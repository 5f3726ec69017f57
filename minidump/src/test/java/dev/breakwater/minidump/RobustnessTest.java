package dev.breakwater.minidump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.ProcessStatus;
import dev.breakwater.minidump.output.HumanOutput;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.output.MachineOutput;
import dev.breakwater.minidump.testing.LeWriter;
import dev.breakwater.minidump.testing.StackBytes;
import dev.breakwater.minidump.testing.SyntheticContext;
import dev.breakwater.minidump.testing.SyntheticMinidump;
import dev.breakwater.minidump.testing.SyntheticMinidump.CodeViewSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never fails the caller: truncated, bit-flipped and self-contradicting dumps yield a
 * state with a status and whatever could be read, never an exception, an endless walk or an
 * allocation sized by a corrupt count.
 */
class RobustnessTest {
  static byte[] sampleDump() {
    StackBytes stack =
        new StackBytes(0x7ffe0000L, 0x400, 8)
            .word(0x7ffe0010L, 0x7ffe0040L)
            .word(0x7ffe0018L, 0x402345L)
            .word(0x7ffe0048L, 0x7f0000001234L);
    byte[] context = SyntheticContext.amd64(0x401000, 0x7ffe0000L, 0x7ffe0010L);
    return new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 4, "Linux 5.10 x86_64")
            .module(0x400000, 0x10000, "/usr/bin/app", CodeViewSpec.elf("10faa6bb3db3aab8"))
            .module(0x7f0000000000L, 0x100000, "/lib/libc.so.6", CodeViewSpec.elf("aabbccdd"))
            .thread(7, context, stack.start(), stack.bytes())
            .thread(8, context, stack.start(), stack.bytes())
            .exception(7, 11, 1, 0, new long[0], context)
            .stream(0x47670005, "DISTRIB_ID=Ubuntu\n".getBytes())
            .build();
  }

  /** Processes and renders every output; fails on an internal error the processor caught. */
  static ProcessState processAll(byte[] dump) {
    ProcessState state = MinidumpProcessor.process(dump, null, ProcessOptions.DEFAULT);
    assertNotNull(state.status());
    assertFalse(
        state.problems().stream().anyMatch(p -> p.startsWith("internal error")),
        () -> String.join("\n", state.problems()));
    assertNotNull(MachineOutput.format(state));
    assertNotNull(HumanOutput.format(state));
    assertNotNull(JsonOutput.format(state, true));
    return state;
  }

  @Test
  void everyTruncationGivesAStatus() {
    byte[] dump = sampleDump();
    for (int length = 0; length < dump.length; length += 7) {
      ProcessState state = processAll(Arrays.copyOf(dump, length));
      if (length < 32) {
        assertEquals(ProcessStatus.TRUNCATED, state.status(), "length " + length);
      } else if (length < dump.length - 64) {
        assertNotEquals(ProcessStatus.OK, state.status(), "length " + length);
      }
    }
  }

  @Test
  void flippedBytesNeverBreakTheProcessor() {
    byte[] dump = sampleDump();
    Random random = new Random(20240611);
    for (int round = 0; round < 2000; round++) {
      byte[] damaged = dump.clone();
      for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      processAll(damaged);
    }
  }

  @Test
  void hugeCountsAreBoundedByTheStreamSize() {
    byte[] dump = sampleDump();
    for (int offset = 32; offset + 4 <= dump.length; offset += 4) {
      byte[] damaged = dump.clone();
      LeWriter.patch32(damaged, offset, 0xffffffffL);
      processAll(damaged);
    }
  }

  @Test
  void aFramePointerCycleEndsTheWalk() {
    StackBytes stack =
        new StackBytes(0x10000L, 0x100, 8).word(0x10010L, 0x10010L).word(0x10018L, 0x401000L);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 1, "Linux")
            .module(0x400000, 0x10000, "app", CodeViewSpec.elf("01"))
            .thread(1, SyntheticContext.amd64(0x401000, 0x10000, 0x10010), 0x10000, stack.bytes())
            .build();

    ProcessState state = processAll(dump);

    assertTrue(state.threads().get(0).frames().size() < 40, "walk must stop");
  }

  @Test
  void notAMinidumpAndUnreadableFilesGiveAStatus(@TempDir Path dir) throws Exception {
    assertEquals(
        ProcessStatus.NOT_A_MINIDUMP,
        processAll("MDMP? no, a text file..........................".getBytes()).status());
    assertEquals(ProcessStatus.TRUNCATED, processAll(new byte[0]).status());
    Path missing = dir.resolve("missing.dmp");
    assertEquals(
        ProcessStatus.UNREADABLE,
        MinidumpProcessor.process(missing, null, ProcessOptions.DEFAULT).status());
    Path empty = Files.write(dir.resolve("empty.dmp"), new byte[0]);
    assertEquals(
        ProcessStatus.TRUNCATED,
        MinidumpProcessor.process(empty, null, ProcessOptions.DEFAULT).status());
  }
}
