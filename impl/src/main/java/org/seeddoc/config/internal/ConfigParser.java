package org.seeddoc.config.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.config.RuleLevel;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.spi.FindingText;
import org.seeddoc.spi.ReadFailure;
import org.seeddoc.spi.ReaderLimits;
import org.seeddoc.spi.Utf8Source;
import org.seeddoc.spi.YamlTree;
import org.seeddoc.spi.YamlTree.Mapping;
import org.seeddoc.spi.YamlTree.Node;
import org.seeddoc.spi.YamlTree.Scalar;
import org.seeddoc.spi.YamlTree.Sequence;

/**
 * Reads a {@code .seeddoc.yaml} file, as seed front matter is read, into a {@link SeedConfig}. What
 * it cannot use is an SD013 finding at the key or value, with the field path of the setting ({@code
 * overrides[1].rules.SD205}), and is left out; the rest of the file still applies.
 */
public final class ConfigParser {
  private static final Position START = new Position(1, 1);
  private static final String KEYS = "include, exclude, rules and overrides";
  private static final String LEVELS = "off, warning or error";
  private static final int MAX_SHOWN = 40;

  private final FindingCollector out;
  private final SeedConfig.Builder builder;

  private ConfigParser(FindingCollector out, SeedConfig.Builder builder) {
    this.out = out;
    this.builder = builder;
  }

  /**
   * Reads a configuration file.
   *
   * @param file the file
   * @return its configuration, rooted at its folder, with a finding for each thing left out
   */
  public static ConfigFile read(Path file) {
    FindingCollector out = new FindingCollector(file.toString());
    Path folder = file.toAbsolutePath().normalize().getParent();
    SeedConfig.Builder builder = SeedConfig.builder().root(folder == null ? Path.of("") : folder);
    String notAFile = notARegularFile(file);
    if (notAFile != null) {
      // Never opened: a device would be read for ever, and a folder or a loop says the setup is
      // wrong.
      out.report(
          Rule.CONFIG,
          null,
          START,
          "the configuration file "
              + notAFile
              + "; seeddoc reads a configuration"
              + " only from a regular file");
      return new ConfigFile(file, builder.build(), out.sorted());
    }
    int limit = ReaderLimits.DEFAULTS.maxDocumentSize();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limit + 1);
    } catch (IOException e) {
      out.report(
          Rule.CONFIG,
          null,
          START,
          "cannot read the configuration file: "
              + Finding.printable(String.valueOf(e.getMessage())));
      return new ConfigFile(file, builder.build(), out.sorted());
    }
    if (bytes.length > limit) {
      out.report(
          Rule.CONFIG, null, START, "the configuration file is larger than " + limit + " bytes");
    } else {
      try {
        String text = Utf8Source.decode(bytes, bytes.length);
        new ConfigParser(out, builder)
            .root(
                YamlTree.read(
                    text.startsWith("\uFEFF") ? text.substring(1) : text, ReaderLimits.DEFAULTS));
      } catch (ReadFailure failure) {
        out.report(Rule.CONFIG, null, failure.position(), failure.getMessage());
      }
    }
    return new ConfigFile(file, builder.build(), out.sorted());
  }

  private static String notARegularFile(Path file) {
    if (Files.isRegularFile(file)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      return "is a folder";
    }
    if (Files.isSymbolicLink(file)) {
      return "is a symbolic link to nothing, or a loop of them";
    }
    // A file that is not there is left to the read, whose message names it.
    return Files.exists(file) ? "is a device, a pipe or a socket" : null;
  }

  private void root(Node root) {
    if (root == null) {
      return;
    }
    if (!(root instanceof Mapping mapping)) {
      out.report(
          Rule.CONFIG,
          null,
          root.position(),
          "the configuration must be a mapping of keys ("
              + KEYS
              + ") to values, found "
              + describe(root));
      return;
    }
    for (YamlTree.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      Node value = entry.value();
      switch (key) {
        case "include" -> patterns(key, value).ifPresent(builder::include);
        case "exclude" -> patterns(key, value).ifPresent(builder::exclude);
        case "rules" -> levels(key, value).forEach(builder::rule);
        case "overrides" -> overrides(value);
        default -> unknownKey(entry.key(), null);
      }
    }
  }

  private void overrides(Node node) {
    if (!(node instanceof Sequence list)) {
      wrongType("overrides", "a list of overrides, each with files and rules", node);
      return;
    }
    for (int i = 0; i < list.items().size(); i++) {
      String path = FieldPath.item("overrides", i);
      Node item = list.items().get(i);
      if (!(item instanceof Mapping mapping)) {
        wrongType(path, "a mapping with files and rules", item);
        continue;
      }
      Optional<List<String>> files = Optional.empty();
      Map<Rule, RuleLevel> levels = Map.of();
      boolean hasFiles = false;
      for (YamlTree.Entry entry : mapping.entries()) {
        String key = entry.key().value();
        if (key.equals("files")) {
          hasFiles = true;
          files = patterns(FieldPath.child(path, key), entry.value());
        } else if (key.equals("rules")) {
          levels = levels(FieldPath.child(path, key), entry.value());
        } else {
          unknownKey(entry.key(), path);
        }
      }
      if (!hasFiles) {
        out.report(
            Rule.CONFIG,
            FieldPath.child(path, "files"),
            item.position(),
            "an override needs files: the globs of the files its rules apply to");
      } else if (files.isPresent() && files.get().isEmpty()) {
        out.report(
            Rule.CONFIG,
            FieldPath.child(path, "files"),
            item.position(),
            "an override's files list is empty");
      } else if (files.isPresent()) {
        builder.override(files.get(), levels);
      }
    }
  }

  /**
   * A glob or a list of globs; each bad one is a finding and left out. Empty when the value is not
   * text.
   */
  private Optional<List<String>> patterns(String path, Node node) {
    List<Node> items = node instanceof Sequence list ? list.items() : List.of(node);
    List<String> patterns = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String itemPath = node instanceof Sequence ? FieldPath.item(path, i) : path;
      if (!(item instanceof Scalar scalar) || scalar.isNull()) {
        wrongType(itemPath, "a glob or a list of globs", item);
        if (!(node instanceof Sequence)) {
          return Optional.empty();
        }
        continue;
      }
      String problem = Globs.problem(scalar.value());
      if (problem == null) {
        patterns.add(scalar.value());
      } else {
        out.report(
            Rule.CONFIG,
            itemPath,
            item.position(),
            "the glob " + quoted(scalar.value()) + " " + problem);
      }
    }
    // A list whose every glob is bad keeps the default, rather than becoming a list that matches
    // nothing.
    return !items.isEmpty() && patterns.isEmpty() ? Optional.empty() : Optional.of(patterns);
  }

  /** A mapping of rule ids to levels; each bad entry is a finding and left out. */
  private Map<Rule, RuleLevel> levels(String path, Node node) {
    Map<Rule, RuleLevel> levels = new EnumMap<>(Rule.class);
    if (!(node instanceof Mapping mapping)) {
      wrongType(path, "a mapping of rule ids to " + LEVELS, node);
      return levels;
    }
    for (YamlTree.Entry entry : mapping.entries()) {
      String id = entry.key().value();
      String entryPath = FieldPath.child(path, id);
      Optional<Rule> rule = Rule.forId(id);
      if (rule.isEmpty()) {
        out.report(
            Rule.CONFIG,
            entryPath,
            entry.key().position(),
            quoted(id) + " is not a rule id; the rules are listed in docs/rules.md");
        continue;
      }
      if (rule.get() == Rule.CONFIG) {
        out.report(
            Rule.CONFIG,
            entryPath,
            entry.key().position(),
            "SD013 is about this file and cannot be configured in it");
        continue;
      }
      if (rule.get().isFatal()) {
        out.report(
            Rule.CONFIG,
            entryPath,
            entry.key().position(),
            id
                + " means the file cannot be read as a seed"
                + " document; it is always an error and cannot be configured");
        continue;
      }
      Optional<RuleLevel> level =
          entry.value() instanceof Scalar scalar && !scalar.isNull()
              ? RuleLevel.forLabel(scalar.value())
              : Optional.empty();
      if (level.isEmpty()) {
        out.report(
            Rule.CONFIG,
            entryPath,
            entry.value().position(),
            "expected " + LEVELS + " for " + id + ", found " + describe(entry.value()));
        continue;
      }
      levels.put(rule.get(), level.get());
    }
    return levels;
  }

  private void unknownKey(Scalar key, String mapping) {
    String allowed = mapping == null ? KEYS : "files and rules";
    out.report(
        Rule.CONFIG,
        FieldPath.child(mapping == null ? "" : mapping, key.value()),
        key.position(),
        "unknown key " + quoted(key.value()) + "; the keys are " + allowed);
  }

  private void wrongType(String path, String expected, Node found) {
    out.report(
        Rule.CONFIG,
        path,
        found.position(),
        "expected " + expected + " for " + path + ", found " + describe(found));
  }

  private static String describe(Node node) {
    if (node instanceof Scalar scalar) {
      return scalar.isNull() ? "nothing (null)" : quoted(scalar.value());
    }
    return node instanceof Mapping ? "a mapping" : "a list";
  }

  private static String quoted(String text) {
    return FindingText.quoted(text, MAX_SHOWN);
  }
}
