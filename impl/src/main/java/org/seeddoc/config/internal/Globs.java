package org.seeddoc.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * A list of glob patterns with the semantics of a {@code .gitignore} file, matched by JGit: a
 * pattern without a slash matches a name at any depth, a leading slash anchors it to the root, a
 * trailing slash matches folders only, {@code **} spans folders, {@code !} negates, and the last
 * pattern that matches decides. A path inside a matched folder is matched too, as git ignores the
 * files of an ignored folder. Immutable and thread-safe.
 */
public final class Globs {
  private static final Globs NONE = new Globs(List.of());

  /**
   * Patterns of these characters alone are valid globs whatever JGit would say, so checking them
   * needs no JGit: the default {@code *.txt} and {@code *.md} do not load it, nor SLF4J, which it
   * logs through.
   */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._*?-]+");

  /**
   * The most runs of {@code *} one part of a glob may have. Against a 255-character name, the
   * longest a file system allows, JGit takes 9 ms at 3 and 243 ms at 4, 30 s at 5.
   */
  static final int MAX_STARS = 3;

  private final List<String> patterns;

  /** JGit's matcher, compiled when a path is first matched; JGit is loaded only then. */
  private volatile IgnoreNode node;

  private Globs(List<String> patterns) {
    this.patterns = patterns;
  }

  /**
   * The globs of a list of patterns.
   *
   * @param patterns gitignore patterns
   * @return the globs
   * @throws IllegalArgumentException naming the first pattern that is not a valid glob
   */
  public static Globs of(List<String> patterns) {
    if (patterns.isEmpty()) {
      return NONE;
    }
    for (String pattern : patterns) {
      String problem = problem(pattern);
      if (problem != null) {
        throw new IllegalArgumentException("'" + pattern + "' " + problem);
      }
    }
    return new Globs(List.copyOf(patterns));
  }

  private IgnoreNode node() {
    IgnoreNode compiled = node;
    if (compiled == null) {
      QuietLogging.start();
      List<FastIgnoreRule> rules = new ArrayList<>();
      for (String pattern : patterns) {
        rules.add(new FastIgnoreRule(pattern));
      }
      compiled = new IgnoreNode(rules);
      node = compiled;
    }
    return compiled;
  }

  /**
   * What is wrong with a pattern, if anything.
   *
   * @param pattern a gitignore pattern
   * @return why it matches nothing, or null for a valid pattern
   */
  public static String problem(String pattern) {
    if (pattern.isBlank()) {
      return "is empty, and matches nothing";
    }
    if (pattern.startsWith("#")) {
      return "starts with '#', which makes it a comment in gitignore syntax; write \\# for a '#'";
    }
    if (pattern.indexOf('\n') >= 0 || pattern.indexOf('\r') >= 0) {
      return "holds a line break";
    }
    int stars = mostStarsInAPart(pattern);
    if (stars > MAX_STARS) {
      return "has "
          + stars
          + " '*' in one part; seeddoc allows "
          + MAX_STARS
          + ", because JGit's matcher, a regular"
          + " expression, takes time exponential in their number for some names";
    }
    if (PLAIN.matcher(pattern).matches()) {
      return null;
    }
    // JGit makes a pattern it cannot compile, such as an unclosed '[', into a rule that matches
    // nothing.
    QuietLogging.start();
    return new FastIgnoreRule(pattern).isEmpty() ? "is not a valid glob" : null;
  }

  /**
   * The most runs of {@code *} in one part of a pattern between slashes, a part that is {@code **}
   * alone (which JGit matches without backtracking) not counted, nor an escaped {@code \\*}.
   */
  private static int mostStarsInAPart(String pattern) {
    int most = 0;
    for (String part : pattern.split("/", -1)) {
      if (part.equals("**")) {
        continue;
      }
      int runs = 0;
      boolean inRun = false;
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c == '*' && !inRun) {
          runs++;
        }
        inRun = c == '*';
        if (c == '\\') {
          i++;
        }
      }
      most = Math.max(most, runs);
    }
    return most;
  }

  /**
   * The patterns, as given.
   *
   * @return the patterns; unmodifiable
   */
  public List<String> patterns() {
    return patterns;
  }

  /**
   * Whether a path is matched: itself, or a folder that holds it.
   *
   * @param path a path relative to the folder the patterns are relative to, parts separated by
   *     {@code /}
   * @param directory whether the path is a folder
   * @return true when matched
   */
  public boolean matches(String path, boolean directory) {
    if (patterns.isEmpty()) {
      return false;
    }
    IgnoreNode node = node();
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (node.isIgnored(path.substring(0, slash), true) == IgnoreNode.MatchResult.IGNORED) {
        return true;
      }
    }
    return node.isIgnored(path, directory) == IgnoreNode.MatchResult.IGNORED;
  }
}
