package org.seeddoc.spark.internal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.seeddoc.Finding;
import org.seeddoc.spark.internal.Filesystems;
import org.seeddoc.spark.internal.read.SeedFileIndex;

/**
 * A write's commit protocol, on the driver. Tasks write their files into a folder of their own
 * under {@code _temporary/QUERY}; when every task has committed, the files move into place, and
 * only then are the old entries of an overwritten folder deleted. A job that fails, or that would
 * write one name twice or, appending, a name that is already there, moves nothing, and what was in
 * the folder stays as it was. Overwriting replaces the files a read of the folder gives; its
 * folders and hidden files stay.
 */
final class SeedBatchWrite implements BatchWrite {
  private final String output;
  private final StructType schema;
  private final String nameColumn;
  private final String queryId;
  private final boolean truncate;
  private final Configuration conf;
  private final SparkContext context;

  SeedBatchWrite(
      String output,
      StructType schema,
      String nameColumn,
      String queryId,
      boolean truncate,
      Configuration conf,
      SparkContext context) {
    this.output = output;
    this.schema = schema;
    this.nameColumn = nameColumn;
    this.queryId = queryId;
    this.truncate = truncate;
    this.conf = conf;
    this.context = context;
  }

  @Override
  public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
    return new SeedWriterFactory(
        staging().toString(),
        schema,
        nameColumn,
        SerializableConfiguration.broadcast(context, conf));
  }

  @Override
  public void commit(WriterCommitMessage[] messages) {
    Path out = new Path(output);
    try {
      FileSystem fs = Filesystems.withoutChecksums(out, conf);
      Map<String, Path> moves = new HashMap<>();
      List<String> problems = new ArrayList<>();
      for (WriterCommitMessage message : messages) {
        SeedCommit commit = (SeedCommit) message;
        for (String name : commit.names()) {
          if (moves.put(name, new Path(commit.folder(), name)) != null) {
            problems.add(Finding.printable(name) + " is the name of two rows");
          }
        }
      }
      if (!truncate) {
        for (String name : moves.keySet()) {
          if (fs.exists(new Path(out, name))) {
            problems.add(Finding.printable(name) + " is already in " + Finding.printable(output));
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "seeddoc wrote nothing: "
                + String.join("; ", problems.stream().sorted().limit(10).toList())
                + (problems.size() > 10 ? "; and " + (problems.size() - 10) + " more" : ""));
      }
      if (truncate && fs.exists(out)) {
        // What a read of the folder gives is what is replaced: its files, not its folders, and not
        // the names reads skip (such as .seeddoc.yaml or .git).
        for (FileStatus old : fs.listStatus(out)) {
          if (old.isFile() && !SeedFileIndex.isHidden(old.getPath().getName())) {
            fs.delete(old.getPath(), false);
          }
        }
      }
      for (Map.Entry<String, Path> move : moves.entrySet()) {
        if (!fs.rename(move.getValue(), new Path(out, move.getKey()))) {
          throw new IOException("cannot move " + move.getValue() + " into " + output);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "seeddoc: cannot commit the write to " + output + ": " + e.getMessage(), e);
    } finally {
      cleanUp();
    }
  }

  @Override
  public void abort(WriterCommitMessage[] messages) {
    cleanUp();
  }

  private Path staging() {
    return new Path(new Path(output, SeedWriterFactory.STAGING), queryId);
  }

  private void cleanUp() {
    try {
      Path staging = staging();
      FileSystem fs = Filesystems.withoutChecksums(staging, conf);
      fs.delete(staging, true);
      FileStatus[] left = fs.listStatus(staging.getParent());
      if (left.length == 0) {
        fs.delete(staging.getParent(), false);
      }
    } catch (IOException e) {
      // What is left is under _temporary, which reads skip; the next write of the folder tries
      // again.
    }
  }
}
