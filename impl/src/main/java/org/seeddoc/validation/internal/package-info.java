/**
 * The validator's rules. Input: a document and its fields' positions. Output: findings, through
 * {@link org.seeddoc.validation.internal.Reporter}: the model's constraint annotations checked by
 * Hibernate Validator ({@link org.seeddoc.validation.internal.FieldConstraints}), and seeddoc's own
 * rules for URLs, tokens, domains, the secured value, AMP Cache URLs, mojibake and the checks across
 * fields ({@link org.seeddoc.validation.internal.DocumentRules}).
 */
package org.seeddoc.validation.internal;
