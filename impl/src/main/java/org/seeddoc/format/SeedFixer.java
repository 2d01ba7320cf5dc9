package org.seeddoc.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.Fixes;
import org.seeddoc.ParseResult;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.validation.SeedValidator;

/**
 * Applies the fixes that findings carry, as {@code seeddoc fix} does: validates, applies every fix,
 * writes the canonical layout and validates again, round after round until nothing changes (a fix
 * can uncover another: an https {@code ampWebUrl} has another AMP Cache URL), at most {@value
 * #MAX_ROUNDS} rounds. A fix is applied only when its rule's fixes are safe ({@link
 * Rule#hasSafeFix()}), or when the fixer takes unsafe fixes too. A file with an error that no fix
 * mends is refused, and so is one whose comments would be dropped; what is written passes the same
 * checks as {@link SeedFormatter}'s.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SeedFixer fixer = SeedFixer.builder().validator(SeedValidator.create()).build();
 * FormatResult result = fixer.fixFile(Path.of("seeds/000_d1aaf954cc0ce8f5.txt"));
 * result.fixed().forEach(f -> System.out.println("fixed " + f));
 * result.findings().forEach(f -> System.out.println("left: " + f));
 * }</pre>
 */
public final class SeedFixer {
  /** Rounds of fixing at most: each round's fixes come from validating the last round's text. */
  public static final int MAX_ROUNDS = 4;

  private final SeedValidator validator;
  private final boolean unsafeFixes;
  private final boolean dropComments;

  private SeedFixer(Builder builder) {
    this.validator = builder.validator == null ? SeedValidator.create() : builder.validator;
    this.unsafeFixes = builder.unsafeFixes;
    this.dropComments = builder.dropComments;
  }

  /**
   * A fixer that applies safe fixes only, with every rule at its default level.
   *
   * @return the fixer
   */
  public static SeedFixer create() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeedFixer}. Not thread-safe; each call returns the builder. */
  public static final class Builder {
    private SeedValidator validator;
    private boolean unsafeFixes;
    private boolean dropComments;

    private Builder() {}

    /**
     * The validator whose findings give the fixes, with its configuration; {@link
     * SeedValidator#create()} by default.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(SeedValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Whether to apply the fixes of rules whose fixes are guesses too ({@code seeddoc fix
     * --unsafe-fixes}).
     *
     * @param unsafe true to apply them
     * @return this builder
     */
    public Builder unsafeFixes(boolean unsafe) {
      this.unsafeFixes = unsafe;
      return this;
    }

    /**
     * Whether to fix a file even when a comment has no place in the canonical layout, dropping it
     * ({@code seeddoc fix --drop-comments}); the result lists what was dropped.
     *
     * @param drop true to drop such comments
     * @return this builder
     */
    public Builder dropComments(boolean drop) {
      this.dropComments = drop;
      return this;
    }

    /**
     * Builds the fixer.
     *
     * @return the fixer
     */
    public SeedFixer build() {
      return new SeedFixer(this);
    }
  }

  /**
   * Fixes a file's bytes.
   *
   * @param original the file's content
   * @param source the name findings carry
   * @return the fixed content and what was fixed, or that nothing changes, or why the file is
   *     refused; in each case, what is left for a person
   */
  public FormatResult fix(byte[] original, String source) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(source, "source");
    try {
      ParseResult result = CanonicalForm.parse(original, source);
      List<Finding> findings = validator.validate(result);
      List<Finding> first = findings;
      if (result.document().isEmpty()
          || findings.stream()
              .anyMatch(f -> f.isError() && !applies(f) && !mendedByRename(f, first))) {
        return FormatResult.refused(findings);
      }
      SeedDocument document = result.document().orElseThrow();
      Comments comments = result.comments();
      List<Finding> fixed = new ArrayList<>();
      for (int round = 0;
          round < MAX_ROUNDS && findings.stream().anyMatch(this::applies);
          round++) {
        List<Finding> applied = findings.stream().filter(this::applies).toList();
        SeedDocument next = Fixes.apply(document, applied);
        if (next.equals(document)) {
          break;
        }
        fixed.addAll(applied);
        comments = Fixes.moveComments(comments, applied);
        document = next;
        CanonicalForm.Written written = CanonicalForm.write(document, comments, null);
        findings =
            written == null
                ? findings
                : validator.validate(CanonicalForm.parse(written.bytes(), source));
      }
      FindingCollector guard = new FindingCollector(source);
      CanonicalForm.Written written = CanonicalForm.write(document, comments, guard);
      if (written == null
          || (!dropComments
              && !CanonicalForm.keepsComments(
                  written.leftOut(), guard, "pass --drop-comments to fix"))) {
        return FormatResult.refused(guard.sorted());
      }
      if (Arrays.equals(original, written.bytes())) {
        return new FormatResult(FormatResult.Status.UNCHANGED, null, findings, fixed, List.of());
      }
      if (!CanonicalForm.readsBackEqual(written, document, comments, source, guard)) {
        return FormatResult.refused(guard.sorted());
      }
      if (findings == first) {
        // Nothing was fixed, but the file is rewritten: what is left must point into the new text.
        findings = validator.validate(CanonicalForm.parse(written.bytes(), source));
      }
      return new FormatResult(
          FormatResult.Status.CHANGED, written.bytes(), findings, fixed, written.leftOut());
    } catch (RuntimeException e) {
      return CanonicalForm.failed(source, e);
    }
  }

  /**
   * Fixes a file in place, as {@code seeddoc fix} does: written through {@link
   * org.seeddoc.files.SafeFiles} when it changes, left as it was otherwise.
   *
   * @param file the file
   * @return what became of it
   * @throws org.seeddoc.files.WriteRefusedException if the file is read-only or changed while it
   *     was fixed
   * @throws IOException if it cannot be read or written
   */
  public FormatResult fixFile(Path file) throws IOException {
    return CanonicalForm.rewrite(file, this::fix);
  }

  /** Whether this fixer applies a finding's fix. */
  private boolean applies(Finding finding) {
    return Fixes.isFixable(finding) && (unsafeFixes || FixSafety.of(finding) == FixSafety.SAFE);
  }

  /**
   * A missing key that an unknown key's fix, in the same mapping, renames into place ({@code tpye}
   * to {@code type}).
   */
  private boolean mendedByRename(Finding missing, List<Finding> findings) {
    if (missing.rule() != Rule.MISSING_KEY || missing.field() == null) {
      return false;
    }
    String mapping = FieldPath.parent(missing.field());
    String key = missing.field().substring(mapping.isEmpty() ? 0 : mapping.length() + 1);
    return findings.stream()
        .anyMatch(
            f ->
                f.rule() == Rule.UNKNOWN_KEY
                    && applies(f)
                    && key.equals(f.fix())
                    && f.field() != null
                    && FieldPath.parent(f.field()).equals(mapping));
  }
}
