/**
 * The validator's rules. Input: a document and its fields' positions. Output: findings, through
 * {@link org.seeddoc.validation.internal.Reporter}: the model's constraint annotations checked by
 * Hibernate Validator ({@link org.seeddoc.validation.internal.FieldConstraints}), and seeddoc's own
 * rules, one family per class ({@code TextRules}, {@code UrlRules}, {@code AmpCacheRules}, {@code
 * TokenRules}, {@code ProviderRules}, {@code TopicRules}, {@code SecuredRules}, {@code
 * RelatedRules}), each naming the rules it reports, run by the registry {@link
 * org.seeddoc.validation.internal.Rules}.
 */
package org.seeddoc.validation.internal;
