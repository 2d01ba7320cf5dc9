package org.seeddoc.testkit.fuzz;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongBinaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedWriter;
import org.seeddoc.testkit.HostileInputs;
import org.seeddoc.testkit.InvalidDocument;
import org.seeddoc.testkit.InvalidDocuments;
import org.seeddoc.testkit.Renderings;
import org.seeddoc.testkit.ValidDocuments;

/**
 * Seed documents made from a fuzzer's input, for Jazzer fuzz tests: the testkit's QuickTheories
 * generators ({@link ValidDocuments}, {@link InvalidDocuments}, {@link Renderings}, {@link
 * HostileInputs}) driven draw by draw by the input, so that every byte steers a choice and coverage
 * feedback can find new structure. A field added to the format reaches these documents as it
 * reaches the property tests, through the same generators.
 *
 * <pre>{@code
 * @FuzzTest
 * void exportsWhatItReads(FuzzedDataProvider data) {
 *   SeedDocument document = FuzzInput.of(data::consumeLong).document();
 *   SeedOracles.assertSameDocument(document, MyImporter.read(MyExporter.write(document)));
 * }
 * }</pre>
 *
 * <p>An input is used once, from one thread: each call draws from where the last stopped.
 */
public final class FuzzInput {
  private static final SeedWriter WRITER = SeedWriter.create();

  private final RandomnessSource source;

  private FuzzInput(LongBinaryOperator choose) {
    this.source = new DrawnRandomness(choose);
  }

  /**
   * Input whose choices come from a function of the range: with Jazzer, {@code data::consumeLong}
   * of its {@code FuzzedDataProvider}. The function must return a value between its two arguments,
   * both included.
   *
   * @param choose returns a value in {@code [min, max]}
   * @return the input
   */
  public static FuzzInput of(LongBinaryOperator choose) {
    return new FuzzInput(Objects.requireNonNull(choose, "choose"));
  }

  /**
   * Input whose choices are read from bytes, front to back; the same bytes give the same documents,
   * so a test can replay an input, and a byte-level fuzz target ({@code
   * fuzzerTestOneInput(byte[])}) can use it.
   *
   * @param bytes the input
   * @return the input
   */
  public static FuzzInput of(byte[] bytes) {
    return new FuzzInput(new ByteChoices(bytes));
  }

  /**
   * Draws a value from any QuickTheories generator, the testkit's or the caller's own.
   *
   * @param generator the generator
   * @param <T> the type of value
   * @return the value the input chooses
   */
  public <T> T draw(Gen<T> generator) {
    return generator.generate(source);
  }

  /**
   * A valid document, of any shape: see {@link ValidDocuments#documents()}.
   *
   * @return the document
   */
  public SeedDocument document() {
    return draw(ValidDocuments.documents());
  }

  /**
   * A file with exactly one named defect: see {@link InvalidDocuments#documents()}.
   *
   * @return the file and the error it must produce
   */
  public InvalidDocument invalidDocument() {
    return draw(InvalidDocuments.documents());
  }

  /**
   * A valid document in a non-canonical rendering with comments: see {@link
   * Renderings#documents()}.
   *
   * @return the document, the file, and what formatting it gives
   */
  public Renderings.Rendered rendering() {
    return draw(Renderings.documents());
  }

  /**
   * A file of any of the kinds above, or a hostile one ({@link HostileInputs#files()}), or a
   * misencoded one ({@link HostileInputs#misencoded()}).
   *
   * @return the file, with its kind and, for a valid one, the document it holds
   */
  public FuzzedFile file() {
    FuzzedFile.Kind kind = draw(Generate.enumValues(FuzzedFile.Kind.class));
    return switch (kind) {
      case CANONICAL -> {
        SeedDocument document = document();
        yield FuzzedFile.of(kind, WRITER.write(document), Optional.of(document));
      }
      case RENDERED -> {
        Renderings.Rendered rendered = rendering();
        yield FuzzedFile.of(kind, rendered.text(), Optional.of(rendered.document()));
      }
      case INVALID -> FuzzedFile.of(kind, invalidDocument().text(), Optional.empty());
      case HOSTILE -> FuzzedFile.of(kind, draw(HostileInputs.files()), Optional.empty());
      case MISENCODED -> new FuzzedFile(kind, draw(HostileInputs.misencoded()), Optional.empty());
    };
  }
}
