package org.seeddoc.spark.internal.read;

import org.apache.spark.sql.connector.read.InputPartition;

/**
 * The files one task reads. Immutable once built; Spark serializes it to the executor.
 *
 * @param files the files
 * @param preferredLocations the hosts that keep them, best first
 */
record SeedInputPartition(SeedFileIndex.SeedFile[] files, String[] preferredLocations)
    implements InputPartition {
  private static final long serialVersionUID = 1L;
}
