package dev.breakwater.signature;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.signature.lists.SignatureListsSource;
import dev.breakwater.signature.rules.DefaultRuleset;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the signature of a processed crash by running an ordered list of rules.
 *
 * <p>A rule that throws adds a note ({@code "<rule>: Rule failed: <error>"}) and generation goes on
 * with the next rule, so a crash always gets a signature. Instances are thread-safe and meant to be
 * shared.
 */
public final class SignatureGenerator {

  private static final Logger LOG = System.getLogger(SignatureGenerator.class.getName());

  private final List<SignatureRule> rules;

  /** The default rules with the signature lists shipped with the processor. */
  public SignatureGenerator() {
    this(SignatureListsSource.included());
  }

  /**
   * The default rules with the signature lists in {@code listsDirectory} (reloaded when they
   * change; files missing there come from the shipped copy).
   */
  public SignatureGenerator(Path listsDirectory) {
    this(SignatureListsSource.reloading(listsDirectory));
  }

  /** The default rules with signature lists from {@code lists}. */
  public SignatureGenerator(SignatureListsSource lists) {
    this(DefaultRuleset.create(lists));
  }

  /** A generator running exactly {@code rules}, in order. */
  public SignatureGenerator(List<SignatureRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<SignatureRule> rules() {
    return rules;
  }

  /** Generates the signature of {@code processedCrash} (read, never modified). */
  public SignatureResult generate(JsonNode processedCrash) {
    CrashData crash = CrashData.of(processedCrash);
    SignatureState state = new SignatureState();
    for (SignatureRule rule : rules) {
      try {
        if (rule.predicate(crash, state)) {
          rule.action(crash, state);
        }
      } catch (RuntimeException | StackOverflowError e) {
        // A regular expression from the lists can recurse deeply on a pathological frame.
        LOG.log(Level.WARNING, "signature rule " + rule.name() + " failed", e);
        state.info(rule.name(), "Rule failed: " + e);
      }
    }
    return state.toResult();
  }
}
