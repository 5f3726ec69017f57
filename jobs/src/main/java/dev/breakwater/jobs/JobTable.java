package dev.breakwater.jobs;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Every scheduled job of the application, with its default schedule (Socorro's {@code
 * crashstats/cron/__init__.py} {@code JOBS}). Times are UTC. Each value can be overridden in
 * configuration under {@code breakwater.jobs.<name>.frequency}, {@code .time} ({@code HH:MM}, or
 * {@code none}), {@code .lease} and {@code .enabled}; {@code
 * META-INF/microprofile-config.properties} of this module repeats these defaults with their
 * descriptions (a test keeps the two equal).
 */
public final class JobTable {

  /** The declared jobs, before configuration. */
  public static final List<JobSpec> DECLARED =
      List.of(
          // Finds raw crashes without a processed crash or search document and queues them again.
          job("verifyprocessed", "1d", "04:00", true, "2h"),
          // First date and build of each signature, from the crashes indexed since the last slot.
          job("updatesignatures", "1h", null, true, "30m"),
          // Weekly crash indices: drops those past retention, creates next week's ahead of time.
          job("esclean", "7d", "06:00", false, "30m"),
          // Products, versions, channels and builds seen, from search aggregations.
          job("products", "1h", null, false, "30m"),
          // Trims the run log.
          job("cleanse_joblog", "7d", "05:00", false, "30m"));

  private JobTable() {}

  private static JobSpec job(
      String name, String frequency, String time, boolean backfill, String lease) {
    return new JobSpec(
        name,
        Durations.parse(frequency),
        Optional.ofNullable(time).map(LocalTime::parse),
        backfill,
        Durations.parse(lease),
        true);
  }

  /**
   * The declared jobs with the configuration's overrides.
   *
   * @throws IllegalStateException naming the key when a value is invalid
   */
  public static List<JobSpec> configured(Config config) {
    return DECLARED.stream()
        .map(spec -> configured(spec, key -> config.getOptionalValue(key, String.class)))
        .toList();
  }

  /** {@code spec} with the overrides {@code setting} gives for its keys. */
  static JobSpec configured(JobSpec spec, Function<String, Optional<String>> setting) {
    String prefix = "breakwater.jobs." + spec.name() + ".";
    try {
      return new JobSpec(
          spec.name(),
          setting.apply(prefix + "frequency").map(Durations::parse).orElse(spec.frequency()),
          setting.apply(prefix + "time").map(JobTable::timeOfDay).orElse(spec.time()),
          spec.backfill(),
          setting.apply(prefix + "lease").map(Durations::parse).orElse(spec.lease()),
          setting.apply(prefix + "enabled").map(JobTable::bool).orElse(spec.enabled()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalStateException(
          "invalid schedule of job " + spec.name() + " (" + prefix + "*): " + e.getMessage(), e);
    }
  }

  private static boolean bool(String value) {
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("'" + value + "' is neither true nor false");
    };
  }

  private static Optional<LocalTime> timeOfDay(String value) {
    return value.isBlank() || value.trim().equals("none")
        ? Optional.empty()
        : Optional.of(LocalTime.parse(value.trim()));
  }
}
