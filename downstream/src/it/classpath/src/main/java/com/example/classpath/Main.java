package com.example.classpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.cache.CheckCache;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.files.SeedListing;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFixer;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.validation.FileCheck;
import org.seeddoc.validation.SeedValidator;

/** What a Java user of seeddoc-impl does, on the class path: every call must print nothing. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args[0]);
    SeedValidator validator = SeedValidator.create();
    SeedListing listing = SeedFinder.discovering().find(List.of(seeds));
    long errors = 0;
    for (SeedFile file : listing.files()) {
      FileCheck check = validator.check(SafeFiles.read(file.path()), file.source(), file.nameInFolder());
      errors += check.findings().stream().filter(Finding::isError).count();
    }
    System.out.println("checked " + listing.files().size() + " files, " + errors + " errors");

    // A configuration with folder globs starts JGit, and with it SLF4J, which this program has no
    // provider for: that too must print nothing.
    Path config = Files.createTempFile("seeddoc", ".yaml");
    try {
      Files.writeString(config, "exclude:\n  - \"drafts/**/*.md\"\n  - \"/archive/\"\n");
      System.out.println("configured " + SeedFinder.withConfig(config).find(List.of(seeds)).files().size() + " files");
    } finally {
      Files.delete(config);
    }

    // The cache of seeddoc check --cache: the second run replays both files.
    Path cacheFolder = Files.createTempDirectory("seeddoc-cache");
    try {
      for (int run = 1; run <= 2; run++) {
        CheckCache cache = CheckCache.builder().location(cacheFolder).open();
        for (SeedFile file : listing.files()) {
          cache.check(file, () -> validator);
        }
        cache.save();
        System.out.println("cache run " + run + ": " + cache.hits() + " replayed, " + cache.misses() + " checked");
      }
    } finally {
      try (var paths = Files.walk(cacheFolder)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }

    Path copy = Files.createTempFile("seed", ".txt");
    try {
      Files.copy(listing.files().get(0).path(), copy, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(copy, Files.readString(copy).replace("title:", "title:  "));
      System.out.println("format " + SeedFormatter.create().formatFile(copy).status());
      System.out.println("format again " + SeedFormatter.create().formatFile(copy).status());
      FormatResult edited = SeedFormatter.create().editFile(copy, d -> d.toBuilder().title("Edited from Java").build());
      System.out.println("edit " + edited.status() + ", title now " + validator.check(SafeFiles.read(copy), "copy", null)
          .document().title());
      FormatResult fixed = SeedFixer.create().fixFile(copy);
      System.out.println("fix " + fixed.status() + ", " + fixed.findings().size() + " findings left");
    } finally {
      Files.delete(copy);
    }
  }
}
