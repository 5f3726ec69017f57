package dev.breakwater.webapp.auth;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the encoding of Jakarta Security's {@code Pbkdf2PasswordHash}, {@code
 * PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>} (Base64), so that the server's implementation
 * verifies what {@code bin/breakwater user add} wrote without the server (the command runs on a
 * plain JVM, where Jakarta Security has no implementation). The stored string names its own
 * parameters, so raising {@link #ITERATIONS} later keeps older hashes valid.
 */
public final class PasswordHashes {

  /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); Jakarta Security's default, 2048, is too few. */
  public static final int ITERATIONS = 210_000;

  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashes() {}

  public static String hash(char[] password) {
    return hash(password, ITERATIONS);
  }

  static String hash(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(derive(password, salt, iterations, KEY_BYTES));
  }

  /**
   * Checks a password against an encoding written by {@link #hash} or by Jakarta Security; used by
   * tests and tools, the server verifies with its own {@code Pbkdf2PasswordHash}.
   */
  public static boolean verify(char[] password, String encoded) {
    String[] parts = encoded.split(":");
    if (parts.length != 4) {
      throw new IllegalArgumentException("not a Pbkdf2PasswordHash encoding");
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length, parts[0]);
    return java.security.MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
    return derive(password, salt, iterations, bytes, ALGORITHM);
  }

  private static byte[] derive(
      char[] password, byte[] salt, int iterations, int bytes, String algorithm) {
    try {
      return SecretKeyFactory.getInstance(algorithm)
          .generateSecret(new PBEKeySpec(password, salt, iterations, bytes * 8))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }
}
