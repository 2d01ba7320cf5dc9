package com.example.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.seeddoc.testkit.fuzz.FuzzAssets;
import org.seeddoc.testkit.fuzz.FuzzInput;
import org.seeddoc.testkit.fuzz.FuzzedFile;
import org.seeddoc.testkit.fuzz.LibraryOracles;
import org.seeddoc.testkit.fuzz.SeedOracles;

/** A user's fuzz tests: the testkit makes the input and checks the promises, in one line each. */
class ArchiveFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void storedDocumentsLoadAsThemselves(FuzzedDataProvider data) {
    SeedOracles.survives(
        FuzzInput.of(data::consumeLong).document(), d -> Archive.load(Archive.store(d)));
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = FuzzAssets.DICTIONARY)
  void anyFileTheArchiveIsGivenKeepsSeeddocsPromises(FuzzedDataProvider data) {
    FuzzedFile file = FuzzInput.of(data::consumeLong).file();
    LibraryOracles.holdFor(file.text());
    file.document().ifPresent(d -> SeedOracles.survives(d, it -> Archive.load(Archive.store(it))));
  }
}
