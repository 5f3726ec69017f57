package dev.breakwater.webapp.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Query strings of the pages' links: repeated keys for lists, as the API reads them. */
public final class QueryString {
  private QueryString() {}

  /** {@code a=1&a=2&b=x%20y}; empty for no parameters. */
  public static String of(Map<String, List<String>> parameters) {
    StringJoiner query = new StringJoiner("&");
    parameters.forEach(
        (key, values) ->
            values.forEach(
                value ->
                    query.add(
                        URLEncoder.encode(key, StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8))));
    return query.toString();
  }

  /** A path with the query string, or the bare path when there are no parameters. */
  public static String link(String path, Map<String, List<String>> parameters) {
    String query = of(parameters);
    return query.isEmpty() ? path : path + "?" + query;
  }

  /**
   * A copy of {@code parameters} whose values of {@code key} are {@code values} (none: removed).
   */
  public static Map<String, List<String>> with(
      Map<String, List<String>> parameters, String key, List<String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(parameters);
    if (values.isEmpty()) {
      copy.remove(key);
    } else {
      copy.put(key, List.copyOf(values));
    }
    return copy;
  }
}
