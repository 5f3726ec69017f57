package dev.breakwater.common.storage;

import java.util.regex.Pattern;

/**
 * Bucket name rules. Names must be DNS-compatible and must not contain periods: a period breaks the
 * wildcard certificate of virtual-host style HTTPS ({@code bucket.s3.amazonaws.com}).
 */
public final class BucketNames {

  private static final Pattern VALID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$");

  private BucketNames() {}

  /**
   * Returns the name if it is valid.
   *
   * @throws IllegalArgumentException naming the rule that is broken
   */
  public static String requireValid(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("bucket name is not set");
    }
    if (name.contains(".")) {
      throw new IllegalArgumentException(
          "bucket name '" + name + "' contains a period, which breaks virtual-host HTTPS");
    }
    if (!VALID.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "bucket name '"
              + name
              + "' is not DNS-compatible: use 3-63 lowercase letters, digits and hyphens,"
              + " starting and ending with a letter or digit");
    }
    if (name.startsWith("xn--") || name.endsWith("-s3alias")) {
      throw new IllegalArgumentException("bucket name '" + name + "' uses a reserved affix");
    }
    return name;
  }
}
