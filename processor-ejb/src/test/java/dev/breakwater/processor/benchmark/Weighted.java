package dev.breakwater.processor.benchmark;

import java.util.List;
import java.util.Random;

/** A choice among values with relative weights. */
record Weighted<T>(List<T> values, double[] cumulative) {

  @SafeVarargs
  static <T> Weighted<T> of(Choice<T>... choices) {
    double[] cumulative = new double[choices.length];
    double sum = 0;
    for (int i = 0; i < choices.length; i++) {
      sum += choices[i].weight();
      cumulative[i] = sum;
    }
    for (int i = 0; i < choices.length; i++) {
      cumulative[i] /= sum;
    }
    return new Weighted<>(List.of(choices).stream().map(Choice::value).toList(), cumulative);
  }

  static <T> Choice<T> w(double weight, T value) {
    return new Choice<>(weight, value);
  }

  T next(Random random) {
    double x = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }

  record Choice<T>(double weight, T value) {}
}
