package org.seeddoc.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.seeddoc.spi.SeedSchema.CDN_AMP_WEB_URL;
import static org.seeddoc.spi.SeedSchema.DOMAIN;
import static org.seeddoc.spi.SeedSchema.HEAT;
import static org.seeddoc.spi.SeedSchema.ORIGINAL_URL;
import static org.seeddoc.spi.SeedSchema.PROVIDER_KEY;
import static org.seeddoc.spi.SeedSchema.PUBLISHED_DATE_TIME;
import static org.seeddoc.spi.SeedSchema.QUALITY;
import static org.seeddoc.spi.SeedSchema.SECURED_KEY;
import static org.seeddoc.spi.SeedSchema.TITLE;

import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.seeddoc.Provider;
import org.seeddoc.Rule;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedWriter;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.testkit.InvalidDocument.Defect;

/**
 * QuickTheories generators of invalid seed files: a valid document from {@link ValidDocuments} with
 * exactly one named defect, carrying the rule, field path and line of the error it must produce.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * qt().forAll(InvalidDocuments.documents()).check(invalid -> {
 *   List<Finding> errors = validate(invalid.text());
 *   return errors.size() == 1 && errors.get(0).rule().equals(invalid.rule().id());
 * });
 * }</pre>
 */
public final class InvalidDocuments {
  /** The required top-level keys that hold one scalar, which removing a line removes. */
  private static final List<String> REQUIRED_SCALARS =
      SeedSchema.DOCUMENT.fields().stream()
          .filter(field -> field.required() && field.type().kind().isScalar())
          .map(field -> field.key())
          .toList();

  private static final String PROVIDER_DOMAIN = FieldPath.child(PROVIDER_KEY, DOMAIN);

  /** The root mapping starts on the first line after the opening {@code ---}. */
  private static final int ROOT_MAPPING_LINE = 2;

  private InvalidDocuments() {}

  /**
   * Invalid files of every defect.
   *
   * @return the generator
   */
  public static Gen<InvalidDocument> documents() {
    return Generate.pick(Arrays.asList(Defect.values())).flatMap(InvalidDocuments::withDefect);
  }

  /**
   * Invalid files with one given defect.
   *
   * @param defect the defect
   * @return the generator
   */
  public static Gen<InvalidDocument> withDefect(Defect defect) {
    Gen<InvalidDocument> invalid =
        in -> {
          SeedDocument valid = ValidDocuments.documents().generate(in);
          return switch (defect) {
            case MISSING_KEY -> {
              String key = Generate.pick(REQUIRED_SCALARS).generate(in);
              String text = write(valid);
              int start = text.indexOf("\n" + key + ":") + 1;
              String without =
                  text.substring(0, start) + text.substring(text.indexOf('\n', start) + 1);
              yield new InvalidDocument(defect, without, Rule.MISSING_KEY, key, ROOT_MAPPING_LINE);
            }
            case WRONG_TYPE -> textDefect(defect, valid, QUALITY, "\"high\"", Rule.WRONG_TYPE);
            case BAD_DATE ->
                textDefect(defect, valid, PUBLISHED_DATE_TIME, "2022-13-40T00:00:00Z", Rule.DATE);
            case QUALITY_OUT_OF_RANGE ->
                modelDefect(
                    defect,
                    valid.toBuilder().quality(integers().between(101, 10_000).generate(in)).build(),
                    QUALITY,
                    Rule.RANGE);
            case HEAT_OUT_OF_RANGE ->
                modelDefect(
                    defect,
                    valid.toBuilder().heat(integers().between(-10_000, -2).generate(in)).build(),
                    HEAT,
                    Rule.RANGE);
            case BAD_URL ->
                modelDefect(
                    defect,
                    valid.toBuilder()
                        .originalUrl("ftp://" + ValidDocuments.domains().generate(in) + "/a")
                        .build(),
                    ORIGINAL_URL,
                    Rule.URL);
            case MALFORMED_SECURED ->
                modelDefect(
                    defect,
                    valid.toBuilder()
                        .secured(
                            new Secured(valid.secured().payload() + valid.secured().nonce(), null))
                        .build(),
                    SECURED_KEY,
                    Rule.SECURED);
            case AMP_CACHE_MISMATCH ->
                modelDefect(
                    defect,
                    withAmp(valid).toBuilder()
                        .cdnAmpWebUrl("https://wrong-host.cdn.ampproject.org/c/s/wrong.host/amp")
                        .build(),
                    CDN_AMP_WEB_URL,
                    Rule.AMP_CACHE_MISMATCH);
            case AMP_CACHE_WITHOUT_AMP ->
                modelDefect(
                    defect,
                    withAmp(valid).toBuilder().ampWebUrl(null).build(),
                    CDN_AMP_WEB_URL,
                    Rule.AMP_CACHE_WITHOUT_AMP);
            case BLANK_TITLE ->
                modelDefect(
                    defect,
                    valid.toBuilder()
                        .title(Generate.pick(List.of(" ", "  ", "\t", "\u3000")).generate(in))
                        .build(),
                    TITLE,
                    Rule.BLANK);
            case BAD_DOMAIN ->
                modelDefect(
                    defect,
                    valid.toBuilder()
                        .provider(new Provider(valid.provider().name(), "nodot", null))
                        .build(),
                    PROVIDER_DOMAIN,
                    Rule.DOMAIN);
          };
        };
    return invalid.describedAs(
        d -> d.defect() + " at " + d.field() + " line " + d.line() + ":\n" + d.text());
  }

  private static SeedDocument withAmp(SeedDocument valid) {
    String amp = valid.webUrl() + "/amp";
    return valid.toBuilder().ampWebUrl(amp).cdnAmpWebUrl(ValidDocuments.ampCacheUrl(amp)).build();
  }

  /** A defect the model can hold: write the document, and find the field's key in the text. */
  private static InvalidDocument modelDefect(
      Defect defect, SeedDocument document, String field, Rule rule) {
    String text = write(document);
    return new InvalidDocument(defect, text, rule, field, lineOf(text, field));
  }

  /**
   * A defect the model cannot hold: replace the value on the field's line of the canonical text.
   */
  private static InvalidDocument textDefect(
      Defect defect, SeedDocument valid, String key, String value, Rule rule) {
    String text = write(valid);
    int start = text.indexOf("\n" + key + ":") + 1;
    int end = text.indexOf('\n', start);
    String changed = text.substring(0, start) + key + ": " + value + text.substring(end);
    return new InvalidDocument(defect, changed, rule, key, lineOf(changed, key));
  }

  /**
   * The line of a top-level key, or of a key one level down such as {@code provider.domain}, in
   * canonical text.
   */
  private static int lineOf(String text, String field) {
    List<Object> steps = FieldPath.steps(field);
    int at =
        steps.size() == 2
            ? text.indexOf("\n  " + steps.get(1) + ":", text.indexOf("\n" + steps.get(0) + ":"))
            : text.indexOf("\n" + field + ":");
    return (int) text.substring(0, at + 1).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String write(SeedDocument document) {
    return SeedWriter.create().write(document);
  }
}
