package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * seeddoc at the root of a repository as a new user meets one: a README, docs, dependencies and
 * build output beside the seeds. check reports the seeds' findings only; fix mends what has a fix
 * and leaves the rest; fix again changes nothing; a baseline then silences what is left.
 */
class RepositoryEndToEndTest {
  @TempDir Path repo;

  private static List<String> findingLines(CliRun run, Path repo) {
    return run.out()
        .lines()
        .filter(l -> l.contains(": error [") || l.contains(": warning ["))
        .map(l -> l.replace(repo + "/", ""))
        .map(l -> l.substring(0, l.indexOf(']') + 1))
        .toList();
  }

  @Test
  void checkFixFixAgainAndABaselineAtARepositorysRoot() throws IOException {
    String seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    Files.createDirectories(repo.resolve(".git"));
    CliRun.write(repo, "README.md", "# News seeds\n\nSee seeds/.\n");
    CliRun.write(repo, "docs/guide.md", "How we write seeds.\n");
    CliRun.write(repo, "node_modules/x/readme.txt", "---\nnot: ours\n---\n");
    CliRun.write(repo, "target/classes/a.txt", "---\nbuilt: output\n---\n");
    Path fixable =
        CliRun.write(
            repo,
            "seeds/100_0000000000000001.txt",
            seed.replace("originalUrl: \"https://", "originalUrl: \"http://")
                .replace("quality: 37", "quality: 037"));
    CliRun.write(repo, "seeds/100_0000000000000002.txt", seed.replace("heat: 37", "heat: 101"));

    CliRun check = CliRun.of("check", repo.toString());
    assertEquals(1, check.exitCode());
    assertEquals(
        List.of(
            "seeds/100_0000000000000001.txt:6:1: warning [SD205]",
            "seeds/100_0000000000000001.txt:9:1: error [SD102]",
            "seeds/100_0000000000000002.txt:10:1: error [SD203]"),
        findingLines(check, repo));

    CliRun fix = CliRun.of("fix", repo.toString());
    assertEquals(1, fix.exitCode(), "an error no fix mends is left");
    assertEquals(
        List.of("seeds/100_0000000000000002.txt:10:1: error [SD203]"), findingLines(fix, repo));
    assertEquals(seed, Files.readString(fixable, StandardCharsets.UTF_8));

    CliRun again = CliRun.of("fix", repo.toString());
    assertEquals(
        List.of("seeds/100_0000000000000002.txt:10:1: error [SD203]"), findingLines(again, repo));
    assertEquals(
        List.of(),
        again.out().lines().filter(l -> l.startsWith("fixed")).toList(),
        "nothing changes twice");

    Path baseline = repo.resolve("seeddoc-baseline.txt");
    assertEquals(
        1, CliRun.of("check", "--write-baseline", baseline.toString(), repo.toString()).exitCode());
    CliRun silenced =
        CliRun.of("check", "--strict", "--baseline", baseline.toString(), repo.toString());
    assertEquals(0, silenced.exitCode(), silenced.out());
    assertEquals("2 files, 0 errors, 0 warnings\n", silenced.out());
  }
}
