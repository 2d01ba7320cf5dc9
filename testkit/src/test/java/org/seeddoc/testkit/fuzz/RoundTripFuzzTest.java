package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seeddoc.Comment;
import org.seeddoc.CommentedText;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFixer;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.testkit.SeedFixtures;
import org.seeddoc.validation.SeedValidator;

/**
 * Read, validate, write and read again, on real seeds with one line or value replaced by fuzzed
 * text, or a fuzzed comment added: validation, formatting and fixing never throw (formatting twice
 * changes nothing the second time), and a document read without errors writes and reads back as
 * itself, with every comment the canonical layout has a place for.
 */
class RoundTripFuzzTest {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedWriter WRITER = SeedWriter.create();
  private static final SeedValidator VALIDATOR = SeedValidator.create();
  private static final SeedFixer FIXER =
      SeedFixer.builder().validator(VALIDATOR).unsafeFixes(true).build();

  @FuzzTest(maxDuration = "10m")
  void readValidateWriteRead(FuzzedDataProvider data) {
    String seed =
        SeedFixtures.text(
            SeedFixtures.REAL_SEEDS.get(data.consumeInt(0, SeedFixtures.REAL_SEEDS.size() - 1)));
    String[] lines = seed.split("\n", -1);
    int line = data.consumeInt(1, lines.length - 3);
    String fuzzed = data.consumeString(500);
    int colon = lines[line].indexOf(": ");
    lines[line] =
        switch (data.consumeInt(0, 2)) {
          case 0 -> colon > 0 ? lines[line].substring(0, colon + 2) + fuzzed : fuzzed;
          // A comment at the end of the line, or one on a line of its own before it, at any
          // indentation.
          case 1 -> lines[line] + " #" + fuzzed;
          default -> " ".repeat(data.consumeInt(0, 8)) + "#" + fuzzed + "\n" + lines[line];
        };
    String text = String.join("\n", lines);

    // The library's fmt and fix: a value every time, positioned when refused, fmt idempotent.
    FormatResult formatted = SeedFormatter.create().format(text, "fuzz");
    if (formatted.isChanged()) {
      assertEquals(
          FormatResult.Status.UNCHANGED,
          SeedFormatter.create().format(formatted.bytes(), "formatted").status());
    } else if (formatted.status() == FormatResult.Status.REFUSED) {
      assertTrue(
          !formatted.findings().isEmpty()
              && formatted.findings().stream().allMatch(f -> f.line() >= 1),
          formatted.toString());
    }
    FormatResult fixed = FIXER.fix(text.getBytes(StandardCharsets.UTF_8), "fuzz");
    assertTrue(fixed.findings().stream().allMatch(f -> f.line() >= 1), fixed.findings().toString());

    ParseResult result = READER.parse(text, "fuzz");
    for (Finding finding : VALIDATOR.validate(result)) {
      assertTrue(finding.line() >= 1 && finding.column() >= 1, finding.toString());
    }
    if (!result.hasErrors()) {
      SeedDocument document = result.document().orElseThrow();
      String written = WRITER.write(document);
      SeedDocument again = READER.read(written, "written");
      assertEquals(document, again);
      assertEquals(written, WRITER.write(again));

      // With its comments: every one written is read back, and writing again changes nothing.
      CommentedText commented = WRITER.write(result);
      ParseResult reread = READER.parse(commented.text(), "commented");
      assertEquals(Optional.of(document), reread.document());
      List<Comment> kept = new ArrayList<>(result.comments().all());
      kept.removeAll(commented.leftOut());
      assertEquals(texts(kept), texts(reread.comments().all()));
      assertEquals(commented.text(), WRITER.write(reread).text());
      assertEquals(
          result.comments().notPlacedIn(document),
          commented.leftOut(),
          "left out: exactly those with no place");
    }
  }

  private static List<String> texts(List<Comment> comments) {
    return comments.stream().map(Comment::text).sorted().toList();
  }
}
