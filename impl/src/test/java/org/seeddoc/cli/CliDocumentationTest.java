package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/cli.md describes every command, every option picocli knows, and every exit code. */
class CliDocumentationTest {
  @Test
  void everyCommandOptionAndExitCodeIsDocumented() throws IOException {
    String doc =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "..", "docs", "cli.md"),
            StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    picocli.CommandLine main = new picocli.CommandLine(Main.spec());
    main.getSubcommands()
        .forEach(
            (name, command) -> {
              if (!doc.contains("## `" + name + "`")) {
                missing.add("the command " + name);
              }
              for (var option : command.getCommandSpec().options()) {
                String longest = option.longestName();
                if (!longest.equals("--help")
                    && !longest.equals("--version")
                    && !doc.contains("`" + longest)) {
                  missing.add(name + " " + longest);
                }
              }
            });
    for (ExitCode exit : ExitCode.values()) {
      if (!doc.contains("| " + exit.code() + " |")) {
        missing.add("exit code " + exit.code());
      }
    }
    assertEquals(List.of(), missing);
  }
}
