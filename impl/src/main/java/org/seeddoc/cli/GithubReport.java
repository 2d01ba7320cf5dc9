package org.seeddoc.cli;

import java.io.PrintWriter;
import org.seeddoc.Finding;
import org.seeddoc.internal.finding.FindingText;

/**
 * GitHub Actions workflow commands, {@code ::error file=…,line=…,col=…,title=…::message}, which
 * GitHub shows as annotations on the lines of a pull request.
 */
final class GithubReport implements Report {
  private final PrintWriter out;

  GithubReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Finding f : outcome.findings()) {
      out.println("::" + f.severity().label()
          + " file=" + property(f.source()) + ",line=" + f.line() + ",col=" + f.column()
          + ",title=" + property(f.rule().id())
          + "::" + data(f.message()));
    }
  }

  @Override
  public void finish(Totals totals) {
    // Annotations carry everything; a summary line would only be noise in the log.
  }

  /**
   * Escapes a message as GitHub's runner expects, after the escaping every format shares: the
   * runner passes other control characters, ESC included, to the log as they are.
   */
  private static String data(String text) {
    return FindingText.printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** Escapes a property value, where ':' and ',' are separators too. */
  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
