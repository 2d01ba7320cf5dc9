package org.seeddoc.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.seeddoc.Comment;
import org.seeddoc.CommentedText;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;

/**
 * The reader's and the writer's promises, as assertions for fuzz tests: each throws {@link
 * AssertionError} (a finding, to Jazzer) when a promise is broken, and lets any other exception of
 * the code under test propagate. seeddoc's own fuzz targets hold it to these; a downstream target
 * calls them around its own code. Needs only {@code seeddoc-api}; {@link LibraryOracles} adds
 * formatting and validation.
 */
public final class SeedOracles {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedWriter WRITER = SeedWriter.create();

  private SeedOracles() {}

  /**
   * Parses bytes: the reader returns a result, whatever the bytes, and every finding is positioned
   * inside the file.
   *
   * @param bytes any input
   * @return the result
   */
  public static ParseResult parses(byte[] bytes) {
    ParseResult result = READER.parse(bytes, "fuzz");
    assertInside(result.findings(), new String(bytes, StandardCharsets.UTF_8));
    return result;
  }

  /**
   * Parses text: the reader returns a result, whatever the text, and every finding is positioned
   * inside the file.
   *
   * @param text any input
   * @return the result
   */
  public static ParseResult parses(String text) {
    ParseResult result = READER.parse(text, "fuzz");
    assertInside(result.findings(), text);
    return result;
  }

  /**
   * Each finding's line exists in the text, and its column is at most one past that line's end.
   *
   * @param findings findings about the text
   * @param text the file they are about
   */
  public static void assertInside(List<Finding> findings, String text) {
    String[] lines = text.split("\n", -1);
    for (Finding finding : findings) {
      check(
          finding.line() >= 1 && finding.line() <= lines.length,
          "a finding outside the file's " + lines.length + " lines: " + finding);
      String line = lines[finding.line() - 1];
      check(
          finding.column() >= 1 && finding.column() <= line.codePointCount(0, line.length()) + 1,
          "a finding outside its line: " + finding);
    }
  }

  /**
   * A document read without errors writes and reads back as itself, and its canonical text is
   * written again byte for byte; written with the comments it was read with, every comment the
   * canonical layout has a place for is read back, only those without one are left out, and writing
   * again changes nothing.
   *
   * @param result a parse result; one with errors is left alone
   */
  public static void roundTrips(ParseResult result) {
    if (result.hasErrors()) {
      return;
    }
    SeedDocument document = result.documentOrThrow();
    roundTrips(document);
    CommentedText commented = WRITER.write(result);
    ParseResult reread = READER.parse(commented.text(), "commented");
    check(
        reread.document().equals(Optional.of(document)),
        "the text written with comments does not read back as the document");
    List<Comment> kept = new ArrayList<>(result.comments().all());
    kept.removeAll(commented.leftOut());
    check(
        texts(kept).equals(texts(reread.comments().all())),
        "comments written are not the comments read back");
    check(
        commented.text().equals(WRITER.write(reread).text()),
        "writing the text with comments again changes it");
    check(
        result.comments().notPlacedIn(document).equals(commented.leftOut()),
        "the comments left out are not exactly those with no place");
  }

  /**
   * The document's canonical text reads back as the document, and writing that again gives the same
   * text byte for byte.
   *
   * @param document any document
   */
  public static void roundTrips(SeedDocument document) {
    String written = WRITER.write(document);
    SeedDocument again = READER.read(written, "written");
    assertSameDocument(document, again);
    check(written.equals(WRITER.write(again)), "the canonical text is not written again as itself");
  }

  /**
   * Your code keeps a document: what it gives back for a document is that document.
   *
   * @param document the document to give your code
   * @param throughYourCode what your code makes of it: an export and import, a copy, a migration
   */
  public static void survives(SeedDocument document, UnaryOperator<SeedDocument> throughYourCode) {
    assertSameDocument(document, throughYourCode.apply(document));
  }

  /**
   * Two documents are equal; if not, the message names the first line of canonical text where they
   * differ, which names the field.
   *
   * @param expected the document there should be
   * @param actual the document there is
   */
  public static void assertSameDocument(SeedDocument expected, SeedDocument actual) {
    Objects.requireNonNull(expected, "expected");
    if (expected.equals(actual)) {
      return;
    }
    if (actual == null) {
      throw new AssertionError("expected a document, got null");
    }
    List<String> want = WRITER.write(expected).lines().toList();
    List<String> got = WRITER.write(actual).lines().toList();
    int line = 0;
    while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
      line++;
    }
    throw new AssertionError(
        "the documents differ at line "
            + (line + 1)
            + " of their canonical text: expected "
            + Finding.printable(line < want.size() ? want.get(line) : "(end)")
            + ", got "
            + Finding.printable(line < got.size() ? got.get(line) : "(end)"));
  }

  static void check(boolean promise, String broken) {
    if (!promise) {
      throw new AssertionError(broken);
    }
  }

  static List<String> texts(List<Comment> comments) {
    return comments.stream().map(Comment::text).sorted().toList();
  }
}
