package org.seeddoc.testkit.fuzz;

import java.util.function.LongBinaryOperator;

/**
 * Choices read from a byte array, front to back: each choice takes as many bytes as its range needs
 * (one byte for up to 256 values) and, once the bytes run out, is the range's minimum. The same
 * bytes make the same choices, so an input is replayed by passing its bytes again.
 */
final class ByteChoices implements LongBinaryOperator {
  private final byte[] bytes;
  private int next;

  ByteChoices(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  @Override
  public long applyAsLong(long min, long max) {
    long span = max - min; // unsigned: the range holds span + 1 values
    long raw = 0;
    for (long left = span; left != 0 && next < bytes.length; left >>>= 8) {
      raw = raw << 8 | (bytes[next++] & 0xFF);
    }
    return span == -1 ? min + raw : min + Long.remainderUnsigned(raw, span + 1);
  }
}
