package org.seeddoc.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.Severity;
import org.seeddoc.files.FileStamp;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.validation.SeedValidator;

/**
 * A replayed outcome is the checked one, record for record, and a replay asks for no validator; a
 * changed file is checked again; another project's or another build's cache file, or entries
 * swapped between files, replay nothing wrong.
 */
class CheckCacheTest {
  private static SeedValidator validator;

  /** A validator that fails the test if the cache asks for it. */
  private static final Supplier<SeedValidator> NONE =
      () -> {
        throw new AssertionError("the cache checked a file it should have replayed");
      };

  @TempDir Path dir;
  private Path seeds;
  private Path location;
  private List<SeedFile> files;

  @BeforeAll
  static void startValidator() {
    validator = SeedValidator.create();
  }

  @BeforeEach
  void writeFolder() throws IOException {
    seeds = dir.resolve("seeds");
    location = dir.resolve("cache");
    Files.createDirectories(seeds);
    Path real = Path.of(System.getProperty("seeddoc.seeds"));
    String first = Files.readString(real.resolve("000_d1aaf954cc0ce8f5.txt"));
    String second = Files.readString(real.resolve("004_04cd3372321c0f9e.txt"));
    write("100_0000000000000000.txt", first.replace("quality: 17", "quality: 101"));
    write("101_0000000000000001.txt", second);
    write("102_0000000000000002.txt", "---\ntitle: [\n---\n");
    write("not a seed name.txt", second.replace("heat: 37", "heat: 101"));
    files = SeedFinder.discovering().find(List.of(seeds)).files();
    assertEquals(4, files.size());
  }

  private void write(String name, String text) throws IOException {
    Path file = seeds.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(
        file, FileTime.from(System.currentTimeMillis() - 60_000, TimeUnit.MILLISECONDS));
  }

  private CheckCache open() {
    return CheckCache.builder().location(location).open();
  }

  private List<FileOutcome> checkAll(CheckCache cache, Supplier<SeedValidator> with) {
    return files.stream().map(file -> cache.check(file, with)).toList();
  }

  /** A cache that has checked every file and saved them. */
  private CheckCache filled() throws IOException {
    CheckCache cache = open();
    checkAll(cache, () -> validator);
    cache.save();
    return cache;
  }

  private List<FileOutcome> checkedWithoutCache() {
    return files.stream().map(file -> FileOutcome.checked(file, validator)).toList();
  }

  private Path cacheFile() throws IOException {
    try (Stream<Path> in = Files.list(location)) {
      return in.filter(f -> f.getFileName().toString().endsWith(".bin")).findFirst().get();
    }
  }

  @Test
  void aReplayIsTheCheckedOutcomeAndAsksForNoValidator() throws IOException {
    List<FileOutcome> checked = checkedWithoutCache();
    assertTrue(checked.stream().anyMatch(o -> o.document() != null), "a file with findings reads");
    assertTrue(checked.stream().anyMatch(o -> o.findings().isEmpty()), "and one has none");
    CheckCache first = open();
    assertEquals(checked, checkAll(first, () -> validator));
    assertEquals(List.of(0L, 4L), List.of(first.hits(), first.misses()));
    first.save();
    CheckCache second = open();
    assertEquals(Optional.empty(), second.problem());
    assertEquals(checked, checkAll(second, NONE), "documents, texts and findings");
    assertEquals(List.of(4L, 0L), List.of(second.hits(), second.misses()));
  }

  @Test
  void onlyTheChangedFileIsCheckedAgain() throws IOException {
    CheckCache first = filled();
    write("101_0000000000000001.txt", Files.readString(files.get(1).path()) + "More body.\n");
    files = SeedFinder.discovering().find(List.of(seeds)).files();
    CheckCache second = open();
    assertEquals(checkedWithoutCache(), checkAll(second, () -> validator));
    assertEquals(List.of(3L, 1L), List.of(second.hits(), second.misses()));
  }

  @Test
  void anotherProjectsCacheFileIsIgnoredAndSaid() throws IOException {
    CheckCache first = filled();
    Path file = cacheFile();
    CacheFile.Loaded ours = CacheFile.read(file, ToolBuild.id(), first.root());
    CacheFile.write(file, ToolBuild.id(), "/elsewhere/project", ours.entries().entrySet());
    CheckCache second = open();
    assertEquals(
        Optional.of("it was made for another project, /elsewhere/project"), second.problem());
    assertEquals(checkedWithoutCache(), checkAll(second, () -> validator));
    assertEquals(4L, second.misses());
  }

  @Test
  void anotherBuildsCacheFileIsIgnoredQuietlyAndReplaced() throws IOException {
    CheckCache first = filled();
    Path file = cacheFile();
    Map<String, CacheEntry> entries = CacheFile.read(file, ToolBuild.id(), first.root()).entries();
    CacheFile.write(file, "seeddoc 0.0.1 another build", first.root(), entries.entrySet());
    CheckCache second = open();
    assertEquals(Optional.empty(), second.problem(), "an upgrade is no problem to report");
    assertEquals(checkedWithoutCache(), checkAll(second, () -> validator));
    assertEquals(4L, second.misses());
    second.save();
    CheckCache third = open();
    checkAll(third, NONE);
    assertEquals(4L, third.hits(), "the file was written again for this build");
  }

  @Test
  void entriesSwappedBetweenFilesReplayNothingWrong() throws IOException {
    CheckCache first = filled();
    Path file = cacheFile();
    Map<String, CacheEntry> entries =
        new HashMap<>(CacheFile.read(file, ToolBuild.id(), first.root()).entries());
    List<String> keys = entries.keySet().stream().sorted().toList();
    CacheEntry swapped = entries.get(keys.get(0));
    entries.put(keys.get(0), entries.get(keys.get(1)));
    entries.put(keys.get(1), swapped);
    CacheFile.write(file, ToolBuild.id(), first.root(), entries.entrySet());
    CheckCache second = open();
    assertEquals(checkedWithoutCache(), checkAll(second, () -> validator));
    assertEquals(List.of(2L, 2L), List.of(second.hits(), second.misses()));
  }

  @Test
  void findingsComeBackAsTheyWereWrittenUnpairedSurrogatesAndAll() throws IOException {
    Finding odd =
        new Finding(Rule.CRLF, Severity.WARNING, "", 7, 3, "title", "x\uD800y", "\uDC00 fix");
    Finding plain = new Finding(Rule.UNREADABLE, Severity.ERROR, "", 1, 1, null, "why", null);
    CacheEntry entry =
        new CacheEntry(
            new FileStamp(10, 20, 30), true, new byte[16], "+EW", List.of(odd, plain), 40);
    Files.createDirectories(location);
    Path file = location.resolve("check.bin");
    CacheFile.write(file, "build", "root", Map.of("seeds/ä.txt", entry).entrySet());
    CacheFile.Loaded read = CacheFile.read(file, "build", "root");
    assertEquals(null, read.problem());
    CacheEntry back = read.entries().get("seeds/ä.txt");
    assertEquals(List.of(odd, plain), back.findings());
    assertEquals(entry.stamp(), back.stamp());
    assertEquals(List.of(true, "+EW", 40L), List.of(back.settled(), back.levels(), back.seen()));
  }
}
