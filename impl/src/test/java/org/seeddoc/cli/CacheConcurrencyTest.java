package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.cache.CheckCache;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;

/**
 * Two checks with one cache at once, as two terminals or a hook and an editor run them: each prints
 * what a run without the cache prints, whichever writes the cache last, and the cache they leave
 * replays every file.
 */
class CacheConcurrencyTest {
  private static final int FILES = 200;
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void twoChecksAtOnceEachPrintWhatAColdRunPrints() throws Exception {
    Path seeds = dir.resolve("seeds");
    Path cache = dir.resolve("cache");
    String seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      String text = i % 10 == 0 ? seed.replace("quality: 37", "quality: 1" + i) : seed;
      files.add(CliRun.write(seeds, String.format(Locale.ROOT, "%03d_%016x.txt", i, i), text));
      Files.setLastModifiedTime(files.get(i), FileTime.fromMillis(0));
    }
    Path here = Path.of("").toAbsolutePath();
    List<String> args = List.of("check", "--cache-location", cache.toString(), seeds.toString());
    for (int round = 0; round < ROUNDS; round++) {
      CliRun cold = CliRun.of("check", seeds.toString());
      ToolProcess first = ToolProcess.start(here, args);
      ToolProcess second = ToolProcess.start(here, args);
      for (CliRun run : List.of(first.finish(), second.finish())) {
        assertEquals(cold.out(), run.out(), "round " + round);
        assertEquals(cold.exitCode(), run.exitCode(), "round " + round + ": " + run.err());
        assertEquals("", run.err(), "round " + round);
      }
      // A few files change between rounds, so that both runs of the next one write the cache.
      for (int i = round; i < FILES; i += 40) {
        Files.writeString(files.get(i), Files.readString(files.get(i)) + "Round " + round + ".\n");
        Files.setLastModifiedTime(files.get(i), FileTime.fromMillis(1000L * (round + 1)));
      }
    }
    CliRun last = CliRun.of(args.toArray(String[]::new));
    assertEquals(CliRun.of("check", seeds.toString()).out(), last.out());
    CheckCache left = CheckCache.builder().location(cache).open();
    assertEquals(java.util.Optional.empty(), left.problem());
    for (SeedFile file : SeedFinder.discovering().find(List.of(seeds)).files()) {
      left.check(
          file,
          () -> {
            throw new AssertionError("the cache the runs left does not hold " + file);
          });
    }
    assertEquals(FILES, left.hits());
  }
}
