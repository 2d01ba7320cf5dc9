package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.config.RuleLevel;
import org.seeddoc.config.SeedConfig;

/**
 * What hostile suppression comments once did (issue 28): hid the reader's errors, overflowed the
 * stack with a long list of ids, and ran after the cap on a list's findings.
 */
class HostileSuppressionsTest {
  private static String seed;

  @BeforeAll
  static void readSeed() throws Exception {
    seed =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "004_04cd3372321c0f9e.txt"),
            StandardCharsets.UTF_8);
  }

  private static List<Finding> validate(String text) {
    return SeedValidator.create().validate(SeedReader.create().parse(text, "s.txt"));
  }

  private static Map<String, Long> countByRule(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.groupingBy(f -> f.rule().id(), Collectors.counting()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SD006", "SD102", "SD104"})
  void aSuppressionOfAReaderErrorIsAWarningAndTheErrorStays(String id) {
    String broken =
        switch (id) {
          case "SD006" ->
              seed.replace("heat: 37", "heat: 37 # seeddoc-ignore SD006: mine\nheat: 38");
          case "SD102" -> seed.replace("heat: 37", "heat: hot # seeddoc-ignore SD102: mine");
          default ->
              seed.replace(
                  "publishedDateTime: 2022-04-25T15:22:00Z",
                  "publishedDateTime: 2022-04-31T15:22:00Z # seeddoc-ignore SD104: mine");
        };
    List<Finding> findings = validate(broken);
    assertTrue(
        findings.stream().anyMatch(f -> f.rule().id().equals(id) && f.isError()),
        findings.toString());
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.rule() == Rule.SUPPRESSION
                        && f.message().contains(id + " means the file cannot be read")),
        findings.toString());
  }

  @Test
  void aSuppressionNamingThreeThousandRulesIsParsedNotAStackOverflow() {
    String ids =
        IntStream.range(0, 3000)
            .mapToObj(i -> i % 2 == 0 ? "SD203" : "SD205")
            .collect(Collectors.joining(", "));
    String text =
        seed.replace("heat: 37", "heat: 101 # seeddoc-ignore " + ids + ": a scale of our own");
    assertTrue(text.length() > seed.length() + 11_000);
    List<Finding> findings = validate(text);
    assertEquals(Map.of(), countByRule(findings), findings.toString());
  }

  @Test
  void aLongListOfIdsWithAnUnknownOneIsOneWarning() {
    String ids = "SD203, ".repeat(2000) + "SD999";
    List<Finding> findings =
        validate(seed.replace("heat: 37", "heat: 101 # seeddoc-ignore " + ids + ": why"));
    assertEquals(Map.of("SD203", 1L, "SD014", 1L), countByRule(findings), findings.toString());
  }

  @Test
  void twoHundredSuppressedDuplicateTopicsAreAllSilencedSummaryIncluded() {
    // The first is no duplicate; the 199 after it are, 99 past the cap on one list's findings.
    String topics =
        "topics:\n  - AI\n" + "  - AI # seeddoc-ignore SD213: the feed repeats it\n".repeat(199);
    List<Finding> findings = validate(seed.replace("topics:\n  - AI\n", topics));
    assertEquals(Map.of(), countByRule(findings), findings.toString());
  }

  @Test
  void twentyThousandSuppressedTopicsAreAllSilenced() {
    String topics =
        "topics:\n"
            + IntStream.range(0, 20_000)
                .mapToObj(i -> "  - \"\" # seeddoc-ignore SD201, SD213: kept blank\n")
                .collect(Collectors.joining());
    List<Finding> findings = validate(seed.replace("topics:\n  - AI\n", topics));
    assertEquals(Map.of(), countByRule(findings), findings.stream().limit(5).toList().toString());
  }

  @Test
  void aConfigurationCannotTurnAReaderErrorOff() {
    for (Rule fatal :
        List.of(
            Rule.SYNTAX, Rule.DUPLICATE_KEY, Rule.WRONG_TYPE, Rule.NOT_A_MAPPING, Rule.ENVELOPE)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> SeedConfig.builder().rule(fatal, RuleLevel.OFF));
      assertTrue(e.getMessage().contains("cannot be read as a seed document"), e.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> SeedConfig.builder().override(List.of("*.txt"), Map.of(fatal, RuleLevel.WARNING)));
    }
  }

  @Test
  void theFatalRulesAreExactlyThoseThatMakeTheReaderRefuseAFile() {
    // Each fatal reader rule's finding makes read() throw; a non-fatal error (SD201) does not.
    assertTrue(
        SeedReader.create()
            .parse(seed.replace("heat: 37", "heat: 37\nheat: 38"), "s.txt")
            .hasErrors());
    assertTrue(
        SeedReader.create()
            .parse(seed.replace("title: ", "title: [").replace("---\n\n", "---\n"), "s.txt")
            .hasErrors());
    assertTrue(
        !SeedReader.create()
            .parse(seed.replace("topics:\n  - AI", "topics:\n  - \"\""), "s.txt")
            .hasErrors());
    assertEquals(
        List.of(
            "SD001", "SD002", "SD003", "SD004", "SD005", "SD006", "SD007", "SD012", "SD101",
            "SD102", "SD104"),
        java.util.Arrays.stream(Rule.values()).filter(Rule::isFatal).map(Rule::id).toList());
  }
}
