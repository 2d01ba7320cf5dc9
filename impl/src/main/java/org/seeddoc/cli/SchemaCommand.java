package org.seeddoc.cli;

import java.util.concurrent.Callable;
import org.seeddoc.cli.schema.JsonSchemaWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seeddoc schema}: prints the JSON Schema of the front matter, for editors and other tools;
 * {@code docs/seed-document.schema.json} holds the same text.
 */
final class SchemaCommand implements Callable<Integer> {
  final CommandSpec spec =
      CommandSpecs.command(
          this,
          "schema",
          "Prints the JSON Schema (draft 2020-12) of the front matter.",
          "The same text is docs/seed-document.schema.json, and org/seeddoc/seed-document.schema.json in the api jar.");

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(JsonSchemaWriter.write());
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
