package org.seeddoc.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shown form drops what typing added; the identity is the path from the project's root. */
class ProjectPathsTest {
  private static final Path HERE = Path.of("").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void theShownFormIsFromTheWorkingFolderWithoutDotParts() {
    assertEquals(Path.of("seeds/x.txt"), ProjectPaths.shown(Path.of("./seeds/x.txt")));
    assertEquals(Path.of("seeds/x.txt"), ProjectPaths.shown(Path.of("seeds/../seeds/./x.txt")));
    assertEquals(Path.of("seeds/x.txt"), ProjectPaths.shown(HERE.resolve("seeds/x.txt")));
    assertEquals(Path.of(""), ProjectPaths.shown(Path.of(".")));
    assertEquals(Path.of("/elsewhere/x.txt"), ProjectPaths.shown(Path.of("/elsewhere/./x.txt")));
    assertEquals(
        HERE.getParent().resolve("x.txt"), ProjectPaths.shown(Path.of("../x.txt")), "outside");
  }

  @Test
  void theIdentityIsFromTheGitRootElseTheNearestConfigurationElseTheWorkingFolder()
      throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("a/b"));
    Files.writeString(repo.resolve("a/.seeddoc.yaml"), "rules: {}\n");
    assertEquals("a/b/x.txt", ProjectPaths.identity(repo.resolve("a/b/./x.txt")));
    Path loose = Files.createDirectories(dir.resolve("loose/c"));
    Files.writeString(dir.resolve("loose/.seeddoc.yaml"), "rules: {}\n");
    assertEquals("c/x.txt", ProjectPaths.identity(loose.resolve("x.txt")));
  }
}
