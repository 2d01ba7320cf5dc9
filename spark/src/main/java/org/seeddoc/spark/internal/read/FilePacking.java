package org.seeddoc.spark.internal.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Packs small files into partitions as Spark's file sources do ({@code FilePartition}), so that a
 * million 3 KB files are thousands of tasks, not a million: each file costs its length plus {@code
 * openCostInBytes}, and a partition holds up to {@code maxSplitBytes}, which is {@code
 * maxPartitionBytes} unless spreading the bytes over the cores gives less. A seed file is never
 * split. Spark's own packing is internal API, so this follows it, and a test holds the two to the
 * same partition counts.
 */
final class FilePacking {
  private FilePacking() {}

  /** Spark's {@code FilePartition.maxSplitBytes}. */
  static long maxSplitBytes(
      List<SeedFileIndex.SeedFile> files,
      long maxPartitionBytes,
      long openCostInBytes,
      int minPartitions) {
    long total = 0;
    for (SeedFileIndex.SeedFile file : files) {
      total += file.length() + openCostInBytes;
    }
    long perCore = total / Math.max(1, minPartitions);
    return Math.min(maxPartitionBytes, Math.max(openCostInBytes, perCore));
  }

  /** Spark's {@code FilePartition.getFilePartitions}: largest files first, next fit. */
  static List<SeedInputPartition> pack(
      List<SeedFileIndex.SeedFile> files, long maxSplitBytes, long openCostInBytes) {
    List<SeedFileIndex.SeedFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(SeedFileIndex.SeedFile::length).reversed());
    List<SeedInputPartition> partitions = new ArrayList<>();
    List<SeedFileIndex.SeedFile> current = new ArrayList<>();
    long size = 0;
    for (SeedFileIndex.SeedFile file : bySize) {
      if (size + file.length() > maxSplitBytes && !current.isEmpty()) {
        partitions.add(partition(current));
        current = new ArrayList<>();
        size = 0;
      }
      current.add(file);
      size += file.length() + openCostInBytes;
    }
    if (!current.isEmpty()) {
      partitions.add(partition(current));
    }
    return partitions;
  }

  /** A partition prefers the hosts that keep its files, as Spark's packing prefers them. */
  private static SeedInputPartition partition(List<SeedFileIndex.SeedFile> files) {
    Set<String> hosts = new LinkedHashSet<>();
    for (SeedFileIndex.SeedFile file : files) {
      for (String host : file.hosts()) {
        if (!host.equals("localhost")) {
          hosts.add(host);
        }
      }
    }
    return new SeedInputPartition(
        files.toArray(SeedFileIndex.SeedFile[]::new),
        hosts.stream().limit(3).toArray(String[]::new));
  }
}
