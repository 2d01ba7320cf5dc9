package org.seeddoc.cli;

import java.io.Console;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the tool's output goes, as far as colours care: whether standard output is a terminal, and
 * the environment's {@code NO_COLOR} (no-color.org), {@code FORCE_COLOR} (force-color.org) and
 * {@code TERM}.
 *
 * @param interactive whether standard output is a terminal
 * @param environment the environment's variables, by name; null for one that is not set
 */
record Terminal(boolean interactive, UnaryOperator<String> environment) {
  /** Output that goes to a program, as when the tool is embedded: colours only when asked for. */
  static final Terminal NONE = new Terminal(false, name -> null);

  /** This process's standard output and environment. */
  static Terminal ofProcess() {
    return new Terminal(isTerminal(System.console()), System::getenv);
  }

  /**
   * Java 17 has a console only when standard input and output are a terminal; from Java 22 it may
   * have one on a pipe too, and says which with {@code isTerminal()}, looked up so that the tool
   * still builds for Java 17.
   */
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** When {@code --color} says to colour. */
  enum When {
    AUTO,
    ALWAYS,
    NEVER
  }

  /**
   * Whether to colour: {@code always} and {@code never} decide; {@code auto} colours a terminal
   * whose {@code TERM} is not {@code dumb}, unless {@code NO_COLOR} is set, and colours anything
   * when {@code FORCE_COLOR} is set to other than {@code 0} or {@code false}.
   *
   * @param when what {@code --color} said
   * @param toFile whether the output goes to a file ({@code --output-file}), which auto never
   *     colours
   */
  boolean colors(When when, boolean toFile) {
    if (when != When.AUTO) {
      return when == When.ALWAYS;
    }
    if (set("NO_COLOR") || toFile) {
      return false;
    }
    String force = environment.apply("FORCE_COLOR");
    if (force != null && !force.isEmpty()) {
      return !force.equals("0") && !force.toLowerCase(Locale.ROOT).equals("false");
    }
    return interactive && !"dumb".equals(environment.apply("TERM"));
  }

  private boolean set(String name) {
    String value = environment.apply(name);
    return value != null && !value.isEmpty();
  }
}
