package org.seeddoc.spark.internal.read;

import java.util.concurrent.atomic.AtomicInteger;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedReader;
import org.seeddoc.validation.FileCheck;
import org.seeddoc.validation.SeedValidator;

/**
 * The reader and validator of one executor JVM, made when its first task needs them and shared by
 * every task after it: starting Hibernate Validator takes most of a second, which per task or per
 * file would cost more than the files. Thread-safe: both are immutable.
 */
final class FileChecks {
  private static final SeedReader READER = SeedReader.create();

  /** How many validators this JVM made, which a test holds to one. */
  private static final AtomicInteger VALIDATORS_MADE = new AtomicInteger();

  private FileChecks() {}

  /** Made on first use only, so that a read without validation never starts Hibernate Validator. */
  private static final class Validator {
    static final SeedValidator INSTANCE = make();

    private static SeedValidator make() {
      VALIDATORS_MADE.incrementAndGet();
      return SeedValidator.create();
    }
  }

  /** What {@code seeddoc check} finds in a file found in a folder. */
  static FileCheck validated(byte[] bytes, String path, String name) {
    return Validator.INSTANCE.check(bytes, path, name);
  }

  /** The reader's findings only. */
  static FileCheck read(byte[] bytes, String path) {
    ParseResult result = READER.parse(bytes, path);
    return new FileCheck(result.document().orElse(null), result.findings());
  }

  static int validatorsMade() {
    return VALIDATORS_MADE.get();
  }
}
