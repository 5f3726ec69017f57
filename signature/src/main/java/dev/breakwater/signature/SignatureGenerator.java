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
 * <p>A rule that throws adds a note ({@code "<rule>: Rule failed"}) and generation goes on with the
 * next rule, so a crash always gets a signature. Notes are public, so the exception, whose message
 * may quote crash data, goes only to the log, with the crash ID. Instances are thread-safe and
 * meant to be shared.
 */
public final class SignatureGenerator {

  private static final Logger LOG = System.getLogger(SignatureGenerator.class.getName());

  /** The fixed note of a rule that threw. */
  public static final String RULE_FAILED = "Rule failed";

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
        LOG.log(
            Level.WARNING,
            "signature rule " + rule.name() + " failed for crash " + crashId(processedCrash),
            e);
        state.info(rule.name(), RULE_FAILED);
      }
    }
    return state.toResult();
  }

  private static String crashId(JsonNode crash) {
    JsonNode id = crash.path("uuid");
    return id.isTextual() ? id.textValue() : crash.path("crash_id").asText("(unknown)");
  }
}
