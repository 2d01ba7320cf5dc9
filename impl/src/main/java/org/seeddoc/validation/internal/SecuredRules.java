package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.SECURED_KEY;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.bouncycastle.util.encoders.Base64;
import org.seeddoc.Rule;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;

/**
 * The {@code secured} field (SD208): exactly one {@code ;} between a payload and a nonce, both
 * canonical padded base64 (standard alphabet, no white space, zero pad bits), a 16-byte nonce and a
 * payload of a non-empty multiple of 16 bytes. Messages show at most the first 16 characters of the
 * value, which is signed material.
 */
final class SecuredRules implements Rules.OnDocument {
  private static final int BLOCK = 16;
  private static final int SHOWN = 16;

  /** Which ASCII characters are base64 digits: one look-up per character, not five comparisons. */
  private static final boolean[] ALPHABET = new boolean[128];

  static {
    for (char c :
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray()) {
      ALPHABET[c] = true;
    }
  }

  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.SECURED);
  }

  @Override
  public void check(SeedDocument document, Reporter out) {
    if (document.secured() != null) {
      String problem = problem(document.secured());
      if (problem != null) {
        out.report(Rule.SECURED, SECURED_KEY, "'" + SECURED_KEY + "' " + problem, null);
      }
    }
  }

  /** The problem with the value, or null when it is valid. */
  static String problem(Secured secured) {
    // Counted in the parts, not in text(), which builds a string on every call.
    int semicolons =
        semicolons(secured.payload())
            + (secured.nonce() == null ? 0 : 1 + semicolons(secured.nonce()));
    if (semicolons != 1) {
      return "must be '<base64 payload>;<base64 nonce>' with exactly one ';', found "
          + semicolons
          + " in \""
          + shown(secured.text())
          + "\"";
    }
    int payload = decodedLength(secured.payload());
    if (payload < 0) {
      return "has a payload that is not canonical padded base64: \""
          + shown(secured.payload())
          + "\"";
    }
    if (payload == 0 || payload % BLOCK != 0) {
      return "has a payload of " + payload + " bytes; it must be a non-empty multiple of " + BLOCK;
    }
    int nonce = decodedLength(secured.nonce());
    if (nonce < 0) {
      return "has a nonce that is not canonical padded base64: \"" + shown(secured.nonce()) + "\"";
    }
    if (nonce != BLOCK) {
      return "has a nonce of " + nonce + " bytes; it must be " + BLOCK;
    }
    return null;
  }

  private static int semicolons(String text) {
    int count = 0;
    for (int i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
      count++;
    }
    return count;
  }

  /**
   * Decodes canonical base64 and returns how many bytes it holds, or -1. Bouncy Castle's decoder
   * skips white space and accepts non-zero pad bits, so the alphabet and the pad bits are checked
   * first. Only the length is kept: the bytes are signed material no rule reads.
   */
  private static int decodedLength(String text) {
    if (text.length() % 4 != 0 || !isBase64Alphabet(text) || !hasZeroPadBits(text)) {
      return -1;
    }
    try {
      return Base64.decode(text, OutputStream.nullOutputStream());
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Whether a padded last group carries no bits its padding drops ({@code QQ==}, not {@code QR==}):
   * the one text of those bytes that encoding them gives back.
   */
  private static boolean hasZeroPadBits(String text) {
    int length = text.length();
    if (length == 0 || text.charAt(length - 1) != '=') {
      return true;
    }
    boolean twoPads = text.charAt(length - 2) == '=';
    int lastBits = sextet(text.charAt(length - (twoPads ? 3 : 2)));
    return (lastBits & (twoPads ? 0x0F : 0x03)) == 0;
  }

  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : 63;
  }

  /**
   * {@code [A-Za-z0-9+/]*={0,2}}, checked by hand: this runs on every document, and Bouncy Castle's
   * decoder skips white space and refuses other characters only by throwing.
   */
  private static boolean isBase64Alphabet(String text) {
    int end = text.length();
    for (int pad = 0; pad < 2 && end > 0 && text.charAt(end - 1) == '='; pad++) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= ALPHABET.length || !ALPHABET[c]) {
        return false;
      }
    }
    return true;
  }

  private static String shown(String text) {
    return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
  }
}
