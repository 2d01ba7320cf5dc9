/**
 * Stage 2, YAML. Input: front matter text. Output: YAML events, seen through one cursor
 * ({@link org.seeddoc.internal.yaml.EventSource}), with seeddoc's refusals and limits applied
 * ({@link org.seeddoc.internal.yaml.EventReader}), made by the fast path for the canonical layout
 * ({@link org.seeddoc.internal.yaml.CanonicalEvents}) or by SnakeYAML's parser
 * ({@link org.seeddoc.internal.yaml.ParsedEvents});
 * the first comment's position; the core schema's reading of plain scalars; and the text rules for
 * writing scalars ({@link org.seeddoc.internal.yaml.YamlText}); and, for a YAML file of its own such
 * as the configuration, a tree of positioned nodes ({@link org.seeddoc.internal.yaml.YamlTree}).
 */
package org.seeddoc.internal.yaml;
