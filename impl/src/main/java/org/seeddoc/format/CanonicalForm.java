package org.seeddoc.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.seeddoc.Comment;
import org.seeddoc.CommentedText;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.spi.FindingText;

/**
 * The checks that stand between a document and the bytes written for it, for formatting, fixing and
 * editing alike: the writer may refuse it, a comment may have no place, and what is written must
 * read back as the same document with the same comments. Each failed check is a finding.
 */
final class CanonicalForm {
  /** Where findings about a whole file stand. */
  static final Position FILE_START = new Position(1, 1);

  private static final SeedReader READER = SeedReader.create();
  private static final SeedWriter WRITER = SeedWriter.create();

  private CanonicalForm() {}

  static ParseResult parse(byte[] bytes, String source) {
    return READER.parse(bytes, source);
  }

  /** A document in the canonical layout, as bytes, and the comments the layout had no place for. */
  record Written(byte[] bytes, List<Comment> leftOut) {}

  /**
   * The document in the canonical layout, or null, with the reason a finding at the file's first
   * line when {@code out} is given, when the writer refuses it: escapes can make the text of a
   * document read within the size limit grow past it.
   */
  static Written write(SeedDocument document, Comments comments, FindingCollector out) {
    try {
      CommentedText text = WRITER.write(document, comments);
      return new Written(text.text().getBytes(StandardCharsets.UTF_8), text.leftOut());
    } catch (IllegalArgumentException e) {
      if (out != null) {
        out.report(
            Rule.LIMIT,
            null,
            FILE_START,
            "formatting would write a file that does not read back ("
                + e.getMessage()
                + "); the file is left as it is");
      }
      return null;
    }
  }

  /**
   * Whether what is about to be written reads back, with no error, as the document it was made
   * from, with every comment it holds; if not, the reason is a finding at the file's first line.
   * The writer can make text the reader refuses: escapes make a text longer than the size limit,
   * say.
   */
  static boolean readsBackEqual(
      Written written,
      SeedDocument document,
      Comments comments,
      String source,
      FindingCollector out) {
    ParseResult again = READER.parse(written.bytes(), source);
    Finding error = again.findings().stream().filter(Finding::isError).findFirst().orElse(null);
    if (error != null) {
      out.report(
          error.rule(),
          error.field(),
          FILE_START,
          "formatting would write a file that does not read back ("
              + error.message()
              + ", at line "
              + error.line()
              + " of the formatted text); the file is left as it is");
      return false;
    }
    if (!again.document().equals(Optional.of(document))) {
      out.report(
          Rule.NOT_CANONICAL,
          null,
          FILE_START,
          "formatting would write a file that reads back as another document; the file is left as it is (please report it)");
      return false;
    }
    List<Comment> kept = new ArrayList<>(comments.all());
    kept.removeAll(written.leftOut());
    if (!again.comments().all().stream()
        .map(Comment::text)
        .sorted()
        .toList()
        .equals(kept.stream().map(Comment::text).sorted().toList())) {
      out.report(
          Rule.COMMENTS,
          null,
          FILE_START,
          "formatting would write a file that loses or changes a comment; the file is left as it is (please report it)");
      return false;
    }
    return true;
  }

  /**
   * Whether writing keeps every comment; if not, each one it would leave out is an SD011 finding at
   * the comment, saying why and how to go on without it ({@code dropWith}, such as {@code pass
   * --drop-comments to fmt}).
   */
  static boolean keepsComments(List<Comment> leftOut, FindingCollector out, String dropWith) {
    for (Comment comment : leftOut) {
      String where =
          comment.field().isEmpty() ? "" : " of '" + Finding.printable(comment.field()) + "'";
      out.report(
          Rule.COMMENTS,
          comment.field().isEmpty() ? null : comment.field(),
          comment.position(),
          comment.place() == Comment.Place.UNPLACED
              ? "this comment"
                  + where
                  + " is inside a flow collection ([...] or {...}), which the canonical layout writes as a block,"
                  + " so it has no place there; move it out of the brackets, or "
                  + dropWith
                  + " without it"
              : "this comment belongs to '"
                  + Finding.printable(comment.field())
                  + "', which has no value and is left out of the"
                  + " canonical layout; give it a value or move the comment, or "
                  + dropWith
                  + " without it");
    }
    return leftOut.isEmpty();
  }

  /**
   * Reads a file, hands its bytes and name to {@code work}, and replaces the file through {@link
   * SafeFiles} when the result changes it: the one way formatting, fixing and editing write.
   */
  static FormatResult rewrite(Path file, BiFunction<byte[], String, FormatResult> work)
      throws IOException {
    byte[] original = SafeFiles.read(file);
    FormatResult result = work.apply(original, file.toString());
    if (result.isChanged()) {
      SafeFiles.replace(file, original, result.bytes());
    }
    return result;
  }

  /**
   * A failure of seeddoc's own on a file, as the SD012 finding that lets a caller go on to the next
   * file.
   */
  static FormatResult failed(String source, RuntimeException e) {
    FindingCollector out = new FindingCollector(source);
    out.report(Rule.UNREADABLE, null, FILE_START, FindingText.failedOn(e));
    return FormatResult.refused(out.sorted());
  }
}
