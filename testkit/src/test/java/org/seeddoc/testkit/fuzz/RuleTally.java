package org.seeddoc.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.seeddoc.ParseResult;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.validation.SeedValidator;

/**
 * For measuring a fuzz target's reach (docs/fuzzing.md, "Measuring a target"): with {@code
 * -Dseeddoc.fuzz.tally=FILE}, each input the target runs on appends to FILE the ids of the rules
 * that reading, validating and formatting it report. Replaying a corpus in regression mode then
 * tells which rules the corpus reaches. Without the property, it does nothing. {@link
 * #rulesReached} is the count itself, which {@code FuzzInputTest} uses too.
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
    Set<String> ids = new TreeSet<>();
    rulesReached(bytes).forEach(rule -> ids.add(rule.id()));
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

  /** The rules that reading, validating and formatting a file report. */
  static Set<Rule> rulesReached(byte[] bytes) {
    ParseResult result = SeedReader.create().parse(bytes, "tally");
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    Stream.of(
            result.findings(),
            VALIDATOR.validate(result),
            FORMATTER.check(bytes, "tally"),
            FORMATTER.format(bytes, "tally").findings())
        .flatMap(List::stream)
        .forEach(finding -> rules.add(finding.rule()));
    return rules;
  }
}
