package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile file, folder or flag once did to the tool: a crash, a silent pass, or a forged
 * line.
 */
class HardeningCliTest {
  private static final String SEED = "004_04cd3372321c0f9e.txt";

  @TempDir Path dir;
  private String seed;

  @BeforeEach
  void readSeed() throws IOException {
    seed =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), SEED), StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    return CliRun.write(dir, name, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "257", "100000", "268435456", "2147483647"})
  void jobsOutsideOneTo256IsAUsageError(String jobs) throws IOException {
    write("100_0000000000000000.txt", seed);
    CliRun run = CliRun.of("check", "--jobs", jobs, dir.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--jobs must be from 1 to 256, not " + jobs), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aNamedFolderThatIsASymlinkIsFollowed() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(
        real.resolve("100_0000000000000000.txt"),
        seed.replace("quality: 37", "quality: 101"),
        StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    CliRun run = CliRun.of("check", "--strict", link.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("[SD203]"), run.out());
    assertTrue(run.out().endsWith("1 file, 1 error, 0 warnings\n"), run.out());
  }

  @Test
  void linksInsideFoldersAreFollowedLoopsSaidAndBrokenLinksFound() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("100_0000000000000000.txt"), seed, StandardCharsets.UTF_8);
    Path walked = Files.createDirectories(dir.resolve("walked"));
    Files.createSymbolicLink(walked.resolve("to-other"), other);
    Files.createSymbolicLink(walked.resolve("loop"), walked);
    Files.createSymbolicLink(
        walked.resolve("101_0000000000000000.txt"), dir.resolve("missing.txt"));
    CliRun run = CliRun.of("check", walked.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out()
            .contains(
                walked.resolve("101_0000000000000000.txt")
                    + ":1:1: error [SD012] a symbolic link to nothing"),
        run.out());
    assertTrue(
        run.out().endsWith("2 files, 1 error, 0 warnings\n"),
        "the linked folder's file is checked: " + run.out());
    assertTrue(
        run.err().contains(walked.resolve("loop") + ": not followed: a loop of symbolic links"),
        run.err());
  }

  @Test
  void aFileNamedTwiceOrReachedTwiceIsCheckedOnceUnderItsFirstName() throws IOException {
    Path file = write("a/100_0000000000000000.txt", seed.replace("quality: 37", "quality: 101"));
    Path link = Files.createSymbolicLink(dir.resolve("a/101_0000000000000000.txt"), file);
    Path folderLink = Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
    CliRun run =
        CliRun.of(
            "check",
            dir.resolve("a").toString(),
            file.toString(),
            dir.resolve("a/../a/100_0000000000000000.txt").toString(),
            link.toString(),
            folderLink.toString(),
            dir.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals(
        List.of(file + ":"),
        run.out()
            .lines()
            .filter(line -> line.contains("[SD203]"))
            .map(line -> line.substring(0, file.toString().length() + 1))
            .toList(),
        run.out());
    assertTrue(run.out().endsWith("1 file, 1 error, 0 warnings\n"), run.out());
  }

  @Test
  void hardLinksAreTwoFilesSinceRewritingOneNameLeavesTheOther() throws IOException {
    Path file = write("100_0000000000000000.txt", seed.replace("quality: 37", "quality: 101"));
    Path hardLink = Files.createLink(dir.resolve("101_0000000000000000.txt"), file);
    CliRun run = CliRun.of("check", dir.toString(), file.toString(), hardLink.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals(2, run.out().lines().filter(line -> line.contains("[SD203]")).count(), run.out());
    assertTrue(run.out().endsWith("2 files, 2 errors, 0 warnings\n"), run.out());
  }

  @Test
  void anUnreadableFolderIsAFindingAndTheRestIsStillChecked() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
    write("a/100_0000000000000000.txt", seed);
    Path locked = Files.createDirectories(dir.resolve("b"));
    Files.writeString(locked.resolve("101_0000000000000000.txt"), seed, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      CliRun run = CliRun.of("check", dir.toString());
      assertEquals(1, run.exitCode(), run.out());
      assertTrue(
          run.out().contains(locked + ":1:1: error [SD012] cannot read: permission denied"),
          run.out());
      assertTrue(run.out().endsWith("2 files, 1 error, 0 warnings\n"), run.out());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aRunThatChecksNoFileSaysSoAndFailsWithStrict() throws IOException {
    write("notes.json", "{}");
    CliRun plain = CliRun.of("check", dir.toString());
    assertEquals(0, plain.exitCode());
    assertTrue(plain.err().contains("no seed file (*.txt, *.md) was found"), plain.err());
    CliRun strict = CliRun.of("check", "--strict", dir.toString());
    assertEquals(1, strict.exitCode());
  }

  @Test
  void aLoneSurrogateEscapeIsAFindingForCheckAndFmtNotACrash() throws IOException {
    Path file =
        write("100_0000000000000000.txt", seed.replace("title: \"Using", "title: \"\\ud83d Using"));
    CliRun check = CliRun.of("check", file.toString());
    assertEquals(1, check.exitCode());
    assertTrue(check.out().startsWith(file + ":3:8: error [SD001]"), check.out());
    CliRun fmt = CliRun.of("fmt", file.toString());
    assertEquals(1, fmt.exitCode(), fmt.err());
    assertEquals("", fmt.err());
    assertTrue(fmt.out().startsWith(file + ":3:8: error [SD001]"), fmt.out());
  }

  @Test
  void fmtRefusesToWriteAFileThatWouldGrowPastTheReadersLimit() throws IOException {
    StringBuilder flow = new StringBuilder("topics: [");
    for (int i = 0; i < 150_000; i++) {
      flow.append(i == 0 ? "" : ",").append("\"\\t\"");
    }
    String text = seed.replace("topics:\n  - AI\n", flow + "]\n");
    assertTrue(text.length() < 1 << 20, "the input is within the limit");
    Path file = write("100_0000000000000000.txt", text);
    CliRun fmt = CliRun.of("fmt", file.toString());
    assertEquals(1, fmt.exitCode(), fmt.out() + fmt.err());
    assertTrue(
        fmt.out()
            .startsWith(
                file + ":1:1: error [SD005] formatting would write a file that does not read back"),
        fmt.out());
    assertEquals(text, Files.readString(file, StandardCharsets.UTF_8), "the file is untouched");
  }

  @Test
  void valuesAndFileNamesCannotForgeLinesOrReachTheTerminalRaw() throws IOException {
    Path file =
        write(
            "100_0000000000000000.txt",
            seed.replace(
                "category: news", "category: \"x\\nfake.txt:1:1: error [SD001] forged\\e[2J\""));
    Path named = write("odd\nname\u001B.txt", seed.replace("quality: 37", "quality: 101"));
    for (String format : List.of("text", "github")) {
      CliRun run = CliRun.of("check", "--format", format, file.toString(), named.toString());
      assertTrue(run.out().lines().noneMatch(l -> l.startsWith("fake.txt")), run.out());
      assertFalse(run.out().contains("\u001B"), format + ": " + run.out());
      assertTrue(
          run.out().lines().noneMatch(l -> l.startsWith("name")),
          "a file name stays on its line: " + run.out());
    }
  }

  /**
   * Java cannot make such a name, so a shell does; a command line hands it to Java decoded, with
   * U+FFFD.
   */
  @Test
  void aFileWhoseNameIsNotUtf8CanBeNamed() throws IOException, InterruptedException {
    Path good = write("good.txt", seed.replace("quality: 37", "quality: 101"));
    Process shell =
        new ProcessBuilder("sh", "-c", "cp good.txt \"$(printf 'bad\\377.txt')\"")
            .directory(dir.toFile())
            .start();
    assertEquals(0, shell.waitFor());
    CliRun run = CliRun.of("check", dir.resolve("bad\uFFFD.txt").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("bad\uFFFD.txt:9:1: error [SD203]"), run.out());
    assertTrue(Files.exists(good));
  }

  /**
   * A folder's listing keeps paths as text; a name that is not UTF-8 does not survive that, and is
   * kept whole.
   */
  @Test
  void aFileWhoseNameIsNotUtf8IsCheckedInAFolder() throws IOException, InterruptedException {
    write("good.txt", seed.replace("quality: 37", "quality: 101"));
    Process shell =
        new ProcessBuilder("sh", "-c", "cp good.txt \"$(printf 'bad\\377.txt')\"")
            .directory(dir.toFile())
            .start();
    assertEquals(0, shell.waitFor());
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("bad\uFFFD.txt:9:1: error [SD203]"), run.out());
    assertFalse(
        run.out().contains("[SD012]"), "the file is read, not reported unreadable: " + run.out());
    assertTrue(
        run.out().endsWith("2 files, 2 errors, 2 warnings\n"),
        "SD203 and the names' SD215 for each: " + run.out());
  }
}
