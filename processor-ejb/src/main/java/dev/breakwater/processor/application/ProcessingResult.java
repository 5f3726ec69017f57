package dev.breakwater.processor.application;

import dev.breakwater.processor.search.IndexedCrash;
import java.time.Duration;

/**
 * What processing one crash produced, and where the time went.
 *
 * @param ruleset the ruleset that ran (a regenerate_signature request for a crash that was never
 *     processed runs the default one)
 * @param fetchTime reading the raw crash, the earlier processed crash and the dumps
 * @param pipelineTime running the rules, stack walking included
 * @param saveTime writing the processed crash to storage
 * @param indexTime indexing it for search
 */
public record ProcessingResult(
    String crashId,
    String ruleset,
    String signature,
    IndexedCrash indexed,
    Duration fetchTime,
    Duration pipelineTime,
    Duration saveTime,
    Duration indexTime) {}
