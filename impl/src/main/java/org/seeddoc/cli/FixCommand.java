package org.seeddoc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.seeddoc.files.SeedFinder;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seeddoc fix}: applies every fix that findings carry, writes the canonical layout and
 * checks again; prints what it changed and what still needs a person. A file with an error no fix
 * mends is reported and left as it is. Running it twice changes nothing the second time.
 */
final class FixCommand implements Callable<Integer> {
  final CommandSpec spec =
      CommandSpecs.withConfigOptions(
          CommandSpecs.command(
                  this,
                  "fix",
                  "Applies the fixes that findings carry, and writes seed documents in the canonical layout.",
                  "Folders are searched for seed documents as by check.")
              .addOption(
                  CommandSpecs.flag(
                      "--dry-run", "Write nothing; show what would change as a unified diff."))
              .addOption(
                  CommandSpecs.flag(
                      "--drop-comments",
                      "Fix a file even when a comment has no place in the canonical layout, dropping those comments."))
              .addOption(CommandSpecs.unsafeFixes())
              .addPositional(CommandSpecs.paths()));

  @Override
  public Integer call() throws Exception {
    return fixAll(
        CommandSpecs.paths(spec),
        CommandSpecs.finder(spec),
        new FilePipeline.FixMode(
            CommandSpecs.value(spec, "--dry-run"),
            CommandSpecs.value(spec, "--drop-comments"),
            CommandSpecs.value(spec, "--unsafe-fixes")),
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /**
   * Fixes files, for {@code fix} and {@code fmt --fix}: exit 1 when an error is left, 2 when a file
   * could not be read or written.
   */
  static int fixAll(
      List<Path> paths,
      SeedFinder finder,
      FilePipeline.FixMode mode,
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException, ExecutionException {
    FilePipeline pipeline = new FilePipeline(ValidatorStart.now());
    return FileRunner.rewrite(paths, finder, file -> pipeline.fix(file, mode), out, err).code();
  }
}
