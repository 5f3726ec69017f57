package dev.breakwater.common.queue;

import java.util.Set;

/**
 * The processing rulesets a queue message may name ({@code <crash id>:<ruleset>}): the processor
 * implements them, the webapp's Reprocessing endpoint accepts only these (Socorro's {@code
 * VALID_RULESETS}).
 */
public final class RulesetNames {
  /** Full processing: everything from the raw crash and dumps. */
  public static final String DEFAULT = "default";

  /** Only signature generation, on the previous processed crash. */
  public static final String REGENERATE_SIGNATURE = "regenerate_signature";

  /** Every ruleset name. */
  public static final Set<String> ALL = Set.of(DEFAULT, REGENERATE_SIGNATURE);

  private RulesetNames() {}
}
