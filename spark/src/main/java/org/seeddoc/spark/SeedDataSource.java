package org.seeddoc.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.seeddoc.spark.internal.SeedTable;
import org.seeddoc.spark.internal.row.SparkTypes;

/**
 * The {@code seeddoc} data source: seed files as a DataFrame of typed documents with their
 * findings, and a DataFrame of documents as canonical seed files.
 *
 * <pre>{@code
 * Dataset<Row> docs = spark.read().format("seeddoc").load("s3a://bucket/seeds/");
 * docs.select("title", "provider.domain", "_findings").show();
 * docs.write().format("seeddoc").mode("append").save("s3a://bucket/canonical/");
 * }</pre>
 *
 * <p>Spark finds it by its short name through {@code META-INF/services}; options are listed in
 * {@code docs/spark.md}. Spark makes one per use; it holds nothing, so it is thread-safe.
 */
public final class SeedDataSource implements TableProvider, DataSourceRegister {
  /** Made by Spark's service loader. */
  public SeedDataSource() {
    // Spark needs a public no-argument constructor.
  }

  @Override
  public String shortName() {
    return "seeddoc";
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return SparkTypes.READ_SCHEMA;
  }

  /**
   * A write hands over the DataFrame's schema, so that a DataFrame with only some columns can be
   * written.
   */
  @Override
  public boolean supportsExternalMetadata() {
    return true;
  }

  @Override
  public Table getTable(
      StructType schema, Transform[] partitioning, Map<String, String> properties) {
    if (partitioning.length > 0) {
      throw new IllegalArgumentException(
          "seeddoc writes one folder of files; it has no partitionBy");
    }
    return new SeedTable(schema);
  }
}
