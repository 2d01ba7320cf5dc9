package org.seeddoc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seeddoc.Finding;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.report.FindingKeys;

/**
 * A record of findings that {@code check} is not to report again, so that a repository can adopt
 * seeddoc and see only new problems. Findings are keyed by {@link FindingKeys}: file, rule, field
 * path and the field's value, so formatting does not make them new. The file is text, one finding a
 * line: the key, then the rule, field and file for people to read, tab-separated; lines starting
 * with {@code #} are comments.
 */
final class Baseline {
  private static final String HEADER =
      "# seeddoc baseline, version 1: findings 'seeddoc check --baseline' does not report. One a line:"
          + " key, rule, field, file.\n";

  private final Set<String> keys;

  private Baseline(Set<String> keys) {
    this.keys = keys;
  }

  static Baseline read(Path file) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        keys.add(line.split("\t", 2)[0]);
      }
    }
    return new Baseline(keys);
  }

  /** The findings of an outcome that the baseline does not hold. */
  FileOutcome leaveOut(FileOutcome outcome) {
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : outcome.findings()) {
      if (!keys.contains(FindingKeys.of(finding, outcome.document()))) {
        kept.add(finding);
      }
    }
    return kept.size() == outcome.findings().size() ? outcome : outcome.withFindings(kept);
  }

  /** Collects the findings of a run, to write as a baseline. Not thread-safe: the runner reports files in turn. */
  static final class Writer {
    private final List<String> lines = new ArrayList<>();

    void add(FileOutcome outcome) {
      for (Finding f : outcome.findings()) {
        lines.add(FindingKeys.of(f, outcome.document()) + "\t" + f.rule().id() + "\t" + Finding.printable(String.valueOf(f.field()))
            + "\t" + Finding.printable(f.source()));
      }
    }

    void write(Path file) throws IOException {
      SafeFiles.write(file, (HEADER + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
    }
  }
}
