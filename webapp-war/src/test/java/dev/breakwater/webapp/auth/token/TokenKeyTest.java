package dev.breakwater.webapp.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenKeyTest {

  @Test
  void keysAre32HexDigitsLikeSocorrosAndNeverRepeat() {
    TokenKey a = TokenKey.generate();
    TokenKey b = TokenKey.generate();
    assertTrue(a.key().matches("[0-9a-f]{32}"), a.key());
    assertNotEquals(a.key(), b.key());
  }

  @Test
  void theStoredFormIsTheSha256OfTheKey() {
    // printf %s abc | sha256sum
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        new TokenKey("abc").hash());
    TokenKey key = TokenKey.generate();
    assertEquals(TokenKey.hashOf(key.key()), key.hash());
  }

  @Test
  void printingAKeyShowsOnlyItsPrefix() {
    TokenKey key = new TokenKey("0123456789abcdef0123456789abcdef");
    assertEquals("012345", key.prefix());
    assertFalse(key.toString().contains("6789abcdef"), key.toString());
  }
}
