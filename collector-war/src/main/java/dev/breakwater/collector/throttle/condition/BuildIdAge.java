package dev.breakwater.collector.throttle.condition;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * {@code build_age_days_gt / build_age_days_lt: <days>}: the age of the build, from a Breakpad
 * build ID ({@code yyyymmddhhmmss}, at least the date part) to today (UTC). A value that is not a
 * build ID never matches.
 */
public record BuildIdAge(AnnotationValue value, boolean olderThan, long days, Clock clock)
    implements Condition {

  @Override
  public boolean test(Map<String, Object> annotations) {
    return value
        .of(annotations)
        .flatMap(BuildIdAge::buildDate)
        .map(
            built -> {
              long age = ChronoUnit.DAYS.between(built, LocalDate.now(clock));
              return olderThan ? age > days : age < days;
            })
        .orElse(false);
  }

  static Optional<LocalDate> buildDate(String buildId) {
    if (buildId.length() < 8
        || buildId.length() > 14
        || !buildId.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(buildId.substring(0, 4)),
              Integer.parseInt(buildId.substring(4, 6)),
              Integer.parseInt(buildId.substring(6, 8))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
