package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact listing: the order files are handled in, and each file once. */
class ListedFilesTest {
  @TempDir Path dir;

  /** Names with units on both sides of the surrogates, where UTF-16 order and code point order part. */
  private static final List<String> NAMES = List.of("a.txt", "a-b.txt", "a_b.txt", "B.txt", "z.txt", "é.txt", "ß.txt",
      "\uFF21.txt", "\uD83D\uDE00.txt", "\u4E2D.txt", "\uD800\uDC00.txt", "\uFFFC.txt", "0.txt");

  private static List<String> names(List<SeedFiles.SeedFile> files) {
    return files.stream().map(f -> f.path().getFileName().toString()).toList();
  }

  @Test
  void aFoldersFilesAreInTheOrderOfTheirUtf8BytesAsGitListsThem() throws IOException {
    List<String> shuffled = new ArrayList<>(NAMES);
    Collections.shuffle(shuffled, new Random(7));
    ListedFiles.Builder builder = new ListedFiles.Builder();
    for (String name : shuffled) {
      builder.add(new SeedFiles.SeedFile(dir.resolve(name), true, ConfigFinder.DEFAULTS), name);
    }
    builder.sortSince(0);
    // The reference: the names' UTF-8 bytes compared unsigned, which is what git and a C-locale sort do.
    List<String> expected = NAMES.stream().sorted((x, y) -> Arrays.compareUnsigned(
        x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8))).toList();
    assertEquals(expected, names(builder.build()));
  }

  @Test
  void namedFilesKeepTheirOrderAndOnlyAFoldersFilesAreSorted() {
    ListedFiles.Builder builder = new ListedFiles.Builder();
    builder.add(new SeedFiles.SeedFile(dir.resolve("z.txt"), false, ConfigFinder.DEFAULTS), "z");
    int from = builder.added();
    builder.add(new SeedFiles.SeedFile(dir.resolve("d/c.txt"), true, ConfigFinder.DEFAULTS), "c");
    builder.add(new SeedFiles.SeedFile(dir.resolve("d/b.txt"), true, ConfigFinder.DEFAULTS), "b");
    builder.sortSince(from);
    builder.add(new SeedFiles.SeedFile(dir.resolve("a.txt"), false, ConfigFinder.DEFAULTS), "a");
    assertEquals(List.of("z.txt", "b.txt", "c.txt", "a.txt"), names(builder.build()));
  }

  /** Only the hash of a key is kept; a shared hash is no proof, and the keys are read again. */
  @Test
  void filesWhoseKeysShareAHashAreTheSameFileOnlyWhenTheirRealKeysAndPathsAre() throws IOException {
    Path one = Files.writeString(dir.resolve("one.txt"), "1", StandardCharsets.UTF_8);
    Path two = Files.writeString(dir.resolve("two.txt"), "2", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), one);
    Path hardLink = Files.createLink(dir.resolve("hard.txt"), one);
    ListedFiles.Builder builder = new ListedFiles.Builder();
    for (Path path : List.of(one, two, link, one, hardLink)) {
      builder.add(new SeedFiles.SeedFile(path, false, ConfigFinder.DEFAULTS), new SameHash());
    }
    assertEquals(List.of(one, two, hardLink), builder.build().stream().map(SeedFiles.SeedFile::path).toList());
  }

  @Test
  void filesWithoutAKeyAreTheSameWhenTheirRealPathsAre() throws IOException {
    Path gone = dir.resolve("gone.txt");
    ListedFiles.Builder builder = new ListedFiles.Builder();
    builder.add(new SeedFiles.SeedFile(gone, true, "a symbolic link to nothing", ConfigFinder.DEFAULTS), null);
    builder.add(new SeedFiles.SeedFile(dir.resolve("x/../gone.txt"), false, "unreadable", ConfigFinder.DEFAULTS), null);
    builder.add(new SeedFiles.SeedFile(dir.resolve("other.txt"), true, "unreadable", ConfigFinder.DEFAULTS), null);
    ListedFiles files = builder.build();
    assertEquals(List.of(gone, dir.resolve("other.txt")), files.stream().map(SeedFiles.SeedFile::path).toList());
    assertEquals("a symbolic link to nothing", files.get(0).unreadable());
  }

  /** A key unlike any other but in its hash. */
  private static final class SameHash {
    @Override
    public int hashCode() {
      return 42;
    }
  }
}
