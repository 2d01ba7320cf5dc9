package org.seeddoc.internal;

/** Field paths as findings name them: {@code provider.domain}, {@code related[0].images[1].url}. */
final class FieldPaths {
  private FieldPaths() {}

  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
