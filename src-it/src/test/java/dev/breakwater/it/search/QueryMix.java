package dev.breakwater.it.search;

import static java.util.Map.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The searches people and the UI run most: Super Search's form (a signature contains, a product and
 * version, facets), the product page's histogram, and the two queries of the Top Crashers page
 * (socorro-api.md §7.3) for Firefox 146.0's parent-process crashes over 7 days.
 */
final class QueryMix {
  /** Top Crashers' default number of signatures. */
  static final int TOP_CRASHERS = 50;

  static final String TOP_CRASHERS_CURRENT = "top crashers: current 7 days";
  static final String TOP_CRASHERS_PREVIOUS = "top crashers: previous 7 days";

  private QueryMix() {}

  static List<BenchQuery> queries() {
    return List.of(
        new BenchQuery(
            "signature contains (7 days)",
            false,
            end -> with(BenchQuery.window(end, 7), entry("signature", "~Compositor"))),
        new BenchQuery(
            "product + version (7 days)",
            false,
            end ->
                with(
                    BenchQuery.window(end, 7),
                    entry("product", "Firefox"),
                    entry("version", "146.0"))),
        new BenchQuery(
            "facets signature x platform (7 days)",
            false,
            end ->
                with(
                    BenchQuery.window(end, 7),
                    entry("product", "Firefox"),
                    entry("_aggs.signature", "platform"),
                    entry("_results_number", "0"))),
        new BenchQuery(
            "date histogram by product (30 days)",
            false,
            end ->
                with(
                    BenchQuery.window(end, 30),
                    entry("_histogram.date", "product"),
                    entry("_histogram_interval.date", "1d"),
                    entry("_results_number", "0"))),
        new BenchQuery(TOP_CRASHERS_CURRENT, true, QueryMix::topCrashersCurrent),
        new BenchQuery(TOP_CRASHERS_PREVIOUS, true, QueryMix::topCrashersPrevious));
  }

  /**
   * Socorro's per-signature aggregations, less the fields this registry lacks
   * (is_garbage_collecting, dom_fission_enabled, startup_crash), which SuperSearchUnredacted
   * refuses.
   */
  private static List<Map.Entry<String, String>> topCrashersCurrent(Instant end) {
    List<Map.Entry<String, String>> p = topCrashersFilters(BenchQuery.window(end, 7));
    p.add(entry("_facets_size", String.valueOf(TOP_CRASHERS)));
    p.add(entry("_histogram_interval.uptime", "60"));
    for (String f :
        List.of(
            "platform",
            "process_type",
            "report_type",
            "_histogram.uptime",
            "_cardinality.install_time")) {
      p.add(entry("_aggs.signature", f));
    }
    return p;
  }

  /** The window before, for each signature's rank change: twice as many signatures. */
  private static List<Map.Entry<String, String>> topCrashersPrevious(Instant end) {
    Instant start = end.minus(Duration.ofDays(7));
    List<Map.Entry<String, String>> p =
        topCrashersFilters(BenchQuery.window(start.minus(Duration.ofDays(7)), start));
    p.add(entry("_facets_size", String.valueOf(2 * TOP_CRASHERS)));
    p.add(entry("_aggs.signature", "platform"));
    return p;
  }

  private static List<Map.Entry<String, String>> topCrashersFilters(
      List<Map.Entry<String, String>> window) {
    return with(
        window,
        entry("product", "Firefox"),
        entry("version", "146.0"),
        entry("process_type", "parent"),
        entry("_results_number", "0"));
  }

  @SafeVarargs
  private static List<Map.Entry<String, String>> with(
      List<Map.Entry<String, String>> window, Map.Entry<String, String>... more) {
    List<Map.Entry<String, String>> all = new ArrayList<>(window);
    all.addAll(List.of(more));
    return all;
  }
}
