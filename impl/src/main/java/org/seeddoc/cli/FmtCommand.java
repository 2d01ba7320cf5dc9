package org.seeddoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seeddoc fmt}: rewrites files in the canonical layout. A file it cannot read, or whose comments
 * it would drop, is reported and left exactly as it was.
 */
final class FmtCommand implements Callable<Integer> {
  final CommandSpec spec = CommandSpecs.command(this, "fmt",
          "Rewrites seed documents in the canonical layout.",
          "Folders are searched for *.txt and *.md files, hidden folders skipped.")
      .addOption(CommandSpecs.flag("--check",
          "Write nothing; list the files that are not canonical and exit 1 if there is any."))
      .addOption(CommandSpecs.flag("--drop-comments",
          "Format files whose front matter has YAML comments, dropping the comments."))
      .addPositional(CommandSpecs.paths());

  private final SeedReader reader = SeedReader.create();
  private final SeedWriter writer = SeedWriter.create();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SeedFiles.Listing listing = SeedFiles.expand(CommandSpecs.paths(spec));
    listing.errors().forEach(err::println);
    int status = listing.errors().isEmpty() ? Main.OK : Main.USAGE;
    boolean check = CommandSpecs.value(spec, "--check");
    boolean dropComments = CommandSpecs.value(spec, "--drop-comments");
    for (SeedFiles.SeedFile seedFile : listing.files()) {
      Path file = seedFile.path();
      try {
        if (!format(file, out, check, dropComments)) {
          status = Math.max(status, Main.FINDINGS);
        }
      } catch (IOException e) {
        err.println(file + ": cannot read or write: " + e.getMessage());
        status = Main.USAGE;
      }
    }
    return status;
  }

  /** Formats or checks one file (with --check, only checks it); returns false when it has a finding. */
  private boolean format(Path file, PrintWriter out, boolean check, boolean dropComments) throws IOException {
    ParseResult result = reader.parse(file);
    List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      errors.forEach(out::println);
      return false;
    }
    SeedDocument document = result.document().orElseThrow();
    byte[] original = Files.readAllBytes(file);
    byte[] canonical = writer.write(document).getBytes(StandardCharsets.UTF_8);
    if (Arrays.equals(original, canonical)) {
      return true;
    }
    if (check) {
      out.println(finding(file, Rule.NOT_CANONICAL, firstDifference(original, canonical),
          "not in the canonical layout; run 'seeddoc fmt' on it"));
      return false;
    }
    if (result.firstComment().isPresent() && !dropComments) {
      out.println(finding(file, Rule.COMMENTS, result.firstComment().get(),
          "the front matter has comments, which formatting would drop; remove them or pass --drop-comments"));
      return false;
    }
    AtomicFiles.replace(file, canonical);
    out.println("formatted " + file);
    return true;
  }

  private static Finding finding(Path file, Rule rule, Position at, String message) {
    return new Finding(rule.id(), rule.severity(), file.toString(), at.line(), at.column(), null, message, null);
  }

  /** Where a file first differs from its canonical form: the line, at column 1. */
  private static Position firstDifference(byte[] original, byte[] canonical) {
    int line = 1;
    for (int i = 0; i < Math.min(original.length, canonical.length) && original[i] == canonical[i]; i++) {
      if (original[i] == '\n') {
        line++;
      }
    }
    return new Position(line, 1);
  }
}
