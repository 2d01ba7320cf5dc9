package org.seeddoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.config.RuleLevel;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.spi.YamlText;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code seeddoc config --print [PATH]}: the configuration that governs a path, as a {@code
 * .seeddoc.yaml} file would write it, with every rule at the level it has there and a comment
 * saying where each level that is not the default comes from.
 */
final class ConfigCommand implements Callable<Integer> {
  final CommandSpec spec =
      CommandSpecs.withConfigOptions(
              CommandSpecs.command(
                  this,
                  "config",
                  "Shows the configuration that governs a path.",
                  "The nearest .seeddoc.yaml, from the path's folder up to the repository's root, governs it."))
          .addOption(
              CommandSpecs.flag(
                  "--print",
                  "Print the effective configuration of PATH: its globs, and the level of every rule there."))
          .addPositional(
              PositionalParamSpec.builder()
                  .arity("0..1")
                  .paramLabel("PATH")
                  .type(Path.class)
                  .defaultValue(".")
                  .description("A file or folder (default: the current folder).")
                  .build());

  @Override
  public Integer call() {
    if (!CommandSpecs.<Boolean>value(spec, "--print")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "config needs --print");
    }
    Path path = spec.positionalParameters().get(0).getValue();
    if (!Files.exists(path)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), path + ": no such file or folder");
    }
    boolean folder = Files.isDirectory(path);
    SeedFinder finder = CommandSpecs.finder(spec);
    Optional<ConfigFile> file = finder.configFileFor(folder ? path : parentOf(path));
    SeedConfig config = file.map(ConfigFile::config).orElse(SeedConfig.defaults());
    PrintWriter out = spec.commandLine().getOut();
    // The names go into YAML comments: a line break in one would start a line of YAML.
    out.println(
        "# The configuration of "
            + Finding.printable(path.toString())
            + " ("
            + (folder ? "a folder" : "a file")
            + ")");
    out.println(
        file.map(f -> "# from " + Finding.printable(f.file().toString()))
            .orElse("# from no configuration file: the defaults"));
    out.println("include:" + list(config.include()));
    out.println("exclude:" + list(config.exclude()));
    out.println("rules:");
    String relative = config.relativePath(path.toString()).orElse(null);
    for (Rule rule : Rule.values()) {
      RuleLevel level = config.level(rule, relative, folder);
      out.println("  " + rule.id() + ": " + level.label() + origin(config, rule, relative, folder));
    }
    List<String> problems =
        file.map(ConfigFile::findings).orElse(List.of()).stream().map(Object::toString).toList();
    PrintWriter err = spec.commandLine().getErr();
    problems.forEach(err::println);
    return (file.isPresent() && file.get().hasErrors() ? ExitCode.USAGE : ExitCode.OK).code();
  }

  private static Path parentOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("") : parent;
  }

  /**
   * Where a rule's level at a path comes from, as a comment: an override, {@code rules}, or nothing
   * for the default.
   */
  private static String origin(SeedConfig config, Rule rule, String path, boolean folder) {
    Optional<SeedConfig.PathOverride> override = config.decidingOverride(rule, path, folder);
    if (override.isPresent()) {
      return "  # overrides["
          + config.overrides().indexOf(override.get())
          + "]: "
          + String.join(", ", override.get().files());
    }
    return config.rules().containsKey(rule) ? "  # rules" : "";
  }

  private static String list(List<String> patterns) {
    if (patterns.isEmpty()) {
      return " []";
    }
    StringBuilder out = new StringBuilder();
    patterns.forEach(pattern -> out.append("\n  - ").append(YamlText.doubleQuoted(pattern)));
    return out.toString();
  }
}
