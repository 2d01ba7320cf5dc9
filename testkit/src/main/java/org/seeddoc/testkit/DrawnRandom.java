package org.seeddoc.testkit;

import java.util.Random;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link Random} whose every answer is one draw from a QuickTheories source, so that a
 * rendering's style choices shrink with the rest of a counterexample and, under a fuzzer, are
 * steered by its input like any other choice.
 */
final class DrawnRandom extends Random {
  private static final long serialVersionUID = 1L;

  private final transient RandomnessSource in;

  DrawnRandom(RandomnessSource in) {
    super(0);
    this.in = in;
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) in.next(Constraint.between(0, bound - 1));
  }

  @Override
  public boolean nextBoolean() {
    return in.next(Constraint.between(0, 1)) == 1;
  }

  @Override
  protected int next(int bits) {
    return (int) in.next(Constraint.between(0, (1L << bits) - 1));
  }
}
