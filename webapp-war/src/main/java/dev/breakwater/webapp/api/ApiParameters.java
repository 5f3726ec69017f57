package dev.breakwater.webapp.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one API request as Socorro's forms see them: repeated keys make a list (a comma
 * is not a separator), unknown keys are ignored by whoever does not ask for them, and a NUL
 * character anywhere is refused before any endpoint sees it.
 */
public final class ApiParameters {
  /** Django's message for a NUL character in a form value. */
  static final String NUL = "Null characters are not allowed.";

  private final MultivaluedMap<String, String> values;

  private ApiParameters(MultivaluedMap<String, String> values) {
    this.values = values;
  }

  /**
   * @throws FormErrorException when a key or value holds a NUL character
   */
  public static ApiParameters of(MultivaluedMap<String, String> values) {
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      boolean nul = entry.getKey().indexOf('\0') >= 0;
      for (String value : entry.getValue()) {
        nul |= value != null && value.indexOf('\0') >= 0;
      }
      if (nul) {
        throw FormErrorException.of(entry.getKey().replace("\0", ""), NUL);
      }
    }
    return new ApiParameters(values);
  }

  /** Every value of {@code name}, in the order sent; empty when absent. */
  public List<String> all(String name) {
    List<String> all = values.get(name);
    return all == null ? List.of() : all;
  }

  /** The last value of {@code name} (Django's {@code QueryDict.get}), if sent and not empty. */
  public Optional<String> single(String name) {
    List<String> all = all(name);
    return all.isEmpty() || all.get(all.size() - 1).isEmpty()
        ? Optional.empty()
        : Optional.of(all.get(all.size() - 1));
  }

  /**
   * @throws FormErrorException when {@code name} is absent or empty
   */
  public String required(String name) {
    return single(name).orElseThrow(() -> FormErrorException.of(name, FormErrorException.REQUIRED));
  }

  /** The keys sent. */
  public java.util.Set<String> names() {
    return values.keySet();
  }
}
