package dev.breakwater.webapp.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymbolUploadResourceTest {

  @Test
  void theTokenComesFromBearerAuthorizationOrTeckensHeader() {
    assertEquals("abc", SymbolUploadResource.token("Bearer abc", null));
    assertEquals("abc", SymbolUploadResource.token("bearer  abc ", "other"));
    assertEquals("tecken", SymbolUploadResource.token(null, "tecken"));
    assertEquals("tecken", SymbolUploadResource.token("Basic dXNlcjpwdw==", "tecken"));
    assertNull(SymbolUploadResource.token("Basic dXNlcjpwdw==", null));
  }

  @Test
  void answersListStoredFilesOrRejectedOnes() {
    StoredSymbol stored = new StoredSymbol("a.sym", "a.pdb", "0A0A0A0A0A", "symbols/a", 12);
    assertEquals(
        Map.of(
            "uploaded",
            List.of(
                Map.of(
                    "file", "a.sym",
                    "debug_file", "a.pdb",
                    "debug_id", "0A0A0A0A0A",
                    "key", "symbols/a",
                    "size", 12L))),
        SymbolUploadResource.answer(
            new UploadResult(UploadOutcome.STORED, null, null, List.of(stored), List.of())));
    assertEquals(
        Map.of(
            "error",
            "1 of 1 files",
            "rejected",
            List.of(Map.of("file", "b.sym", "reason", "no MODULE"))),
        SymbolUploadResource.answer(
            new UploadResult(
                UploadOutcome.REJECTED,
                "1 of 1 files",
                null,
                List.of(),
                List.of(new Rejection("b.sym", "no MODULE")))));
    assertEquals(
        Map.of("error", "too big", "limit", "files"),
        SymbolUploadResource.answer(
            new UploadResult(
                UploadOutcome.TOO_LARGE, "too big", UploadLimit.FILES, List.of(), List.of())));
  }
}
