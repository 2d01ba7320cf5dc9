package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;

/**
 * What the writer writes of any document the reader accepts reads back, with no error, as that
 * document: every scalar style of the renderings, keys too long to be implicit, values full of
 * characters that need escapes, and sizes up to the reader's limit, each scalar within its limit as
 * a read document's are. The one way out is a written file over the size limit, which fmt then
 * refuses to write and the writer refuses to give out.
 */
class WriteReadsBackPropertiesTest {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedWriter WRITER = SeedWriter.create();
  private static final int LIMIT = 1 << 20;
  private static final List<String> PIECES = List.of("a", "ü", "😀", "\t", "\u007F", "\uFEFF", "\"", "\\", " ", ":", "#", "\n");

  @Test
  void anyAcceptedRenderingIsWrittenToTextThatReadsBackAsIt() {
    Theories.qt().forAll(Renderings.documents()).checkAssert(rendered -> {
      ParseResult read = READER.parse(rendered.text(), "rendering");
      assertTrue(read.findings().stream().noneMatch(Finding::isError), read.findings().toString());
      assertReadsBack(read.document().orElseThrow());
    });
  }

  @Test
  void longKeysEscapesAndLargeSizesReadBack() {
    Theories.qt().forAll(ValidDocuments.documents(), unknownFields(), padding()).checkAssert((document, unknown, padding) -> {
      List<UnknownField> fields = new ArrayList<>(unknown);
      fields.addAll(padding);
      assertReadsBack(document.toBuilder().unknownFields(fields).build());
    });
  }

  private static void assertReadsBack(SeedDocument document) {
    String written;
    try {
      written = WRITER.write(document);
    } catch (IllegalArgumentException e) {
      // The writer refuses text over the reader's size limit; nothing else makes it refuse here.
      assertTrue(e.getMessage().contains("more than the reader's limit of " + LIMIT), e.getMessage());
      return;
    }
    ParseResult again = READER.parse(written, "written");
    assertEquals(List.of(), again.findings().stream().filter(Finding::isError).toList());
    assertEquals(document, again.document().orElseThrow());
  }

  /** Unknown fields with keys from 1 to 1,500 characters and scalar, list and mapping values. */
  private static Gen<List<UnknownField>> unknownFields() {
    return in -> {
      List<UnknownField> fields = new ArrayList<>();
      for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
        String key = "k" + i + text(integers().between(0, 1_500).generate(in)).generate(in);
        YamlValue scalar = new YamlValue.Scalar(text(integers().between(0, 40).generate(in)).generate(in), Generate.booleans().generate(in));
        YamlValue value = switch (integers().between(0, 2).generate(in)) {
          case 0 -> scalar;
          case 1 -> new YamlValue.Sequence(List.of(scalar, scalar));
          default -> new YamlValue.Mapping(List.of(new UnknownField(key + "x", scalar)));
        };
        fields.add(new UnknownField(key, value));
      }
      return fields;
    };
  }

  /**
   * Nothing, mostly; now and then up to 16 fields of up to 60,000 characters each (a scalar may
   * have 65,536), so that some documents come near the 1 MiB limit or pass it once written.
   */
  private static Gen<List<UnknownField>> padding() {
    return in -> {
      List<UnknownField> fields = new ArrayList<>();
      if (integers().between(0, 9).generate(in) == 0) {
        for (int i = integers().between(1, 16).generate(in); i > 0; i--) {
          String text = text(integers().between(0, 60_000).generate(in)).generate(in);
          fields.add(new UnknownField("pad" + i, new YamlValue.Scalar(text, false)));
        }
      }
      return fields;
    };
  }

  private static Gen<String> text(int pieces) {
    Gen<String> piece = Generate.pick(PIECES);
    return in -> {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < pieces; i++) {
        out.append(i % 97 == 0 ? piece.generate(in) : "a");
      }
      return out.toString();
    };
  }
}
