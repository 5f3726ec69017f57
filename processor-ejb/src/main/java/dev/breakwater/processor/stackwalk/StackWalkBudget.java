package dev.breakwater.processor.stackwalk;

import java.time.Duration;

/**
 * Limits for walking one minidump, so a hostile or huge dump cannot stall or exhaust the processor.
 *
 * @param time wall time for the walk, symbol loading included
 * @param memoryBytes memory the walk may use for the dump and its symbols
 */
public record StackWalkBudget(Duration time, long memoryBytes) {}
