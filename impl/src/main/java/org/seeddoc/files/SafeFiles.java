package org.seeddoc.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import org.seeddoc.validation.SeedValidator;

/**
 * Reads and replaces files without harming them, as {@code seeddoc fmt} and {@code fix} do: a crash
 * or a full disk leaves either the old file or the new one, never half of each (a temporary file
 * beside it, then one atomic move); a symbolic link stays a link and its target is rewritten; the
 * owner, group and mode are kept; a file with other hard links is rewritten in place, so that every
 * name still shows the same content, once the new content is known to fit on the disk; a read-only
 * file, or one that changed since it was read, is refused and left as it is. Stateless and
 * thread-safe.
 */
public final class SafeFiles {
  private SafeFiles() {}

  /**
   * Reads a file's bytes as the tool does: all of them, or one past the reader's size limit, which
   * is enough for the SD005 finding without reading a huge file.
   *
   * @param file the file
   * @return its bytes
   * @throws IOException if it cannot be read
   */
  public static byte[] read(Path file) throws IOException {
    return SeedValidator.readFile(file);
  }

  /**
   * Replaces the content of a file that was read as {@code original}.
   *
   * @param file the file, or a symbolic link to it
   * @param original what the file held when it was read
   * @param content what it is to hold
   * @throws WriteRefusedException if the file is read-only, no longer holds {@code original}, or
   *     its owner cannot be kept; the file is untouched
   * @throws IOException if it cannot be written; the file is untouched
   */
  public static void replace(Path file, byte[] original, byte[] content) throws IOException {
    Path target = file.toRealPath();
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributes attributes = view == null ? null : view.readAttributes();
    if (attributes != null && !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      throw new WriteRefusedException(
          "the file is read-only; seeddoc does not rewrite it (make it writable first)");
    }
    Path temporary =
        Files.createTempFile(target.getParent(), "." + target.getFileName(), ".seeddoc-tmp");
    try {
      writeDurably(temporary, content);
      if (attributes != null) {
        keepOwnerAndMode(temporary, target, attributes);
      }
      // POSIX has no compare-and-swap on a name: the compare is the last step before the rename,
      // under an advisory lock, so another seeddoc run (or a tool that locks) waits, and an edit by
      // anything else can be lost only in the moment between the two.
      try (FileChannel locked =
              FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
          FileLock lock = lock(locked)) {
        if (!Arrays.equals(original, Files.readAllBytes(target))) {
          throw new WriteRefusedException(
              "the file changed on disk since seeddoc read it; it is not overwritten");
        }
        if (linkCount(target) > 1) {
          rewriteInPlace(locked, original, content);
          return;
        }
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      syncFolder(target.getParent());
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static FileLock lock(FileChannel channel) throws IOException {
    try {
      return channel.lock();
    } catch (OverlappingFileLockException e) {
      // This JVM holds the lock: the same file, under another name, is being written by another
      // thread.
      throw new WriteRefusedException(
          "the file is being written under another name at this moment; it is not overwritten");
    }
  }

  /**
   * Writes a new file and forces it to the disk, so that a crash after the rename finds the
   * content.
   */
  private static void writeDurably(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      writeAll(channel, content);
      channel.force(true);
    }
  }

  /**
   * Forces a folder's entries to the disk, so that a rename survives a crash; where a folder cannot
   * be opened, as on Windows, the rename stands as it is.
   */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Durability of the rename is best effort; the content itself is already forced.
    }
  }

  /**
   * Writes a file a program makes itself (a baseline, a report), new or replacing one, through a
   * temporary file and a move.
   *
   * @param file the file
   * @param content what it is to hold
   * @throws WriteRefusedException if it exists and is no regular file, or for the reasons of {@link
   *     #replace}
   * @throws IOException if it cannot be written
   */
  public static void write(Path file, byte[] content) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A device such as /dev/full would be read whole to compare it, and a folder cannot be
      // replaced.
      throw new WriteRefusedException(
          "it is not a regular file; seeddoc writes only regular files");
    }
    if (Files.exists(file)) {
      replace(file, Files.readAllBytes(file), content);
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".seeddoc-tmp");
    try {
      writeDurably(temporary, content);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      syncFolder(folder);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** How many names the file has; 1 where the file system does not say. */
  private static int linkCount(Path file) {
    try {
      return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 1;
    }
  }

  /**
   * A move would give this name a new file and leave the other names with the old content, so the
   * file is written where it is. The temporary copy already holds the content, so the disk has room
   * for it; if writing fails all the same, the original content is put back.
   */
  private static void rewriteInPlace(FileChannel channel, byte[] original, byte[] content)
      throws IOException {
    try {
      writeAll(channel, content);
      channel.truncate(content.length);
      channel.force(true);
    } catch (IOException e) {
      channel.position(0);
      writeAll(channel, original);
      channel.truncate(original.length);
      channel.force(true);
      throw e;
    }
  }

  private static void writeAll(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    channel.position(0);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** A temporary file is its creator's and private; the new file should be what the old one was. */
  private static void keepOwnerAndMode(Path temporary, Path target, PosixFileAttributes original)
      throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(
            temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    view.setPermissions(original.permissions());
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.group().equals(original.group())) {
        view.setGroup(original.group());
      }
      if (!now.owner().equals(original.owner())) {
        view.setOwner(original.owner());
      }
    } catch (IOException e) {
      throw new WriteRefusedException(
          "the file's owner or group cannot be kept (" + e.getMessage() + "); it is not rewritten");
    }
    keepSpecialBits(temporary, target);
  }

  /**
   * The set-user-ID, set-group-ID and sticky bits, which POSIX permissions cannot express (6755
   * became 755), set last: changing the owner clears them. Where the file system has no Unix mode,
   * nothing.
   */
  private static void keepSpecialBits(Path temporary, Path target) throws IOException {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(target, "unix:mode");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return;
    }
    if ((mode & 07000) != 0) {
      Files.setAttribute(temporary, "unix:mode", mode & 07777, LinkOption.NOFOLLOW_LINKS);
    }
  }
}
