package org.seeddoc.report;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seeddoc.Finding;
import org.seeddoc.Fixes;
import org.seeddoc.Rule;
import org.seeddoc.SeedWriter;
import org.seeddoc.format.FixSafety;

/**
 * A SARIF 2.1.0 log: one run whose tool driver lists every rule, and a result for each finding at
 * its file, line and column (columns count Unicode code points).
 */
final class SarifReport implements Report {
  private static final String INFORMATION_URI = "https://github.com/seeddoc/seeddoc";

  /** GitHub code scanning takes at most this many results of a run. */
  static final int MAX_RESULTS = 25_000;

  private final PrintWriter out;
  private final String version;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Each finding's key, the baseline's too, as its partial fingerprint: stable when fmt moves it.
   */
  private final List<String> keys = new ArrayList<>();

  /** Each finding's file as a URI reference. */
  private final List<String> uris = new ArrayList<>();

  /** Each finding's fix as a SARIF fix object, or null. */
  private final List<String> fixes = new ArrayList<>();

  private int leftOut;

  SarifReport(PrintWriter out, String version) {
    this.out = out;
    this.version = version;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Finding finding : outcome.findings()) {
      if (findings.size() == MAX_RESULTS) {
        leftOut++;
        continue;
      }
      findings.add(finding);
      keys.add(FindingKeys.of(outcome, finding));
      uris.add(uri(outcome.identity()));
      fixes.add(fix(finding, outcome));
    }
  }

  @Override
  public void finish(Totals totals) {
    out.println("{");
    out.println("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",");
    out.println("  \"version\": \"2.1.0\",");
    out.println("  \"runs\": [{");
    out.println(
        "    \"tool\": {\"driver\": {\"name\": \"seeddoc\", \"version\": "
            + Json.string(version)
            + ", \"informationUri\": "
            + Json.string(INFORMATION_URI)
            + ", \"rules\": [");
    RuleDocs docs = new RuleDocs();
    Rule[] rules = Rule.values();
    for (int i = 0; i < rules.length; i++) {
      Rule rule = rules[i];
      out.println(
          "      {\"id\": "
              + Json.string(rule.id())
              + ", \"name\": "
              + Json.string(name(rule))
              + ", \"shortDescription\": {\"text\": "
              + Json.string(rule.summary() + ".")
              + "}"
              + ", \"helpUri\": "
              + Json.string(docs.link(rule))
              + ", \"help\": {\"text\": "
              + Json.string(docs.help(rule))
              + ", \"markdown\": "
              + Json.string(docs.help(rule))
              + "}"
              + ", \"defaultConfiguration\": {\"level\": "
              + Json.string(rule.severity().label())
              + "}}"
              + (i + 1 < rules.length ? "," : ""));
    }
    out.println("    ]}},");
    out.println("    \"columnKind\": \"unicodeCodePoints\",");
    out.print("    \"results\": [");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.print(
          (i == 0 ? "\n      " : ",\n      ")
              + "{\"ruleId\": "
              + Json.string(f.rule().id())
              + ", \"ruleIndex\": "
              + f.rule().ordinal() // the driver lists the rules in their declared order
              + ", \"level\": "
              + Json.string(f.severity().label())
              + ", \"message\": {\"text\": "
              + Json.string(f.message())
              + "}"
              + ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
              + Json.string(uris.get(i))
              + "}"
              + ", \"region\": {\"startLine\": "
              + Math.max(1, f.line())
              + ", \"startColumn\": "
              + Math.max(1, f.column())
              + "}}}]"
              + ", \"partialFingerprints\": {\"seeddoc/v1\": "
              + Json.string(keys.get(i))
              + "}"
              + (fixes.get(i) == null ? "" : ", \"fixes\": [" + fixes.get(i) + "]")
              + "}");
    }
    out.println(findings.isEmpty() ? "]," : "\n    ],");
    out.println(
        "    \"invocations\": [{\"executionSuccessful\": true"
            + (leftOut == 0
                ? ""
                : ", \"toolExecutionNotifications\": [{"
                    + "\"level\": \"warning\", \"message\": {\"text\": "
                    + Json.string(
                        leftOut
                            + " more findings are not in this log: GitHub"
                            + " code scanning takes at most "
                            + MAX_RESULTS
                            + " results a run. Run the text format to see them all.")
                    + "}}]")
            + "}]");
    out.println("  }]");
    out.println("}");
  }

  /**
   * A finding's fix as a SARIF fix: the whole file replaced by the document with that one fix
   * applied, in the canonical layout. The replaced region is counted in code points, as the run's
   * columns are; null when the finding has no fix to apply.
   */
  private static String fix(Finding finding, FileOutcome outcome) {
    if (!Fixes.isFixable(finding) || outcome.document() == null || outcome.text() == null) {
      return null;
    }
    String fixed = SeedWriter.create().write(Fixes.apply(outcome.document(), List.of(finding)));
    if (fixed.equals(outcome.text())) {
      return null;
    }
    String text = outcome.text();
    boolean safe = FixSafety.of(finding) == FixSafety.SAFE;
    return "{\"description\": {\"text\": "
        + Json.string(
            "Set '"
                + finding.field()
                + "' as the finding suggests"
                + (safe ? "" : " (an unsafe fix: seeddoc fix applies it only with --unsafe-fixes)"))
        + "}"
        + ", \"properties\": {\"safe\": "
        + safe
        + "}"
        + ", \"artifactChanges\": [{\"artifactLocation\": {\"uri\": "
        + Json.string(uri(outcome.identity()))
        + "}"
        + ", \"replacements\": [{\"deletedRegion\": {\"charOffset\": 0, \"charLength\": "
        + text.codePointCount(0, text.length())
        + "}"
        + ", \"insertedContent\": {\"text\": "
        + Json.string(fixed)
        + "}}]}]}";
  }

  /**
   * A rule's name in SARIF's PascalCase style: {@code AMP_CACHE_MISMATCH} is {@code
   * AmpCacheMismatch}.
   */
  private static String name(Rule rule) {
    StringBuilder name = new StringBuilder();
    for (String word : rule.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /**
   * A file in a project is a URI reference relative to the project's root, as code-scanning tools
   * resolve it whatever folder the run started in; one outside any becomes a file URI. Every
   * character but RFC 3986's unreserved ones and the separating {@code /} is percent-encoded as
   * UTF-8, so no name reads as a scheme ({@code javascript:…}), a query or a fragment.
   */
  static String uri(String path) {
    return path.startsWith("/") ? "file://" + encodePath(path) : encodePath(path);
  }

  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
