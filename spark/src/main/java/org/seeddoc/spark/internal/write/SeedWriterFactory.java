package org.seeddoc.spark.internal.write;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Shipped to every executor: makes the writer of each task. Immutable and thread-safe.
 *
 * @param staging the write's folder under {@code _temporary}
 * @param schema the DataFrame's schema
 * @param nameColumn the column naming files, or null
 * @param conf the Hadoop configuration
 */
record SeedWriterFactory(
    String staging, StructType schema, String nameColumn, Broadcast<SerializableConfiguration> conf)
    implements DataWriterFactory {
  private static final long serialVersionUID = 1L;

  /**
   * The folder of files not committed yet; a read skips it, as it skips every name starting with
   * {@code _}.
   */
  static final String STAGING = "_temporary";

  @Override
  public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
    return new SeedDataWriter(
        staging, partitionId, taskId, schema, nameColumn, conf.value().value());
  }
}
