package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.SeedReader;

/**
 * A list of 40,000 bad items gives the first 100 findings of each rule and one summary each. How
 * long it takes is ListItemsBenchmark's business; before, it took 56 seconds.
 */
class LongListsTest {
  private static final String SEED = ValidatorRulesTest.seed("004_04cd3372321c0f9e.txt");

  @Test
  void fortyThousandBlankTopicsGiveAHundredFindingsOfEachRuleAndASummary() {
    StringBuilder topics = new StringBuilder("topics:\n");
    for (int i = 0; i < 40_000; i++) {
      topics.append("  - \"\"\n");
    }
    List<Finding> findings =
        SeedValidator.create()
            .validate(
                SeedReader.create()
                    .parse(SEED.replace("topics:\n  - AI\n", topics.toString()), "t"));
    Map<String, Long> perRule =
        findings.stream().collect(Collectors.groupingBy(f -> f.rule().id(), Collectors.counting()));
    assertEquals(Map.of("SD201", 101L, "SD213", 101L), perRule);
    Map<String, Finding> summaries =
        findings.stream()
            .filter(f -> "topics".equals(f.field()))
            .collect(Collectors.toMap(f -> f.rule().id(), Function.identity()));
    assertEquals(
        "39900 more SD201 findings about the items of 'topics' are not listed; the first 100 are",
        summaries.get("SD201").message());
    assertEquals(
        "39899 more SD213 findings about the items of 'topics' are not listed; the first 100 are",
        summaries.get("SD213").message());
    assertEquals(118, summaries.get("SD201").line(), "at the first item left out");
    assertEquals(
        "topics[99]",
        findings.stream().filter(f -> f.rule().id().equals("SD201")).toList().get(99).field());
  }
}
