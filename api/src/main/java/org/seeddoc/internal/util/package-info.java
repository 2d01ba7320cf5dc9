/**
 * Helpers of the model records. Input: values given to a record's constructor; output: the checked
 * or copied values ({@link org.seeddoc.internal.util.Instants} also reads and writes the one date
 * format).
 */
package org.seeddoc.internal.util;
