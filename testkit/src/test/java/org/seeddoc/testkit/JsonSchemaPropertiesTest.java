package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seeddoc.SeedWriter;
import org.seeddoc.testkit.InvalidDocument.Defect;

/**
 * The JSON Schema shipped in the api jar, checked by a real validator (networknt): it accepts both
 * real seeds and every generated valid document, and rejects every generated invalid document whose
 * defect JSON Schema can express.
 */
class JsonSchemaPropertiesTest {
  /** What JSON Schema cannot say: host names, and whether an AMP Cache URL is that of its page. */
  private static final Set<Defect> NOT_EXPRESSIBLE =
      EnumSet.of(Defect.BAD_DOMAIN, Defect.AMP_CACHE_MISMATCH);

  private static Schema schema;

  @BeforeAll
  static void loadTheSchemaFromTheApiJar() throws IOException {
    try (InputStream in =
        SeedWriter.class.getResourceAsStream("/org/seeddoc/seed-document.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  /**
   * The front matter, for the validator's YAML reader, which knows YAML 1.2's escapes but {@code
   * \L} and {@code \P}: those become the {@code \\u} escapes of the same characters.
   */
  private static String frontMatter(String file) {
    String yaml = file.substring(4, file.indexOf("\n---\n") + 1);
    StringBuilder out = new StringBuilder(yaml.length());
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '\\' && i + 1 < yaml.length()) {
        char next = yaml.charAt(++i);
        out.append(next == 'L' ? "\\u2028" : next == 'P' ? "\\u2029" : "\\" + next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Error> errors(String file) {
    return schema.validate(frontMatter(file), InputFormat.YAML);
  }

  @Test
  void realSeedsAndEveryValidDocumentPass() {
    for (String seed : SeedFixtures.REAL_SEEDS) {
      assertEquals(List.of(), errors(SeedFixtures.text(seed)), seed);
    }
    Theories.qt()
        .forAll(ValidDocuments.documents().map(d -> SeedWriter.create().write(d)))
        .checkAssert(file -> assertEquals(List.of(), errors(file), file));
  }

  @Test
  void everyInvalidDocumentWhoseDefectTheSchemaCanSayFails() {
    Theories.qt()
        .forAll(InvalidDocuments.documents())
        .assuming(invalid -> !NOT_EXPRESSIBLE.contains(invalid.defect()))
        .checkAssert(
            invalid ->
                assertFalse(
                    errors(invalid.text()).isEmpty(), invalid.defect() + ":\n" + invalid.text()));
  }
}
