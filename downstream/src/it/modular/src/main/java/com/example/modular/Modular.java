package com.example.modular;

import com.example.classpath.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.files.SeedListing;

/**
 * The class-path application's calls, now from a JPMS module on the module path, and then a
 * configuration with globs, which loads JGit and SLF4J: every call must print nothing.
 */
public final class Modular {
  private Modular() {}

  public static void main(String[] args) throws IOException {
    Main.main(args);
    SeedListing listing = SeedFinder.discovering().find(List.of(Path.of(args[0])));
    // A configuration with globs: JGit matches them, and logs through SLF4J.
    Path repository = Files.createTempDirectory("repository");
    Files.createDirectories(repository.resolve("drafts"));
    Files.writeString(repository.resolve(".seeddoc.yaml"), "exclude:\n  - drafts/\n");
    Files.copy(listing.files().get(0).path(), repository.resolve("100_0000000000000001.txt"));
    Files.copy(listing.files().get(0).path(), repository.resolve("drafts/100_0000000000000002.txt"));
    SeedListing configured = SeedFinder.discovering().find(List.of(repository));
    System.out.println("with a configuration, found " + configured.files().size() + " of 2 files, "
        + configured.configs().size() + " configuration file");
    try (var paths = Files.walk(repository)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
