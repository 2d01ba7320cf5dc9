package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.format.SeedFormatter;

/**
 * docs/rules.md is a test suite: the {@code key: value} lines of each rule's {@code Fails:}
 * example, put into a real seed in place of that key's lines (or added, for a key the seed lacks),
 * make that rule fire, and only that rule, on the example's lines. A rule whose example is prose or
 * a whole file is listed below with the reason, and the list is held to exactly those rules.
 */
class RuleExamplesTest {
  private static final Pattern SECTION = Pattern.compile("(?m)^## (SD\\d{3}) — ");

  /** A code span, or two joined by LF as the page writes a line break. */
  private static final Pattern SPAN = Pattern.compile("`([^`]+)`(?: LF `([^`]+)`)?");

  private static final Pattern KEY_LINE =
      Pattern.compile("(\\s*)([A-Za-z]+): \\S.*", Pattern.DOTALL);

  /** The rules whose examples this test cannot run, and why. */
  private static final Map<Rule, String> NOT_RUNNABLE =
      Map.ofEntries(
          Map.entry(Rule.ENCODING, "the example is a file's bytes in another encoding"),
          Map.entry(Rule.ENVELOPE, "the example is a whole file without its --- lines"),
          Map.entry(
              Rule.LIMIT, "the example is a 70,000-character value, described rather than written"),
          Map.entry(
              Rule.DUPLICATE_KEY,
              "the example is a key written twice, described rather than written"),
          Map.entry(Rule.NOT_A_MAPPING, "the example is a whole front matter that is a list"),
          Map.entry(Rule.BOM, "the example is a byte order mark, which a page cannot show"),
          Map.entry(Rule.CRLF, "the example is a line ending, which a page cannot show"),
          Map.entry(Rule.UNREADABLE, "the example is a file that cannot be read"),
          Map.entry(Rule.CONFIG, "the example is a line of .seeddoc.yaml, not of a seed"),
          Map.entry(
              Rule.MISSING_KEY, "the example is a key left out, described rather than written"),
          Map.entry(Rule.DATE, "the examples are values without their key"),
          Map.entry(Rule.SECURED, "the examples are described, not written (a nonce of 15 bytes)"),
          Map.entry(
              Rule.AMP_CACHE_WITHOUT_AMP,
              "the example is a related article, described rather than written"),
          Map.entry(
              Rule.RELATED_SELF,
              "the example is a related article's webUrl, which its key alone cannot place"),
          Map.entry(Rule.FILE_NAME, "the example is a file's name"));

  /** Rules reported on the next line after the example's that is not blank, and why. */
  private static final Map<Rule, String> REPORTED_ON_THE_NEXT_LINE =
      Map.of(
          Rule.SYNTAX,
          "an unclosed bracket is found where the next key starts, as every YAML parser finds it");

  private static String seed() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("seeddoc.seeds"), "004_04cd3372321c0f9e.txt"),
        StandardCharsets.UTF_8);
  }

  /** Each rule's section's Fails: paragraph, by rule, in page order. */
  private static Map<Rule, String> failsParagraphs() throws IOException {
    String page =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "..", "docs", "rules.md"),
            StandardCharsets.UTF_8);
    Map<Rule, String> paragraphs = new LinkedHashMap<>();
    Matcher section = SECTION.matcher(page);
    List<Integer> starts = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    while (section.find()) {
      starts.add(section.start());
      rules.add(Rule.forId(section.group(1)).orElseThrow());
    }
    for (int i = 0; i < rules.size(); i++) {
      String text =
          page.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : page.length());
      int fails = text.indexOf("\nFails: ");
      if (fails >= 0) {
        int end = text.indexOf("\n\n", fails + 1);
        paragraphs.put(
            rules.get(i),
            text.substring(fails + 1, end < 0 ? text.length() : end).replace('\n', ' '));
      }
    }
    return paragraphs;
  }

  /** The example's key lines, one list per case: a key given more than once gives a case each. */
  private static List<List<String>> cases(String paragraph) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    Matcher span =
        SPAN.matcher(
            paragraph.substring(
                0,
                paragraph.contains(" Fix: ") ? paragraph.indexOf(" Fix: ") : paragraph.length()));
    while (span.find()) {
      String line = span.group(2) == null ? span.group(1) : span.group(1) + "\n" + span.group(2);
      Matcher key = KEY_LINE.matcher(line);
      if (key.matches()) {
        byKey.computeIfAbsent(key.group(2), k -> new ArrayList<>()).add(line);
      }
    }
    List<List<String>> cases = new ArrayList<>();
    int count = byKey.values().stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < count; i++) {
      List<String> lines = new ArrayList<>();
      for (List<String> alternatives : byKey.values()) {
        lines.add(alternatives.get(Math.min(i, alternatives.size() - 1)));
      }
      cases.add(lines);
    }
    return cases;
  }

  static Stream<Map.Entry<Rule, String>> runnable() throws IOException {
    return failsParagraphs().entrySet().stream().filter(e -> !NOT_RUNNABLE.containsKey(e.getKey()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runnable")
  void theExampleMakesItsRuleFireOnItsLines(Map.Entry<Rule, String> example) throws IOException {
    Rule rule = example.getKey();
    List<List<String>> cases = cases(example.getValue());
    assertFalse(
        cases.isEmpty(),
        rule.id()
            + "'s example has no key: value line to run; write one, or list the rule with a reason");
    for (List<String> lines : cases) {
      Placed placed = place(seed(), lines);
      byte[] bytes = placed.text().getBytes(StandardCharsets.UTF_8);
      List<Finding> findings =
          switch (rule) {
            case NOT_CANONICAL -> SeedFormatter.create().check(bytes, "example.txt");
            case COMMENTS -> SeedFormatter.create().format(bytes, "example.txt").findings();
            default -> SeedValidator.create().check(bytes, "example.txt", null).findings();
          };
      Set<Integer> where = new TreeSet<>(placed.lines());
      if (REPORTED_ON_THE_NEXT_LINE.containsKey(rule)) {
        String[] text = placed.text().split("\n", -1);
        for (int line : placed.lines()) {
          int next = line;
          while (next < text.length && text[next].isBlank()) {
            next++;
          }
          where.add(next + 1);
        }
      }
      Set<Rule> onTheLines = EnumSet.noneOf(Rule.class);
      findings.stream()
          .filter(f -> where.contains(f.line()))
          .forEach(f -> onTheLines.add(f.rule()));
      assertEquals(Set.of(rule), onTheLines, rule.id() + " with " + lines + ": " + findings);
    }
  }

  @Test
  void everyRuleHasAnExampleOrAReasonAndNoReasonIsStale() throws IOException {
    Map<Rule, String> paragraphs = failsParagraphs();
    Set<Rule> unexplained = EnumSet.allOf(Rule.class);
    unexplained.removeAll(paragraphs.keySet());
    unexplained.removeAll(NOT_RUNNABLE.keySet());
    assertEquals(Set.of(), unexplained, "rules with no Fails: example and no reason");
    for (Rule rule : NOT_RUNNABLE.keySet()) {
      assertTrue(
          !paragraphs.containsKey(rule)
              || cases(paragraphs.get(rule)).isEmpty()
              || !runs(rule, paragraphs.get(rule)),
          rule.id() + " is listed as not runnable, but its example runs: take it off the list");
    }
  }

  /**
   * Whether every case of an example makes its rule fire, as the parameterised test would require.
   */
  private static boolean runs(Rule rule, String paragraph) throws IOException {
    for (List<String> lines : cases(paragraph)) {
      Placed placed = place(seed(), lines);
      List<Finding> findings =
          SeedValidator.create()
              .check(placed.text().getBytes(StandardCharsets.UTF_8), "example.txt", null)
              .findings();
      if (findings.stream().noneMatch(f -> f.rule() == rule && placed.lines().contains(f.line()))) {
        return false;
      }
    }
    return true;
  }

  /** A seed with an example's lines in it, and the 1-based numbers of those lines. */
  private record Placed(String text, Set<Integer> lines) {}

  /**
   * Puts each line where its key first stands in the seed, at that key's indentation, in place of
   * the key's line and of the lines indented under it; a key the seed lacks goes after the first
   * line.
   */
  private static Placed place(String seed, List<String> examples) {
    List<String> lines = new ArrayList<>(List.of(seed.split("\n", -1)));
    List<String> placedTexts = new ArrayList<>();
    for (String example : examples) {
      Matcher key = KEY_LINE.matcher(example);
      key.matches();
      int at = -1;
      for (int i = 1; i < lines.size() && at < 0; i++) {
        if (lines.get(i).stripLeading().startsWith(key.group(2) + ":")) {
          at = i;
        }
      }
      String[] exampleLines = example.split("\n");
      if (at < 0) {
        lines.addAll(1, List.of(exampleLines));
      } else {
        String indent =
            lines
                .get(at)
                .substring(0, lines.get(at).length() - lines.get(at).stripLeading().length());
        int end = at + 1;
        while (end < lines.size() && lines.get(end).startsWith(indent + " ")) {
          end++;
        }
        lines.subList(at, end).clear();
        List<String> indented = new ArrayList<>();
        for (int i = 0; i < exampleLines.length; i++) {
          indented.add(i == 0 ? indent + exampleLines[i].stripLeading() : indent + exampleLines[i]);
        }
        lines.addAll(at, indented);
      }
      placedTexts.addAll(List.of(exampleLines));
    }
    Set<Integer> numbers = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      for (String placed : placedTexts) {
        if (lines.get(i).strip().equals(placed.strip())) {
          numbers.add(i + 1);
        }
      }
    }
    return new Placed(String.join("\n", lines), numbers);
  }
}
