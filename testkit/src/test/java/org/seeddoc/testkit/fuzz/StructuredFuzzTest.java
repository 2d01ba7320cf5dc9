package org.seeddoc.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;

/**
 * Structure-aware: seed files of every kind made by the testkit's generators, steered draw by draw
 * by the fuzzer's input ({@link FuzzInput#file()}), held to every promise of the library ({@link
 * LibraryOracles#holdFor}); a valid file must read as its document and validate without an error.
 */
class StructuredFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void anyFile(FuzzedDataProvider data) {
    FuzzedFile file = FuzzInput.of(data::consumeLong).file();
    RuleTally.record(file.bytes());
    LibraryOracles.holdFor(file.bytes());
    if (file.document().isPresent()) {
      ParseResult result = SeedOracles.parses(file.text());
      SeedOracles.assertSameDocument(file.document().get(), result.documentOrThrow());
      SeedOracles.check(
          LibraryOracles.validates(result, file.text()).stream().noneMatch(Finding::isError),
          file.kind() + " file with an error: " + file.text());
    }
  }
}
