package dev.breakwater.webapp.auth;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** MicroProfile Config over a map, for tests of code that reads configuration. */
public final class MapConfig implements Config {
  private final Map<String, String> values;

  public MapConfig(Map<String, String> values) {
    this.values = values;
  }

  @Override
  public <T> T getValue(String name, Class<T> type) {
    return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
  }

  @Override
  public ConfigValue getConfigValue(String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    String value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    Object converted;
    if (type == String.class) {
      converted = value;
    } else if (type == Integer.class) {
      converted = Integer.valueOf(value.strip());
    } else if (type == Boolean.class) {
      converted = Boolean.valueOf(value.strip());
    } else {
      throw new UnsupportedOperationException(type.getName());
    }
    return Optional.of(type.cast(converted));
  }

  @Override
  public Iterable<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    return List.of();
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new UnsupportedOperationException();
  }
}
