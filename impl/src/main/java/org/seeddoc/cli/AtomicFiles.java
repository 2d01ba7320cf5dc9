package org.seeddoc.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content so that a crash or a full disk leaves either the old file or the new one,
 * never half of each: write a temporary file beside it, then move it over the original in one step.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void replace(Path file, byte[] content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".seeddoc-tmp");
    try {
      Files.write(temporary, content);
      keepPermissions(file, temporary);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A temporary file is private to its owner; the formatted file should keep the original's mode. */
  private static void keepPermissions(Path original, Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
    if (view != null) {
      Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
    }
  }
}
