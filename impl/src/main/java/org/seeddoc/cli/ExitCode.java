package org.seeddoc.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the tool's exit status means, for every command; {@code docs/cli.md} lists the same. */
enum ExitCode {
  /** Every file is fine. */
  OK(0, "all files are fine"),
  /** A file has findings. */
  FINDINGS(1, "findings: a file is unreadable, invalid or not canonical"),
  /** A usage error, or a path that cannot be read or written. */
  USAGE(2, "usage error, or a path that does not exist or cannot be read");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  int code() {
    return code;
  }

  /** Every code with its meaning, for the help text. */
  static Map<String, String> help() {
    Map<String, String> help = new LinkedHashMap<>();
    for (ExitCode exit : values()) {
      help.put(String.valueOf(exit.code), exit.meaning);
    }
    return help;
  }
}
