package dev.breakwater.crash.search;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of the weekly crash indices: {@code <prefix><yyyyMMdd>} where the date is the Monday (UTC)
 * starting the week of the crash's {@code date_processed}, e.g. {@code breakwater_crashes_20160912}
 * for a crash received on 2016-09-18. A date rather than a week number keeps names sortable and
 * free of week-year edge cases.
 */
public final class CrashIndices {
  /** Default prefix of crash index names. */
  public static final String DEFAULT_PREFIX = "breakwater_crashes_";

  private static final Pattern VALID_PREFIX = Pattern.compile("^[a-z0-9][a-z0-9_-]*$");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final String prefix;

  /**
   * @throws IllegalArgumentException when the prefix could not start an Elasticsearch index name
   */
  public CrashIndices(String prefix) {
    if (!VALID_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("invalid crash index prefix '" + prefix + "'");
    }
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** The index holding crashes processed at {@code dateProcessed}. */
  public String indexFor(Instant dateProcessed) {
    return prefix + DAY.format(weekStart(dateProcessed.atOffset(ZoneOffset.UTC).toLocalDate()));
  }

  /** The indices that may hold crashes with {@code date_processed} in {@code [from, to]}. */
  public List<String> indicesBetween(Instant from, Instant to) {
    List<String> names = new ArrayList<>();
    LocalDate last = weekStart(to.atOffset(ZoneOffset.UTC).toLocalDate());
    for (LocalDate week = weekStart(from.atOffset(ZoneOffset.UTC).toLocalDate());
        !week.isAfter(last);
        week = week.plusWeeks(1)) {
      names.add(prefix + DAY.format(week));
    }
    return names;
  }

  /** A wildcard matching every crash index. */
  public String wildcard() {
    return prefix + "*";
  }

  private static LocalDate weekStart(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
