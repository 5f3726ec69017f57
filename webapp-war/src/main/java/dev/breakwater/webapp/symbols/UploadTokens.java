package dev.breakwater.webapp.symbols;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tokens that may upload symbols ({@code breakwater.webapp.symbols.upload-tokens}): each entry
 * is either the token itself or {@code sha256:<64 hex digits>}, the SHA-256 of the token, so that
 * configuration kept in version control need not hold the secret. Presented tokens are hashed and
 * compared in constant time with every configured hash.
 */
public final class UploadTokens {

  /** Prefix of a configured token given as its SHA-256 hash. */
  public static final String SHA256_PREFIX = "sha256:";

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

  private final List<byte[]> hashes;

  private UploadTokens(List<byte[]> hashes) {
    this.hashes = hashes;
  }

  /**
   * Parses the comma-separated configuration value; blank entries are ignored.
   *
   * @throws IllegalArgumentException for a {@code sha256:} entry that is not 64 hex digits
   */
  public static UploadTokens parse(String configured) {
    List<byte[]> hashes = new ArrayList<>();
    for (String entry : configured == null ? new String[0] : configured.split(",")) {
      String token = entry.strip();
      if (token.isEmpty()) {
        continue;
      }
      if (token.toLowerCase(Locale.ROOT).startsWith(SHA256_PREFIX)) {
        String hex = token.substring(SHA256_PREFIX.length());
        if (!SHA256_HEX.matcher(hex).matches()) {
          throw new IllegalArgumentException(
              "an upload token given as sha256: needs 64 hex digits, got " + hex.length());
        }
        hashes.add(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
      } else {
        hashes.add(sha256(token));
      }
    }
    return new UploadTokens(List.copyOf(hashes));
  }

  /** Whether any token is configured; without one, uploading is disabled. */
  public boolean enabled() {
    return !hashes.isEmpty();
  }

  /**
   * The fingerprint of {@code presented} (for logs: the first 12 hex digits of its SHA-256, never
   * the token) when it is a configured token, else empty.
   */
  public Optional<String> match(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    byte[] hash = sha256(presented);
    boolean found = false;
    for (byte[] candidate : hashes) {
      // No early exit: the time taken does not tell which or whether a token matched.
      found |= MessageDigest.isEqual(candidate, hash);
    }
    return found ? Optional.of(HexFormat.of().formatHex(hash, 0, 6)) : Optional.empty();
  }

  /** The SHA-256 of a token in hex, as configured with {@value #SHA256_PREFIX}. */
  public static String hashOf(String token) {
    return HexFormat.of().formatHex(sha256(token));
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
