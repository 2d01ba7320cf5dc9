package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.files.WriteRefusedException;

/**
 * fmt never harms a file: links stay links, owner and mode stay, read-only and changed files are
 * left alone.
 */
class FmtSafetyTest {
  @TempDir Path dir;
  private String canonical;
  private String messy;

  @BeforeEach
  void seeds() throws IOException {
    canonical = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    messy = canonical.replace("category: news", "category: 'news'");
  }

  @Test
  void aSymlinkStaysASymlinkAndItsTargetIsRewritten() throws IOException {
    Path target = CliRun.write(dir, "real/a.txt", messy);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.relativize(target));
    CliRun run = CliRun.of("fmt", link.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(Files.isSymbolicLink(link), "still a link");
    assertEquals(canonical, Files.readString(target, StandardCharsets.UTF_8));
  }

  @Test
  void ownerGroupAndModeAreKept() throws IOException {
    Path file = CliRun.write(dir, "a.txt", messy);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
      UserPrincipal nobody = users.lookupPrincipalByName("nobody");
      GroupPrincipal nogroup =
          users.lookupPrincipalByGroupName(
              Files.exists(Path.of("/etc/group"))
                      && Files.readString(Path.of("/etc/group")).contains("\nnogroup:")
                  ? "nogroup"
                  : "nobody");
      view.setOwner(nobody);
      view.setGroup(nogroup);
    }
    var before = view.readAttributes();
    assertEquals(0, CliRun.of("fmt", file.toString()).exitCode());
    var after =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .readAttributes();
    assertEquals(canonical, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(before.owner(), after.owner());
    assertEquals(before.group(), after.group());
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(after.permissions()));
    assumeTrue(
        root, "only root can give a file to another user, so only root shows the owner kept");
  }

  @Test
  void aReadOnlyFileIsRefusedWithANonZeroExitAndLeftAsItIs() throws IOException {
    Path file = CliRun.write(dir, "a.txt", messy);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    CliRun run = CliRun.of("fmt", file.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        file
            + ": not formatted: the file is read-only; seeddoc does not rewrite it (make it writable first)\n",
        run.err());
    assertEquals(messy, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void aFileThatChangedSinceItWasReadIsNotOverwritten() throws IOException {
    Path file = CliRun.write(dir, "a.txt", messy);
    byte[] read = messy.getBytes(StandardCharsets.UTF_8);
    Files.writeString(file, messy + "edited meanwhile\n", StandardCharsets.UTF_8);
    WriteRefusedException refused =
        assertThrows(
            WriteRefusedException.class,
            () -> SafeFiles.replace(file, read, canonical.getBytes(StandardCharsets.UTF_8)));
    assertTrue(refused.getMessage().contains("changed on disk"), refused.getMessage());
    assertEquals(messy + "edited meanwhile\n", Files.readString(file, StandardCharsets.UTF_8));
    try (var left = Files.list(dir)) {
      assertTrue(
          left.noneMatch(p -> p.toString().endsWith(".seeddoc-tmp")), "no temporary file is left");
    }
  }
}
