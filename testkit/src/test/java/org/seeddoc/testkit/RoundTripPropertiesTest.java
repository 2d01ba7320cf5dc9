package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;

class RoundTripPropertiesTest {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedWriter WRITER = SeedWriter.create();

  @Test
  void readingWhatWasWrittenGivesTheDocument() {
    Theories.qt()
        .forAll(ValidDocuments.documents())
        .checkAssert(d -> assertEquals(d, READER.read(WRITER.write(d), "generated")));
  }

  @Test
  void writingWhatWasReadGivesBackEveryCanonicalFile() {
    Theories.qt()
        .forAll(ValidDocuments.documents().map(d -> WRITER.write(d)))
        .checkAssert(file -> assertEquals(file, WRITER.write(READER.read(file, "canonical"))));
    for (String seed : SeedFixtures.REAL_SEEDS) {
      assertEquals(
          SeedFixtures.text(seed), WRITER.write(READER.read(SeedFixtures.text(seed), seed)));
    }
  }

  @Test
  void anyRenderingReadsAsItsDocumentAndFormatsToItsCanonicalForm() {
    Theories.qt()
        .forAll(Renderings.documents())
        .checkAssert(
            rendered -> {
              SeedDocument read = READER.read(rendered.text(), "rendering");
              assertEquals(rendered.document(), read);
              String formatted = WRITER.write(read);
              assertEquals(WRITER.write(rendered.document()), formatted);
              assertEquals(
                  formatted,
                  WRITER.write(READER.read(formatted, "formatted")),
                  "formatting is idempotent");
            });
  }
}
