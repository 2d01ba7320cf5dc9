package org.seeddoc.internal;

/** The line of a problem with a caret under its column, as SnakeYAML prints its marks. */
public final class Snippet {
  private static final int WIDTH = 80;

  private Snippet() {}

  /**
   * Shows a line of text with a caret under a column. Tabs become spaces so the caret lines up, and
   * long lines are cut to a window around the column.
   *
   * @param text the whole text
   * @param line the 1-based line
   * @param column the 1-based column, in code points
   * @return two lines, each indented by four spaces, or the empty string when the line does not exist
   */
  public static String of(String text, int line, int column) {
    int start = 0;
    for (int i = 1; i < line; i++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        return "";
      }
    }
    int end = text.indexOf('\n', start);
    int[] codePoints = text.substring(start, end < 0 ? text.length() : end).codePoints()
        .map(c -> c == '\t' || c == '\r' || Character.isISOControl(c) ? ' ' : c)
        .toArray();
    int caret = Math.min(column - 1, codePoints.length);
    int from = Math.max(0, caret - WIDTH / 2);
    int to = Math.min(codePoints.length, from + WIDTH);
    String shown = new String(codePoints, from, to - from);
    return "    " + shown + "\n    " + " ".repeat(caret - from) + "^";
  }
}
