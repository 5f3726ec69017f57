package dev.breakwater.common.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StorageKeysTest {

  private static final String ID = "de1bb258-cbbf-4589-a673-34f800160918";

  @Test
  void mainDumpIsStoredAsDump() {
    assertEquals("v1/dump/" + ID, StorageKeys.dump(ID, "upload_file_minidump"));
  }

  @Test
  void otherDumpsKeepTheirName() {
    assertEquals("v1/memory_report/" + ID, StorageKeys.dump(ID, "memory_report"));
    assertEquals(
        "v1/upload_file_minidump_browser/" + ID,
        StorageKeys.dump(ID, "upload_file_minidump_browser"));
  }

  @Test
  void rawCrashKeyIsPartitionedByCrashIdDate() {
    assertEquals("v1/raw_crash/20160918/" + ID, StorageKeys.rawCrash(ID));
  }

  @Test
  void otherKeys() {
    assertEquals("v1/dump_names/" + ID, StorageKeys.dumpNames(ID));
    assertEquals("v1/processed_crash/" + ID, StorageKeys.processedCrash(ID));
    assertEquals("v1/outbox/" + ID, StorageKeys.outbox(ID));
    assertEquals(ID, StorageKeys.crashIdOfOutboxKey(StorageKeys.outbox(ID)));
    assertEquals(
        "symbols/xul.pdb/44E4EC8C2F41492B9369D6B9A059577C2/xul.sym",
        StorageKeys.symbols("xul.pdb", "44E4EC8C2F41492B9369D6B9A059577C2", "xul.sym"));
  }

  @Test
  void symbolKeysFollowBreakpadLayout() {
    assertEquals(
        "symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym",
        StorageKeys.symbols("test_app.pdb", "5A9832E5287241C1838ED98914E9B7FF1"));
    assertEquals("KERNEL32.sym", StorageKeys.symbolFileName("KERNEL32.PDB"));
    assertEquals("libxul.so.sym", StorageKeys.symbolFileName("libxul.so"));
    assertEquals("crash-client.sym", StorageKeys.symbolFileName("crash-client"));
  }
}
