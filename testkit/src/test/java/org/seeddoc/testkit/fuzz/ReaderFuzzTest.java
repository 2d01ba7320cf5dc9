package org.seeddoc.testkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Byte-level: raw bytes, held to every promise of the library ({@link LibraryOracles#holdFor}), as
 * {@link StructuredFuzzTest} holds its structured files; the two differ only in their input.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void rawBytes(byte[] input) {
    RuleTally.record(input);
    LibraryOracles.holdFor(input);
  }
}
