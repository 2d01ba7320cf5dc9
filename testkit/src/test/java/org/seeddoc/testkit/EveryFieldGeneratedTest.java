package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueKind;
import org.seeddoc.spi.ValueType;
import org.seeddoc.testkit.fuzz.FuzzInput;

/**
 * Adding a field to the schema table reaches the generators: every row of every record's table is
 * given a value in some generated document, by {@link ValidDocuments}, by {@link FuzzInput} and by
 * {@link SeedCorpus} alike. A field the generators never set fails here, naming it.
 */
class EveryFieldGeneratedTest {
  private static final int DOCUMENTS = 400;

  /** Every field of every record the document's table reaches, as {@code record.key}. */
  private static Set<String> everyField() {
    Set<String> all = new TreeSet<>();
    collect(SeedSchema.DOCUMENT, all);
    return all;
  }

  private static void collect(RecordSchema<?, ?> schema, Set<String> all) {
    for (FieldSpec<?, ?, ?> field : schema.fields()) {
      if (all.add(schema.name() + "." + field.key())) {
        RecordSchema<?, ?> nested = nested(field.type());
        if (nested != null) {
          collect(nested, all);
        }
      }
    }
  }

  /**
   * The schema of the records a field holds, itself or as a list's items; null for a plain value.
   */
  private static RecordSchema<?, ?> nested(ValueType<?> type) {
    ValueType<?> item = type.kind() == ValueKind.LIST ? type.item() : type;
    return item.kind() == ValueKind.RECORD ? item.record() : null;
  }

  /** Marks each field that has a value in a record, and walks into the records it holds. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void seen(RecordSchema schema, Object record, Set<String> seen) {
    for (Object spec : schema.fields()) {
      FieldSpec field = (FieldSpec) spec;
      Object value = field.get(record);
      if (value == null || (value instanceof List<?> list && list.isEmpty())) {
        continue;
      }
      seen.add(schema.name() + "." + field.key());
      RecordSchema nested = nested(field.type());
      if (nested != null) {
        for (Object item : value instanceof List<?> list ? list : List.of(value)) {
          seen(nested, item, seen);
        }
      }
    }
  }

  private static Set<String> missing(Set<String> seen) {
    Set<String> missing = everyField();
    missing.removeAll(seen);
    return missing;
  }

  @Test
  void theQuickTheoriesGeneratorsGiveEveryFieldAValue() {
    Set<String> seen = new TreeSet<>();
    qt().withExamples(DOCUMENTS)
        .forAll(ValidDocuments.documents())
        .checkAssert(document -> seen(SeedSchema.DOCUMENT, document, seen));
    assertEquals(Set.of(), missing(seen), "fields no generated document sets");
  }

  @Test
  void fuzzInputGivesEveryFieldAValue() {
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      byte[] bytes = new byte[4_096];
      new SplittableRandom(i).nextBytes(bytes);
      seen(SeedSchema.DOCUMENT, FuzzInput.of(bytes).document(), seen);
    }
    assertEquals(Set.of(), missing(seen), "fields no fuzzed document sets");
  }

  @Test
  void theCorpusGivesEveryFieldAValue() {
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      SeedDocument document = SeedCorpus.document(new SplittableRandom(i));
      seen(SeedSchema.DOCUMENT, document, seen);
    }
    assertEquals(Set.of(), missing(seen), "fields no generated document sets");
  }
}
