package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.config.RuleLevel;
import org.seeddoc.config.SeedConfig;

/**
 * # seeddoc-ignore comments: what they silence, and SD014 for those that are wrong or silence
 * nothing.
 */
class SuppressionTest {
  private static String seed;

  @BeforeAll
  static void readSeed() throws Exception {
    seed =
        Files.readString(
                Path.of(System.getProperty("seeddoc.seeds"), "004_04cd3372321c0f9e.txt"),
                StandardCharsets.UTF_8)
            .replace("originalUrl: \"https://", "originalUrl: \"http://")
            .replace("heat: 37", "heat: 101");
  }

  private static List<String> found(SeedValidator validator, String text) {
    return validator.validate(SeedReader.create().parse(text, "s.txt")).stream()
        .map(
            f ->
                f.line()
                    + ":"
                    + f.column()
                    + " "
                    + f.rule().id()
                    + " "
                    + f.severity().label()
                    + " "
                    + f.field())
        .toList();
  }

  private static List<String> found(String text) {
    return found(SeedValidator.create(), text);
  }

  @Test
  void withoutSuppressionsBothFindingsStand() {
    assertEquals(List.of("6:1 SD205 warning originalUrl", "10:1 SD203 error heat"), found(seed));
  }

  @Test
  void aSuppressionOnTheFieldsLineOrAboveItSilencesThoseRulesForThatField() {
    assertEquals(
        List.of(),
        found(
            seed.replace("heat: 101", "heat: 101 # seeddoc-ignore SD203: a scale of our own")
                .replace(
                    "originalUrl:",
                    "# seeddoc-ignore SD205, SD204: the archive has no https\noriginalUrl:")));
  }

  @Test
  void aSuppressionOfAnotherRuleOrFieldSilencesNothingAndSaysSo() {
    assertEquals(
        List.of(
            "6:1 SD205 warning originalUrl", "10:1 SD203 error heat", "10:11 SD014 warning heat"),
        found(seed.replace("heat: 101", "heat: 101 # seeddoc-ignore SD205: wrong rule")));
  }

  @Test
  void aSuppressionCoversTheFieldsBelowIt() {
    String text =
        seed.replace(
            "images:\n  - url: \"https://",
            "images: # seeddoc-ignore SD205: old CDN\n  - url: \"http://");
    assertEquals(List.of("6:1 SD205 warning originalUrl", "10:1 SD203 error heat"), found(text));
  }

  @Test
  void aSuppressionWithoutAReasonOrARuleOrAFieldIsAWarningAndSilencesNothing() {
    assertEquals(
        List.of(
            "6:1 SD205 warning originalUrl", "10:1 SD203 error heat", "10:11 SD014 warning heat"),
        found(seed.replace("heat: 101", "heat: 101 # seeddoc-ignore SD203")));
    assertEquals(
        List.of(
            "6:1 SD205 warning originalUrl", "10:1 SD203 error heat", "10:11 SD014 warning heat"),
        found(seed.replace("heat: 101", "heat: 101 # seeddoc-ignore SD999: no such rule")));
    assertEquals(
        List.of("2:1 SD014 warning null", "8:1 SD205 warning originalUrl", "12:1 SD203 error heat"),
        found(
            seed.replace(
                "---\ncategory",
                "---\n# seeddoc-ignore SD203: the header is no field\n\ncategory")));
  }

  @Test
  void aRuleTheConfigurationTurnsOffLeavesItsSuppressionUnusedAndSD014HasItsConfiguredLevel() {
    String text = seed.replace("heat: 101", "heat: 101 # seeddoc-ignore SD203: ours");
    SeedValidator off =
        SeedValidator.builder()
            .config(SeedConfig.builder().rule(Rule.RANGE, RuleLevel.OFF).build())
            .build();
    assertEquals(
        List.of("6:1 SD205 warning originalUrl", "10:11 SD014 warning heat"), found(off, text));
    SeedValidator strict =
        SeedValidator.builder()
            .config(
                SeedConfig.builder()
                    .rule(Rule.RANGE, RuleLevel.OFF)
                    .override(List.of("*.txt"), Map.of(Rule.SUPPRESSION, RuleLevel.ERROR))
                    .build())
            .build();
    assertEquals(
        List.of("6:1 SD205 warning originalUrl", "10:11 SD014 error heat"), found(strict, text));
  }
}
