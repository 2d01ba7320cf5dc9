package org.seeddoc.testkit.fuzz;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.LongBinaryOperator;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A QuickTheories source of randomness whose every draw is a choice made by the fuzzer: a draw
 * between {@code min} and {@code max} is {@code choose.applyAsLong(min, max)}. Any QuickTheories
 * generator driven by it is then steered by the fuzzer's bytes, draw by draw.
 *
 * <p>QuickTheories 0.26 (its last release) keeps a {@link Constraint}'s bounds package-private;
 * they are read through a private lookup, which an automatic module (as QuickTheories is on the
 * module path) and the class path both allow.
 */
final class DrawnRandomness implements DetatchedRandomnessSource {
  /** More failed assumptions than any generator of the testkit makes: the input is used up. */
  private static final int MAX_FAILED_ASSUMPTIONS = 100;

  private static final MethodHandle MIN = bound("min");
  private static final MethodHandle MAX = bound("max");

  private final LongBinaryOperator choose;
  private int failedAssumptions;

  DrawnRandomness(LongBinaryOperator choose) {
    this.choose = choose;
  }

  @Override
  public long next(Constraint constraint) {
    long min;
    long max;
    try {
      min = (long) MIN.invokeExact(constraint);
      max = (long) MAX.invokeExact(constraint);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read a QuickTheories constraint", e);
    }
    long value = choose.applyAsLong(min, max);
    if (value < min || value > max) {
      throw new IllegalStateException(
          "the choice " + value + " is outside [" + min + ", " + max + "]");
    }
    return value;
  }

  @Override
  public DetatchedRandomnessSource detach() {
    return this;
  }

  @Override
  public void commit() {}

  @Override
  public void registerFailedAssumption() {
    if (++failedAssumptions > MAX_FAILED_ASSUMPTIONS) {
      throw new IllegalStateException("a generator's assumption failed on every draw");
    }
  }

  private static MethodHandle bound(String name) {
    try {
      return MethodHandles.privateLookupIn(Constraint.class, MethodHandles.lookup())
          .findVirtual(Constraint.class, name, MethodType.methodType(long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
