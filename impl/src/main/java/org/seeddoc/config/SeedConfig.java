package org.seeddoc.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.config.internal.ConfigParser;
import org.seeddoc.config.internal.Globs;

/**
 * What a {@code .seeddoc.yaml} file says, or the same settings made in code: which files a folder
 * search takes ({@code include}, {@code exclude}), the level of each rule ({@code rules}) and
 * levels for some files only ({@code overrides}). Globs have gitignore semantics and are relative
 * to the configuration's {@link #root() root}, the folder of its file. {@code docs/config.md}
 * describes the file.
 *
 * <pre>{@code
 * SeedConfig config = SeedConfig.builder()
 *     .rule(Rule.PROVIDER_DOMAIN, RuleLevel.OFF)
 *     .override(List.of("archive/"), Map.of(Rule.HTTP, RuleLevel.OFF))
 *     .build();
 * SeedValidator validator = SeedValidator.builder().config(config).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SeedConfig {
  /** The name of the configuration file a folder search looks for. */
  public static final String FILE_NAME = ".seeddoc.yaml";

  /** What a folder search takes when the configuration does not say. */
  public static final List<String> DEFAULT_INCLUDE = List.of("*.txt", "*.md");

  private final Path root;
  private final Globs include;
  private final Globs exclude;
  private final Map<Rule, RuleLevel> rules;
  private final List<PathOverride> overrides;

  /** The globs of each override's files, compiled once. */
  private final List<Globs> overrideFiles;

  /** The hash, once asked for; 0 until then. */
  private int hash;

  private SeedConfig(Builder builder) {
    this.root = builder.root.toAbsolutePath().normalize();
    this.include = Globs.of(builder.include);
    this.exclude = Globs.of(builder.exclude);
    this.rules = Collections.unmodifiableMap(new EnumMap<>(builder.rules));
    this.overrides = List.copyOf(builder.overrides);
    this.overrideFiles = overrides.stream().map(override -> Globs.of(override.files())).toList();
  }

  /**
   * Levels for the files some globs match.
   *
   * @param files gitignore patterns, relative to the configuration's root
   * @param rules the level of each rule for those files
   */
  public record PathOverride(List<String> files, Map<Rule, RuleLevel> rules) {
    /**
     * Checks and copies the components.
     *
     * @param files gitignore patterns, at least one
     * @param rules the level of each rule for those files
     * @throws IllegalArgumentException when there is no pattern, a pattern is not a valid glob, or
     *     a rule is {@linkplain Rule#isFatal() fatal}
     */
    public PathOverride {
      files = List.copyOf(files);
      rules.keySet().forEach(SeedConfig::requireConfigurable);
      rules = rules.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(rules));
      if (files.isEmpty()) {
        throw new IllegalArgumentException("an override needs at least one pattern in files");
      }
      Globs.of(files);
    }
  }

  /**
   * The configuration used when there is none: every rule at its default level, folders searched
   * for {@link #DEFAULT_INCLUDE}, rooted at the current folder. The same instance every time, so
   * {@code config == SeedConfig.defaults()} says that no configuration file governs a file.
   *
   * @return the defaults
   */
  public static SeedConfig defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Made when first asked for: its globs are compiled only when something is matched against them.
   */
  private static final class Defaults {
    static final SeedConfig INSTANCE = builder().build();
  }

  /**
   * A builder, with the defaults, rooted at the current folder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this configuration's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder =
        new Builder().root(root).include(include.patterns()).exclude(exclude.patterns());
    builder.rules.putAll(rules);
    builder.overrides.addAll(overrides);
    return builder;
  }

  /**
   * Reads a configuration file. Bad content is never thrown: each unknown key or bad value is an
   * SD013 finding at its line and column, and is left out of the configuration, which keeps the
   * rest. A file that cannot be read is one SD013 finding.
   *
   * @param file the {@code .seeddoc.yaml} file
   * @return the configuration, rooted at the file's folder, with the findings
   */
  public static ConfigFile read(Path file) {
    return ConfigParser.read(file);
  }

  /**
   * The folder globs are relative to: the configuration file's folder, or the current folder for a
   * configuration made in code unless {@link Builder#root(Path)} says otherwise.
   *
   * @return an absolute, normal path
   */
  public Path root() {
    return root;
  }

  /**
   * The patterns of files a folder search takes.
   *
   * @return gitignore patterns; unmodifiable
   */
  public List<String> include() {
    return include.patterns();
  }

  /**
   * The patterns of files and folders a folder search leaves out.
   *
   * @return gitignore patterns; unmodifiable
   */
  public List<String> exclude() {
    return exclude.patterns();
  }

  /**
   * The levels set for every file.
   *
   * @return each configured rule's level; unmodifiable
   */
  public Map<Rule, RuleLevel> rules() {
    return rules;
  }

  /**
   * The overrides, in order: where two match a file, the later one wins.
   *
   * @return the overrides; unmodifiable
   */
  public List<PathOverride> overrides() {
    return overrides;
  }

  /**
   * The level of a rule for a path: the last override that matches it and names the rule, or else
   * {@code rules}, or else the rule's default severity.
   *
   * @param rule a rule
   * @param path a path relative to the root with {@code /} between parts, or null for a source
   *     outside the root, to which overrides do not apply
   * @param directory whether the path is a folder
   * @return the level
   */
  public RuleLevel level(Rule rule, String path, boolean directory) {
    return decidingOverride(rule, path, directory)
        .map(override -> override.rules().get(rule))
        .orElseGet(() -> rules.getOrDefault(rule, RuleLevel.of(rule.severity())));
  }

  /**
   * The override that decides a rule's level for a path: the last one that matches the path and
   * names the rule.
   *
   * @param rule a rule
   * @param path a path relative to the root with {@code /} between parts, or null for a source
   *     outside the root
   * @param directory whether the path is a folder
   * @return the override, or empty when {@code rules} or the default decides
   */
  public Optional<PathOverride> decidingOverride(Rule rule, String path, boolean directory) {
    if (path != null) {
      for (int i = overrides.size() - 1; i >= 0; i--) {
        if (overrides.get(i).rules().containsKey(rule)
            && overrideFiles.get(i).matches(path, directory)) {
          return Optional.of(overrides.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Findings at the levels this configuration gives their rules, for the file each names as its
   * source: findings of a rule that is off are left out, the others get their rule's level as their
   * severity.
   *
   * @param findings findings, such as a validator's
   * @return the findings kept, in the same order; unmodifiable
   */
  public List<Finding> applyTo(List<Finding> findings) {
    if (rules.isEmpty() && overrides.isEmpty()) {
      return List.copyOf(findings);
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    String source = null;
    String path = null;
    for (Finding finding : findings) {
      if (!finding.source().equals(source)) {
        source = finding.source();
        path = relativePath(source).orElse(null);
      }
      RuleLevel level = level(finding.rule(), path, false);
      level.severity().ifPresent(severity -> kept.add(finding.withSeverity(severity)));
    }
    return Collections.unmodifiableList(kept);
  }

  /**
   * A file's path relative to the root, as globs match it.
   *
   * @param file a path, relative to the current folder or absolute
   * @return the path relative to the root with {@code /} between parts, or empty for a path outside
   *     the root or a name that is not a path
   */
  public Optional<String> relativePath(String file) {
    try {
      Path relative = root.relativize(Path.of(file).toAbsolutePath().normalize());
      if (relative.startsWith("..")) {
        return Optional.empty();
      }
      List<String> parts = new ArrayList<>();
      relative.forEach(part -> parts.add(part.toString()));
      return Optional.of(String.join("/", parts));
    } catch (
        IllegalArgumentException
            e) { // InvalidPathException too: a source such as "<stdin>" on Windows
      return Optional.empty();
    }
  }

  /**
   * Whether {@code include} matches a file, so that a folder search takes it if it opens front
   * matter and {@code exclude} does not match it.
   *
   * @param path the file's path relative to the root
   * @return true when an include glob matches
   */
  public boolean includes(String path) {
    return include.matches(path, false);
  }

  /**
   * Whether {@code exclude} matches a file or folder, so that a folder search leaves it out.
   *
   * @param path the path relative to the root
   * @param directory whether the path is a folder
   * @return true when an exclude glob matches it, or a folder that holds it
   */
  public boolean excludes(String path, boolean directory) {
    return exclude.matches(path, directory);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SeedConfig that
        && root.equals(that.root)
        && include().equals(that.include())
        && exclude().equals(that.exclude())
        && rules.equals(that.rules)
        && overrides.equals(that.overrides);
  }

  @Override
  public int hashCode() {
    // Kept: the cache asks for it once per file checked.
    int h = hash;
    if (h == 0) {
      h = Objects.hash(root, include(), exclude(), rules, overrides);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "SeedConfig[root="
        + root
        + ", include="
        + include()
        + ", exclude="
        + exclude()
        + ", rules="
        + rules
        + ", overrides="
        + overrides
        + "]";
  }

  private static Rule requireConfigurable(Rule rule) {
    if (rule.isFatal()) {
      throw new IllegalArgumentException(
          rule.id() + " means the file cannot be read as a seed document; it cannot be configured");
    }
    return rule;
  }

  /** Builds a {@link SeedConfig}. Not thread-safe; each call returns the builder. */
  public static final class Builder {
    private Path root = Path.of("");
    private List<String> include = DEFAULT_INCLUDE;
    private List<String> exclude = List.of();
    private final Map<Rule, RuleLevel> rules = new EnumMap<>(Rule.class);
    private final List<PathOverride> overrides = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the folder globs are relative to.
     *
     * @param root a folder
     * @return this builder
     */
    public Builder root(Path root) {
      this.root = Objects.requireNonNull(root, "root");
      return this;
    }

    /**
     * Sets the patterns of files a folder search takes.
     *
     * @param patterns gitignore patterns
     * @return this builder
     * @throws IllegalArgumentException when a pattern is not a valid glob
     */
    public Builder include(List<String> patterns) {
      Globs.of(patterns);
      this.include = List.copyOf(patterns);
      return this;
    }

    /**
     * Sets the patterns of files and folders a folder search leaves out.
     *
     * @param patterns gitignore patterns
     * @return this builder
     * @throws IllegalArgumentException when a pattern is not a valid glob
     */
    public Builder exclude(List<String> patterns) {
      Globs.of(patterns);
      this.exclude = List.copyOf(patterns);
      return this;
    }

    /**
     * Sets a rule's level for every file.
     *
     * @param rule the rule
     * @param level its level
     * @return this builder
     * @throws IllegalArgumentException when the rule is {@linkplain Rule#isFatal() fatal}
     */
    public Builder rule(Rule rule, RuleLevel level) {
      rules.put(
          requireConfigurable(Objects.requireNonNull(rule, "rule")),
          Objects.requireNonNull(level, "level"));
      return this;
    }

    /**
     * Adds an override, which wins over the ones added before it.
     *
     * @param files gitignore patterns of the files it applies to
     * @param levels the level of each rule for those files
     * @return this builder
     * @throws IllegalArgumentException when there is no pattern, a pattern is not a valid glob, or
     *     a rule is {@linkplain Rule#isFatal() fatal}
     */
    public Builder override(List<String> files, Map<Rule, RuleLevel> levels) {
      overrides.add(new PathOverride(files, levels));
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public SeedConfig build() {
      return new SeedConfig(this);
    }
  }
}
