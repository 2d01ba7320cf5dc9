/**
 * Stage 3, binding. Input: the checked event stream. Output: the model records, each field's
 * position and the reader's findings, bound by the tables of {@link org.seeddoc.spi}. {@link
 * org.seeddoc.internal.read.DocumentParser} runs the stages in order.
 */
package org.seeddoc.internal.read;
