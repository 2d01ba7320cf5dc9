/**
 * Writing: each task writes canonical files into its own folder under {@code _temporary} ({@code
 * SeedDataWriter}), and the driver moves them into place when every task has committed ({@code
 * SeedBatchWrite}). Input: rows; output: seed files. Not API.
 */
package org.seeddoc.spark.internal.write;
