package org.seeddoc.spi;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.seeddoc.Position;
import org.seeddoc.Rule;

/** Turns the bytes of a file into text, refusing anything that is not UTF-8 at its position. */
public final class Utf8Source {
  private Utf8Source() {}

  /**
   * Decodes strict UTF-8. A leading UTF-8 byte order mark is kept as U+FEFF for the envelope to
   * report; UTF-16 and UTF-32 marks are refused, since a UTF-8 decoder would read them as garbage.
   *
   * @param bytes the file's bytes
   * @param length how many of them to decode
   * @return the text
   * @throws ReadFailure at the first byte that is not UTF-8, or at a UTF-16 or UTF-32 mark
   */
  public static String decode(byte[] bytes, int length) {
    if (startsWith(bytes, length, 0x00, 0x00, 0xFE, 0xFF)
        || startsWith(bytes, length, 0xFF, 0xFE, 0x00, 0x00)) {
      throw new ReadFailure(
          Rule.ENCODING,
          new Position(1, 1),
          "the file starts with a UTF-32 byte order mark; seed documents are UTF-8");
    }
    if (startsWith(bytes, length, 0xFE, 0xFF) || startsWith(bytes, length, 0xFF, 0xFE)) {
      throw new ReadFailure(
          Rule.ENCODING,
          new Position(1, 1),
          "the file starts with a UTF-16 byte order mark; seed documents are UTF-8");
    }
    String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    // The lenient decoder is several times faster than a CharsetDecoder, and it turns every
    // malformed sequence into U+FFFD; only a text with that character needs the strict pass, which
    // tells a real U+FFFD from an error and finds where the error is.
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw new ReadFailure(
          Rule.ENCODING,
          SourceText.positionOfByte(bytes, at),
          String.format("invalid UTF-8: byte 0x%02X at offset %d", bytes[at] & 0xFF, at));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Refuses text that no UTF-8 file could hold: an unpaired surrogate.
   *
   * @param text the text a reader was given
   * @throws ReadFailure at the first unpaired surrogate
   */
  public static void requireWellFormed(String text) {
    int at = firstLoneSurrogate(text);
    if (at >= 0) {
      throw new ReadFailure(
          Rule.ENCODING,
          SourceText.of(text).positionOfChar(at),
          String.format(
              "unpaired surrogate U+%04X; the text cannot be UTF-8", (int) text.charAt(at)));
    }
  }

  /**
   * Where the first unpaired surrogate of a text is, which no UTF-8 file can hold.
   *
   * @param text the text
   * @return its index, or -1 when every surrogate is paired
   */
  public static int firstLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
