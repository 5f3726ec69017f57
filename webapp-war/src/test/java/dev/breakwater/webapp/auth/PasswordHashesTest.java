package dev.breakwater.webapp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

  @Test
  void theEncodingIsJakartaSecuritysPbkdf2PasswordHashFormat() {
    String encoded = PasswordHashes.hash("correct horse".toCharArray(), 1024);
    String[] parts = encoded.split(":");
    assertEquals(4, parts.length, encoded);
    assertEquals("PBKDF2WithHmacSHA256", parts[0]);
    assertEquals("1024", parts[1]);
    assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "key bytes");
  }

  @Test
  void verifiesTheRightPasswordOnly() {
    String encoded = PasswordHashes.hash("correct horse".toCharArray(), 1024);
    assertTrue(PasswordHashes.verify("correct horse".toCharArray(), encoded));
    assertFalse(PasswordHashes.verify("correct horsf".toCharArray(), encoded));
  }

  @Test
  void eachHashHasItsOwnSaltAndTheDefaultWorkFactorIsHigh() {
    assertNotEquals(
        PasswordHashes.hash("same".toCharArray(), 1024),
        PasswordHashes.hash("same".toCharArray(), 1024));
    assertTrue(PasswordHashes.hash("x".toCharArray()).contains(":210000:"));
  }

  @Test
  void verifiesAHashWrittenByAnotherImplementationOfTheFormat() {
    // The key computed by another PBKDF2 implementation (Python's hashlib.pbkdf2_hmac("sha256",
    // b"password", salt, 1024, 32)), in the encoding Jakarta Security's Pbkdf2PasswordHash writes.
    String salt = Base64.getEncoder().encodeToString("saltsaltsaltsaltsaltsaltsaltsalt".getBytes());
    String encoded =
        "PBKDF2WithHmacSHA256:1024:" + salt + ":vOQ9IEhs5pfwTuewBee5Q8ts8sN0O9qg4wxHgSHy/ZU=";
    assertTrue(PasswordHashes.verify("password".toCharArray(), encoded));
    assertFalse(PasswordHashes.verify("Password".toCharArray(), encoded));
  }
}
