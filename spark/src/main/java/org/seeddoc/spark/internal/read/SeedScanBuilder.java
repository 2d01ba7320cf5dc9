package org.seeddoc.spark.internal.read;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;
import org.seeddoc.spark.internal.SeedOptions;
import org.seeddoc.spark.internal.row.SparkTypes;

/**
 * Plans a read, keeping only the columns the query uses, as Spark's file sources do: a query that
 * does not read {@code _findings} needs no validation, so it runs the reader alone. Not
 * thread-safe; Spark uses it from one thread.
 */
public final class SeedScanBuilder implements ScanBuilder, SupportsPushDownRequiredColumns {
  private final SparkSession session;
  private final SeedOptions options;
  private StructType required = SparkTypes.READ_SCHEMA;

  /**
   * A builder of a scan of the files the options name.
   *
   * @param session the session whose settings and Hadoop configuration apply
   * @param options the read's options
   */
  public SeedScanBuilder(SparkSession session, SeedOptions options) {
    this.session = session;
    this.options = options;
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    required = requiredSchema;
  }

  @Override
  public Scan build() {
    return new SeedScan(session, options, required);
  }
}
