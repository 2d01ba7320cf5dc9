package org.seeddoc.spark.internal.read;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.seeddoc.spark.internal.SeedOptions;

/**
 * Shipped to every executor: makes the reader of each partition. It holds only the options and the
 * broadcast Hadoop configuration; the seed reader and validator are the executor JVM's ({@link
 * FileChecks}). Immutable and thread-safe.
 *
 * @param conf the Hadoop configuration, broadcast once per read
 * @param schema the columns to give
 * @param validate whether to validate
 * @param mode what to do with a file that does not read
 */
record SeedReaderFactory(
    Broadcast<SerializableConfiguration> conf,
    StructType schema,
    boolean validate,
    SeedOptions.Mode mode)
    implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new SeedPartitionReader(
        ((SeedInputPartition) partition).files(), conf.value().value(), schema, validate, mode);
  }
}
