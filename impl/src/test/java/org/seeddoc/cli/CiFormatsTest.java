package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The junit and gitlab formats, read back by what reads them in CI: Maven's JUnit XML parser, and
 * JSON.
 */
class CiFormatsTest {
  @TempDir Path dir;
  private Path bad;
  private Path good;

  @BeforeEach
  void files() throws IOException {
    String seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    bad =
        CliRun.write(
            dir,
            "100_0000000000000000.txt",
            seed.replace("quality: 37", "quality: 101")
                .replace("domain: eurekalert.org", "domain: example.org")
                .replace("category: news", "category: \"a<b & \\\"c\\\"\\e\""));
    good = CliRun.write(dir, "101_0000000000000000.txt", seed);
  }

  @Test
  void junitXmlIsReadByMavensJunitReportParser() throws Exception {
    CliRun run = CliRun.of("check", "--format", "junit", bad.toString(), good.toString());
    assertEquals(1, run.exitCode());
    Path report = dir.resolve("TEST-seeddoc.xml");
    Files.writeString(report, run.out(), StandardCharsets.UTF_8);
    TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
    List<ReportTestSuite> suites = parser.parse(report.toString());
    assertTrue(parser.isValid());
    List<ReportTestCase> all = suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
    List<String> cases =
        all.stream()
            .map(
                c ->
                    c.getName()
                        + (c.hasFailure()
                            ? " failed " + c.getFailureType()
                            : c.hasSkipped() ? " skipped" : " passed"))
            .toList();
    assertEquals(
        List.of(
            "SD206 category at 2:1 failed SD206",
            "SD203 quality at 9:1 failed SD203",
            "SD211 provider.domain at 15:3 skipped",
            "no findings passed"),
        cases);
    assertTrue(
        all.get(0).getFailureMessage().contains("a<b & \\\"c\\\"\\e"),
        all.get(0).getFailureMessage());
    assertEquals(4, suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum());
    assertEquals(2, suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum());
  }

  @Test
  void gitlabCodeQualityHasAnIssuePerFindingWithAStableFingerprint() {
    CliRun run = CliRun.of("check", "--format", "gitlab", bad.toString(), good.toString());
    assertEquals(1, run.exitCode());
    JsonNode issues = JsonMapper.builder().build().readTree(run.out());
    assertEquals(3, issues.size());
    JsonNode range = issues.get(1);
    assertEquals("SD203", range.get("check_name").asString());
    assertEquals("major", range.get("severity").asString());
    assertEquals(bad.toString(), range.get("location").get("path").asString());
    assertEquals(9, range.get("location").get("lines").get("begin").asInt());
    assertEquals(32, range.get("fingerprint").asString().length());
    assertEquals("minor", issues.get(2).get("severity").asString());
    assertEquals("[]\n", CliRun.of("check", "--format", "gitlab", good.toString()).out());
  }
}
