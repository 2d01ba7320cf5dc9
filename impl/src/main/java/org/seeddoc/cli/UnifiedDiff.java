package org.seeddoc.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.seeddoc.Finding;

/**
 * What a change would do to a file, as a unified diff with three lines of context, by
 * java-diff-utils; each line escaped as findings are, so the file's text cannot reach a terminal
 * raw.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  static String of(String name, byte[] before, byte[] after) {
    List<String> old = new String(before, StandardCharsets.UTF_8).lines().toList();
    List<String> changed = new String(after, StandardCharsets.UTF_8).lines().toList();
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            "a/" + name, "b/" + name, old, DiffUtils.diff(old, changed), CONTEXT);
    StringBuilder out = new StringBuilder();
    for (String line : diff) {
      out.append(Finding.printable(line)).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
