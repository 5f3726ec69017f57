package dev.breakwater.collector.throttle.condition;

import java.util.Map;

/**
 * {@code version_lt / version_le / version_gt / version_ge / version_eq: <version>}: compares a
 * product version the way release numbers compare ({@link ProductVersion}). A value that is not a
 * version never matches.
 */
public record VersionComparison(AnnotationValue value, Operator operator, ProductVersion bound)
    implements Condition {

  /** The comparison. */
  public enum Operator {
    LT,
    LE,
    GT,
    GE,
    EQ;

    boolean holds(int comparison) {
      return switch (this) {
        case LT -> comparison < 0;
        case LE -> comparison <= 0;
        case GT -> comparison > 0;
        case GE -> comparison >= 0;
        case EQ -> comparison == 0;
      };
    }
  }

  @Override
  public boolean test(Map<String, Object> annotations) {
    return value
        .of(annotations)
        .flatMap(ProductVersion::parse)
        .map(v -> operator.holds(v.compareTo(bound)))
        .orElse(false);
  }
}
