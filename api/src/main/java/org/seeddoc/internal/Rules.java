package org.seeddoc.internal;

/**
 * The ids of the rules the reader reports. Ids never change meaning; {@code docs/rules.md} describes
 * each one.
 */
public final class Rules {
  /** Bytes that are not UTF-8, a UTF-16 or UTF-32 byte order mark, or an unpaired surrogate. */
  public static final String ENCODING = "SD001";
  /** No {@code ---} line opening or closing the front matter. */
  public static final String ENVELOPE = "SD002";
  /** Front matter that is not well-formed YAML. */
  public static final String SYNTAX = "SD003";
  /** A YAML feature seed documents refuse: anchors, aliases, tags, merge keys, complex keys. */
  public static final String REFUSED_FEATURE = "SD004";
  /** A size, depth or length limit of the reader. */
  public static final String LIMIT = "SD005";
  /** A key given twice in one mapping. */
  public static final String DUPLICATE_KEY = "SD006";
  /** Front matter that is empty or not a mapping. */
  public static final String NOT_A_MAPPING = "SD007";
  /** A UTF-8 byte order mark. */
  public static final String BOM = "SD008";
  /** CRLF line endings in the front matter. */
  public static final String CRLF = "SD009";
  /** A required key that is missing. */
  public static final String MISSING_KEY = "SD101";
  /** A value of the wrong type. */
  public static final String WRONG_TYPE = "SD102";
  /** A key the format does not define. */
  public static final String UNKNOWN_KEY = "SD103";
  /** A date that is not {@code yyyy-MM-ddTHH:mm:ssZ} or not a real instant. */
  public static final String DATE = "SD104";

  private Rules() {}
}
