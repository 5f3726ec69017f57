package dev.breakwater.webapp.ui.topcrashers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.webapp.ui.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Top Crashers' arithmetic (../shared/socorro-api.md §7.3) from two Super Search answers, the
 * period's and the previous period's of the same length: rank change is the previous rank minus the
 * rank, shares are of all crashes of the period (not only of the listed ones), and a signature
 * absent from the previous top is "new".
 */
final class Ranking {
  private Ranking() {}

  static List<TopCrasher> of(JsonNode current, JsonNode previous) {
    long total = current.path("total").asLong();
    long previousTotal = previous == null ? 0 : previous.path("total").asLong();
    Map<String, Integer> previousRank = new HashMap<>();
    Map<String, Long> previousCount = new HashMap<>();
    if (previous != null) {
      int rank = 1;
      for (JsonNode bucket : previous.path("facets").path("signature")) {
        previousRank.put(bucket.path("term").asText(), rank++);
        previousCount.put(bucket.path("term").asText(), bucket.path("count").asLong());
      }
    }
    List<TopCrasher> rows = new ArrayList<>();
    int rank = 1;
    for (JsonNode bucket : current.path("facets").path("signature")) {
      String signature = Formats.text(bucket.path("term"));
      long count = bucket.path("count").asLong();
      double share = total == 0 ? 0 : (double) count / total;
      Integer before = previousRank.get(signature);
      Double change =
          before == null || previousTotal == 0
              ? null
              : share - (double) previousCount.get(signature) / previousTotal;
      rows.add(
          new TopCrasher(
              rank,
              before == null ? 0 : before - rank,
              signature,
              count,
              share,
              change,
              platforms(bucket.path("facets").path("platform")),
              bucket.path("facets").path("cardinality_install_time").path("value").asLong()));
      rank++;
    }
    return rows;
  }

  private static String platforms(JsonNode buckets) {
    StringJoiner text = new StringJoiner(", ");
    buckets.forEach(
        b ->
            text.add(
                Formats.text(b.path("term"))
                    + " "
                    + String.format(java.util.Locale.US, "%,d", b.path("count").asLong())));
    return text.toString();
  }
}
