package org.seeddoc.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seeddoc.Finding;

/**
 * The one escaping rule for text from a file that a finding shows: values quoted in messages, fixes
 * and file names, in every output format. Nothing a file holds can break an output line, forge
 * another finding, move a terminal's cursor or reorder what follows it.
 */
public final class FindingText {
  private static final String FAILED_ON = "seeddoc failed on this file (please report it): ";

  /** The most of the secured value any message or snippet shows. */
  private static final int SECURED_SHOWN = 16;

  private static final Pattern SECURED_LINE =
      Pattern.compile("^ *[\"']?" + SeedSchema.SECURED_KEY + "[\"']? *: *[\"']?");

  private FindingText() {}

  /**
   * A value as a message quotes it: double-quoted with YAML's escapes, as the canonical layout
   * would write it, bidi controls escaped too, and cut with {@code …} so that what is shown between
   * the quotes is at most a number of characters, escapes counted as they are printed and never
   * split.
   *
   * @param text the value
   * @param maxChars how many characters of it to show at most, escapes included
   * @return the quoted value
   */
  public static String quoted(String text, int maxChars) {
    String escaped = YamlText.doubleQuoted(withoutLoneSurrogates(text));
    String inner = escaped.substring(1, escaped.length() - 1);
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    int i = 0;
    while (i < inner.length()) {
      int length =
          inner.charAt(i) == '\\'
              ? escapeLength(inner, i)
              : Character.charCount(inner.codePointAt(i));
      String unit = Finding.printable(inner.substring(i, i + length));
      int units = unit.codePointCount(0, unit.length());
      if (shown + units > maxChars) {
        break;
      }
      out.append(unit);
      shown += units;
      i += length;
    }
    return out.append(i < inner.length() ? "…\"" : "\"").toString();
  }

  /**
   * The length of the YAML escape at a backslash: an x escape is 4 characters, a u escape 6, a
   * letter 2.
   */
  private static int escapeLength(String escaped, int at) {
    char kind = at + 1 < escaped.length() ? escaped.charAt(at + 1) : ' ';
    int length =
        switch (kind) {
          case 'x' -> 4;
          case 'u' -> 6;
          case 'U' -> 10;
          default -> 2;
        };
    return Math.min(length, escaped.length() - at);
  }

  /**
   * The message of an SD012 finding for a failure of seeddoc's own on a file: a bug, not the file's
   * fault, reported so that the run goes on with the other files.
   *
   * @param e what seeddoc threw
   * @return the message
   */
  public static String failedOn(RuntimeException e) {
    return FAILED_ON + e;
  }

  /**
   * Whether a message is one of {@link #failedOn}'s: seeddoc's own failure, never the file's.
   *
   * @param message a finding's message
   * @return true for a failure of seeddoc's
   */
  public static boolean isFailure(String message) {
    return message.startsWith(FAILED_ON);
  }

  /**
   * A snippet of a file line that, when the line gives the {@code secured} key, shows no more of
   * its value than messages do: 16 characters.
   *
   * @param snippet the line and its caret, as {@code SourceText.snippet} draws them
   * @return the snippet, the value cut short when it is the secured one
   */
  public static String withoutSecrets(String snippet) {
    Matcher key = SECURED_LINE.matcher(snippet);
    if (!key.find()) {
      return snippet;
    }
    int valueStart = key.end();
    int lineEnd = snippet.indexOf('\n');
    int cut = Math.min(lineEnd < 0 ? snippet.length() : lineEnd, valueStart + SECURED_SHOWN);
    return snippet.substring(0, cut)
        + (cut < lineEnd ? "…" : "")
        + (lineEnd < 0 ? "" : snippet.substring(lineEnd));
  }

  /**
   * Printable text of at most a number of characters, escapes counted as printed and never split.
   *
   * @param text the text
   * @param maxChars the most characters to return
   * @return the printable text, without a mark where it was cut
   */
  public static String printable(String text, int maxChars) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      int length = Character.charCount(text.codePointAt(i));
      String unit = Finding.printable(text.substring(i, i + length));
      if (shown + unit.length() > maxChars) {
        break;
      }
      out.append(unit);
      shown += unit.length();
      i += length;
    }
    return out.toString();
  }

  /**
   * Whether a character reorders the text around it when shown (the bidi marks, embeddings,
   * overrides and isolates) or breaks a line in some viewers (U+2028, U+2029): the characters the
   * report formats write as references or escapes although their syntax allows them raw.
   *
   * @param c a character
   * @return true for those
   */
  public static boolean isBidiControlOrSeparator(int c) {
    return c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** A cut, or a value made in code, may hold half a pair, which YAML's writer refuses. */
  private static String withoutLoneSurrogates(String text) {
    StringBuilder out = new StringBuilder(text.length());
    // A lone surrogate is a code point of its own; a pair is one code point above the BMP.
    text.codePoints()
        .forEach(
            c ->
                out.appendCodePoint(
                    c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? 0xFFFD : c));
    return out.toString();
  }
}
