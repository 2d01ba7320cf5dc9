package org.seeddoc.validation.internal;

import org.bouncycastle.util.encoders.Base64;
import org.bouncycastle.util.encoders.DecoderException;
import org.seeddoc.Secured;

/**
 * The {@code secured} field: exactly one {@code ;} between a payload and a nonce, both canonical
 * padded base64 (standard alphabet, no white space, zero pad bits), a 16-byte nonce and a payload of
 * a non-empty multiple of 16 bytes. Messages show at most the first 16 characters of the value, which
 * is signed material.
 */
final class SecuredCheck {
  private static final int BLOCK = 16;
  private static final int SHOWN = 16;

  private SecuredCheck() {}

  /** The problem with the value, or null when it is valid. */
  static String problem(Secured secured) {
    String text = secured.text();
    int semicolons = 0;
    for (int i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
      semicolons++;
    }
    if (semicolons != 1) {
      return "must be '<base64 payload>;<base64 nonce>' with exactly one ';', found " + semicolons
          + " in \"" + shown(text) + "\"";
    }
    byte[] payload = decode(secured.payload());
    if (payload == null) {
      return "has a payload that is not canonical padded base64: \"" + shown(secured.payload()) + "\"";
    }
    if (payload.length == 0 || payload.length % BLOCK != 0) {
      return "has a payload of " + payload.length + " bytes; it must be a non-empty multiple of " + BLOCK;
    }
    byte[] nonce = decode(secured.nonce());
    if (nonce == null) {
      return "has a nonce that is not canonical padded base64: \"" + shown(secured.nonce()) + "\"";
    }
    if (nonce.length != BLOCK) {
      return "has a nonce of " + nonce.length + " bytes; it must be " + BLOCK;
    }
    return null;
  }

  /**
   * Decodes canonical base64, or returns null. Bouncy Castle's decoder skips white space and accepts
   * non-zero pad bits, so the alphabet is checked first and the round trip after.
   */
  private static byte[] decode(String text) {
    if (text.length() % 4 != 0 || !isBase64Alphabet(text)) {
      return null;
    }
    try {
      byte[] bytes = Base64.decode(text);
      return Base64.toBase64String(bytes).equals(text) ? bytes : null;
    } catch (DecoderException e) {
      return null;
    }
  }

  /** {@code [A-Za-z0-9+/]*={0,2}}, checked by hand: this runs on every document. */
  private static boolean isBase64Alphabet(String text) {
    int end = text.length();
    for (int pad = 0; pad < 2 && end > 0 && text.charAt(end - 1) == '='; pad++) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String shown(String text) {
    return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
  }
}
