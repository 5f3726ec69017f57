package dev.breakwater.minidump.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.testing.LeWriter;
import dev.breakwater.minidump.testing.SyntheticContext;
import dev.breakwater.minidump.testing.SyntheticMinidump;
import dev.breakwater.minidump.testing.SyntheticMinidump.CodeViewSpec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonOutputTest {
  static JsonNode json(byte[] dump) throws Exception {
    ProcessState state = MinidumpProcessor.process(dump, null, ProcessOptions.DEFAULT);
    return new ObjectMapper().readTree(JsonOutput.format(state, false));
  }

  static byte[] threadNames(long threadId, int nameRva) {
    return new LeWriter().u32(1).u32(threadId).u64(nameRva).toByteArray();
  }

  @Test
  void linuxStreamsFillTheLinuxFields() throws Exception {
    byte[] dump =
        new SyntheticMinidump()
                .systemInfo(
                    SyntheticMinidump.LINUX,
                    SyntheticMinidump.AMD64,
                    2,
                    "Linux 5.10.0-9-amd64 #1 SMP Debian 5.10.70-1 x86_64")
                .module(0x400000, 0x1000, "/usr/bin/app", CodeViewSpec.elf("00112233445566778899"))
                .thread(9, SyntheticContext.amd64(0x400010, 0x1000, 0), 0x1000, new byte[16])
                .stream(
                    0x47670005,
                    "DISTRIB_ID=Debian\nDISTRIB_RELEASE=11\nDISTRIB_CODENAME=bullseye\n"
                        .getBytes(StandardCharsets.UTF_8))
                .stream(0x47670004, "Name:\tapp\nPid:\t4242\n".getBytes(StandardCharsets.UTF_8))
                .stream(
                    0x47670009,
                    "00400000-00401000 r-xp\n7f00-7f01 rw-p\n".getBytes(StandardCharsets.UTF_8))
                .stream(
                    0x47670003,
                    "processor\t: 0\nmicrocode\t: 0xf0\n".getBytes(StandardCharsets.UTF_8))
                .stream(0x4d7a0004, "[{\"InitErrors\":[]}]".getBytes(StandardCharsets.UTF_8))
                .build();

    JsonNode json = json(dump);

    assertEquals("Debian", json.at("/lsb_release/id").asText());
    assertEquals("bullseye", json.at("/lsb_release/codename").asText());
    assertEquals(4242, json.get("pid").asInt());
    assertEquals(2, json.get("linux_memory_map_count").asInt());
    assertEquals("0xf0", json.at("/system_info/cpu_microcode_version").asText());
    assertEquals("5.10.0-9-amd64 #1 SMP Debian 5.10.70-1", json.at("/system_info/os_ver").asText());
    assertTrue(json.at("/soft_errors/0/InitErrors").isArray());
    assertEquals("00112233445566778899", json.at("/modules/0/code_id").asText());
    assertEquals("0x0000000000401000", json.at("/modules/0/end_addr").asText());
    assertTrue(json.get("crashing_thread").isNull());
    assertTrue(json.at("/crash_info/type").isNull());
  }

  @Test
  void macCrashInfoRecordsAreListed() throws Exception {
    LeWriter record = new LeWriter().u32(0x4d7a0001).u64(5).u64(0x1234).u64(0).u64(7);
    record.bytes(
        "/usr/lib/libc++abi.dylib\0terminating with uncaught exception\0\0\0\0"
            .getBytes(StandardCharsets.UTF_8));
    byte[] recordBytes = record.toByteArray();
    LeWriter stream = new LeWriter().u32(0x4d7a0001).u32(1).u32(36);
    int streamSize = 12 + 8 * 20;
    SyntheticMinidump builder =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.MAC, SyntheticMinidump.AMD64, 8, "20G630");
    byte[] withoutStream = builder.build();
    int recordRva = withoutStream.length + streamSize + 64;
    stream.u32(recordBytes.length).u32(recordRva).zeros(8 * 19);
    byte[] dump = builder.stream(0x4d7a0001, stream.toByteArray()).build();
    byte[] padded = new byte[recordRva + recordBytes.length];
    System.arraycopy(dump, 0, padded, 0, dump.length);
    System.arraycopy(recordBytes, 0, padded, recordRva, recordBytes.length);

    JsonNode info = json(padded).get("mac_crash_info");

    assertEquals(1, info.get("num_records").asInt());
    assertEquals("terminating with uncaught exception", info.at("/records/0/message").asText());
    assertEquals("/usr/lib/libc++abi.dylib", info.at("/records/0/module").asText());
    assertEquals("0x0000000000001234", info.at("/records/0/thread").asText());
    assertEquals("0x0000000000000007", info.at("/records/0/abort_cause").asText());
  }

  @Test
  void linuxSignalReasonsUseRustMinidumpSpelling() {
    assertEquals("SIGSEGV / SEGV_MAPERR", RustCrashReason.of("SIGSEGV /SEGV_MAPERR"));
    assertEquals("SIGSEGV", RustCrashReason.of("SIGSEGV /0x00000000"));
    assertEquals("SIGILL / ILL_ILLOPN", RustCrashReason.of("SIGILL / ILL_ILLOPN"));
    assertEquals(
        "EXC_BAD_ACCESS / KERN_INVALID_ADDRESS",
        RustCrashReason.of("EXC_BAD_ACCESS / KERN_INVALID_ADDRESS"));
    assertEquals(
        "EXCEPTION_ACCESS_VIOLATION_READ", RustCrashReason.of("EXCEPTION_ACCESS_VIOLATION_READ"));
  }
}
