package org.seeddoc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files named on a command line: files as given, and for a folder every {@code *.txt} and
 * {@code *.md} below it, hidden folders skipped, in sorted order so output is the same on every run.
 */
final class SeedFiles {
  private SeedFiles() {}

  /**
   * A file to handle.
   *
   * @param path the file
   * @param inFolder whether it was found by searching a folder, rather than named itself
   */
  record SeedFile(Path path, boolean inFolder) {}

  /** What the paths name, or an error message for each path that does not exist. */
  record Listing(List<SeedFile> files, List<String> errors) {}

  static Listing expand(List<Path> paths) {
    List<SeedFile> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try {
          walk(path).forEach(file -> files.add(new SeedFile(file, true)));
        } catch (IOException | UncheckedIOException e) {
          errors.add(path + ": cannot read folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(new SeedFile(path, false));
      } else {
        errors.add(path + ": no such file or folder");
      }
    }
    return new Listing(files, errors);
  }

  private static List<Path> walk(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() && isSeedFileName(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private static boolean isHidden(Path dir) {
    Path name = dir.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isSeedFileName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".txt") || name.endsWith(".md");
  }
}
