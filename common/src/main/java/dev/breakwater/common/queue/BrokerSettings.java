package dev.breakwater.common.queue;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The broker address and credentials of the components that connect with their own Artemis client
 * (the collector, the webapp's publisher) rather than through the resource adapter, which reads the
 * same keys from the instance's configuration. Defaults are in this module's {@code
 * microprofile-config.properties}.
 */
public record BrokerSettings(
    String host, int port, Optional<String> user, Optional<String> password) {

  public static final String HOST = "breakwater.broker.host";
  public static final String PORT = "breakwater.broker.port";
  public static final String USER = "breakwater.broker.user";
  public static final String PASSWORD = "breakwater.broker.password";

  public static BrokerSettings from(Config config) {
    return new BrokerSettings(
        config.getValue(HOST, String.class),
        config.getValue(PORT, Integer.class),
        config.getOptionalValue(USER, String.class),
        config.getOptionalValue(PASSWORD, String.class));
  }

  /** The Artemis client URL, with client options ({@code key=value&...}) if any. */
  public String url(String options) {
    return "tcp://" + host + ":" + port + (options.isEmpty() ? "" : "?" + options);
  }
}
