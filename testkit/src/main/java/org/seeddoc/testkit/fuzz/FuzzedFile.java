package org.seeddoc.testkit.fuzz;

import java.util.Objects;
import java.util.Optional;
import org.seeddoc.SeedDocument;

/**
 * A seed file made from fuzz input, with what is known of it.
 *
 * @param kind how it was made
 * @param text the whole file
 * @param document the document it must read as, for the canonical and rendered kinds; empty for the
 *     others, which may read as a document or not
 */
public record FuzzedFile(Kind kind, String text, Optional<SeedDocument> document) {
  /** How a file was made. */
  public enum Kind {
    /** A valid document in the writer's canonical text. */
    CANONICAL,
    /** A valid document in other YAML styles, with comments. */
    RENDERED,
    /** A valid document with one named defect. */
    INVALID,
    /** A valid document with a hostile construct or value. */
    HOSTILE
  }

  /**
   * Checks that nothing is null.
   *
   * @param kind how it was made
   * @param text the whole file
   * @param document the document it must read as, or empty
   */
  public FuzzedFile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(document, "document");
  }
}
