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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seeddoc.Finding;
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
 * One realistic document of about {@code kilobytes} KB, from 1 KB (no related articles, no images,
 * a one-sentence excerpt) to just under the reader's 1 MiB limit (some 1,000 related articles):
 * time and allocation per KB should not grow with size (docs/performance.md, "Document size").
 * {@code -prof gc} gives the allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgs = {"-Xmx1g"})
public class DocumentSizeBenchmark {
  @Param({"1", "8", "64", "512", "976"})
  public int kilobytes;

  private String file;
  private String frontMatter;
  private final Load load = new Load(LoadSettings.builder().build());
  private final SeedReader reader = SeedReader.create();
  private final SeedValidator validator = SeedValidator.create();

  @Setup(Level.Trial)
  public void buildDocument() {
    SplittableRandom random = new SplittableRandom(7);
    SeedDocument base = SeedCorpus.document(random);
    String excerpt = base.excerpt();
    SeedDocument document =
        base.toBuilder()
            .related(null)
            .images(null)
            .excerpt(excerpt.substring(0, excerpt.indexOf(' ', 60)) + " ...")
            .build();
    List<RelatedArticle> related = new ArrayList<>();
    String text = SeedWriter.create().write(document);
    // Related articles come a document's list at a time, some 1 KB each: stop within a KB below.
    while (text.length() < (kilobytes - 1) * 1024) {
      List<RelatedArticle> more = SeedCorpus.document(random).related();
      if (more != null) {
        related.addAll(more);
      }
      text = SeedWriter.create().write(document.toBuilder().related(related).build());
    }
    file = text;
    frontMatter = file.substring("---\n".length(), file.indexOf("\n---\n") + 1);
    if (validator.validate(reader.parse(file, "sized")).stream().anyMatch(Finding::isError)) {
      throw new IllegalStateException(
          "the document of " + kilobytes + " KB has errors: it would measure their reporting");
    }
    System.out.printf(
        "%ndocument of %d characters (%.1f KB), %d related articles%n",
        file.length(), file.length() / 1024.0, related.size());
  }

  @Benchmark
  public Object snakeYamlLoad() {
    return load.loadFromString(frontMatter);
  }

  @Benchmark
  public ParseResult read() {
    return reader.parse(file, "sized");
  }

  @Benchmark
  public Object readAndValidate() {
    return validator.validate(reader.parse(file, "sized"));
  }
}
