package org.seeddoc.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code seeddoc:format}: writes the configured folders' seed documents in the canonical layout,
 * comments kept, as {@code seeddoc fmt} does; with {@code check}, writes nothing and fails the build
 * on a file that is not canonical.
 */
@Mojo(name = "format", threadSafe = true)
public class FormatMojo extends AbstractMojo {
  /** The folders (or files) to format. */
  @Parameter(defaultValue = "${project.basedir}/seeds", required = true)
  private List<File> folders;

  /** Write nothing; fail on a file that is not canonical. */
  @Parameter(property = "seeddoc.check", defaultValue = "false")
  private boolean check;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> arguments = SeeddocRun.arguments(check ? List.of("fmt", "--check") : List.of("fmt"), folders, getLog());
    SeeddocRun run = SeeddocRun.of(arguments);
    run.log(getLog());
    switch (run.exitCode()) {
      case 0 -> { }
      case 1 -> throw new MojoFailureException("seeddoc: " + (check ? "seed documents are not in the canonical layout"
          : "seed documents could not be formatted") + "; see the lines above");
      default -> throw new MojoExecutionException("seeddoc could not format the seed documents: " + run.err().strip());
    }
  }
}
