package org.seeddoc.testkit;

import org.seeddoc.Rule;

/**
 * A seed file with exactly one defect, and the error it must produce.
 *
 * @param defect the kind of defect
 * @param text the whole file
 * @param rule the rule of the one error the file must give
 * @param field the field path the error must name
 * @param line the line the error must be on
 */
public record InvalidDocument(Defect defect, String text, Rule rule, String field, int line) {

  /** The defects {@link InvalidDocuments} can put into a valid document. */
  public enum Defect {
    /** A required top-level key is removed. */
    MISSING_KEY,
    /** {@code quality} is a quoted string. */
    WRONG_TYPE,
    /** {@code quality} is over 100. */
    QUALITY_OUT_OF_RANGE,
    /** {@code heat} is under -1. */
    HEAT_OUT_OF_RANGE,
    /** {@code originalUrl} is not an http or https URL. */
    BAD_URL,
    /** {@code publishedDateTime} is not a real date. */
    BAD_DATE,
    /** {@code secured} has no {@code ;}. */
    MALFORMED_SECURED,
    /** {@code cdnAmpWebUrl} is not the AMP Cache URL of {@code ampWebUrl}. */
    AMP_CACHE_MISMATCH,
    /** {@code cdnAmpWebUrl} is given without {@code ampWebUrl}. */
    AMP_CACHE_WITHOUT_AMP,
    /** {@code title} is blank. */
    BLANK_TITLE,
    /** {@code provider.domain} is not a DNS name. */
    BAD_DOMAIN
  }
}
