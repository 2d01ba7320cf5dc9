package org.seeddoc.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.seeddoc.Finding;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.files.SeedListing;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.report.Report;
import org.seeddoc.validation.SeedValidator;

/**
 * {@code seeddoc:check}, bound to {@code verify}: checks the configured folders as {@code seeddoc
 * check} does, through the same library calls, logs every finding with its path relative to the
 * project, writes them as SARIF to {@code target/seeddoc.sarif}, and fails the build on an error
 * (on a warning too with {@code strict}). Each folder's {@code .seeddoc.yaml} applies.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** The folders (or files) to check. */
  @Parameter(defaultValue = "${project.basedir}/seeds", required = true)
  private List<File> folders;

  /** Fail on warnings too. */
  @Parameter(property = "seeddoc.strict", defaultValue = "false")
  private boolean strict;

  /** Skip the check. */
  @Parameter(property = "seeddoc.skip", defaultValue = "false")
  private boolean skip;

  /** Where the SARIF report goes. */
  @Parameter(property = "seeddoc.sarif", defaultValue = "${project.build.directory}/seeddoc.sarif")
  private File sarifFile;

  /** A configuration file for every folder, instead of each folder's {@code .seeddoc.yaml}. */
  @Parameter(property = "seeddoc.config")
  private File configFile;

  /** The project's folder, which logged paths are relative to. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File basedir;

  /** The plugin's version, which the SARIF report names. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  private String version;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("seeddoc: skipped");
      return;
    }
    SeedFolders project = new SeedFolders(basedir, getLog());
    List<Path> paths = project.existing(folders);
    if (paths.isEmpty()) {
      getLog().info("seeddoc: no folder to check");
      return;
    }
    if (configFile != null && !configFile.isFile()) {
      throw new MojoExecutionException(
          "seeddoc: the configuration file " + configFile + " does not exist");
    }
    SeedListing listing =
        (configFile == null ? SeedFinder.discovering() : SeedFinder.withConfig(configFile.toPath()))
            .find(paths);
    listing.errors().forEach(getLog()::error);
    listing.notes().forEach(getLog()::warn);
    StringWriter sarif = new StringWriter();
    Report report = Report.Format.SARIF.open(new PrintWriter(sarif), version);
    int errors = 0;
    int warnings = 0;
    boolean badConfig = false;
    SeedValidator defaults = SeedValidator.create();
    for (ConfigFile config : listing.configs()) {
      badConfig |= config.hasErrors();
    }
    // The configuration files' own findings first, then each file checked with its configuration.
    List<FileOutcome> configs =
        listing.configs().stream()
            .filter(config -> !config.findings().isEmpty())
            .map(FileOutcome::of)
            .toList();
    Stream<FileOutcome> checked =
        listing.stream()
            .map(
                file ->
                    FileOutcome.checked(
                        file,
                        file.config() == SeedConfig.defaults()
                            ? defaults
                            : SeedValidator.builder().config(file.config()).build()));
    for (FileOutcome outcome :
        (Iterable<FileOutcome>) Stream.concat(configs.stream(), checked)::iterator) {
      FileOutcome shown = project.shown(outcome);
      project.log(shown.findings());
      report.file(shown);
      errors += (int) shown.findings().stream().filter(Finding::isError).count();
      warnings += (int) shown.findings().stream().filter(f -> !f.isError()).count();
    }
    Report.Totals totals = new Report.Totals(listing.files().size(), errors, warnings);
    report.finish(totals);
    writeSarif(sarif.toString());
    getLog().info("seeddoc: " + totals.summary());
    if (!listing.errors().isEmpty() || badConfig) {
      throw new MojoExecutionException(
          "seeddoc could not check the seed documents: see the errors above");
    }
    if (errors > 0 || (strict && warnings > 0)) {
      throw new MojoFailureException(
          "seeddoc found "
              + (strict ? "errors or warnings" : "errors")
              + " in seed documents; see the lines above, or "
              + sarifFile);
    }
  }

  private void writeSarif(String sarif) throws MojoExecutionException {
    try {
      Files.createDirectories(sarifFile.toPath().toAbsolutePath().getParent());
      SafeFiles.write(sarifFile.toPath(), sarif.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + sarifFile, e);
    }
  }
}
