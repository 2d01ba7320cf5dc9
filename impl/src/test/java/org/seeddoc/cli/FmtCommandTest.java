package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  private static final String SEED = "004_04cd3372321c0f9e.txt";

  @TempDir Path dir;
  private String canonical;

  @BeforeEach
  void copySeeds() throws IOException {
    CliRun.copyRealSeeds(dir);
    canonical = Files.readString(dir.resolve(SEED), StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    return CliRun.write(dir, name, text);
  }

  @Test
  void checkPassesOnCanonicalSeeds() {
    CliRun run = CliRun.of("fmt", "--check", dir.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
  }

  @Test
  void checkListsNonCanonicalFilesAtTheirFirstDifferenceAndWritesNothing() throws IOException {
    String messy = canonical.replace("category: news\ntitle:", "category: 'news'\ntitle:");
    Path file = write("100_0000000000000000.txt", messy);
    CliRun run = CliRun.of("fmt", "--check", dir.toString());
    assertEquals(1, run.exitCode());
    assertEquals(
        file + ":2:1: error [SD010] not in the canonical layout; run 'seeddoc fmt' on it\n",
        run.out());
    assertEquals(messy, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void fmtRewritesToTheCanonicalBytesKeepingTheFileMode() throws IOException {
    Path file =
        write(
            "a.txt",
            "\uFEFF"
                + canonical.replace("\n", "\r\n").replace("topics:\r\n  - AI", "topics: [AI]"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    CliRun run = CliRun.of("fmt", file.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("formatted " + file + "\n", run.out());
    // The body's own CRLF stays: only the front matter is rewritten with LF.
    assertEquals(
        canonical.substring(0, canonical.length() - 1) + "\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (Stream<Path> left = Files.list(dir)) {
      assertTrue(
          left.noneMatch(p -> p.toString().endsWith(".seeddoc-tmp")), "no temporary file is left");
    }
    assertEquals(0, CliRun.of("fmt", "--check", file.toString()).exitCode(), "fmt is idempotent");
  }

  @Test
  void aFileThatCannotBeReadIsReportedLeftAloneAndTheNextFileIsStillFormatted() throws IOException {
    String broken = canonical.replace("quality: 37", "quality: [37");
    Path bad = write("a.txt", broken);
    Path good = write("b.txt", canonical.replace("category: news", "category: \"news\""));
    CliRun run = CliRun.of("fmt", bad.toString(), good.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains(bad + ":10:5: error [SD003] expected ',' or ']'"), run.out());
    assertTrue(run.out().endsWith("formatted " + good + "\n"), run.out());
    assertEquals(broken, Files.readString(bad, StandardCharsets.UTF_8));
    assertEquals(canonical, Files.readString(good, StandardCharsets.UTF_8));
  }

  @Test
  void commentsAreKeptAndOnlyACommentWithNoPlaceStopsFormatting() throws IOException {
    String commented = canonical.replace("category: news\n", "category:   'news'   #keep me  \n");
    Path file = write("c.txt", commented);
    CliRun kept = CliRun.of("fmt", file.toString());
    assertEquals(0, kept.exitCode(), kept.out());
    assertEquals(
        canonical.replace("category: news\n", "category: news # keep me\n"),
        Files.readString(file, StandardCharsets.UTF_8));

    String inFlow = canonical.replace("topics:\n  - AI\n", "topics: [AI, # the main one\n  ML]\n");
    Path flow = write("d.txt", inFlow);
    CliRun check = CliRun.of("fmt", "--check", flow.toString());
    assertEquals(1, check.exitCode());
    assertTrue(
        check
            .out()
            .startsWith(
                flow
                    + ":17:1: error [SD010] not in the canonical layout, and 'seeddoc fmt' would refuse it:"
                    + " the comment at line 17 has no place in the canonical layout (SD011)"),
        check.out());
    CliRun refused = CliRun.of("fmt", flow.toString());
    assertEquals(1, refused.exitCode());
    assertEquals(
        flow
            + ":17:14: error [SD011] this comment of 'topics' is inside a flow collection ([...] or {...}), which the"
            + " canonical layout writes as a block, so it has no place there; move it out of the brackets, or pass --drop-comments"
            + " to fmt without it\n",
        refused.out());
    assertEquals(inFlow, Files.readString(flow, StandardCharsets.UTF_8));

    CliRun dropped = CliRun.of("fmt", "--drop-comments", flow.toString());
    assertEquals(0, dropped.exitCode(), dropped.out());
    assertEquals(
        canonical.replace("  - AI\n", "  - AI\n  - ML\n"),
        Files.readString(flow, StandardCharsets.UTF_8));
  }

  @Test
  void foldersAreWalkedInSortedOrderSkippingHiddenFoldersAndOtherFilesEachFileOnce()
      throws IOException {
    String messy = canonical.replace("category: news", "category: 'news'");
    write("z/b.md", messy);
    write("z/a.txt", messy);
    write(".git/x.txt", messy);
    write("z/notes.json", messy);
    CliRun run = CliRun.of("fmt", "--check", dir.resolve("z").toString(), dir.toString());
    List<String> files =
        run.out()
            .lines()
            .map(l -> dir.relativize(Path.of(l.substring(0, l.indexOf(':')))))
            .map(Path::toString)
            .toList();
    // z's files are reached through both paths given, and handled once, at their first.
    assertEquals(List.of("z/a.txt", "z/b.md"), files);
  }

  @Test
  void aMissingPathIsAUsageErrorButTheOtherPathsAreStillChecked() throws IOException {
    Path messy = write("m.txt", canonical.replace("category: news", "category: 'news'"));
    CliRun run = CliRun.of("fmt", "--check", dir.resolve("nope").toString(), messy.toString());
    assertEquals(2, run.exitCode());
    assertEquals(dir.resolve("nope") + ": no such file or folder\n", run.err());
    assertTrue(run.out().startsWith(messy + ":2:1: error [SD010]"), run.out());
  }

  @Test
  void helpVersionAndUsageErrors() {
    CliRun help = CliRun.of("fmt", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--drop-comments"), help.out());
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().matches("seeddoc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), version.out());
    assertEquals(2, CliRun.of("fmt", "--frobnicate", dir.toString()).exitCode());
    assertEquals(2, CliRun.of().exitCode());
  }

  @Test
  void theRealSeedsAreLeftByteForByteByFmt() throws IOException {
    byte[] before = Files.readAllBytes(dir.resolve(SEED));
    assertEquals(0, CliRun.of("fmt", dir.toString()).exitCode());
    assertArrayEquals(before, Files.readAllBytes(dir.resolve(SEED)));
  }
}
