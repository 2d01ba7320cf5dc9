package org.seeddoc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seeddoc.Finding;
import org.seeddoc.Rule;

/**
 * A SARIF 2.1.0 log: one run whose tool driver lists every rule, and a result for each finding at
 * its file, line and column (columns count Unicode code points).
 */
final class SarifReport implements Report {
  private static final String INFORMATION_URI = "https://github.com/seeddoc/seeddoc";

  private final PrintWriter out;
  private final String version;
  private final List<Finding> findings = new ArrayList<>();
  /** Each finding's key, the baseline's too, as its partial fingerprint: stable when fmt moves it. */
  private final List<String> keys = new ArrayList<>();

  SarifReport(PrintWriter out, String version) {
    this.out = out;
    this.version = version;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Finding finding : outcome.findings()) {
      findings.add(finding);
      keys.add(FindingKeys.of(finding, outcome.document()));
    }
  }

  @Override
  public void finish(Totals totals) {
    out.println("{");
    out.println("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",");
    out.println("  \"version\": \"2.1.0\",");
    out.println("  \"runs\": [{");
    out.println("    \"tool\": {\"driver\": {\"name\": \"seeddoc\", \"version\": " + Json.string(version)
        + ", \"informationUri\": " + Json.string(INFORMATION_URI) + ", \"rules\": [");
    RuleDocs docs = new RuleDocs();
    Rule[] rules = Rule.values();
    for (int i = 0; i < rules.length; i++) {
      Rule rule = rules[i];
      out.println("      {\"id\": " + Json.string(rule.id())
          + ", \"name\": " + Json.string(name(rule))
          + ", \"shortDescription\": {\"text\": " + Json.string(rule.summary() + ".") + "}"
          + ", \"helpUri\": " + Json.string(docs.link(rule))
          + ", \"defaultConfiguration\": {\"level\": " + Json.string(rule.severity().label()) + "}}"
          + (i + 1 < rules.length ? "," : ""));
    }
    out.println("    ]}},");
    out.println("    \"columnKind\": \"unicodeCodePoints\",");
    out.print("    \"results\": [");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.print((i == 0 ? "\n      " : ",\n      ")
          + "{\"ruleId\": " + Json.string(f.rule().id())
          + ", \"ruleIndex\": " + f.rule().ordinal() // the driver lists the rules in their declared order
          + ", \"level\": " + Json.string(f.severity().label())
          + ", \"message\": {\"text\": " + Json.string(f.message()) + "}"
          + ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + Json.string(uri(f.source())) + "}"
          + ", \"region\": {\"startLine\": " + Math.max(1, f.line()) + ", \"startColumn\": " + Math.max(1, f.column()) + "}}}]"
          + ", \"partialFingerprints\": {\"seeddoc/v1\": " + Json.string(keys.get(i)) + "}}");
    }
    out.println(findings.isEmpty() ? "]" : "\n    ]");
    out.println("  }]");
    out.println("}");
  }

  /** A rule's name in SARIF's PascalCase style: {@code AMP_CACHE_MISMATCH} is {@code AmpCacheMismatch}. */
  private static String name(Rule rule) {
    StringBuilder name = new StringBuilder();
    for (String word : rule.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /**
   * A relative path stays a relative URI reference, as code-scanning tools expect, and an absolute
   * one becomes a file URI. Every character but RFC 3986's unreserved ones and the separating
   * {@code /} is percent-encoded as UTF-8, so no name reads as a scheme ({@code javascript:…}),
   * a query or a fragment.
   */
  static String uri(String source) {
    Path path = Path.of(source);
    if (path.isAbsolute()) {
      return "file://" + encodePath(path.toString().replace('\\', '/'));
    }
    return encodePath(source.replace('\\', '/'));
  }

  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
