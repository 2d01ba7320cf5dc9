package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.config.SeedConfig;

/**
 * The configuration file on raw bytes: a configuration and SD013 findings inside the file, never an
 * exception, and a configuration that then applies to any path without one.
 */
class ConfigFuzzTest {
  private static final Path FILE;

  /** Longer than any message template with a 40-character excerpt of a value. */
  private static final int MAX_MESSAGE = 300;

  static {
    try {
      FILE = Files.createTempDirectory("seeddoc-config-fuzz").resolve(SeedConfig.FILE_NAME);
      FILE.getParent().toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void rawBytes(byte[] input) throws IOException {
    Files.write(FILE, input);
    ConfigFile file = SeedConfig.read(FILE);
    // YAML breaks lines at LF, CRLF and a lone CR alike.
    long lines =
        1
            + new String(input, StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .chars()
                .filter(c -> c == '\n' || c == '\r')
                .count();
    for (Finding finding : file.findings()) {
      assertEquals(Rule.CONFIG, finding.rule(), finding.toString());
      assertTrue(
          finding.line() >= 1 && finding.line() <= lines + 1 && finding.column() >= 1,
          finding.toString());
      assertTrue(finding.message().length() <= MAX_MESSAGE, finding.message());
    }
    SeedConfig config = file.config();
    List<Finding> findings =
        List.of(
            new Finding(
                Rule.HTTP,
                FILE.getParent().resolve("archive/a.txt").toString(),
                1,
                1,
                null,
                "m",
                null));
    assertTrue(config.applyTo(findings).size() <= 1);
    config.includes("archive/a.txt");
    config.excludes("archive", true);
  }
}
