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
 * <p>Each character is mapped back to the byte Windows-1252 (or, where that has none, Latin-1)
 * gives it; a run of such bytes that forms a multi-byte UTF-8 sequence is mojibake, and its repair
 * is that sequence decoded. Correct text such as {@code Café}, {@code Straße} or {@code “”} never
 * forms such a sequence: its bytes are a lead byte without continuation bytes, or continuation
 * bytes alone.
 *
 * <p>Held to ftfy's test cases ({@code MojibakeReferenceTest}), three cautions of ftfy's own apply:
 * a sequence whose lead is not {@code Â} or {@code Ã} and whose continuation is typographic
 * punctuation ({@code Õ…}, {@code É’}, {@code ×”}) is text, not mojibake; a sequence that decodes
 * to a control, a combining mark or an IPA letter is no repair; and the closing quote {@code ”},
 * whose last byte 0x9D Windows-1252 does not define and which is lost in the wild, is repaired from
 * {@code â€} before a space or the end. A text is repaired in up to three layers (mojibake of
 * mojibake); a fix is offered only when no layer leaves the start of a sequence unrepaired ({@code
 * Ã¥}, {@code â€x}), so that no fix leaves mojibake behind.
 */
final class Mojibake {
  /** For U+0000 to U+00FF and the Windows-1252 punctuation: the byte, or -1. */
  private static final int[] BYTE_OF = new int[0x2123];

  private static final char LEAD_MIN = '\u00C2';
  private static final char LEAD_MAX = '\u00F4';
  private static final int LAYERS = 3;

  /** The characters Windows-1252 gives the bytes 0x80 to 0x9F, U+FFFD where it gives none. */
  private static final String WINDOWS_1252 =
      new String(rangeOfBytes(), Charset.forName("windows-1252"));

  /**
   * What was found in a text with mojibake.
   *
   * @param fix the text repaired, or null when no repair is safe to offer
   */
  record Found(String fix) {}

  /** One layer's repair: the text, and whether it left no start of a sequence unrepaired. */
  private record Layer(String text, boolean complete) {}

  static {
    java.util.Arrays.fill(BYTE_OF, -1);
    for (int b = 0x80; b <= 0xFF; b++) {
      BYTE_OF[b] = b;
    }
    for (int b = 0x80; b <= 0x9F; b++) {
      char c = WINDOWS_1252.charAt(b - 0x80);
      if (c != '\uFFFD' && c < BYTE_OF.length) {
        BYTE_OF[c] = b;
      }
    }
  }

  private Mojibake() {}

  /**
   * Whether a text has mojibake, and its repair.
   *
   * @param text the text
   * @return what was found, or null when the text has none
   */
  static Found find(String text) {
    Layer layer = layer(text, false);
    if (layer == null) {
      return null;
    }
    for (int round = 1; layer.complete(); round++) {
      Layer next = layer(layer.text(), true);
      if (next == null) {
        return new Found(layer.text());
      }
      if (round == LAYERS) {
        return new Found(null); // mojibake still after the last layer
      }
      layer = next;
    }
    return new Found(null);
  }

  /** The repaired text, or null when the text has no mojibake or no safe repair. */
  static String repair(String text) {
    Found found = find(text);
    return found == null ? null : found.fix();
  }

  /**
   * One layer of repair, or null when no sequence in the text is mojibake. Below the first layer,
   * only the leads of mojibake of mojibake count ({@code Ã¢â‚¬â„¢}, {@code Ã°Å¸}): Â, Ã, â and ð.
   */
  private static Layer layer(String text, boolean deeper) {
    StringBuilder repaired = null;
    boolean complete = true;
    for (int i = firstLead(text); i < text.length(); ) {
      int length = sequenceLength(text, i);
      if (deeper && "\u00C2\u00C3\u00E2\u00F0".indexOf(text.charAt(i)) < 0) {
        length = 0;
      }
      String decoded = length > 1 && !apostropheS(text, i) ? decode(text, i, length) : null;
      if (decoded == null && lostClosingQuote(text, i)) {
        decoded = "\u201D";
        length = 2;
      }
      if (decoded != null && i > 0 && isTypographicContinuation(text.charAt(i - 1))) {
        complete =
            false; // ‚Ä¶: a stray continuation before the sequence says another encoding made it
      }
      if (decoded != null) {
        if (repaired == null) {
          repaired = new StringBuilder(text.length()).append(text, 0, i);
        }
        repaired.append(decoded);
        i += length;
        continue;
      }
      complete &= !startsPartialSequence(text, i);
      char c = text.charAt(i);
      if (repaired != null) {
        // A C1 control alone is a Windows-1252 byte read as Latin-1: its character, as ftfy gives
        // it.
        repaired.append(
            c >= 0x80 && c <= 0x9F && WINDOWS_1252.charAt(c - 0x80) != '\uFFFD'
                ? WINDOWS_1252.charAt(c - 0x80)
                : c);
      }
      i++;
    }
    if (repaired == null) {
      return null;
    }
    return new Layer(repaired.toString(), complete);
  }

  /**
   * A Windows-1252 punctuation character whose byte is a UTF-8 continuation byte, such as ‚ or ….
   */
  private static boolean isTypographicContinuation(char c) {
    int b = byteOf(c);
    return c > 0xFF && b >= 0x80 && b <= 0xBF;
  }

  /**
   * Whether a character left as it is still reads as the start of mojibake: a lead byte's character
   * followed by a continuation byte's ({@code Ã¥}, {@code â€x}), which a fix must not leave behind.
   */
  private static boolean startsPartialSequence(String text, int i) {
    int lead = byteOf(text.charAt(i));
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    int next = byteOf(after);
    // The common leads also before what a lost byte leaves: a space (0xA0 read as one), '?' or
    // U+FFFD.
    boolean lost =
        (lead >= 0xC2 && lead <= 0xC5 || lead == 0xE2)
            && (after == ' ' || after == '?' || after == '\uFFFD');
    return lead >= 0xC2 && lead <= 0xF4 && (next >= 0x80 && next <= 0xBF || lost);
  }

  /**
   * {@code Ã’s}: the letter Ã and an apostrophe s, which ftfy too reads as text, not as {@code Ò}.
   */
  private static boolean apostropheS(String text, int i) {
    return text.startsWith("\u00C3\u2019", i)
        && (i + 2 == text.length() || text.charAt(i + 2) == 's');
  }

  /**
   * {@code â€} (E2 80) where the third byte, 0x9D of {@code ”}, was lost: before a space or the
   * end.
   */
  private static boolean lostClosingQuote(String text, int i) {
    return text.startsWith("\u00E2\u20AC", i)
        && (i + 2 == text.length() || Character.isWhitespace(text.charAt(i + 2)));
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
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String decoded;
    try {
      decoded = strict.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    return isPlausible(bytes, decoded) ? decoded : null;
  }

  /** ftfy's cautions: see the class comment. */
  private static boolean isPlausible(byte[] bytes, String decoded) {
    int lead = bytes[0] & 0xFF;
    int continuation = bytes[1] & 0xFF;
    if (bytes.length == 2 && lead != 0xC2 && lead != 0xC3 && continuation <= 0xA0) {
      return false;
    }
    if (bytes.length == 3 && lead != 0xE2 && continuation <= 0x9F && (bytes[2] & 0xFF) <= 0x9F) {
      return false; // Brontë…”: a letter and two marks of punctuation, not a Korean syllable
    }
    if (lead == 0xD7 && continuation >= 0xA2 && continuation <= 0xA5) {
      return false; // 5×£35: a multiplication sign before a currency sign, not a Hebrew letter
    }
    int c = decoded.codePointAt(0);
    int type = Character.getType(c);
    return !(c >= 0x80 && c <= 0x9F)
        && (c < 0x0180 || c > 0x036F)
        && (c < 0x1D00 || c > 0x1DBF)
        && type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK
        && type != Character.MODIFIER_LETTER
        && type != Character.MODIFIER_SYMBOL
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE;
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
