package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code check -} and {@code fmt -}, with --stdin-filename naming the file, as prettier and ruff
 * do.
 */
class StandardInputTest {
  private String seed;

  @BeforeEach
  void readSeed() throws IOException {
    seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
  }

  @Test
  void checkReadsStandardInputUnderTheNameGiven() {
    CliRun run =
        CliRun.withInput(
            seed.replace("quality: 37", "quality: 101"),
            "check",
            "--stdin-filename",
            "seeds/x.txt",
            "-");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith("seeds/x.txt:9:1: error [SD203]"), run.out());
    assertTrue(run.out().endsWith("1 file, 1 error, 0 warnings\n"), run.out());
    CliRun unnamed = CliRun.withInput(seed, "check", "--format", "json", "-");
    assertEquals(0, unnamed.exitCode());
    assertTrue(unnamed.out().startsWith("{\"files\": 1, \"errors\": 0"), unnamed.out());
  }

  @Test
  void fmtWritesTheFormattedTextToStandardOutput() {
    CliRun run = CliRun.withInput(seed.replace("category: news", "category: 'news'"), "fmt", "-");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(seed, run.out());
    assertEquals(
        seed, CliRun.withInput(seed, "fmt", "-").out(), "a canonical input comes out as it is");
  }

  @Test
  void aFindingStopsFmtOnStandardErrorWithNothingOnStandardOutput() {
    CliRun broken =
        CliRun.withInput(
            seed.replace("quality: 37", "quality: [37"), "fmt", "--stdin-filename", "a.txt", "-");
    assertEquals(1, broken.exitCode());
    assertEquals("", broken.out());
    assertTrue(broken.err().startsWith("a.txt:10:5: error [SD003]"), broken.err());
    CliRun check =
        CliRun.withInput(seed.replace("category: news", "category: 'news'"), "fmt", "--check", "-");
    assertEquals(1, check.exitCode());
    assertEquals(
        "<stdin>:2:1: error [SD010] not in the canonical layout; run 'seeddoc fmt' on it\n",
        check.out());
  }

  @Test
  void theDashStandsAloneAndTheNameGoesWithIt() {
    CliRun mixed = CliRun.withInput(seed, "check", "-", "seeds");
    assertEquals(2, mixed.exitCode());
    assertTrue(mixed.err().contains("'-' (standard input) must be the only path"), mixed.err());
    CliRun name = CliRun.of("check", "--stdin-filename", "x.txt", "seeds");
    assertEquals(2, name.exitCode());
    assertTrue(name.err().contains("--stdin-filename goes with the path '-'"), name.err());
  }
}
