package dev.breakwater.processor.pipeline;

import java.util.List;

/**
 * A named, ordered list of rules. Order matters: later rules read what earlier ones wrote.
 *
 * @param name what a queue message names after the crash ID ({@code <crash id>:<ruleset>})
 */
public record Ruleset(String name, List<ProcessingRule> rules) {
  public Ruleset {
    rules = List.copyOf(rules);
  }
}
