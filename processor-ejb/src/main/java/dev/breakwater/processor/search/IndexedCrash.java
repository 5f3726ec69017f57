package dev.breakwater.processor.search;

/**
 * Where a crash was indexed.
 *
 * @param index the weekly index
 * @param removedFields fields dropped because they could not be indexed, space-separated
 * @param truncatedFields fields shortened to fit, space-separated
 */
public record IndexedCrash(String index, String removedFields, String truncatedFields) {}
