package com.example.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.testkit.InvalidDocuments;
import org.seeddoc.testkit.ValidDocuments;
import org.seeddoc.validation.SeedValidator;

/** A user's property tests, driven by the testkit's generators. */
class ExporterTest {
  private final SeedReader reader = SeedReader.create();
  private final SeedValidator validator = SeedValidator.create();

  /** Stands for the user's code under test. */
  private static String export(SeedDocument document) {
    return SeedWriter.create().write(document);
  }

  @Test
  void exportedDocumentsReadBackUnchanged() {
    qt().forAll(ValidDocuments.documents())
        .checkAssert(document -> assertEquals(document, reader.read(export(document), "exported")));
  }

  @Test
  void everyDefectIsCaught() {
    qt().forAll(InvalidDocuments.documents()).checkAssert(invalid -> assertTrue(
        validator.validate(reader.parse(invalid.text(), "invalid")).stream()
            .filter(Finding::isError)
            .anyMatch(f -> f.rule() == invalid.rule() && f.line() == invalid.line()),
        invalid.defect().toString()));
  }

  @Test
  void formattingAnyRenderingGivesTheCanonicalText() {
    qt().forAll(ValidDocuments.documents()).checkAssert(document -> {
      FormatResult formatted = SeedFormatter.create().format(export(document), "canonical");
      assertEquals(FormatResult.Status.UNCHANGED, formatted.status());
    });
  }
}
