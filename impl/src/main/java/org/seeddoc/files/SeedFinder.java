package org.seeddoc.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.config.SeedConfig;

/**
 * Finds the seed documents of files and folders as {@code seeddoc check} does, each with the
 * configuration that governs it.
 *
 * <p>In a folder, a file is a seed document when it is named as seed files are ({@code <digits>_<16
 * hex>.txt}), or when it matches the configuration's {@code include} globs ({@code *.txt} and
 * {@code *.md} by default) and its first line is {@code ---}. Hidden folders, the folders tools
 * fill ({@code node_modules}, {@code target}, {@code build}) and what the configuration's {@code
 * exclude} globs match are skipped. Files named themselves are always taken. Symbolic links are
 * followed; a file reached twice is listed once, and hard links are two files.
 *
 * <p>Configuration comes from the nearest {@code .seeddoc.yaml} in each folder or above it, up to
 * the repository's root (the first folder with a {@code .git} entry), as ruff and eslint look
 * ({@link #discovering()}); or from one file ({@link #withConfig(Path)}); or from none ({@link
 * #withoutConfig()}). A finder reads each configuration file once and keeps it: make a new one to
 * see a changed file. Thread-safe.
 *
 * <pre>{@code
 * SeedListing listing = SeedFinder.discovering().find(List.of(Path.of("seeds")));
 * for (SeedFile file : listing.files()) {
 *   SeedValidator validator = SeedValidator.builder().config(file.config()).build();
 *   ...
 * }
 * }</pre>
 */
public final class SeedFinder {
  private final ConfigFinder configs;

  private SeedFinder(ConfigFinder configs) {
    this.configs = configs;
  }

  /**
   * A finder that uses the nearest {@code .seeddoc.yaml} of each folder.
   *
   * @return the finder
   */
  public static SeedFinder discovering() {
    return new SeedFinder(ConfigFinder.discovering());
  }

  /**
   * A finder that uses one configuration file for every path.
   *
   * @param file a {@code .seeddoc.yaml} file; its findings are in {@link SeedListing#configs()}
   * @return the finder
   */
  public static SeedFinder withConfig(Path file) {
    return new SeedFinder(ConfigFinder.of(Objects.requireNonNull(file, "file")));
  }

  /**
   * A finder that uses the defaults for every path.
   *
   * @return the finder
   */
  public static SeedFinder withoutConfig() {
    return new SeedFinder(ConfigFinder.none());
  }

  /**
   * Lists the seed files of paths: files as given, and the seed documents below each folder.
   *
   * @param paths files and folders
   * @return what they hold, and what could not be listed
   */
  public synchronized SeedListing find(List<Path> paths) {
    return FolderSearch.expand(List.copyOf(paths), configs);
  }

  /**
   * The configuration that governs a file, found as for a listed file; for a file that need not
   * exist, such as the name standard input stands for.
   *
   * @param file a file
   * @return its folder's configuration, or {@link SeedConfig#defaults()}
   */
  public synchronized SeedConfig configFor(Path file) {
    return configs.configForFile(file);
  }

  /**
   * The configuration file that governs a folder: its own {@code .seeddoc.yaml} or the nearest one
   * above it, as for the files listed in it.
   *
   * @param folder a folder
   * @return the file, or empty when the defaults govern the folder
   */
  public synchronized Optional<ConfigFile> configFileFor(Path folder) {
    return configs.fileFor(folder);
  }

  /**
   * Every configuration file read so far, in the order they were first needed.
   *
   * @return the files, with their findings
   */
  public synchronized List<ConfigFile> configsRead() {
    return configs.read();
  }
}
