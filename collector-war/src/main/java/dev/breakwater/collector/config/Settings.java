package dev.breakwater.collector.config;

import dev.breakwater.collector.throttle.InvalidThrottleRulesException;
import dev.breakwater.collector.throttle.ThrottleRulesFile;
import dev.breakwater.collector.throttle.Throttler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/** Turns configuration values into settings objects, failing with the key at fault. */
final class Settings {

  /** Classpath location of the default throttle rules (from {@code config/throttle/}). */
  static final String DEFAULT_RULES = "/throttle-rules.yaml";

  private Settings() {}

  /** The publisher's Artemis URL from the shared broker address and the collector's options. */
  static String brokerUrl(Config config) {
    String options =
        config.getOptionalValue(ConfigKeys.BROKER_CLIENT_OPTIONS, String.class).orElse("");
    return "tcp://"
        + config.getValue(ConfigKeys.BROKER_HOST, String.class)
        + ":"
        + config.getValue(ConfigKeys.BROKER_PORT, Integer.class)
        + (options.isEmpty() ? "" : "?" + options);
  }

  static Throttler throttler(Config config, Clock clock) {
    var file = config.getOptionalValue(ConfigKeys.THROTTLE_RULES_FILE, String.class);
    if (file.isPresent()) {
      Path path = Path.of(file.get());
      try (InputStream in = Files.newInputStream(path)) {
        return ThrottleRulesFile.read(in, path.toString(), clock);
      } catch (IOException e) {
        throw new InvalidThrottleRulesException(
            ConfigKeys.THROTTLE_RULES_FILE + "=" + path + ": cannot be read: " + e.getMessage(), e);
      }
    }
    try (InputStream in = Settings.class.getResourceAsStream(DEFAULT_RULES)) {
      if (in == null) {
        throw new InvalidThrottleRulesException("default rules " + DEFAULT_RULES + " missing");
      }
      return ThrottleRulesFile.read(in, "built-in " + DEFAULT_RULES, clock);
    } catch (IOException e) {
      throw new InvalidThrottleRulesException("default rules unreadable", e);
    }
  }
}
