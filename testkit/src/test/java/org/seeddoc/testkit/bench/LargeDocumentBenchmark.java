package org.seeddoc.testkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seeddoc.ParseResult;
import org.seeddoc.RelatedArticle;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.testkit.SeedCorpus;
import org.seeddoc.validation.SeedValidator;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One document just under the reader's 1 MiB limit: a realistic document with some 350 related
 * articles. Compared per kilobyte with {@link DocumentBenchmark}, it shows that cost grows linearly
 * with size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xmx1g"})
public class LargeDocumentBenchmark {
  private static final int TARGET_BYTES = 1_000_000;

  private String file;
  private String frontMatter;
  private final Load load = new Load(LoadSettings.builder().build());
  private final SeedReader reader = SeedReader.create();
  private final SeedValidator validator = SeedValidator.create();

  @Setup(Level.Trial)
  public void buildDocument() {
    SplittableRandom random = new SplittableRandom(7);
    SeedDocument document = SeedCorpus.document(random);
    List<RelatedArticle> related = new ArrayList<>();
    String text = SeedWriter.create().write(document);
    while (text.length() < TARGET_BYTES) {
      List<RelatedArticle> more = SeedCorpus.document(random).related();
      if (more != null) {
        related.addAll(more);
      }
      text = SeedWriter.create().write(document.toBuilder().related(related).build());
    }
    file = text;
    frontMatter = file.substring("---\n".length(), file.indexOf("\n---\n") + 1);
    System.out.println("document of " + file.length() + " characters, " + related.size() + " related articles");
  }

  @Benchmark
  public Object snakeYamlLoad() {
    return load.loadFromString(frontMatter);
  }

  @Benchmark
  public ParseResult read() {
    return reader.parse(file, "large");
  }

  @Benchmark
  public Object readAndValidate() {
    return validator.validate(reader.parse(file, "large"));
  }
}
