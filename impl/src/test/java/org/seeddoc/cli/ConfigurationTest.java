package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.files.SeedFinder;

/**
 * A repository with a .seeddoc.yaml, end to end: a rule turned off for one folder, another made an
 * error, a folder excluded, a nested configuration, --config and --no-config, a broken file, stdin,
 * fix, and config --print.
 */
class ConfigurationTest {
  @TempDir Path repo;
  private String seed;
  private String httpSeed;

  @BeforeEach
  void aRepository() throws IOException {
    seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    httpSeed = seed.replace("originalUrl: \"https://", "originalUrl: \"http://");
    Files.createDirectories(repo.resolve(".git"));
    CliRun.write(repo, "seeds/100_0000000000000001.txt", httpSeed);
    CliRun.write(repo, "archive/100_0000000000000002.txt", httpSeed);
    CliRun.write(repo, "archive/old-name.txt", seed);
    CliRun.write(repo, "fixtures/100_0000000000000003.txt", "not a seed\n");
  }

  private static final String CONFIG =
      """
      exclude: fixtures/
      rules:
        SD205: error
      overrides:
        - files: archive/
          rules:
            SD205: off
            SD215: off
      """;

  private List<String> findingLines(CliRun run) {
    return run.out()
        .lines()
        .filter(l -> l.contains(": error [") || l.contains(": warning ["))
        .map(l -> l.replace(repo + "/", ""))
        .map(l -> l.substring(0, l.indexOf(']') + 1))
        .toList();
  }

  @Test
  void withoutConfigurationEveryRuleHasItsDefaultLevel() {
    CliRun check = CliRun.of("check", repo.toString());
    assertEquals(
        List.of(
            "archive/100_0000000000000002.txt:6:1: warning [SD205]",
            "archive/old-name.txt:1:1: warning [SD215]",
            "fixtures/100_0000000000000003.txt:1:1: error [SD002]",
            "seeds/100_0000000000000001.txt:6:1: warning [SD205]"),
        findingLines(check));
    assertEquals(1, check.exitCode());
  }

  @Test
  void aRuleTurnedOffForOneFolderAndMadeAnErrorElsewhere() throws IOException {
    CliRun.write(repo, ".seeddoc.yaml", CONFIG);
    CliRun check = CliRun.of("check", repo.toString());
    assertEquals(List.of("seeds/100_0000000000000001.txt:6:1: error [SD205]"), findingLines(check));
    assertEquals(1, check.exitCode());
    assertEquals("", check.err());

    CliRun named =
        CliRun.of(
            "check",
            repo.resolve("archive/100_0000000000000002.txt").toString(),
            repo.resolve("fixtures/100_0000000000000003.txt").toString());
    assertEquals(
        List.of("fixtures/100_0000000000000003.txt:1:1: error [SD002]"),
        findingLines(named),
        "files named on the command line are checked even when excluded; the override still applies to them");

    CliRun json = CliRun.of("check", "--format", "json", repo.resolve("seeds").toString());
    assertTrue(json.out().contains("\"severity\": \"error\", \"rule\": \"SD205\""), json.out());
  }

  @Test
  void theNearestConfigurationWinsWholeAndNoneAboveTheRepositoryRoot() throws IOException {
    CliRun.write(repo, ".seeddoc.yaml", CONFIG);
    CliRun.write(repo, "seeds/.seeddoc.yaml", "rules: {SD205: off}\n");
    assertEquals(List.of(), findingLines(CliRun.of("check", repo.resolve("seeds").toString())));
    Path inner = repo.resolve("seeds/inner");
    CliRun.write(inner, "100_0000000000000004.txt", httpSeed);
    Files.createDirectories(inner.resolve(".git"));
    assertEquals(
        List.of("seeds/inner/100_0000000000000004.txt:6:1: warning [SD205]"),
        findingLines(CliRun.of("check", inner.toString())),
        "a nested repository does not see the configuration of the one around it");
  }

  @Test
  void configAndNoConfig() throws IOException {
    Path elsewhere = CliRun.write(repo, "configs/strict.yaml", "rules: {SD205: error}\n");
    CliRun.write(repo, ".seeddoc.yaml", "rules: {SD205: off}\n");
    assertEquals(List.of(), findingLines(CliRun.of("check", repo.resolve("seeds").toString())));
    assertEquals(
        List.of("seeds/100_0000000000000001.txt:6:1: error [SD205]"),
        findingLines(
            CliRun.of(
                "check", "--config", elsewhere.toString(), repo.resolve("seeds").toString())));
    assertEquals(
        List.of("seeds/100_0000000000000001.txt:6:1: warning [SD205]"),
        findingLines(CliRun.of("check", "--no-config", repo.resolve("seeds").toString())));
    CliRun both =
        CliRun.of("check", "--no-config", "--config", elsewhere.toString(), repo.toString());
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("--config and --no-config cannot go together"), both.err());
    CliRun missing =
        CliRun.of("check", "--config", repo.resolve("none.yaml").toString(), repo.toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }

  @Test
  void aBrokenConfigurationIsReportedFirstAtItsLineAndEveryFileIsStillChecked() throws IOException {
    CliRun.write(repo, ".seeddoc.yaml", "rules:\n  SD205: of\n  SD211: off\n");
    CliRun check = CliRun.of("check", repo.resolve("seeds").toString());
    assertEquals(
        List.of(
            ".seeddoc.yaml:2:10: error [SD013]",
            "seeds/100_0000000000000001.txt:6:1: warning [SD205]"),
        findingLines(check).stream()
            .map(l -> l.replace(repo.toString().substring(1) + "/", ""))
            .toList());
    assertEquals(2, check.exitCode(), "a configuration error is a usage error");
  }

  @Test
  void standardInputTakesTheConfigurationOfItsNamesFolder() throws IOException {
    CliRun.write(repo, ".seeddoc.yaml", CONFIG);
    CliRun archived =
        CliRun.withInput(
            httpSeed,
            "check",
            "--stdin-filename",
            repo.resolve("archive/100_0000000000000009.txt").toString(),
            "-");
    assertEquals(List.of(), findingLines(archived));
    CliRun seeded =
        CliRun.withInput(
            httpSeed,
            "check",
            "--stdin-filename",
            repo.resolve("seeds/100_0000000000000009.txt").toString(),
            "-");
    assertEquals(
        List.of("seeds/100_0000000000000009.txt:6:1: error [SD205]"), findingLines(seeded));
  }

  @Test
  void fixAppliesNoFixOfARuleThatIsOff() throws IOException {
    CliRun.write(repo, ".seeddoc.yaml", CONFIG);
    CliRun fix = CliRun.of("fix", repo.toString());
    assertEquals(0, fix.exitCode(), fix.out() + fix.err());
    assertEquals(
        seed,
        Files.readString(repo.resolve("seeds/100_0000000000000001.txt"), StandardCharsets.UTF_8));
    assertEquals(
        httpSeed,
        Files.readString(repo.resolve("archive/100_0000000000000002.txt"), StandardCharsets.UTF_8),
        "SD205 is off in archive/, so its http URL stays");
    assertEquals(
        "not a seed\n",
        Files.readString(
            repo.resolve("fixtures/100_0000000000000003.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void includeTakesOtherFilesAndExcludePrunesFolders() throws IOException {
    CliRun.write(
        repo,
        ".seeddoc.yaml",
        "include: ['*.seed']\nexclude: ['seeds/', '!seeds/100_0000000000000001.txt']\n");
    CliRun.write(repo, "more/a.seed", seed);
    CliRun.write(repo, "more/b.txt", seed);
    assertEquals(
        List.of("archive/100_0000000000000002.txt", "more/a.seed"),
        SeedFinder.discovering().find(List.of(repo)).files().stream()
            .map(f -> repo.relativize(f.path()).toString())
            .filter(p -> !p.startsWith("fixtures"))
            .toList());
  }

  @Test
  void configPrintShowsEveryRulesLevelAtAPathAndWhereItComesFrom() throws IOException {
    CliRun.write(repo, ".seeddoc.yaml", CONFIG);
    CliRun print =
        CliRun.of("config", "--print", repo.resolve("archive/100_0000000000000002.txt").toString());
    assertEquals(0, print.exitCode(), print.err());
    List<String> lines = print.out().lines().toList();
    assertTrue(lines.contains("# from " + repo.resolve(".seeddoc.yaml")), print.out());
    assertTrue(lines.contains("  SD205: off  # overrides[0]: archive/"), print.out());
    assertTrue(lines.contains("  SD215: off  # overrides[0]: archive/"), print.out());
    assertTrue(lines.contains("  SD201: error"), print.out());
    assertTrue(lines.contains("exclude:") && lines.contains("  - \"fixtures/\""), print.out());
    assertEquals(
        org.seeddoc.Rule.values().length,
        lines.stream().filter(l -> l.matches("  SD\\d{3}: .*")).count());
    CliRun seeds = CliRun.of("config", "--print", repo.resolve("seeds").toString());
    assertTrue(seeds.out().lines().toList().contains("  SD205: error  # rules"), seeds.out());
    CliRun none = CliRun.of("config", "--print", "--no-config", repo.toString());
    assertTrue(none.out().contains("# from no configuration file: the defaults"), none.out());
    assertTrue(none.out().lines().toList().contains("  SD205: warning"), none.out());
    assertEquals(2, CliRun.of("config", repo.toString()).exitCode(), "config needs --print");
  }
}
