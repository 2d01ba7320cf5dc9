package org.seeddoc.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;

/**
 * The formatter's decisions, each as the value it returns: the same ones {@code seeddoc fmt} makes.
 */
class SeedFormatterTest {
  @TempDir Path dir;
  private String canonical;

  @BeforeEach
  void seed() throws IOException {
    canonical =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "004_04cd3372321c0f9e.txt"),
            StandardCharsets.UTF_8);
  }

  @Test
  void aFileOutOfLayoutGetsTheWritersTextAndThenStaysAsItIs() {
    String messy = canonical.replace("category: news", "category: 'news'  # the section");
    FormatResult once = SeedFormatter.create().format(messy, "messy.txt");
    assertEquals(FormatResult.Status.CHANGED, once.status());
    SeedReader reader = SeedReader.create();
    assertEquals(SeedWriter.create().write(reader.parse(messy, "messy.txt")).text(), once.text());
    assertTrue(once.text().contains("category: news # the section\n"), once.text());
    assertEquals(
        FormatResult.Status.UNCHANGED,
        SeedFormatter.create().format(once.text(), "again.txt").status());
    assertEquals(List.of(), SeedFormatter.create().check(once.bytes(), "again.txt"));
  }

  @Test
  void aCommentWithNoPlaceRefusesTheFileUnlessCommentsAreDropped() {
    String flow =
        canonical.replace("topics:\n  - AI\n", "topics: [AI, # a comment in brackets\n  ML]\n");
    FormatResult refused = SeedFormatter.create().format(flow, "flow.txt");
    assertEquals(FormatResult.Status.REFUSED, refused.status());
    assertEquals(List.of(Rule.COMMENTS), refused.findings().stream().map(Finding::rule).toList());
    assertEquals(lineOf(flow, "# a comment in brackets"), refused.findings().get(0).line());
    assertThrows(IllegalStateException.class, refused::bytes);

    FormatResult dropped =
        SeedFormatter.builder().dropComments(true).build().format(flow, "flow.txt");
    assertEquals(FormatResult.Status.CHANGED, dropped.status());
    assertEquals(
        List.of("a comment in brackets"),
        dropped.droppedComments().stream().map(c -> c.text().strip()).toList());
    assertTrue(!dropped.text().contains("a comment in brackets"));
  }

  @Test
  void checkSaysWhereTheFileFirstDiffersAndWhetherFmtWouldRefuseIt() {
    String messy = canonical.replace("quality: 37", "quality:   37");
    List<Finding> findings =
        SeedFormatter.create().check(messy.getBytes(StandardCharsets.UTF_8), "messy.txt");
    assertEquals(1, findings.size());
    assertEquals(Rule.NOT_CANONICAL, findings.get(0).rule());
    assertEquals(lineOf(messy, "quality:"), findings.get(0).line());

    String flow = canonical.replace("topics:\n  - AI\n", "topics: [AI, # kept?\n  ML]\n");
    String message =
        SeedFormatter.create()
            .check(flow.getBytes(StandardCharsets.UTF_8), "flow.txt")
            .get(0)
            .message();
    assertTrue(
        message.contains(
            "'seeddoc fmt' would refuse it: the comment at line " + lineOf(flow, "# kept?")),
        message);
  }

  @Test
  void aFileWithAnErrorIsRefusedWithItsErrorsAndLeftUntouchedOnDisk() throws IOException {
    Path file = dir.resolve("bad.txt");
    String bad = canonical.replace("quality: 37", "quality: [37]");
    Files.writeString(file, bad, StandardCharsets.UTF_8);
    FormatResult result = SeedFormatter.create().formatFile(file);
    assertEquals(FormatResult.Status.REFUSED, result.status());
    assertTrue(
        result.findings().stream().allMatch(Finding::isError) && !result.findings().isEmpty());
    assertEquals(bad, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void hostileBytesGiveAFindingNeverAnException() {
    List<byte[]> inputs =
        List.of(
            new byte[0],
            new byte[] {(byte) 0xFF, 0x00},
            "---\n&a [*a]\n---\n".getBytes(StandardCharsets.UTF_8),
            ("---\n" + "[".repeat(10_000) + "\n---\n").getBytes(StandardCharsets.UTF_8));
    for (byte[] input : inputs) {
      FormatResult result = SeedFormatter.create().format(input, "hostile.txt");
      assertEquals(FormatResult.Status.REFUSED, result.status());
      assertTrue(
          result.findings().stream().allMatch(f -> f.line() >= 1), result.findings().toString());
    }
  }

  @Test
  void editingAFileKeepsItsCommentsAndRefusesToDropOneSilently() throws IOException {
    Path file = dir.resolve("000_0000000000000001.txt");
    String commented =
        canonical
            .replace("quality: 37\n", "quality: 37  # from the ranking\n")
            .replace("  - AI\n", "  - AI  # the only topic\n");
    Files.writeString(file, commented, StandardCharsets.UTF_8);

    FormatResult edited =
        SeedFormatter.create().editFile(file, d -> d.toBuilder().title("A better title").build());
    assertEquals(FormatResult.Status.CHANGED, edited.status());
    String now = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(
        now.contains("title: \"A better title\"\n")
            && now.contains("quality: 37 # from the ranking\n"),
        now);

    byte[] before = Files.readAllBytes(file);
    FormatResult refused =
        SeedFormatter.create().editFile(file, d -> d.toBuilder().topics(null).build());
    assertEquals(FormatResult.Status.REFUSED, refused.status());
    assertEquals(Rule.COMMENTS, refused.findings().get(0).rule());
    assertTrue(
        refused.findings().get(0).message().contains("dropComments(true)"),
        refused.findings().get(0).message());
    assertArrayEquals(before, Files.readAllBytes(file));

    FormatResult dropped =
        SeedFormatter.builder()
            .dropComments(true)
            .build()
            .editFile(file, d -> d.toBuilder().topics(null).build());
    assertEquals(FormatResult.Status.CHANGED, dropped.status());
    assertEquals(1, dropped.droppedComments().size());
    assertTrue(!Files.readString(file, StandardCharsets.UTF_8).contains("topics:"));
  }

  private static int lineOf(String text, String part) {
    return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
  }
}
