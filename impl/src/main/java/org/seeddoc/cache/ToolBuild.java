package org.seeddoc.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What identifies the code that made a cache's findings: the version Maven wrote, and the size and
 * time of the jar or class folder it was loaded from. A snapshot's version stays the same while its
 * rules change, so the version alone would replay findings of rules that are no longer so.
 */
final class ToolBuild {
  private static final String ID = compute();

  private ToolBuild() {}

  /** The identity of the running build. */
  static String id() {
    return ID;
  }

  private static String compute() {
    return "seeddoc " + version() + " " + location();
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        ToolBuild.class.getResourceAsStream("/org/seeddoc/cli/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  /**
   * The jar's size and time, or a class folder's newest file. When neither can be known, a value of
   * this process alone: a cache is then never replayed by another run, rather than trusted across
   * builds.
   */
  private static String location() {
    CodeSource source = ToolBuild.class.getProtectionDomain().getCodeSource();
    try {
      Path path = source == null ? null : Path.of(source.getLocation().toURI());
      if (path == null || !Files.exists(path)) {
        return unknown();
      }
      if (Files.isRegularFile(path)) {
        return path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
      }
      try (Stream<Path> files = Files.walk(path)) {
        long newest =
            files
                .mapToLong(
                    file -> {
                      try {
                        return Files.readAttributes(file, BasicFileAttributes.class)
                            .lastModifiedTime()
                            .toMillis();
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    })
                .max()
                .orElse(0);
        return path + " " + newest;
      }
    } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
      return unknown();
    }
  }

  private static String unknown() {
    return "unknown " + UUID.randomUUID();
  }
}
