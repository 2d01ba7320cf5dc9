/**
 * The one date format of seed documents. Input: the text of a date field, or an {@link
 * java.time.Instant}; output: the other, for the reader, the writer and the field edits.
 */
package org.seeddoc.internal.util;
