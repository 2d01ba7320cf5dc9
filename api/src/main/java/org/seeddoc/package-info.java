/**
 * The seed document model, its reader and its writer.
 *
 * <p>{@link org.seeddoc.SeedReader} turns a file into a {@link org.seeddoc.SeedDocument} and
 * reports every problem it sees as a {@link org.seeddoc.Finding}; {@link org.seeddoc.SeedWriter}
 * writes a document back in the canonical layout. Every type in this package is either immutable
 * or, for the builders, meant for use by one thread at a time; the documentation of each type says
 * which.
 */
package org.seeddoc;
