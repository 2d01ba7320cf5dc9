package org.seeddoc.cli;

import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.SeedDocument;
import org.seeddoc.files.SeedFile;

/**
 * What handling one file produced, for the report and the exit code.
 *
 * @param file the file
 * @param findings its findings, sorted by position
 * @param change what {@code fmt} or {@code fix} did to the file, or would do with a dry run (such as
 *     {@code formatted FILE}), or null when it did nothing
 * @param problem a read or write failure that is no finding of the file, or null
 * @param document the document the findings are about, or null when the file did not read
 * @param text the file's text when a finding has a fix that a report may spell out as an edit, or null
 */
record FileOutcome(SeedFile file, List<Finding> findings, String change, String problem, SeedDocument document,
    String text) {
  FileOutcome(SeedFile file, List<Finding> findings, String change, String problem) {
    this(file, findings, change, problem, null, null);
  }

  static FileOutcome of(SeedFile file, List<Finding> findings) {
    return new FileOutcome(file, findings, null, null, null, null);
  }

  /** The same outcome with other findings, such as those a baseline leaves. */
  FileOutcome withFindings(List<Finding> kept) {
    return new FileOutcome(file, kept, change, problem, document, text);
  }
}
