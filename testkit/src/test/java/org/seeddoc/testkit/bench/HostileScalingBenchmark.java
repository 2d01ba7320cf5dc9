package org.seeddoc.testkit.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedReader;
import org.seeddoc.cli.Main;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.testkit.SeedFixtures;
import org.seeddoc.validation.SeedValidator;

/**
 * How the inputs of the third hardening round scale (docs/performance.md, "Hostile input"): a file
 * of {@code size} suppressed topics validated; {@code check --baseline} with a baseline of {@code
 * size} entries; and the worst glob seeddoc takes (three stars in a part) against names of {@code
 * size / 40} characters, capped at the 255 a file name can have. Doubling the size should double
 * the time, or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class HostileScalingBenchmark {
  @Param({"2500", "5000", "10000", "20000"})
  public int size;

  private ParseResult suppressed;
  private final SeedValidator validator = SeedValidator.create();
  private Path baseline;
  private Path seed;
  private SeedConfig globs;
  private String name;

  @Setup
  public void prepare() throws IOException {
    String text = SeedFixtures.text(SeedFixtures.REAL_SEEDS.get(1));
    StringBuilder topics = new StringBuilder("topics:\n");
    for (int i = 0; i < size; i++) {
      topics.append("  - \"\" # seeddoc-ignore SD201, SD213: kept blank\n");
    }
    suppressed =
        SeedReader.create().parse(text.replace("topics:\n  - AI\n", topics.toString()), "s.txt");
    Path dir = Files.createTempDirectory("seeddoc-scaling");
    seed = Files.writeString(dir.resolve("100_0000000000000000.txt"), text, StandardCharsets.UTF_8);
    StringBuilder lines = new StringBuilder("# seeddoc baseline, version 2\n");
    for (int i = 0; i < size; i++) {
      lines.append(String.format("%032x", i * 2_654_435_761L)).append("\tSD203\theat\tx.txt\n");
    }
    baseline = Files.writeString(dir.resolve("baseline.txt"), lines, StandardCharsets.UTF_8);
    globs = SeedConfig.builder().exclude(List.of("*a*a*b")).build();
    name = "a".repeat(Math.min(255, size / 40));
  }

  @Benchmark
  public List<Finding> suppressions() {
    return validator.validate(suppressed);
  }

  @Benchmark
  public int baseline() {
    return Main.run(
        new String[] {"check", "--baseline", baseline.toString(), seed.toString()},
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  @Benchmark
  public boolean glob() {
    return globs.excludes(name, false);
  }
}
