package dev.breakwater.it.search;

import dev.breakwater.it.Stack;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark of Super Search over the loaded corpus (not a test): each query of {@link QueryMix}
 * through the webapp's API and, in the same round, straight to Elasticsearch with the body the API
 * builds for it; prints p50/p95/p99 of both and the API's overhead. Run with {@code
 * bin/benchmark-api}, which loads the corpus first.
 *
 * <p>Every round moves the date window one second back, so that neither path is answered from
 * Elasticsearch's request cache (which keys on the exact body) and every search does its work. The
 * order of the two paths alternates between rounds.
 *
 * <p>Arguments: {@code [rounds] [warm-up rounds] [API token with view_pii]}.
 */
public final class SuperSearchBenchmark {
  private final SearchPaths paths;
  private final List<BenchQuery> queries = QueryMix.queries();
  private final Map<String, Latencies> api = new LinkedHashMap<>();
  private final Map<String, Latencies> direct = new LinkedHashMap<>();
  private final Map<String, Long> totals = new LinkedHashMap<>();

  private SuperSearchBenchmark(SearchPaths paths) {
    this.paths = paths;
    for (BenchQuery query : queries) {
      api.put(query.name(), new Latencies());
      direct.put(query.name(), new Latencies());
    }
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String token = args.length > 2 ? args[2] : System.getenv("BREAKWATER_BENCH_TOKEN");
    SearchPaths paths =
        new SearchPaths(Stack.get("webapp.url"), Stack.get("elasticsearch.url"), token);
    new SuperSearchBenchmark(paths).run(rounds, warmup);
  }

  private void run(int rounds, int warmup) throws Exception {
    Instant end = paths.newestCrash().plusSeconds(1);
    System.out.printf(
        "%d queries, %d warm-up rounds, then %d measured rounds; windows end at %s%n",
        queries.size(), warmup, rounds, end);
    for (int round = -warmup; round < rounds; round++) {
      Instant roundEnd = end.minusSeconds(round + warmup);
      for (int q = 0; q < queries.size(); q++) {
        measure(queries.get(q), roundEnd, round >= 0, (round + q) % 2 == 0);
      }
      if (round == -1) {
        System.out.println("warm-up done");
      }
    }
    ResultTable.print(queries, api, direct, totals);
  }

  private void measure(BenchQuery query, Instant end, boolean record, boolean apiFirst)
      throws Exception {
    SearchPaths.Prepared prepared = paths.prepare(query, end);
    List<Runnable> order = new ArrayList<>();
    long[] nanos = new long[2];
    String[] answers = new String[2];
    order.add(() -> answers[0] = timed(prepared.api(), query.name(), nanos, 0));
    order.add(() -> answers[1] = timed(prepared.direct(), query.name(), nanos, 1));
    if (!apiFirst) {
      java.util.Collections.reverse(order);
    }
    order.forEach(Runnable::run);
    if (!totals.containsKey(query.name())) {
      long viaApi = SearchPaths.total(answers[0], false);
      long viaEs = SearchPaths.total(answers[1], true);
      if (viaApi != viaEs) {
        throw new IllegalStateException(
            query.name() + ": the API counts " + viaApi + " crashes, Elasticsearch " + viaEs);
      }
      totals.put(query.name(), viaApi);
    }
    if (record) {
      api.get(query.name()).add(nanos[0]);
      direct.get(query.name()).add(nanos[1]);
    }
  }

  private String timed(HttpRequest request, String name, long[] nanos, int slot) {
    try {
      long started = System.nanoTime();
      String body = paths.send(request, name);
      nanos[slot] = System.nanoTime() - started;
      return body;
    } catch (Exception e) {
      throw new IllegalStateException(name + ": " + e.getMessage(), e);
    }
  }
}
