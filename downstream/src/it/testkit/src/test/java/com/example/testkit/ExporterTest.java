package com.example.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seeddoc.SeedWriter;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.SeedFile;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.testkit.InvalidDocuments;
import org.seeddoc.testkit.Renderings;
import org.seeddoc.testkit.ValidDocuments;
import org.seeddoc.validation.SeedValidator;

/** A user's property tests of the library layer, driven by the testkit's generators. */
class ExporterTest {
  private final SeedValidator validator = SeedValidator.create();
  private final SeedFormatter formatter = SeedFormatter.create();

  @Test
  void formattingARenderingGivesTheCanonicalTextWithItsComments() {
    qt().forAll(Renderings.documents()).checkAssert(rendered -> {
      FormatResult formatted = formatter.format(rendered.text(), "rendered.txt");
      assertEquals(rendered.formatted(), formatted.isChanged() ? formatted.text() : rendered.text());
    });
  }

  @Test
  void theWritersTextIsAlreadyFormatted() {
    qt().forAll(ValidDocuments.documents()).checkAssert(document ->
        assertEquals(FormatResult.Status.UNCHANGED, formatter.format(SeedWriter.create().write(document), "written.txt").status()));
  }

  @Test
  void aCheckedFileReportsItsDefectAtItsLine() {
    SeedFile file = new SeedFile(Path.of("100_0000000000000001.txt"), false, SeedConfig.defaults());
    qt().forAll(InvalidDocuments.documents()).checkAssert(invalid -> assertTrue(
        FileOutcome.checked(file, invalid.text().getBytes(StandardCharsets.UTF_8), validator).findings().stream()
            .anyMatch(f -> f.isError() && f.rule() == invalid.rule() && f.line() == invalid.line()),
        invalid.defect().toString()));
  }
}
