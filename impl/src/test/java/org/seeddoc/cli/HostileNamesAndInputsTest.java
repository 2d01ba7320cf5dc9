package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The third red-team round against the command line (issue 28): names on standard error, and the
 * usage errors that quote what the user typed.
 */
class HostileNamesAndInputsTest {
  private static final String SEED = "004_04cd3372321c0f9e.txt";
  private static final String FORGED =
      "bad\n::error file=x.txt::forged\u001B[31m\u001B]0;title\u0007";

  @TempDir Path dir;
  private String seed;

  @BeforeEach
  void readSeed() throws IOException {
    seed =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), SEED), StandardCharsets.UTF_8);
  }

  /**
   * What a GitHub runner or a terminal would act on: a forged annotation line, or any escape
   * sequence.
   */
  private static void assertNothingForged(String stderr) {
    assertFalse(stderr.contains("\u001B"), stderr);
    assertFalse(stderr.contains("\u0007"), stderr);
    for (String line : stderr.split("\n", -1)) {
      assertFalse(line.startsWith("::"), "a forged line: " + line);
    }
  }

  @Test
  void aReadOnlyFileNamedToForgeALineIsNamedEscapedOnStandardError() throws IOException {
    Path file = CliRun.write(dir, FORGED + ".txt", seed.replace("title: ", "title:   "));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    CliRun run = CliRun.of("fmt", dir.toString());
    assertTrue(run.err().contains("not formatted: the file is read-only"), run.err());
    assertTrue(run.err().contains("bad\\u000A::error"), run.err());
    assertNothingForged(run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "fmt", "fix"})
  void aMissingPathIsNamedEscaped(String command) {
    CliRun run = CliRun.of(command, dir.resolve(FORGED).toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("no such file or folder"), run.err());
    assertNothingForged(run.err());
  }

  @Test
  void aLoopOfLinksIsNamedEscaped() throws IOException {
    Path folder = Files.createDirectories(dir.resolve(FORGED));
    Files.createSymbolicLink(folder.resolve("back"), folder);
    CliRun.write(folder, "100_0000000000000000.txt", seed);
    CliRun run = CliRun.of("check", dir.toString());
    assertTrue(run.err().contains("a loop of symbolic links"), run.err());
    assertNothingForged(run.err());
  }

  @Test
  void configPrintNamesAHostileFolderInsideItsComments() throws IOException {
    Path folder = Files.createDirectories(dir.resolve(FORGED));
    CliRun run = CliRun.of("config", "--print", folder.toString());
    assertEquals(0, run.exitCode(), run.err());
    String first = run.out().lines().findFirst().orElseThrow();
    assertTrue(
        first.startsWith("# The configuration of ") && first.contains("bad\\u000A::error"),
        run.out());
    assertFalse(run.out().contains("\u001B"), run.out());
  }

  @Test
  void usageErrorsQuoteWhatWasTypedEscaped() throws IOException {
    for (String[] args :
        new String[][] {
          {"check", "--config", dir.resolve(FORGED).toString(), dir.toString()},
          {"check", "--format", FORGED, dir.toString()},
          {"check", "--" + FORGED, dir.toString()},
          {"config", "--print", dir.resolve(FORGED).toString()},
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("\\u000A::error") || run.err().contains("\\u001B"), run.err());
      assertNothingForged(run.err());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "FOLDER", "NOT_UTF8", "NOT_A_BASELINE", "LONG_LINE"})
  void aBaselineThatIsNoBaselineIsAUsageErrorThatSaysWhy(String kind) throws IOException {
    CliRun.write(dir, "100_0000000000000000.txt", seed);
    Path baseline =
        switch (kind) {
          case "/dev/zero" -> Path.of(kind);
          case "FOLDER" -> Files.createDirectories(dir.resolve("b"));
          case "NOT_UTF8" ->
              Files.write(dir.resolve("b"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
          case "NOT_A_BASELINE" ->
              CliRun.write(dir, "b", "title: this is a seed, not a baseline\n");
          default -> CliRun.write(dir, "b", "a".repeat(70_000));
        };
    CliRun run =
        CliRun.of(
            "check",
            "--baseline",
            baseline.toString(),
            dir.resolve("100_0000000000000000.txt").toString());
    assertEquals(2, run.exitCode(), run.err());
    String why =
        switch (kind) {
          case "/dev/zero", "LONG_LINE" -> "line 1 is over 65536 characters";
          case "FOLDER" -> "it is a folder";
          case "NOT_UTF8" -> "it is not UTF-8 text";
          default -> "line 1 is no baseline entry: it starts with \"title:";
        };
    assertTrue(run.err().contains("cannot read it: " + why), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("Input length"), run.err());
  }

  @Test
  void aBaselineOverItsSizeLimitIsRefusedBeforeItIsHeld() throws IOException {
    Path baseline = dir.resolve("big");
    String line = "0123456789abcdef0123456789abcdef\tSD203\theat\tx.txt\n";
    try (var out = Files.newBufferedWriter(baseline, StandardCharsets.UTF_8)) {
      for (long written = 0; written <= Baseline.MAX_BYTES; written += line.length()) {
        out.write(line);
      }
    }
    CliRun.write(dir, "100_0000000000000000.txt", seed);
    CliRun run =
        CliRun.of(
            "check",
            "--baseline",
            baseline.toString(),
            dir.resolve("100_0000000000000000.txt").toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("it is over 64 MiB"), run.err());
  }

  @Test
  void writingABaselineToADeviceOrAFolderIsAUsageError() throws IOException {
    CliRun.write(dir, "100_0000000000000000.txt", seed);
    for (String target : new String[] {"/dev/full", "/dev/zero", dir.toString()}) {
      CliRun run = CliRun.of("check", "--write-baseline", target, dir.toString());
      assertEquals(2, run.exitCode(), target + ": " + run.err());
      assertTrue(
          run.err()
              .contains(
                  "--write-baseline " + target + ": cannot write it: it is not a regular file"),
          run.err());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"FOLDER", "LOOP", "DANGLING", "/dev/zero"})
  void aConfigurationThatIsNoFileIsAnErrorNotIgnored(String kind) throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    CliRun.write(repo, "100_0000000000000000.txt", seed);
    Path config = repo.resolve(".seeddoc.yaml");
    switch (kind) {
      case "FOLDER" -> Files.createDirectories(config);
      case "LOOP" -> Files.createSymbolicLink(config, config.getFileName());
      case "DANGLING" -> Files.createSymbolicLink(config, repo.resolve("nothing"));
      default -> {}
    }
    CliRun run =
        kind.startsWith("/")
            ? CliRun.of("check", "--config", kind, repo.toString())
            : CliRun.of("check", repo.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("[SD013] the configuration file is "), run.out());
    assertFalse(run.err().contains("no such file"), run.err());
  }

  @Test
  void anIncludeOfOnlyBadGlobsKeepsTheDefaultAndSaysSo() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    CliRun.write(repo, "100_0000000000000000.txt", seed.replace("heat: 37", "heat: 101"));
    CliRun.write(repo, ".seeddoc.yaml", "include: ['[', '[a']\n");
    CliRun run = CliRun.of("check", repo.toString());
    assertTrue(run.out().contains("[SD203]"), run.out());
    assertTrue(run.out().contains("[SD013] the glob"), run.out());
  }

  /** A name with a line break and a bidi override, and a value with U+2028, NEL and DEL. */
  @Test
  void namesInReportsPointAtTheRealFileAndNoFormatCarriesRawControls() throws IOException {
    String name = "a\nb\u202E.txt";
    CliRun.write(
        dir, name, seed.replace("title: ", "titel: \"x\u2028\u0085\u007F\\u007F\"\ntitle: "));
    CliRun sarif = CliRun.of("check", "--format", "sarif", dir.toString());
    assertTrue(sarif.out().contains("a%0Ab%E2%80%AE.txt\""), sarif.out());
    CliRun github = CliRun.of("check", "--format", "github", dir.toString());
    assertTrue(github.out().contains("a%0Ab\u202E.txt,line="), github.out());
    CliRun junit = CliRun.of("check", "--format", "junit", dir.toString());
    assertTrue(junit.out().contains("file=\"" + dir + "/a&#xA;b&#x202E;.txt\""), junit.out());
    for (String format : new String[] {"json", "gitlab", "sarif"}) {
      String out = CliRun.of("check", "--format", format, dir.toString()).out();
      assertTrue(
          out.contains("a\\nb\\u202e.txt") || out.contains("%E2%80%AE"), format + ": " + out);
      assertFalse(
          out.chars().anyMatch(c -> c == 0x2028 || c == 0x85 || c == 0x7F || c == 0x202E),
          format + " carries a raw control");
    }
  }
}
