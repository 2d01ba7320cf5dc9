package org.seeddoc.testkit;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories set-up of seeddoc's own properties. {@code -Dseeddoc.examples=N} raises the
 * number of examples for a long run; {@code -Dseeddoc.seed=S} replays the seed a failure printed.
 */
final class Theories {
  private static final int DEFAULT_EXAMPLES = 300;

  private Theories() {}

  static QuickTheory qt() {
    QuickTheory theory =
        QuickTheory.qt().withExamples(Integer.getInteger("seeddoc.examples", DEFAULT_EXAMPLES));
    String seed = System.getProperty("seeddoc.seed");
    return seed == null ? theory : theory.withFixedSeed(Long.parseLong(seed));
  }
}
