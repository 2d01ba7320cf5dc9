package org.seeddoc.cli;

import java.util.List;
import org.seeddoc.Finding;

/**
 * What handling one file produced, for the report and the exit code.
 *
 * @param file the file
 * @param findings its findings, sorted by position
 * @param change what {@code fmt} or {@code fix} did to the file, or would do with a dry run (such as
 *     {@code formatted FILE}), or null when it did nothing
 * @param problem a read or write failure that is no finding of the file, or null
 */
record FileOutcome(SeedFiles.SeedFile file, List<Finding> findings, String change, String problem) {
  static FileOutcome of(SeedFiles.SeedFile file, List<Finding> findings) {
    return new FileOutcome(file, findings, null, null);
  }
}
