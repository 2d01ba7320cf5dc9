package org.seeddoc.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Rule;
import org.seeddoc.config.RuleLevel;
import org.seeddoc.config.SeedConfig;

/**
 * The finder lists a folder as {@code seeddoc check} does, each file with the configuration that
 * governs it.
 */
class SeedFinderTest {
  @TempDir Path dir;

  @Test
  void aFolderIsListedWithItsConfigurationAndExcludedFilesLeftOut() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(
        dir.resolve(".seeddoc.yaml"), "exclude:\n  - drafts/\nrules:\n  SD214: off\n");
    Files.createDirectories(dir.resolve("drafts"));
    Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(dir.resolve("seeds/100_0000000000000002.txt"), "---\n---\n");
    Files.writeString(dir.resolve("seeds/100_0000000000000001.txt"), "---\n---\n");
    Files.writeString(dir.resolve("seeds/notes.md"), "# not front matter\n");
    Files.writeString(dir.resolve("drafts/100_0000000000000003.txt"), "---\n---\n");

    SeedListing listing = SeedFinder.discovering().find(List.of(dir));
    assertEquals(
        List.of("100_0000000000000001.txt", "100_0000000000000002.txt"),
        listing.stream().map(file -> file.path().getFileName().toString()).toList());
    assertEquals(1, listing.configs().size());
    SeedFile first = listing.files().get(0);
    assertTrue(first.inFolder());
    assertEquals("100_0000000000000001.txt", first.nameInFolder());
    assertEquals(
        RuleLevel.OFF,
        first.config().level(Rule.MOJIBAKE, "seeds/100_0000000000000001.txt", false));
  }

  @Test
  void withoutConfigurationEveryFileHasTheDefaultsAndAMissingPathIsAnError() throws IOException {
    Files.writeString(dir.resolve(".seeddoc.yaml"), "rules:\n  SD214: off\n");
    Path seed = Files.writeString(dir.resolve("100_0000000000000001.txt"), "---\n---\n");
    SeedListing listing = SeedFinder.withoutConfig().find(List.of(seed, dir.resolve("gone.txt")));
    assertSame(SeedConfig.defaults(), listing.files().get(0).config());
    assertEquals(List.of(dir.resolve("gone.txt") + ": no such file or folder"), listing.errors());
    assertTrue(!listing.files().get(0).inFolder());
  }
}
