package org.seeddoc.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Field paths as findings and positions name them: {@code provider.domain}, {@code topics[1]},
 * {@code related[0].images[1].url}; the empty path is the document itself. The one place that
 * builds, parses and walks them, for the reader, the validator and the testkit.
 */
public final class FieldPath {
  /**
   * Paths made before, one instance each, by parent path: every document of a corpus has the same
   * few hundred, and the reader, the validator and every findings map made each one afresh, hashing
   * it again each time. Bounded, so that documents of made-up keys cannot grow it without end; past
   * the bound, paths are made as before.
   */
  private static final Map<String, Map<String, String>> CHILDREN = new ConcurrentHashMap<>();

  private static final Map<String, AtomicReferenceArray<String>> ITEMS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 1 << 14;

  /** List items past this index are rare enough to be made each time. */
  private static final int CACHED_ITEMS = 32;

  private static final int MAX_CACHED_LENGTH = 96;
  private static final AtomicInteger CACHED = new AtomicInteger();

  private FieldPath() {}

  /**
   * The path of a key in the mapping at a path.
   *
   * @param parent the mapping's path, empty for the document
   * @param key the key
   * @return the key's path
   */
  public static String child(String parent, String key) {
    if (parent.isEmpty()) {
      return key;
    }
    Map<String, String> children = CHILDREN.get(parent);
    String path = children == null ? null : children.get(key);
    if (path != null) {
      return path;
    }
    path = parent + "." + key;
    if (path.length() <= MAX_CACHED_LENGTH
        && CACHED.get() < MAX_CACHED
        && hasOnlyCachedItems(parent)) {
      String before =
          CHILDREN.computeIfAbsent(parent, p -> new ConcurrentHashMap<>()).putIfAbsent(key, path);
      if (before != null) {
        return before;
      }
      CACHED.incrementAndGet();
    }
    return path;
  }

  /**
   * Whether every list index in a path is one whose item paths are cached: the paths below {@code
   * related[500]} would fill the cache with one document's paths.
   */
  private static boolean hasOnlyCachedItems(String path) {
    for (int open = path.indexOf('['); open >= 0; open = path.indexOf('[', open + 1)) {
      int index = 0;
      int at = open + 1;
      for (;
          at < path.length()
              && path.charAt(at) >= '0'
              && path.charAt(at) <= '9'
              && index < CACHED_ITEMS;
          at++) {
        index = index * 10 + path.charAt(at) - '0';
      }
      // A key may hold a '[' of its own; then its path is not cached either.
      if (at == open + 1
          || at == path.length()
          || path.charAt(at) != ']'
          || index >= CACHED_ITEMS) {
        return false;
      }
    }
    return true;
  }

  /**
   * The path of an item of the list at a path.
   *
   * @param parent the list's path
   * @param index the 0-based index
   * @return the item's path
   */
  public static String item(String parent, int index) {
    if (index >= CACHED_ITEMS) {
      return parent + "[" + index + "]";
    }
    AtomicReferenceArray<String> items = ITEMS.get(parent);
    String path = items == null ? null : items.get(index);
    if (path != null) {
      return path;
    }
    path = parent + "[" + index + "]";
    if (path.length() <= MAX_CACHED_LENGTH
        && CACHED.get() < MAX_CACHED
        && hasOnlyCachedItems(parent)) {
      items = ITEMS.computeIfAbsent(parent, p -> new AtomicReferenceArray<>(CACHED_ITEMS));
      if (!items.compareAndSet(index, null, path)) {
        return items.get(index);
      }
      CACHED.incrementAndGet();
    }
    return path;
  }

  /**
   * The path of what holds a field: the mapping of a key, the list of an item.
   *
   * @param path a non-empty path
   * @return the parent's path, empty for a top-level key
   */
  public static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /**
   * The steps of a path, or empty when the text is not one: a finding's path is built from the keys
   * a file gives, and an unknown key may hold {@code [} or {@code .} ({@code topics[x}).
   *
   * @param path a path, or any text
   * @return the steps, as {@link #steps} gives them, or empty
   */
  public static Optional<List<Object>> stepsIfPath(String path) {
    try {
      return Optional.of(steps(path));
    } catch (IllegalArgumentException notAPath) {
      return Optional.empty();
    }
  }

  /**
   * The steps of a path: keys as strings, list indexes as integers.
   *
   * @param path a path such as {@code related[0].provider.name}
   * @return {@code ["related", 0, "provider", "name"]}; empty for the empty path
   * @throws IllegalArgumentException if the text is not a path
   */
  public static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      if (path.charAt(i) == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("an unclosed '[' in the field path " + path);
        }
        steps.add(Integer.parseInt(path, i + 1, close, 10));
        i = close + 1;
      } else {
        int from = path.charAt(i) == '.' && i > 0 ? i + 1 : i;
        int end = from;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == from) {
          throw new IllegalArgumentException("an empty key in the field path " + path);
        }
        steps.add(path.substring(from, end));
        i = end;
      }
    }
    return steps;
  }
}
