package dev.breakwater.collector.throttle;

import java.util.function.DoubleSupplier;

/** The result part of a throttle rule: fixed, or a sampled choice between two results. */
public sealed interface RuleResult {

  /** The result for one crash; {@code random} yields uniform values in [0, 1). */
  ThrottleResult pick(DoubleSupplier random);

  /** The percentage reported with the decision. */
  double percentage();

  /** Always the same result. */
  record Fixed(ThrottleResult result) implements RuleResult {
    @Override
    public ThrottleResult pick(DoubleSupplier random) {
      return result;
    }

    @Override
    public double percentage() {
      return 100;
    }
  }

  /**
   * {@code matched} for {@code percent}% of crashes, {@code otherwise} for the rest. As in Antenna,
   * a draw of exactly {@code percent} counts as matched.
   */
  record Sampled(double percent, ThrottleResult matched, ThrottleResult otherwise)
      implements RuleResult {

    public Sampled {
      if (!(percent >= 0 && percent <= 100)) {
        throw new IllegalArgumentException("sample must be between 0 and 100: " + percent);
      }
    }

    @Override
    public ThrottleResult pick(DoubleSupplier random) {
      return random.getAsDouble() * 100.0 <= percent ? matched : otherwise;
    }

    @Override
    public double percentage() {
      return percent;
    }
  }
}
