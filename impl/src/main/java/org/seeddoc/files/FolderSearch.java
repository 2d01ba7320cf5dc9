package org.seeddoc.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.seeddoc.Finding;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.validation.SeedValidator;

/**
 * How a {@link SeedFinder} lists paths: files as given, and for a folder the seed documents below
 * it, in the order of their paths' UTF-8 bytes, as {@code git ls-files} lists them, so output is
 * the same on every run; a file named twice, or reached twice, is handled once (hard links are two
 * files). The listing is kept compactly ({@link ListedFiles}).
 *
 * <p>In a folder, a file is a seed document when it is named as seed files are ({@code <digits>_<16
 * hex>.txt}), or when it matches the configuration's {@code include} globs ({@code *.txt} and
 * {@code *.md} by default) and its first line is {@code ---}. Hidden folders, the folders tools
 * fill ({@code node_modules}, {@code target}, {@code build}) and what the configuration's {@code
 * exclude} globs match are skipped, so a README, the docs and the dependencies of a repository are
 * not taken for seed documents. Files named on the command line are always taken, whatever the
 * globs say.
 *
 * <p>Symbolic links are followed, a named one as any link inside a folder; a loop of links is a
 * note of the listing and is not followed again. Nothing is passed over in silence: a folder or
 * file that cannot be read, or a link to nothing with a seed file's name, is listed with the
 * reason, and becomes an SD012 finding in its place.
 */
final class FolderSearch {
  private FolderSearch() {}

  /** Folders that tools fill with files of their own. */
  private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build");

  private static final byte[] MARKER = "---".getBytes(StandardCharsets.US_ASCII);

  static SeedListing expand(List<Path> paths, ConfigFinder configs) {
    ListedFiles.Builder files = new ListedFiles.Builder();
    List<String> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path named : paths) {
      Path path = undecodedName(ProjectPaths.shown(named));
      if (Files.isDirectory(path)) {
        int from = files.added();
        walk(path, notes, configs, files);
        files.sortSince(from);
      } else if (Files.isRegularFile(path)) {
        BasicFileAttributes attributes = ListedFiles.attributes(path);
        files.add(
            new SeedFile(
                path,
                false,
                null,
                configs.configForFile(path),
                attributes == null ? null : FileStamp.of(attributes)),
            attributes == null ? null : attributes.fileKey());
      } else if (Files.isSymbolicLink(path)) {
        errors.add(Finding.printable(path + ": a symbolic link to nothing"));
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        errors.add(Finding.printable(path + ": not a file or folder"));
      } else {
        errors.add(Finding.printable(path + ": no such file or folder"));
      }
    }
    return new SeedListing(files.build(), errors, notes, configs.read());
  }

  /**
   * The file a command line named with bytes that are not UTF-8. Java decodes such an argument with
   * U+FFFD in place of the bad bytes, and that name no longer opens the file; the folder's entry
   * whose name decodes the same way is the file meant. Only the last part of a path is looked up
   * so.
   */
  private static Path undecodedName(Path path) {
    Path name = path.getFileName();
    if (name == null
        || name.toString().indexOf('\uFFFD') < 0
        || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return path;
    }
    Path parent = path.getParent() == null ? Path.of("") : path.getParent();
    try (var entries = Files.list(parent.toString().isEmpty() ? Path.of(".") : parent)) {
      List<Path> same =
          entries.filter(entry -> entry.getFileName().toString().equals(name.toString())).toList();
      return same.size() == 1 ? parent.resolve(same.get(0).getFileName()) : path;
    } catch (IOException e) {
      return path;
    }
  }

  private static void walk(
      Path folder, List<String> notes, ConfigFinder configs, ListedFiles.Builder found) {
    try {
      Files.walkFileTree(
          folder,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              if (dir.equals(folder)) {
                return FileVisitResult.CONTINUE;
              }
              boolean skipped =
                  isHidden(dir)
                      || SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName()))
                      || excludedFolder(configs.configForFile(dir), dir);
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              String name = file.getFileName().toString();
              SeedConfig config = configs.configForFile(file);
              Candidate candidate = candidate(config, file, name);
              if (attributes.isSymbolicLink() && candidate != Candidate.NO) {
                found.add(new SeedFile(file, true, "a symbolic link to nothing", config), null);
              } else if (attributes.isRegularFile()
                  && (candidate == Candidate.BY_NAME
                      || (candidate == Candidate.IF_FRONT_MATTER && opensFrontMatter(file)))) {
                found.add(
                    new SeedFile(file, true, null, config, FileStamp.of(attributes)),
                    attributes.fileKey());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                notes.add(
                    Finding.printable(
                        file
                            + ": not followed: a loop of symbolic links leads back to "
                            + e.getMessage()));
              } else if (!isHidden(file)) {
                found.add(
                    new SeedFile(
                        file, true, "cannot read: " + reason(e), configs.configForFile(file)),
                    null);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(
          new SeedFile(
              folder, false, "cannot read the folder: " + reason(e), configs.configForFile(folder)),
          null);
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException
        ? "permission denied"
        : String.valueOf(e.getMessage());
  }

  private static boolean isHidden(Path dir) {
    Path name = dir.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /**
   * Whether a folder search takes a file: by its seed file name, if it opens front matter, or not.
   */
  private enum Candidate {
    BY_NAME,
    IF_FRONT_MATTER,
    NO
  }

  private static Candidate candidate(SeedConfig config, Path file, String name) {
    if (config == SeedConfig.defaults()) {
      // No configuration file: the default globs, matched on the name alone.
      return SeedValidator.isSeedFileName(name)
          ? Candidate.BY_NAME
          : name.endsWith(".txt") || name.endsWith(".md")
              ? Candidate.IF_FRONT_MATTER
              : Candidate.NO;
    }
    String path = config.relativePath(file.toString()).orElse(name);
    if (config.excludes(path, false)) {
      return Candidate.NO;
    }
    return SeedValidator.isSeedFileName(name)
        ? Candidate.BY_NAME
        : config.includes(path) ? Candidate.IF_FRONT_MATTER : Candidate.NO;
  }

  private static boolean excludedFolder(SeedConfig config, Path dir) {
    return config != SeedConfig.defaults()
        && config
            .relativePath(dir.toString())
            .map(path -> config.excludes(path, true))
            .orElse(false);
  }

  /**
   * Whether a file's first line is {@code ---}, after a byte order mark; a file that cannot be read
   * is kept, to be reported.
   */
  private static boolean opensFrontMatter(Path file) {
    byte[] start = new byte[8];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(start, 0, start.length);
    } catch (IOException e) {
      return true;
    }
    int from =
        length >= 3
                && (start[0] & 0xFF) == 0xEF
                && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    if (length - from < MARKER.length
        || !Arrays.equals(start, from, from + MARKER.length, MARKER, 0, MARKER.length)) {
      return false;
    }
    int end = from + MARKER.length;
    return end == length
        || start[end] == '\n'
        || (start[end] == '\r' && end + 1 < length && start[end + 1] == '\n');
  }
}
