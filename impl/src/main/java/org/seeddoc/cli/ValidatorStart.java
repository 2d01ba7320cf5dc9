package org.seeddoc.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.seeddoc.validation.SeedValidator;

/**
 * Starts the validator on another thread, once per process. Starting Hibernate Validator is the
 * longest step of a short check, so {@link Main} begins it before picocli has even parsed the
 * command line; the files are then listed and read while it starts on the second core. They are
 * parsed once it has started ({@code SeedValidator.check} reads and validates in one call): parsing
 * the first files meanwhile was measured and bought nothing, since it takes the core the start-up
 * needs (docs/performance.md, "What a two-file check still waits for"). Thread-safe.
 */
final class ValidatorStart {
  private static CompletableFuture<SeedValidator> started;

  private ValidatorStart() {}

  /**
   * The validator, starting it unless it is already on its way; it is immutable, so runs share it.
   */
  static synchronized Future<SeedValidator> begin() {
    if (started == null) {
      started = CompletableFuture.supplyAsync(SeedValidator::create);
    }
    return started;
  }

  /** The validator for a pipeline, started now so that it is ready when the first file is. */
  static Supplier<SeedValidator> now() {
    Future<SeedValidator> validator = begin();
    return () -> ready(validator);
  }

  /**
   * The validator for a pipeline, started by the first file that needs it: a run that replays every
   * file from the cache starts none, and saves the start's CPU for reading the files.
   */
  static Supplier<SeedValidator> onDemand() {
    return () -> ready(begin());
  }

  private static SeedValidator ready(Future<SeedValidator> validator) {
    try {
      return validator.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Hibernate Validator could not start", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Hibernate Validator was starting", e);
    }
  }
}
