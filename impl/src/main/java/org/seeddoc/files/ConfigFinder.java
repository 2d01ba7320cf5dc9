package org.seeddoc.files;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.config.SeedConfig;

/**
 * Which configuration governs a folder: the {@code .seeddoc.yaml} in the folder or the nearest one
 * above it, looking no higher than the repository's root (the first folder with a {@code .git}
 * entry), as ruff and eslint look; or the one file {@code --config} names; or none with {@code
 * --no-config}. The nearest file wins whole: files are not merged. Each file is read once; not
 * thread-safe, used while the command line is expanded.
 */
final class ConfigFinder {
  private final ConfigFile fixed;
  private final boolean search;
  private final Map<Path, Optional<ConfigFile>> byFolder = new HashMap<>();
  private final List<ConfigFile> read = new ArrayList<>();

  private ConfigFinder(ConfigFile fixed, boolean search) {
    this.fixed = fixed;
    this.search = search;
    if (fixed != null) {
      read.add(fixed);
    }
  }

  /** Looks for {@code .seeddoc.yaml} from each folder up to the repository's root. */
  static ConfigFinder discovering() {
    return new ConfigFinder(null, true);
  }

  /** Uses one configuration file for every path. */
  static ConfigFinder of(Path file) {
    return new ConfigFinder(SeedConfig.read(file), false);
  }

  /** Uses the defaults for every path. */
  static ConfigFinder none() {
    return new ConfigFinder(null, false);
  }

  /** The configuration file that governs a folder, if any. */
  Optional<ConfigFile> fileFor(Path folder) {
    if (fixed != null || !search) {
      return Optional.ofNullable(fixed);
    }
    Path key = folder.toAbsolutePath().normalize();
    Optional<ConfigFile> known = byFolder.get(key);
    if (known != null) {
      return known;
    }
    Path candidate = key.resolve(SeedConfig.FILE_NAME);
    Optional<ConfigFile> found;
    // A folder, a device or a broken link by that name is read too, as a configuration with an
    // error.
    if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
      ConfigFile file = SeedConfig.read(ProjectPaths.shown(candidate));
      read.add(file);
      found = Optional.of(file);
    } else if (Files.exists(key.resolve(".git")) || key.getParent() == null) {
      found = Optional.empty();
    } else {
      found = fileFor(key.getParent());
    }
    byFolder.put(key, found);
    return found;
  }

  /** The configuration that governs a folder: its file's, or the defaults. */
  SeedConfig configFor(Path folder) {
    return fileFor(folder).map(ConfigFile::config).orElse(SeedConfig.defaults());
  }

  /** The configuration that governs a file: that of its folder. */
  SeedConfig configForFile(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? SeedConfig.defaults() : configFor(parent);
  }

  /** Every configuration file read so far, in the order they were first needed. */
  List<ConfigFile> read() {
    return List.copyOf(read);
  }
}
