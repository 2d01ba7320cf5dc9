/**
 * Seed documents on Apache Spark: {@link org.seeddoc.spark.SeedDataSource}, the {@code seeddoc}
 * data source (input: seed files at any Hadoop path; output: a DataFrame of typed documents with
 * their path and findings, or canonical seed files from a DataFrame), its columns ({@link
 * org.seeddoc.spark.SeedColumns}), and {@link org.seeddoc.spark.CheckJob}, which writes the
 * findings of an archive as data. See {@code docs/spark.md}.
 */
package org.seeddoc.spark;
