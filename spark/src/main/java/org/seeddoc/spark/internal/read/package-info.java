/**
 * Reading, in pipeline order: list the files on the driver ({@code SeedFileIndex}), pack them into
 * partitions ({@code FilePacking}), then on each executor check each file with the JVM's one reader
 * and validator ({@code FileChecks}) and turn it into a row. Input: paths and options; output:
 * {@code InternalRow}s. Not API.
 */
package org.seeddoc.spark.internal.read;
