package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Comments as docs/format.md section 4.1 attaches and writes them. */
class CommentsTest {
  private static String seed;

  @BeforeAll
  static void readSeed() throws IOException {
    seed =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "004_04cd3372321c0f9e.txt"),
            StandardCharsets.UTF_8);
  }

  private static ParseResult read(String text) {
    ParseResult result = SeedReader.create().parse(text, "c.txt");
    assertTrue(
        result.findings().stream().noneMatch(Finding::isError), result.findings().toString());
    return result;
  }

  private static List<String> attached(ParseResult result) {
    return result.comments().all().stream()
        .map(c -> c.place() + " " + c.field() + " " + c.text())
        .toList();
  }

  private static String commented() {
    return seed.replace(
            "---\ncategory: news\n",
            "---\n# header\n\n# about category\ncategory: news   #  trailing, two spaces kept \n")
        .replace("provider:\n  name:", "provider: # provider's line\n  # before name\n  name:")
        .replace("  domain: eurekalert.org\n", "  domain: eurekalert.org\n  # closing provider\n")
        .replace(
            "topics:\n  - AI\n", "topics:\n  # before AI\n  - AI # AI's line\n  # closing topics\n")
        .replace(
            "    isCached: true\n\nrelated:",
            "    isCached: true\n    # closing image 0\n\nrelated:")
        .replace("\nsecured:", "\n# before secured, \"# not a comment\" quoted\nsecured:")
        .replace("\n---\n", "\n# footer\n---\n");
  }

  @Test
  void eachCommentIsAttachedToItsField() {
    assertEquals(
        List.of(
            "HEADER  header",
            "LEADING category about category",
            "TRAILING category  trailing, two spaces kept",
            "TRAILING provider provider's line",
            "LEADING provider.name before name",
            "CLOSING provider closing provider",
            "LEADING topics[0] before AI",
            "TRAILING topics[0] AI's line",
            "CLOSING topics closing topics",
            "CLOSING images[0] closing image 0",
            "LEADING secured before secured, \"# not a comment\" quoted",
            "CLOSING  footer"),
        attached(read(commented())));
  }

  @Test
  void writingKeepsEveryCommentInItsPlaceAndTwiceChangesNothing() {
    ParseResult result = read(commented());
    CommentedText written = SeedWriter.create().write(result);
    assertEquals(List.of(), written.leftOut());
    // Already in the canonical places: only the spacing of the trailing comment changes.
    String expected =
        commented()
            .replace(
                "category: news   #  trailing, two spaces kept \n",
                "category: news #  trailing, two spaces kept\n");
    assertEquals(expected, written.text());
    ParseResult again = read(written.text());
    assertEquals(result.document(), again.document());
    assertEquals(attached(result), attached(again));
    assertEquals(written.text(), SeedWriter.create().write(again).text());
  }

  @Test
  void aFlowCollectionsInnerCommentHasNoPlaceAndIsReturned() {
    ParseResult result =
        read(seed.replace("topics:\n  - AI\n", "topics: [AI, # inside\n  ML] # after\n"));
    assertEquals(List.of("UNPLACED topics inside", "TRAILING topics after"), attached(result));
    CommentedText written = SeedWriter.create().write(result);
    assertEquals(List.of("inside"), written.leftOut().stream().map(Comment::text).toList());
    assertTrue(written.text().contains("topics: # after\n  - AI\n  - ML\n"), written.text());
  }

  @Test
  void anEditedDocumentKeepsTheCommentsOfItsFieldsAndReturnsThoseOfRemovedOnes() {
    ParseResult result =
        read(
            seed.replace("\nwebUrl: \"https", "\n# the page\nwebUrl: \"https")
                .replace("  - AI\n", "  - AI # first\n  - ML # second\n"));
    SeedDocument edited =
        result.document().orElseThrow().toBuilder()
            .topics(List.of("AI"))
            .title("Another title")
            .build();
    CommentedText written = SeedWriter.create().write(edited, result.comments());
    assertEquals(List.of("second"), written.leftOut().stream().map(Comment::text).toList());
    assertTrue(written.text().contains("# the page\nwebUrl: "), written.text());
    assertTrue(written.text().contains("  - AI # first\n"), written.text());
    assertEquals(
        List.of("second"),
        result.comments().notPlacedIn(edited).stream().map(Comment::text).toList());
  }

  @Test
  void aRenamedKeyTakesItsCommentsAlong() {
    Comments comments =
        Comments.of(
            List.of(
                new Comment(Comment.Place.TRAILING, "related[0].tpye", "t", null),
                new Comment(Comment.Place.LEADING, "related[0].tpyeX", "other", null)));
    Finding rename =
        new Finding(Rule.UNKNOWN_KEY, "c.txt", 1, 1, "related[0].tpye", "unknown key", "type");
    assertEquals(
        List.of("related[0].type", "related[0].tpyeX"),
        Fixes.moveComments(comments, List.of(rename)).all().stream().map(Comment::field).toList());
  }

  @Test
  void aFileWithoutCommentsHasNoneAndACommentIsOneLine() {
    assertTrue(read(seed).comments().isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Comment(Comment.Place.LEADING, "title", "a\nb", null));
    assertEquals("#", new Comment(Comment.Place.LEADING, "title", "", null).written());
  }
}
