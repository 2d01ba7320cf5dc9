package org.seeddoc.internal.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Field paths as findings and positions name them: {@code provider.domain}, {@code topics[1]},
 * {@code related[0].images[1].url}; the empty path is the document itself. The one place that
 * builds, parses and walks them, for the reader, the validator and the testkit.
 */
public final class FieldPath {
  private FieldPath() {}

  /**
   * The path of a key in the mapping at a path.
   *
   * @param parent the mapping's path, empty for the document
   * @param key the key
   * @return the key's path
   */
  public static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /**
   * The path of an item of the list at a path.
   *
   * @param parent the list's path
   * @param index the 0-based index
   * @return the item's path
   */
  public static String item(String parent, int index) {
    return parent + "[" + index + "]";
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
