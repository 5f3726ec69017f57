package dev.breakwater.processor.application;

import dev.breakwater.processor.search.IndexedCrash;
import java.time.Duration;

/**
 * What processing one crash produced.
 *
 * @param ruleset the ruleset that ran (a regenerate_signature request for a crash that was never
 *     processed runs the default one)
 * @param pipelineTime time spent in the rules, stack walking included
 */
public record ProcessingResult(
    String crashId,
    String ruleset,
    String signature,
    IndexedCrash indexed,
    Duration pipelineTime) {}
