package org.seeddoc.testkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.testkit.InvalidDocuments;
import org.seeddoc.testkit.ValidDocuments;
import org.seeddoc.validation.SeedValidator;

class MyExporterTest {
  private final SeedReader reader = SeedReader.create();
  private final SeedValidator validator = SeedValidator.create();

  /** Stands for the code under test: here, it copies documents through seeddoc's writer. */
  private String export(SeedDocument document) {
    return SeedWriter.create().write(document);
  }

  @Test
  void exportedDocumentsReadBackUnchanged() {
    qt().forAll(ValidDocuments.documents())
        .checkAssert(document -> assertEquals(document, reader.read(export(document), "exported")));
  }

  @Test
  void everyDefectIsCaught() {
    qt().forAll(InvalidDocuments.documents())
        .checkAssert(
            invalid ->
                assertTrue(
                    validator.validate(reader.parse(invalid.text(), "invalid")).stream()
                        .filter(Finding::isError)
                        .anyMatch(f -> f.rule() == invalid.rule() && f.line() == invalid.line()),
                    invalid.defect().toString()));
  }
}
