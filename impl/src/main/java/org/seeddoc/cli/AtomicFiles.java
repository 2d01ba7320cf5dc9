package org.seeddoc.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;

/**
 * Replaces a file's content without harming the file: a crash or a full disk leaves either the old
 * file or the new one, never half of each (a temporary file beside it, then one atomic move); a
 * symbolic link stays a link and its target is rewritten; the owner, group and mode are kept; a
 * read-only file, or one that changed since it was read, is refused and left as it is.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Why a file was not replaced. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Replaces the content of a file that was read as {@code original}.
   *
   * @throws Refused if the file is read-only or no longer holds {@code original}
   * @throws IOException if it cannot be written
   */
  static void replace(Path file, byte[] original, byte[] content) throws IOException {
    Path target = file.toRealPath();
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributes attributes = view == null ? null : view.readAttributes();
    if (attributes != null && !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      throw new Refused("the file is read-only; seeddoc does not rewrite it (make it writable first)");
    }
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".seeddoc-tmp");
    try {
      Files.write(temporary, content);
      if (attributes != null) {
        keepOwnerAndMode(temporary, attributes);
      }
      if (!Arrays.equals(original, Files.readAllBytes(target))) {
        throw new Refused("the file changed on disk since seeddoc read it; it is not overwritten");
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Writes a file the tool makes itself (a baseline), new or replacing one, through a temporary file and a move. */
  static void write(Path file, byte[] content) throws IOException {
    if (Files.exists(file)) {
      replace(file, Files.readAllBytes(file), content);
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".seeddoc-tmp");
    try {
      Files.write(temporary, content);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A temporary file is its creator's and private; the new file should be what the old one was. */
  private static void keepOwnerAndMode(Path temporary, PosixFileAttributes original) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
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
      throw new Refused("the file's owner or group cannot be kept (" + e.getMessage() + "); it is not rewritten");
    }
  }
}
