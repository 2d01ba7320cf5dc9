package org.seeddoc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The tool run as a process of its own, for what only a process has: its own working folder, and a
 * run at the same time as another.
 */
record ToolProcess(Process process, CompletableFuture<String> out, CompletableFuture<String> err) {
  /** Starts {@code seeddoc} with the arguments, from a folder; its output is read as it comes. */
  static ToolProcess start(Path from, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // C1 alone: these runs are short, and start sooner without C2.
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).directory(from.toFile()).start();
    process.getOutputStream().close();
    return new ToolProcess(
        process,
        CompletableFuture.supplyAsync(() -> read(process.getInputStream())),
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream())));
  }

  /** Runs {@code seeddoc} with the arguments from a folder, to its end. */
  static CliRun run(Path from, List<String> args) throws IOException, InterruptedException {
    return start(from, args).finish();
  }

  /** Waits for the process to end: its exit code and what it printed. */
  CliRun finish() throws InterruptedException {
    int code = process.waitFor();
    return new CliRun(code, out.join(), err.join());
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
