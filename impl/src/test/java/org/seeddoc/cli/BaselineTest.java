package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A baseline silences today's findings, keeps silencing them after fmt moves them, and lets new
 * ones through.
 */
class BaselineTest {
  @TempDir Path dir;
  private String seed;

  @BeforeEach
  void readSeed() throws IOException {
    seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
  }

  @Test
  void aBaselineSurvivesFmtAndLetsNewFindingsThrough() throws IOException {
    Path file =
        CliRun.write(
            dir,
            "100_0000000000000000.txt",
            seed.replace("domain: eurekalert.org", "domain: example.org")
                .replace("category: news", "category: 'news'"));
    Path baseline = dir.resolve("seeddoc-baseline.txt");
    CliRun written = CliRun.of("check", "--write-baseline", baseline.toString(), file.toString());
    assertEquals(0, written.exitCode(), written.out());
    assertTrue(
        Files.readString(baseline, StandardCharsets.UTF_8)
            .contains("\tSD211\tprovider.domain\t" + file + "\n"));

    assertEquals(0, CliRun.of("fmt", file.toString()).exitCode());
    CliRun silenced =
        CliRun.of("check", "--strict", "--baseline", baseline.toString(), file.toString());
    assertEquals(0, silenced.exitCode(), silenced.out());
    assertEquals("1 file, 0 errors, 0 warnings\n", silenced.out());

    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8).replace("heat: 37", "heat: 101"),
        StandardCharsets.UTF_8);
    CliRun fresh = CliRun.of("check", "--baseline", baseline.toString(), file.toString());
    assertEquals(1, fresh.exitCode());
    assertEquals(
        List.of("SD203"),
        fresh
            .out()
            .lines()
            .filter(l -> l.contains("[SD"))
            .map(l -> l.substring(l.indexOf("[") + 1, l.indexOf("]")))
            .toList());
  }

  @Test
  void sarifFingerprintsAreTheBaselineKeysAndStayTheSameWhenFmtMovesAField() throws IOException {
    Path file =
        CliRun.write(
            dir,
            "100_0000000000000000.txt",
            seed.replace("domain: eurekalert.org", "domain: example.org")
                .replace("category: news\n", "category: news\nextra: 1\n"));
    String before = fingerprint(file);
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8).replace("extra: 1\n", ""),
        StandardCharsets.UTF_8);
    assertEquals(
        before, fingerprint(file), "the SD211 finding moved up a line and kept its fingerprint");
  }

  private static String fingerprint(Path file) {
    JsonNode results =
        JsonMapper.builder()
            .build()
            .readTree(CliRun.of("check", "--format", "sarif", file.toString()).out())
            .get("runs")
            .get(0)
            .get("results");
    for (JsonNode result : results) {
      if (result.get("ruleId").asString().equals("SD211")) {
        return result.get("partialFingerprints").get("seeddoc/v1").asString();
      }
    }
    throw new AssertionError("no SD211 result");
  }

  @Test
  void maxWarningsAndQuiet() throws IOException {
    Path file =
        CliRun.write(
            dir,
            "100_0000000000000000.txt",
            seed.replace("domain: eurekalert.org", "domain: example.org"));
    assertEquals(1, CliRun.of("check", "--max-warnings", "0", file.toString()).exitCode());
    assertEquals(0, CliRun.of("check", "--max-warnings", "1", file.toString()).exitCode());
    assertEquals(
        "1 file, 0 errors, 0 warnings\n", CliRun.of("check", "--quiet", file.toString()).out());
  }

  @Test
  void aVersion1BaselineIsRefusedWithWhatToDo() throws IOException {
    Path file = CliRun.write(dir, "100_0000000000000000.txt", seed);
    Path old =
        CliRun.write(
            dir,
            "old.tsv",
            "# seeddoc baseline, version 1: findings 'seeddoc check --baseline' does not report.\n"
                + "0123456789abcdef0123456789abcdef\tSD211\tprovider.domain\t./x.txt\n");
    CliRun run = CliRun.of("check", "--baseline", old.toString(), file.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("version 1 baseline"), run.err());
    assertTrue(run.err().contains("write it again with --write-baseline"), run.err());
  }
}
