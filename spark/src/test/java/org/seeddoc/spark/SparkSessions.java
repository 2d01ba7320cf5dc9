package org.seeddoc.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' one local Spark session, with two cores, started once per test JVM. */
public final class SparkSessions {
  private static SparkSession session;

  private SparkSessions() {}

  /**
   * The session.
   *
   * @return a local[2] session without a UI
   */
  public static synchronized SparkSession local() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("seeddoc-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
    }
    return session;
  }
}
