/**
 * What seeddoc's own modules share, and nothing else: not API, and it may change in any release.
 * Exported only to {@code org.seeddoc.impl} and {@code org.seeddoc.testkit}; {@code seeddoc-spark},
 * which runs on the class path, is held to it by a test.
 *
 * <p>Input: the bytes of a file, field paths, rules and positions. Output: checked UTF-8 text and
 * positions ({@link org.seeddoc.spi.Utf8Source}, {@link org.seeddoc.spi.SourceText}) under the
 * reader's {@link org.seeddoc.spi.ReaderLimits}, or a {@link org.seeddoc.spi.ReadFailure}; the
 * format as data ({@link org.seeddoc.spi.SeedSchema}, one ordered table of fields per kind of
 * mapping, which the reader, the writer, the validator, the testkit, the Spark rows and the
 * documentation tests all use) and the field paths that walk it ({@link org.seeddoc.spi.FieldPath},
 * {@link org.seeddoc.spi.FieldEdits}); findings, made and sorted in one place ({@link
 * org.seeddoc.spi.FindingCollector}) and quoting what they show in one way ({@link
 * org.seeddoc.spi.FindingText}); the writer's scalar rules ({@link org.seeddoc.spi.YamlText}); and,
 * for a YAML file of seeddoc's own such as the configuration, a tree of positioned nodes read under
 * the same refusals and limits ({@link org.seeddoc.spi.YamlTree}).
 */
package org.seeddoc.spi;
