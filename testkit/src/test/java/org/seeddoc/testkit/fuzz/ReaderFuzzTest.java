package org.seeddoc.testkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Byte-level: the reader on raw bytes returns a result whose every finding is inside the file. */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void rawBytes(byte[] input) {
    SeedOracles.parses(input);
  }
}
