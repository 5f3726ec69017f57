package dev.breakwater.common.queue;

import dev.breakwater.common.crash.CrashId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of a crash queue message: the crash ID, optionally followed by {@code :<ruleset>} to ask
 * for a particular processing rule set.
 *
 * @param crashId a valid crash ID
 * @param ruleset the rule set name, if any
 */
public record QueueMessage(String crashId, Optional<String> ruleset) {

  private static final Pattern RULESET = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  public QueueMessage {
    if (!CrashId.isValid(crashId)) {
      throw new IllegalArgumentException("not a crash ID: " + crashId);
    }
    ruleset.ifPresent(
        name -> {
          if (!RULESET.matcher(name).matches()) {
            throw new IllegalArgumentException("not a rule set name: " + name);
          }
        });
  }

  /** A message for the default rule set. */
  public static QueueMessage of(String crashId) {
    return new QueueMessage(crashId, Optional.empty());
  }

  /**
   * Parses a message body; surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException if the body is not {@code <crash id>[:<ruleset>]}
   */
  public static QueueMessage parse(String body) {
    if (body == null) {
      throw new IllegalArgumentException("empty message body");
    }
    String trimmed = body.strip();
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      return of(trimmed);
    }
    return new QueueMessage(trimmed.substring(0, colon), Optional.of(trimmed.substring(colon + 1)));
  }

  /** The message body. */
  public String body() {
    return ruleset.map(r -> crashId + ":" + r).orElse(crashId);
  }
}
