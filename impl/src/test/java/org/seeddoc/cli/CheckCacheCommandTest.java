package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --cache} prints what a run without it prints, byte for byte, in every format; sees
 * every change that changes a file's findings; and takes a damaged, cut short or foreign cache file
 * for none, saying so on standard error, and replaces it. {@code CheckCacheTest} swaps in other
 * projects' and builds' caches, and {@code CacheConcurrencyTest} runs checks at once.
 */
class CheckCacheCommandTest {
  @TempDir Path dir;
  private Path seeds;
  private Path cache;
  private Path changed;

  /**
   * Files with an error, safe and unsafe fixes, a syntax error (no document), CRLF line ends, a
   * wrong name, and one without findings.
   */
  @BeforeEach
  void writeFolder() throws IOException {
    seeds = dir.resolve("seeds");
    cache = dir.resolve("cache");
    String first = CliRun.realSeed("000_d1aaf954cc0ce8f5.txt");
    String second = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    changed =
        CliRun.write(
            seeds,
            "100_0000000000000000.txt",
            first
                .replace("quality: 17", "quality: 101")
                .replace("originalUrl: \"https://", "originalUrl: \"http://"));
    CliRun.write(seeds, "101_0000000000000001.txt", second);
    CliRun.write(seeds, "102_0000000000000002.txt", "---\ntitle: [\n---\n");
    CliRun.write(seeds, "103_0000000000000003.txt", second.replace("\n", "\r\n"));
    CliRun.write(seeds, "bad name.txt", second);
    settle(seeds);
  }

  /**
   * Dates every file well before the run, as a folder that was not just written is: a file written
   * in the last two seconds is hashed on every run ({@link #aFileWrittenJustBeforeARunIsHashed}).
   */
  private static void settle(Path folder) throws IOException {
    FileTime old = FileTime.from(System.currentTimeMillis() - 60_000, TimeUnit.MILLISECONDS);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, old);
      }
    }
  }

  private CliRun check(String... options) {
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(options));
    args.add(seeds.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  private CliRun cached(String... options) {
    List<String> args = new ArrayList<>(List.of("--cache-location", cache.toString()));
    args.addAll(List.of(options));
    return check(args.toArray(String[]::new));
  }

  private Path cacheFile() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".bin")).findFirst().get();
    }
  }

  private static void assertSameRun(CliRun expected, CliRun actual, String what) {
    assertEquals(expected.out(), actual.out(), what);
    assertEquals(expected.exitCode(), actual.exitCode(), what);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github", "junit", "gitlab"})
  void theFirstAndLaterRunsPrintWhatARunWithoutTheCachePrints(String format) {
    CliRun cold = check("--format", format);
    assertEquals(1, cold.exitCode(), cold.out());
    CliRun filling = cached("--format", format);
    assertSameRun(cold, filling, "the run that fills the cache");
    assertEquals("", filling.err());
    CliRun replayed = cached("--format", format);
    assertSameRun(cold, replayed, "the run that replays it");
    assertEquals("", replayed.err());
  }

  @Test
  void statisticsBaselinesAndRuleSelectionWorkOnReplayedFindings() throws IOException {
    Path baseline = dir.resolve("baseline.tsv");
    for (String[] options :
        List.of(
            new String[] {"--statistics"},
            new String[] {"--select", "SD2", "--ignore", "SD214"},
            new String[] {"-q"},
            new String[] {"--write-baseline", baseline.toString()})) {
      CliRun cold = check(options);
      String written = Files.exists(baseline) ? Files.readString(baseline) : null;
      cached(options);
      CliRun replayed = cached(options);
      assertSameRun(cold, replayed, String.join(" ", options));
      if (written != null) {
        assertEquals(written, Files.readString(baseline), "the baseline keys replayed findings");
      }
    }
    CliRun silenced = cached("--baseline", baseline.toString());
    assertEquals(0, silenced.exitCode(), silenced.out());
  }

  @Test
  void aChangedFileIsCheckedAgainAndTheOthersAreNot() throws IOException {
    cached();
    Files.writeString(changed, Files.readString(changed).replace("quality: 101", "quality: 100"));
    CliRun cold = check();
    CliRun replayed = cached();
    assertSameRun(cold, replayed, "after an edit");
    assertFalse(replayed.out().contains("SD203"), replayed.out());
  }

  @Test
  void aFileWrittenJustBeforeARunIsHashedNotTrustedByItsTimes() throws IOException {
    // A file without findings: the cache reads a file with findings anyway, for their source lines.
    Path clean = seeds.resolve("101_0000000000000001.txt");
    String edited = Files.readString(clean).replace("quality: 37", "quality: -1");
    // Just now, in whole milliseconds, which every platform's utimes sets exactly.
    FileTime written = FileTime.fromMillis(System.currentTimeMillis());
    Files.setLastModifiedTime(clean, written);
    assertFalse(cached().out().contains("101_0000000000000001.txt"));
    // The same size and the same time: only the content tells this edit from the file before it.
    Files.writeString(clean, edited);
    Files.setLastModifiedTime(clean, written);
    CliRun replayed = cached();
    assertTrue(replayed.out().contains("101_0000000000000001.txt:"), replayed.out());
    assertSameRun(check(), replayed, "after an edit in the same clock tick");
  }

  @Test
  void theContentStrategySeesAnEditWhoseTimesWereSetBack() throws IOException {
    Path clean = seeds.resolve("101_0000000000000001.txt");
    FileTime before = Files.getLastModifiedTime(clean);
    assertEquals(0, before.toInstant().getNano() % 1_000_000, "set in whole milliseconds");
    cached("--cache-strategy", "content");
    Files.writeString(clean, Files.readString(clean).replace("quality: 37", "quality: -1"));
    Files.setLastModifiedTime(clean, before);
    CliRun replayed = cached("--cache-strategy", "content");
    assertTrue(replayed.out().contains("101_0000000000000001.txt:"), replayed.out());
    assertSameRun(check(), replayed, "after an edit with its time set back");
  }

  @Test
  void aChangedConfigurationIsNotAnsweredWithTheOldFindings() throws IOException {
    cached();
    Path config = CliRun.write(seeds, ".seeddoc.yaml", "rules:\n  SD203: warning\n  SD215: off\n");
    CliRun cold = check();
    CliRun replayed = cached();
    assertSameRun(cold, replayed, "after the configuration changed");
    assertTrue(replayed.out().contains("warning [SD203]"), replayed.out());
    assertFalse(replayed.out().contains("SD215"), replayed.out());
    Files.writeString(
        config,
        "rules:\n  SD215: off\noverrides:\n  - files: ['100_*']\n    rules:\n      SD205: off\n");
    assertSameRun(check(), cached(), "after an override was added");
  }

  @ParameterizedTest
  @ValueSource(strings = {"flipped", "empty", "header", "half", "lastByte"})
  void aDamagedOrCutShortCacheIsIgnoredSaidAndReplaced(String damage) throws IOException {
    CliRun cold = check();
    cached();
    Path file = cacheFile();
    byte[] bytes = Files.readAllBytes(file);
    byte[] damaged =
        switch (damage) {
          case "flipped" -> flip(bytes, bytes.length / 2);
          case "empty" -> new byte[0];
          case "header" -> Arrays.copyOf(bytes, 20);
          case "half" -> Arrays.copyOf(bytes, bytes.length / 2);
          default -> Arrays.copyOf(bytes, bytes.length - 1);
        };
    Files.write(file, damaged);
    CliRun run = cached();
    assertSameRun(cold, run, damage);
    assertTrue(run.err().startsWith("seeddoc: ignored the cache " + file + ": "), run.err());
    assertTrue(run.err().endsWith("; it is made again\n"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertEquals(bytes.length, Files.size(file), "the cache was written again");
    CliRun after = cached();
    assertSameRun(cold, after, "the cache written again");
    assertEquals("", after.err());
  }

  private static byte[] flip(byte[] bytes, int at) {
    byte[] flipped = bytes.clone();
    flipped[at] ^= 0x10;
    return flipped;
  }

  @Test
  void aFileThatIsNoCacheIsIgnoredAndSaid() throws IOException {
    CliRun cold = check();
    cached();
    Path file = cacheFile();
    Files.writeString(file, "{\"eslint\": \"cache\"}\n", StandardCharsets.UTF_8);
    CliRun run = cached();
    assertSameRun(cold, run, "a foreign file");
    assertTrue(run.err().contains(": it is not a seeddoc cache; it is made again"), run.err());
  }

  @Test
  void aCacheThatCannotBeWrittenSlowsTheRunAndChangesNothingElse() throws IOException {
    CliRun cold = check();
    Files.writeString(cache, "a file where the cache's folder should be");
    CliRun run = cached();
    assertSameRun(cold, run, "an unwritable cache");
    assertTrue(run.err().startsWith("seeddoc: cannot write the cache " + cache), run.err());
    assertTrue(run.err().endsWith(": " + cache + " is not a folder\n"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void theCacheIsOffByDefaultAndItsFolderIsKeptOutOfGit() throws IOException {
    check();
    assertFalse(Files.exists(cache));
    cached();
    assertEquals("*", Files.readString(cache.resolve(".gitignore")).lines().toList().get(1));
    assertTrue(
        Files.readString(cache.resolve("CACHEDIR.TAG"))
            .startsWith("Signature: 8a477f597d28d172789f06886806bc55\n"));
  }

  @Test
  void fixAndStandardInputDoNotUseTheCache() throws IOException {
    CliRun fixed = cached("--fix");
    assertEquals(1, fixed.exitCode(), fixed.out());
    assertFalse(Files.exists(cache), "check --fix wrote a cache");
    CliRun stdin =
        CliRun.withInput(
            CliRun.realSeed("004_04cd3372321c0f9e.txt"),
            "check",
            "--cache-location",
            cache.toString(),
            "-");
    assertEquals(0, stdin.exitCode(), stdin.out());
    assertFalse(Files.exists(cache), "a check of standard input wrote a cache");
  }
}
