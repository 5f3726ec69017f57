package dev.breakwater.processor.benchmark;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0..n-1 with probability proportional to {@code 1/(rank+1)^exponent}: the shape of
 * crash signatures, where a handful of signatures carry a large share of all crashes and tens of
 * thousands share the long tail.
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < n; rank++) {
      cumulative[rank] /= sum;
    }
  }

  int next(Random random) {
    int found = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = found >= 0 ? found : -found - 1;
    return Math.min(rank, cumulative.length - 1);
  }

  /** The share of all draws that ranks below {@code top} take. */
  double shareOfTop(int top) {
    return cumulative[Math.min(top, cumulative.length) - 1];
  }
}
