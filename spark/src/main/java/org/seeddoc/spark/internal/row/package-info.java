/**
 * Rows and documents, both ways, generated from the format's schema table: Spark's types ({@code
 * SparkTypes}), a document to a row ({@code DocumentRows}) and a row to a document ({@code
 * RowDocuments}). Input and output: {@code SeedDocument}s and {@code InternalRow}s. Not API.
 */
package org.seeddoc.spark.internal.row;
