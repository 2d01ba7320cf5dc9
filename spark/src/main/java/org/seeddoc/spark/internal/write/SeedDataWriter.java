package org.seeddoc.spark.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.StructType;
import org.seeddoc.Finding;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedWriter;
import org.seeddoc.spark.internal.Filesystems;
import org.seeddoc.spark.internal.row.RowDocuments;
import org.seeddoc.spark.internal.row.SparkTypes;

/**
 * Writes one task's rows, each as one canonical file, exactly the bytes {@link SeedWriter} gives,
 * into the task's own folder under {@code _temporary}. A file's name is the name column's value;
 * else the name of the file the row was read from ({@code _path}); else the seed naming rule,
 * {@code NNN_<16 hex>.txt}, the task's partition and the start of the text's SHA-256, so that the
 * same rows get the same names in every run. Not thread-safe: one task uses it.
 */
final class SeedDataWriter implements DataWriter<InternalRow> {
  /** A name that stays in the folder: no separator, not hidden from reads, printable. */
  private static final Pattern SAFE_NAME =
      Pattern.compile("[^/\\\\_.\\p{Cntrl}][^/\\\\\\p{Cntrl}]*");

  private static final SeedWriter WRITER = SeedWriter.create();

  private final Path folder;
  private final int partitionId;
  private final RowDocuments documents;
  private final int nameColumn;
  private final int pathColumn;
  private final FileSystem fs;
  private final Set<String> names = new LinkedHashSet<>();

  SeedDataWriter(
      String staging,
      int partitionId,
      long taskId,
      StructType schema,
      String nameColumn,
      Configuration conf) {
    this.folder = new Path(staging, partitionId + "-" + taskId);
    this.partitionId = partitionId;
    this.documents = RowDocuments.bind(schema, nameColumn == null ? Set.of() : Set.of(nameColumn));
    this.nameColumn = nameColumn == null ? -1 : schema.fieldIndex(nameColumn);
    this.pathColumn =
        schema.getFieldIndex(SparkTypes.PATH).isDefined() ? schema.fieldIndex(SparkTypes.PATH) : -1;
    try {
      this.fs = Filesystems.withoutChecksums(folder, conf);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void write(InternalRow row) throws IOException {
    if (documents.isEmpty(row)) {
      throw new IllegalArgumentException(
          "seeddoc: a row holds no document"
              + from(row)
              + "; it is a file that did not read: read with mode DROPMALFORMED, or filter on _findings, before writing");
    }
    SeedDocument document = documents.document(row);
    byte[] bytes = WRITER.write(document).getBytes(StandardCharsets.UTF_8);
    String name = name(row, bytes);
    if (!names.add(name)) {
      throw new IllegalArgumentException("seeddoc: two rows are named " + Finding.printable(name));
    }
    try (OutputStream out = fs.create(new Path(folder, name), false)) {
      out.write(bytes);
    }
  }

  private String name(InternalRow row, byte[] bytes) {
    String name;
    if (nameColumn >= 0) {
      if (row.isNullAt(nameColumn)) {
        throw new IllegalArgumentException(
            "seeddoc: a row has no name in the name column" + from(row));
      }
      name = row.getUTF8String(nameColumn).toString();
    } else if (pathColumn >= 0 && !row.isNullAt(pathColumn)) {
      name = new Path(row.getUTF8String(pathColumn).toString()).getName();
    } else {
      return String.format("%03d_%s.txt", partitionId, hex16(bytes));
    }
    if (!SAFE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "seeddoc: '"
              + Finding.printable(name)
              + "' is no file name for a seed file: no '/', no control character, and no '_' or '.' first, which reads skip");
    }
    return name;
  }

  private String from(InternalRow row) {
    return pathColumn >= 0 && !row.isNullAt(pathColumn)
        ? " (" + Finding.printable(row.getUTF8String(pathColumn).toString()) + ")"
        : "";
  }

  /** The first 8 bytes of the text's SHA-256, in hex. */
  private static String hex16(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public WriterCommitMessage commit() {
    return new SeedCommit(folder.toString(), names.toArray(String[]::new));
  }

  @Override
  public void abort() throws IOException {
    fs.delete(folder, true);
  }

  @Override
  public void close() {
    // Each file is closed as soon as it is written.
  }
}
