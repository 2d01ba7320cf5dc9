package org.seeddoc.maven;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.seeddoc.cli.Main;

/** One run of seeddoc's command line inside the build, with what it printed. */
record SeeddocRun(int exitCode, String out, String err) {
  static SeeddocRun of(List<String> arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(arguments.toArray(String[]::new), java.io.InputStream.nullInputStream(),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new SeeddocRun(code, out.toString(), err.toString());
  }

  /** The arguments for a command over folders that exist; the missing ones are said, not fatal. */
  static List<String> arguments(List<String> command, List<File> folders, Log log) {
    List<String> arguments = new ArrayList<>(command);
    for (File folder : folders) {
      if (folder.exists()) {
        arguments.add(folder.getPath());
      } else {
        log.debug("seeddoc: " + folder + " does not exist; skipped");
      }
    }
    return arguments;
  }

  /** Logs each line: findings as errors or warnings, as the build log shows compiler messages. */
  void log(Log log) {
    for (String line : (out + err).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.contains(": error [")) {
        log.error(line);
      } else if (line.contains(": warning [")) {
        log.warn(line);
      } else {
        log.info(line);
      }
    }
  }
}
