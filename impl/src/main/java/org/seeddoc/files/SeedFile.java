package org.seeddoc.files;

import java.nio.file.Path;
import java.util.Objects;
import org.seeddoc.config.SeedConfig;

/**
 * A file that a {@link SeedFinder} listed, with the configuration that governs it. Immutable and
 * thread-safe.
 *
 * @param path the file, as named or as found below a named folder
 * @param inFolder whether it was found by searching a folder, rather than named itself: only such
 *     files are held to the seed file name (SD215)
 * @param unreadable why the path could not be listed or read, or null; {@code seeddoc check}
 *     reports it as an SD012 finding in the file's place
 * @param config the configuration that governs the file: its folder's {@code .seeddoc.yaml}, or
 *     {@link SeedConfig#defaults()}
 * @param stamp what the listing saw of the file, taken before anything read it; null when it was
 *     not listed from the file system or could not be asked
 */
public record SeedFile(
    Path path, boolean inFolder, String unreadable, SeedConfig config, FileStamp stamp) {
  /**
   * Checks the components.
   *
   * @param path the file
   * @param inFolder whether it was found by searching a folder
   * @param unreadable why it could not be read, or null
   * @param config its configuration
   * @param stamp what the listing saw of it, or null
   */
  public SeedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(config, "config");
  }

  /**
   * A file without a stamp.
   *
   * @param path the file
   * @param inFolder whether it was found by searching a folder
   * @param unreadable why it could not be read, or null
   * @param config its configuration
   */
  public SeedFile(Path path, boolean inFolder, String unreadable, SeedConfig config) {
    this(path, inFolder, unreadable, config, null);
  }

  /**
   * A file that could be listed, without a stamp.
   *
   * @param path the file
   * @param inFolder whether it was found by searching a folder
   * @param config its configuration
   */
  public SeedFile(Path path, boolean inFolder, SeedConfig config) {
    this(path, inFolder, null, config);
  }

  /**
   * The name findings about the file carry: its path as listed.
   *
   * @return the path as text
   */
  public String source() {
    return path.toString();
  }

  /**
   * The file's name when a folder search found it, for SD215; null for a file named itself.
   *
   * @return the name, or null
   */
  public String nameInFolder() {
    return inFolder ? path.getFileName().toString() : null;
  }
}
