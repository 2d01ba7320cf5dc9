package org.seeddoc.testkit.fuzz;

import static org.seeddoc.testkit.fuzz.SeedOracles.check;
import static org.seeddoc.testkit.fuzz.SeedOracles.texts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.seeddoc.Comment;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFixer;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.spi.FindingText;
import org.seeddoc.validation.SeedValidator;

/**
 * The promises of {@code seeddoc-impl}'s library layer, as assertions for fuzz tests: validation,
 * formatting and fixing never throw and never fail on a file, every finding is positioned inside
 * the file, validation gives the same findings on every thread, and formatting is idempotent and
 * keeps every comment it does not say it dropped. Each throws {@link AssertionError} when a promise
 * is broken. Needs {@code seeddoc-impl} on the test class path (on the module path, {@code requires
 * org.seeddoc.impl}).
 */
public final class LibraryOracles {
  private static final SeedValidator VALIDATOR = SeedValidator.create();
  private static final SeedFormatter FORMATTER = SeedFormatter.create();
  private static final SeedFixer FIXER =
      SeedFixer.builder().validator(VALIDATOR).unsafeFixes(true).build();

  private LibraryOracles() {}

  /**
   * Every promise, seeddoc-api's included, on one file: parse, round-trip, validate, format and fix
   * it.
   *
   * @param text any input
   */
  public static void holdFor(String text) {
    holdFor(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Every promise, seeddoc-api's included, on one file's bytes, which need not be UTF-8.
   *
   * @param bytes any input
   */
  public static void holdFor(byte[] bytes) {
    ParseResult result = SeedOracles.parses(bytes);
    SeedOracles.roundTrips(result);
    String text = new String(bytes, StandardCharsets.UTF_8);
    validates(result, text);
    formats(bytes, text);
    fixes(bytes, text);
  }

  /**
   * Validates a parse result here and on another thread: the same findings, each inside the file,
   * none a failure of seeddoc's.
   *
   * @param result what the reader made of the text
   * @param text the file
   * @return the findings
   */
  public static List<Finding> validates(ParseResult result, String text) {
    List<Finding> here = VALIDATOR.validate(result);
    AtomicReference<Object> there = new AtomicReference<>();
    Thread other = new Thread(() -> there.set(VALIDATOR.validate(result)), "seeddoc-oracle");
    other.setUncaughtExceptionHandler((thread, e) -> there.set(e));
    other.start();
    try {
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while validating on another thread", e);
    }
    if (there.get() instanceof Throwable e) {
      throw new AssertionError("validation threw on another thread", e);
    }
    check(here.equals(there.get()), "validation differs between threads: " + here + " / " + there);
    assertNoFailure(here, text);
    return here;
  }

  /**
   * Formats a file: refused with positioned errors, or unchanged, or changed to a text that
   * formatting leaves unchanged and that holds every comment of the file but those the result says
   * it dropped.
   *
   * @param text any input
   * @return the result
   */
  public static FormatResult formats(String text) {
    return formats(text.getBytes(StandardCharsets.UTF_8), text);
  }

  private static FormatResult formats(byte[] bytes, String text) {
    FormatResult formatted = FORMATTER.format(bytes, "fuzz");
    assertNoFailure(formatted.findings(), text);
    if (formatted.isChanged()) {
      check(
          FORMATTER.format(formatted.bytes(), "formatted").status()
              == FormatResult.Status.UNCHANGED,
          "formatting the formatted text changes it again");
      List<Comment> kept = new ArrayList<>(SeedOracles.parses(bytes).comments().all());
      kept.removeAll(formatted.droppedComments());
      check(
          texts(kept).equals(texts(SeedOracles.parses(formatted.text()).comments().all())),
          "formatting lost a comment it did not say it dropped");
    } else if (formatted.status() == FormatResult.Status.REFUSED) {
      check(!formatted.findings().isEmpty(), "formatting refused the file without a finding");
    }
    return formatted;
  }

  /**
   * Fixes a file, unsafe fixes included: a result whose findings are inside the file, none a
   * failure of seeddoc's; a changed file still parses.
   *
   * @param text any input
   * @return the result
   */
  public static FormatResult fixes(String text) {
    return fixes(text.getBytes(StandardCharsets.UTF_8), text);
  }

  private static FormatResult fixes(byte[] bytes, String text) {
    FormatResult fixed = FIXER.fix(bytes, "fuzz");
    assertNoFailure(fixed.findings(), fixed.isChanged() ? fixed.text() : text);
    if (fixed.isChanged()) {
      check(
          !SeedOracles.parses(fixed.text()).hasErrors(), "fixing wrote a file the reader rejects");
    }
    return fixed;
  }

  private static void assertNoFailure(List<Finding> findings, String text) {
    SeedOracles.assertInside(findings, text);
    for (Finding finding : findings) {
      check(!FindingText.isFailure(finding.message()), "seeddoc failed: " + finding);
    }
  }
}
