package org.seeddoc.spark.internal.read;

import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.seeddoc.spark.internal.SeedOptions;
import org.seeddoc.spark.internal.row.SparkTypes;

/**
 * A read of seed files: lists them and packs them into partitions on the driver, once, and gives
 * each task a reader. Not thread-safe; Spark uses a scan from one thread.
 */
public final class SeedScan implements Scan, Batch {
  private final SparkSession session;
  private final SeedOptions options;
  private final StructType schema;
  private List<SeedFileIndex.SeedFile> files;

  SeedScan(SparkSession session, SeedOptions options, StructType schema) {
    this.session = session;
    this.options = options;
    this.schema = schema;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  /** Validation gives only findings, so a query that reads none of them is not validated. */
  private boolean validates() {
    return options.validate() && schema.getFieldIndex(SparkTypes.FINDINGS).isDefined();
  }

  @Override
  public String description() {
    return "seeddoc "
        + options.paths()
        + (validates() ? ", validated" : ", read only")
        + ", "
        + options.mode();
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    List<SeedFileIndex.SeedFile> listed = files();
    long openCost =
        options.openCostInBytes() >= 0
            ? options.openCostInBytes()
            : sessionBytes("spark.sql.files.openCostInBytes", "4m");
    long maxPartition =
        options.maxPartitionBytes() > 0
            ? options.maxPartitionBytes()
            : sessionBytes("spark.sql.files.maxPartitionBytes", "128m");
    long maxSplit = FilePacking.maxSplitBytes(listed, maxPartition, openCost, minPartitions());
    return FilePacking.pack(listed, maxSplit, openCost).toArray(InputPartition[]::new);
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    Broadcast<SerializableConfiguration> conf =
        SerializableConfiguration.broadcast(session.sparkContext(), options.hadoopConf(session));
    return new SeedReaderFactory(conf, schema, validates(), options.mode());
  }

  private List<SeedFileIndex.SeedFile> files() {
    if (files == null) {
      files =
          SeedFileIndex.list(
              options.paths(),
              options.hadoopConf(session),
              options.recursiveFileLookup(),
              options.pathGlobFilter());
    }
    return files;
  }

  private long sessionBytes(String key, String otherwise) {
    return JavaUtils.byteStringAsBytes(session.conf().get(key, otherwise));
  }

  /** Spark's {@code spark.sql.files.minPartitionNum}, else the leaf nodes' default parallelism. */
  private int minPartitions() {
    for (String key :
        new String[] {"spark.sql.files.minPartitionNum", "spark.sql.leafNodeDefaultParallelism"}) {
      scala.Option<String> set = session.conf().getOption(key);
      if (set.isDefined()) {
        return Integer.parseInt(set.get());
      }
    }
    return session.sparkContext().defaultParallelism();
  }
}
