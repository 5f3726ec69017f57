package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OS, CPU and platform, table-driven. */
class SystemInfoRulesTest {

  private static ProcessingCrash afterOsInfo(String raw, String systemInfo) {
    ProcessingCrash report =
        TestCrashes.of(raw, "{'json_dump': {'system_info': " + systemInfo + "}}");
    new OsInfoRule().action(report);
    return report;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'os': 'Windows NT', 'os_ver': '10.0.19045'}  | Windows NT | 10.0.19045",
        "{'os': ' Linux ', 'os_ver': ' 5.15.0 '}       | Linux      | 5.15.0",
        "{}                                            | Unknown    | \"\"",
      })
  void osInfo(String systemInfo, String name, String version) {
    ProcessingCrash report = afterOsInfo("{}", systemInfo);
    assertEquals(name, report.processedCrash().path("os_name").asText());
    assertEquals(version, report.processedCrash().path("os_version").asText());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'os': 'Windows NT', 'os_ver': '6.1.7601 Service Pack 1'} | Windows 7",
        "{'os': 'Windows NT', 'os_ver': '10.0.19045'}              | Windows 10",
        "{'os': 'Windows NT', 'os_ver': '10.0.22631'}              | Windows 11",
        "{'os': 'Windows NT', 'os_ver': '11.0.1'}                  | Windows Unknown",
        "{'os': 'Windows NT'}                                      | Windows NT",
        "{'os': 'Mac OS X', 'os_ver': '10.15.7 19H2'}              | OS X 10.15",
        "{'os': 'Mac OS X', 'os_ver': '14.4.1 23E224'}             | macOS 14",
        "{'os': 'Linux', 'os_ver': '5.15.0'}                       | Linux",
        "{'os': 'Android', 'os_ver': '13'}                         | Android 13",
        "{'os': 'Solaris'}                                         | Solaris",
      })
  void osPrettyVersion(String systemInfo, String expected) {
    ProcessingCrash report = afterOsInfo("{}", systemInfo);
    new OsPrettyVersionRule().action(report);
    assertEquals(expected, report.processedCrash().path("os_pretty_version").asText());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{}                 | {'os': 'Windows NT'} | Windows",
        "{}                 | {'os': 'Mac OS X'}   | macOS",
        "{'plat': 'darwin'} | {}                   | macOS",
        "{'platform': 'win32'} | {}                | Windows",
        "{}                 | {}                   | Unknown",
      })
  void platform(String raw, String systemInfo, String expected) {
    ProcessingCrash report = afterOsInfo(raw, systemInfo);
    new PlatformRule().action(report);
    assertEquals(expected, report.processedCrash().path("platform").asText());
  }

  /** raw | system_info | cpu_arch | cpu_info | cpu_count | microcode */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{} | {'cpu_arch': 'amd64', 'cpu_info': 'GenuineIntel family 6', 'cpu_count': 8, 'cpu_microcode_version': 240} | amd64 | GenuineIntel family 6 | 8 | 0xf0",
        "{'Android_CPU_ABI': 'arm64-v8a'} | {}                         | arm64   | unknown | 0 | ",
        "{'Android_CPU_ABI': 'mips'}      | {}                         | mips    | unknown | 0 | ",
        "{'CPUMicrocodeVersion': '0xde'}  | {'cpu_arch': 'x86'}        | x86     | unknown | 0 | 0xde",
      })
  void cpuInfo(
      String raw, String systemInfo, String arch, String info, int count, String microcode) {
    ProcessingCrash report =
        TestCrashes.of(raw, "{'json_dump': {'system_info': " + systemInfo + "}}");
    new CpuInfoRule().action(report);
    var processed = report.processedCrash();
    assertEquals(arch, processed.path("cpu_arch").asText());
    assertEquals(info, processed.path("cpu_info").asText());
    assertEquals(count, processed.path("cpu_count").asInt());
    assertEquals(
        microcode,
        processed.has("cpu_microcode_version")
            ? processed.get("cpu_microcode_version").asText()
            : null);
  }
}
