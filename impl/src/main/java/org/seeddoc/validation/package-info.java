/**
 * Validation of seed documents: {@link org.seeddoc.validation.SeedValidator} returns every problem
 * of a document as a finding.
 */
package org.seeddoc.validation;
