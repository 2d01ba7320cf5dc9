package org.seeddoc.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.internal.schema.FieldPath;

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
  private final Validator validator;

  /** Bootstraps Hibernate Validator. */
  public FieldConstraints() {
    this.validator = Validation.byProvider(PredefinedScopeHibernateValidator.class)
        .configure()
        .builtinConstraints(Set.of(
            NotNull.class.getName(), NotBlank.class.getName(), Min.class.getName(), Max.class.getName()))
        .initializeBeanMetaData(Set.of(SeedDocument.class, RelatedArticle.class, Provider.class, Image.class))
        .includeBeansAndConstraintsDefinedOnlyInXml(false)
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Checks the constraints of a document and its records.
   *
   * @param document the document
   * @param out where findings go
   */
  public void check(SeedDocument document, Reporter out) {
    for (ConstraintViolation<SeedDocument> violation : validator.validate(document)) {
      String path = fieldPath(violation.getPropertyPath());
      Object value = violation.getInvalidValue();
      if (value == null) {
        out.report(Rule.MISSING_KEY, path, "'" + path + "' is required", null);
      } else if (violation.getConstraintDescriptor().getAnnotation() instanceof NotBlank) {
        out.report(Rule.BLANK, path, "'" + path + "' must not be blank", null);
      } else {
        out.report(Rule.RANGE, path, "'" + path + "' " + violation.getMessage() + ", found " + value, null);
      }
    }
  }

  /** Hibernate Validator's path as a field path: {@code related[0].webUrl}, {@code topics[1]}. */
  private static String fieldPath(Path path) {
    String out = "";
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        out = FieldPath.item(out, node.getIndex());
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        out = FieldPath.child(out, node.getName());
      }
    }
    return out;
  }
}
