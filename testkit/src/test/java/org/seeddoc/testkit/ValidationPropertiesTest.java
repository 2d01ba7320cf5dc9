package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.validation.SeedValidator;

class ValidationPropertiesTest {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedValidator VALIDATOR = SeedValidator.create();

  @Test
  void everyValidDocumentValidatesWithoutErrors() {
    Theories.qt()
        .forAll(ValidDocuments.documents())
        .checkAssert(
            d -> {
              assertEquals(List.of(), errors(VALIDATOR.validate(d, "built")));
              assertEquals(
                  List.of(),
                  errors(
                      VALIDATOR.validate(READER.parse(SeedWriter.create().write(d), "written"))));
            });
  }

  @Test
  void everyInvalidDocumentGivesExactlyItsErrorAtItsFieldAndLine() {
    Theories.qt()
        .forAll(InvalidDocuments.documents())
        .checkAssert(
            invalid -> {
              List<Finding> errors =
                  errors(VALIDATOR.validate(READER.parse(invalid.text(), "invalid")));
              assertEquals(
                  List.of(invalid.rule().id() + " " + invalid.field() + " line " + invalid.line()),
                  errors.stream()
                      .map(f -> f.rule().id() + " " + f.field() + " line " + f.line())
                      .toList(),
                  invalid.defect().toString());
            });
  }

  private static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(Finding::isError).toList();
  }
}
