package org.seeddoc.files;

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
import org.seeddoc.config.SeedConfig;

/** The compact listing: the order files are handled in, and each file once. */
class ListedFilesTest {
  @TempDir Path dir;

  /**
   * Names with units on both sides of the surrogates, where UTF-16 order and code point order part.
   */
  private static final List<String> NAMES =
      List.of(
          "a.txt",
          "a-b.txt",
          "a_b.txt",
          "B.txt",
          "z.txt",
          "é.txt",
          "ß.txt",
          "\uFF21.txt",
          "\uD83D\uDE00.txt",
          "\u4E2D.txt",
          "\uD800\uDC00.txt",
          "\uFFFC.txt",
          "0.txt");

  private static List<String> names(List<SeedFile> files) {
    return files.stream().map(f -> f.path().getFileName().toString()).toList();
  }

  @Test
  void aFoldersFilesAreInTheOrderOfTheirUtf8BytesAsGitListsThem() throws IOException {
    List<String> shuffled = new ArrayList<>(NAMES);
    Collections.shuffle(shuffled, new Random(7));
    ListedFiles.Builder builder = new ListedFiles.Builder();
    for (String name : shuffled) {
      builder.add(new SeedFile(dir.resolve(name), true, SeedConfig.defaults()), name);
    }
    builder.sortSince(0);
    // The reference: the names' UTF-8 bytes compared unsigned, which is what git and a C-locale
    // sort do.
    List<String> expected =
        NAMES.stream()
            .sorted(
                (x, y) ->
                    Arrays.compareUnsigned(
                        x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)))
            .toList();
    assertEquals(expected, names(builder.build()));
  }

  @Test
  void namedFilesKeepTheirOrderAndOnlyAFoldersFilesAreSorted() {
    ListedFiles.Builder builder = new ListedFiles.Builder();
    builder.add(new SeedFile(dir.resolve("z.txt"), false, SeedConfig.defaults()), "z");
    int from = builder.added();
    builder.add(new SeedFile(dir.resolve("d/c.txt"), true, SeedConfig.defaults()), "c");
    builder.add(new SeedFile(dir.resolve("d/b.txt"), true, SeedConfig.defaults()), "b");
    builder.sortSince(from);
    builder.add(new SeedFile(dir.resolve("a.txt"), false, SeedConfig.defaults()), "a");
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
      builder.add(new SeedFile(path, false, SeedConfig.defaults()), new SameHash());
    }
    assertEquals(
        List.of(one, two, hardLink), builder.build().stream().map(SeedFile::path).toList());
  }

  @Test
  void filesWithoutAKeyAreTheSameWhenTheirRealPathsAre() throws IOException {
    Path gone = dir.resolve("gone.txt");
    ListedFiles.Builder builder = new ListedFiles.Builder();
    builder.add(
        new SeedFile(gone, true, "a symbolic link to nothing", SeedConfig.defaults()), null);
    builder.add(
        new SeedFile(dir.resolve("x/../gone.txt"), false, "unreadable", SeedConfig.defaults()),
        null);
    builder.add(
        new SeedFile(dir.resolve("other.txt"), true, "unreadable", SeedConfig.defaults()), null);
    ListedFiles files = builder.build();
    assertEquals(
        List.of(gone, dir.resolve("other.txt")), files.stream().map(SeedFile::path).toList());
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
