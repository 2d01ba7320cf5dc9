package org.seeddoc.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.spi.SourceText;

/**
 * Writes seed documents in the canonical layout with every safety check {@code seeddoc fmt} makes:
 * a file with an error is refused; so is one with a comment the layout has no place for (SD011),
 * unless the formatter drops comments, and then it says which; what is written must read back as
 * the same document with the same comments. A refusal is a {@link FormatResult} with the findings
 * that say why, never an exception, and the file is left as it was.
 *
 * <p>Immutable and thread-safe: create one and share it.
 *
 * <pre>{@code
 * SeedFormatter formatter = SeedFormatter.create();
 * FormatResult result = formatter.formatFile(Path.of("seeds/000_d1aaf954cc0ce8f5.txt"));
 * result.findings().forEach(System.out::println); // why it was refused, if it was
 *
 * // Edit a file and write it back, comments kept:
 * formatter.editFile(path, document -> document.toBuilder().title("A better title").build());
 * }</pre>
 */
public final class SeedFormatter {
  private static final SeedFormatter DEFAULT = new SeedFormatter(false);

  /** How an SD011 finding of formatting says to go on without the comment. */
  private static final String DROP_IN_FMT = "pass --drop-comments to fmt";

  private final boolean dropComments;

  private SeedFormatter(boolean dropComments) {
    this.dropComments = dropComments;
  }

  /**
   * The formatter that keeps every comment, refusing a file when it cannot.
   *
   * @return the formatter
   */
  public static SeedFormatter create() {
    return DEFAULT;
  }

  /**
   * A builder, for a formatter that drops comments.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeedFormatter}. Not thread-safe; each call returns the builder. */
  public static final class Builder {
    private boolean dropComments;

    private Builder() {}

    /**
     * Whether to format a file even when a comment has no place in the canonical layout, dropping
     * it ({@code seeddoc fmt --drop-comments}); the result lists what was dropped.
     *
     * @param drop true to drop such comments
     * @return this builder
     */
    public Builder dropComments(boolean drop) {
      this.dropComments = drop;
      return this;
    }

    /**
     * Builds the formatter.
     *
     * @return the formatter
     */
    public SeedFormatter build() {
      return dropComments ? new SeedFormatter(true) : DEFAULT;
    }
  }

  /**
   * Formats a file's bytes.
   *
   * @param bytes the file's content
   * @param source the name findings carry, such as the file's path
   * @return the canonical content, or that the file is canonical, or why it is refused
   */
  public FormatResult format(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    try {
      ParseResult result = CanonicalForm.parse(bytes, source);
      List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
      if (!errors.isEmpty()) {
        return FormatResult.refused(errors);
      }
      return write(bytes, result, result.documentOrThrow(), DROP_IN_FMT);
    } catch (RuntimeException e) {
      return CanonicalForm.failed(source, e);
    }
  }

  /**
   * Formats a file's text.
   *
   * @param text the file's content
   * @param source the name findings carry
   * @return as {@link #format(byte[], String)}
   */
  public FormatResult format(String text, String source) {
    return format(text.getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * Formats a file in place, as {@code seeddoc fmt} does: written through {@link
   * org.seeddoc.files.SafeFiles} when it changes, left as it was otherwise.
   *
   * @param file the file
   * @return what became of it
   * @throws org.seeddoc.files.WriteRefusedException if the file is read-only or changed while it
   *     was formatted
   * @throws IOException if it cannot be read or written
   */
  public FormatResult formatFile(Path file) throws IOException {
    return CanonicalForm.rewrite(file, this::format);
  }

  /**
   * Edits the document a file holds and writes it back in the canonical layout, each comment kept
   * at its field: the short way to change a file from code. A file with an error is refused, and so
   * is an edit that removes a field with a comment, unless this formatter drops comments.
   *
   * @param file the file
   * @param edit makes the new document from the file's, such as through {@code toBuilder()}
   * @return what became of the file
   * @throws IOException for the reasons of {@link #formatFile(Path)}
   */
  public FormatResult editFile(Path file, UnaryOperator<SeedDocument> edit) throws IOException {
    Objects.requireNonNull(edit, "edit");
    return CanonicalForm.rewrite(file, (original, source) -> edit(original, source, edit));
  }

  private FormatResult edit(byte[] original, String source, UnaryOperator<SeedDocument> edit) {
    ParseResult result = CanonicalForm.parse(original, source);
    List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      return FormatResult.refused(errors);
    }
    SeedDocument edited =
        Objects.requireNonNull(edit.apply(result.documentOrThrow()), "the edit returned null");
    try {
      return write(
          original, result, edited, "build the formatter with dropComments(true) to write it");
    } catch (RuntimeException e) {
      return CanonicalForm.failed(source, e);
    }
  }

  /**
   * Whether a file is in the canonical layout, as {@code seeddoc fmt --check} says: its errors, or
   * an SD010 finding at the first line that differs (saying too when formatting would refuse it),
   * or nothing.
   *
   * @param bytes the file's content
   * @param source the name findings carry
   * @return the findings; empty for a canonical file
   */
  public List<Finding> check(byte[] bytes, String source) {
    try {
      ParseResult result = CanonicalForm.parse(bytes, source);
      List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
      if (!errors.isEmpty()) {
        return errors;
      }
      FindingCollector out = new FindingCollector(source);
      CanonicalForm.Written written =
          CanonicalForm.write(result.documentOrThrow(), result.comments(), out);
      if (written == null || Arrays.equals(bytes, written.bytes())) {
        return out.sorted();
      }
      FindingCollector blocked = new FindingCollector(source);
      boolean keeps =
          dropComments || CanonicalForm.keepsComments(written.leftOut(), blocked, DROP_IN_FMT);
      out.report(
          Rule.NOT_CANONICAL,
          null,
          firstDifference(bytes, written.bytes()),
          keeps
              ? "not in the canonical layout; run 'seeddoc fmt' on it"
              : "not in the canonical layout, and 'seeddoc fmt' would refuse it: the comment at line "
                  + blocked.sorted().get(0).line()
                  + " has no place in the canonical layout (SD011); move it, or run 'seeddoc fmt --drop-comments'");
      return out.sorted();
    } catch (RuntimeException e) {
      return CanonicalForm.failed(source, e).findings();
    }
  }

  /** The document written in the canonical layout, if every check lets it through. */
  private FormatResult write(
      byte[] original, ParseResult result, SeedDocument document, String dropWith) {
    String source = result.source();
    FindingCollector out = new FindingCollector(source);
    CanonicalForm.Written written = CanonicalForm.write(document, result.comments(), out);
    if (written == null) {
      return FormatResult.refused(out.sorted());
    }
    if (Arrays.equals(original, written.bytes())) {
      return new FormatResult(FormatResult.Status.UNCHANGED, null, List.of(), List.of(), List.of());
    }
    if (!dropComments && !CanonicalForm.keepsComments(written.leftOut(), out, dropWith)) {
      return FormatResult.refused(out.sorted());
    }
    if (!CanonicalForm.readsBackEqual(written, document, result.comments(), source, out)) {
      return FormatResult.refused(out.sorted());
    }
    return new FormatResult(
        FormatResult.Status.CHANGED, written.bytes(), List.of(), List.of(), written.leftOut());
  }

  /** Where a file first differs from its canonical form: the line, at column 1. */
  private static Position firstDifference(byte[] original, byte[] canonical) {
    int at = Arrays.mismatch(original, canonical);
    return new Position(
        SourceText.positionOfByte(original, Math.min(at, original.length)).line(), 1);
  }
}
