package org.seeddoc.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seeddoc.Rule;

/**
 * Links to each rule's section of {@code docs/rules.md}, which ships in the jar: the anchor is the
 * one GitHub gives the section's heading, so a link lands on it. Immutable and thread-safe.
 */
public final class RuleDocs {
  static final String RULES_PAGE = "https://github.com/seeddoc/seeddoc/blob/main/docs/rules.md";
  private static final Pattern HEADING = Pattern.compile("(?m)^## (SD\\d{3}) — .*$");

  /**
   * What GitHub drops from a heading to make its anchor: punctuation and symbols, not letters,
   * digits, marks, spaces, '-' or '_'.
   */
  private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

  private final Map<Rule, String> anchors = new EnumMap<>(Rule.class);
  private final Map<Rule, String> sections = new EnumMap<>(Rule.class);

  /** Reads the page from the jar. */
  public RuleDocs() {
    String page = read();
    Matcher heading = HEADING.matcher(page);
    List<Integer> starts = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    while (heading.find()) {
      Rule rule = Rule.forId(heading.group(1)).orElse(null);
      if (rule != null) {
        anchors.put(rule, anchor(heading.group().substring(3)));
        starts.add(heading.end());
        rules.add(rule);
      }
    }
    for (int i = 0; i < rules.size(); i++) {
      int end = i + 1 < rules.size() ? page.lastIndexOf("\n## ", starts.get(i + 1)) : page.length();
      sections.put(
          rules.get(i), page.substring(starts.get(i), Math.max(starts.get(i), end)).strip());
    }
  }

  /**
   * A rule's section of the page, as Markdown: what it checks, examples, the fix, whether it is
   * fixable.
   *
   * @param rule the rule
   * @return the section
   */
  public String help(Rule rule) {
    return sections.getOrDefault(rule, rule.summary() + ".");
  }

  /**
   * The link to a rule's section; to the page's top for a rule the page lacks, which
   * RuleDocumentationTest forbids.
   *
   * @param rule the rule
   * @return the link
   */
  public String link(Rule rule) {
    String anchor = anchors.get(rule);
    return anchor == null ? RULES_PAGE : RULES_PAGE + "#" + anchor;
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped, each space a hyphen. */
  static String anchor(String heading) {
    return DROPPED.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
  }

  private static String read() {
    try (InputStream in = RuleDocs.class.getResourceAsStream("rules.md")) {
      if (in == null) {
        throw new IllegalStateException("rules.md is missing from seeddoc's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
