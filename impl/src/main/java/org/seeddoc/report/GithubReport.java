package org.seeddoc.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.seeddoc.Finding;

/**
 * GitHub Actions workflow commands, {@code ::error file=…,line=…,col=…,title=…::message}, which
 * GitHub shows as annotations on the lines of a pull request. GitHub shows at most {@value
 * #SHOWN_PER_LEVEL} annotations of each level a step, so a run with more says so; and when {@code
 * $GITHUB_STEP_SUMMARY} names a file, a table of findings per rule is added to the job's summary
 * page.
 */
final class GithubReport implements Report {
  /** How many annotations of each level GitHub shows for one step. */
  static final int SHOWN_PER_LEVEL = 10;

  private final PrintWriter out;
  private final Path summary;
  private final Map<String, int[]> perRule = new TreeMap<>();
  private int errors;
  private int warnings;

  /**
   * @param summary the job summary file ({@code $GITHUB_STEP_SUMMARY}), or null for none
   */
  GithubReport(PrintWriter out, Path summary) {
    this.out = out;
    this.summary = summary;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Finding f : outcome.findings()) {
      out.println(
          "::"
              + f.severity().label()
              + " file="
              + fileProperty(outcome.identity())
              + ",line="
              + f.line()
              + ",col="
              + f.column()
              + ",title="
              + property(f.rule().id())
              + "::"
              + data(f.message()));
      int[] counts =
          perRule.computeIfAbsent(f.rule().id() + " " + f.rule().summary(), key -> new int[2]);
      counts[f.isError() ? 0 : 1]++;
      if (f.isError()) {
        errors++;
      } else {
        warnings++;
      }
    }
  }

  @Override
  public void finish(Totals totals) {
    if (errors > SHOWN_PER_LEVEL || warnings > SHOWN_PER_LEVEL) {
      out.println(
          "::notice title=seeddoc::"
              + data(
                  errors
                      + " errors and "
                      + warnings
                      + " warnings; GitHub shows "
                      + SHOWN_PER_LEVEL
                      + " annotations of each level a step, so the rest are only in this log"));
    }
    if (summary != null) {
      StringBuilder table =
          new StringBuilder(
              "### seeddoc check\n\n"
                  + totals.files()
                  + " files, "
                  + totals.errors()
                  + " errors, "
                  + totals.warnings()
                  + " warnings\n\n");
      if (!perRule.isEmpty()) {
        table.append("| rule | errors | warnings |\n|---|---:|---:|\n");
        perRule.forEach(
            (rule, counts) ->
                table
                    .append("| ")
                    .append(rule)
                    .append(" | ")
                    .append(counts[0])
                    .append(" | ")
                    .append(counts[1])
                    .append(" |\n"));
      }
      try {
        Files.writeString(
            summary,
            table.append('\n'),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the job summary " + summary, e);
      }
    }
  }

  /**
   * Escapes a message as GitHub's runner expects, after the escaping every format shares: the
   * runner passes other control characters, ESC included, to the log as they are.
   */
  private static String data(String text) {
    return Finding.printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /**
   * A file name as the runner reads it back into the real name, so that the annotation points at
   * the file: the runner's own escapes for {@code %}, CR, LF, {@code :} and {@code ,}, every other
   * character as it is, bidi controls included. Only a control character the runner would pass to
   * the log raw, ESC and the like, is escaped as everywhere; no name with one can be pointed at.
   */
  private static String fileProperty(String name) {
    String escaped =
        name.replace("%", "%25")
            .replace("\r", "%0D")
            .replace("\n", "%0A")
            .replace(":", "%3A")
            .replace(",", "%2C");
    StringBuilder out = new StringBuilder(escaped.length());
    // By code point: half a surrogate pair is one of its own.
    escaped
        .codePoints()
        .forEach(
            c -> {
              if (c < 0x20
                  || (c >= 0x7F && c <= 0x9F)
                  || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Escapes a property value, where ':' and ',' are separators too. */
  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
