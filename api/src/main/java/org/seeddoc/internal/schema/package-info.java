/**
 * The format in code. Input: nothing; output: for each kind of mapping one ordered table of fields
 * ({@link org.seeddoc.internal.schema.SeedSchema}) that the reader, the writer, the validator, the
 * testkit and the documentation tests all use, and {@link org.seeddoc.internal.schema.FieldPath},
 * which builds, parses and walks field paths.
 */
package org.seeddoc.internal.schema;
