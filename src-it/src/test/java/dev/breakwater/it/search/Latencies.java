package dev.breakwater.it.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one query on one path, in milliseconds. */
final class Latencies {
  private final List<Double> millis = new ArrayList<>();

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  void add(Latencies other, int index) {
    millis.set(index, millis.get(index) + other.millis.get(index));
  }

  /** A copy to which another query's times can be added, sample by sample. */
  Latencies copy() {
    Latencies copy = new Latencies();
    copy.millis.addAll(millis);
    return copy;
  }

  int count() {
    return millis.size();
  }

  /** The nearest-rank percentile, e.g. 95 for p95. */
  double percentile(double p) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
