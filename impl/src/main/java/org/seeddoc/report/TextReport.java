package org.seeddoc.report;

import java.io.PrintWriter;
import org.seeddoc.Finding;
import org.seeddoc.format.FixSafety;
import org.seeddoc.spi.SourceText;

/**
 * One line per finding, {@code file:line:column: severity [RULE] message}, followed, as compilers
 * print notes, by the source line with a caret under the column when the style asks for it and an
 * indented {@code fix: …} line with the whole suggested value when the finding has one ({@code fix
 * (unsafe): …} when it needs {@code --unsafe-fixes}); a line for each file {@code fmt} wrote; and
 * for {@code check} a summary line that says how many findings are fixable.
 */
final class TextReport implements Report {
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final boolean summary;
  private final TextStyle style;

  TextReport(PrintWriter out, boolean summary, TextStyle style) {
    this.out = out;
    this.summary = summary;
    this.style = style;
  }

  @Override
  public void file(FileOutcome outcome) {
    SourceText source =
        style.source() && outcome.text() != null ? SourceText.of(outcome.text()) : null;
    for (Finding finding : outcome.findings()) {
      out.println(style.color() ? colored(finding) : finding.toString());
      if (source != null && finding.line() > 0) {
        String snippet = source.snippet(finding.line(), finding.column());
        if (!snippet.isEmpty()) {
          int caret = snippet.lastIndexOf('^');
          out.println(
              style.color()
                  ? snippet.substring(0, caret) + colorOf(finding) + "^" + RESET
                  : snippet);
        }
      }
      if (finding.fix() != null) {
        boolean unsafe = FixSafety.of(finding) == FixSafety.UNSAFE;
        out.println((unsafe ? "  fix (unsafe): " : "  fix: ") + Finding.printable(finding.fix()));
      }
    }
    if (outcome.change() != null) {
      out.println(outcome.change());
    }
  }

  /** The finding's line with its file in bold and its severity in its colour. */
  private static String colored(Finding finding) {
    return BOLD
        + Finding.printable(finding.source())
        + RESET
        + ":"
        + finding.line()
        + ":"
        + finding.column()
        + ": "
        + colorOf(finding)
        + finding.severity().label()
        + RESET
        + " ["
        + finding.rule().id()
        + "] "
        + Finding.printable(finding.message());
  }

  private static String colorOf(Finding finding) {
    return finding.isError() ? RED : YELLOW;
  }

  @Override
  public void finish(Totals totals) {
    if (!summary) {
      return;
    }
    out.println(totals.summary());
    String hint = totals.fixableHint();
    if (hint != null) {
      out.println(hint);
    }
  }
}
