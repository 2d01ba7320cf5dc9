/**
 * Stage 1, the source. Input: checked UTF-8 text ({@link org.seeddoc.spi.Utf8Source}). Output: its
 * envelope, where the front matter lies in it and the body, which later stages read in place; a
 * {@link org.seeddoc.spi.ReadFailure} when there is no front matter to read.
 */
package org.seeddoc.internal.source;
