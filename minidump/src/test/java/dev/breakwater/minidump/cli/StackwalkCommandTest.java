package dev.breakwater.minidump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.minidump.testing.SyntheticContext;
import dev.breakwater.minidump.testing.SyntheticMinidump;
import dev.breakwater.minidump.testing.SyntheticMinidump.CodeViewSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackwalkCommandTest {
  @TempDir Path dir;
  Path dump;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeDump() throws Exception {
    dump =
        Files.write(
            dir.resolve("crash.dmp"),
            new SyntheticMinidump()
                .systemInfo(SyntheticMinidump.WINDOWS, SyntheticMinidump.AMD64, 2, "")
                .module(
                    0x10000000L,
                    0x1000,
                    "C:\\app.exe",
                    CodeViewSpec.pdb70("000102030405060708090a0b0c0d0e0f", 1, "app.pdb"))
                .thread(5, SyntheticContext.amd64(0x10000100L, 0x2000, 0), 0x2000, new byte[32])
                .exception(
                    5,
                    0xc0000005L,
                    0,
                    0x10000100L,
                    new long[] {0, 8},
                    SyntheticContext.amd64(0x10000100L, 0x2000, 0))
                .build());
  }

  int run(String... args) {
    return StackwalkCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void machineOutput() {
    assertEquals(0, run("--machine", dump.toString(), dir.resolve("symbols").toString()));
    assertTrue(output().contains("Crash|EXCEPTION_ACCESS_VIOLATION_READ|0x8|0\n"), output());
    assertTrue(output().endsWith("\n0|0|app.exe||||0x100\n"), output());
  }

  @Test
  void humanOutputIsTheDefault() {
    assertEquals(0, run(dump.toString()));
    assertTrue(output().startsWith("Operating system: Windows NT\n"), output());
    assertTrue(output().contains("Thread 0 (crashed)\n 0  app.exe + 0x100\n"), output());
  }

  @Test
  void prettyJson() throws Exception {
    assertEquals(0, run("--json", "--pretty", dump.toString()));
    JsonNode json = new ObjectMapper().readTree(output());
    assertEquals("OK", json.get("status").asText());
    assertEquals("0x0000000010000100", json.at("/crashing_thread/frames/0/offset").asText());
    assertTrue(output().contains("\n  \"crash_info\": {\n"), output());
  }

  @Test
  void aDumpThatIsNotAMinidumpExitsWithOne() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a dump at all, just some text");
    assertEquals(1, run("--json", text.toString()));
    assertEquals(
        "ERROR_NOT_A_MINIDUMP", new ObjectMapper().readTree(output()).get("status").asText());
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, run());
    assertEquals(2, run("--frobnicate", dump.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: stackwalk"));
  }
}
