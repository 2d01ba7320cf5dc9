/**
 * The writer. Input: a model record. Output: the file's text in the canonical layout, in the order
 * and with the blank lines of {@link org.seeddoc.spi.SeedSchema}.
 */
package org.seeddoc.internal.write;
