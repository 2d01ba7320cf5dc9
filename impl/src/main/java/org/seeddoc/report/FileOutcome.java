package org.seeddoc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.ProjectPaths;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.files.SeedFile;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.validation.FileCheck;
import org.seeddoc.validation.SeedValidator;

/**
 * What handling one file produced, for a {@link Report}: its findings, and what {@code fmt} or
 * {@code fix} did to it. Immutable and thread-safe.
 *
 * @param file the file
 * @param findings its findings, sorted by position
 * @param change what {@code fmt} or {@code fix} did to the file, or would do with a dry run (such
 *     as {@code formatted FILE}), or null when it did nothing
 * @param problem a read or write failure that is no finding of the file, or null
 * @param document the document the findings are about, or null when the file did not read; it keys
 *     findings for baselines and fingerprints ({@link FindingKeys})
 * @param text the file's text when it has findings, for a report to show their lines and spell out
 *     their fixes as edits, or null
 */
public record FileOutcome(
    SeedFile file,
    List<Finding> findings,
    String change,
    String problem,
    SeedDocument document,
    String text) {
  /** Where findings about a whole file stand. */
  private static final Position FILE_START = new Position(1, 1);

  /**
   * Copies the findings.
   *
   * @param file the file
   * @param findings its findings
   * @param change what was done to it, or null
   * @param problem a read or write failure, or null
   * @param document its document, or null
   * @param text its text, or null
   */
  public FileOutcome {
    findings = List.copyOf(findings);
  }

  /**
   * An outcome without a document or text.
   *
   * @param file the file
   * @param findings its findings
   * @param change what was done to it, or null
   * @param problem a read or write failure, or null
   */
  public FileOutcome(SeedFile file, List<Finding> findings, String change, String problem) {
    this(file, findings, change, problem, null, null);
  }

  /**
   * An outcome that is findings only.
   *
   * @param file the file
   * @param findings its findings
   * @return the outcome
   */
  public static FileOutcome of(SeedFile file, List<Finding> findings) {
    return new FileOutcome(file, findings, null, null, null, null);
  }

  /**
   * The outcome that reports a configuration file's own findings (SD013), in the file's place.
   *
   * @param config the configuration file, as read
   * @return the outcome
   */
  public static FileOutcome of(ConfigFile config) {
    return of(new SeedFile(config.file(), false, SeedConfig.defaults()), config.findings());
  }

  /**
   * Checks a listed file as {@code seeddoc check} does: a file that could not be listed or read is
   * an SD012 finding in its place, and a file found in a folder is held to the seed file name.
   *
   * @param file the file
   * @param validator the validator, with the file's configuration
   * @return the findings, and what a report needs to key them and spell out their fixes
   */
  public static FileOutcome checked(SeedFile file, SeedValidator validator) {
    if (file.unreadable() != null) {
      return unreadable(file, file.unreadable());
    }
    try {
      return checked(file, SafeFiles.read(file.path()), validator);
    } catch (IOException e) {
      return cannotRead(file, e);
    }
  }

  /**
   * The outcome of a listed file that could not be read: an SD012 finding that says why.
   *
   * @param file the file
   * @param e what reading it threw
   * @return the outcome
   */
  public static FileOutcome cannotRead(SeedFile file, IOException e) {
    return unreadable(file, "cannot read the file: " + e.getMessage());
  }

  /**
   * Checks bytes read for a file, or from standard input under the file's name.
   *
   * @param file the file the bytes stand for
   * @param bytes its content
   * @param validator the validator, with the file's configuration
   * @return the findings, and what a report needs to key them and spell out their fixes
   */
  public static FileOutcome checked(SeedFile file, byte[] bytes, SeedValidator validator) {
    return of(file, bytes, validator.check(bytes, file.source(), file.nameInFolder()));
  }

  /**
   * The outcome of a file's check, made now or replayed from a cache: the same either way.
   *
   * @param file the file
   * @param bytes the content that was checked
   * @param checked what checking it gave
   * @return the findings, and what a report needs to key them and spell out their fixes
   */
  public static FileOutcome of(SeedFile file, byte[] bytes, FileCheck checked) {
    SeedDocument document = checked.document();
    List<Finding> findings = checked.findings();
    // The text shows a finding's source line and spells out its fix; a clean file's is not kept.
    String text = findings.isEmpty() ? null : new String(bytes, StandardCharsets.UTF_8);
    // The document serves to key and fix findings: a clean file's is not held while its batch waits
    // to be reported.
    return new FileOutcome(file, findings, null, null, findings.isEmpty() ? null : document, text);
  }

  /**
   * An outcome that says a file cannot be read: an SD012 finding at its first line.
   *
   * @param file the file
   * @param why the reason, for a person
   * @return the outcome
   */
  public static FileOutcome unreadable(SeedFile file, String why) {
    FindingCollector out = new FindingCollector(file.source());
    out.report(Rule.UNREADABLE, null, FILE_START, why);
    return of(file, out.sorted());
  }

  /**
   * What identifies the file in baselines, fingerprints and code-scanning reports: its path from
   * the project's root, whatever form it was typed in ({@link ProjectPaths#identity(Path)}).
   *
   * @return the path, with {@code /} between its parts
   */
  public String identity() {
    return ProjectPaths.identity(file.path());
  }

  /**
   * The same outcome with other findings, such as those a baseline leaves.
   *
   * @param kept the findings
   * @return the outcome
   */
  public FileOutcome withFindings(List<Finding> kept) {
    return new FileOutcome(file, kept, change, problem, document, text);
  }
}
