package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline, SARIF's fingerprints and locations and GitLab's report do not depend on how a path
 * was typed or where the run started: each form writes the same bytes, and a baseline written with
 * one form silences every finding checked with another. Runs the tool as a process, since only a
 * process has its own working folder.
 */
class PathIdentityTest {
  private static final String FILE = "100_0000000000000000.txt";
  private static final Pattern FINGERPRINT = Pattern.compile("\"seeddoc/v1\": \"([0-9a-f]{32})\"");
  private static final Pattern URI = Pattern.compile("\"uri\": \"([^\"]*)\"");

  @TempDir Path repo;

  /** How the one file is named: the working folder it is named from, and the argument, if any. */
  private record Form(String name, Path from, String argument) {}

  private List<Form> forms;

  @BeforeEach
  void makeRepository() throws IOException {
    String seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    Files.createDirectories(repo.resolve(".git"));
    Path seeds = repo.resolve("seeds");
    CliRun.write(
        seeds,
        FILE,
        seed.replace("domain: eurekalert.org", "domain: example.org")
            .replace("heat: 37", "heat: 101"));
    forms =
        List.of(
            new Form("no path: the working folder", repo, null),
            new Form("the root folder", repo, "."),
            new Form("as pre-commit names it", repo, "seeds/" + FILE),
            new Form("with ./", repo, "./seeds/" + FILE),
            new Form("absolute", repo, seeds.resolve(FILE).toString()),
            new Form("from a subfolder, with ..", seeds, "../seeds/./" + FILE));
  }

  @Test
  void everyFormWritesTheSameBaselineAndEachSilencesEveryOtherForm() throws Exception {
    List<String> baselines = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      Form form = forms.get(i);
      Path baseline = repo.resolve("baseline-" + i + ".tsv");
      CliRun run = run(form, "--write-baseline", baseline.toString());
      assertEquals(1, run.exitCode(), form.name());
      String shown = form.from().equals(repo) ? "seeds/" + FILE : FILE;
      assertTrue(
          run.out().startsWith(shown + ":"), "text output: " + form.name() + ": " + run.out());
      baselines.add(Files.readString(baseline, StandardCharsets.UTF_8));
    }
    assertTrue(baselines.get(0).contains("\tSD203\theat\tseeds/" + FILE + "\n"), baselines.get(0));
    for (int i = 0; i < forms.size(); i++) {
      assertEquals(baselines.get(0), baselines.get(i), forms.get(i).name());
    }
    for (int i = 0; i < forms.size(); i++) {
      Form form = forms.get(i);
      Path other = repo.resolve("baseline-" + (i + 1) % forms.size() + ".tsv");
      CliRun run = run(form, "--strict", "--baseline", other.toString());
      assertEquals(0, run.exitCode(), form.name() + ": " + run.out());
      assertEquals("1 file, 0 errors, 0 warnings\n", run.out(), form.name());
    }
  }

  @Test
  void sarifAndGitlabNameTheFileFromTheRootWhateverTheForm() throws Exception {
    List<String> sarif = new ArrayList<>();
    List<String> gitlab = new ArrayList<>();
    for (Form form : forms) {
      sarif.add(run(form, "--format", "sarif").out());
      gitlab.add(run(form, "--format", "gitlab").out());
    }
    assertEquals(List.of("seeds/" + FILE, "seeds/" + FILE), all(URI, sarif.get(0)));
    assertEquals(2, all(FINGERPRINT, sarif.get(0)).size(), sarif.get(0));
    assertTrue(gitlab.get(0).contains("\"path\": \"seeds/" + FILE + "\""), gitlab.get(0));
    for (int i = 0; i < forms.size(); i++) {
      assertEquals(
          all(FINGERPRINT, sarif.get(0)), all(FINGERPRINT, sarif.get(i)), forms.get(i).name());
      assertEquals(all(URI, sarif.get(0)), all(URI, sarif.get(i)), forms.get(i).name());
      assertEquals(gitlab.get(0), gitlab.get(i), forms.get(i).name());
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** Runs {@code seeddoc check} on the form's path from its folder. */
  private static CliRun run(Form form, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(options));
    if (form.argument() != null) {
      args.add(form.argument());
    }
    return ToolProcess.run(form.from(), args);
  }
}
