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
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.seeddoc.Finding;

/**
 * The files a read names, listed once on the driver as Spark's file sources list them: paths may be
 * globs, a folder stands for the files in it (and below it with {@code recursiveFileLookup}), names
 * starting with {@code _} or {@code .} are skipped, and {@code pathGlobFilter} matches file names.
 * HDFS and object stores give block locations with the listing, so partitions prefer their hosts.
 */
public final class SeedFileIndex {
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
  static List<SeedFile> list(
      List<String> paths, Configuration conf, boolean recursive, String pathGlobFilter) {
    GlobFilter filter = globFilter(pathGlobFilter);
    Map<String, SeedFile> files = new LinkedHashMap<>();
    try {
      for (String given : paths) {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new IllegalArgumentException(
              "seeddoc: the path " + Finding.printable(given) + " does not exist");
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

  private static void addFolder(
      FileSystem fs, Path folder, boolean recursive, GlobFilter filter, Map<String, SeedFile> files)
      throws IOException {
    for (FileStatus status : list(fs, folder)) {
      if (isHidden(status.getPath().getName())) {
        continue;
      }
      if (status.isDirectory()) {
        if (recursive) {
          addFolder(fs, status.getPath(), true, filter, files);
        }
      } else if (filter == null || filter.accept(status.getPath())) {
        add(fs, status, files);
      }
    }
  }

  /**
   * A folder's entries. On a local disk, plain statuses: a located one asks for the file's owner
   * and permissions, which Hadoop's local file system learns by starting {@code ls} once per file
   * (Spark's file index avoids it for the same reason). Elsewhere, located statuses, which HDFS and
   * object stores give with their block locations in one listing.
   */
  private static FileStatus[] list(FileSystem fs, Path folder) throws IOException {
    try {
      if (isLocal(fs)) {
        return fs.listStatus(folder);
      }
      List<FileStatus> statuses = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> listed = fs.listLocatedStatus(folder);
      while (listed.hasNext()) {
        statuses.add(listed.next());
      }
      return statuses.toArray(FileStatus[]::new);
    } catch (FileNotFoundException e) {
      return new FileStatus[0];
    }
  }

  private static void add(FileSystem fs, FileStatus status, Map<String, SeedFile> files)
      throws IOException {
    String[] hosts = new String[0];
    if (status instanceof LocatedFileStatus located
        && located.getBlockLocations() != null
        && located.getBlockLocations().length > 0) {
      hosts = located.getBlockLocations()[0].getHosts();
    } else if (!isLocal(fs)) {
      BlockLocation[] blocks = fs.getFileBlockLocations(status, 0, status.getLen());
      hosts = blocks == null || blocks.length == 0 ? hosts : blocks[0].getHosts();
    }
    files.putIfAbsent(
        status.getPath().toString(),
        new SeedFile(status.getPath().toString(), status.getLen(), hosts));
  }

  private static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getScheme());
  }

  /**
   * Whether a read skips a name: Spark's rule ({@code InMemoryFileIndex.shouldFilterOutPathName}),
   * for files of tools and of half-done copies.
   *
   * @param name a file or folder name
   * @return whether it is skipped
   */
  public static boolean isHidden(String name) {
    return (name.startsWith("_") && !name.contains("="))
        || name.startsWith(".")
        || name.endsWith("._COPYING_");
  }

  private static GlobFilter globFilter(String pattern) {
    if (pattern == null) {
      return null;
    }
    try {
      return new GlobFilter(pattern);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "seeddoc: pathGlobFilter "
              + Finding.printable(pattern)
              + " is no glob: "
              + e.getMessage(),
          e);
    }
  }
}
