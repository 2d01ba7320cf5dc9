package org.seeddoc.spark.internal;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.seeddoc.spark.internal.read.SeedScanBuilder;
import org.seeddoc.spark.internal.row.SparkTypes;
import org.seeddoc.spark.internal.write.SeedWriteBuilder;

/**
 * Seed files at a path, as Spark sees them: read with seeddoc's own schema, written from any
 * DataFrame whose columns are some of it. Immutable and thread-safe.
 */
public final class SeedTable implements SupportsRead, SupportsWrite {
  private final StructType schema;

  /**
   * A table with the schema Spark gives it: seeddoc's for a read, the DataFrame's for a write.
   *
   * @param schema the schema
   */
  public SeedTable(StructType schema) {
    this.schema = schema;
  }

  @Override
  public String name() {
    return "seeddoc";
  }

  @Override
  public StructType schema() {
    return schema;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(
        TableCapability.BATCH_READ, TableCapability.BATCH_WRITE, TableCapability.TRUNCATE);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
    if (!schema.equals(SparkTypes.READ_SCHEMA)) {
      throw new IllegalArgumentException(
          "seeddoc reads with its own schema (docs/spark.md); leave out .schema(...) and select the columns you need");
    }
    SeedOptions read = SeedOptions.read(options.asCaseSensitiveMap());
    return new SeedScanBuilder(SparkSession.active(), read);
  }

  @Override
  public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
    return new SeedWriteBuilder(
        SparkSession.active(), SeedOptions.write(info.options().asCaseSensitiveMap()), info);
  }
}
