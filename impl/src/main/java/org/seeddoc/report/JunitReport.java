package org.seeddoc.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.spi.FindingText;

/**
 * JUnit XML, as Jenkins, GitLab and most CI servers read test reports, laid out as eslint's junit
 * formatter lays it out: one test suite a file, whose cases have the file as their class name; one
 * test case a finding (an error is a failure, a warning a skipped case that says why); and one
 * passing case for a file without findings, so that every file checked is counted.
 */
final class JunitReport implements Report {
  private final PrintWriter out;
  private final List<String> suites = new ArrayList<>();
  private int tests;
  private int failures;
  private int skipped;

  JunitReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(FileOutcome outcome) {
    String file = outcome.file().path().toString();
    StringBuilder cases = new StringBuilder();
    int fileFailures = 0;
    int fileSkipped = 0;
    for (Finding f : outcome.findings()) {
      String name =
          f.rule().id()
              + " "
              + (f.field() == null ? "" : f.field() + " ")
              + "at "
              + f.line()
              + ":"
              + f.column();
      cases
          .append("    <testcase classname=\"")
          .append(xmlName(file))
          .append("\" name=\"")
          .append(xmlName(name))
          .append("\" file=\"")
          .append(xmlName(file))
          .append("\">\n");
      if (f.isError()) {
        fileFailures++;
        cases
            .append("      <failure type=\"")
            .append(f.rule().id())
            .append("\" message=\"")
            .append(xml(f.message()))
            .append("\">")
            .append(xml(f.toString()))
            .append("</failure>\n");
      } else {
        fileSkipped++;
        cases
            .append("      <skipped message=\"")
            .append(xml("warning: " + f.message()))
            .append("\"/>\n");
      }
      cases.append("    </testcase>\n");
    }
    int fileTests = outcome.findings().size();
    if (fileTests == 0) {
      fileTests = 1;
      cases
          .append("    <testcase classname=\"")
          .append(xmlName(file))
          .append("\" name=\"no findings\" file=\"")
          .append(xmlName(file))
          .append("\"/>\n");
    }
    tests += fileTests;
    failures += fileFailures;
    skipped += fileSkipped;
    suites.add(
        "  <testsuite name=\""
            + xml(file)
            + "\" tests=\""
            + fileTests
            + "\" failures=\""
            + fileFailures
            + "\" errors=\"0\" skipped=\""
            + fileSkipped
            + "\" time=\"0\">\n"
            + cases
            + "  </testsuite>\n");
  }

  @Override
  public void finish(Totals totals) {
    out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.print(
        "<testsuites name=\"seeddoc check\" tests=\""
            + tests
            + "\" failures=\""
            + failures
            + "\" errors=\"0\" skipped=\""
            + skipped
            + "\" time=\"0\">\n");
    suites.forEach(out::print);
    out.print("</testsuites>\n");
  }

  /**
   * Text for XML: the characters XML 1.0 cannot hold at all, controls among them, escaped as every
   * format escapes them, then XML's own five.
   */
  /**
   * A name as an attribute that an XML parser reads back as the real name, so that a test report
   * points at the file: line breaks, tabs, DEL, C1 and bidi controls and separators as character
   * references, which also keep them out of a terminal showing the raw XML. What XML 1.0 cannot
   * hold at all (other C0 controls, U+FFFE, U+FFFF, a lone surrogate) is escaped as everywhere.
   */
  private static String xmlName(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    // By code point: half a surrogate pair is one of its own.
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\t'
                  || c == '\n'
                  || c == '\r'
                  || (c >= 0x7F && c <= 0x9F)
                  || FindingText.isBidiControlOrSeparator(c)) {
                out.append("&#x")
                    .append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT))
                    .append(';');
              } else if (c < 0x20
                  || c == 0xFFFE
                  || c == 0xFFFF
                  || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.append(xml(new String(Character.toChars(c))));
              }
            });
    return out.toString();
  }

  private static String xml(String text) {
    String printable = Finding.printable(text);
    StringBuilder out = new StringBuilder(printable.length() + 16);
    for (int i = 0; i < printable.length(); i++) {
      char c = printable.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
