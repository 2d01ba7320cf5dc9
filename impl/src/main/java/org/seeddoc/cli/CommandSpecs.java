package org.seeddoc.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.ProjectPaths;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the commands' picocli models in code rather than from annotations: reading annotations
 * makes the JDK generate a proxy class for each annotation type, and that was a large part of the
 * tool's start-up, which a pre-commit hook pays on every commit.
 */
final class CommandSpecs {
  private CommandSpecs() {}

  /** A command with {@code -h}/{@code --help} and {@code -V}/{@code --version}. */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec =
        CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new Version());
    spec.usageMessage().description(description);
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /** An option without a value. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name)
        .arity("0")
        .type(boolean.class)
        .defaultValue("false")
        .description(description)
        .build();
  }

  /** {@code --unsafe-fixes}, for the commands that apply fixes. */
  static OptionSpec unsafeFixes() {
    return flag(
        "--unsafe-fixes",
        "Apply the fixes that are guesses too, such as SD214's mojibake repair (docs/rules.md).");
  }

  /** An option that takes rule ids or prefixes, comma-separated or repeated. */
  static OptionSpec rules(String name, String description) {
    return OptionSpec.builder(name)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .paramLabel("RULES")
        .description(description + ": rule ids or prefixes, such as SD205,SD21.")
        .build();
  }

  /** The values given for an option that takes a list; empty when it was not given. */
  static List<String> values(CommandSpec spec, String option) {
    List<String> given = spec.findOption(option).getValue();
    return given == null ? List.of() : given;
  }

  /** The files or folders a command works on: the working folder when none is given, as ruff. */
  static PositionalParamSpec paths() {
    return PositionalParamSpec.builder()
        .arity("0..*")
        .paramLabel("PATH")
        .type(List.class)
        .auxiliaryTypes(Path.class)
        .description("Files or folders, or - for standard input (default: the working folder).")
        .build();
  }

  /** The name that standard input's findings carry, for the path {@code -}. */
  static OptionSpec stdinFilename() {
    return OptionSpec.builder("--stdin-filename")
        .type(String.class)
        .paramLabel("NAME")
        .description("With the path -, the name of the file standard input holds, for findings.")
        .build();
  }

  /** {@code --config FILE} and {@code --no-config}, for a command that reads configuration. */
  static CommandSpec withConfigOptions(CommandSpec spec) {
    return spec.addOption(
            OptionSpec.builder("--config")
                .type(Path.class)
                .paramLabel("FILE")
                .description(
                    "Use this configuration file for every path, instead of each folder's .seeddoc.yaml.")
                .build())
        .addOption(
            flag("--no-config", "Use no configuration file: every rule at its default level."));
  }

  /**
   * Where the command's configuration comes from, as {@code --config} and {@code --no-config} say.
   *
   * @throws CommandLine.ParameterException for both options at once, or a {@code --config} file
   *     that is not there
   */
  static SeedFinder finder(CommandSpec spec) {
    Path file = value(spec, "--config");
    boolean none = value(spec, "--no-config");
    if (file != null && none) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--config and --no-config cannot go together");
    }
    // One that is there but no regular file is read, and its SD013 finding says what it is.
    if (file != null && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--config " + file + ": no such file");
    }
    return file != null
        ? SeedFinder.withConfig(file)
        : none ? SeedFinder.withoutConfig() : SeedFinder.discovering();
  }

  /**
   * The file standard input stands for, when the paths are the one path {@code -}: its name is
   * {@code --stdin-filename}'s, or {@code <stdin>}, and its configuration is that of the name's
   * folder.
   *
   * @return the file, or null when the paths are files and folders
   * @throws CommandLine.ParameterException if {@code -} comes with other paths, or the name without
   *     {@code -}
   */
  static SeedFile standardInput(CommandSpec spec, SeedFinder finder) {
    List<Path> paths = paths(spec);
    String name = value(spec, "--stdin-filename");
    boolean dash = paths.stream().anyMatch(path -> path.toString().equals("-"));
    if (dash && paths.size() > 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "'-' (standard input) must be the only path");
    }
    if (!dash && name != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--stdin-filename goes with the path '-'");
    }
    if (!dash) {
      return null;
    }
    Path file = ProjectPaths.shown(Path.of(name == null ? "<stdin>" : name));
    return new SeedFile(file, false, name == null ? SeedConfig.defaults() : finder.configFor(file));
  }

  /** The paths given to a command that has {@link #paths()}. */
  static List<Path> paths(CommandSpec spec) {
    List<Path> given = spec.positionalParameters().get(0).getValue();
    return given == null || given.isEmpty() ? List.of(Path.of(".")) : given;
  }

  /** The value given for an option or parameter, or its default. */
  static <T> T value(CommandSpec spec, String option) {
    return spec.findOption(option).getValue();
  }
}
