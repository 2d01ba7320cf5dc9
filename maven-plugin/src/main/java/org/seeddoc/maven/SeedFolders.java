package org.seeddoc.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.seeddoc.Finding;
import org.seeddoc.report.FileOutcome;

/**
 * What the goals share: the folders that exist, and findings logged with paths relative to the
 * project.
 */
final class SeedFolders {
  private final Path basedir;
  private final Log log;

  SeedFolders(File basedir, Log log) {
    this.basedir = basedir.toPath().toAbsolutePath().normalize();
    this.log = log;
  }

  /** The configured folders that exist; a missing one is said at debug level, not fatal. */
  List<Path> existing(List<File> folders) {
    List<Path> paths = new ArrayList<>();
    for (File folder : folders) {
      if (folder.exists()) {
        paths.add(folder.toPath().toAbsolutePath().normalize());
      } else {
        log.debug("seeddoc: " + folder + " does not exist; skipped");
      }
    }
    return paths;
  }

  /** A path as the build shows it: relative to the project's folder when it is inside it. */
  String shown(String source) {
    Path path = Path.of(source).toAbsolutePath().normalize();
    return path.startsWith(basedir) ? basedir.relativize(path).toString() : source;
  }

  /**
   * The outcome with each finding's source as {@link #shown}, so logs and reports name files as the
   * project does.
   */
  FileOutcome shown(FileOutcome outcome) {
    return outcome.withFindings(
        outcome.findings().stream().map(f -> f.withSource(shown(f.source()))).toList());
  }

  /**
   * Logs findings as the build log shows compiler messages: errors as errors, warnings as warnings.
   */
  void log(List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.isError()) {
        log.error(finding.toString());
      } else {
        log.warn(finding.toString());
      }
    }
  }
}
