package org.seeddoc.files;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seeddoc.config.SeedConfig;

/**
 * The two forms of a file's path that seeddoc uses, so that neither depends on how the path was
 * typed: {@linkplain #shown(Path) the form findings print}, relative to the working folder, and
 * {@linkplain #identity(Path) the form that identifies a finding} in baselines and fingerprints,
 * relative to the project's root. Both are normalised as ruff normalises: lexically, without asking
 * the file system, so {@code ./seeds/x.txt} and {@code seeds/../seeds/x.txt} are {@code
 * seeds/x.txt}. Thread-safe.
 */
public final class ProjectPaths {
  /** Each folder's root, found once: a run asks for every file of a folder. */
  private static final Map<Path, Path> ROOTS = new ConcurrentHashMap<>();

  /**
   * Each folder's identity, by the folder as typed: a folder's files differ only in their names,
   * and the cache asks for the identity of every file of a run.
   */
  private static final Map<Path, String> FOLDERS = new ConcurrentHashMap<>();

  private ProjectPaths() {}

  /**
   * The form a path is shown in: relative to the working folder when it is in it, absolute
   * otherwise; never with {@code .} or {@code ..} parts. The working folder itself is the empty
   * path, so that the files found in it are shown as {@code seeds/x.txt}, not {@code
   * ./seeds/x.txt}.
   *
   * @param path a path as typed, relative or absolute
   * @return the path to show
   */
  public static Path shown(Path path) {
    if (!path.isAbsolute() && !hasDotParts(path)) {
      return path;
    }
    Path absolute = path.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    if (absolute.equals(here)) {
      return Path.of("");
    }
    return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
  }

  /**
   * What identifies a file in a baseline or a fingerprint: its path relative to the project's root,
   * with {@code /} between parts. The root is the nearest folder at or above the file's that holds
   * {@code .git}; else the nearest that holds {@code .seeddoc.yaml}; else the working folder. A
   * file outside its root is identified by its absolute form.
   *
   * @param file a file, as opened: relative to the working folder, or absolute
   * @return the identity
   */
  public static String identity(Path file) {
    Path name = file.getFileName();
    if (name == null || name.toString().equals(".") || name.toString().equals("..")) {
      Path absolute = file.toAbsolutePath().normalize();
      Path folder = absolute.getParent();
      return fromRoot(folder == null ? null : root(folder), absolute);
    }
    Path parent = file.getParent();
    String folder =
        FOLDERS.computeIfAbsent(
            parent == null ? Path.of("") : parent,
            typed -> {
              Path absolute = typed.toAbsolutePath().normalize();
              return fromRoot(root(absolute), absolute);
            });
    return folder.isEmpty() ? name.toString() : folder + (folder.endsWith("/") ? "" : "/") + name;
  }

  /** An absolute, normalised path from a root, or whole when it is outside it. */
  private static String fromRoot(Path root, Path absolute) {
    Path relative =
        root != null && absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  /**
   * The project's root for a folder, as {@link #identity(Path)} finds it.
   *
   * @param folder a folder, relative to the working folder or absolute
   * @return the root, absolute and normalised
   */
  public static Path root(Path folder) {
    return ROOTS.computeIfAbsent(folder.toAbsolutePath().normalize(), ProjectPaths::rootOf);
  }

  private static Path rootOf(Path folder) {
    Path marked = nearestHolding(folder, ".git");
    if (marked == null) {
      marked = nearestHolding(folder, SeedConfig.FILE_NAME);
    }
    return marked == null ? Path.of("").toAbsolutePath() : marked;
  }

  private static Path nearestHolding(Path folder, String name) {
    for (Path at = folder; at != null; at = at.getParent()) {
      if (Files.exists(at.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        return at;
      }
    }
    return null;
  }

  private static boolean hasDotParts(Path path) {
    for (Path part : path) {
      String name = part.toString();
      if (name.equals(".") || name.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
