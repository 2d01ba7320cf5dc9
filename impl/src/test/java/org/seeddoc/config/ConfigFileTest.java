package org.seeddoc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seeddoc.Finding;
import org.seeddoc.Rule;

/** Reading .seeddoc.yaml: what it says, and a positioned SD013 for everything it cannot use. */
class ConfigFileTest {
  @TempDir Path dir;

  private ConfigFile read(String yaml) throws IOException {
    Path file = dir.resolve(SeedConfig.FILE_NAME);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return SeedConfig.read(file);
  }

  private static List<String> findings(ConfigFile file) {
    return file.findings().stream()
        .map(
            f ->
                f.line()
                    + ":"
                    + f.column()
                    + " "
                    + f.rule().id()
                    + " "
                    + f.field()
                    + " "
                    + f.message())
        .toList();
  }

  /** The complete example of docs/config.md reads with no finding, as the page says it means. */
  @Test
  void theDocumentedExampleReadsAsDocumented() throws IOException {
    String doc = Files.readString(Path.of("docs/config.md"), StandardCharsets.UTF_8);
    int start =
        doc.indexOf("```yaml\n", doc.indexOf("## A complete example")) + "```yaml\n".length();
    ConfigFile file = read(doc.substring(start, doc.indexOf("```", start)));
    assertEquals(List.of(), file.findings());
    SeedConfig config = file.config();
    assertEquals(dir.toAbsolutePath().normalize(), config.root());
    assertEquals(List.of("*.txt", "*.md", "*.seed"), config.include());
    assertEquals(List.of("fixtures/", "drafts/**/*.md", "!drafts/ready/*.md"), config.exclude());
    assertEquals(
        Map.of(
            Rule.PROVIDER_DOMAIN,
            RuleLevel.OFF,
            Rule.HTTP,
            RuleLevel.ERROR,
            Rule.FILE_NAME,
            RuleLevel.WARNING),
        config.rules());
    assertEquals(
        List.of(
            new SeedConfig.PathOverride(
                List.of("archive/"),
                Map.of(Rule.HTTP, RuleLevel.OFF, Rule.MOJIBAKE, RuleLevel.OFF)),
            new SeedConfig.PathOverride(
                List.of("archive/2024/", "imports/*.txt"),
                Map.of(Rule.MOJIBAKE, RuleLevel.WARNING))),
        config.overrides());
    assertEquals(RuleLevel.WARNING, config.level(Rule.MOJIBAKE, "archive/2024/a.txt", false));
    assertEquals(RuleLevel.OFF, config.level(Rule.HTTP, "archive/2024/a.txt", false));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rulez: {}|1:1 SD013 rulez unknown key \"rulez\"; the keys are include, exclude, rules and overrides",
        "rules:\\n  SD205: of|2:10 SD013 rules.SD205 expected off, warning or error for SD205, found \"of\"",
        "rules:\\n  SD205:|2:9 SD013 rules.SD205 expected off, warning or error for SD205, found nothing (null)",
        "rules:\\n  SD999: off|2:3 SD013 rules.SD999 \"SD999\" is not a rule id; the rules are listed in docs/rules.md",
        "rules:\\n  SD013: off|2:3 SD013 rules.SD013 SD013 is about this file and cannot be configured in it",
        "rules: [SD205]|1:8 SD013 rules expected a mapping of rule ids to off, warning or error for rules, found a list",
        "exclude: [\"[\"]|1:11 SD013 exclude[0] the glob \"[\" is not a valid glob",
        "exclude: ['']|1:11 SD013 exclude[0] the glob \"\" is empty, and matches nothing",
        "include: {a: b}|1:10 SD013 include expected a glob or a list of globs for include, found a mapping",
        "overrides: {files: a}|1:12 SD013 overrides expected a list of overrides, each with files and rules for overrides, found a mapping",
        "overrides:\\n  - rules: {SD205: off}|2:5 SD013 overrides[0].files an override needs files: the globs of the files its rules apply to",
        "overrides:\\n  - files: []|2:5 SD013 overrides[0].files an override's files list is empty",
        "overrides:\\n  - files: a/\\n    rule: {}|3:5 SD013 overrides[0].rule unknown key \"rule\"; the keys are files and rules",
        "- a|1:1 SD013 null the configuration must be a mapping of keys (include, exclude, rules and overrides) to values, found a list",
        "rules: {SD205: off, SD205: error}|1:21 SD013 null this key is given twice; it was first given on line 1",
        "rules: &a {SD205: off}|1:8 SD013 null anchors ('&') are not allowed in seed documents",
        "rules: {SD205: off|2:1 SD013 null expected ',' or '}', but got <stream end> (while parsing a flow mapping)",
        // On the line it is on, not the next: the check once counted lines as a seed file's front
        // matter does.
        "rules:\\n  SD214: \"off\u007F\"|2:14 SD013 null character U+007F is not allowed in YAML",
      })
  void eachBadKeyOrValueIsAPositionedFinding(String yaml, String expected) throws IOException {
    ConfigFile file = read(yaml.replace("\\n", "\n") + "\n");
    assertEquals(1, file.findings().size(), findings(file).toString());
    String actual = findings(file).get(0);
    assertTrue(actual.startsWith(expected), actual);
    assertTrue(file.hasErrors());
  }

  @Test
  void whatIsBadIsLeftOutAndTheRestApplies() throws IOException {
    ConfigFile file =
        read("exclude: [fixtures/, \"[\"]\nrules:\n  SD211: off\n  SD205: loud\nunknown: 1\n");
    assertEquals(3, file.findings().size(), findings(file).toString());
    assertEquals(List.of("fixtures/"), file.config().exclude());
    assertEquals(Map.of(Rule.PROVIDER_DOMAIN, RuleLevel.OFF), file.config().rules());
  }

  @Test
  void anEmptyFileOrABareGlobIsFine() throws IOException {
    ConfigFile empty = read("# nothing yet\n");
    assertEquals(List.of(), empty.findings());
    assertEquals(SeedConfig.DEFAULT_INCLUDE, empty.config().include());
    ConfigFile bare = read("\uFEFFexclude: fixtures/\n");
    assertEquals(List.of(), bare.findings(), "a byte order mark is allowed");
    assertEquals(List.of("fixtures/"), bare.config().exclude());
  }

  @Test
  void bytesThatAreNotUtf8OrAFileThatIsNotThereAreFindingsToo() throws IOException {
    Path file = dir.resolve(SeedConfig.FILE_NAME);
    Files.write(file, new byte[] {'r', 'u', 'l', 'e', 's', ':', ' ', (byte) 0xC3, '\n'});
    Finding bad = SeedConfig.read(file).findings().get(0);
    assertEquals(Rule.CONFIG, bad.rule());
    assertEquals(1, bad.line());
    Finding missing = SeedConfig.read(dir.resolve("nothing.yaml")).findings().get(0);
    assertTrue(
        missing.message().startsWith("cannot read the configuration file"), missing.message());
    assertFalse(
        SeedConfig.read(dir.resolve("nothing.yaml")).config().rules().containsKey(Rule.HTTP));
  }
}
