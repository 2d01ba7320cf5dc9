package org.seeddoc.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Finding;
import org.seeddoc.Rule;

/**
 * A 23-byte glob once ran past 20 s against a 44-character name (issue 28): JGit matches a part
 * with {@code *} by a regular expression, which backtracks exponentially in the number of stars. A
 * glob with more than three in one part is refused wherever globs are given.
 */
class HostileGlobsTest {
  private static final String HOSTILE = "*a*a*a*a*a*a*a*a*a*a*b";

  @TempDir Path dir;

  @Test
  void theHostileGlobIsAFindingInIncludeExcludeAndOverrides() throws IOException {
    Path file = dir.resolve(SeedConfig.FILE_NAME);
    Files.writeString(
        file,
        "include: ['"
            + HOSTILE
            + "', '*.txt']\nexclude: ['"
            + HOSTILE
            + "']\n"
            + "overrides:\n  - files: ['x/"
            + HOSTILE
            + "']\n    rules: {SD205: off}\n",
        StandardCharsets.UTF_8);
    ConfigFile read = SeedConfig.read(file);
    List<String> paths = read.findings().stream().map(Finding::field).toList();
    assertEquals(
        List.of("include[0]", "exclude[0]", "overrides[0].files[0]"),
        paths,
        read.findings().toString());
    assertTrue(
        read.findings().stream()
            .allMatch(
                f -> f.rule() == Rule.CONFIG && f.message().contains("has 11 '*' in one part")),
        read.findings().toString());
    // What is left still works, and matching a long name ends.
    assertEquals(List.of("*.txt"), read.config().include());
    assertTrue(read.config().includes("a".repeat(250) + ".txt"));
  }

  @Test
  void theBuilderRefusesItAndTakesThreeStarsOrAnyNumberOfDoubleStars() {
    assertThrows(
        IllegalArgumentException.class, () -> SeedConfig.builder().exclude(List.of(HOSTILE)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SeedConfig.builder().include(List.of("a/*x*y*z*w/b")));
    assertThrows(
        IllegalArgumentException.class,
        () -> SeedConfig.builder().override(List.of("*a*b*c*d"), Map.of(Rule.HTTP, RuleLevel.OFF)));
    assertDoesNotThrow(
        () ->
            SeedConfig.builder()
                .exclude(List.of("*a*b*c", "**/x/**/y/**/z/**/w", "\\*\\*\\*\\**a", "a**b*c*")));
  }
}
