package org.seeddoc.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.seeddoc.Finding;

/**
 * The options of {@code format("seeddoc")}, named as Spark's own file sources name them, checked
 * once on the driver: an option seeddoc does not know is an error that names it, so that a typo is
 * not silently a default. Options starting with {@code fs.} go to Hadoop, as Spark's file sources
 * pass them. Immutable and thread-safe.
 *
 * @param paths the paths to read or the one to write
 * @param mode what a read does with a file that does not read as a document
 * @param validate whether a read runs the validator, or only the reader
 * @param pathGlobFilter a Hadoop glob that file names must match, or null
 * @param recursiveFileLookup whether folders are read with every folder below them
 * @param maxPartitionBytes the most bytes packed into one partition, or -1 for the session's
 * @param openCostInBytes what opening a file costs, in bytes, or -1 for the session's
 * @param nameColumn the column whose values name written files, or null
 * @param hadoop the options for Hadoop
 */
public record SeedOptions(
    List<String> paths,
    Mode mode,
    boolean validate,
    String pathGlobFilter,
    boolean recursiveFileLookup,
    long maxPartitionBytes,
    long openCostInBytes,
    String nameColumn,
    Map<String, String> hadoop)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> READ =
      Set.of(
          "path",
          "paths",
          "mode",
          "validate",
          "pathglobfilter",
          "recursivefilelookup",
          "maxpartitionbytes",
          "opencostinbytes");
  private static final Set<String> WRITE = Set.of("path", "namecolumn");

  /**
   * What a read does with a file that does not read as a document, as Spark's JSON and CSV sources
   * name it.
   */
  public enum Mode {
    /** Keeps every file: one that does not read is a row of nulls with its findings. */
    PERMISSIVE,
    /** Leaves out the files that do not read. */
    DROPMALFORMED,
    /** Fails the job at the first file that does not read, naming it and its first error. */
    FAILFAST
  }

  /**
   * The options of a read.
   *
   * @param options the options, keys in any case
   * @return the options
   * @throws IllegalArgumentException naming each unknown option and each bad value
   */
  public static SeedOptions read(Map<String, String> options) {
    return parse(options, READ, "reading");
  }

  /**
   * The options of a write.
   *
   * @param options the options, keys in any case
   * @return the options
   * @throws IllegalArgumentException naming each unknown option and each bad value
   */
  public static SeedOptions write(Map<String, String> options) {
    SeedOptions parsed = parse(options, WRITE, "writing");
    if (parsed.paths.size() != 1) {
      throw new IllegalArgumentException("seeddoc writes to one folder: give it as save(path)");
    }
    return parsed;
  }

  private static SeedOptions parse(Map<String, String> given, Set<String> known, String doing) {
    Map<String, String> options = new java.util.HashMap<>();
    Map<String, String> hadoop = new java.util.TreeMap<>();
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, String> option : given.entrySet()) {
      String key = option.getKey().toLowerCase(Locale.ROOT);
      if (key.startsWith("fs.")) {
        hadoop.put(option.getKey(), option.getValue());
      } else if (known.contains(key)) {
        options.put(key, option.getValue());
      } else {
        unknown.add(option.getKey());
      }
    }
    List<String> problems = new ArrayList<>();
    if (!unknown.isEmpty()) {
      problems.add(
          "unknown option"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown.stream().map(Finding::printable).toList())
              + " for "
              + doing
              + "; seeddoc knows "
              + String.join(", ", known.stream().sorted().toList())
              + ", and fs.* options for Hadoop");
    }
    List<String> paths = paths(options, problems);
    Mode mode = mode(options.getOrDefault("mode", "PERMISSIVE"), problems);
    boolean validate = bool(options, "validate", true, problems);
    boolean recursive = bool(options, "recursivefilelookup", false, problems);
    long maxPartitionBytes = bytes(options, "maxpartitionbytes", problems);
    long openCost = bytes(options, "opencostinbytes", problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("seeddoc: " + String.join("; ", problems));
    }
    return new SeedOptions(
        List.copyOf(paths),
        mode,
        validate,
        options.get("pathglobfilter"),
        recursive,
        maxPartitionBytes,
        openCost,
        options.get("namecolumn"),
        Map.copyOf(hadoop));
  }

  /**
   * The session's Hadoop configuration with this read's or write's {@code fs.*} options set.
   *
   * @param session the session
   * @return a new configuration
   */
  public Configuration hadoopConf(SparkSession session) {
    Configuration conf = new Configuration(session.sparkContext().hadoopConfiguration());
    hadoop.forEach(conf::set);
    return conf;
  }

  /**
   * {@code load(path)} gives {@code path}; {@code load(p1, p2)} gives {@code paths} as a JSON
   * array.
   */
  private static List<String> paths(Map<String, String> options, List<String> problems) {
    List<String> paths = new ArrayList<>();
    if (options.containsKey("path")) {
      paths.add(options.get("path"));
    }
    if (options.containsKey("paths")) {
      try {
        for (String path : new ObjectMapper().readValue(options.get("paths"), String[].class)) {
          paths.add(path);
        }
      } catch (JsonProcessingException e) {
        problems.add("the paths option is not a JSON array of strings: " + e.getOriginalMessage());
      }
    }
    if (paths.isEmpty() && problems.isEmpty()) {
      problems.add("no path: give one, as load(path) or save(path)");
    }
    return paths;
  }

  private static Mode mode(String value, List<String> problems) {
    try {
      return Mode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          "mode is '"
              + Finding.printable(value)
              + "'; it is PERMISSIVE, DROPMALFORMED or FAILFAST");
      return Mode.PERMISSIVE;
    }
  }

  private static boolean bool(
      Map<String, String> options, String key, boolean otherwise, List<String> problems) {
    String value = options.get(key);
    if (value == null) {
      return otherwise;
    }
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      problems.add(key + " is '" + Finding.printable(value) + "'; it is true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static long bytes(Map<String, String> options, String key, List<String> problems) {
    String value = options.get(key);
    if (value == null) {
      return -1;
    }
    try {
      long bytes = JavaUtils.byteStringAsBytes(value);
      if (bytes > 0 || key.equals("opencostinbytes") && bytes == 0) {
        return bytes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        key + " is '" + Finding.printable(value) + "'; it is a size such as 134217728 or 128m");
    return -1;
  }
}
