package org.seeddoc.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SafeFiles} keeps of a file it replaces, and what it refuses to touch. */
class SafeFilesTest {
  @TempDir Path dir;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFileWithAnotherHardLinkIsRewrittenInPlaceSoBothNamesShowTheNewContent() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "old content, longer than the new\n");
    Path other = Files.createLink(dir.resolve("b.txt"), file);
    Object key =
        Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    SafeFiles.replace(file, Files.readAllBytes(file), utf8("new\n"));
    assertEquals("new\n", Files.readString(other));
    assertEquals(
        key,
        Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    assertEquals(2, ((Number) Files.getAttribute(file, "unix:nlink")).intValue());
    try (var left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aFileWithOneNameIsReplacedByAMoveKeepingItsModeAndAnyLinkToIt() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), file.getFileName());
    SafeFiles.replace(link, Files.readAllBytes(file), utf8("new\n"));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(file));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aReadOnlyOrChangedFileIsRefusedAndLeftAsItIs() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "old\n");
    WriteRefusedException changed =
        assertThrows(
            WriteRefusedException.class,
            () -> SafeFiles.replace(file, utf8("what it held before\n"), utf8("new\n")));
    assertTrue(changed.getMessage().contains("changed on disk"), changed.getMessage());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    assertThrows(
        WriteRefusedException.class, () -> SafeFiles.replace(file, utf8("old\n"), utf8("new\n")));
    assertArrayEquals(utf8("old\n"), Files.readAllBytes(file));
  }

  @Test
  void setUserAndGroupIdBitsAreKept() throws IOException {
    Path file = Files.writeString(dir.resolve("s.txt"), "old\n", StandardCharsets.UTF_8);
    Files.setAttribute(file, "unix:mode", 06755);
    SafeFiles.replace(
        file, "old\n".getBytes(StandardCharsets.UTF_8), "new\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("new\n", Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(06755, (Integer) Files.getAttribute(file, "unix:mode") & 07777);
  }

  @Test
  void aFileLockedByAnotherWriterHereIsRefusedAndLeftAsItIs() throws IOException {
    Path file = Files.writeString(dir.resolve("s.txt"), "old\n", StandardCharsets.UTF_8);
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      WriteRefusedException e =
          assertThrows(
              WriteRefusedException.class,
              () ->
                  SafeFiles.replace(
                      file,
                      "old\n".getBytes(StandardCharsets.UTF_8),
                      "new\n".getBytes(StandardCharsets.UTF_8)));
      assertTrue(e.getMessage().contains("being written under another name"), e.getMessage());
    }
    assertEquals("old\n", Files.readString(file, StandardCharsets.UTF_8));
    try (var left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary file is left");
    }
  }
}
