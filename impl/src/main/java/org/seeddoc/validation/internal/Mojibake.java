package org.seeddoc.validation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds text that is UTF-8 decoded as Windows-1252 or Latin-1 ({@code patientâ€™s}) and repairs it.
 *
 * <p>Each character is mapped back to the byte Windows-1252 (or, where that has none, Latin-1) gives
 * it; a run of such bytes that forms a multi-byte UTF-8 sequence is mojibake, and its repair is that
 * sequence decoded. Correct text such as {@code Café}, {@code Straße} or {@code “”} never forms such
 * a sequence: its bytes are a lead byte without continuation bytes, or continuation bytes alone.
 */
final class Mojibake {
  /** For U+0000 to U+00FF and the Windows-1252 punctuation: the byte, or -1. */
  private static final int[] BYTE_OF = new int[0x2123];
  private static final char LEAD_MIN = '\u00C2';
  private static final char LEAD_MAX = '\u00F4';

  static {
    java.util.Arrays.fill(BYTE_OF, -1);
    for (int b = 0x80; b <= 0xFF; b++) {
      BYTE_OF[b] = b;
    }
    String windows1252 = new String(rangeOfBytes(), Charset.forName("windows-1252"));
    for (int b = 0x80; b <= 0x9F; b++) {
      char c = windows1252.charAt(b - 0x80);
      if (c != '\uFFFD' && c < BYTE_OF.length) {
        BYTE_OF[c] = b;
      }
    }
  }

  private Mojibake() {}

  /** The repaired text, or null when the text has no mojibake. */
  static String repair(String text) {
    StringBuilder repaired = null;
    for (int i = firstLead(text); i < text.length(); ) {
      int length = sequenceLength(text, i);
      if (length > 1) {
        String decoded = decode(text, i, length);
        if (decoded != null) {
          if (repaired == null) {
            repaired = new StringBuilder(text.length()).append(text, 0, i);
          }
          repaired.append(decoded);
          i += length;
          continue;
        }
      }
      if (repaired != null) {
        repaired.append(text.charAt(i));
      }
      i++;
    }
    return repaired == null ? null : repaired.toString();
  }

  /**
   * The index of the first character that may stand for a UTF-8 lead byte, or the text's length:
   * only U+00C2 to U+00F4 do, as Windows-1252 gives its own characters to bytes below 0xA0 only.
   * Most texts have none, and this loop is the one that runs on them.
   */
  private static int firstLead(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= LEAD_MIN && c <= LEAD_MAX) {
        return i;
      }
    }
    return text.length();
  }

  /** How many characters a UTF-8 lead byte at {@code i} announces, or 0. */
  private static int sequenceLength(String text, int i) {
    int b = byteOf(text.charAt(i));
    if (b >= 0xC2 && b <= 0xDF) {
      return 2;
    }
    if (b >= 0xE0 && b <= 0xEF) {
      return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static String decode(String text, int start, int length) {
    if (start + length > text.length()) {
      return null;
    }
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      int b = byteOf(text.charAt(start + k));
      if (b < 0) {
        return null;
      }
      bytes[k] = (byte) b;
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int byteOf(char c) {
    return c < BYTE_OF.length ? BYTE_OF[c] : -1;
  }

  private static byte[] rangeOfBytes() {
    byte[] bytes = new byte[0x20];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + i);
    }
    return bytes;
  }
}
