package org.seeddoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.seeddoc.Finding;
import org.seeddoc.cache.CheckCache;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.WriteRefusedException;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFixer;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.validation.SeedValidator;

/**
 * The one way a file goes through the tool, for {@code check}, {@code fmt} and {@code fix}: the
 * library's {@link SeedValidator}, {@link SeedFormatter} and {@link SeedFixer} do the work, and
 * this class turns what they return, or the file's I/O failure, into a {@link FileOutcome} for the
 * report. Thread-safe. The validator comes from {@link ValidatorStart} because starting Hibernate
 * Validator is the slowest part of starting the tool: files are read and parsed while it starts on
 * another core, or, with a cache, it starts only when a file needs it.
 */
final class FilePipeline {
  private final Supplier<SeedValidator> validator;

  /** A pipeline that formats only. */
  FilePipeline() {
    this(null);
  }

  /** A pipeline that checks, with the validator on its way. */
  FilePipeline(Supplier<SeedValidator> validator) {
    this.validator = validator;
  }

  /** How {@code fmt} treats a file. */
  record FormatMode(boolean checkOnly, boolean dropComments) {
    SeedFormatter formatter() {
      return SeedFormatter.builder().dropComments(dropComments).build();
    }
  }

  /**
   * How {@code fix} treats a file.
   *
   * @param dryRun write nothing; show what would change as a unified diff
   * @param dropComments fix a file whose comments the canonical layout drops
   * @param unsafeFixes apply the fixes of rules whose fixes are guesses too
   */
  record FixMode(boolean dryRun, boolean dropComments, boolean unsafeFixes) {}

  /** Every finding of one file: a file that cannot be read is a finding too. */
  FileOutcome check(SeedFile file) {
    return FileOutcome.checked(file, validatorFor(file.config()));
  }

  /** Every finding of one file, replayed from the cache when it holds them. */
  FileOutcome check(SeedFile file, CheckCache cache) {
    return cache.check(file, () -> validatorFor(file.config()));
  }

  /** Every finding of bytes read for a file, or from standard input under the file's name. */
  FileOutcome check(SeedFile file, byte[] bytes) {
    return FileOutcome.checked(file, bytes, validatorFor(file.config()));
  }

  /**
   * Formats one file, or with {@code checkOnly} only says whether it is canonical. A file with an
   * error, or whose comments formatting would drop, is reported and left as it is.
   */
  FileOutcome format(SeedFile file, FormatMode mode) {
    if (file.unreadable() != null) {
      return FileOutcome.unreadable(file, file.unreadable());
    }
    String source = file.source();
    try {
      if (mode.checkOnly()) {
        return FileOutcome.of(file, mode.formatter().check(SafeFiles.read(file.path()), source));
      }
      FormatResult formatted = mode.formatter().formatFile(file.path());
      return formatted.isChanged()
          ? new FileOutcome(file, List.of(), "formatted " + Finding.printable(source), null)
          : FileOutcome.of(file, formatted.findings());
    } catch (WriteRefusedException e) {
      return new FileOutcome(file, List.of(), null, source + ": not formatted: " + e.getMessage());
    } catch (IOException e) {
      return new FileOutcome(
          file, List.of(), null, source + ": cannot read or write: " + e.getMessage());
    }
  }

  /**
   * Applies every fix the file's findings carry, writes it in the canonical layout and checks it
   * again. A file with an error that no fix mends is reported and left as it is; what is left after
   * fixing, warnings and all, is reported as what still needs a person.
   */
  FileOutcome fix(SeedFile file, FixMode mode) {
    if (file.unreadable() != null) {
      return FileOutcome.unreadable(file, file.unreadable());
    }
    String source = file.source();
    SeedFixer fixer =
        SeedFixer.builder()
            .validator(validatorFor(file.config()))
            .dropComments(mode.dropComments())
            .unsafeFixes(mode.unsafeFixes())
            .build();
    try {
      byte[] original = SafeFiles.read(file.path());
      FormatResult fixed = fixer.fix(original, source);
      if (!fixed.isChanged()) {
        return FileOutcome.of(file, fixed.findings());
      }
      Set<String> what = new LinkedHashSet<>();
      fixed.fixed().forEach(f -> what.add(f.rule().id() + " " + Finding.printable(f.field())));
      String change = what.isEmpty() ? "formatted" : "fixed " + String.join(", ", what) + " in";
      if (mode.dryRun()) {
        return new FileOutcome(
            file,
            fixed.findings(),
            "would have "
                + change
                + " "
                + Finding.printable(source)
                + ":\n"
                + UnifiedDiff.of(source, original, fixed.bytes()),
            null);
      }
      SafeFiles.replace(file.path(), original, fixed.bytes());
      return new FileOutcome(
          file, fixed.findings(), change + " " + Finding.printable(source), null);
    } catch (WriteRefusedException e) {
      return new FileOutcome(file, List.of(), null, source + ": not fixed: " + e.getMessage());
    } catch (IOException e) {
      return new FileOutcome(
          file, List.of(), null, source + ": cannot read or write: " + e.getMessage());
    }
  }

  /** A source's bytes, up to one past the reader's limit. */
  static byte[] bytes(InputStream in) throws IOException {
    return SeedValidator.readFile(in);
  }

  /**
   * The validator with the file's configuration, its suppression comments applied. Validators share
   * Hibernate Validator: one per file costs nothing.
   */
  private SeedValidator validatorFor(SeedConfig config) {
    SeedValidator started = validator.get();
    return config == SeedConfig.defaults()
        ? started
        : SeedValidator.builder().config(config).build();
  }
}
