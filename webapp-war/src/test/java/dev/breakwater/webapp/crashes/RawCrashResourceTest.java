package dev.breakwater.webapp.crashes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RawCrashResourceTest {
  private static final String ID = "de1bb258-cbbf-4589-a673-34f800160918";

  @Test
  void downloadNamesAreSocorros() {
    assertEquals(ID + ".dmp", RawCrashResource.fileName(ID, ""));
    assertEquals(ID + ".dmp", RawCrashResource.fileName(ID, "upload_file_minidump"));
    assertEquals(ID + "-browser.dmp", RawCrashResource.fileName(ID, "browser"));
    assertEquals("memory_report.json.gz", RawCrashResource.fileName(ID, "memory_report"));
  }
}
