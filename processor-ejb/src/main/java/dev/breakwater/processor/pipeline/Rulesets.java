package dev.breakwater.processor.pipeline;

import dev.breakwater.common.queue.RulesetNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rulesets a processor knows, by name. */
public final class Rulesets {
  /** Full processing: everything from the raw crash and dumps. */
  public static final String DEFAULT = RulesetNames.DEFAULT;

  /** Only signature generation, on the previous processed crash. */
  public static final String REGENERATE_SIGNATURE = RulesetNames.REGENERATE_SIGNATURE;

  private final Map<String, Ruleset> byName = new LinkedHashMap<>();

  public Rulesets(Ruleset... rulesets) {
    for (Ruleset ruleset : rulesets) {
      if (byName.put(ruleset.name(), ruleset) != null) {
        throw new IllegalArgumentException("duplicate ruleset " + ruleset.name());
      }
    }
  }

  public Optional<Ruleset> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> names() {
    return byName.keySet();
  }
}
