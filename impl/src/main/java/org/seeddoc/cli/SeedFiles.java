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
import java.util.stream.Stream;

/**
 * The files named on a command line: files as given, and for a folder every {@code *.txt} and
 * {@code *.md} below it, hidden folders skipped, in sorted order so output is the same on every run.
 */
final class SeedFiles {
  private SeedFiles() {}

  /** What the paths name, or an error message for each path that does not exist. */
  record Listing(List<Path> files, List<String> errors) {}

  static Listing expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try {
          files.addAll(walk(path));
        } catch (IOException | UncheckedIOException e) {
          errors.add(path + ": cannot read folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
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
    try (Stream<Path> sorted = found.stream().sorted()) {
      return sorted.toList();
    }
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
