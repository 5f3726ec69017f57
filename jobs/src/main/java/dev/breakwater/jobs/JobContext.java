package dev.breakwater.jobs;

import java.time.Instant;

/**
 * What a job run is for.
 *
 * @param spec the job's line of the table, with its configured schedule
 * @param slot the scheduled time this run is for; a backfilling job catching up gets each missed
 *     slot in turn
 * @param now when the run started (database time)
 */
public record JobContext(JobSpec spec, Instant slot, Instant now) {

  /** The slot before this one: with {@link #slot()}, the period this run covers. */
  public Instant previousSlot() {
    return slot.minus(spec.frequency());
  }
}
