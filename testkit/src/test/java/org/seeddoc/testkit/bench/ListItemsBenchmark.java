package org.seeddoc.testkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedReader;
import org.seeddoc.testkit.SeedFixtures;
import org.seeddoc.validation.SeedValidator;

/**
 * Validation of one document with a long list, for the time per KB to stay flat from 1,000 to
 * 100,000 items: {@code identical} items are all {@code - ""} (each a blank-topic error and a
 * duplicate-topic warning, of which the first 100 of each rule are kept), {@code distinct} items
 * all different valid topics. Hibernate Validator's violation set made the first kind quadratic.
 * See docs/performance.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class ListItemsBenchmark {
  @Param({"1000", "10000", "100000"})
  public int items;

  @Param({"identical", "distinct"})
  public String kind;

  private final SeedValidator validator = SeedValidator.create();
  private ParseResult parsed;

  @Setup(Level.Trial)
  public void parse() {
    StringBuilder topics = new StringBuilder("topics:\n");
    for (int i = 0; i < items; i++) {
      // Distinct topics of four base-36 digits: 100,000 of them still fit the reader's 1 MiB.
      topics.append(
          kind.equals("identical") ? "  - \"\"\n" : "  - t" + pad(Integer.toString(i, 36)) + "\n");
    }
    String text =
        SeedFixtures.text("004_04cd3372321c0f9e.txt")
            .replace("topics:\n  - AI\n", topics.toString());
    System.out.printf("%n%s %d items: %.1f KB%n", kind, items, text.length() / 1024.0);
    parsed = SeedReader.create().parse(text, "bench");
  }

  private static String pad(String digits) {
    return "0".repeat(4 - digits.length()) + digits;
  }

  @Benchmark
  public Object validate() {
    return validator.validate(parsed);
  }
}
