package dev.breakwater.it.search;

import java.util.List;
import java.util.Map;

/** The benchmark's printed figures: per query, then against the targets. */
final class ResultTable {
  /** Super Search p95 target on a 2-core machine (ms). */
  static final double SEARCH_P95_TARGET = 300;

  /** Top Crashers' two queries together (ms). */
  static final double TOP_CRASHERS_TARGET = 1000;

  /** Most the API may add to the direct Elasticsearch query. */
  static final double OVERHEAD_TARGET = 0.15;

  private ResultTable() {}

  static void print(
      List<BenchQuery> queries,
      Map<String, Latencies> api,
      Map<String, Latencies> direct,
      Map<String, Long> totals) {
    System.out.printf(
        "%n%-38s %9s | %-23s | %-23s | %-13s%n",
        "", "", "API (ms)", "Elasticsearch (ms)", "API / ES");
    System.out.printf(
        "%-38s %9s | %7s %7s %7s | %7s %7s %7s | %6s %6s%n",
        "query", "crashes", "p50", "p95", "p99", "p50", "p95", "p99", "p50", "p95");
    double worstSearchP95 = 0;
    double worstOverhead = 0;
    for (BenchQuery query : queries) {
      Latencies a = api.get(query.name());
      Latencies e = direct.get(query.name());
      row(query.name(), totals.get(query.name()), a, e);
      if (!query.unredacted()) {
        worstSearchP95 = Math.max(worstSearchP95, a.percentile(95));
      }
      worstOverhead = Math.max(worstOverhead, a.percentile(50) / e.percentile(50) - 1);
    }
    Latencies pairApi = api.get(QueryMix.TOP_CRASHERS_CURRENT).copy();
    Latencies pairEs = direct.get(QueryMix.TOP_CRASHERS_CURRENT).copy();
    for (int i = 0; i < pairApi.count(); i++) {
      pairApi.add(api.get(QueryMix.TOP_CRASHERS_PREVIOUS), i);
      pairEs.add(direct.get(QueryMix.TOP_CRASHERS_PREVIOUS), i);
    }
    row("top crashers: the pair", null, pairApi, pairEs);
    System.out.printf("%n%d measured rounds per query.%n", api.values().iterator().next().count());
    target("Super Search p95, slowest query", worstSearchP95, "ms", SEARCH_P95_TARGET);
    target("Top Crashers pair p95", pairApi.percentile(95), "ms", TOP_CRASHERS_TARGET);
    target("API overhead at p50, worst query", worstOverhead * 100, "%", OVERHEAD_TARGET * 100);
  }

  private static void row(String name, Long total, Latencies a, Latencies e) {
    System.out.printf(
        "%-38s %9s | %7.1f %7.1f %7.1f | %7.1f %7.1f %7.1f | %6.2f %6.2f%n",
        name,
        total == null ? "" : String.format("%,d", total),
        a.percentile(50),
        a.percentile(95),
        a.percentile(99),
        e.percentile(50),
        e.percentile(95),
        e.percentile(99),
        a.percentile(50) / e.percentile(50),
        a.percentile(95) / e.percentile(95));
  }

  private static void target(String what, double value, String unit, double limit) {
    System.out.printf(
        "%-34s %8.1f %-2s (target <= %.0f %s): %s%n",
        what, value, unit, limit, unit, value <= limit ? "met" : "MISSED");
  }
}
