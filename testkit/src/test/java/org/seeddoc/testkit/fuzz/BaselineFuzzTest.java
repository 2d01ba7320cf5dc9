package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seeddoc.cli.Main;
import org.seeddoc.testkit.SeedFixtures;

/**
 * {@code check --baseline} on arbitrary bytes as the baseline: exit 0 or 1 when it reads, 2 with
 * one line that says why when it does not, and never an exception or a stack trace.
 */
class BaselineFuzzTest {
  private static final Path DIR;
  private static final Path BASELINE;
  private static final Path SEED;

  static {
    try {
      DIR = Files.createTempDirectory("seeddoc-baseline-fuzz");
      BASELINE = DIR.resolve("baseline.txt");
      SEED =
          Files.write(
              DIR.resolve("100_0000000000000000.txt"),
              SeedFixtures.bytes(SeedFixtures.REAL_SEEDS.get(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void baselineBytes(byte[] input) throws IOException {
    Files.write(BASELINE, input);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"check", "--baseline", BASELINE.toString(), SEED.toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    String stderr = err.toString();
    assertTrue(
        code == 0
            || code == 1
            || (code == 2 && stderr.contains("--baseline " + BASELINE + ": cannot read it: ")),
        code + ": " + stderr);
    // The baseline's bytes may say anything, "Exception" included, but only quoted and escaped on
    // the first line: no line of a stack trace can start.
    assertFalse(
        stderr.lines().anyMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:")),
        stderr);
  }
}
