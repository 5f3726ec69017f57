package dev.breakwater.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every processed-crash fixture in {@code signature/crashes} through the default rules. */
class SignatureFixturesTest {

  private static final SignatureGenerator GENERATOR = new SignatureGenerator();

  static List<Path> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(SignatureFixturesTest.class.getResource("/signature/crashes").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> fixtures =
          new ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
      assertFalse(fixtures.isEmpty(), "no fixtures in " + folder);
      return fixtures;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void generatesTheExpectedSignature(Path fixture) throws IOException {
    JsonNode document = SignatureTestSupport.JSON.readTree(fixture.toFile());
    JsonNode expected = document.path("expected");
    SignatureResult result = GENERATOR.generate(document.path("processed_crash"));

    assertEquals(expected.path("signature").textValue(), result.signature(), "signature");
    if (expected.has("proto_signature")) {
      assertEquals(
          expected.path("proto_signature").textValue(), result.protoSignature(), "proto signature");
    }
    if (expected.has("notes")) {
      List<String> notes = new ArrayList<>();
      expected.path("notes").forEach(note -> notes.add(note.textValue()));
      assertEquals(notes, result.notes(), "notes");
    }
    assertTrue(result.signature().length() <= 255, "signature length");
    assertTrue(result.signature().chars().allMatch(c -> c >= 32 && c < 127), "printable");
    assertFalse(result.debugLog().isEmpty(), "debug log");
  }
}
