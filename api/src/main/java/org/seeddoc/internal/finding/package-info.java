/**
 * Findings as they are made. Input: a rule, a field path, a position and a message from any stage
 * (source, reader, validator, command line); output: {@link org.seeddoc.Finding}s, sorted once.
 */
package org.seeddoc.internal.finding;
