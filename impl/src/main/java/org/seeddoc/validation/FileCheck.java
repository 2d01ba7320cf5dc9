package org.seeddoc.validation;

import java.util.List;
import java.util.Optional;
import org.seeddoc.Finding;
import org.seeddoc.SeedDocument;

/**
 * What checking one file gives: its document when it read, and every finding {@code seeddoc check}
 * reports for it. Immutable and thread-safe.
 *
 * @param document the document, or null when the file did not read as one
 * @param findings every finding, at its configured level, sorted by position; unmodifiable
 */
public record FileCheck(SeedDocument document, List<Finding> findings) {
  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param document the document, or null when the file did not read as one
   * @param findings every finding, sorted by position
   */
  public FileCheck {
    findings = List.copyOf(findings);
  }

  /**
   * The document, when the file read as one.
   *
   * @return the document, or empty
   */
  public Optional<SeedDocument> readDocument() {
    return Optional.ofNullable(document);
  }
}
