package org.seeddoc.spark.internal.write;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file system a write uses. Hadoop's local file system writes a {@code .NAME.crc} file beside
 * every file; a seed folder is for people and {@code seeddoc check} too, so seeddoc writes through
 * the raw file system below it, and a folder holds only the seed files.
 */
final class OutputFileSystem {
  private OutputFileSystem() {}

  static FileSystem of(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }
}
