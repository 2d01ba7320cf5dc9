package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.seeddoc.Comment;
import org.seeddoc.CommentedText;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;

/**
 * Comments survive formatting: kept, in their places, in their order, and formatting twice changes
 * nothing.
 */
class CommentPropertiesTest {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedWriter WRITER = SeedWriter.create();
  private static final String[] TEXTS = {
    "", "a note", "  indented, #hash, \"quoted\"", "ü€😀 ✓", "TODO: check", "---", "# again"
  };

  /** Each field's comments at each place, in order: what must survive. */
  private static Map<String, List<String>> byPlace(ParseResult result) {
    Map<String, List<String>> places = new LinkedHashMap<>();
    for (Comment comment : result.comments().all()) {
      places
          .computeIfAbsent(comment.place() + " " + comment.field(), k -> new ArrayList<>())
          .add(comment.text());
    }
    return places;
  }

  private static List<String> texts(ParseResult result) {
    return result.comments().all().stream().map(Comment::text).sorted().toList();
  }

  @Test
  void everyRenderingFormatsToItsCanonicalTextWithItsComments() {
    Theories.qt()
        .forAll(Renderings.documents())
        .checkAssert(
            rendered -> {
              ParseResult read = READER.parse(rendered.text(), "rendering");
              CommentedText formatted = WRITER.write(read);
              assertEquals(List.of(), formatted.leftOut());
              assertEquals(rendered.formatted(), formatted.text());
              ParseResult again = READER.parse(formatted.text(), "formatted");
              assertEquals(read.document(), again.document());
              assertEquals(byPlace(read), byPlace(again));
              assertEquals(
                  formatted.text(), WRITER.write(again).text(), "formatting is idempotent");
            });
  }

  /**
   * Comments put at random places of a canonical file: at the end of any line of the front matter,
   * or on a line of their own between any two, at any indentation, with any text; and a title with
   * a '#' that is no comment. Formatting keeps every text, each field's comments in their order,
   * and gives a file that formats to itself and reads as the same document with the same comments.
   */
  @Test
  void commentsAtRandomLegalPlacesSurviveFormatting() {
    Theories.qt()
        .forAll(ValidDocuments.documents(), Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
        .checkAssert(
            (document, seed) -> {
              Random random = new Random(seed);
              SeedDocument hashed =
                  random.nextBoolean()
                      ? document
                      : document.toBuilder().title(document.title() + " # not a comment").build();
              String canonical = WRITER.write(hashed);
              int close = canonical.indexOf("\n---\n") + 1;
              List<String> lines =
                  new ArrayList<>(List.of(canonical.substring(4, close - 1).split("\n", -1)));
              List<String> commented = new ArrayList<>();
              for (String line : lines) {
                if (random.nextInt(4) == 0) {
                  commented.add(
                      " ".repeat(random.nextInt(7)) + "#" + TEXTS[random.nextInt(TEXTS.length)]);
                }
                commented.add(
                    !line.isBlank() && random.nextInt(4) == 0
                        ? line + " # " + TEXTS[random.nextInt(TEXTS.length)]
                        : line);
              }
              if (random.nextInt(4) == 0) {
                commented.add("# the end");
              }
              String text =
                  "---\n" + String.join("\n", commented) + "\n" + canonical.substring(close);

              ParseResult read = READER.parse(text, "commented");
              assertEquals(hashed, read.document().orElseThrow());
              CommentedText formatted = WRITER.write(read);
              assertEquals(List.of(), formatted.leftOut());
              ParseResult again = READER.parse(formatted.text(), "formatted");
              assertEquals(read.document(), again.document());
              assertEquals(texts(read), texts(again), "every comment's text is kept");
              assertEquals(
                  byPlace(read), byPlace(again), "each field keeps its comments, in their order");
              assertEquals(
                  formatted.text(), WRITER.write(again).text(), "formatting is idempotent");
            });
  }
}
