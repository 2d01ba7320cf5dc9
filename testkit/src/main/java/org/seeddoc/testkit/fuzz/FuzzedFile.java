package org.seeddoc.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.seeddoc.SeedDocument;

/**
 * A seed file made from fuzz input, with what is known of it. Immutable.
 *
 * @param kind how it was made
 * @param bytes the whole file; a copy is kept and given out
 * @param document the document it must read as, for the canonical and rendered kinds; empty for the
 *     others, which may read as a document or not
 */
public record FuzzedFile(Kind kind, byte[] bytes, Optional<SeedDocument> document) {
  /** How a file was made. */
  public enum Kind {
    /** A valid document in the writer's canonical text. */
    CANONICAL,
    /** A valid document in other YAML styles, with comments. */
    RENDERED,
    /** A valid document with one named defect. */
    INVALID,
    /** A valid document with a hostile construct or value. */
    HOSTILE,
    /** A valid document's bytes, damaged or in another encoding than UTF-8. */
    MISENCODED
  }

  /**
   * Checks that nothing is null, and copies the bytes.
   *
   * @param kind how it was made
   * @param bytes the whole file
   * @param document the document it must read as, or empty
   */
  public FuzzedFile {
    Objects.requireNonNull(kind, "kind");
    bytes = bytes.clone();
    Objects.requireNonNull(document, "document");
  }

  static FuzzedFile of(Kind kind, String text, Optional<SeedDocument> document) {
    return new FuzzedFile(kind, text.getBytes(StandardCharsets.UTF_8), document);
  }

  /**
   * The whole file.
   *
   * @return a copy of its bytes
   */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The file decoded as UTF-8, malformed bytes replaced.
   *
   * @return its text
   */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FuzzedFile that
        && kind == that.kind
        && Arrays.equals(bytes, that.bytes)
        && document.equals(that.document);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(bytes), document);
  }

  @Override
  public String toString() {
    return "FuzzedFile[" + kind + ", " + bytes.length + " bytes]";
  }
}
