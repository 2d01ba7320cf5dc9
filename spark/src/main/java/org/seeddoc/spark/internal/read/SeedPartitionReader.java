package org.seeddoc.spark.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructType;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.spark.internal.Filesystems;
import org.seeddoc.spark.internal.SeedOptions;
import org.seeddoc.spark.internal.row.DocumentRows;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.validation.FileCheck;
import org.seeddoc.validation.SeedValidator;

/**
 * Reads one partition's files, one row each. A file is read whole (up to one byte past the reader's
 * limit) and checked as {@code seeddoc check} checks it; what a file that does not read becomes
 * depends on the mode. Not thread-safe: one task uses it.
 */
final class SeedPartitionReader implements PartitionReader<InternalRow> {
  private final SeedFileIndex.SeedFile[] files;
  private final Configuration conf;
  private final StructType schema;
  private final boolean validate;
  private final SeedOptions.Mode mode;
  private FileSystem fs;
  private String fsKey;
  private int next;
  private InternalRow row;

  SeedPartitionReader(
      SeedFileIndex.SeedFile[] files,
      Configuration conf,
      StructType schema,
      boolean validate,
      SeedOptions.Mode mode) {
    this.files = files;
    this.conf = conf;
    this.schema = schema;
    this.validate = validate;
    this.mode = mode;
  }

  @Override
  public boolean next() {
    while (next < files.length) {
      String path = files[next++].path();
      FileCheck check = check(path);
      if (check.document() == null && mode == SeedOptions.Mode.FAILFAST) {
        throw new IllegalStateException(
            "seeddoc: "
                + check.findings().stream()
                    .filter(Finding::isError)
                    .findFirst()
                    .map(Finding::toString)
                    .orElse(path + " does not read")
                + " (mode FAILFAST; PERMISSIVE keeps it as a row of nulls)");
      }
      if (check.document() != null || mode == SeedOptions.Mode.PERMISSIVE) {
        row = DocumentRows.row(schema, check.document(), path, check.findings());
        return true;
      }
    }
    return false;
  }

  private FileCheck check(String path) {
    Path file = new Path(path);
    byte[] bytes;
    try (InputStream in = fileSystem(file).open(file)) {
      bytes = SeedValidator.readFile(in);
    } catch (IOException e) {
      FindingCollector out = new FindingCollector(path);
      out.report(
          Rule.UNREADABLE, null, new Position(1, 1), "cannot read the file: " + e.getMessage());
      List<Finding> findings = out.sorted();
      return new FileCheck(null, findings);
    }
    return validate
        ? FileChecks.validated(bytes, path, file.getName())
        : FileChecks.read(bytes, path);
  }

  /** The file system of a file, looked up once per partition, not once per file. */
  private FileSystem fileSystem(Path file) throws IOException {
    java.net.URI uri = file.toUri();
    String key = uri.getScheme() + "://" + uri.getAuthority();
    if (fs == null || !key.equals(fsKey)) {
      fs = Filesystems.withoutChecksums(file, conf);
      fsKey = key;
    }
    return fs;
  }

  @Override
  public InternalRow get() {
    return row;
  }

  @Override
  public void close() {
    // Each file is closed as soon as it is read.
  }
}
