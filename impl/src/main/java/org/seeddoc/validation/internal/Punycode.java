package org.seeddoc.validation.internal;

/**
 * Punycode, exactly as RFC 3492 section 6 gives it, on code points. {@link java.net.IDN} is not used
 * here: it applies IDNA's nameprep mapping first, which changes some characters, and the AMP Cache
 * algorithm wants the bare encoding.
 */
final class Punycode {
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;
  private static final char DELIMITER = '-';

  private Punycode() {}

  /** Encodes a label; the result has no {@code xn--} prefix. */
  static String encode(String input) {
    int[] codePoints = input.codePoints().toArray();
    StringBuilder output = new StringBuilder();
    for (int c : codePoints) {
      if (c < INITIAL_N) {
        output.append((char) c);
      }
    }
    int basic = output.length();
    int handled = basic;
    if (basic > 0) {
      output.append(DELIMITER);
    }
    int n = INITIAL_N;
    long delta = 0;
    int bias = INITIAL_BIAS;
    while (handled < codePoints.length) {
      int m = Integer.MAX_VALUE;
      for (int c : codePoints) {
        if (c >= n && c < m) {
          m = c;
        }
      }
      delta += (long) (m - n) * (handled + 1);
      n = m;
      for (int c : codePoints) {
        if (c < n) {
          delta++;
        }
        if (c == n) {
          long q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = threshold(k, bias);
            if (q < t) {
              break;
            }
            output.append(digit((int) (t + (q - t) % (BASE - t))));
            q = (q - t) / (BASE - t);
          }
          output.append(digit((int) q));
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return output.toString();
  }

  /**
   * Decodes a label given without its {@code xn--} prefix.
   *
   * @throws IllegalArgumentException if it is not valid Punycode
   */
  static String decode(String input) {
    int delimiter = input.lastIndexOf(DELIMITER);
    StringBuilder output = new StringBuilder();
    for (int j = 0; j < Math.max(delimiter, 0); j++) {
      if (input.charAt(j) >= INITIAL_N) {
        throw new IllegalArgumentException("not Punycode: a non-basic code point before the delimiter");
      }
      output.append(input.charAt(j));
    }
    int[] result = output.codePoints().toArray();
    int length = result.length;
    int n = INITIAL_N;
    long i = 0;
    int bias = INITIAL_BIAS;
    for (int in = delimiter > 0 ? delimiter + 1 : 0; in < input.length(); ) {
      long oldi = i;
      long w = 1;
      for (int k = BASE; ; k += BASE) {
        if (in >= input.length()) {
          throw new IllegalArgumentException("not Punycode: truncated");
        }
        int digit = digitValue(input.charAt(in++));
        i += digit * w;
        int t = threshold(k, bias);
        if (digit < t) {
          break;
        }
        w *= BASE - t;
        if (i > Integer.MAX_VALUE || w > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("not Punycode: overflow");
        }
      }
      bias = adapt(i - oldi, length + 1, oldi == 0);
      n += (int) (i / (length + 1));
      i %= length + 1;
      if (n > Character.MAX_CODE_POINT || (n >= Character.MIN_SURROGATE && n <= Character.MAX_SURROGATE)) {
        throw new IllegalArgumentException("not Punycode: not a code point");
      }
      if (length == result.length) {
        result = java.util.Arrays.copyOf(result, Math.max(4, length * 2));
      }
      System.arraycopy(result, (int) i, result, (int) i + 1, length - (int) i);
      result[(int) i] = n;
      length++;
      i++;
    }
    return new String(result, 0, length);
  }

  private static int threshold(int k, int bias) {
    return k <= bias ? TMIN : Math.min(k - bias, TMAX);
  }

  private static int adapt(long delta, int numPoints, boolean first) {
    delta = first ? delta / DAMP : delta / 2;
    delta += delta / numPoints;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return (int) (k + (BASE - TMIN + 1) * delta / (delta + SKEW));
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    throw new IllegalArgumentException("not Punycode: '" + c + "'");
  }
}
