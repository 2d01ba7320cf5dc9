package org.seeddoc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code seeddoc:check}, bound to {@code verify}: checks the configured folders as
 * {@code seeddoc check} does, logs every finding, writes them as SARIF to
 * {@code target/seeddoc.sarif}, and fails the build on an error (on a warning too with
 * {@code strict}). Each folder's {@code .seeddoc.yaml} applies.
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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("seeddoc: skipped");
      return;
    }
    List<String> command = new ArrayList<>(List.of("check"));
    if (strict) {
      command.add("--strict");
    }
    if (configFile != null) {
      command.add("--config");
      command.add(configFile.getPath());
    }
    List<String> arguments = SeeddocRun.arguments(command, folders, getLog());
    if (arguments.size() == command.size()) {
      getLog().info("seeddoc: no folder to check");
      return;
    }
    SeeddocRun text = SeeddocRun.of(arguments);
    text.log(getLog());
    List<String> sarif = new ArrayList<>(arguments);
    sarif.addAll(1, List.of("--format", "sarif"));
    writeSarif(SeeddocRun.of(sarif).out());
    switch (text.exitCode()) {
      case 0 -> { }
      case 1 -> throw new MojoFailureException("seeddoc found " + (strict ? "errors or warnings" : "errors")
          + " in seed documents; see the lines above, or " + sarifFile);
      default -> throw new MojoExecutionException("seeddoc could not check the seed documents: " + text.err().strip());
    }
  }

  private void writeSarif(String sarif) throws MojoExecutionException {
    try {
      Files.createDirectories(sarifFile.toPath().toAbsolutePath().getParent());
      Files.writeString(sarifFile.toPath(), sarif, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + sarifFile, e);
    }
  }
}
