package org.seeddoc.internal.source;

import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.spi.ReadFailure;
import org.seeddoc.spi.SourceText;

/**
 * A file split into its front matter and its body: the first line is {@code ---}, the front matter
 * runs to the next line that is exactly {@code ---}, and everything after that line is the body.
 * The front matter is given as where it lies in the file, not as a copy: it is nearly all of a seed
 * file, and the reader reads it in place.
 *
 * @param bom whether the text started with a UTF-8 byte order mark
 * @param frontMatterStart where the YAML between the two {@code ---} lines starts in the file
 * @param frontMatterEnd where it ends, its line endings as read: at the closing line
 * @param body everything after the closing line, exactly as read
 * @param firstCrlfLine the first line of the envelope that ends in CRLF, or 0 when none does
 */
public record Envelope(
    boolean bom, int frontMatterStart, int frontMatterEnd, String body, int firstCrlfLine) {
  private static final String MARKER = "---";

  /** The file line on which the front matter starts. */
  public static final int FRONT_MATTER_LINE = 2;

  /**
   * Splits a file.
   *
   * @param text the decoded file
   * @return its parts
   * @throws ReadFailure when the file has no envelope, or a lone CR in it
   */
  public static Envelope split(String text) {
    boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
    int start = bom ? 1 : 0;
    int firstEnd = lineEnd(text, start);
    if (!isMarker(text, start, firstEnd)) {
      throw new ReadFailure(
          Rule.ENVELOPE,
          new Position(1, 1),
          "the first line must be '---', which opens the front matter");
    }
    int frontMatterStart = Math.min(firstEnd + 1, text.length());
    int closing = closingLine(text, frontMatterStart);
    int cr = text.indexOf('\r', start);
    if (cr >= 0 && (closing < 0 || cr < lineEnd(text, closing))) {
      return splitCheckingLineEndings(text, bom, start, firstEnd);
    }
    if (closing < 0) {
      throw unclosed();
    }
    int closingEnd = lineEnd(text, closing);
    String body = closingEnd < text.length() ? text.substring(closingEnd + 1) : "";
    return new Envelope(bom, frontMatterStart, closing, body, 0);
  }

  /**
   * Where the line that closes the front matter starts, or -1: found by searching for the marker,
   * not by walking every line, since a file without CR needs nothing else from its lines.
   */
  private static int closingLine(String text, int from) {
    for (int at = from; at <= text.length() - MARKER.length(); ) {
      int candidate =
          at == from && text.startsWith(MARKER, at) ? at : text.indexOf("\n" + MARKER, at - 1) + 1;
      if (candidate <= 0 || candidate < from) {
        return -1;
      }
      int end = candidate + MARKER.length();
      if (end == text.length() || text.charAt(end) == '\n' || (text.startsWith("\r\n", end))) {
        return candidate;
      }
      at = end;
    }
    return -1;
  }

  /** The slow path, for files with a CR: line by line, reporting CRLF and refusing lone CRs. */
  private static Envelope splitCheckingLineEndings(
      String text, boolean bom, int start, int firstEnd) {
    int firstCrlfLine = endsInCr(text, start, firstEnd) ? 1 : 0;
    int frontMatterStart = Math.min(firstEnd + 1, text.length());
    int line = FRONT_MATTER_LINE;
    for (int lineStart = frontMatterStart; lineStart < text.length(); line++) {
      int end = lineEnd(text, lineStart);
      if (firstCrlfLine == 0 && endsInCr(text, lineStart, end)) {
        firstCrlfLine = line;
      }
      if (isMarker(text, lineStart, end)) {
        String body = end < text.length() ? text.substring(end + 1) : "";
        return new Envelope(bom, frontMatterStart, lineStart, body, firstCrlfLine);
      }
      requireNoLoneCr(text, lineStart, end);
      lineStart = end + 1;
    }
    throw unclosed();
  }

  private static ReadFailure unclosed() {
    return new ReadFailure(
        Rule.ENVELOPE,
        new Position(1, 1),
        "the front matter opened on line 1 has no closing '---' line");
  }

  /**
   * Refuses a CR that does not end its line. YAML counts a lone CR as a line break while editors,
   * and the positions of findings, count LF lines: after one, every position would be wrong.
   */
  private static void requireNoLoneCr(String text, int start, int end) {
    int contentEnd = endsInCr(text, start, end) ? end - 1 : end;
    for (int cr = start; cr < contentEnd; cr++) {
      if (text.charAt(cr) == '\r') {
        throw new ReadFailure(
            Rule.SYNTAX,
            SourceText.of(text).positionOfChar(cr),
            "a carriage return (CR) that does not end a line; write it as \"\\r\" inside double quotes");
      }
    }
  }

  /** The index of the line's {@code \n}, or the text's length for a last line without one. */
  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  private static boolean endsInCr(String text, int start, int end) {
    return end > start && end < text.length() && text.charAt(end - 1) == '\r';
  }

  private static boolean isMarker(String text, int start, int end) {
    int contentEnd = endsInCr(text, start, end) ? end - 1 : end;
    return contentEnd - start == MARKER.length() && text.startsWith(MARKER, start);
  }
}
