package org.seeddoc.testkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.seeddoc.testkit.ReaderInvariants;

/** The reader on raw bytes: a document or its own positioned exception, nothing else. */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void rawBytes(byte[] input) {
    ReaderInvariants.readsOrFailsInside(input);
  }
}
