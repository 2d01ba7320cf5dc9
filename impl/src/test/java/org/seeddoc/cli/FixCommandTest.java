package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * seeddoc fix applies what findings suggest, leaves what needs a person, and changes nothing twice.
 */
class FixCommandTest {
  @TempDir Path dir;
  private String seed;
  private String broken;

  @BeforeEach
  void seeds() throws IOException {
    seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    // An http AMP page with the cache URL of its https page, a title with a trailing space, a
    // misspelt key, a leading zero and a non-canonical layout: each has a fix.
    broken =
        seed.replace(
                "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\n",
                "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\nampWebUrl: \"http://www.eurekalert.org/amp/950689\"\n"
                    + "cdnAmpWebUrl: \"https://www-eurekalert-org.cdn.ampproject.org/c/www.eurekalert.org/amp/950689\"\n")
            .replace("securely\"", "securely \"")
            .replace("type: article\nquality: 37", "tpye: article\nquality: 037")
            .replace("category: news", "category: 'news'");
  }

  @Test
  void everyFixIsAppliedTheFileIsCanonicalAndASecondRunChangesNothing() throws IOException {
    Path file = CliRun.write(dir, "100_0000000000000000.txt", broken);
    CliRun first = CliRun.of("fix", file.toString());
    assertEquals(0, first.exitCode(), first.out() + first.err());
    assertTrue(first.out().startsWith("fixed "), first.out());
    for (String fixed :
        new String[] {
          "SD205 ampWebUrl", "SD210 cdnAmpWebUrl", "SD202 title", "SD103 tpye", "SD102 quality"
        }) {
      assertTrue(first.out().contains(fixed), fixed + ": " + first.out());
    }
    String expected =
        seed.replace(
            "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\n",
            "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\nampWebUrl: \"https://www.eurekalert.org/amp/950689\"\n"
                + "cdnAmpWebUrl: \"https://www-eurekalert-org.cdn.ampproject.org/c/s/www.eurekalert.org/amp/950689\"\n");
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(
        "",
        CliRun.of("check", file.toString()).out().replaceAll("(?m)^1 file.*\n", ""),
        "no finding is left");
    CliRun second = CliRun.of("fix", file.toString());
    assertEquals(0, second.exitCode());
    assertEquals("", second.out(), "a second run changes nothing");
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void fixKeepsCommentsAndARenamedKeyTakesItsCommentAlong() throws IOException {
    String commented =
        broken
            .replace("tpye: article\n", "# what it is\ntpye: article # checked by hand\n")
            .replace("category: 'news'", "category: 'news' # main section");
    Path file = CliRun.write(dir, "100_0000000000000000.txt", commented);
    CliRun fix = CliRun.of("fix", file.toString());
    assertEquals(0, fix.exitCode(), fix.out() + fix.err());
    String expected =
        seed.replace(
                "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\n",
                "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\nampWebUrl: \"https://www.eurekalert.org/amp/950689\"\n"
                    + "cdnAmpWebUrl: \"https://www-eurekalert-org.cdn.ampproject.org/c/s/www.eurekalert.org/amp/950689\"\n")
            .replace("\ntype: article\n", "\n# what it is\ntype: article # checked by hand\n")
            .replace("category: news", "category: news # main section");
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals("", CliRun.of("fix", file.toString()).out(), "a second run changes nothing");
  }

  @Test
  void aFileWithAnErrorNoFixMendsIsReportedAndLeftAsItIs() throws IOException {
    String unfixable = broken.replace("heat: 37", "heat: 101");
    Path file = CliRun.write(dir, "100_0000000000000000.txt", unfixable);
    CliRun run = CliRun.of("fix", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains(":12:1: error [SD203]"), run.out());
    assertEquals(unfixable, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void aDryRunShowsAUnifiedDiffAndWritesNothing() throws IOException {
    Path file = CliRun.write(dir, "100_0000000000000000.txt", broken);
    CliRun run = CliRun.of("fix", "--dry-run", file.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().startsWith("would have fixed "), run.out());
    assertTrue(run.out().contains("--- a/" + file + "\n+++ b/" + file + "\n@@ "), run.out());
    assertTrue(
        run.out().contains("\n-quality: 037\n") && run.out().contains("\n+quality: 37\n"),
        run.out());
    assertEquals(broken, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void fmtFixDoesWhatFixDoes() throws IOException {
    Path file = CliRun.write(dir, "100_0000000000000000.txt", broken);
    assertEquals(0, CliRun.of("fmt", "--fix", file.toString()).exitCode());
    assertEquals(0, CliRun.of("check", "--strict", file.toString()).exitCode());
  }

  @Test
  void aMojibakeRepairIsAGuessAppliedOnlyWithUnsafeFixes() throws IOException {
    String mojibake = CliRun.realSeed("000_d1aaf954cc0ce8f5.txt");
    Path file = CliRun.write(dir, "100_0000000000000000.txt", mojibake);
    CliRun safe = CliRun.of("fix", file.toString());
    assertEquals(0, safe.exitCode(), safe.out() + safe.err());
    assertTrue(safe.out().contains("warning [SD214]") && !safe.out().contains("fixed"), safe.out());
    assertEquals(mojibake, Files.readString(file, StandardCharsets.UTF_8));

    CliRun unsafe = CliRun.of("fix", "--unsafe-fixes", file.toString());
    assertEquals(0, unsafe.exitCode(), unsafe.out() + unsafe.err());
    assertTrue(unsafe.out().startsWith("fixed SD214 excerpt in "), unsafe.out());
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("a patient’s vertebra"));

    CliRun alone = CliRun.of("fmt", "--unsafe-fixes", file.toString());
    assertEquals(2, alone.exitCode(), "--unsafe-fixes goes with --fix");
  }
}
