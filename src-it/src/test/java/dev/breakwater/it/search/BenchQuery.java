package dev.breakwater.it.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One query of the benchmark's mix: its Super Search parameters for a date window ending at a given
 * time, and the endpoint it is sent to.
 *
 * @param unredacted sent to SuperSearchUnredacted (with a {@code view_pii} token)
 */
record BenchQuery(
    String name,
    boolean unredacted,
    Function<Instant, List<Map.Entry<String, String>>> parameters) {

  String path() {
    return unredacted ? "/api/SuperSearchUnredacted/" : "/api/SuperSearch/";
  }

  /** The query string for the window ending at {@code end}, plus {@code extra} parameters. */
  String queryString(Instant end, List<Map.Entry<String, String>> extra) {
    List<Map.Entry<String, String>> all = new ArrayList<>(parameters.apply(end));
    all.addAll(extra);
    return all.stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** {@code date=>=<end - days>} and {@code date=<<end>}, as the UI sends a window. */
  static List<Map.Entry<String, String>> window(Instant end, int days) {
    return window(end.minus(Duration.ofDays(days)), end);
  }

  static List<Map.Entry<String, String>> window(Instant start, Instant end) {
    return List.of(
        Map.entry("date", ">=" + start.truncatedTo(ChronoUnit.SECONDS)),
        Map.entry("date", "<" + end.truncatedTo(ChronoUnit.SECONDS)));
  }
}
