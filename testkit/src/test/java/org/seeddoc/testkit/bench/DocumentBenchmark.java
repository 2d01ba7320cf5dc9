package org.seeddoc.testkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.testkit.SeedCorpus;
import org.seeddoc.validation.SeedValidator;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The cost of one document, single thread, after warm-up: seeddoc's read, validate, write and
 * read+validate, and SnakeYAML Engine's {@code Load} of the same front matter into generic maps as
 * the baseline. Each operation is one document of a corpus from {@link SeedCorpus}. See
 * docs/performance.md for the command that runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgs = {"-Xmx1g"})
@OperationsPerInvocation(DocumentBenchmark.DOCUMENTS)
public class DocumentBenchmark {
  static final int DOCUMENTS = 500;

  /** The corpus seed; another seed gives another mix of documents. */
  @Param("42")
  public long seed;

  private List<String> files;
  private List<String> frontMatters;
  private List<ParseResult> parsed;
  private List<SeedDocument> documents;
  private final Load load = new Load(LoadSettings.builder().build());
  private final SeedReader reader = SeedReader.create();
  private final SeedValidator validator = SeedValidator.create();
  private final SeedWriter writer = SeedWriter.create();

  @Setup(Level.Trial)
  public void writeCorpus() throws IOException {
    Path dir = Files.createTempDirectory("seeddoc-bench");
    files = SeedCorpus.write(dir, DOCUMENTS, seed).stream().map(DocumentBenchmark::read).toList();
    frontMatters =
        files.stream().map(f -> f.substring("---\n".length(), f.indexOf("\n---\n") + 1)).toList();
    parsed = files.stream().map(f -> reader.parse(f, "bench")).toList();
    documents = parsed.stream().map(r -> r.document().orElseThrow()).toList();
  }

  @Benchmark
  public void snakeYamlLoad(Blackhole out) {
    for (String frontMatter : frontMatters) {
      out.consume(load.loadFromString(frontMatter));
    }
  }

  @Benchmark
  public void read(Blackhole out) {
    for (String file : files) {
      out.consume(reader.parse(file, "bench"));
    }
  }

  @Benchmark
  public void validate(Blackhole out) {
    for (ParseResult result : parsed) {
      out.consume(validator.validate(result));
    }
  }

  @Benchmark
  public void readAndValidate(Blackhole out) {
    for (String file : files) {
      out.consume(validator.validate(reader.parse(file, "bench")));
    }
  }

  @Benchmark
  public void write(Blackhole out) {
    for (SeedDocument document : documents) {
      out.consume(writer.write(document));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
