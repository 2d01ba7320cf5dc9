package org.seeddoc.files;

import java.util.List;
import java.util.stream.Stream;
import org.seeddoc.config.ConfigFile;

/**
 * What a {@link SeedFinder} found for some paths. Nothing is passed over in silence: a path that
 * does not exist is an error, a loop of links is a note, and a file or folder that cannot be read
 * is a {@link SeedFile} whose {@link SeedFile#unreadable()} says why. Immutable and thread-safe.
 *
 * @param files the files, in the order they are handled: each named file in its place, each
 *     folder's files in the order of their paths' UTF-8 bytes (git's order); kept compactly, each
 *     {@code SeedFile} made when asked for; unmodifiable
 * @param errors for each path that names nothing to read, a line saying so, starting with the path
 * @param notes for each loop of symbolic links, a line saying where it was not followed
 * @param configs the configuration files that govern the files, in the order they were first
 *     needed; their own findings (SD013) are the caller's to report
 */
public record SeedListing(
    List<SeedFile> files, List<String> errors, List<String> notes, List<ConfigFile> configs) {
  /**
   * Copies the lists that are not already the listing's own.
   *
   * @param files the files
   * @param errors the errors
   * @param notes the notes
   * @param configs the configuration files
   */
  public SeedListing {
    files = files instanceof ListedFiles ? files : List.copyOf(files);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
    configs = List.copyOf(configs);
  }

  /**
   * The files, one at a time: a folder of 100,000 files is held as the text of its paths, and each
   * {@code SeedFile} is made as the stream reaches it.
   *
   * @return the files, in order
   */
  public Stream<SeedFile> stream() {
    return files.stream();
  }
}
