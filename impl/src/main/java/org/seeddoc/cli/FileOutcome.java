package org.seeddoc.cli;

import java.util.List;
import org.seeddoc.Finding;

/**
 * What handling one file produced, for the report and the exit code.
 *
 * @param file the file
 * @param findings its findings, sorted by position
 * @param rewritten whether {@code fmt} wrote the file
 * @param problem a read or write failure that is no finding of the file, or null
 */
record FileOutcome(SeedFiles.SeedFile file, List<Finding> findings, boolean rewritten, String problem) {
  static FileOutcome of(SeedFiles.SeedFile file, List<Finding> findings) {
    return new FileOutcome(file, findings, false, null);
  }
}
