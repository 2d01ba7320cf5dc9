package org.seeddoc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seeddoc.internal.read.ParseOutcome;
import org.seeddoc.spi.FindingText;

/**
 * What reading one source produced: the document, every finding, and where each field stands.
 *
 * <p>Problems are values here, not exceptions: a file with a missing key or a value of the wrong
 * type still gives a document, with {@code null} where the value should be, and an error finding
 * for each problem. Only a problem that makes the rest unreadable (broken YAML, bad encoding, a
 * limit) leaves no document. Immutable and thread-safe.
 */
public final class ParseResult {
  private final String source;
  private final ParseOutcome outcome;

  ParseResult(String source, ParseOutcome outcome) {
    this.source = source;
    this.outcome = outcome;
  }

  /**
   * The source name given to the reader, such as the file's path.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The document, possibly with {@code null} where the file had errors.
   *
   * @return the document, or empty when a problem stopped the read
   */
  public Optional<SeedDocument> document() {
    return Optional.ofNullable(outcome.document());
  }

  /**
   * Every finding of the reader, errors and warnings, sorted by line and column.
   *
   * @return the findings; unmodifiable
   */
  public List<Finding> findings() {
    return outcome.findings();
  }

  /**
   * Whether any finding is an error.
   *
   * @return true when the file has at least one error
   */
  public boolean hasErrors() {
    return outcome.findings().stream().anyMatch(Finding::isError);
  }

  /**
   * Where a field stands in the source: the position of its key, or for a list item, of the item.
   *
   * @param fieldPath a field path such as {@code related[0].webUrl}
   * @return the position, or empty when the source has no such field
   */
  public Optional<Position> position(String fieldPath) {
    return Optional.ofNullable(outcome.positions().get(fieldPath));
  }

  /**
   * The position of every field that was read, by field path.
   *
   * @return the positions; unmodifiable
   */
  public Map<String, Position> positions() {
    return outcome.positions();
  }

  /**
   * Where the front matter's first YAML comment is.
   *
   * @return the position of the first {@code #} comment, or empty when there is none
   */
  public Optional<Position> firstComment() {
    return outcome.comments().first();
  }

  /**
   * The front matter's comments, each attached to its field as {@code docs/format.md} says. The
   * document does not hold them: write it with {@link SeedWriter#write(ParseResult)}, or with
   * {@link SeedWriter#write(SeedDocument, Comments)} after editing it, to keep them.
   *
   * @return the comments, in source order; empty when the reader stopped at a problem
   */
  public Comments comments() {
    return outcome.comments();
  }

  /**
   * The document, when the file has no errors.
   *
   * @return the document
   * @throws SeedFormatException listing every error, when there is at least one
   */
  public SeedDocument documentOrThrow() {
    List<Finding> errors = outcome.findings().stream().filter(Finding::isError).toList();
    if (errors.isEmpty()) {
      return outcome.document();
    }
    Finding first = errors.get(0);
    String snippet =
        outcome.text() == null
            ? ""
            : FindingText.withoutSecrets(outcome.text().snippet(first.line(), first.column()));
    throw new SeedFormatException(errors, snippet);
  }
}
