package org.seeddoc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.SeedFile;

/** What the report formats do that a whole run cannot show: GitHub's job summary, SARIF's URIs. */
class ReportFormatsTest {
  @TempDir Path dir;
  private Path bad;

  @BeforeEach
  void seed() throws IOException {
    String seed =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "004_04cd3372321c0f9e.txt"),
            StandardCharsets.UTF_8);
    bad =
        Files.writeString(
            dir.resolve("100_0000000000000000.txt"),
            seed.replace("quality: 37", "quality: 101")
                .replace("domain: eurekalert.org", "domain: example.org")
                .replace("category: news", "category: \"a<b & \\\"c\\\"\\e\""),
            StandardCharsets.UTF_8);
  }

  @Test
  void githubWritesAPerRuleSummaryAndSaysWhenItsAnnotationsWillBeCut() throws IOException {
    Path summary = dir.resolve("summary.md");
    java.io.StringWriter text = new java.io.StringWriter();
    GithubReport report = new GithubReport(new java.io.PrintWriter(text), summary);
    org.seeddoc.SeedReader reader = org.seeddoc.SeedReader.create();
    org.seeddoc.validation.SeedValidator validator = org.seeddoc.validation.SeedValidator.create();
    for (int i = 0; i < 11; i++) {
      report.file(
          FileOutcome.of(
              new SeedFile(bad, false, SeedConfig.defaults()),
              validator.validate(reader.parse(bad))));
    }
    report.finish(new Report.Totals(11, 22, 11));
    assertTrue(
        text.toString()
            .contains(
                "::notice title=seeddoc::22 errors and 11 warnings; GitHub shows 10 annotations"),
        text.toString());
    String table = Files.readString(summary, StandardCharsets.UTF_8);
    assertTrue(table.startsWith("### seeddoc check\n\n11 files, 22 errors, 11 warnings\n"), table);
    assertTrue(table.contains("| SD203 Numbers are within their ranges | 11 | 0 |\n"), table);
    assertTrue(table.contains("| SD211 webUrl is on the provider's domain | 0 | 11 |\n"), table);
  }

  @Test
  void sarifUrisAreRelativeReferencesThatNoNameTurnsIntoAScheme() {
    assertEquals("javascript%3Aalert%281%29.txt", SarifReport.uri("javascript:alert(1).txt"));
    assertEquals("seeds/a%20b%23c%3Fd.txt", SarifReport.uri("seeds/a b#c?d.txt"));
    assertEquals("seeds/stra%C3%9Fe.txt", SarifReport.uri("seeds/straße.txt"));
    assertEquals("file:///tmp/x%3Ay.txt", SarifReport.uri("/tmp/x:y.txt"));
  }
}
