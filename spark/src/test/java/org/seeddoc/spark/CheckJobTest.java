package org.seeddoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Finding;
import org.seeddoc.validation.SeedValidator;

class CheckJobTest {
  private static final Path SEEDS = SparkSessions.SEEDS;
  private static SparkSession spark;
  @TempDir Path temp;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CheckJob.run(
            spark,
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void findingsAreWrittenAndCountedPerRuleWithCheckExitCodes() throws IOException {
    Path folder = DefectFolder.write(temp.resolve("defects"));
    Path output = temp.resolve("findings");
    Run run = run("--output", output.toString(), folder.toString());
    assertEquals(CheckJob.FINDINGS, run.code(), run.err());

    Map<String, Long> expected = new TreeMap<>();
    long errors = 0;
    long warnings = 0;
    SeedValidator validator = SeedValidator.create();
    for (Map.Entry<String, byte[]> file : DefectFolder.files().entrySet()) {
      for (Finding finding :
          validator.check(file.getValue(), file.getKey(), file.getKey()).findings()) {
        expected.merge(finding.rule().id() + " " + finding.severity().label(), 1L, Long::sum);
        if (finding.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    StringBuilder lines = new StringBuilder();
    expected.forEach((rule, count) -> lines.append(rule).append(' ').append(count).append('\n'));
    lines
        .append(DefectFolder.files().size())
        .append(" files, ")
        .append(errors)
        .append(" errors, ")
        .append(warnings)
        .append(" warnings\n");
    assertEquals(lines.toString(), run.out());

    List<Row> written = spark.read().parquet(output.toString()).collectAsList();
    assertEquals(errors + warnings, written.size());
    assertEquals(
        List.of("file", "rule", "severity", "line", "column", "field", "message", "fix"),
        List.of(spark.read().parquet(output.toString()).columns()));
  }

  @Test
  void warningsPassUnlessStrictAndJsonIsWritten() {
    Path output = temp.resolve("json");
    assertEquals(
        CheckJob.OK,
        run("--format", "json", "--output", output.toString(), SEEDS.toString()).code());
    assertTrue(spark.read().json(output.toString()).count() > 0, "the seeds' SD214 warnings");
    assertEquals(CheckJob.FINDINGS, run("--strict", SEEDS.toString()).code());
  }

  @Test
  void usageErrorsAndMissingPathsExitTwo() {
    Run missing = run(temp.resolve("nowhere").toString());
    assertEquals(CheckJob.USAGE, missing.code());
    assertTrue(missing.err().contains("does not exist"), missing.err());
    Run format = run("--format", "csv", SEEDS.toString());
    assertEquals(CheckJob.USAGE, format.code());
    assertTrue(format.err().contains("--format is parquet or json"), format.err());
    assertEquals(CheckJob.USAGE, run().code());
  }
}
