package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.seeddoc.Comment;
import org.seeddoc.CommentedText;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;
import org.seeddoc.spi.FieldEdits;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueKind;

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
  private static final List<String> PIECES =
      List.of("a", "ü", "😀", "\t", "\u007F", "\uFEFF", "\"", "\\", " ", ":", "#", "\n");

  @Test
  void anyAcceptedRenderingIsWrittenToTextThatReadsBackAsIt() {
    Theories.qt()
        .forAll(Renderings.documents())
        .checkAssert(
            rendered -> {
              ParseResult read = READER.parse(rendered.text(), "rendering");
              assertTrue(
                  read.findings().stream().noneMatch(Finding::isError), read.findings().toString());
              assertReadsBack(read.document().orElseThrow());
            });
  }

  @Test
  void longKeysEscapesAndLargeSizesReadBack() {
    Theories.qt()
        .forAll(ValidDocuments.documents(), unknownFields(), padding())
        .checkAssert(
            (document, unknown, padding) -> {
              List<UnknownField> fields = new ArrayList<>(unknown);
              fields.addAll(padding);
              assertReadsBack(document.toBuilder().unknownFields(fields).build());
            });
  }

  /**
   * Text a hostile producer puts anywhere: controls, separators, YAML's indicators, lone
   * surrogates.
   */
  private static final List<String> HOSTILE =
      List.of(
          "\u0000",
          "\u001B[31m",
          "\u007F",
          "\u0085",
          "\u0090",
          "\u2028",
          "\u2029",
          "\u202E",
          "\uFEFF",
          "\uFFFE",
          "\uFFFF",
          "\uD800",
          "\uDC00",
          "\uD83D\uDE00",
          "---",
          "\n---\n",
          "...",
          "# x",
          ": ",
          " #",
          "&a",
          "*a",
          "!t",
          "%YAML 1.1",
          "{",
          "}",
          "[",
          "'",
          "\"",
          "\\",
          "\t",
          "\r",
          "\r\n",
          "-",
          "? ",
          "|",
          ">",
          "@",
          "`",
          " ",
          "  ",
          "0x1F",
          "~",
          "null",
          "yes",
          "1e3",
          "é");

  @Test
  void hostileTextInEveryStringFieldKeyAndCommentReadsBackOrIsRefusedUpFront() {
    Theories.qt()
        .forAll(ValidDocuments.documents(), hostile(), hostile(), hostile())
        .checkAssert(
            (document, value, key, note) -> {
              SeedDocument edited = document;
              for (String path : stringFields(document)) {
                SeedDocument changed =
                    FieldEdits.withValue(SeedSchema.DOCUMENT, edited, path, value + path);
                edited = changed == null ? edited : changed;
              }
              List<UnknownField> unknown =
                  List.of(new UnknownField("x" + key, new YamlValue.Scalar(value, true)));
              SeedDocument built =
                  edited.toBuilder().unknownFields(unknown).body(value + "\n").build();
              Comments comments;
              try {
                comments =
                    Comments.of(
                        List.of(
                            new Comment(Comment.Place.TRAILING, "title", note.strip(), null),
                            new Comment(Comment.Place.LEADING, "heat", "n" + note.strip(), null)));
              } catch (IllegalArgumentException refused) {
                // The constructor refuses what a comment cannot hold; the plain text must hold some
                // of it.
                assertTrue(
                    note.codePoints()
                        .anyMatch(
                            c ->
                                (c < 0x20 && c != '\t')
                                    || (c >= 0x7F && c <= 0x9F && c != 0x85)
                                    || c == 0xFFFE
                                    || c == 0xFFFF
                                    || (c >= 0xD800 && c <= 0xDFFF)),
                    refused.getMessage());
                comments = Comments.none();
              }
              boolean loneSurrogate =
                  (value + key).codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);
              CommentedText written;
              try {
                written = WRITER.write(built, comments);
              } catch (IllegalArgumentException refused) {
                assertTrue(
                    loneSurrogate, "refused without a lone surrogate: " + refused.getMessage());
                return;
              }
              assertTrue(!loneSurrogate, "a lone surrogate was written");
              ParseResult again = READER.parse(written.text(), "written");
              assertEquals(
                  List.of(),
                  again.findings().stream().filter(Finding::isError).toList(),
                  written.text());
              assertEquals(built, again.document().orElseThrow());
              assertEquals(
                  comments.all().stream().map(Comment::text).toList(),
                  again.comments().all().stream().map(Comment::text).toList());
            });
  }

  /**
   * Every field path of the document whose value is text: the document's own, its provider's and
   * its first image's and related article's.
   */
  private static List<String> stringFields(SeedDocument document) {
    List<String> paths = new ArrayList<>();
    addStringFields(SeedSchema.DOCUMENT, "", paths);
    paths.add("topics[0]");
    return paths;
  }

  private static void addStringFields(
      RecordSchema<?, ?> schema, String prefix, List<String> paths) {
    for (FieldSpec<?, ?, ?> field : schema.fields()) {
      ValueKind kind = field.type().kind();
      String path = FieldPath.child(prefix, field.key());
      if (kind == ValueKind.TOKEN || kind == ValueKind.TEXT || kind == ValueKind.URL) {
        paths.add(path);
      } else if (kind == ValueKind.RECORD) {
        addStringFields(field.type().record(), path, paths);
      } else if (kind == ValueKind.LIST
          && field.type().item().kind() == ValueKind.RECORD
          && prefix.isEmpty()) {
        addStringFields(field.type().item().record(), FieldPath.item(path, 0), paths);
      }
    }
  }

  /** One to three hostile pieces around plain letters. */
  private static Gen<String> hostile() {
    Gen<String> piece = Generate.pick(HOSTILE);
    return in -> {
      StringBuilder out = new StringBuilder("a");
      for (int i = integers().between(1, 3).generate(in); i > 0; i--) {
        out.append(piece.generate(in)).append('b');
      }
      return out.toString();
    };
  }

  private static void assertReadsBack(SeedDocument document) {
    String written;
    try {
      written = WRITER.write(document);
    } catch (IllegalArgumentException e) {
      // The writer refuses text over the reader's size limit; nothing else makes it refuse here.
      assertTrue(
          e.getMessage().contains("more than the reader's limit of " + LIMIT), e.getMessage());
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
        YamlValue scalar =
            new YamlValue.Scalar(
                text(integers().between(0, 40).generate(in)).generate(in),
                Generate.booleans().generate(in));
        YamlValue value =
            switch (integers().between(0, 2).generate(in)) {
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
