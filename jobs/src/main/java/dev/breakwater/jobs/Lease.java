package dev.breakwater.jobs;

import java.time.Instant;

/**
 * An instance's hold on one run of a job, from {@link JobLeases#acquire}.
 *
 * @param job the job's name
 * @param instance the holder
 * @param slot the scheduled time this run is for
 * @param nextDue the slot to run next if this run succeeds
 * @param started when the lease was taken (database time)
 */
public record Lease(String job, String instance, Instant slot, Instant nextDue, Instant started) {}
