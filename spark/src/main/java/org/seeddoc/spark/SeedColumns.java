package org.seeddoc.spark;

import org.apache.spark.sql.types.StructType;
import org.seeddoc.spark.internal.row.SparkTypes;

/**
 * The columns of a DataFrame of seed documents: one per field of the front matter, typed from
 * seeddoc's schema table, then {@value #BODY}, {@value #PATH} and {@value #FINDINGS}. Immutable and
 * thread-safe.
 */
public final class SeedColumns {
  /** Everything after the closing {@code ---} line, byte for byte. */
  public static final String BODY = SparkTypes.BODY;

  /**
   * The file's path, as Hadoop names it (such as {@code
   * s3a://bucket/seeds/000_d1aaf954cc0ce8f5.txt}).
   */
  public static final String PATH = SparkTypes.PATH;

  /**
   * The file's findings: rule, severity, line, column, field, message and fix, as {@code seeddoc
   * check --format json}.
   */
  public static final String FINDINGS = SparkTypes.FINDINGS;

  private SeedColumns() {}

  /**
   * The schema {@code spark.read().format("seeddoc")} gives, printed in {@code docs/spark.md}.
   *
   * @return the schema
   */
  public static StructType schema() {
    return SparkTypes.READ_SCHEMA;
  }
}
