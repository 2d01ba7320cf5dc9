package org.seeddoc.spark.internal.write;

import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.seeddoc.spark.internal.SeedOptions;
import org.seeddoc.spark.internal.row.RowDocuments;

/**
 * Plans a write: checks the DataFrame's columns on the driver, before any task starts, and gives
 * the batch write. {@code mode("overwrite")} truncates: the folder's old entries go when the job
 * commits. Not thread-safe; Spark uses it from one thread.
 */
public final class SeedWriteBuilder implements SupportsTruncate {
  private final SparkSession session;
  private final SeedOptions options;
  private final LogicalWriteInfo info;
  private boolean truncate;

  /**
   * A write of a DataFrame.
   *
   * @param session the session whose Hadoop configuration applies
   * @param options the write's options
   * @param info the DataFrame's schema and the query's id
   */
  public SeedWriteBuilder(SparkSession session, SeedOptions options, LogicalWriteInfo info) {
    this.session = session;
    this.options = options;
    this.info = info;
  }

  @Override
  public WriteBuilder truncate() {
    truncate = true;
    return this;
  }

  @Override
  public BatchWrite buildForBatch() {
    StructType schema = info.schema();
    String nameColumn = options.nameColumn();
    if (nameColumn != null
        && (schema.getFieldIndex(nameColumn).isEmpty()
            || !schema.apply(nameColumn).dataType().equals(DataTypes.StringType))) {
      throw new IllegalArgumentException(
          "seeddoc: nameColumn " + nameColumn + " is no string column of the DataFrame");
    }
    RowDocuments.bind(schema, nameColumn == null ? Set.of() : Set.of(nameColumn));
    return new SeedBatchWrite(
        options.paths().get(0),
        schema,
        nameColumn,
        info.queryId(),
        truncate,
        options.hadoopConf(session),
        session.sparkContext());
  }
}
