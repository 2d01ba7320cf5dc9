package org.seeddoc.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.validation.SeedValidator;

/**
 * Checks one file: reads it, validates it, and names its problems. Thread-safe. The validator comes
 * as a future because starting Hibernate Validator is the slowest part of starting the tool: files are
 * read and parsed while it starts on another core.
 */
final class FileChecker {
  private static final Pattern SEED_FILE_NAME = Pattern.compile("[0-9]{3,}_[0-9a-f]{16}\\.txt");

  private final SeedReader reader;
  private final Future<SeedValidator> validator;

  FileChecker(SeedReader reader, Future<SeedValidator> validator) {
    this.reader = reader;
    this.validator = validator;
  }

  /** Every finding of one file, sorted by position; a file that cannot be read is a finding too. */
  List<Finding> check(SeedFiles.SeedFile file) {
    String source = file.path().toString();
    List<Finding> findings = new ArrayList<>();
    try {
      ParseResult result = reader.parse(file.path());
      findings.addAll(validator().validate(result));
    } catch (IOException e) {
      findings.add(fileFinding(Rule.UNREADABLE, source, "cannot read the file: " + e.getMessage()));
    } catch (RuntimeException e) {
      // A bug of seeddoc's, not the file's: say so, and go on with the other files.
      findings.add(fileFinding(Rule.UNREADABLE, source, "seeddoc failed on this file (please report it): " + e));
    }
    if (file.inFolder() && !SEED_FILE_NAME.matcher(file.path().getFileName().toString()).matches()) {
      findings.add(fileFinding(Rule.FILE_NAME, source,
          "seed files are named <3 or more digits>_<16 lowercase hex digits>.txt, such as 000_d1aaf954cc0ce8f5.txt"));
      findings.sort(Finding.BY_POSITION);
    }
    return findings;
  }

  private SeedValidator validator() {
    try {
      return validator.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Hibernate Validator could not start", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Hibernate Validator was starting", e);
    }
  }

  private static Finding fileFinding(Rule rule, String source, String message) {
    return new Finding(rule.id(), rule.severity(), source, 1, 1, null, message, null);
  }
}
