/**
 * Stage 2, YAML. Input: front matter text. Output: YAML events, seen through one cursor ({@link
 * org.seeddoc.internal.yaml.EventSource}), with seeddoc's refusals and limits applied ({@link
 * org.seeddoc.internal.yaml.EventReader}), made by the fast path for the canonical layout ({@link
 * org.seeddoc.internal.yaml.CanonicalEvents}) or by SnakeYAML's parser ({@link
 * org.seeddoc.internal.yaml.ParsedEvents}); the first comment's position; and the core schema's
 * reading of plain scalars. The tree the configuration is read into, {@link
 * org.seeddoc.spi.YamlTree}, is built from these events.
 */
package org.seeddoc.internal.yaml;
