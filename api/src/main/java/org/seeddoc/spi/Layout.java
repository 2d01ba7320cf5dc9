package org.seeddoc.spi;

/**
 * Where the canonical layout puts a field among its mapping's lines ({@code docs/format.md} §4).
 */
public enum Layout {
  /** On the line after the previous field. */
  IN_BLOCK,
  /** After one blank line. */
  NEW_BLOCK,
  /** After one blank line, and after the mapping's unknown fields: the mapping's last block. */
  LAST_BLOCK
}
