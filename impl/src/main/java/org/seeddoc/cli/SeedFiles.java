package org.seeddoc.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The files named on a command line: files as given, and for a folder every {@code *.txt} and
 * {@code *.md} below it, hidden folders skipped, in sorted order so output is the same on every run.
 *
 * <p>Symbolic links are followed, a named one as any link inside a folder; a loop of links is said
 * on standard error and not followed again. Nothing is passed over in silence: a folder or file
 * that cannot be read, or a link to nothing with a seed file's name, is listed with the reason, and
 * becomes an SD012 finding in its place.
 */
final class SeedFiles {
  private SeedFiles() {}

  /**
   * A file to handle.
   *
   * @param path the file
   * @param inFolder whether it was found by searching a folder, rather than named itself
   * @param unreadable why the path could not be listed or read, or null
   */
  record SeedFile(Path path, boolean inFolder, String unreadable) {
    SeedFile(Path path, boolean inFolder) {
      this(path, inFolder, null);
    }
  }

  /** What the paths name; an error message for each path that does not exist; a note for each link loop. */
  record Listing(List<SeedFile> files, List<String> errors, List<String> notes) {}

  static Listing expand(List<Path> paths) {
    List<SeedFile> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path named : paths) {
      Path path = undecodedName(named);
      if (Files.isDirectory(path)) {
        files.addAll(walk(path, notes));
      } else if (Files.isRegularFile(path)) {
        files.add(new SeedFile(path, false));
      } else if (Files.isSymbolicLink(path)) {
        errors.add(path + ": a symbolic link to nothing");
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        errors.add(path + ": not a file or folder");
      } else {
        errors.add(path + ": no such file or folder");
      }
    }
    return new Listing(files, errors, notes);
  }

  /**
   * The file a command line named with bytes that are not UTF-8. Java decodes such an argument with
   * U+FFFD in place of the bad bytes, and that name no longer opens the file; the folder's entry
   * whose name decodes the same way is the file meant. Only the last part of a path is looked up so.
   */
  private static Path undecodedName(Path path) {
    Path name = path.getFileName();
    if (name == null || name.toString().indexOf('\uFFFD') < 0 || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return path;
    }
    Path parent = path.getParent() == null ? Path.of("") : path.getParent();
    try (var entries = Files.list(parent.toString().isEmpty() ? Path.of(".") : parent)) {
      List<Path> same = entries.filter(entry -> entry.getFileName().toString().equals(name.toString())).toList();
      return same.size() == 1 ? parent.resolve(same.get(0).getFileName()) : path;
    } catch (IOException e) {
      return path;
    }
  }

  private static List<SeedFile> walk(Path folder, List<String> notes) {
    List<SeedFile> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (isSeedFileName(file)) {
            if (attributes.isRegularFile()) {
              found.add(new SeedFile(file, true));
            } else if (attributes.isSymbolicLink()) {
              found.add(new SeedFile(file, true, "a symbolic link to nothing"));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (e instanceof FileSystemLoopException) {
            notes.add(file + ": not followed: a loop of symbolic links leads back to " + e.getMessage());
          } else if (!isHidden(file)) {
            found.add(new SeedFile(file, true, "cannot read: " + reason(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(new SeedFile(folder, false, "cannot read the folder: " + reason(e)));
    }
    found.sort(Comparator.comparing(SeedFile::path));
    return found;
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
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
