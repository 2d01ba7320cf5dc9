package org.seeddoc;

import java.util.Base64;
import java.util.Objects;

/**
 * The {@code secured} field: a base64 payload and a base64 nonce, written {@code payload;nonce}.
 *
 * <p>Both halves are kept as the text that was read, so that equality and round trip are exact even
 * when the text is not valid base64; a validator decides whether it is. Immutable and thread-safe.
 *
 * @param payload the text before the first {@code ;}, or the whole value when there is none
 * @param nonce the text after the first {@code ;}, or {@code null} when the value has no {@code ;}
 */
public record Secured(String payload, String nonce) {
  /** The most of the value that seeddoc ever shows, as its messages do. */
  private static final int SHOWN = 16;

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param payload the text before the first {@code ;}, or the whole value when there is none
   * @param nonce the text after the first {@code ;}, or {@code null} when the value has no {@code
   *     ;}
   */
  public Secured {
    Objects.requireNonNull(payload, "payload");
  }

  /**
   * Splits a field value at its first {@code ;}.
   *
   * @param text the value of the {@code secured} field
   * @return the two halves; the nonce is null when the text has no {@code ;}
   */
  public static Secured parse(String text) {
    int semicolon = text.indexOf(';');
    return semicolon < 0
        ? new Secured(text, null)
        : new Secured(text.substring(0, semicolon), text.substring(semicolon + 1));
  }

  /**
   * The field value as written in a file.
   *
   * @return {@code payload;nonce}, or the payload alone when there is no nonce
   */
  public String text() {
    return nonce == null ? payload : payload + ";" + nonce;
  }

  /**
   * Shows no more of the value than seeddoc's messages do: its first 16 characters and its length,
   * so that a document logged or printed in a stack trace does not give its secured value away.
   *
   * @return such as {@code Secured[AAECAwQFBgcICQoL… (70 characters)]}
   */
  @Override
  public String toString() {
    String text = text();
    return "Secured["
        + (text.length() <= SHOWN
            ? text
            : text.substring(0, SHOWN) + "… (" + text.length() + " characters)")
        + "]";
  }

  /**
   * Decodes the payload.
   *
   * @return a fresh array with the decoded bytes
   * @throws IllegalArgumentException if the payload is not base64
   */
  public byte[] payloadBytes() {
    return Base64.getDecoder().decode(payload);
  }

  /**
   * Decodes the nonce.
   *
   * @return a fresh array with the decoded bytes
   * @throws IllegalArgumentException if there is no nonce or it is not base64
   */
  public byte[] nonceBytes() {
    if (nonce == null) {
      throw new IllegalArgumentException("the secured value has no ';' and so no nonce");
    }
    return Base64.getDecoder().decode(nonce);
  }
}
