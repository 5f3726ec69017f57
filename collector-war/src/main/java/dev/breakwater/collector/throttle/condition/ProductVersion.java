package dev.breakwater.collector.throttle.condition;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product version such as {@code 57.0.2}, {@code 60.0a1}, {@code 115.3.1esr} or {@code 35.0b3}.
 * Numeric components compare numerically (missing ones count as 0); a pre-release marker ({@code a}
 * alpha, {@code b} beta, {@code rc}) sorts before the release it precedes, with its own number; any
 * other suffix ({@code esr}, {@code pre}) is ignored.
 */
public final class ProductVersion implements Comparable<ProductVersion> {

  private static final Pattern FORMAT =
      Pattern.compile("^(\\d{1,9}(?:\\.\\d{1,9}){0,5})(?:(a|b|rc)(\\d{0,9}))?([A-Za-z].*)?$");

  /** Rank of a release without pre-release marker: above alpha, beta and rc. */
  private static final int RELEASE = 3;

  private final int[] numbers;
  private final int stage;
  private final int stageNumber;

  private ProductVersion(int[] numbers, int stage, int stageNumber) {
    this.numbers = numbers;
    this.stage = stage;
    this.stageNumber = stageNumber;
  }

  /** Parses a version, or empty if it is not one. */
  public static Optional<ProductVersion> parse(String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int[] numbers = Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
    int stage =
        m.group(2) == null
            ? RELEASE
            : switch (m.group(2)) {
              case "a" -> 0;
              case "b" -> 1;
              default -> 2;
            };
    int stageNumber = m.group(3) == null || m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
    return Optional.of(new ProductVersion(numbers, stage, stageNumber));
  }

  @Override
  public int compareTo(ProductVersion other) {
    int length = Math.max(numbers.length, other.numbers.length);
    for (int i = 0; i < length; i++) {
      int a = i < numbers.length ? numbers[i] : 0;
      int b = i < other.numbers.length ? other.numbers[i] : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    if (stage != other.stage) {
      return Integer.compare(stage, other.stage);
    }
    return Integer.compare(stageNumber, other.stageNumber);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    int last = numbers.length;
    while (last > 0 && numbers[last - 1] == 0) {
      last--;
    }
    return Arrays.hashCode(Arrays.copyOf(numbers, last)) * 31 + stage * 7 + stageNumber;
  }
}
