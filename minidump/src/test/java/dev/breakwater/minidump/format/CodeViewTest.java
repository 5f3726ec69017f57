package dev.breakwater.minidump.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.breakwater.minidump.testing.SyntheticMinidump.CodeViewSpec;
import org.junit.jupiter.api.Test;

class CodeViewTest {
  static CodeView read(byte[] record) {
    return CodeView.read(ByteSource.of(record), new Location(record.length, 0));
  }

  @Test
  void pdb70GivesGuidAndAgeAsBreakpadPrintsThem() {
    CodeView cv =
        read(
            CodeViewSpec.pdb70("e532985a7228c141838ed98914e9b7ff", 0x1a, "c:\\b\\test_app.pdb")
                .body());
    assertEquals(CodeView.Kind.PDB70, cv.kind());
    assertEquals("5A9832E5287241C1838ED98914E9B7FF1a", cv.debugIdentifier());
    assertEquals("c:\\b\\test_app.pdb", cv.pdbFileName());
  }

  @Test
  void pdb20GivesSignatureAndAge() {
    CodeView cv = read(CodeViewSpec.pdb20(0x3c2e4f3aL, 2, "old.pdb").body());
    assertEquals("3C2E4F3A2", cv.debugIdentifier());
    assertEquals("old.pdb", cv.pdbFileName());
  }

  @Test
  void elfBuildIdBecomesAGuidWithAgeZeroAndItsHexIsTheCodeId() {
    CodeView cv = read(CodeViewSpec.elf("f1c3bcc0279865fe3058404b2831d9e64135386c").body());
    assertEquals("C0BCC3F19827FE653058404B2831D9E60", cv.debugIdentifier());
    assertEquals("f1c3bcc0279865fe3058404b2831d9e64135386c", cv.buildIdHex());
    CodeView shortId = read(CodeViewSpec.elf("0102").body());
    assertEquals("000002010000000000000000000000000", shortId.debugIdentifier());
  }

  @Test
  void malformedRecordsAreIgnored() {
    byte[] unterminated = CodeViewSpec.pdb70("00112233445566778899aabbccddeeff", 1, "x.pdb").body();
    unterminated[unterminated.length - 1] = 'x';
    assertNull(read(unterminated));
    assertNull(read(new byte[] {'R', 'S', 'D', 'S'}));
    assertNull(read(new byte[] {1, 2, 3, 4, 5, 6}));
  }
}
