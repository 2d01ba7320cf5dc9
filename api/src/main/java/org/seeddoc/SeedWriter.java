package org.seeddoc;

import java.io.IOException;
import java.io.Writer;
import org.seeddoc.internal.write.CanonicalWriter;

/**
 * Writes seed documents in the canonical layout described in {@code docs/format.md}: fields in
 * canonical order, two-space indentation, text double-quoted with minimal escapes, LF line endings
 * in the front matter, and the body exactly as it was read. A canonical file read and written again
 * gives back the same bytes.
 *
 * <p>The writer does not validate: fields that are {@code null} are left out and everything else is
 * written as it is. It never gives out text that {@link SeedReader#create()} refuses: keys too long
 * for YAML's implicit keys are written as explicit ones, and a document built in code with a value
 * over the reader's scalar limit, or that would be written over its size limit, is refused with an
 * {@link IllegalArgumentException}. Immutable and thread-safe.
 *
 * <pre>{@code
 * String text = SeedWriter.create().write(document);
 * Files.writeString(path, text, StandardCharsets.UTF_8);
 * }</pre>
 */
public final class SeedWriter {
  private static final SeedWriter INSTANCE = new SeedWriter();

  private SeedWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer
   */
  public static SeedWriter create() {
    return INSTANCE;
  }

  /**
   * Writes a document as text, to be stored as UTF-8. A document holds no comments, so this writes
   * none: to keep those of the file it was read from, write the {@link ParseResult} or pass its
   * {@link ParseResult#comments()} to {@link #write(SeedDocument, Comments)}, which returns any it
   * could not place; {@code seeddoc-impl}'s {@code SeedFormatter.editFile} edits a file so.
   *
   * @param document the document
   * @return the whole file
   * @throws IllegalArgumentException if a text of the document holds an unpaired surrogate, which a
   *     UTF-8 file cannot hold, or if the text would be over the default reader's limits (1 MiB, or
   *     a value of more than 65,536 characters)
   */
  public String write(SeedDocument document) {
    return CanonicalWriter.write(document);
  }

  /**
   * Writes what a reader produced with its comments, each in its place of the canonical layout, as
   * {@code docs/format.md} says. Writing the text again, or reading it and writing that, gives the
   * same bytes.
   *
   * @param result what a reader produced, with a document
   * @return the whole file, and the comments it could not hold (those inside flow collections)
   * @throws IllegalArgumentException if the result has no document, or for the reasons of {@link
   *     #write(SeedDocument)}
   */
  public CommentedText write(ParseResult result) {
    SeedDocument document =
        result
            .document()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        result.source() + " did not read, so it has no document to write"));
    return write(document, result.comments());
  }

  /**
   * Writes a document with comments, such as those of the document it was edited from through
   * {@code toBuilder()}: the comments of every field the document still has are kept in their
   * places; those of fields it no longer has are returned, not written.
   *
   * @param document the document
   * @param comments comments attached to its fields, from {@link ParseResult#comments()}
   * @return the whole file, and the comments it could not hold
   * @throws IllegalArgumentException for the reasons of {@link #write(SeedDocument)}
   */
  public CommentedText write(SeedDocument document, Comments comments) {
    return CanonicalWriter.write(document, comments);
  }

  /**
   * Writes a document to a character stream, which should encode UTF-8.
   *
   * @param document the document
   * @param out where to write; not closed
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if a text of the document holds an unpaired surrogate, or the
   *     text would be over the default reader's limits
   */
  public void write(SeedDocument document, Writer out) throws IOException {
    out.write(write(document));
  }
}
