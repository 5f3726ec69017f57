package dev.breakwater.webapp.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadTokensTest {

  @Test
  void plainAndHashedTokensMatch() {
    UploadTokens tokens =
        UploadTokens.parse(" first-token , sha256:" + UploadTokens.hashOf("second-token"));
    assertTrue(tokens.enabled());
    assertTrue(tokens.match("first-token").isPresent());
    assertTrue(tokens.match("second-token").isPresent());
    assertEquals(Optional.empty(), tokens.match("third-token"));
    assertEquals(Optional.empty(), tokens.match(""));
    assertEquals(Optional.empty(), tokens.match(null));
  }

  @Test
  void aHashIsNotItselfAToken() {
    String hash = UploadTokens.hashOf("secret");
    UploadTokens tokens = UploadTokens.parse("SHA256:" + hash.toUpperCase());
    assertTrue(tokens.match("secret").isPresent());
    assertFalse(tokens.match(hash).isPresent());
    assertFalse(tokens.match("sha256:" + hash).isPresent());
  }

  @Test
  void theFingerprintIsAPrefixOfTheHashNotTheToken() {
    String fingerprint = UploadTokens.parse("secret").match("secret").orElseThrow();
    assertEquals(UploadTokens.hashOf("secret").substring(0, 12), fingerprint);
  }

  @Test
  void noTokensMeansDisabled() {
    assertFalse(UploadTokens.parse("").enabled());
    assertFalse(UploadTokens.parse(" , ").enabled());
    assertFalse(UploadTokens.parse(null).enabled());
  }

  @Test
  void aMalformedHashFailsAtStartup() {
    assertThrows(IllegalArgumentException.class, () -> UploadTokens.parse("sha256:abc"));
  }
}
