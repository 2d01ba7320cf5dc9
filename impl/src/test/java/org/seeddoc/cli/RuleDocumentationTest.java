package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seeddoc.Rule;

/**
 * docs/rules.md has one section per rule, in id order, with the rule's severity, and says whether
 * its fix is safe or unsafe as {@link Rule#hasSafeFix()} does.
 */
class RuleDocumentationTest {
  @Test
  void everyRuleHasItsSectionAndNoSectionIsStale() throws IOException {
    String rules =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "..", "docs", "rules.md"),
            StandardCharsets.UTF_8);
    Matcher heading =
        Pattern.compile("(?m)^## (SD\\d{3}) — .*\\((error|warning)[^)]*\\)$").matcher(rules);
    List<String> documented = heading.results().map(m -> m.group(1) + " " + m.group(2)).toList();
    List<String> expected =
        Arrays.stream(Rule.values())
            .map(r -> r.id() + " " + r.severity().label())
            .sorted()
            .toList();
    assertEquals(expected, documented);
    assertTrue(
        Pattern.compile("(?m)^## ").matcher(rules).results().count() == expected.size(),
        "no other sections");
    for (String section : rules.split("(?m)^(?=## SD)")) {
      if (section.startsWith("## SD")) {
        assertTrue(
            section.contains("\n**Fixable:** "),
            "says whether it is fixable: " + section.substring(0, 12));
        Rule rule = Rule.forId(section.substring(3, 8)).orElseThrow();
        String marker = "\n**Fixable:** ";
        String fixable = section.substring(section.indexOf(marker) + marker.length());
        String kind =
            fixable.startsWith("no")
                ? "none"
                : fixable.startsWith("yes, unsafe")
                    ? "unsafe"
                    : fixable.startsWith("yes, safe") || fixable.startsWith("safe, ")
                        ? "safe"
                        : "unsaid";
        assertTrue(
            kind.equals("none") || kind.equals(rule.hasSafeFix() ? "safe" : "unsafe"),
            rule.id() + "'s fix is " + (rule.hasSafeFix() ? "safe" : "unsafe") + ", docs: " + kind);
      }
    }
  }
}
