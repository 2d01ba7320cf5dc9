package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The options of {@code check} that ruff and eslint users reach for, one test each: output file,
 * exit-zero, statistics, rule selection, fixing, colour, source lines, and the fixable summary; and
 * the {@code rule} and {@code completion} commands.
 */
class CheckOptionsTest {
  private static final String ESC = "\u001b[";

  @TempDir Path dir;
  private Path file;

  /** One file with an error (SD203), a safe fix (SD205) and an unsafe one (SD214). */
  @BeforeEach
  void writeFile() throws IOException {
    String seed = CliRun.realSeed("000_d1aaf954cc0ce8f5.txt");
    file =
        CliRun.write(
            dir,
            "100_0000000000000000.txt",
            seed.replace("quality: 17", "quality: 101")
                .replace("originalUrl: \"https://", "originalUrl: \"http://"));
  }

  private List<String> rules(CliRun run) {
    return run.out()
        .lines()
        .filter(l -> l.contains(" ["))
        .map(l -> l.substring(l.indexOf(" [") + 2, l.indexOf(']')))
        .toList();
  }

  @Test
  void theFileHasTheThreeFindingsTheOtherTestsChoose() {
    CliRun run = CliRun.of("check", file.toString());
    assertEquals(1, run.exitCode());
    assertEquals(List.of("SD214", "SD205", "SD203"), rules(run));
    assertTrue(
        run.out()
            .endsWith(
                "1 file, 1 error, 2 warnings\n"
                    + "1 fixable with 'seeddoc fix' or 'seeddoc check --fix' (1 more with"
                    + " --unsafe-fixes)\n"),
        run.out());
  }

  @Test
  void outputFileTakesTheReportAndStandardOutputStaysEmpty() throws IOException {
    Path report = dir.resolve("out/report.json");
    Files.createDirectories(report.getParent());
    CliRun run = CliRun.of("check", "--format", "json", "-o", report.toString(), file.toString());
    assertEquals(1, run.exitCode(), "the exit code is the run's, not the file's");
    assertEquals("", run.out());
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
    assertEquals(3, json.get("findings").size());
    CliRun folder = CliRun.of("check", "--output-file", dir.toString(), file.toString());
    assertEquals(2, folder.exitCode(), "a folder is no output file: " + folder.err());
    assertTrue(folder.err().contains("--output-file"), folder.err());
  }

  @Test
  void exitZeroPassesFindingsButNotUsageErrors() {
    assertEquals(0, CliRun.of("check", "--exit-zero", "--strict", file.toString()).exitCode());
    assertEquals(
        2, CliRun.of("check", "--exit-zero", dir.resolve("missing").toString()).exitCode());
  }

  @Test
  void statisticsCountFindingsPerRuleAndMarkTheirFixes() throws IOException {
    CliRun.write(
        dir,
        "100_0000000000000001.txt",
        Files.readString(file).replaceFirst("\nwebUrl: \"https://", "\nwebUrl: \"http://"));
    CliRun run = CliRun.of("check", "--statistics", dir.toString());
    assertEquals(1, run.exitCode());
    List<String> lines = run.out().lines().toList();
    assertEquals("3  SD205  [*] " + Rule.HTTP.summary(), lines.get(0), run.out());
    assertEquals(
        List.of(
            "2  SD203      " + Rule.RANGE.summary(),
            "2  SD214  [-] " + Rule.MOJIBAKE.summary(),
            "2 files, 2 errors, 5 warnings"),
        lines.subList(1, 4),
        run.out());
    CliRun json = CliRun.of("check", "--statistics", "--format", "json", file.toString());
    assertEquals(2, json.exitCode());
    assertTrue(json.err().contains("--statistics"), json.err());
  }

  @Test
  void selectAndIgnoreTakeIdsAndPrefixesAndIgnoreWins() {
    assertEquals(
        List.of("SD205", "SD203"), rules(CliRun.of("check", "--select", "SD20", file.toString())));
    assertEquals(
        List.of("SD205"),
        rules(CliRun.of("check", "--select", "SD203,SD205", "--ignore", "SD203", file.toString())));
    assertEquals(
        List.of("SD214"),
        rules(CliRun.of("check", "--ignore", "SD203", "--ignore", "SD205", file.toString())));
    CliRun unknown = CliRun.of("check", "--select", "SD9", file.toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("\"SD9\" names no rule"), unknown.err());
    assertEquals(
        0, CliRun.of("check", "--ignore", "SD203", file.toString()).exitCode(), "no error left");
  }

  @Test
  void checkFixAppliesSafeFixesAndReportsWhatIsLeft() throws IOException {
    Files.writeString(file, Files.readString(file).replace("quality: 101", "quality: 17"));
    CliRun run = CliRun.of("check", "--fix", file.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertEquals(List.of("SD214"), rules(run), "the unsafe fix waits for --unsafe-fixes");
    assertTrue(run.out().contains("fixed SD205 originalUrl in " + file), run.out());
    String text = Files.readString(file);
    assertTrue(text.contains("originalUrl: \"https://"), text);
    assertTrue(text.contains("patientâ€™s"), text);
    CliRun unsafe = CliRun.of("check", "--fix", "--unsafe-fixes", file.toString());
    assertEquals(List.of(), rules(unsafe), unsafe.out());
    assertTrue(Files.readString(file).contains("patient’s"));
    CliRun stdin = CliRun.withInput("", "check", "--fix", "-");
    assertEquals(2, stdin.exitCode(), stdin.err());
  }

  @Test
  void checkFixLeavesAFileWithAnErrorNoFixMendsAsFixDoes() throws IOException {
    String before = Files.readString(file);
    CliRun run = CliRun.of("check", "--fix", file.toString());
    assertEquals(1, run.exitCode());
    assertEquals(List.of("SD214", "SD205", "SD203"), rules(run));
    assertEquals(before, Files.readString(file));
  }

  @Test
  void sourceLinesWithACaretUnlessNoSource() {
    List<String> lines = CliRun.of("check", file.toString()).out().lines().toList();
    int at = lines.indexOf(lines.stream().filter(l -> l.contains("[SD203]")).findFirst().get());
    assertEquals(List.of("    quality: 101", "    ^"), lines.subList(at + 1, at + 3));
    assertFalse(
        CliRun.of("check", "--no-source", file.toString()).out().contains("    quality: 101"));
  }

  @Test
  void jsonAndSarifMarkEachFixSafeOrUnsafe() {
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(CliRun.of("check", "--format", "json", file.toString()).out());
    StringBuilder kinds = new StringBuilder();
    json.get("findings")
        .forEach(
            f ->
                kinds
                    .append(f.get("rule").asString())
                    .append('=')
                    .append(f.get("fixable").asString())
                    .append(' '));
    assertEquals("SD214=unsafe SD205=safe SD203=none ", kinds.toString());
    String sarif = CliRun.of("check", "--format", "sarif", file.toString()).out();
    assertTrue(sarif.contains("\"properties\": {\"safe\": true}"), sarif);
    assertTrue(sarif.contains("\"properties\": {\"safe\": false}"), sarif);
    assertTrue(sarif.contains("an unsafe fix: seeddoc fix applies it only with --unsafe-fixes"));
  }

  /** A run on a terminal with an environment. */
  private CliRun onTerminal(boolean interactive, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new Terminal(interactive, environment::get));
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void colourOnATerminalFollowingNoColorForceColorTermAndTheOption() {
    String path = file.toString();
    String red = ESC + "1;31merror" + ESC + "0m";
    assertTrue(onTerminal(true, Map.of(), "check", path).out().contains(red));
    assertTrue(
        onTerminal(true, Map.of(), "check", path)
            .out()
            .startsWith(ESC + "1m" + path + ESC + "0m:4:1: " + ESC + "1;33mwarning"));
    assertFalse(onTerminal(false, Map.of(), "check", path).out().contains(ESC));
    assertFalse(onTerminal(true, Map.of("NO_COLOR", "1"), "check", path).out().contains(ESC));
    assertFalse(onTerminal(true, Map.of("TERM", "dumb"), "check", path).out().contains(ESC));
    assertTrue(onTerminal(false, Map.of("FORCE_COLOR", "1"), "check", path).out().contains(red));
    assertFalse(onTerminal(true, Map.of("FORCE_COLOR", "0"), "check", path).out().contains(ESC));
    assertTrue(onTerminal(false, Map.of(), "check", "--color", "always", path).out().contains(red));
    assertFalse(onTerminal(true, Map.of(), "check", "--color=never", path).out().contains(ESC));
    assertFalse(
        onTerminal(true, Map.of(), "check", "--format", "json", path).out().contains(ESC),
        "only text is coloured");
    String plain = CliRun.of("check", path).out();
    assertEquals(
        plain,
        onTerminal(true, Map.of(), "check", path).out().replaceAll("\u001b\\[[0-9;]*m", ""),
        "colour adds escapes and nothing else");
  }

  @Test
  void ruleExplainsARuleFromTheDocsAndListsThemAll() {
    CliRun run = CliRun.of("rule", "SD210");
    assertEquals(0, run.exitCode());
    assertTrue(
        run.out().startsWith("# SD210 — " + Rule.AMP_CACHE_MISMATCH.summary() + " (error)\n"));
    assertTrue(run.out().contains("**Fixable:**"), run.out());
    assertTrue(run.out().contains("docs/rules.md#sd210"), run.out());
    CliRun all = CliRun.of("rule");
    assertEquals(Rule.values().length, all.out().lines().count());
    assertTrue(all.out().contains("SD214  warning  " + Rule.MOJIBAKE.summary() + "\n"));
    CliRun unknown = CliRun.of("rule", "SD999");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("\"SD999\""), unknown.err());
  }

  @Test
  void completionCompletesEveryCommandAndCheckOption() {
    CliRun run = CliRun.of("completion");
    assertEquals(0, run.exitCode());
    for (String word :
        List.of("check", "fmt", "fix", "rule", "--statistics", "--select", "--color")) {
      assertTrue(run.out().contains(word), word);
    }
    assertTrue(run.out().contains("complete -F"), "a bash completion script");
  }
}
