package org.seeddoc.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedReader;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.validation.SeedValidator;

/**
 * For measuring a fuzz target's reach (docs/fuzzing.md, "Measuring a target"): with {@code
 * -Dseeddoc.fuzz.tally=FILE}, each input the target runs on appends to FILE the ids of the rules
 * that reading, validating and formatting it report. Replaying a corpus in regression mode then
 * tells which rules the corpus reaches. Without the property, it does nothing.
 */
final class RuleTally {
  private static final String FILE = System.getProperty("seeddoc.fuzz.tally");
  private static final SeedValidator VALIDATOR = SeedValidator.create();
  private static final SeedFormatter FORMATTER = SeedFormatter.create();

  private RuleTally() {}

  static void record(byte[] bytes) {
    if (FILE == null) {
      return;
    }
    ParseResult result = SeedReader.create().parse(bytes, "tally");
    Set<String> ids = new TreeSet<>();
    Stream.of(
            result.findings(),
            VALIDATOR.validate(result),
            FORMATTER.check(bytes, "tally"),
            FORMATTER.format(bytes, "tally").findings())
        .flatMap(List::stream)
        .map(Finding::rule)
        .forEach(rule -> ids.add(rule.id()));
    try {
      Files.writeString(
          Path.of(FILE),
          String.join("\n", ids) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
