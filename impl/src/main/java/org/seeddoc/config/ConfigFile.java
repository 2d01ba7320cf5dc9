package org.seeddoc.config;

import java.nio.file.Path;
import java.util.List;
import org.seeddoc.Finding;

/**
 * A configuration file as read: the configuration it gives, and a finding for each unknown key or
 * bad value in it, which the configuration leaves out. Immutable and thread-safe.
 *
 * @param file the file
 * @param config what it configures, rooted at the file's folder
 * @param findings what is wrong with it, sorted by position; unmodifiable
 */
public record ConfigFile(Path file, SeedConfig config, List<Finding> findings) {
  /**
   * Copies the findings.
   *
   * @param file the file
   * @param config what it configures
   * @param findings what is wrong with it
   */
  public ConfigFile {
    findings = List.copyOf(findings);
  }

  /**
   * Whether the file has an error, so that a run using it should not pass.
   *
   * @return true when a finding is an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
