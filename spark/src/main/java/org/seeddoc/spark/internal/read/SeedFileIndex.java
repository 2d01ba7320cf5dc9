package org.seeddoc.spark.internal.read;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.seeddoc.internal.finding.FindingText;

/**
 * The files a read names, listed once on the driver as Spark's file sources list them: paths may be
 * globs, a folder stands for the files in it (and below it with {@code recursiveFileLookup}), names
 * starting with {@code _} or {@code .} are skipped, and {@code pathGlobFilter} matches file names.
 * Object stores are listed flat, one request per page, not one per folder.
 */
final class SeedFileIndex {
  private SeedFileIndex() {}

  /** One file to read: its path, length and the hosts that keep its first block. */
  record SeedFile(String path, long length, String[] hosts) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Lists the files, each once, in path order.
   *
   * @throws IllegalArgumentException for a path that matches nothing, or a bad glob filter
   */
  static List<SeedFile> list(List<String> paths, Configuration conf, boolean recursive, String pathGlobFilter) {
    GlobFilter filter = globFilter(pathGlobFilter);
    Map<String, SeedFile> files = new LinkedHashMap<>();
    try {
      for (String given : paths) {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new IllegalArgumentException("seeddoc: the path " + FindingText.printable(given) + " does not exist");
        }
        for (FileStatus status : matched) {
          if (status.isDirectory()) {
            addFolder(fs, status.getPath(), recursive, filter, files);
          } else if (filter == null || filter.accept(status.getPath())) {
            add(fs, status, files);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("seeddoc: cannot list " + paths + ": " + e.getMessage(), e);
    }
    List<SeedFile> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(SeedFile::path));
    return sorted;
  }

  private static void addFolder(FileSystem fs, Path folder, boolean recursive, GlobFilter filter, Map<String, SeedFile> files)
      throws IOException {
    int depth = folder.depth();
    RemoteIterator<LocatedFileStatus> listed;
    try {
      listed = fs.listFiles(folder, recursive);
    } catch (FileNotFoundException e) {
      return;
    }
    while (listed.hasNext()) {
      LocatedFileStatus status = listed.next();
      if (!isHiddenBelow(status.getPath(), depth) && (filter == null || filter.accept(status.getPath()))) {
        files.putIfAbsent(status.getPath().toString(), file(status));
      }
    }
  }

  private static void add(FileSystem fs, FileStatus status, Map<String, SeedFile> files) throws IOException {
    LocatedFileStatus located = status instanceof LocatedFileStatus l ? l
        : new LocatedFileStatus(status, fs.getFileBlockLocations(status, 0, status.getLen()));
    files.putIfAbsent(status.getPath().toString(), file(located));
  }

  private static SeedFile file(LocatedFileStatus status) throws IOException {
    String[] hosts = status.getBlockLocations() == null || status.getBlockLocations().length == 0
        ? new String[0] : status.getBlockLocations()[0].getHosts();
    return new SeedFile(status.getPath().toString(), status.getLen(), hosts);
  }

  /** Whether the file, or a folder between the listed folder and it, is hidden as Spark's file index hides them. */
  private static boolean isHiddenBelow(Path path, int folderDepth) {
    for (Path at = path; at != null && at.depth() > folderDepth; at = at.getParent()) {
      if (isHidden(at.getName())) {
        return true;
      }
    }
    return false;
  }

  /** Spark's rule ({@code InMemoryFileIndex.shouldFilterOutPathName}): files of tools and of half-done copies. */
  private static boolean isHidden(String name) {
    return (name.startsWith("_") && !name.contains("=")) || name.startsWith(".") || name.endsWith("._COPYING_");
  }

  private static GlobFilter globFilter(String pattern) {
    if (pattern == null) {
      return null;
    }
    try {
      return new GlobFilter(pattern);
    } catch (IOException e) {
      throw new IllegalArgumentException("seeddoc: pathGlobFilter " + FindingText.printable(pattern) + " is no glob: " + e.getMessage(), e);
    }
  }
}
