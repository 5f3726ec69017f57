package dev.breakwater.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One line of the job table: a job's schedule and lease (Socorro's {@code JOBS} entries).
 *
 * <p>A job's slots are the times {@code anchor + k * frequency}, where the anchor is 1970-01-01 at
 * the job's time of day (UTC), or midnight without one: {@code 1h} runs on the hour, {@code 1d} at
 * {@code 04:00} runs daily at 04:00 UTC, {@code 7d} runs every seventh day (a Thursday, as
 * 1970-01-01 was). Slots do not depend on when an instance started, so every instance agrees.
 *
 * @param name the job's name in {@code job_lock}, logs, the admin pages and JMX
 * @param frequency time between two slots
 * @param time time of day (UTC) the slots fall on, if the job has one
 * @param backfill whether a missed slot is run later (once per slot, oldest first) rather than
 *     skipped
 * @param lease how long one run may hold the job: after that another instance takes it over, its
 *     holder presumed dead; longer than the longest run
 * @param enabled whether this application runs the job at all
 */
public record JobSpec(
    String name,
    Duration frequency,
    Optional<LocalTime> time,
    boolean backfill,
    Duration lease,
    boolean enabled) {

  public JobSpec {
    if (frequency.isNegative() || frequency.isZero()) {
      throw new IllegalArgumentException(name + ": the frequency must be positive");
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException(name + ": the lease must be positive");
    }
  }

  /** The latest slot at or before {@code when}. */
  public Instant slotAtOrBefore(Instant when) {
    long anchor = anchor().toEpochMilli();
    long every = frequency.toMillis();
    long slots = Math.floorDiv(when.toEpochMilli() - anchor, every);
    return Instant.ofEpochMilli(anchor + slots * every);
  }

  /** The first slot after {@code when}. */
  public Instant slotAfter(Instant when) {
    return slotAtOrBefore(when).plus(frequency);
  }

  private Instant anchor() {
    return time.map(t -> t.atDate(java.time.LocalDate.EPOCH).toInstant(ZoneOffset.UTC))
        .orElse(Instant.EPOCH);
  }
}
