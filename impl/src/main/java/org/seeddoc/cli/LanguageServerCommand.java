package org.seeddoc.cli;

import java.util.concurrent.Callable;
import org.seeddoc.cli.lsp.SeedLanguageServer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seeddoc lsp}: runs the language server on standard input and output until the editor stops
 * it. No LSP4J type appears here, so that the other commands run, embedded, without LSP4J.
 */
final class LanguageServerCommand implements Callable<Integer> {
  final CommandSpec spec =
      CommandSpecs.command(
          this,
          "lsp",
          "Runs a Language Server Protocol server on standard input and output, for editors.",
          "Diagnostics, quick fixes, formatting and hovers for seed documents; see docs/editors.md.");

  @Override
  public Integer call() throws Exception {
    SeedLanguageServer.serve(ValidatorStart.begin());
    return ExitCode.OK.code();
  }
}
