package org.seeddoc.config.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;

/**
 * Starts SLF4J, which JGit logs through, without its notice on standard error when the program has
 * no SLF4J provider: a library call prints nothing, and without a provider SLF4J logs nothing
 * anyway (it falls back to its no-operation logger). The notice is SLF4J's internal report at
 * warning level; it is raised to errors only while SLF4J starts, and only when the program set
 * neither {@code slf4j.internal.verbosity} nor {@code slf4j.provider} and has no provider. A
 * program that has one, or that started SLF4J already, sees no change.
 */
final class QuietLogging {
  private static final String VERBOSITY = "slf4j.internal.verbosity";
  private static boolean started;

  private QuietLogging() {}

  /**
   * Whether SLF4J finds a provider, looked up as SLF4J looks; true when that cannot be told, as
   * inside Maven, whose class realm shows plugins SLF4J's API but not its provider interface, or
   * with an SLF4J 1 API, which has none: then SLF4J is left to start as it would.
   */
  private static boolean hasProvider() {
    try {
      ClassLoader loader = LoggerFactory.class.getClassLoader();
      Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
      return ServiceLoader.load(provider, loader).findFirst().isPresent();
    } catch (ReflectiveOperationException | LinkageError | ServiceConfigurationError e) {
      return true;
    }
  }

  /** Starts SLF4J once, before the first JGit class that logs is loaded. */
  static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    if (System.getProperty(VERBOSITY) != null
        || System.getProperty("slf4j.provider") != null
        || hasProvider()) {
      return;
    }
    System.setProperty(VERBOSITY, "ERROR");
    try {
      LoggerFactory.getILoggerFactory();
    } finally {
      System.clearProperty(VERBOSITY);
    }
  }
}
