package org.seeddoc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.files.SeedListing;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.report.FileOutcome;

/**
 * {@code seeddoc:format}: writes the configured folders' seed documents in the canonical layout,
 * comments kept, as {@code seeddoc fmt} does, through the same library calls; with {@code check},
 * writes nothing and fails the build on a file that is not canonical. A file formatting would harm
 * (an error, a comment with no place) is logged and left as it is.
 */
@Mojo(name = "format", threadSafe = true)
public class FormatMojo extends AbstractMojo {
  /** The folders (or files) to format. */
  @Parameter(defaultValue = "${project.basedir}/seeds", required = true)
  private List<File> folders;

  /** Write nothing; fail on a file that is not canonical. */
  @Parameter(property = "seeddoc.check", defaultValue = "false")
  private boolean check;

  /** The project's folder, which logged paths are relative to. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    SeedFolders project = new SeedFolders(basedir, getLog());
    List<Path> paths = project.existing(folders);
    SeedListing listing = SeedFinder.discovering().find(paths);
    listing.errors().forEach(getLog()::error);
    listing.notes().forEach(getLog()::warn);
    SeedFormatter formatter = SeedFormatter.create();
    int left = 0;
    int formatted = 0;
    boolean problems = !listing.errors().isEmpty();
    for (SeedFile file : listing.files()) {
      String shown = project.shown(file.source());
      FileOutcome outcome;
      try {
        outcome =
            file.unreadable() != null
                ? FileOutcome.unreadable(file, file.unreadable())
                : check
                    ? FileOutcome.of(
                        file, formatter.check(SafeFiles.read(file.path()), file.source()))
                    : outcome(file, formatter.formatFile(file.path()));
      } catch (IOException e) {
        getLog().error(shown + ": not formatted: " + e.getMessage());
        problems = true;
        continue;
      }
      if (outcome.change() != null) {
        getLog().info("formatted " + shown);
        formatted++;
      }
      project.log(project.shown(outcome).findings());
      left += outcome.findings().isEmpty() ? 0 : 1;
    }
    getLog()
        .info(
            "seeddoc: "
                + listing.files().size()
                + (listing.files().size() == 1 ? " file, " : " files, ")
                + formatted
                + " formatted, "
                + left
                + (check ? " not canonical or unreadable" : " left as they are"));
    if (problems) {
      throw new MojoExecutionException(
          "seeddoc could not format the seed documents: see the errors above");
    }
    if (left > 0) {
      throw new MojoFailureException(
          "seeddoc: "
              + (check
                  ? "seed documents are not in the canonical layout"
                  : "seed documents could not be formatted")
              + "; see the lines above");
    }
  }

  private static FileOutcome outcome(SeedFile file, FormatResult result) {
    return new FileOutcome(file, result.findings(), result.isChanged() ? "formatted" : null, null);
  }
}
