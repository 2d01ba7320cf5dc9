package org.seeddoc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.Severity;

/** Levels, overrides and gitignore-style globs, as docs/config.md describes them. */
class SeedConfigTest {
  private static final Path ROOT = Path.of("/repo");

  private static Finding finding(Rule rule, String source) {
    return new Finding(rule, source, 3, 1, "webUrl", "a message", null);
  }

  @Test
  void aRulesLevelIsTheLastMatchingOverridesThenRulesThenItsDefault() {
    SeedConfig config =
        SeedConfig.builder()
            .root(ROOT)
            .rule(Rule.HTTP, RuleLevel.ERROR)
            .override(
                List.of("archive/"), Map.of(Rule.HTTP, RuleLevel.OFF, Rule.MOJIBAKE, RuleLevel.OFF))
            .override(List.of("archive/2024/"), Map.of(Rule.MOJIBAKE, RuleLevel.ERROR))
            .build();
    assertEquals(RuleLevel.ERROR, config.level(Rule.HTTP, "seeds/a.txt", false));
    assertEquals(
        RuleLevel.OFF,
        config.level(Rule.HTTP, "archive/2024/a.txt", false),
        "the later override names SD214 only");
    assertEquals(RuleLevel.ERROR, config.level(Rule.MOJIBAKE, "archive/2024/a.txt", false));
    assertEquals(RuleLevel.OFF, config.level(Rule.MOJIBAKE, "archive/2023/a.txt", false));
    assertEquals(
        RuleLevel.WARNING, config.level(Rule.MOJIBAKE, "seeds/a.txt", false), "the rule's default");
    assertEquals(
        RuleLevel.ERROR,
        config.level(Rule.HTTP, null, false),
        "outside the root, overrides do not apply");
    assertEquals(
        Optional.of(config.overrides().get(1)),
        config.decidingOverride(Rule.MOJIBAKE, "archive/2024/a.txt", false));
  }

  @Test
  void applyToDropsFindingsOfRulesThatAreOffAndSetsTheOthersLevels() {
    SeedConfig config =
        SeedConfig.builder()
            .root(ROOT)
            .rule(Rule.PROVIDER_DOMAIN, RuleLevel.OFF)
            .rule(Rule.HTTP, RuleLevel.ERROR)
            .override(List.of("/archive"), Map.of(Rule.URL, RuleLevel.WARNING))
            .build();
    List<Finding> findings =
        List.of(
            finding(Rule.PROVIDER_DOMAIN, "/repo/seeds/a.txt"),
            finding(Rule.HTTP, "/repo/seeds/a.txt"),
            finding(Rule.URL, "/repo/archive/b.txt"),
            finding(Rule.URL, "/repo/seeds/archive/c.txt"),
            finding(Rule.URL, "/elsewhere/archive/d.txt"));
    List<Finding> applied = config.applyTo(findings);
    assertEquals(
        List.of(
            "SD205 error /repo/seeds/a.txt",
            "SD204 warning /repo/archive/b.txt",
            "SD204 error /repo/seeds/archive/c.txt",
            "SD204 error /elsewhere/archive/d.txt"),
        applied.stream()
            .map(f -> f.rule().id() + " " + f.severity().label() + " " + f.source())
            .toList());
    assertEquals(findings.get(1).withSeverity(Severity.ERROR), applied.get(0));
    assertEquals(findings, SeedConfig.defaults().applyTo(findings), "the defaults change nothing");
  }

  @Test
  void globsHaveGitignoreSemantics() {
    SeedConfig config =
        SeedConfig.builder()
            .root(ROOT)
            .exclude(
                List.of("fixtures/", "/top.txt", "drafts/**/*.md", "!drafts/ready/*.md", "*.bak"))
            .include(List.of("*.txt", "*.seed"))
            .build();
    assertTrue(config.excludes("fixtures", true));
    assertTrue(
        config.excludes("a/fixtures/x.txt", false),
        "a name without a slash matches at any depth, and the files inside");
    assertFalse(config.excludes("fixtures", false), "a trailing slash matches folders only");
    assertTrue(config.excludes("top.txt", false));
    assertFalse(config.excludes("a/top.txt", false), "a leading slash anchors to the root");
    assertTrue(config.excludes("drafts/x/y/z.md", false));
    assertFalse(config.excludes("drafts/ready/z.md", false), "a later ! pattern takes back");
    assertTrue(config.excludes("old/a.bak", false));
    assertTrue(config.includes("deep/down/a.seed"));
    assertFalse(config.includes("a.md"), "include replaces the defaults");
    assertTrue(SeedConfig.defaults().includes("x/a.md"));
  }

  @Test
  void aFolderExcludedCannotHaveAFileTakenBack() {
    SeedConfig config =
        SeedConfig.builder()
            .root(ROOT)
            .exclude(List.of("build-out/", "!build-out/keep.txt"))
            .build();
    assertTrue(
        config.excludes("build-out/keep.txt", false),
        "as in git, a file of an excluded folder stays excluded");
  }

  @Test
  void pathsAreRelativeToTheRoot() {
    SeedConfig config = SeedConfig.builder().root(ROOT).build();
    assertEquals(Optional.of("seeds/a.txt"), config.relativePath("/repo/x/../seeds/a.txt"));
    assertEquals(Optional.empty(), config.relativePath("/other/a.txt"));
    assertEquals(
        Optional.of("a.txt"),
        SeedConfig.defaults().relativePath("a.txt"),
        "the default root is the current folder");
  }

  @Test
  void misuseInCodeThrows() {
    SeedConfig.Builder builder = SeedConfig.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.exclude(List.of("[")));
    assertThrows(IllegalArgumentException.class, () -> builder.include(List.of("")));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.override(List.of(), Map.of(Rule.HTTP, RuleLevel.OFF)));
    assertThrows(NullPointerException.class, () -> builder.rule(Rule.HTTP, null));
  }

  @Test
  void toBuilderKeepsEverySetting() {
    SeedConfig config =
        SeedConfig.builder()
            .root(ROOT)
            .exclude(List.of("x/"))
            .rule(Rule.HTTP, RuleLevel.OFF)
            .override(List.of("a/"), Map.of(Rule.URL, RuleLevel.WARNING))
            .build();
    assertEquals(config, config.toBuilder().build());
    assertFalse(config.equals(config.toBuilder().rule(Rule.HTTP, RuleLevel.ERROR).build()));
  }
}
