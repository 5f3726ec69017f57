package dev.breakwater.webapp.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret of an API token: 32 lower-case hex digits like Socorro's ({@code uuid4().hex}), so
 * that clients which check the shape of a key keep working, but all 128 bits random. Only its
 * SHA-256 is stored. A plain hash (no salt, no key stretching) is enough for a random 128-bit
 * secret: there is no dictionary to try, and a lookup by hash needs the same hash for every
 * request.
 */
public record TokenKey(String key) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int PREFIX_LENGTH = 6;

  public static TokenKey generate() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new TokenKey(HexFormat.of().formatHex(bytes));
  }

  /** The SHA-256 of the key in lower-case hex, as stored in {@code api_token.key_hash}. */
  public String hash() {
    return hashOf(key);
  }

  /** The first digits, shown in token lists so that an owner can tell their tokens apart. */
  public String prefix() {
    return key.substring(0, Math.min(PREFIX_LENGTH, key.length()));
  }

  public static String hashOf(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Never the key: records print their components, and keys end up in logs that way. */
  @Override
  public String toString() {
    return "TokenKey[" + prefix() + "...]";
  }
}
