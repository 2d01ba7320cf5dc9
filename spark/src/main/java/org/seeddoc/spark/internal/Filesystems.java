package org.seeddoc.spark.internal;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file system reads and writes use. Hadoop's local file system keeps a {@code .NAME.crc} file
 * beside every file it writes, and looks for one at every open. A seed folder is for people and for
 * {@code seeddoc check} too, and its files have none: seeddoc uses the raw file system below it, so
 * that a written folder holds only seed files and a read makes no extra lookup per file.
 */
public final class Filesystems {
  private Filesystems() {}

  /**
   * The file system of a path, without Hadoop's checksum files.
   *
   * @param path a path
   * @param conf the Hadoop configuration
   * @return the file system
   * @throws IOException if Hadoop cannot make it
   */
  public static FileSystem withoutChecksums(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }
}
