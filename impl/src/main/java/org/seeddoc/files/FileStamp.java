package org.seeddoc.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the file system said about a file when it was listed, without reading it: its size, its
 * modification time and its file key (inode and device). Equal stamps mean the file was not written
 * in between, unless the write fell in the clock tick of the earlier one ({@link
 * #isSettledBefore(long)} rules that out) or its modification time was set back by hand to the
 * nanosecond, which is why {@code check --cache-strategy content} exists. Immutable.
 *
 * @param size the size in bytes
 * @param modified the modification time, in nanoseconds since the epoch
 * @param key the hash of the file key, or 0 where the file system has none
 */
public record FileStamp(long size, long modified, int key) {
  /** A modification this close to the start of a run may share a clock tick with a later one. */
  private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

  /**
   * The stamp of attributes read, as a folder walk reads them.
   *
   * @param attributes the file's attributes, links followed
   * @return the stamp
   */
  public static FileStamp of(BasicFileAttributes attributes) {
    return new FileStamp(
        attributes.size(),
        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
        Objects.hashCode(attributes.fileKey()));
  }

  /**
   * The stamp of a file now, links followed.
   *
   * @param file the file
   * @return the stamp
   * @throws IOException if the file cannot be asked about
   */
  public static FileStamp read(Path file) throws IOException {
    return of(Files.readAttributes(file, BasicFileAttributes.class));
  }

  // Written out: the record's own equals goes through a method handle, which the cache calls for
  // every file of a run before the JIT compiler has got to it.
  @Override
  public boolean equals(Object other) {
    return other instanceof FileStamp that
        && size == that.size
        && modified == that.modified
        && key == that.key;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 + Long.hashCode(modified) * 17 + key;
  }

  /**
   * Whether the file's last write was long enough before a run started that any later write must
   * change its stamp: a write in the same clock tick as the one this stamp shows would not, and a
   * stamp taken during the run could be of a write that is still going on.
   *
   * @param runStart when the run started, in nanoseconds since the epoch
   * @return true when the stamp may stand for the content
   */
  public boolean isSettledBefore(long runStart) {
    return modified < runStart - SETTLE_NANOS;
  }
}
