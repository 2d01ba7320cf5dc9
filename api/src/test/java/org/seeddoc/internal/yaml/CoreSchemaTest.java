package org.seeddoc.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoreSchemaTest {
  private static final String[] PREFIXES = {"", "", "", "-", "+", "0x", "0o", "-0"};
  private static final String DIGITS = "0123456789abcdef";

  /** The value as YAML 1.2's core schema reads the integer, by BigInteger, or null outside int. */
  private static Integer reference(String plain) {
    BigInteger value =
        plain.startsWith("0x")
            ? new BigInteger(plain.substring(2), 16)
            : plain.startsWith("0o")
                ? new BigInteger(plain.substring(2), 8)
                : new BigInteger(plain);
    return value.bitLength() < Integer.SIZE ? value.intValue() : null;
  }

  @Test
  void integersHaveTheValuesBigIntegerGivesThem() {
    SplittableRandom random = new SplittableRandom(17);
    int integers = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
      int radix = text.indexOf("x") >= 0 ? 16 : text.indexOf("o") >= 0 ? 8 : 10;
      for (int n = random.nextInt(13); n > 0; n--) {
        text.append(DIGITS.charAt(random.nextInt(radix)));
      }
      String plain = text.toString();
      if (CoreSchema.isInteger(plain)) {
        integers++;
        assertEquals(reference(plain), CoreSchema.intValue(plain), plain);
      }
    }
    assertTrue(integers > 100_000, "most texts were integers: " + integers);
  }

  @Test
  void theEdgesOfTheRangeAndOfTheShortForm() {
    for (String plain :
        new String[] {
          "999999999",
          "-999999999",
          "+999999999",
          "1000000000",
          "2147483647",
          "2147483648",
          "-2147483648",
          "-2147483649",
          "+0",
          "-0",
          "000000000123",
          "0x7fffffff",
          "0x80000000"
        }) {
      assertEquals(reference(plain), CoreSchema.intValue(plain), plain);
    }
  }
}
