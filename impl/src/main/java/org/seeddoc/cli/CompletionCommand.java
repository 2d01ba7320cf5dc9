package org.seeddoc.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seeddoc completion}: prints the shell completion script that picocli's {@link
 * AutoComplete} writes from the command model, for bash and zsh.
 */
final class CompletionCommand implements Callable<Integer> {
  final CommandSpec spec =
      CommandSpecs.command(
          this,
          "completion",
          "Prints a completion script for bash and zsh.",
          "Load it with: source <(seeddoc completion)");

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("seeddoc", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
