package org.seeddoc.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueType;

/**
 * The Jakarta Bean Validation constraints on the model records, checked by Hibernate Validator and
 * turned into findings. Bootstrapping Hibernate Validator is costly, so one instance is made and
 * shared; it is thread-safe. No Expression Language is needed: messages use parameters only.
 *
 * <p>Hibernate Validator runs in its predefined scope: the model's classes and the four built-in
 * constraints they use are declared up front, so bootstrap builds their metadata once and loads no
 * validator of the other built-in constraints, and there is no XML configuration to look for. This
 * halves the time the command-line tool takes to start.
 */
public final class FieldConstraints {
  /** The rules it reports, for the registry ({@link Rules#reported()}). */
  static final Rules.Family FAMILY = Rules.Family.of(Rule.MISSING_KEY, Rule.BLANK, Rule.RANGE);

  /**
   * Hibernate Validator announces its version at INFO when it starts, through java.util.logging
   * unless the application brings another logging backend: a library must not print on a user's
   * stderr unasked. So the announcing logger is set to WARNING, unless the application's own
   * logging configuration gave it a level. Held in a field so the logger, and its level, are not
   * collected.
   */
  private static final Logger VERSION_LOG =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  static {
    if (VERSION_LOG.getLevel() == null) {
      VERSION_LOG.setLevel(Level.WARNING);
    }
  }

  private final Validator validator;

  /** Bootstraps Hibernate Validator. */
  public FieldConstraints() {
    this.validator =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .configure()
            .builtinConstraints(
                Set.of(
                    NotNull.class.getName(),
                    NotBlank.class.getName(),
                    Min.class.getName(),
                    Max.class.getName()))
            .initializeBeanMetaData(
                Set.of(SeedDocument.class, RelatedArticle.class, Provider.class, Image.class))
            .includeBeansAndConstraintsDefinedOnlyInXml(false)
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  /**
   * Checks the constraints of a document and of every record it holds.
   *
   * <p>Each record is validated on its own, walked by the schema table, rather than through
   * {@code @Valid} cascades: Hibernate Validator keeps one call's violations in a hash set whose
   * entries for list items collide, so 40,000 items cost 40,000 squared, while a call per record
   * keeps each set small and the whole check linear. For the same reason the items of a list of
   * tokens are checked by {@link TopicRules}, not by constraints on its type argument.
   *
   * @param document the document
   * @param out where findings go
   */
  public void check(SeedDocument document, Reporter out) {
    check(SeedSchema.DOCUMENT, document, "", out);
  }

  private <R> void check(RecordSchema<R, ?> schema, R record, String path, Reporter out) {
    for (ConstraintViolation<R> violation : validator.validate(record)) {
      report(violation, FieldPath.child(path, violation.getPropertyPath().toString()), out);
    }
    for (FieldSpec<R, ?, ?> field : schema.recordFields()) {
      Object value = field.get(record);
      ValueType<?> type = field.type();
      if (value instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          nested(
              type.item().record(),
              items.get(i),
              FieldPath.item(FieldPath.child(path, field.key()), i),
              out);
        }
      } else if (value != null) {
        nested(type.record(), value, FieldPath.child(path, field.key()), out);
      }
    }
  }

  private <R> void nested(RecordSchema<R, ?> schema, Object record, String path, Reporter out) {
    check(schema, schema.recordType().cast(record), path, out);
  }

  private static void report(ConstraintViolation<?> violation, String path, Reporter out) {
    Object value = violation.getInvalidValue();
    if (value == null) {
      out.report(Rule.MISSING_KEY, path, "'" + path + "' is required", null);
    } else if (violation.getConstraintDescriptor().getAnnotation() instanceof NotBlank) {
      out.report(Rule.BLANK, path, "'" + path + "' must not be blank", null);
    } else {
      out.report(
          Rule.RANGE, path, "'" + path + "' " + violation.getMessage() + ", found " + value, null);
    }
  }
}
